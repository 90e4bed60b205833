//! Any view: modal, Home tab, or the legacy `workflow_step` view (spec §7.2–§7.4).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Block, HomeTab, Modal, Str, tag};

tagged_enum! {
    /// Any view, chosen by its `"type"`: what `views.update` takes and what interaction payloads
    /// carry.
    ///
    /// ```
    /// use blockkit::{HomeTab, Modal, View};
    ///
    /// let view: View = Modal::new("Settings").callback_id("settings").into();
    /// assert_eq!(view.type_name(), "modal");
    /// assert_eq!(view.callback_id(), Some("settings"));
    ///
    /// let parsed: View = blockkit::from_str(r#"{"type": "home", "blocks": [{"type": "divider"}]}"#)?;
    /// assert!(matches!(parsed, View::Home(_)));
    /// assert_eq!(parsed.blocks().len(), 1);
    /// assert_eq!(View::from(HomeTab::new()).type_name(), "home");
    /// # Ok::<(), blockkit::ParseError>(())
    /// ```
    #[allow(
        clippy::large_enum_variant,
        reason = "a view is built or parsed once per request; boxing would cost every user a `Box::new`"
    )]
    View expecting "a view (`modal` or `home`)" {
        /// `modal`.
        Modal(Modal) = Modal,
        /// `home`: a Home tab.
        Home(HomeTab) = Home,
        /// `workflow_step`: the configuration view of a legacy Step from Apps. Deprecated.
        WorkflowStep(WorkflowStepView) = WorkflowStep,
    }
}

impl View {
    /// The view's blocks (none for an unknown type).
    pub fn blocks(&self) -> &[Block] {
        match self {
            Self::Modal(view) => &view.blocks,
            Self::Home(view) => &view.blocks,
            Self::WorkflowStep(view) => &view.blocks,
            Self::Unknown(_) => &[],
        }
    }

    /// The view's `callback_id`, when it has one.
    pub fn callback_id(&self) -> Option<&str> {
        match self {
            Self::Modal(view) => view.callback_id.as_deref(),
            Self::Home(view) => view.callback_id.as_deref(),
            Self::WorkflowStep(view) => view.callback_id.as_deref(),
            Self::Unknown(raw) => raw.0.get("callback_id").and_then(serde_json::Value::as_str),
        }
    }
}

/// The configuration view of a legacy Step from Apps (`"type": "workflow_step"`, spec §7.4).
///
/// **Deprecated**: Steps from Apps stopped running on 2024-09-12. The type exists so that old
/// payloads parse and round-trip; do not build new ones. It has the fields every view has, plus
/// `submit_disabled`.
///
/// ```
/// use blockkit::WorkflowStepView;
///
/// let view = WorkflowStepView::new().callback_id("step_config").submit_disabled(true);
/// assert_eq!(
///     serde_json::to_string(&view).unwrap(),
///     r#"{"type":"workflow_step","callback_id":"step_config","submit_disabled":true}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct WorkflowStepView {
    #[serde(rename = "type")]
    kind: tag::WorkflowStep,
    /// The blocks: at most 100.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<Block>,
    /// A string sent back with interaction payloads: at most 3000 characters.
    pub private_metadata: Option<Str>,
    /// Identifies the view in interaction payloads: at most 255 characters.
    pub callback_id: Option<Str>,
    /// Your own identifier for the view, unique per workspace.
    pub external_id: Option<Str>,
    /// Whether the step's save button is disabled until the user changes an input. Defaults to
    /// `false`.
    pub submit_disabled: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl WorkflowStepView {
    /// An empty `workflow_step` view. Deprecated: only for payloads of retired Steps from Apps.
    pub fn new() -> Self {
        Self {
            kind: tag::WorkflowStep,
            blocks: Vec::new(),
            private_metadata: None,
            callback_id: None,
            external_id: None,
            submit_disabled: None,
            extra: Extra::new(),
        }
    }
}

impl Default for WorkflowStepView {
    fn default() -> Self {
        Self::new()
    }
}

setters!(WorkflowStepView {
    /// A block.
    blocks: vec block Block,
    /// A string sent back with interaction payloads: at most 3000 characters.
    private_metadata: into Str,
    /// Identifies the view in interaction payloads: at most 255 characters.
    callback_id: into Str,
    /// Your own identifier for the view, unique per workspace.
    external_id: into Str,
    /// Whether the save button is disabled until an input changes. Defaults to `false`.
    submit_disabled: bool,
});
