//! PLACEHOLDER

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;

/// PLACEHOLDER: PlainTextInput.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PlainTextInput {
    #[serde(rename = "type")]
    kind: tag::PlainTextInput,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: EmailInput.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct EmailInput {
    #[serde(rename = "type")]
    kind: tag::EmailTextInput,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: UrlInput.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct UrlInput {
    #[serde(rename = "type")]
    kind: tag::UrlTextInput,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: NumberInput.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct NumberInput {
    #[serde(rename = "type")]
    kind: tag::NumberInput,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: RichTextInput.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RichTextInput {
    #[serde(rename = "type")]
    kind: tag::RichTextInput,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: FileInput.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FileInput {
    #[serde(rename = "type")]
    kind: tag::FileInput,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}
