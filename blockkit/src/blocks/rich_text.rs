//! The `rich_text` block (spec §4.10); its sub-elements are in the crate's rich-text types (§6).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;
use crate::{
    RichTextElement, RichTextList, RichTextPreformatted, RichTextQuote, RichTextSection, Str,
};

/// Formatted text (`"type": "rich_text"`): sections, lists, code blocks and quotes.
///
/// It is also the value of table cells, of a `rich_text_input`'s `initial_value` and of several
/// fields of the 2026 blocks; there it usually has no `block_id`.
///
/// ```
/// use blockkit::{RichTextBlock, RichTextPreformatted, RichTextQuote, RichTextSection, RichTextStyle};
/// use serde_json::json;
///
/// let block = RichTextBlock::new()
///     .block_id("notes")
///     .section(RichTextSection::new().text("Release ").styled_text("v2", RichTextStyle::new().code(true)))
///     .quote(RichTextQuote::new().text("Looks good"))
///     .preformatted(RichTextPreformatted::new().text("cargo publish"));
/// assert_eq!(
///     serde_json::to_value(&block).unwrap(),
///     json!({"type": "rich_text", "block_id": "notes", "elements": [
///         {"type": "rich_text_section", "elements": [
///             {"type": "text", "text": "Release "},
///             {"type": "text", "text": "v2", "style": {"code": true}},
///         ]},
///         {"type": "rich_text_quote", "elements": [{"type": "text", "text": "Looks good"}]},
///         {"type": "rich_text_preformatted", "elements": [{"type": "text", "text": "cargo publish"}]},
///     ]})
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RichTextBlock {
    #[serde(rename = "type")]
    kind: tag::RichText,
    /// Identifies the block: at most 255 characters, unique in the message or view.
    pub block_id: Option<Str>,
    /// The sub-elements: `rich_text_section`, `rich_text_list`, `rich_text_preformatted`,
    /// `rich_text_quote`. Always written, even empty.
    #[serde(default)]
    pub elements: Vec<RichTextElement>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl RichTextBlock {
    /// An empty block; add sub-elements with the chained methods.
    pub fn new() -> Self {
        Self {
            kind: tag::RichText,
            block_id: None,
            elements: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Appends a section; a `&str` or `String` becomes a section of plain text.
    #[must_use = "a setter returns the updated value"]
    pub fn section(self, section: impl Into<RichTextSection>) -> Self {
        self.element(section.into())
    }

    /// Appends a list.
    #[must_use = "a setter returns the updated value"]
    pub fn list(self, list: RichTextList) -> Self {
        self.element(list)
    }

    /// Appends a code block.
    #[must_use = "a setter returns the updated value"]
    pub fn preformatted(self, preformatted: RichTextPreformatted) -> Self {
        self.element(preformatted)
    }

    /// Appends a quote.
    #[must_use = "a setter returns the updated value"]
    pub fn quote(self, quote: RichTextQuote) -> Self {
        self.element(quote)
    }
}

impl Default for RichTextBlock {
    fn default() -> Self {
        Self::new()
    }
}

setters!(RichTextBlock {
    /// Identifies the block: at most 255 characters, unique in the message or view.
    block_id: into Str,
    /// A sub-element: section, list, preformatted or quote.
    elements: vec element RichTextElement,
});
