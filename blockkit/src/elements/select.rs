//! PLACEHOLDER

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;

/// PLACEHOLDER: StaticSelect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct StaticSelect {
    #[serde(rename = "type")]
    kind: tag::StaticSelect,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: ExternalSelect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ExternalSelect {
    #[serde(rename = "type")]
    kind: tag::ExternalSelect,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: UsersSelect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct UsersSelect {
    #[serde(rename = "type")]
    kind: tag::UsersSelect,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: ConversationsSelect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ConversationsSelect {
    #[serde(rename = "type")]
    kind: tag::ConversationsSelect,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: ChannelsSelect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ChannelsSelect {
    #[serde(rename = "type")]
    kind: tag::ChannelsSelect,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}
