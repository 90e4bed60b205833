//! Input elements: `plain_text_input` (spec §5.13), `email_text_input` (§5.6),
//! `url_text_input` (§5.17), `number_input` (§5.11) and `file_input` (§5.7).
//!
//! The text-like inputs share `action_id`, `dispatch_action_config`, `focus_on_load` and
//! `placeholder` (spec §5.1). The rich text input is in `rich_text_input.rs`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{DispatchActionConfig, PlainText, Str, Text, tag};

/// A single- or multi-line text field (`"type": "plain_text_input"`, spec §5.13).
///
/// ```
/// use blockkit::PlainTextInput;
/// use serde_json::json;
///
/// let input = PlainTextInput::new()
///     .multiline(true)
///     .max_length(500)
///     .action_id("summary")
///     .placeholder("What happened?");
/// assert_eq!(
///     serde_json::to_value(&input).unwrap(),
///     json!({
///         "type": "plain_text_input",
///         "multiline": true,
///         "max_length": 500,
///         "action_id": "summary",
///         "placeholder": {"type": "plain_text", "text": "What happened?"}
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PlainTextInput {
    #[serde(rename = "type")]
    kind: tag::PlainTextInput,
    /// The text in the field at first.
    pub initial_value: Option<Str>,
    /// Whether the field has several lines. Defaults to `false`.
    pub multiline: Option<bool>,
    /// The fewest characters accepted: 0 to 3000.
    pub min_length: Option<u32>,
    /// The most characters accepted: 1 to 3000.
    pub max_length: Option<u32>,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
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

impl PlainTextInput {
    /// A single-line field with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(PlainTextInput {
    /// The text in the field at first.
    initial_value: into Str,
    /// Several lines when `true`.
    multiline: bool,
    /// 0 to 3000, at most `max_length`.
    min_length: u32,
    /// 1 to 3000.
    max_length: u32,
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// Only with `dispatch_action: true` on the input block.
    dispatch_action_config: DispatchActionConfig,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At most 150 characters.
    placeholder: into PlainText,
});

/// A text field for an email address (`"type": "email_text_input"`, spec §5.6).
///
/// ```
/// use blockkit::EmailInput;
/// use serde_json::json;
///
/// let input = EmailInput::new().action_id("email").placeholder("you@example.com");
/// assert_eq!(
///     serde_json::to_value(&input).unwrap(),
///     json!({
///         "type": "email_text_input",
///         "action_id": "email",
///         "placeholder": {"type": "plain_text", "text": "you@example.com"}
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct EmailInput {
    #[serde(rename = "type")]
    kind: tag::EmailTextInput,
    /// The address in the field at first.
    pub initial_value: Option<Str>,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
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

impl EmailInput {
    /// A field with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(EmailInput {
    /// The address in the field at first.
    initial_value: into Str,
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// Only with `dispatch_action: true` on the input block.
    dispatch_action_config: DispatchActionConfig,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At most 150 characters.
    placeholder: into PlainText,
});

/// A text field for a URL (`"type": "url_text_input"`, spec §5.17).
///
/// ```
/// use blockkit::UrlInput;
/// use serde_json::json;
///
/// let input = UrlInput::new().action_id("link").initial_value("https://example.com");
/// assert_eq!(
///     serde_json::to_value(&input).unwrap(),
///     json!({
///         "type": "url_text_input",
///         "initial_value": "https://example.com",
///         "action_id": "link"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct UrlInput {
    #[serde(rename = "type")]
    kind: tag::UrlTextInput,
    /// The URL in the field at first.
    pub initial_value: Option<Str>,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
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

impl UrlInput {
    /// A field with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(UrlInput {
    /// The URL in the field at first.
    initial_value: into Str,
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// Only with `dispatch_action: true` on the input block.
    dispatch_action_config: DispatchActionConfig,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At most 150 characters.
    placeholder: into PlainText,
});

/// A field for a number (`"type": "number_input"`, spec §5.11). Slack sends its numbers as
/// strings, and so does this model.
///
/// ```
/// use blockkit::NumberInput;
/// use serde_json::json;
///
/// let input = NumberInput::new(false)
///     .min_value("1")
///     .max_value("10")
///     .initial_value("3")
///     .action_id("seats");
/// assert_eq!(
///     serde_json::to_value(&input).unwrap(),
///     json!({
///         "type": "number_input",
///         "is_decimal_allowed": false,
///         "initial_value": "3",
///         "min_value": "1",
///         "max_value": "10",
///         "action_id": "seats"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct NumberInput {
    #[serde(rename = "type")]
    kind: tag::NumberInput,
    /// Whether decimals (`0.25`) are accepted; negative numbers always are. Required.
    pub is_decimal_allowed: bool,
    /// The number in the field at first, as a string; between `min_value` and `max_value`.
    pub initial_value: Option<Str>,
    /// The smallest number accepted, as a string; at most `max_value`.
    pub min_value: Option<Str>,
    /// The largest number accepted, as a string; at least `min_value`.
    pub max_value: Option<Str>,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
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

impl NumberInput {
    /// A number field; `is_decimal_allowed` says whether decimals are accepted.
    pub fn new(is_decimal_allowed: bool) -> Self {
        Self {
            kind: tag::NumberInput,
            is_decimal_allowed,
            initial_value: None,
            min_value: None,
            max_value: None,
            action_id: None,
            dispatch_action_config: None,
            focus_on_load: None,
            placeholder: None,
            extra: Extra::new(),
        }
    }
}

setters!(NumberInput {
    /// A numeric string (an integer unless decimals are allowed).
    initial_value: into Str,
    /// A numeric string, at most `max_value`.
    min_value: into Str,
    /// A numeric string, at least `min_value`.
    max_value: into Str,
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// Only with `dispatch_action: true` on the input block.
    dispatch_action_config: DispatchActionConfig,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At most 150 characters.
    placeholder: into PlainText,
});

/// A file upload field (`"type": "file_input"`, spec §5.7), in modals only. The app needs the
/// `files:read` scope; each file may be at most 10 MB, and the input block must not set
/// `dispatch_action: true`.
///
/// ```
/// use blockkit::FileInput;
/// use serde_json::json;
///
/// let input = FileInput::new().filetypes(["png", "jpg"]).max_files(3).action_id("upload");
/// assert_eq!(
///     serde_json::to_value(&input).unwrap(),
///     json!({
///         "type": "file_input",
///         "filetypes": ["png", "jpg"],
///         "max_files": 3,
///         "action_id": "upload"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FileInput {
    #[serde(rename = "type")]
    kind: tag::FileInput,
    /// The file extensions accepted (`"jpg"`, `"png"`); advisory. Absent means any file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filetypes: Vec<Str>,
    /// The most files uploaded: 1 to 10. Defaults to 10.
    pub max_files: Option<u32>,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl FileInput {
    /// A field that accepts any file, up to 10.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(FileInput {
    /// A file extension accepted (`"png"`).
    filetypes: vec filetype Str,
    /// 1 to 10.
    max_files: u32,
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
});
