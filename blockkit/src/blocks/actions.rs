//! The `actions` block (spec §4.1).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;
use crate::{ActionsElement, Element, Str};

/// Interactive elements in a row (`"type": "actions"`).
///
/// It holds 1–25 elements, only those Slack allows there (see [`ActionsElement`]); their
/// `action_id`s must be unique within the block.
///
/// ```
/// use blockkit::{ActionsBlock, Button, ButtonStyle};
///
/// let actions = ActionsBlock::new()
///     .block_id("decide")
///     .element(Button::new("Approve").action_id("approve").style(ButtonStyle::Primary))
///     .element(Button::new("Reject").action_id("reject"));
/// let json = serde_json::to_value(&actions).unwrap();
/// assert_eq!(json["type"], "actions");
/// assert_eq!(json["block_id"], "decide");
/// assert_eq!(json["elements"][0]["style"], "primary");
/// assert_eq!(json["elements"][1]["action_id"], "reject");
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ActionsBlock {
    #[serde(rename = "type")]
    kind: tag::Actions,
    /// Identifies the block: at most 255 characters, unique in the message or view.
    pub block_id: Option<Str>,
    /// The elements: 1–25 buttons, checkboxes, pickers, overflow menus, radio buttons,
    /// `rich_text_inputs`, workflow buttons, or select and multi-select menus.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<Element>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ActionsBlock {
    /// An empty actions block; add 1–25 elements with [`ActionsBlock::element`].
    pub fn new() -> Self {
        Self {
            kind: tag::Actions,
            block_id: None,
            elements: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Appends an element.
    #[must_use = "a setter returns the updated value"]
    pub fn element(mut self, element: impl ActionsElement) -> Self {
        self.elements.push(element.into());
        self
    }

    /// Appends every element of `elements`.
    #[must_use = "a setter returns the updated value"]
    pub fn elements(mut self, elements: impl IntoIterator<Item = impl ActionsElement>) -> Self {
        self.elements.extend(elements.into_iter().map(Into::into));
        self
    }
}

impl Default for ActionsBlock {
    fn default() -> Self {
        Self::new()
    }
}

setters!(ActionsBlock {
    /// Identifies the block: at most 255 characters, unique in the message or view.
    block_id: into Str,
});
