//! Text objects: `plain_text` and `mrkdwn` (spec §3.1), and mrkdwn escaping.
//!
//! Fields that take only `plain_text` (a header, a button label, a modal title, ...) have setters
//! that take `impl Into<PlainText>`, so a `&str`, `String` or [`Str`] is accepted there and becomes
//! `plain_text`. Fields that take either kind take `impl Into<Text>`, and mrkdwn is always
//! explicit:
//!
//! * [`Text::mrkdwn`] / [`MrkdwnText::new`] take a `&'static str`: markup you wrote in the source;
//! * [`MrkdwnText::escaped`] takes any string and escapes `&`, `<` and `>`, so user input shows as
//!   typed and cannot mention `@channel` or disguise a link;
//! * [`MrkdwnText::raw`] takes any string as markup, unescaped — the one explicit opt-in for
//!   markup built at run time.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::serde_util::{Extra, TaggedEnum, deserialize_tagged};
use crate::{Str, tag};

/// A text object: `plain_text` or `mrkdwn`.
///
/// ```
/// use blockkit::{PlainText, Text};
///
/// let plain: Text = PlainText::new("Hello & welcome").into();
/// let markup = Text::mrkdwn("*Hello*");
/// assert_eq!(plain.text(), "Hello & welcome");
/// assert!(markup.is_mrkdwn());
/// assert_eq!(
///     serde_json::to_string(&markup).unwrap(),
///     r#"{"type":"mrkdwn","text":"*Hello*"}"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Text {
    /// `plain_text`: shown as typed.
    Plain(PlainText),
    /// `mrkdwn`: Slack's markup (`*bold*`, `<url|label>`, `<@U123>`).
    Mrkdwn(MrkdwnText),
}

impl Text {
    /// A `plain_text` object.
    pub fn plain(text: impl Into<Str>) -> Self {
        Self::Plain(PlainText::new(text))
    }

    /// A `mrkdwn` object from markup written in the source. See [`MrkdwnText::new`].
    pub fn mrkdwn(markup: &'static str) -> Self {
        Self::Mrkdwn(MrkdwnText::new(markup))
    }

    /// The text, whatever its kind.
    pub fn text(&self) -> &str {
        match self {
            Self::Plain(text) => &text.text,
            Self::Mrkdwn(text) => &text.text,
        }
    }

    /// `"plain_text"` or `"mrkdwn"`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::Plain(_) => tag::PlainText::NAME,
            Self::Mrkdwn(_) => tag::Mrkdwn::NAME,
        }
    }

    /// Whether this is `plain_text`.
    pub fn is_plain(&self) -> bool {
        matches!(self, Self::Plain(_))
    }

    /// Whether this is `mrkdwn`.
    pub fn is_mrkdwn(&self) -> bool {
        matches!(self, Self::Mrkdwn(_))
    }
}

impl TaggedEnum for Text {
    const EXPECTING: &'static str = "a text object (`plain_text` or `mrkdwn`)";

    fn is_known(tag: &str) -> bool {
        matches!(tag, tag::PlainText::NAME | tag::Mrkdwn::NAME)
    }

    fn deserialize_known<'de, D: Deserializer<'de>>(
        tag: &str,
        deserializer: D,
    ) -> Result<Self, D::Error> {
        if tag == tag::PlainText::NAME {
            PlainText::deserialize(deserializer).map(Self::Plain)
        } else {
            MrkdwnText::deserialize(deserializer).map(Self::Mrkdwn)
        }
    }

    fn from_unknown(object: crate::serde_util::JsonObject) -> Result<Self, String> {
        let found = object
            .get("type")
            .and_then(|t| t.as_str())
            .unwrap_or_default();
        Err(format!(
            "at `type`: unknown text type `{found}`, expected `plain_text` or `mrkdwn`"
        ))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_tagged(deserializer)
    }
}

impl From<PlainText> for Text {
    fn from(text: PlainText) -> Self {
        Self::Plain(text)
    }
}

impl From<MrkdwnText> for Text {
    fn from(text: MrkdwnText) -> Self {
        Self::Mrkdwn(text)
    }
}

/// A `plain_text` object: text shown exactly as written.
///
/// `&str` and `String` convert into it, so every plain_text-only field accepts them directly.
///
/// ```
/// use blockkit::PlainText;
///
/// let label = PlainText::new("Ship it :rocket:").emoji(true);
/// assert_eq!(
///     serde_json::to_string(&label).unwrap(),
///     r#"{"type":"plain_text","text":"Ship it :rocket:","emoji":true}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PlainText {
    #[serde(rename = "type")]
    kind: tag::PlainText,
    /// The text: 1–3000 characters, less where the containing field says so.
    pub text: Str,
    /// Whether `:emoji:` codes are turned into emoji.
    pub emoji: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl PlainText {
    /// A `plain_text` object.
    pub fn new(text: impl Into<Str>) -> Self {
        Self {
            kind: tag::PlainText,
            text: text.into(),
            emoji: None,
            extra: Extra::new(),
        }
    }
}

setters!(PlainText {
    /// Whether `:emoji:` codes are turned into emoji. Defaults to Slack's choice (on).
    emoji: bool,
});

impl From<&str> for PlainText {
    fn from(text: &str) -> Self {
        Self::new(text)
    }
}

impl From<String> for PlainText {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}

impl From<&String> for PlainText {
    fn from(text: &String) -> Self {
        Self::new(text)
    }
}

impl From<Cow<'_, str>> for PlainText {
    fn from(text: Cow<'_, str>) -> Self {
        Self::new(text)
    }
}

impl From<Str> for PlainText {
    fn from(text: Str) -> Self {
        Self::new(text)
    }
}

/// A `mrkdwn` object: text in Slack's markup.
///
/// ```
/// use blockkit::MrkdwnText;
///
/// let name = "<!channel> & friends"; // from a user
/// let text = MrkdwnText::escaped(name);
/// assert_eq!(text.text, "&lt;!channel&gt; &amp; friends");
///
/// let literal = MrkdwnText::new("*Deployed* :white_check_mark:");
/// assert_eq!(literal.text, "*Deployed* :white_check_mark:");
///
/// let built_at_run_time = format!("*{}* deployed", "api");
/// let raw = MrkdwnText::raw(built_at_run_time).verbatim(true);
/// assert_eq!(raw.verbatim, Some(true));
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MrkdwnText {
    #[serde(rename = "type")]
    kind: tag::Mrkdwn,
    /// The markup: 1–3000 characters, less where the containing field says so.
    pub text: Str,
    /// When `true`, Slack does not auto-link URLs, channel names or mentions in the text.
    pub verbatim: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MrkdwnText {
    /// Markup written in the source code, used as is.
    ///
    /// It takes a `&'static str` on purpose: text that comes from a variable goes through
    /// [`MrkdwnText::escaped`] (shown as typed) or [`MrkdwnText::raw`] (trusted markup).
    /// A literal of more than 24 bytes is borrowed, never copied; a shorter one is kept inline.
    pub fn new(markup: &'static str) -> Self {
        Self::raw(Str::literal(markup))
    }

    /// Text shown as typed: `&`, `<` and `>` are escaped, so it cannot mention, link or notify.
    pub fn escaped(text: impl AsRef<str>) -> Self {
        Self::raw(escape(text.as_ref()))
    }

    /// Markup built at run time, used **unescaped**. Whatever is in it — `<!channel>`,
    /// `<https://evil.example|your bank>` — Slack will render. Use it only for markup you made;
    /// escape the parts that come from users with [`escape`].
    pub fn raw(markup: impl Into<Str>) -> Self {
        Self {
            kind: tag::Mrkdwn,
            text: markup.into(),
            verbatim: None,
            extra: Extra::new(),
        }
    }
}

setters!(MrkdwnText {
    /// When `true`, Slack does not auto-link URLs, channel names or mentions. Defaults to `false`.
    verbatim: bool,
});

/// Escapes `&`, `<` and `>` the way Slack's mrkdwn wants them (`&amp;`, `&lt;`, `&gt;`), so the
/// text shows as typed. Borrows when there is nothing to escape.
///
/// ```
/// assert_eq!(blockkit::escape("a < b && c"), "a &lt; b &amp;&amp; c");
/// assert!(matches!(blockkit::escape("plain"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn escape(text: &str) -> Cow<'_, str> {
    const SPECIAL: [char; 3] = ['&', '<', '>'];
    if !text.contains(SPECIAL) {
        return Cow::Borrowed(text);
    }
    // Linear: each step copies the run before the next special character, then its entity.
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(found) = rest.find(SPECIAL) {
        out.push_str(&rest[..found]);
        out.push_str(match rest.as_bytes()[found] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            _ => "&gt;",
        });
        rest = &rest[found + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}
