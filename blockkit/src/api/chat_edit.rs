//! `chat.update`, `chat.scheduleMessage` and `chat.delete` (spec §8.3, §8.4).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::checks::Checks;
use super::{ParseMode, WebApiMethod, message_wire, take_message};
use crate::validate::{Code, Report, Validate, Validated, ValidationOptions};
use crate::{Extra, Message, Str};

/// The body of `chat.update` (spec §8.3, scope `chat:write`): replaces the message `ts` in
/// `channel` with a [`Validated`] message.
///
/// It takes the message's `text`, `blocks`, `attachments`, `markdown_text`, `reply_broadcast` and
/// `metadata` (absent: the previous metadata is kept; `{}`: it is removed), not `thread_ts`,
/// `mrkdwn`, `unfurl_links` or `unfurl_media` (validation warns). For a DM, `channel` is the
/// `D…` conversation ID, not a user ID. Ephemeral messages cannot be updated this way: use their
/// `response_url` ([`ResponseUrlMessage`](crate::ResponseUrlMessage)).
///
/// ```
/// use blockkit::{Message, UpdateMessage};
/// use serde_json::json;
///
/// let message = Message::new().text("Approved :white_check_mark:").build()?;
/// let body = UpdateMessage::new("C0123456789", "1718030400.000200", message).file_ids(["F0123"]);
/// assert_eq!(
///     serde_json::to_value(&body)?,
///     json!({
///         "channel": "C0123456789",
///         "ts": "1718030400.000200",
///         "text": "Approved :white_check_mark:",
///         "file_ids": ["F0123"]
///     })
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(from = "UpdateMessageWire")]
#[schemars(!from, transform = crate::schema::message_fields(UPDATE_TAKES))]
#[non_exhaustive]
pub struct UpdateMessage {
    /// The conversation of the message (for a DM, the `D…` conversation ID).
    pub channel: Str,
    /// The `ts` of the message to update.
    pub ts: Str,
    #[serde(flatten)]
    message: Message,
    /// Whether to link channel names and user groups in `text`. Absent: reset to `none`.
    pub link_names: Option<bool>,
    /// How Slack treats links and names in `text`. Defaults to `client`.
    pub parse: Option<ParseMode>,
    /// Files to attach to the message, by ID.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    pub file_ids: Vec<Str>,
    /// Legacy: update as the authed user (classic apps only).
    pub as_user: Option<bool>,
}

message_wire!(UpdateMessage via UpdateMessageWire {
    channel: Str,
    ts: Str,
    link_names: Option<bool>,
    parse: Option<ParseMode>,
    #[serde(default)]
    file_ids: Vec<Str>,
    as_user: Option<bool>,
});

const UPDATE_ARGS: &[&str] = &[
    "channel",
    "ts",
    "link_names",
    "parse",
    "file_ids",
    "as_user",
];

const UPDATE_TAKES: &[&str] = &[
    "text",
    "blocks",
    "attachments",
    "markdown_text",
    "reply_broadcast",
    "metadata",
];

impl UpdateMessage {
    /// A `chat.update` body replacing the message `ts` of `channel` with `message`. An argument of
    /// this method left in the message's `extra` is dropped: set it on the body.
    pub fn new(channel: impl Into<Str>, ts: impl Into<Str>, message: Validated<Message>) -> Self {
        Self {
            channel: channel.into(),
            ts: ts.into(),
            message: take_message(message, UPDATE_ARGS),
            link_names: None,
            parse: None,
            file_ids: Vec::new(),
            as_user: None,
        }
    }

    /// The new message.
    pub fn message(&self) -> &Message {
        &self.message
    }

    /// The message, to edit it (validate it again before sending).
    pub fn into_message(self) -> Message {
        self.message
    }
}

setters!(UpdateMessage {
    /// Whether to link channel names and user groups.
    link_names: bool,
    /// How Slack treats links and names in `text`.
    parse: ParseMode,
    /// A file to attach, by ID.
    file_ids: vec file_id Str,
    /// Legacy: update as the authed user.
    as_user: bool,
});

impl WebApiMethod for UpdateMessage {
    const METHOD: &'static str = "chat.update";
}

impl Validate for UpdateMessage {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        let mut checks = Checks::new(Self::METHOD, options);
        checks.required("channel", &self.channel);
        checks.required("ts", &self.ts);
        checks.message(&self.message, UPDATE_TAKES);
        checks.finish()
    }
}

/// The body of `chat.scheduleMessage` (spec §8.4, scope `chat:write`): posts a [`Validated`]
/// message in `channel` at `post_at` (UNIX seconds, in the future — Slack answers `time_in_past`
/// or `time_too_far` otherwise).
///
/// It takes every message field but `mrkdwn` (validation warns).
///
/// ```
/// use blockkit::{Message, ScheduleMessage};
/// use serde_json::json;
///
/// let message = Message::new().text("Stand-up in 5 minutes").build()?;
/// let body = ScheduleMessage::new("C0123456789", 1_893_456_000, message);
/// assert_eq!(
///     serde_json::to_value(&body)?,
///     json!({"channel": "C0123456789", "post_at": 1_893_456_000, "text": "Stand-up in 5 minutes"})
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(from = "ScheduleMessageWire")]
#[schemars(!from, transform = crate::schema::message_fields(SCHEDULE_TAKES))]
#[non_exhaustive]
pub struct ScheduleMessage {
    /// The conversation: an ID or a channel name.
    pub channel: Str,
    /// When to post: UNIX seconds, in the future (at most 120 days ahead).
    #[schemars(range(min = 1))]
    pub post_at: i64,
    #[serde(flatten)]
    message: Message,
    /// Whether to link channel names and user groups in `text`.
    pub link_names: Option<bool>,
    /// How Slack treats links and names in `text`. Defaults to `none`.
    pub parse: Option<ParseMode>,
    /// Legacy: post as the authed user (classic apps only).
    pub as_user: Option<bool>,
}

message_wire!(ScheduleMessage via ScheduleMessageWire {
    channel: Str,
    post_at: i64,
    link_names: Option<bool>,
    parse: Option<ParseMode>,
    as_user: Option<bool>,
});

const SCHEDULE_ARGS: &[&str] = &["channel", "post_at", "link_names", "parse", "as_user"];

const SCHEDULE_TAKES: &[&str] = &[
    "text",
    "blocks",
    "attachments",
    "markdown_text",
    "thread_ts",
    "reply_broadcast",
    "unfurl_links",
    "unfurl_media",
    "metadata",
];

impl ScheduleMessage {
    /// A `chat.scheduleMessage` body posting `message` in `channel` at `post_at` (UNIX
    /// seconds). An argument of this method left in the message's `extra` is dropped.
    pub fn new(channel: impl Into<Str>, post_at: i64, message: Validated<Message>) -> Self {
        Self {
            channel: channel.into(),
            post_at,
            message: take_message(message, SCHEDULE_ARGS),
            link_names: None,
            parse: None,
            as_user: None,
        }
    }

    /// The message to post.
    pub fn message(&self) -> &Message {
        &self.message
    }

    /// The message, to edit it (validate it again before sending).
    pub fn into_message(self) -> Message {
        self.message
    }
}

setters!(ScheduleMessage {
    /// Whether to link channel names and user groups.
    link_names: bool,
    /// How Slack treats links and names in `text`.
    parse: ParseMode,
    /// Legacy: post as the authed user.
    as_user: bool,
});

impl WebApiMethod for ScheduleMessage {
    const METHOD: &'static str = "chat.scheduleMessage";
}

impl Validate for ScheduleMessage {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        let mut checks = Checks::new(Self::METHOD, options);
        checks.required("channel", &self.channel);
        if self.post_at <= 0 {
            checks.error(
                "/post_at",
                Code::OutOfRange,
                format!(
                    "post_at is {}; it must be a UNIX time in the future",
                    self.post_at
                ),
            );
        }
        checks.message(&self.message, SCHEDULE_TAKES);
        checks.finish()
    }
}

/// The body of `chat.delete` (scope `chat:write`): deletes the message `ts` of `channel`.
///
/// ```
/// use blockkit::DeleteMessage;
///
/// let body = DeleteMessage::new("C0123456789", "1718030400.000200");
/// assert_eq!(
///     serde_json::to_string(&body).unwrap(),
///     r#"{"channel":"C0123456789","ts":"1718030400.000200"}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DeleteMessage {
    /// The conversation of the message.
    pub channel: Str,
    /// The `ts` of the message to delete.
    pub ts: Str,
    /// Legacy: delete as the authed user (classic apps only).
    pub as_user: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DeleteMessage {
    /// A `chat.delete` body for the message `ts` of `channel`.
    pub fn new(channel: impl Into<Str>, ts: impl Into<Str>) -> Self {
        Self {
            channel: channel.into(),
            ts: ts.into(),
            as_user: None,
            extra: Extra::new(),
        }
    }
}

setters!(DeleteMessage {
    /// Legacy: delete as the authed user.
    as_user: bool,
});

impl WebApiMethod for DeleteMessage {
    const METHOD: &'static str = "chat.delete";
}

impl Validate for DeleteMessage {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        let mut checks = Checks::new(Self::METHOD, options);
        checks.required("channel", &self.channel);
        checks.required("ts", &self.ts);
        checks.finish()
    }
}
