//! PLACEHOLDER

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;

/// PLACEHOLDER: DataVisualizationBlock.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DataVisualizationBlock {
    #[serde(rename = "type")]
    kind: tag::DataVisualization,
    /// Identifies the block.
    pub block_id: Option<String>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}
