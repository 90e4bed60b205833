//! The `input` block (spec §4.8).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;
use crate::{Element, InputElement, PlainText, Str, Text};

/// A labelled input element (`"type": "input"`).
///
/// In a modal its value arrives on submit in `view.state.values[block_id][action_id]`; keep
/// `block_id` and `action_id` stable across `views.update` so what the user typed is kept. In
/// messages and Home tabs there is no submit: values arrive only with `dispatch_action: true`.
///
/// ```
/// use blockkit::{InputBlock, PlainTextInput};
///
/// let input = InputBlock::new("Comment", PlainTextInput::new().action_id("value").multiline(true))
///     .block_id("comment")
///     .hint("Markdown is not rendered")
///     .optional(true);
/// let json = serde_json::to_value(&input).unwrap();
/// assert_eq!(json["type"], "input");
/// assert_eq!(json["label"]["text"], "Comment");
/// assert_eq!(json["element"]["type"], "plain_text_input");
/// assert_eq!(json["hint"]["type"], "plain_text");
/// assert_eq!(json["optional"], true);
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct InputBlock {
    #[serde(rename = "type")]
    kind: tag::Input,
    /// Identifies the block: at most 255 characters, unique in the message or view.
    pub block_id: Option<Str>,
    /// The label: `plain_text`, at most 2000 characters.
    pub label: Text,
    /// The input element: a text, email, url, number, rich text or file input, checkboxes,
    /// radio buttons, a date, datetime or time picker, or a select or multi-select menu.
    pub element: Element,
    /// Whether the element sends a `block_actions` payload as the user interacts. Not allowed
    /// with a `file_input`. Defaults to `false`.
    pub dispatch_action: Option<bool>,
    /// A hint under the element: `plain_text`, at most 2000 characters.
    pub hint: Option<Text>,
    /// Whether the element may be empty on submit. Defaults to `false`.
    pub optional: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl InputBlock {
    /// An input block with its label (`plain_text`, at most 2000 characters) and its element.
    pub fn new(label: impl Into<PlainText>, element: impl InputElement) -> Self {
        Self {
            kind: tag::Input,
            block_id: None,
            label: label.into().into(),
            element: element.into(),
            dispatch_action: None,
            hint: None,
            optional: None,
            extra: Extra::new(),
        }
    }
}

setters!(InputBlock {
    /// Identifies the block: at most 255 characters, unique in the message or view.
    block_id: into Str,
    /// Whether the element sends a `block_actions` payload as the user interacts (not with a
    /// `file_input`).
    dispatch_action: bool,
    /// A hint under the element: `plain_text`, at most 2000 characters.
    hint: into PlainText,
    /// Whether the element may be empty on submit.
    optional: bool,
});
