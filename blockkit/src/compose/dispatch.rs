//! The dispatch action configuration object (spec §3.6).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;

/// When a text input sends a `block_actions` payload (`dispatch_action_config`).
///
/// It only has an effect when the input block sets `dispatch_action: true`.
///
/// ```
/// use blockkit::{DispatchActionConfig, TriggerAction};
///
/// let config = DispatchActionConfig::new().trigger_action(TriggerAction::OnEnterPressed);
/// assert_eq!(
///     serde_json::to_string(&config).unwrap(),
///     r#"{"trigger_actions_on":["on_enter_pressed"]}"#
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DispatchActionConfig {
    /// The interactions that send a payload: one or both of `on_enter_pressed`,
    /// `on_character_entered`; not empty when present.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trigger_actions_on: Vec<TriggerAction>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DispatchActionConfig {
    /// An empty configuration; add at least one trigger.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(DispatchActionConfig {
    /// An interaction that sends a payload.
    trigger_actions_on: vec trigger_action TriggerAction,
});

string_enum! {
    /// An interaction that makes a text input dispatch a `block_actions` payload.
    TriggerAction {
        /// When the user presses Enter.
        OnEnterPressed = "on_enter_pressed",
        /// On every character added or removed.
        OnCharacterEntered = "on_character_entered",
    }
}
