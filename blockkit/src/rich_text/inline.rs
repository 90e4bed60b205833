//! Rich-text inline elements (spec §6.2): the enum, and text, link, emoji, color and date.
//! Mentions are in `mention.rs`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    BroadcastMention, CanvasMention, ChannelMention, RichTextStyle, TeamMention, UserMention,
    UsergroupMention,
};
use crate::serde_util::Extra;
use crate::{Str, tag};

tagged_enum! {
    /// An inline element of rich text: a run of text, a link, an emoji, a mention, a colour or a
    /// date, in a [`RichTextSection`](crate::RichTextSection),
    /// [`RichTextQuote`](crate::RichTextQuote) or [`RichTextPreformatted`](crate::RichTextPreformatted).
    ///
    /// ```
    /// use blockkit::{Emoji, InlineElement, InlineText, UserMention};
    ///
    /// let inline: Vec<InlineElement> = vec![
    ///     InlineText::new("Thanks ").into(),
    ///     UserMention::new("U0123456789").into(),
    ///     Emoji::new("tada").into(),
    /// ];
    /// assert_eq!(inline[1].type_name(), "user");
    ///
    /// let parsed: InlineElement = blockkit::from_str(r#"{"type": "sparkle", "level": 9}"#).unwrap();
    /// assert!(matches!(parsed, InlineElement::Unknown(_)));
    /// ```
    InlineElement expecting "a rich-text inline element" {
        /// `text`: a run of text.
        Text(InlineText) = Text,
        /// `link`: a hyperlink.
        Link(Link) = Link,
        /// `emoji`: an emoji by name.
        Emoji(Emoji) = Emoji,
        /// `user`: a user mention.
        User(UserMention) = User,
        /// `usergroup`: a user group mention.
        Usergroup(UsergroupMention) = Usergroup,
        /// `channel`: a channel mention.
        Channel(ChannelMention) = Channel,
        /// `team`: a workspace mention.
        Team(TeamMention) = Team,
        /// `broadcast`: `@here`, `@channel` or `@everyone`.
        Broadcast(BroadcastMention) = Broadcast,
        /// `color`: a hex colour shown with a swatch.
        Color(Color) = Color,
        /// `date`: a timestamp shown in the reader's time zone.
        Date(Date) = Date,
        /// `canvas`: a canvas mention (read-side; Java SDK only).
        Canvas(CanvasMention) = Canvas,
    }
}

/// A run of text in rich text (`"type": "text"`). Newlines in it break the line.
///
/// Not to be confused with [`Text`](crate::Text), the `plain_text`/`mrkdwn` object.
///
/// ```
/// use blockkit::{InlineText, RichTextStyle};
///
/// let text = InlineText::new("Deployed").style(RichTextStyle::new().bold(true));
/// assert_eq!(
///     serde_json::to_string(&text).unwrap(),
///     r#"{"type":"text","text":"Deployed","style":{"bold":true}}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct InlineText {
    #[serde(rename = "type")]
    kind: tag::Text,
    /// The text, shown literally (no markup).
    pub text: Str,
    /// Bold, italic, strike, code, underline.
    pub style: Option<RichTextStyle>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl InlineText {
    /// A run of unstyled text.
    pub fn new(text: impl Into<Str>) -> Self {
        Self {
            kind: tag::Text,
            text: text.into(),
            style: None,
            extra: Extra::new(),
        }
    }
}

setters!(InlineText {
    /// Bold, italic, strike, code, underline.
    style: RichTextStyle,
});

impl From<&str> for InlineText {
    fn from(text: &str) -> Self {
        Self::new(text)
    }
}

impl From<String> for InlineText {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}

impl From<Str> for InlineText {
    fn from(text: Str) -> Self {
        Self::new(text)
    }
}

impl From<&str> for InlineElement {
    fn from(text: &str) -> Self {
        Self::Text(InlineText::new(text))
    }
}

impl From<String> for InlineElement {
    fn from(text: String) -> Self {
        Self::Text(InlineText::new(text))
    }
}

impl From<Str> for InlineElement {
    fn from(text: Str) -> Self {
        Self::Text(InlineText::new(text))
    }
}

/// A hyperlink in rich text (`"type": "link"`).
///
/// ```
/// use blockkit::Link;
///
/// let link = Link::new("https://status.example.com").text("status page");
/// assert_eq!(
///     serde_json::to_string(&link).unwrap(),
///     r#"{"type":"link","url":"https://status.example.com","text":"status page"}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Link {
    #[serde(rename = "type")]
    kind: tag::Link,
    /// Where the link goes.
    pub url: Str,
    /// The label. Defaults to the URL.
    pub text: Option<Str>,
    /// Marks the link as unsafe (meaning undocumented; TS, Java SDK).
    #[serde(rename = "unsafe")]
    pub r#unsafe: Option<bool>,
    /// Bold, italic, strike, code, underline.
    pub style: Option<RichTextStyle>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Link {
    /// A link to `url`, labelled with the URL itself until [`Link::text`] is set.
    pub fn new(url: impl Into<Str>) -> Self {
        Self {
            kind: tag::Link,
            url: url.into(),
            text: None,
            r#unsafe: None,
            style: None,
            extra: Extra::new(),
        }
    }

    /// Sets `unsafe`: marks the link as unsafe (meaning undocumented).
    #[must_use = "a setter returns the updated value"]
    pub fn r#unsafe(mut self, value: bool) -> Self {
        self.r#unsafe = Some(value);
        self
    }

    /// Sets `unsafe` when `value` is `Some`, clears it when `None`.
    #[must_use = "a setter returns the updated value"]
    pub fn maybe_unsafe(mut self, value: Option<bool>) -> Self {
        self.r#unsafe = value;
        self
    }
}

setters!(Link {
    /// The label shown instead of the URL.
    text: into Str,
    /// Bold, italic, strike, code, underline.
    style: RichTextStyle,
});

/// An emoji in rich text (`"type": "emoji"`).
///
/// ```
/// use blockkit::Emoji;
///
/// let wave = Emoji::new("wave").skin_tone(3);
/// assert_eq!(
///     serde_json::to_string(&wave).unwrap(),
///     r#"{"type":"emoji","name":"wave","skin_tone":3}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Emoji {
    #[serde(rename = "type")]
    kind: tag::Emoji,
    /// The emoji's name without colons (`wave`), and without a skin-tone suffix (use
    /// `skin_tone`).
    pub name: Str,
    /// The lowercase hex code point(s) of a standard emoji (`1f44b`); not for custom emoji.
    pub unicode: Option<Str>,
    /// The image of a custom emoji shared across workspaces.
    pub url: Option<Str>,
    /// The skin-tone modifier (Python and Java SDKs; range undocumented).
    pub skin_tone: Option<u32>,
    /// Bold, italic, strike, underline, highlight, `client_highlight`.
    pub style: Option<RichTextStyle>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Emoji {
    /// An emoji by name, without colons (`"wave"`, not `":wave:"`).
    pub fn new(name: impl Into<Str>) -> Self {
        Self {
            kind: tag::Emoji,
            name: name.into(),
            unicode: None,
            url: None,
            skin_tone: None,
            style: None,
            extra: Extra::new(),
        }
    }
}

setters!(Emoji {
    /// The lowercase hex code point(s) of a standard emoji.
    unicode: into Str,
    /// The image of a custom emoji shared across workspaces.
    url: into Str,
    /// The skin-tone modifier.
    skin_tone: u32,
    /// Bold, italic, strike, underline, highlight, `client_highlight`.
    style: RichTextStyle,
});

/// A hex colour shown with a swatch of it (`"type": "color"`).
///
/// ```
/// use blockkit::Color;
///
/// let color = Color::new("#FF5733");
/// assert_eq!(
///     serde_json::to_string(&color).unwrap(),
///     r##"{"type":"color","value":"#FF5733"}"##
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Color {
    #[serde(rename = "type")]
    kind: tag::Color,
    /// The colour in hex (`#FF5733`).
    pub value: Str,
    /// Bold, italic, strike, underline, highlight, `client_highlight`.
    pub style: Option<RichTextStyle>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Color {
    /// A colour in hex (`"#FF5733"`).
    pub fn new(value: impl Into<Str>) -> Self {
        Self {
            kind: tag::Color,
            value: value.into(),
            style: None,
            extra: Extra::new(),
        }
    }
}

setters!(Color {
    /// Bold, italic, strike, underline, highlight, `client_highlight`.
    style: RichTextStyle,
});

/// A timestamp that each reader sees in their own time zone and language (`"type": "date"`).
///
/// `format` is a template: `{day_divider_pretty}`, `{date_num}` (YYYY-MM-DD), `{date_slash}`,
/// `{date_long}`, `{date_long_full}`, `{date_long_pretty}`, `{date}`, `{date_pretty}`,
/// `{date_short}`, `{date_short_pretty}`, `{time}`, `{time_secs}` and `{ago}` are replaced;
/// anything else is shown as written (`"Posted {date_short} at {time}"`).
///
/// ```
/// use blockkit::Date;
///
/// let date = Date::new(1_767_225_600, "{date_short} at {time}").fallback("1 Jan 2026");
/// assert_eq!(
///     serde_json::to_string(&date).unwrap(),
///     r#"{"type":"date","timestamp":1767225600,"format":"{date_short} at {time}","fallback":"1 Jan 2026"}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Date {
    #[serde(rename = "type")]
    kind: tag::Date,
    /// The moment, in UNIX seconds.
    pub timestamp: i64,
    /// The template the date is shown with.
    pub format: Str,
    /// Makes the shown date a link to this URL.
    pub url: Option<Str>,
    /// Shown when the date cannot be rendered.
    pub fallback: Option<Str>,
    /// Bold, italic, strike, underline.
    pub style: Option<RichTextStyle>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Date {
    /// A date: a UNIX timestamp in seconds and the template it is shown with.
    pub fn new(timestamp: i64, format: impl Into<Str>) -> Self {
        Self {
            kind: tag::Date,
            timestamp,
            format: format.into(),
            url: None,
            fallback: None,
            style: None,
            extra: Extra::new(),
        }
    }
}

setters!(Date {
    /// Makes the shown date a link.
    url: into Str,
    /// Shown when the date cannot be rendered.
    fallback: into Str,
    /// Bold, italic, strike, underline.
    style: RichTextStyle,
});
