//! The interaction payloads: `block_actions`, `view_submission`, `view_closed`, `shortcut` and
//! `message_action`.

use serde::{Deserialize, Serialize};

use super::keep::{Kept, keep_nulls};
use super::{
    BlockAction, Channel, Container, Enterprise, Field, FieldType, FormError, InteractionView,
    ResponseUrl, Team, User, ViewState, tags,
};
use crate::Message;
use crate::serde_util::Extra;

/// A `block_actions` payload: the user used an interactive element (a button, a menu, an input
/// with `dispatch_action`, ...) in a message, a modal or a Home tab.
///
/// `actions` holds the element used, typed by its `type`; `view` (modals and Home tabs) or
/// `message` and `channel` (messages) the surface; `state` the values of the surface's stateful
/// elements.
///
/// ```
/// use blockkit::interaction::{BlockActions, Field};
///
/// const APPROVE: Field<String> = Field::new("request", "approve");
/// let payload: BlockActions = blockkit::from_str(r#"{
///     "type": "block_actions",
///     "user": {"id": "U0123456789", "username": "ada"},
///     "container": {"type": "message", "message_ts": "1718030400.000200", "channel_id": "C1"},
///     "channel": {"id": "C1", "name": "ops"},
///     "trigger_id": "1.2.abc",
///     "response_url": "https://hooks.slack.com/actions/T1/1/abc",
///     "actions": [{"type": "button", "action_id": "approve", "block_id": "request", "value": "42"}]
/// }"#)?;
/// let action = payload.action(&APPROVE).expect("the approve button");
/// assert_eq!(action.value.value(), Some("42"));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct BlockActions {
    #[serde(rename = "type")]
    kind: tags::BlockActions,
    /// The user who interacted.
    pub user: User,
    /// Where the element was: a message or a view.
    pub container: Option<Container>,
    /// The workspace (`null` for some org-wide installations).
    pub team: Option<Team>,
    /// The Enterprise Grid organization.
    pub enterprise: Option<Enterprise>,
    /// Whether the app is installed org-wide.
    pub is_enterprise_install: Option<bool>,
    /// The conversation of the message (messages only).
    pub channel: Option<Channel>,
    /// The message holding the element (messages only), with its `ts`, `user`, ... in `extra`.
    pub message: Option<Message>,
    /// The view holding the element (modals and Home tabs only).
    pub view: Option<InteractionView>,
    /// The values of the message's stateful elements (messages; a view's are in `view.state`).
    pub state: Option<ViewState>,
    /// Opens a modal, for 3 seconds.
    pub trigger_id: Option<String>,
    /// Where to post replies (messages; 30 minutes, at most 5 posts).
    pub response_url: Option<String>,
    /// Your app's ID.
    pub api_app_id: Option<String>,
    /// The deprecated verification token: verify the request's signature instead.
    pub token: Option<String>,
    /// The elements used (one, in practice).
    #[serde(default)]
    pub actions: Vec<BlockAction>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
    #[serde(skip)]
    kept: Kept,
}

impl BlockActions {
    /// The action of `field`'s element, if it is one of `actions`.
    pub fn action<T>(&self, field: &Field<T>) -> Option<&BlockAction> {
        self.actions.iter().find(|action| field.matches(action))
    }

    /// The state of the surface: the view's, or the message's.
    pub fn state(&self) -> Option<&ViewState> {
        self.view
            .as_ref()
            .map(|view| &view.state)
            .or(self.state.as_ref())
    }
}

/// A `view_submission` payload: the user submitted a modal. Read what was entered from
/// `view.state` (see [`Field`] and [`form!`](crate::form!)) and answer within 3 seconds: an
/// empty body closes the modal, a [`ViewSubmissionResponse`](crate::ViewSubmissionResponse)
/// shows errors, updates, pushes or clears.
///
/// ```
/// use blockkit::interaction::{Field, ViewSubmission};
///
/// const NAME: Field<String> = Field::new("name", "name_input");
/// let submission: ViewSubmission = blockkit::from_str(r#"{
///     "type": "view_submission",
///     "user": {"id": "U0123456789"},
///     "view": {
///         "id": "V0123456789", "type": "modal", "callback_id": "rename",
///         "title": {"type": "plain_text", "text": "Rename"},
///         "state": {"values": {"name": {"name_input": {"type": "plain_text_input", "value": "Ops"}}}}
///     }
/// }"#)?;
/// assert_eq!(submission.view.callback_id(), Some("rename"));
/// assert_eq!(submission.read(&NAME)?, "Ops");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct ViewSubmission {
    #[serde(rename = "type")]
    kind: tags::ViewSubmission,
    /// The user who submitted.
    pub user: User,
    /// The workspace (`null` for some org-wide installations).
    pub team: Option<Team>,
    /// The Enterprise Grid organization.
    pub enterprise: Option<Enterprise>,
    /// Whether the app is installed org-wide.
    pub is_enterprise_install: Option<bool>,
    /// The submitted view, with its `state`.
    pub view: InteractionView,
    /// One `response_url` per `conversations_select`/`channels_select` with
    /// `response_url_enabled`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub response_urls: Vec<ResponseUrl>,
    /// Opens a modal, for 3 seconds.
    pub trigger_id: Option<String>,
    /// Your app's ID.
    pub api_app_id: Option<String>,
    /// The deprecated verification token: verify the request's signature instead.
    pub token: Option<String>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
    #[serde(skip)]
    kept: Kept,
}

impl ViewSubmission {
    /// The submitted values.
    pub fn state(&self) -> &ViewState {
        &self.view.state
    }

    /// Reads one field from the submitted values.
    ///
    /// # Errors
    ///
    /// A [`FormError`] when the field cannot be read (see [`Field::read`]).
    pub fn read<T: FieldType>(&self, field: &Field<T>) -> Result<T, FormError> {
        field.read(&self.view.state)
    }
}

/// A `view_closed` payload: the user closed a modal opened with `notify_on_close: true`.
///
/// ```
/// use blockkit::interaction::ViewClosed;
///
/// let closed: ViewClosed = blockkit::from_str(r#"{
///     "type": "view_closed",
///     "user": {"id": "U0123456789"},
///     "view": {"id": "V0123456789", "type": "modal", "title": {"type": "plain_text", "text": "Survey"}},
///     "is_cleared": false
/// }"#)?;
/// assert_eq!(closed.is_cleared, Some(false));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct ViewClosed {
    #[serde(rename = "type")]
    kind: tags::ViewClosed,
    /// The user who closed it.
    pub user: User,
    /// The workspace (`null` for some org-wide installations).
    pub team: Option<Team>,
    /// The Enterprise Grid organization.
    pub enterprise: Option<Enterprise>,
    /// Whether the app is installed org-wide.
    pub is_enterprise_install: Option<bool>,
    /// The closed view, with what was entered so far.
    pub view: InteractionView,
    /// Whether the whole view stack was closed (`true`), not just this view.
    pub is_cleared: Option<bool>,
    /// Your app's ID.
    pub api_app_id: Option<String>,
    /// The deprecated verification token: verify the request's signature instead.
    pub token: Option<String>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
    #[serde(skip)]
    kept: Kept,
}

/// A `shortcut` payload: the user ran a global shortcut of your app. It has no channel; open a
/// modal with its `trigger_id`.
///
/// ```
/// use blockkit::interaction::Shortcut;
///
/// let shortcut: Shortcut = blockkit::from_str(r#"{
///     "type": "shortcut", "callback_id": "new_ticket", "trigger_id": "1.2.abc",
///     "user": {"id": "U0123456789", "username": "ada", "team_id": "T1"},
///     "team": {"id": "T1", "domain": "acme"}, "action_ts": "1718030400.1"
/// }"#)?;
/// assert_eq!(shortcut.callback_id, "new_ticket");
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct Shortcut {
    #[serde(rename = "type")]
    kind: tags::Shortcut,
    /// The shortcut's `callback_id`, as configured for the app.
    pub callback_id: String,
    /// Opens a modal, for 3 seconds.
    pub trigger_id: String,
    /// The user who ran it.
    pub user: User,
    /// The workspace (`null` for some org-wide installations).
    pub team: Option<Team>,
    /// The Enterprise Grid organization.
    pub enterprise: Option<Enterprise>,
    /// Whether the app is installed org-wide.
    pub is_enterprise_install: Option<bool>,
    /// When it was run.
    pub action_ts: Option<String>,
    /// The deprecated verification token: verify the request's signature instead.
    pub token: Option<String>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
    #[serde(skip)]
    kept: Kept,
}

/// A `message_action` payload: the user ran a message shortcut of your app on a message.
///
/// ```
/// use blockkit::interaction::MessageAction;
///
/// let action: MessageAction = blockkit::from_str(r#"{
///     "type": "message_action", "callback_id": "quote", "trigger_id": "1.2.abc",
///     "user": {"id": "U0123456789", "name": "ada"},
///     "channel": {"id": "C1", "name": "ops"},
///     "message_ts": "1718030400.000200",
///     "message": {"type": "message", "user": "U2", "ts": "1718030400.000200", "text": "Ship it"},
///     "response_url": "https://hooks.slack.com/app/T1/1/abc"
/// }"#)?;
/// assert_eq!(action.message.as_ref().and_then(|m| m.text.as_deref()), Some("Ship it"));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct MessageAction {
    #[serde(rename = "type")]
    kind: tags::MessageAction,
    /// The shortcut's `callback_id`, as configured for the app.
    pub callback_id: String,
    /// Opens a modal, for 3 seconds.
    pub trigger_id: String,
    /// The user who ran it.
    pub user: User,
    /// The conversation of the message.
    pub channel: Option<Channel>,
    /// The message it was run on (its `ts`, `user`, ... are in its `extra`).
    pub message: Option<Message>,
    /// The `ts` of the message.
    pub message_ts: Option<String>,
    /// Where to post replies in the conversation (30 minutes, at most 5 posts).
    pub response_url: Option<String>,
    /// The workspace (`null` for some org-wide installations).
    pub team: Option<Team>,
    /// The Enterprise Grid organization.
    pub enterprise: Option<Enterprise>,
    /// Whether the app is installed org-wide.
    pub is_enterprise_install: Option<bool>,
    /// When it was run.
    pub action_ts: Option<String>,
    /// The deprecated verification token: verify the request's signature instead.
    pub token: Option<String>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
    #[serde(skip)]
    kept: Kept,
}

keep_nulls!(
    BlockActions,
    ViewSubmission,
    ViewClosed,
    Shortcut,
    MessageAction
);
