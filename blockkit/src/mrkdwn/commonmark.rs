//! Markdown (`CommonMark`) → mrkdwn, for the subset Slack can show (feature `commonmark`).

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::Markup;
use super::format::{code, code_block};
use super::tokens::link;

/// Nested lists deeper than this are indented as this deep, so output stays linear in the input.
const MAX_INDENT: usize = 6;

/// Converts Markdown (`CommonMark`, with GitHub's strikethrough, tables and task lists) into
/// mrkdwn.
///
/// Every piece of text is escaped, so the result is as safe as the other helpers': HTML in the
/// input, `<!channel>` or `<@U0123>` are shown as typed. What each construct becomes:
///
/// | Markdown | mrkdwn |
/// | --- | --- |
/// | `*em*`, `**strong**`, `~~strike~~` | `_em_`, `*strong*`, `~strike~` |
/// | `` `code` `` and code blocks (fenced or indented) | `` `code` `` and ```` ```code``` ```` (the info string is dropped) |
/// | `[label](url)`, `<https://autolink>`, `<a@b.example>` | `<url\|label>`, `<url\|url>`, `<mailto:a@b.example\|a@b.example>` |
/// | `![alt](src)` | a link to the image, labelled with its alt text |
/// | headings (any level) | a bold line |
/// | `> quote` | `>` lines (nested quotes are flattened to one level) |
/// | `- item`, `1. item`, `- [x] task` | `• item`, `1. item`, `• ☑ task`; nested lists are indented |
/// | tables | one line per row, cells separated by ` \| `, header cells bold |
/// | `---` | a line of `———` |
/// | hard line break / soft line break | a line break / a space |
/// | HTML (blocks and inline) | shown as text |
///
/// Dropped: link titles, reference definitions (their links are resolved), heading levels and
/// the code block's language; footnotes, math and other extensions are not parsed (they stay
/// text). Slack's emphasis needs a space or punctuation around its markers, so emphasis inside a
/// word (`un**believ**able`) comes out as plain characters in Slack.
///
/// It runs in time linear in the input.
///
/// ```
/// use blockkit::mrkdwn::from_commonmark;
///
/// let markup = from_commonmark("# Release\n\n**Fixed**: `a < b` in [the parser](https://example.com).\n\n- one\n- two <!channel>");
/// assert_eq!(
///     markup.as_str(),
///     "*Release*\n\n*Fixed*: `a &lt; b` in <https://example.com|the parser>.\n\n• one\n• two &lt;!channel&gt;"
/// );
/// ```
pub fn from_commonmark(markdown: &str) -> Markup {
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS;
    let mut writer = Writer {
        line_start: true,
        ..Writer::default()
    };
    // Each link's URL, innermost last, from its start tag to its end tag.
    let mut urls: Vec<String> = Vec::new();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                urls.push(if link_type == LinkType::Email {
                    format!("mailto:{dest_url}")
                } else {
                    dest_url.into_string()
                });
                writer.labels.push(Markup::new());
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                urls.push(dest_url.into_string());
                writer.labels.push(Markup::new());
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                let url = urls.pop().unwrap_or_default();
                writer.end_link(&url);
            }
            event => writer.event(event),
        }
    }
    writer.out
}

/// A container that decides how lines start.
enum Container {
    Quote,
    List { next: Option<u64> },
    Item,
}

/// An emphasis kind, written at most once however deeply it is nested.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Bold,
    Italic,
    Strike,
}

impl Mark {
    fn marker(self) -> char {
        match self {
            Self::Bold => '*',
            Self::Italic => '_',
            Self::Strike => '~',
        }
    }
}

#[derive(Default)]
struct Writer {
    out: Markup,
    containers: Vec<Container>,
    /// Open emphasis kinds in the order written, and how deep each is nested.
    marks: Vec<Mark>,
    depth: [usize; 3],
    /// Labels of links and images being read, innermost last.
    labels: Vec<Markup>,
    /// Text of the code block being read.
    code: Option<String>,
    /// The current line has no content yet (its prefix is not written either).
    line_start: bool,
    /// Nothing was written since the last block started (so the next block needs no separator).
    fresh: bool,
    /// In a table's header row.
    table_head: bool,
    /// Cells written in the current table row.
    cells: usize,
}

impl Writer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(&tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => {
                if let Some(code) = &mut self.code {
                    code.push_str(&text);
                } else {
                    self.write_lines(&Markup::text(&text));
                }
            }
            Event::Code(text) => self.write(&code(text.as_ref())),
            Event::Html(html) | Event::InlineHtml(html) => {
                self.write_lines(&Markup::text(html.trim_end_matches('\n')));
            }
            Event::SoftBreak => self.write(&Markup::literal(" ")),
            Event::HardBreak => self.hard_break(),
            Event::Rule => {
                self.start_block();
                self.write(&Markup::literal("———"));
            }
            Event::TaskListMarker(done) => {
                self.write(&Markup::literal(if done { "☑ " } else { "☐ " }));
            }
            Event::FootnoteReference(name) => self.write(&Markup::text(format!("[^{name}]"))),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.write(&Markup::text(&text)),
        }
    }

    fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Paragraph | Tag::HtmlBlock | Tag::Table(_) | Tag::MetadataBlock(_) => {
                self.start_block();
            }
            Tag::Heading { .. } => {
                self.start_block();
                self.open(Mark::Bold);
            }
            Tag::BlockQuote(_) => {
                self.start_block();
                self.containers.push(Container::Quote);
            }
            Tag::CodeBlock(_) => {
                self.start_block();
                self.code = Some(String::new());
            }
            Tag::List(first) => {
                if !self.in_item() {
                    self.start_block();
                }
                self.containers.push(Container::List { next: *first });
            }
            Tag::Item => self.start_item(),
            Tag::TableHead => {
                self.table_head = true;
                self.start_row();
            }
            Tag::TableRow => self.start_row(),
            Tag::TableCell => {
                if self.cells > 0 {
                    self.write(&Markup::literal(" | "));
                }
                self.cells += 1;
                if self.table_head {
                    self.open(Mark::Bold);
                }
            }
            Tag::Emphasis => self.open(Mark::Italic),
            Tag::Strong => self.open(Mark::Bold),
            Tag::Strikethrough => self.open(Mark::Strike),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Strong => self.close(Mark::Bold),
            TagEnd::BlockQuote(_) | TagEnd::Item => self.pop_container(),
            TagEnd::CodeBlock => {
                let text = self.code.take().unwrap_or_default();
                let text = text.strip_suffix('\n').unwrap_or(&text);
                self.write_lines(&code_block(text));
            }
            TagEnd::List(_) => {
                self.pop_container();
                self.fresh = false;
            }
            TagEnd::TableHead => self.table_head = false,
            TagEnd::TableCell if self.table_head => self.close(Mark::Bold),
            TagEnd::Emphasis => self.close(Mark::Italic),
            TagEnd::Strikethrough => self.close(Mark::Strike),
            _ => {}
        }
    }

    /// Ends a link or image: `<url|label>`, or only the label inside another link's label
    /// (a token cannot nest).
    fn end_link(&mut self, url: &str) {
        let label = self.labels.pop().unwrap_or_default();
        if self.labels.is_empty() {
            self.write(&link(url, label));
        } else {
            self.write(&label);
        }
    }

    fn in_item(&self) -> bool {
        matches!(
            self.containers.last(),
            Some(Container::List { .. } | Container::Item)
        )
    }

    fn pop_container(&mut self) {
        self.containers.pop();
    }

    /// Ends the current line and, outside list items, leaves a blank line before a new block.
    fn start_block(&mut self) {
        if self.out.is_empty() || self.fresh {
            self.fresh = true;
            return;
        }
        self.newline();
        if !self.containers.iter().any(|c| matches!(c, Container::Item)) {
            self.write_prefix(false);
            self.newline();
        }
        self.fresh = true;
    }

    fn start_item(&mut self) {
        let depth = self.list_depth();
        let bullet = match self.containers.last_mut() {
            Some(Container::List { next: Some(number) }) => {
                let bullet = format!("{number}. ");
                *number = number.saturating_add(1);
                bullet
            }
            _ => match depth {
                0 | 1 => "• ".to_owned(),
                2 => "◦ ".to_owned(),
                _ => "▪ ".to_owned(),
            },
        };
        if !self.out.is_empty() && !self.line_start {
            self.newline();
        }
        self.write_prefix(false);
        for _ in 1..depth.min(MAX_INDENT) {
            self.out.push_raw("    ");
        }
        self.out.push_raw(&bullet);
        self.line_start = false;
        self.containers.push(Container::Item);
        self.fresh = true;
    }

    fn start_row(&mut self) {
        if !self.out.is_empty() && !self.line_start && !self.fresh {
            self.newline();
        }
        self.cells = 0;
    }

    fn list_depth(&self) -> usize {
        self.containers
            .iter()
            .filter(|c| matches!(c, Container::List { .. }))
            .count()
    }

    fn open(&mut self, mark: Mark) {
        let depth = &mut self.depth[mark as usize];
        *depth += 1;
        if *depth == 1 {
            self.marks.push(mark);
            self.write_marker(mark);
        }
    }

    fn close(&mut self, mark: Mark) {
        let depth = &mut self.depth[mark as usize];
        *depth = depth.saturating_sub(1);
        if *depth == 0 && self.marks.contains(&mark) {
            self.marks.retain(|open| *open != mark);
            self.write_marker(mark);
        }
    }

    fn write_marker(&mut self, mark: Mark) {
        let mut marker = Markup::new();
        marker.push_char(mark.marker());
        self.write(&marker);
    }

    /// A line break: open emphasis is closed before it and opened again after it, since Slack's
    /// emphasis does not span lines. Inside a link label it is a space.
    fn hard_break(&mut self) {
        if !self.labels.is_empty() {
            self.write(&Markup::literal(" "));
            return;
        }
        let marks = self.marks.clone();
        for mark in marks.iter().rev() {
            self.write_marker(*mark);
        }
        self.newline();
        for mark in &marks {
            self.write_marker(*mark);
        }
    }

    fn newline(&mut self) {
        self.out.push_char('\n');
        self.line_start = true;
    }

    /// Writes the quote marker and indentation a line starts with; `continuation` indents it
    /// under its list item's bullet.
    fn write_prefix(&mut self, continuation: bool) {
        if self
            .containers
            .iter()
            .any(|c| matches!(c, Container::Quote))
        {
            self.out.push_char('>');
        }
        if continuation {
            let items = self
                .containers
                .iter()
                .filter(|c| matches!(c, Container::Item))
                .count();
            if items > 0 {
                for _ in 1..items.min(MAX_INDENT) {
                    self.out.push_raw("    ");
                }
                self.out.push_raw("  ");
            }
        }
        self.line_start = false;
    }

    /// Writes inline markup: into the innermost link label, or onto the current line.
    fn write(&mut self, markup: &Markup) {
        self.write_markup(markup.as_str());
    }

    /// Writes markup this module made (see [`Writer::write`]).
    fn write_markup(&mut self, markup: &str) {
        if markup.is_empty() {
            return;
        }
        if let Some(label) = self.labels.last_mut() {
            label.push_raw(markup);
            return;
        }
        if self.line_start {
            self.write_prefix(true);
        }
        self.out.push_raw(markup);
        self.fresh = false;
    }

    /// Writes markup that may hold line breaks, each line with its prefix.
    fn write_lines(&mut self, markup: &Markup) {
        for (index, line) in markup.as_str().split('\n').enumerate() {
            if index > 0 {
                if self.labels.is_empty() {
                    self.newline();
                } else {
                    self.write(&Markup::literal(" "));
                }
            }
            if line.is_empty() && self.line_start && self.labels.is_empty() {
                self.write_prefix(true);
            }
            self.write_markup(line);
        }
    }
}
