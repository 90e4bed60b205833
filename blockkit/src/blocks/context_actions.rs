//! The `context_actions` block (spec §4.3).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;
use crate::{ContextActionsElement, Element, Str};

/// Feedback and icon buttons under an AI answer (`"type": "context_actions"`, 2025-10).
///
/// It holds 1–5 `feedback_buttons` or `icon_button` elements (see [`ContextActionsElement`]).
/// Slack documents it in messages only.
///
/// ```
/// use blockkit::{ContextActionsBlock, FeedbackButton, FeedbackButtons, IconButton};
///
/// let block = ContextActionsBlock::new()
///     .element(FeedbackButtons::new(
///         FeedbackButton::new("Good", "good"),
///         FeedbackButton::new("Bad", "bad"),
///     ))
///     .element(IconButton::new("trash", "Delete"));
/// let json = serde_json::to_value(&block).unwrap();
/// assert_eq!(json["type"], "context_actions");
/// assert_eq!(json["elements"][0]["type"], "feedback_buttons");
/// assert_eq!(json["elements"][1]["icon"], "trash");
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ContextActionsBlock {
    #[serde(rename = "type")]
    kind: tag::ContextActions,
    /// Identifies the block: at most 255 characters, unique in the message or view.
    pub block_id: Option<Str>,
    /// The elements: 1–5 `feedback_buttons` or `icon_button`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<Element>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ContextActionsBlock {
    /// An empty block; add 1–5 elements with [`ContextActionsBlock::element`].
    pub fn new() -> Self {
        Self {
            kind: tag::ContextActions,
            block_id: None,
            elements: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Appends an element.
    #[must_use = "a setter returns the updated value"]
    pub fn element(mut self, element: impl ContextActionsElement) -> Self {
        self.elements.push(element.into());
        self
    }

    /// Appends every element of `elements`.
    #[must_use = "a setter returns the updated value"]
    pub fn elements(
        mut self,
        elements: impl IntoIterator<Item = impl ContextActionsElement>,
    ) -> Self {
        self.elements.extend(elements.into_iter().map(Into::into));
        self
    }
}

impl Default for ContextActionsBlock {
    fn default() -> Self {
        Self::new()
    }
}

setters!(ContextActionsBlock {
    /// Identifies the block: at most 255 characters, unique in the message or view.
    block_id: into Str,
});
