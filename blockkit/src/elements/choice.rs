//! Lists of choices: `checkboxes` (spec §5.3), `radio_buttons` (§5.14) and the `overflow` menu
//! (§5.12).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{ConfirmDialog, OptionObject, Str, tag};

/// A group of checkboxes (`"type": "checkboxes"`, spec §5.3).
///
/// Option texts may be `plain_text` or mrkdwn (build mrkdwn ones with
/// [`OptionObject::with_text`]).
///
/// ```
/// use blockkit::{Checkboxes, OptionObject, Text};
/// use serde_json::json;
///
/// let boxes = Checkboxes::new()
///     .action_id("notify")
///     .option(OptionObject::with_text(Text::mrkdwn("*Email*"), "email"))
///     .option(OptionObject::new("SMS", "sms"))
///     .initial_option(OptionObject::new("SMS", "sms"));
/// assert_eq!(
///     serde_json::to_value(&boxes).unwrap(),
///     json!({
///         "type": "checkboxes",
///         "options": [
///             {"text": {"type": "mrkdwn", "text": "*Email*"}, "value": "email"},
///             {"text": {"type": "plain_text", "text": "SMS"}, "value": "sms"}
///         ],
///         "initial_options": [{"text": {"type": "plain_text", "text": "SMS"}, "value": "sms"}],
///         "action_id": "notify"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Checkboxes {
    #[serde(rename = "type")]
    kind: tag::Checkboxes,
    /// The checkboxes: 1 to 10 options, text `plain_text` or mrkdwn. Required.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionObject>,
    /// The options checked at first; each must exactly match one of `options`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub initial_options: Vec<OptionObject>,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the element has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Checkboxes {
    /// An empty group; add 1 to 10 options with [`Checkboxes::option`].
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(Checkboxes {
    /// A checkbox (text `plain_text` or mrkdwn); 1 to 10 in all.
    options: vec option OptionObject,
    /// An option checked at first; it must exactly match one of the options.
    initial_options: vec initial_option OptionObject,
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
});

/// A group of radio buttons: exactly one choice (`"type": "radio_buttons"`, spec §5.14).
///
/// Option texts may be `plain_text` or mrkdwn (build mrkdwn ones with
/// [`OptionObject::with_text`]).
///
/// ```
/// use blockkit::{OptionObject, RadioButtons};
/// use serde_json::json;
///
/// let radio = RadioButtons::new()
///     .option(OptionObject::new("Small", "s"))
///     .option(OptionObject::new("Large", "l"))
///     .initial_option(OptionObject::new("Small", "s"))
///     .action_id("size");
/// assert_eq!(
///     serde_json::to_value(&radio).unwrap(),
///     json!({
///         "type": "radio_buttons",
///         "options": [
///             {"text": {"type": "plain_text", "text": "Small"}, "value": "s"},
///             {"text": {"type": "plain_text", "text": "Large"}, "value": "l"}
///         ],
///         "initial_option": {"text": {"type": "plain_text", "text": "Small"}, "value": "s"},
///         "action_id": "size"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RadioButtons {
    #[serde(rename = "type")]
    kind: tag::RadioButtons,
    /// The buttons: 1 to 10 options, text `plain_text` or mrkdwn. Required.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionObject>,
    /// The option selected at first; it must equal one of `options`.
    pub initial_option: Option<OptionObject>,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the element has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl RadioButtons {
    /// An empty group; add 1 to 10 options with [`RadioButtons::option`].
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(RadioButtons {
    /// A radio button (text `plain_text` or mrkdwn); 1 to 10 in all.
    options: vec option OptionObject,
    /// It must equal one of the options.
    initial_option: OptionObject,
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
});

/// A "…" button that opens a short menu (`"type": "overflow"`, spec §5.12).
///
/// It has no placeholder and no initial option. Its options are `plain_text` and may carry a `url`.
///
/// ```
/// use blockkit::{OptionObject, Overflow};
/// use serde_json::json;
///
/// let menu = Overflow::new()
///     .action_id("more")
///     .option(OptionObject::new("Edit", "edit"))
///     .option(OptionObject::new("Help", "help").url("https://example.com/help"));
/// assert_eq!(
///     serde_json::to_value(&menu).unwrap(),
///     json!({
///         "type": "overflow",
///         "options": [
///             {"text": {"type": "plain_text", "text": "Edit"}, "value": "edit"},
///             {
///                 "text": {"type": "plain_text", "text": "Help"},
///                 "value": "help",
///                 "url": "https://example.com/help"
///             }
///         ],
///         "action_id": "more"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Overflow {
    #[serde(rename = "type")]
    kind: tag::Overflow,
    /// The menu's options (`plain_text`): at most 5; older sources want at least 2. Required.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionObject>,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Overflow {
    /// An empty menu; add up to 5 options with [`Overflow::option`].
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(Overflow {
    /// An option (`plain_text`, may carry a `url`); at most 5 in all.
    options: vec option OptionObject,
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
});
