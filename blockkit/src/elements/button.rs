//! PLACEHOLDER

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;

/// PLACEHOLDER: Button.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Button {
    #[serde(rename = "type")]
    kind: tag::Button,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: WorkflowButton.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct WorkflowButton {
    #[serde(rename = "type")]
    kind: tag::WorkflowButton,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: IconButton.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct IconButton {
    #[serde(rename = "type")]
    kind: tag::IconButton,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// PLACEHOLDER: FeedbackButtons.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FeedbackButtons {
    #[serde(rename = "type")]
    kind: tag::FeedbackButtons,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

string_enum! {
    /// The colour of a button.
    ButtonStyle {
        /// Green: the main action. Use it at most once per set of buttons.
        Primary = "primary",
        /// Red: destructive actions. Use it even more sparingly.
        Danger = "danger",
    }
}
