//! The `header` block (spec §4.6).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;
use crate::{PlainText, Str, Text};

/// Large bold plain text that separates groups of content (`"type": "header"`).
///
/// ```
/// use blockkit::HeaderBlock;
///
/// let header = HeaderBlock::new("Deploys :rocket:").block_id("title");
/// assert_eq!(
///     serde_json::to_string(&header).unwrap(),
///     r#"{"type":"header","block_id":"title","text":{"type":"plain_text","text":"Deploys :rocket:"}}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct HeaderBlock {
    #[serde(rename = "type")]
    kind: tag::Header,
    /// Identifies the block: at most 255 characters, unique in the message or view.
    pub block_id: Option<Str>,
    /// The text: `plain_text` only (no mrkdwn), at most 150 characters.
    pub text: Text,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl HeaderBlock {
    /// A header with its text (`plain_text`, at most 150 characters).
    pub fn new(text: impl Into<PlainText>) -> Self {
        Self {
            kind: tag::Header,
            block_id: None,
            text: text.into().into(),
            extra: Extra::new(),
        }
    }
}

setters!(HeaderBlock {
    /// Identifies the block: at most 255 characters, unique in the message or view.
    block_id: into Str,
});
