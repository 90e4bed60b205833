//! The `file` block (spec §4.5).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Str, tag};

/// A remote file (`"type": "file"`). **Read-only**: Slack puts it in the messages it sends when
/// a remote file is shared; apps cannot post it ([`Block::is_sendable`](crate::Block::is_sendable)
/// is `false`, and validation rejects it).
///
/// [`FileBlock::new`] exists to build test fixtures of what Slack sends.
///
/// ```
/// use blockkit::{Block, FileBlock};
///
/// let parsed: Block = blockkit::from_str(
///     r#"{"type": "file", "external_id": "ABCD1", "source": "remote", "block_id": "f"}"#,
/// )
/// .unwrap();
/// let Block::File(file) = &parsed else { panic!("not a file block") };
/// assert_eq!(file.external_id, "ABCD1");
/// assert!(!parsed.is_sendable());
///
/// let fixture = FileBlock::new("ABCD1", "remote").block_id("f");
/// assert_eq!(Block::from(fixture), parsed);
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FileBlock {
    #[serde(rename = "type")]
    kind: tag::File,
    /// Identifies the block.
    pub block_id: Option<Str>,
    /// The remote file's external ID.
    pub external_id: Str,
    /// Where the file is: currently always `"remote"`.
    pub source: Str,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl FileBlock {
    /// A file block, for test fixtures of what Slack sends (apps cannot post it).
    pub fn new(external_id: impl Into<Str>, source: impl Into<Str>) -> Self {
        Self {
            kind: tag::File,
            block_id: None,
            external_id: external_id.into(),
            source: source.into(),
            extra: Extra::new(),
        }
    }
}

setters!(FileBlock {
    /// Identifies the block.
    block_id: into Str,
});
