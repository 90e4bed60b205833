//! The rich text input (spec §5.15).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{DispatchActionConfig, PlainText, RichTextBlock, Str, Text, tag};

/// A text field with formatting (`"type": "rich_text_input"`, spec §5.15).
///
/// ```
/// use blockkit::{RichTextBlock, RichTextInput};
/// use serde_json::json;
///
/// let input = RichTextInput::new("notes").max_lines(4).placeholder("Notes");
/// assert_eq!(
///     serde_json::to_value(&input).unwrap(),
///     json!({
///         "type": "rich_text_input",
///         "action_id": "notes",
///         "max_lines": 4,
///         "placeholder": {"type": "plain_text", "text": "Notes"}
///     })
/// );
///
/// let draft: RichTextBlock = blockkit::from_value(json!({"type": "rich_text", "elements": []})).unwrap();
/// let input = input.initial_value(draft);
/// assert_eq!(serde_json::to_value(&input).unwrap()["initial_value"]["type"], "rich_text");
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RichTextInput {
    #[serde(rename = "type")]
    kind: tag::RichTextInput,
    /// Identifies the action: required by Slack, at most 255 characters, unique within the
    /// containing block.
    pub action_id: Option<Str>,
    /// The content of the field at first: a `rich_text` block.
    pub initial_value: Option<RichTextInputValue>,
    /// The height of the empty field, in lines: 1 to 100.
    pub min_lines: Option<u32>,
    /// The height the field grows to before it scrolls, in lines: 1 to 100. Defaults to 8.
    pub max_lines: Option<u32>,
    /// When the input sends a `block_actions` payload (only with `dispatch_action: true` on the
    /// input block).
    pub dispatch_action_config: Option<DispatchActionConfig>,
    /// Whether the field has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// Shown while the field is empty: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl RichTextInput {
    /// A rich text field with its `action_id` (at most 255 characters).
    pub fn new(action_id: impl Into<Str>) -> Self {
        Self {
            kind: tag::RichTextInput,
            action_id: Some(action_id.into()),
            initial_value: None,
            min_lines: None,
            max_lines: None,
            dispatch_action_config: None,
            focus_on_load: None,
            placeholder: None,
            extra: Extra::new(),
        }
    }
}

setters!(RichTextInput {
    /// A `rich_text` block.
    initial_value: into RichTextInputValue,
    /// 1 to 100, at most `max_lines`.
    min_lines: u32,
    /// 1 to 100.
    max_lines: u32,
    /// Only with `dispatch_action: true` on the input block.
    dispatch_action_config: DispatchActionConfig,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At most 150 characters.
    placeholder: into PlainText,
});

tagged_enum! {
    /// The `initial_value` of a [`RichTextInput`]: a `rich_text` block.
    ///
    /// Any other object found there (some libraries write a rich-text `text` element) is kept
    /// as [`RichTextInputValue::Unknown`] so that the payload round-trips; validation reports
    /// it.
    ///
    /// ```
    /// use blockkit::{RichTextBlock, RichTextInputValue};
    /// use serde_json::json;
    ///
    /// let value: RichTextInputValue =
    ///     blockkit::from_value(json!({"type": "rich_text", "elements": []})).unwrap();
    /// assert!(value.as_rich_text().is_some());
    /// let odd: RichTextInputValue =
    ///     blockkit::from_value(json!({"type": "text", "text": "hi"})).unwrap();
    /// assert_eq!(odd.type_name(), "text");
    /// assert!(odd.as_rich_text().is_none());
    /// ```
    RichTextInputValue expecting "a rich_text block" {
        /// `rich_text`.
        RichText(RichTextBlock) = RichText,
    }
}

impl RichTextInputValue {
    /// The `rich_text` block, unless the value is of another type.
    pub fn as_rich_text(&self) -> Option<&RichTextBlock> {
        match self {
            Self::RichText(block) => Some(block),
            Self::Unknown(_) => None,
        }
    }
}
