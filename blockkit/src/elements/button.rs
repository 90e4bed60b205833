//! Buttons: `button` (spec §5.2), `workflow_button` (§5.18), `feedback_buttons` (§5.19) and
//! `icon_button` (§5.20).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{ConfirmDialog, FeedbackButton, PlainText, Str, Text, Workflow, tag};

/// A button (`"type": "button"`, spec §5.2). Clicking it sends a `block_actions` payload; with a
/// `url` it also opens that address in the browser (the payload is still sent and must be
/// acknowledged).
///
/// ```
/// use blockkit::{Button, ButtonStyle};
/// use serde_json::json;
///
/// let button = Button::new("Approve")
///     .action_id("approve")
///     .value("request-42")
///     .style(ButtonStyle::Primary);
/// assert_eq!(
///     serde_json::to_value(&button).unwrap(),
///     json!({
///         "type": "button",
///         "text": {"type": "plain_text", "text": "Approve"},
///         "action_id": "approve",
///         "value": "request-42",
///         "style": "primary"
///     })
/// );
///
/// let link = Button::new("Docs").url("https://docs.slack.dev");
/// assert_eq!(serde_json::to_value(&link).unwrap()["url"], "https://docs.slack.dev");
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Button {
    #[serde(rename = "type")]
    kind: tag::Button,
    /// The label: `plain_text`, at most 75 characters (Slack truncates it visibly around 30).
    pub text: Text,
    /// Identifies the action in interaction payloads: at most 255 characters, unique within the
    /// containing block.
    pub action_id: Option<Str>,
    /// A URL opened in the browser when the button is clicked: at most 3000 characters.
    pub url: Option<Str>,
    /// What your app receives in the interaction payload: at most 2000 characters.
    pub value: Option<Str>,
    /// The colour: `primary` or `danger`. Absent means the default (neutral) button.
    pub style: Option<ButtonStyle>,
    /// A dialog asking the user to confirm before the action runs.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Read by screen readers instead of the label: at most 75 characters.
    pub accessibility_label: Option<Str>,
    /// *Preview, doubtful* (only Python `slack_sdk` 3.47 knows it): a prompt sent to Slackbot when
    /// the button is clicked, at most 4000 characters.
    pub agent_prompt: Option<Str>,
    /// *Preview, doubtful*: short text shown instead of `agent_prompt`; only with `agent_prompt`.
    /// Defaults to the button's label.
    pub agent_prompt_display: Option<Str>,
    /// *Preview, doubtful* (Python `slack_sdk` 3.47 only): the IDs of the users who see the
    /// button. Absent means everyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub visible_to_user_ids: Vec<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Button {
    /// A button with its label (`plain_text`, at most 75 characters).
    pub fn new(text: impl Into<PlainText>) -> Self {
        Self {
            kind: tag::Button,
            text: text.into().into(),
            action_id: None,
            url: None,
            value: None,
            style: None,
            confirm: None,
            accessibility_label: None,
            agent_prompt: None,
            agent_prompt_display: None,
            visible_to_user_ids: Vec::new(),
            extra: Extra::new(),
        }
    }
}

setters!(Button {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 3000 characters. An interaction payload is still sent and must be acknowledged.
    url: into Str,
    /// At most 2000 characters.
    value: into Str,
    /// `primary` at most once per set of buttons; `danger` even more sparingly.
    style: ButtonStyle,
    /// A dialog asking the user to confirm first.
    confirm: ConfirmDialog,
    /// At most 75 characters.
    accessibility_label: into Str,
    /// *Preview, doubtful*: at most 4000 characters.
    agent_prompt: into Str,
    /// *Preview, doubtful*: only together with `agent_prompt`.
    agent_prompt_display: into Str,
    /// *Preview, doubtful*: a user who sees the button.
    visible_to_user_ids: vec visible_to_user_id Str,
});

/// A button that starts a workflow (`"type": "workflow_button"`, spec §5.18). Clicking it runs the
/// workflow's link trigger; no `block_actions` payload is sent.
///
/// ```
/// use blockkit::{Trigger, Workflow, WorkflowButton};
/// use serde_json::json;
///
/// let workflow = Workflow::new(Trigger::new("https://slack.com/shortcuts/Ft0123/abc"));
/// let button = WorkflowButton::new("Run it", "run_workflow", workflow);
/// assert_eq!(
///     serde_json::to_value(&button).unwrap(),
///     json!({
///         "type": "workflow_button",
///         "text": {"type": "plain_text", "text": "Run it"},
///         "workflow": {"trigger": {"url": "https://slack.com/shortcuts/Ft0123/abc"}},
///         "action_id": "run_workflow"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct WorkflowButton {
    #[serde(rename = "type")]
    kind: tag::WorkflowButton,
    /// The label: `plain_text`, at most 75 characters (Slack truncates it visibly around 30).
    pub text: Text,
    /// The workflow the button starts.
    pub workflow: Workflow,
    /// Identifies the action: required by Slack's reference (older payloads omit it), at most 255
    /// characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// The colour: `primary` or `danger`. Absent means the default (neutral) button.
    pub style: Option<ButtonStyle>,
    /// Read by screen readers instead of the label: at most 75 characters.
    pub accessibility_label: Option<Str>,
    /// A dialog asking the user to confirm first (typed by Slack's Node SDK only, not in the
    /// reference table).
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl WorkflowButton {
    /// A workflow button with its label (`plain_text`, at most 75 characters), its `action_id` and
    /// the workflow it starts.
    pub fn new(text: impl Into<PlainText>, action_id: impl Into<Str>, workflow: Workflow) -> Self {
        Self {
            kind: tag::WorkflowButton,
            text: text.into().into(),
            workflow,
            action_id: Some(action_id.into()),
            style: None,
            accessibility_label: None,
            confirm: None,
            extra: Extra::new(),
        }
    }
}

setters!(WorkflowButton {
    /// `primary` or `danger`.
    style: ButtonStyle,
    /// At most 75 characters.
    accessibility_label: into Str,
    /// A dialog asking the user to confirm first.
    confirm: ConfirmDialog,
});

/// A thumbs-up / thumbs-down pair (`"type": "feedback_buttons"`, spec §5.19), only inside a
/// `context_actions` block.
///
/// ```
/// use blockkit::{FeedbackButton, FeedbackButtons};
/// use serde_json::json;
///
/// let buttons = FeedbackButtons::new(
///     FeedbackButton::new("Good", "good"),
///     FeedbackButton::new("Bad", "bad"),
/// )
/// .action_id("feedback");
/// assert_eq!(
///     serde_json::to_value(&buttons).unwrap(),
///     json!({
///         "type": "feedback_buttons",
///         "positive_button": {"text": {"type": "plain_text", "text": "Good"}, "value": "good"},
///         "negative_button": {"text": {"type": "plain_text", "text": "Bad"}, "value": "bad"},
///         "action_id": "feedback"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FeedbackButtons {
    #[serde(rename = "type")]
    kind: tag::FeedbackButtons,
    /// The button for positive feedback.
    pub positive_button: FeedbackButton,
    /// The button for negative feedback.
    pub negative_button: FeedbackButton,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl FeedbackButtons {
    /// The pair, positive button first.
    pub fn new(positive: FeedbackButton, negative: FeedbackButton) -> Self {
        Self {
            kind: tag::FeedbackButtons,
            positive_button: positive,
            negative_button: negative,
            action_id: None,
            extra: Extra::new(),
        }
    }
}

setters!(FeedbackButtons {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
});

/// A button shown as an icon (`"type": "icon_button"`, spec §5.20), only inside a
/// `context_actions` block.
///
/// ```
/// use blockkit::IconButton;
/// use serde_json::json;
///
/// let delete = IconButton::new("trash", "Delete")
///     .action_id("delete")
///     .value("item-7")
///     .visible_to_user_id("U0123456");
/// assert_eq!(
///     serde_json::to_value(&delete).unwrap(),
///     json!({
///         "type": "icon_button",
///         "icon": "trash",
///         "text": {"type": "plain_text", "text": "Delete"},
///         "action_id": "delete",
///         "value": "item-7",
///         "visible_to_user_ids": ["U0123456"]
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct IconButton {
    #[serde(rename = "type")]
    kind: tag::IconButton,
    /// The icon's name; the only documented one is `"trash"`.
    pub icon: Str,
    /// The label: `plain_text`.
    pub text: Text,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// What your app receives in the interaction payload: at most 2000 characters.
    pub value: Option<Str>,
    /// A dialog asking the user to confirm before the action runs.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Read by screen readers instead of the label: at most 75 characters.
    pub accessibility_label: Option<Str>,
    /// The IDs of the users who see the button (at most 10 per the Python SDK only — doubtful).
    /// Absent means everyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub visible_to_user_ids: Vec<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl IconButton {
    /// An icon button with its icon name (`"trash"`) and its label (`plain_text`).
    pub fn new(icon: impl Into<Str>, text: impl Into<PlainText>) -> Self {
        Self {
            kind: tag::IconButton,
            icon: icon.into(),
            text: text.into().into(),
            action_id: None,
            value: None,
            confirm: None,
            accessibility_label: None,
            visible_to_user_ids: Vec::new(),
            extra: Extra::new(),
        }
    }
}

setters!(IconButton {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 2000 characters.
    value: into Str,
    /// A dialog asking the user to confirm first.
    confirm: ConfirmDialog,
    /// At most 75 characters.
    accessibility_label: into Str,
    /// A user who sees the button.
    visible_to_user_ids: vec visible_to_user_id Str,
});

string_enum! {
    /// The colour of a button.
    ButtonStyle {
        /// Green: the main action. Use it at most once per set of buttons.
        Primary = "primary",
        /// Red: destructive actions. Use it even more sparingly.
        Danger = "danger",
    }
}
