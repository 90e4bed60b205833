//! PLACEHOLDER

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;

/// PLACEHOLDER: ImageElement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ImageElement {
    #[serde(rename = "type")]
    kind: tag::Image,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}
