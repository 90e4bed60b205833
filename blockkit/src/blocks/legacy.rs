//! Read-only blocks Slack sends but apps cannot post: `call` and `share_shortcut` (spec §4.23).
//!
//! They are modelled only so that parsing what Slack sends keeps them; neither has a
//! constructor, and [`Block::is_sendable`](crate::Block::is_sendable) is `false` for both.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::serde_util::Extra;
use crate::{Str, tag};

/// A Slack call (`"type": "call"`, Calls API). **Parse-only: apps cannot send it.**
///
/// Only the fields the Python and Java SDKs name are modelled; everything else is kept in
/// `extra`.
///
/// ```
/// use blockkit::{Block, CallBlock};
///
/// let json = r#"{"type":"call","block_id":"c1","call_id":"R0123","api_decoration_available":false,"call":{"v1":{"id":"R0123"}}}"#;
/// let call: CallBlock = blockkit::from_str(json).unwrap();
/// assert_eq!(call.call_id.as_deref(), Some("R0123"));
/// assert_eq!(call.call.as_ref().unwrap()["v1"]["id"], "R0123");
/// assert_eq!(serde_json::to_string(&call).unwrap(), json);
/// assert!(!Block::from(call).is_sendable());
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct CallBlock {
    #[serde(rename = "type")]
    kind: tag::Call,
    /// Identifies the block.
    pub block_id: Option<Str>,
    /// The call's ID (`R0123…`).
    pub call_id: Option<Str>,
    /// Whether the call's app decorations are available.
    pub api_decoration_available: Option<bool>,
    /// The call's details, as Slack sent them.
    pub call: Option<Value>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A workflow share card (`"type": "share_shortcut"`). **Parse-only: apps cannot send it.**
///
/// Only the Java SDK describes it; its fields are kept as parsed in `extra`.
///
/// ```
/// use blockkit::{Block, ShareShortcutBlock};
///
/// let json = r#"{"type":"share_shortcut","block_id":"s1","app_id":"A0123","title":"Run"}"#;
/// let block: ShareShortcutBlock = blockkit::from_str(json).unwrap();
/// assert_eq!(block.extra["app_id"], "A0123");
/// assert_eq!(serde_json::to_string(&block).unwrap(), json);
/// assert!(!Block::from(block).is_sendable());
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ShareShortcutBlock {
    #[serde(rename = "type")]
    kind: tag::ShareShortcut,
    /// Identifies the block.
    pub block_id: Option<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}
