//! The objects shared by the interaction payloads: who, where, and the action itself.

use serde::{Deserialize, Serialize};

use super::StateValue;
use crate::serde_util::Extra;

/// The user who interacted (`user` of every interaction payload).
///
/// Which names come depends on the payload: `username` and `name` (both the handle),
/// `team_id` (the user's workspace).
///
/// ```
/// use blockkit::interaction::User;
///
/// let user: User = blockkit::from_str(r#"{"id": "U0123456789", "username": "ada", "team_id": "T1"}"#)?;
/// assert_eq!(user.id, "U0123456789");
/// assert_eq!(user.username.as_deref(), Some("ada"));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct User {
    /// The user's ID (`U…` or `W…`).
    pub id: String,
    /// The user's handle.
    pub username: Option<String>,
    /// The user's handle (older name of `username`).
    pub name: Option<String>,
    /// The user's workspace.
    pub team_id: Option<String>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The workspace the interaction happened in (`team`). It is `null` for some org-wide
/// installations.
///
/// ```
/// use blockkit::interaction::Team;
///
/// let team: Team = blockkit::from_str(r#"{"id": "T0123456789", "domain": "acme"}"#)?;
/// assert_eq!(team.domain.as_deref(), Some("acme"));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Team {
    /// The workspace ID (`T…`).
    pub id: String,
    /// The workspace's subdomain.
    pub domain: Option<String>,
    /// The Enterprise Grid organization, for workspaces in one.
    pub enterprise_id: Option<String>,
    /// The organization's name.
    pub enterprise_name: Option<String>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The Enterprise Grid organization (`enterprise`); Slack sends `null` outside one.
///
/// ```
/// use blockkit::interaction::Enterprise;
///
/// let org: Enterprise = blockkit::from_str(r#"{"id": "E0123456789", "name": "Acme"}"#)?;
/// assert_eq!(org.name.as_deref(), Some("Acme"));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Enterprise {
    /// The organization's ID (`E…`).
    pub id: String,
    /// The organization's name.
    pub name: Option<String>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The conversation an interaction happened in (`channel`); absent for views.
///
/// ```
/// use blockkit::interaction::Channel;
///
/// let channel: Channel = blockkit::from_str(r#"{"id": "C0123456789", "name": "general"}"#)?;
/// assert_eq!(channel.id, "C0123456789");
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Channel {
    /// The conversation ID (`C…`, `D…`, `G…`).
    pub id: String,
    /// The channel's name (`directmessage` for DMs, `privategroup` for some private ones).
    pub name: Option<String>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

string_enum! {
    /// Where the element of a `block_actions` payload was (`container.type`).
    ContainerKind {
        /// `message`: a message's blocks.
        Message = "message",
        /// `view`: a modal or a Home tab.
        View = "view",
        /// `message_attachment`: a legacy attachment's blocks.
        MessageAttachment = "message_attachment",
    }
}

/// Where the element of a `block_actions` payload was (`container`): a message (with its
/// `message_ts` and `channel_id`) or a view (with its `view_id`).
///
/// ```
/// use blockkit::interaction::{Container, ContainerKind};
///
/// let container: Container = blockkit::from_str(
///     r#"{"type": "message", "message_ts": "1718030400.000200", "channel_id": "C1", "is_ephemeral": false}"#,
/// )?;
/// assert_eq!(container.kind, ContainerKind::Message);
/// assert_eq!(container.message_ts.as_deref(), Some("1718030400.000200"));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Container {
    /// What holds the element: `message`, `view` or `message_attachment` (`"type"`).
    #[serde(rename = "type")]
    pub kind: ContainerKind,
    /// The message's `ts` (messages).
    pub message_ts: Option<String>,
    /// The message's conversation (messages).
    pub channel_id: Option<String>,
    /// Whether the message is ephemeral (messages).
    pub is_ephemeral: Option<bool>,
    /// The view's ID (views).
    pub view_id: Option<String>,
    /// The attachment's index, from 1 (legacy attachments).
    pub attachment_id: Option<u32>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One element a `block_actions` payload reports (an item of `actions`): where it was, when,
/// and its value, typed by the element's `type`.
///
/// ```
/// use blockkit::interaction::{BlockAction, StateValue};
///
/// let action: BlockAction = blockkit::from_str(
///     r#"{"action_id": "approve", "block_id": "request", "type": "button", "value": "42",
///         "text": {"type": "plain_text", "text": "Approve"}, "action_ts": "1718030400.1"}"#,
/// )?;
/// assert_eq!(action.action_id, "approve");
/// assert!(matches!(action.value, StateValue::Button(_)));
/// assert_eq!(action.value.value(), Some("42"));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BlockAction {
    /// The element's `action_id`.
    pub action_id: String,
    /// The `block_id` of the block holding the element (Slack generates one when the block had
    /// none).
    pub block_id: String,
    /// When the action happened.
    pub action_ts: Option<String>,
    /// The element's `type` and value (its other fields, such as `placeholder` or the button's
    /// `style`, are kept in the value's `extra` when not modelled).
    #[serde(flatten)]
    pub value: StateValue,
}

impl BlockAction {
    /// Whether this action is `action_id` of block `block_id`: match it against the ids the
    /// element was built with.
    ///
    /// ```
    /// use blockkit::interaction::{BlockAction, Field};
    ///
    /// const APPROVE: Field<String> = Field::new("request", "approve");
    /// let action: BlockAction = blockkit::from_str(
    ///     r#"{"action_id": "approve", "block_id": "request", "type": "button", "value": "42"}"#,
    /// )?;
    /// assert!(action.is(APPROVE.block_id, APPROVE.action_id));
    /// assert!(APPROVE.matches(&action));
    /// # Ok::<(), blockkit::ParseError>(())
    /// ```
    pub fn is(&self, block_id: &str, action_id: &str) -> bool {
        self.block_id == block_id && self.action_id == action_id
    }
}

/// A `response_url` of a `view_submission` (an item of `response_urls`), sent for each
/// `conversations_select`/`channels_select` with `response_url_enabled`: post a message there to
/// answer in the conversation the user chose.
///
/// ```
/// use blockkit::interaction::ResponseUrl;
///
/// let url: ResponseUrl = blockkit::from_str(
///     r#"{"block_id": "where", "action_id": "channel", "channel_id": "C1",
///         "response_url": "https://hooks.slack.com/app/T1/1/abc"}"#,
/// )?;
/// assert_eq!(url.channel_id, "C1");
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResponseUrl {
    /// The select's block.
    pub block_id: String,
    /// The select's `action_id`.
    pub action_id: String,
    /// The conversation the user chose.
    pub channel_id: String,
    /// The URL to post to (valid for 30 minutes, at most 5 posts).
    pub response_url: String,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}
