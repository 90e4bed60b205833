//! The formatting helpers: emphasis, code, quotes, links, mentions, dates and emoji.
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

/// A link with a label: `<url|label>`.
///
/// The label is escaped if it is a string. In the URL, `&` is written `&amp;` (Slack reads it
/// back as `&`), and `<`, `>`, `|`, spaces and control characters are percent-encoded, so the URL
/// cannot end the token early. A URL starting with `@`, `#` or `!` (which Slack would read as a
/// mention) has that character percent-encoded too. An empty label gives `<url>`.
///
/// ```
/// use blockkit::mrkdwn::link;
///
/// assert_eq!(
///     link("https://example.com/?q=a|b&x=<1>", "results & more").as_str(),
///     "<https://example.com/?q=a%7Cb&amp;x=%3C1%3E|results &amp; more>"
/// );
/// assert_eq!(link("!channel", "hi").as_str(), "<%21channel|hi>");
/// ```
pub fn link(url: impl AsRef<str>, label: impl Into<Markup>) -> Markup {
    let url = url.as_ref();
    let label = label.into();
    let mut out = Markup::with_capacity(url.len() + label.len() + 3);
    out.push_char('<');
    push_url(&mut out, url, false);
    if !label.is_empty() {
        out.push_char('|');
        out.push_raw(label.as_str());
    }
    out.push_char('>');
    out
}

/// A link showing its URL: `<url>`, the URL written as in [`link`].
///
/// ```
/// assert_eq!(blockkit::mrkdwn::bare_link("https://a.example/x y").as_str(), "<https://a.example/x%20y>");
/// ```
pub fn bare_link(url: impl AsRef<str>) -> Markup {
    link(url, Markup::new())
}

/// Writes `url` so that it cannot end a `<…>` token or be read as a mention; `caret` also
/// percent-encodes `^` (the separator of `<!date^…>`).
fn push_url(out: &mut Markup, url: &str, caret: bool) {
    push_mapped(out, url, |index, c| match c {
        '&' => Some(Replace::Str("&amp;")),
        '<' | '>' | '|' | ' ' => Some(Replace::Percent(c)),
        '^' if caret => Some(Replace::Percent(c)),
        '@' | '#' | '!' if index == 0 => Some(Replace::Percent(c)),
        c if c.is_control() => Some(Replace::Percent(c)),
        _ => None,
    });
}

/// What [`push_mapped`] writes for a character.
enum Replace {
    Str(&'static str),
    Char(char),
    Percent(char),
    Drop,
}

/// Appends `text`, with each character for which `map` (given its byte index) returns a
/// [`Replace`] replaced; unchanged runs are copied whole.
fn push_mapped(out: &mut Markup, text: &str, mut map: impl FnMut(usize, char) -> Option<Replace>) {
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

/// Writes `<` + `sigil` + the ID's ASCII letters and digits + `>`.
fn mention(sigil: &str, id: &str) -> Markup {
    let mut out = Markup::with_capacity(id.len() + sigil.len() + 2);
    out.push_char('<');
    out.push_raw(sigil);
    push_mapped(&mut out, id, |_, c| {
        (!c.is_ascii_alphanumeric()).then_some(Replace::Drop)
    });
    out.push_char('>');
    out
}

/// A user mention: `<@U0123ABC>`. Slack IDs are ASCII letters and digits; any other character of
/// `id` is left out, so a mention can never carry markup.
///
/// ```
/// use blockkit::mrkdwn::user;
///
/// assert_eq!(user("U0123ABC").as_str(), "<@U0123ABC>");
/// assert_eq!(user("U1><!channel").as_str(), "<@U1channel>");
/// ```
pub fn user(id: impl AsRef<str>) -> Markup {
    mention("@", id.as_ref())
}

/// A channel link: `<#C0123ABC>`. Characters other than ASCII letters and digits are left out.
///
/// ```
/// assert_eq!(blockkit::mrkdwn::channel("C0123ABC").as_str(), "<#C0123ABC>");
/// ```
pub fn channel(id: impl AsRef<str>) -> Markup {
    mention("#", id.as_ref())
}

/// A user group mention: `<!subteam^S0123ABC>`. Characters other than ASCII letters and digits
/// are left out.
///
/// ```
/// assert_eq!(blockkit::mrkdwn::usergroup("S0123ABC").as_str(), "<!subteam^S0123ABC>");
/// ```
pub fn usergroup(id: impl AsRef<str>) -> Markup {
    mention("!subteam^", id.as_ref())
}

/// `<!here>`: notifies the active members of the channel. Only this function writes it.
///
/// ```
/// assert_eq!(blockkit::mrkdwn::at_here().as_str(), "<!here>");
/// ```
pub fn at_here() -> Markup {
    Markup::literal("<!here>")
}

/// `<!channel>`: notifies every member of the channel. Only this function writes it.
///
/// ```
/// assert_eq!(blockkit::mrkdwn::at_channel().as_str(), "<!channel>");
/// ```
pub fn at_channel() -> Markup {
    Markup::literal("<!channel>")
}

/// `<!everyone>`: notifies every member of the workspace (in `#general`). Only this function
/// writes it.
///
/// ```
/// assert_eq!(blockkit::mrkdwn::at_everyone().as_str(), "<!everyone>");
/// ```
pub fn at_everyone() -> Markup {
    Markup::literal("<!everyone>")
}

/// A date shown in each reader's time zone: `<!date^timestamp^format|fallback>`.
///
/// `timestamp` is a UNIX time in seconds. `format` mixes text with Slack's tokens: `{date_num}`
/// (2014-02-18), `{date_slash}`, `{date}` (February 18th, 2014), `{date_short}` (Feb 18, 2014),
/// `{date_long}` (Tuesday, February 18th, 2014), `{date_long_full}`, `{date_pretty}`,
/// `{date_short_pretty}` and `{date_long_pretty}` (which say "today", "yesterday" or "tomorrow"
/// when they can), `{day_divider_pretty}`, `{time}` (6:39 AM) and `{time_secs}` (6:39:42 AM).
/// `fallback` is shown by clients that cannot render the date.
///
/// `format` and `fallback` are escaped; since Slack cannot escape them, a `^` or `|` in `format`
/// is written as the full-width `＾` or `｜`.
///
/// ```
/// use blockkit::mrkdwn::date;
///
/// assert_eq!(
///     date(1_392_734_382, "Posted {date_num} {time_secs}", "Feb 18, 2014 6:39 AM").as_str(),
///     "<!date^1392734382^Posted {date_num} {time_secs}|Feb 18, 2014 6:39 AM>"
/// );
/// ```
pub fn date(timestamp: i64, format: impl AsRef<str>, fallback: impl AsRef<str>) -> Markup {
    date_markup(timestamp, format.as_ref(), None, fallback.as_ref())
}

/// A date that links to `url`: `<!date^timestamp^format^url|fallback>`. The URL is written as in
/// [`link`], with `^` percent-encoded too; the rest is as in [`date`].
///
/// ```
/// use blockkit::mrkdwn::date_with_link;
///
/// assert_eq!(
///     date_with_link(0, "{date}", "https://example.com/?a^b", "1970").as_str(),
///     "<!date^0^{date}^https://example.com/?a%5Eb|1970>"
/// );
/// ```
pub fn date_with_link(
    timestamp: i64,
    format: impl AsRef<str>,
    url: impl AsRef<str>,
    fallback: impl AsRef<str>,
) -> Markup {
    date_markup(
        timestamp,
        format.as_ref(),
        Some(url.as_ref()),
        fallback.as_ref(),
    )
}

fn date_markup(timestamp: i64, format: &str, url: Option<&str>, fallback: &str) -> Markup {
    let capacity = format.len() + fallback.len() + url.map_or(0, str::len) + 32;
    let mut out = Markup::with_capacity(capacity);
    out.push_raw("<!date^");
    out.push_raw(&timestamp.to_string());
    out.push_char('^');
    push_mapped(&mut out, format, |_, c| match c {
        '^' => Some(Replace::Char('＾')),
        '|' => Some(Replace::Char('｜')),
        '&' => Some(Replace::Str("&amp;")),
        '<' => Some(Replace::Str("&lt;")),
        '>' => Some(Replace::Str("&gt;")),
        _ => None,
    });
    if let Some(url) = url {
        out.push_char('^');
        push_url(&mut out, url, true);
    }
    out.push_char('|');
    out.push_escaped(fallback);
    out.push_char('>');
    out
}

/// An emoji by name: `:name:`. Colons around `name` are removed; Slack's emoji names are made of
/// letters, digits, `_`, `-`, `+` and `'` (and `::` before a skin tone), and any other character
/// is left out.
///
/// ```
/// use blockkit::mrkdwn::emoji;
///
/// assert_eq!(emoji("white_check_mark").as_str(), ":white_check_mark:");
/// assert_eq!(emoji(":+1:").as_str(), ":+1:");
/// assert_eq!(emoji("wave::skin-tone-3").as_str(), ":wave::skin-tone-3:");
/// assert_eq!(emoji("<!here>").as_str(), ":here:");
/// ```
pub fn emoji(name: impl AsRef<str>) -> Markup {
    let name = name.as_ref();
    let mut out = Markup::with_capacity(name.len() + 2);
    out.push_char(':');
    let name = name.trim_matches(':');
    push_mapped(&mut out, name, |_, c| {
        let kept = c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+' | '\'' | ':');
        (!kept).then_some(Replace::Drop)
    });
    out.push_char(':');
    out
}
