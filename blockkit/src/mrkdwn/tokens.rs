//! The helpers that write `<…>` tokens — links, mentions, special mentions, dates — and emoji.
//!
//! Whatever comes from their arguments is written so that it cannot end the token early or start
//! another one.

use super::Markup;
use super::format::{Replace, push_mapped};

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
