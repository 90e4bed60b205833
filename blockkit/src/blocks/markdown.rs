//! The `markdown` block (spec §4.9).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Str, tag};

/// Standard Markdown, rendered by Slack (`"type": "markdown"`, messages only).
///
/// Supported: bold, italic, links, lists, strikethrough, headings (shown bold), inline code,
/// quotes, fenced code blocks, images (turned into links), backslash escapes. Not supported:
/// syntax highlighting, horizontal rules, tables, task lists. Slack may turn one markdown block
/// into several blocks.
///
/// The text is markup: escape anything that comes from users.
///
/// ```
/// use blockkit::MarkdownBlock;
///
/// let block = MarkdownBlock::new("**Deployed** to `prod`");
/// assert_eq!(
///     serde_json::to_string(&block).unwrap(),
///     r#"{"type":"markdown","text":"**Deployed** to `prod`"}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MarkdownBlock {
    #[serde(rename = "type")]
    kind: tag::Markdown,
    /// Slack ignores it for this block and does not keep it.
    pub block_id: Option<Str>,
    /// The Markdown: at most 12,000 characters (and, per Slack's own guidance, 12,000 over all
    /// markdown blocks of a message).
    pub text: Str,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MarkdownBlock {
    /// A markdown block (at most 12,000 characters).
    pub fn new(text: impl Into<Str>) -> Self {
        Self {
            kind: tag::Markdown,
            block_id: None,
            text: text.into(),
            extra: Extra::new(),
        }
    }
}

setters!(MarkdownBlock {
    /// Slack ignores it for this block and does not keep it.
    block_id: into Str,
});
