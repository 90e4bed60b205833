//! PLACEHOLDER

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;

/// PLACEHOLDER: MultiStaticSelect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MultiStaticSelect {
    #[serde(rename = "type")]
    kind: tag::MultiStaticSelect,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: MultiExternalSelect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MultiExternalSelect {
    #[serde(rename = "type")]
    kind: tag::MultiExternalSelect,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: MultiUsersSelect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MultiUsersSelect {
    #[serde(rename = "type")]
    kind: tag::MultiUsersSelect,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: MultiConversationsSelect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MultiConversationsSelect {
    #[serde(rename = "type")]
    kind: tag::MultiConversationsSelect,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: MultiChannelsSelect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MultiChannelsSelect {
    #[serde(rename = "type")]
    kind: tag::MultiChannelsSelect,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}
