//! The `divider` block (spec §4.4).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Str, tag};

/// A horizontal rule (`"type": "divider"`).
///
/// ```
/// use blockkit::DividerBlock;
///
/// assert_eq!(serde_json::to_string(&DividerBlock::new()).unwrap(), r#"{"type":"divider"}"#);
/// assert_eq!(
///     serde_json::to_string(&DividerBlock::new().block_id("rule")).unwrap(),
///     r#"{"type":"divider","block_id":"rule"}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DividerBlock {
    #[serde(rename = "type")]
    kind: tag::Divider,
    /// Identifies the block: at most 255 characters, unique in the message or view.
    pub block_id: Option<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DividerBlock {
    /// A divider.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(DividerBlock {
    /// Identifies the block: at most 255 characters, unique in the message or view.
    block_id: into Str,
});
