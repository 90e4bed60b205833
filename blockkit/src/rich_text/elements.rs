//! Rich-text sub-elements (spec §6.1): section, list, preformatted and quote.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::InlineElement;
use crate::serde_util::Extra;
use crate::{Str, tag};

tagged_enum! {
    /// A sub-element of a [`RichTextBlock`](crate::RichTextBlock): a section, a list, a
    /// preformatted block or a quote.
    ///
    /// ```
    /// use blockkit::{RichTextElement, RichTextList, RichTextSection};
    ///
    /// let elements: Vec<RichTextElement> = vec![
    ///     RichTextSection::new().text("Steps:").into(),
    ///     RichTextList::ordered().item("Build").item("Ship").into(),
    /// ];
    /// assert_eq!(elements[1].type_name(), "rich_text_list");
    /// ```
    RichTextElement expecting "a rich-text sub-element" {
        /// `rich_text_section`: a line of inline elements.
        Section(RichTextSection) = RichTextSection,
        /// `rich_text_list`: a bulleted or numbered list.
        List(RichTextList) = RichTextList,
        /// `rich_text_preformatted`: a code block.
        Preformatted(RichTextPreformatted) = RichTextPreformatted,
        /// `rich_text_quote`: a quoted passage.
        Quote(RichTextQuote) = RichTextQuote,
    }
}

/// A line of inline elements (`rich_text_section`); newlines inside `text` elements break it.
///
/// `&str` and `String` convert into a section holding one run of text, so a list item or a
/// simple line can be written as a string.
///
/// ```
/// use blockkit::{BroadcastRange, RichTextSection, RichTextStyle};
/// use serde_json::json;
///
/// let section = RichTextSection::new()
///     .broadcast(BroadcastRange::Here)
///     .text(" deploy at ")
///     .date(1_767_225_600, "{time}")
///     .styled_text(" today", RichTextStyle::new().italic(true));
/// assert_eq!(
///     serde_json::to_value(&section).unwrap(),
///     json!({"type": "rich_text_section", "elements": [
///         {"type": "broadcast", "range": "here"},
///         {"type": "text", "text": " deploy at "},
///         {"type": "date", "timestamp": 1_767_225_600, "format": "{time}"},
///         {"type": "text", "text": " today", "style": {"italic": true}},
///     ]})
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RichTextSection {
    #[serde(rename = "type")]
    kind: tag::RichTextSection,
    /// The inline elements; may be empty.
    #[serde(default)]
    pub elements: Vec<InlineElement>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl RichTextSection {
    /// An empty section; append inline elements with the chained methods.
    pub fn new() -> Self {
        Self {
            kind: tag::RichTextSection,
            elements: Vec::new(),
            extra: Extra::new(),
        }
    }
}

impl Default for RichTextSection {
    fn default() -> Self {
        Self::new()
    }
}

inline_methods!(all RichTextSection);

impl From<&str> for RichTextSection {
    fn from(text: &str) -> Self {
        Self::new().text(text)
    }
}

impl From<String> for RichTextSection {
    fn from(text: String) -> Self {
        Self::new().text(text)
    }
}

impl From<Str> for RichTextSection {
    fn from(text: Str) -> Self {
        Self::new().text(text)
    }
}

/// A bulleted or numbered list (`rich_text_list`): one [`RichTextSection`] per item.
///
/// A nested list is the next list in the block with a larger `indent`.
///
/// ```
/// use blockkit::{RichTextBlock, RichTextList, RichTextSection};
/// use serde_json::json;
///
/// let block = RichTextBlock::new()
///     .list(RichTextList::ordered().item("Build").item(RichTextSection::new().text("Ship ").emoji("rocket")))
///     .list(RichTextList::bullet().indent(1).item("to staging first"));
/// assert_eq!(
///     serde_json::to_value(&block.elements[1]).unwrap(),
///     json!({"type": "rich_text_list", "style": "bullet", "indent": 1, "elements": [
///         {"type": "rich_text_section", "elements": [{"type": "text", "text": "to staging first"}]},
///     ]})
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RichTextList {
    #[serde(rename = "type")]
    kind: tag::RichTextList,
    /// The items: `rich_text_section`s, one per item; may be empty. Anything else found here
    /// when parsing is kept, and reported by validation.
    #[serde(default)]
    pub elements: Vec<RichTextElement>,
    /// Bullets or numbers.
    pub style: ListStyle,
    /// The nesting level, 0 (the default) to 8; it changes the bullet or number glyph.
    pub indent: Option<u32>,
    /// The number an ordered list starts after: with `offset` 4 the first item is "5".
    /// Defaults to 0.
    pub offset: Option<u32>,
    /// Draws a quote-like border at the side when `1`; `0` or `1` (TS). Defaults to `0`.
    pub border: Option<u32>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl RichTextList {
    /// An empty list of the given style; add items with [`RichTextList::item`].
    pub fn new(style: ListStyle) -> Self {
        Self {
            kind: tag::RichTextList,
            elements: Vec::new(),
            style,
            indent: None,
            offset: None,
            border: None,
            extra: Extra::new(),
        }
    }

    /// An empty bulleted list.
    pub fn bullet() -> Self {
        Self::new(ListStyle::Bullet)
    }

    /// An empty numbered list.
    pub fn ordered() -> Self {
        Self::new(ListStyle::Ordered)
    }

    /// Appends an item; a `&str` or `String` becomes a section of plain text.
    #[must_use = "a setter returns the updated value"]
    pub fn item(mut self, item: impl Into<RichTextSection>) -> Self {
        self.elements.push(RichTextElement::Section(item.into()));
        self
    }

    /// Appends every item of `items`.
    #[must_use = "a setter returns the updated value"]
    pub fn items(mut self, items: impl IntoIterator<Item = impl Into<RichTextSection>>) -> Self {
        self.elements.extend(
            items
                .into_iter()
                .map(|item| RichTextElement::Section(item.into())),
        );
        self
    }
}

setters!(RichTextList {
    /// The nesting level, 0 to 8.
    indent: u32,
    /// The number an ordered list starts after.
    offset: u32,
    /// `1` draws a border at the side.
    border: u32,
});

string_enum! {
    /// The style of a [`RichTextList`].
    ListStyle {
        /// Bullets.
        Bullet = "bullet",
        /// Numbers.
        Ordered = "ordered",
    }
}

/// A code block (`rich_text_preformatted`).
///
/// Slack renders `text` and `link` elements in it and ignores their styles.
///
/// ```
/// use blockkit::RichTextPreformatted;
///
/// let code = RichTextPreformatted::new().text("cargo test\n").border(1);
/// assert_eq!(
///     serde_json::to_string(&code).unwrap(),
///     r#"{"type":"rich_text_preformatted","elements":[{"type":"text","text":"cargo test\n"}],"border":1}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RichTextPreformatted {
    #[serde(rename = "type")]
    kind: tag::RichTextPreformatted,
    /// The inline elements (`text` and `link`); may be empty.
    #[serde(default)]
    pub elements: Vec<InlineElement>,
    /// Draws a border when `1`; `0` or `1` (TS).
    pub border: Option<u32>,
    /// A code language hint (`"python"`). *Doubtful:* only the third-party `slack-messaging`
    /// crate documents it.
    pub language: Option<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl RichTextPreformatted {
    /// An empty code block; append text with [`RichTextPreformatted::text`].
    pub fn new() -> Self {
        Self {
            kind: tag::RichTextPreformatted,
            elements: Vec::new(),
            border: None,
            language: None,
            extra: Extra::new(),
        }
    }
}

impl Default for RichTextPreformatted {
    fn default() -> Self {
        Self::new()
    }
}

inline_methods!(code RichTextPreformatted);

setters!(RichTextPreformatted {
    /// `1` draws a border.
    border: u32,
    /// A code language hint (*doubtful*, see the field).
    language: into Str,
});

/// A quoted passage (`rich_text_quote`).
///
/// ```
/// use blockkit::RichTextQuote;
///
/// let quote = RichTextQuote::new().text("Ship it. — ").user("U0123456789");
/// assert_eq!(
///     serde_json::to_string(&quote).unwrap(),
///     r#"{"type":"rich_text_quote","elements":[{"type":"text","text":"Ship it. — "},{"type":"user","user_id":"U0123456789"}]}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RichTextQuote {
    #[serde(rename = "type")]
    kind: tag::RichTextQuote,
    /// The inline elements; may be empty.
    #[serde(default)]
    pub elements: Vec<InlineElement>,
    /// Draws the quote's border when `1`; `0` or `1` (TS).
    pub border: Option<u32>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl RichTextQuote {
    /// An empty quote; append inline elements with the chained methods.
    pub fn new() -> Self {
        Self {
            kind: tag::RichTextQuote,
            elements: Vec::new(),
            border: None,
            extra: Extra::new(),
        }
    }
}

impl Default for RichTextQuote {
    fn default() -> Self {
        Self::new()
    }
}

inline_methods!(all RichTextQuote);

setters!(RichTextQuote {
    /// `1` draws the quote's border.
    border: u32,
});
