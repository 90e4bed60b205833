//! The formatting helpers: emphasis, code, quotes and lists.
//!
//! Each one writes Slack's syntax around its arguments; a string argument is escaped, a
//! [`Markup`] argument is kept. Every one runs in time linear in its input.

use super::Markup;

/// Text shown as typed: `&`, `<` and `>` are escaped. The same as [`Markup::text`].
///
/// ```
/// use blockkit::mrkdwn::text;
///
/// assert_eq!(text("<@U0123> & co").as_str(), "&lt;@U0123&gt; &amp; co");
/// ```
pub fn text(text: impl AsRef<str>) -> Markup {
    Markup::text(text)
}

/// Bold: `*text*`.
///
/// Slack's emphasis does not span lines and needs no space inside its markers, so each line is
/// wrapped on its own, with its leading and trailing spaces left outside the markers; a blank
/// line stays as it is.
///
/// ```
/// use blockkit::mrkdwn::bold;
///
/// assert_eq!(bold("Total: <5").as_str(), "*Total: &lt;5*");
/// assert_eq!(bold(" two\nlines ").as_str(), " *two*\n*lines* ");
/// ```
pub fn bold(content: impl Into<Markup>) -> Markup {
    emphasis('*', &content.into())
}

/// Italic: `_text_`, each line on its own (see [`bold`]).
///
/// ```
/// use blockkit::mrkdwn::{bold, italic};
///
/// assert_eq!(italic(bold("both")).as_str(), "_*both*_");
/// ```
pub fn italic(content: impl Into<Markup>) -> Markup {
    emphasis('_', &content.into())
}

/// Strikethrough: `~text~`, each line on its own (see [`bold`]).
///
/// ```
/// assert_eq!(blockkit::mrkdwn::strike("old price").as_str(), "~old price~");
/// ```
pub fn strike(content: impl Into<Markup>) -> Markup {
    emphasis('~', &content.into())
}

/// Wraps each non-blank line of `content` in `marker`, whitespace outside.
fn emphasis(marker: char, content: &Markup) -> Markup {
    let mut out = Markup::with_capacity(content.len() + 8);
    for (index, line) in content.as_str().split('\n').enumerate() {
        if index > 0 {
            out.push_char('\n');
        }
        let inner = line.trim();
        if inner.is_empty() {
            out.push_raw(line);
            continue;
        }
        let start = line.len() - line.trim_start().len();
        let end = start + inner.len();
        out.push_raw(&line[..start]);
        out.push_char(marker);
        out.push_raw(inner);
        out.push_char(marker);
        out.push_raw(&line[end..]);
    }
    out
}

/// Inline code: `` `text` ``.
///
/// A code span cannot hold a backtick or a line break, and Slack has no escape for them: a
/// backtick is shown as `ˋ` (U+02CB, modifier letter grave accent) and a line break as a space.
/// `&`, `<` and `>` in a string are escaped as everywhere.
///
/// ```
/// use blockkit::mrkdwn::code;
///
/// assert_eq!(code("a < b").as_str(), "`a &lt; b`");
/// assert_eq!(code("run `ls`").as_str(), "`run ˋlsˋ`");
/// ```
pub fn code(content: impl Into<Markup>) -> Markup {
    let content = content.into();
    let mut out = Markup::with_capacity(content.len() + 2);
    out.push_char('`');
    push_mapped(&mut out, content.as_str(), |_, c| match c {
        '`' => Some(Replace::Char('ˋ')),
        '\n' | '\r' => Some(Replace::Char(' ')),
        _ => None,
    });
    out.push_char('`');
    out
}

/// A code block: ```` ```text``` ````, line breaks kept.
///
/// Three backticks in a row would end the block, so a zero-width space (U+200B) is put after
/// every second backtick of a run, and between a backtick and the fences. `&`, `<` and `>` in a
/// string are escaped as everywhere.
///
/// ```
/// use blockkit::mrkdwn::code_block;
///
/// assert_eq!(code_block("if a < b {\n}").as_str(), "```if a &lt; b {\n}```");
/// assert_eq!(code_block("a```b").as_str(), "```a``\u{200B}`b```");
/// ```
pub fn code_block(content: impl Into<Markup>) -> Markup {
    let content = content.into();
    let mut out = Markup::with_capacity(content.len() + 6);
    out.push_raw("```");
    // The opening fence counts as a run: a backtick right after it is set apart.
    let mut run = 2;
    push_mapped(&mut out, content.as_str(), |_, c| {
        if c != '`' {
            run = 0;
            None
        } else if run == 2 {
            run = 1;
            Some(Replace::Str("\u{200B}`"))
        } else {
            run += 1;
            None
        }
    });
    if content.as_str().ends_with('`') {
        // A backtick just before the closing fence would make a longer run.
        out.push_char('\u{200B}');
    }
    out.push_raw("```");
    out
}

/// A block quote: every line starts with `>`.
///
/// ```
/// use blockkit::mrkdwn::quote;
///
/// assert_eq!(quote("first\nsecond > third").as_str(), ">first\n>second &gt; third");
/// ```
pub fn quote(content: impl Into<Markup>) -> Markup {
    let content = content.into();
    let mut out = Markup::with_capacity(content.len() + 8);
    for (index, line) in content.as_str().split('\n').enumerate() {
        if index > 0 {
            out.push_char('\n');
        }
        out.push_char('>');
        out.push_raw(line);
    }
    out
}

/// A bulleted list: one `• item` line per item (Slack's mrkdwn has no list syntax; this is what
/// its clients show for one).
///
/// ```
/// use blockkit::mrkdwn::{bold, bullets};
///
/// let list = bullets([bold("one"), "two & three".into()]);
/// assert_eq!(list.as_str(), "• *one*\n• two &amp; three");
/// ```
pub fn bullets(items: impl IntoIterator<Item = impl Into<Markup>>) -> Markup {
    let mut out = Markup::new();
    for (index, item) in items.into_iter().enumerate() {
        if index > 0 {
            out.push_char('\n');
        }
        out.push_raw("• ");
        out.push_raw(item.into().as_str());
    }
    out
}

/// What [`push_mapped`] writes for a character.
pub(super) enum Replace {
    Str(&'static str),
    Char(char),
    Percent(char),
    Drop,
}

/// Appends `text`, with each character for which `map` (given its byte index) returns a
/// [`Replace`] replaced; unchanged runs are copied whole.
pub(super) fn push_mapped(
    out: &mut Markup,
    text: &str,
    mut map: impl FnMut(usize, char) -> Option<Replace>,
) {
    let mut run = 0;
    for (index, c) in text.char_indices() {
        let Some(replace) = map(index, c) else {
            continue;
        };
        out.push_raw(&text[run..index]);
        run = index + c.len_utf8();
        match replace {
            Replace::Str(s) => out.push_raw(s),
            Replace::Char(c) => out.push_char(c),
            Replace::Percent(c) => push_percent(out, c),
            Replace::Drop => {}
        }
    }
    out.push_raw(&text[run..]);
}

/// Percent-encodes each UTF-8 byte of `c`.
fn push_percent(out: &mut Markup, c: char) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in c.encode_utf8(&mut [0; 4]).as_bytes() {
        out.push_char('%');
        out.push_char(char::from(HEX[usize::from(byte >> 4)]));
        out.push_char(char::from(HEX[usize::from(byte & 0x0F)]));
    }
}
