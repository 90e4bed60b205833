//! `chat.postMessage` and `chat.postEphemeral` (spec §8.1, §8.2).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::checks::Checks;
use super::{ParseMode, WebApiMethod, message_wire, take_message};
use crate::validate::{Code, Report, Validate, Validated, ValidationOptions};
use crate::{Message, Str};

/// The body of `chat.postMessage` (spec §8.1, scope `chat:write`): a [`Validated`] message and
/// the channel to post it in.
///
/// The message's fields (`text`, `blocks`, `attachments`, `markdown_text`, `thread_ts`,
/// `reply_broadcast`, `unfurl_links`, `unfurl_media`, `mrkdwn`, `metadata`) are flattened into the
/// body; reply in a thread with [`Message::thread_ts`] (and [`Message::reply_broadcast`] to show
/// the reply in the channel too). `markdown_text` (at most 12,000 characters, never with `text` or
/// `blocks`) is kept in the message's `extra`.
///
/// ```
/// use blockkit::{Message, PostMessage, SectionBlock, Text};
/// use serde_json::json;
///
/// let message = Message::new()
///     .text("Build 42 passed")
///     .block(SectionBlock::new().text(Text::mrkdwn("*Build 42* passed")))
///     .thread_ts("1718030400.000200")
///     .reply_broadcast(true)
///     .build()?;
/// let body = PostMessage::new("C0123456789", message)
///     .username("CI")
///     .icon_emoji(":white_check_mark:");
/// assert_eq!(
///     serde_json::to_value(&body)?,
///     json!({
///         "channel": "C0123456789",
///         "text": "Build 42 passed",
///         "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*Build 42* passed"}}],
///         "thread_ts": "1718030400.000200",
///         "reply_broadcast": true,
///         "icon_emoji": ":white_check_mark:",
///         "username": "CI"
///     })
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(from = "PostMessageWire")]
#[schemars(!from, transform = crate::schema::message_fields(POST_MESSAGE_TAKES))]
#[non_exhaustive]
pub struct PostMessage {
    /// The conversation: an ID (`C…`, `D…`, `G…`) or a channel name.
    pub channel: Str,
    #[serde(flatten)]
    message: Message,
    /// How Slack treats links and names in `text`. Defaults to `none`.
    pub parse: Option<ParseMode>,
    /// Whether to link channel names and user groups in `text`.
    pub link_names: Option<bool>,
    /// An emoji (`:robot_face:`) shown as the bot's icon; overrides `icon_url`.
    pub icon_emoji: Option<Str>,
    /// An image URL shown as the bot's icon.
    pub icon_url: Option<Str>,
    /// The bot's display name for this message.
    pub username: Option<Str>,
    /// Legacy: post as the authed user (classic apps only).
    pub as_user: Option<bool>,
    /// Draft synchronisation: the `ts` of the last draft update seen.
    pub current_draft_last_updated_ts: Option<Str>,
}

message_wire!(PostMessage via PostMessageWire {
    channel: Str,
    parse: Option<ParseMode>,
    link_names: Option<bool>,
    icon_emoji: Option<Str>,
    icon_url: Option<Str>,
    username: Option<Str>,
    as_user: Option<bool>,
    current_draft_last_updated_ts: Option<Str>,
});

/// The arguments of `chat.postMessage` that are not message fields.
const POST_MESSAGE_ARGS: &[&str] = &[
    "channel",
    "parse",
    "link_names",
    "icon_emoji",
    "icon_url",
    "username",
    "as_user",
    "current_draft_last_updated_ts",
];

/// The message fields `chat.postMessage` takes: all of them.
const POST_MESSAGE_TAKES: &[&str] = &[
    "text",
    "blocks",
    "attachments",
    "markdown_text",
    "thread_ts",
    "mrkdwn",
    "reply_broadcast",
    "unfurl_links",
    "unfurl_media",
    "metadata",
];

impl PostMessage {
    /// A `chat.postMessage` body posting `message` in `channel`. An argument of this method left
    /// in the message's `extra` (a `channel`, a `username`, ...) is dropped: set it on the body.
    pub fn new(channel: impl Into<Str>, message: Validated<Message>) -> Self {
        Self {
            channel: channel.into(),
            message: take_message(message, POST_MESSAGE_ARGS),
            parse: None,
            link_names: None,
            icon_emoji: None,
            icon_url: None,
            username: None,
            as_user: None,
            current_draft_last_updated_ts: None,
        }
    }

    /// The message sent.
    pub fn message(&self) -> &Message {
        &self.message
    }

    /// The message, to edit it (validate it again before sending).
    pub fn into_message(self) -> Message {
        self.message
    }

    /// Sets `unfurl_links` on the message: whether text links are unfurled.
    #[must_use = "a setter returns the updated value"]
    pub fn unfurl_links(mut self, unfurl: bool) -> Self {
        self.message.unfurl_links = Some(unfurl);
        self
    }

    /// Sets `unfurl_media` on the message: `false` disables media unfurls.
    #[must_use = "a setter returns the updated value"]
    pub fn unfurl_media(mut self, unfurl: bool) -> Self {
        self.message.unfurl_media = Some(unfurl);
        self
    }
}

setters!(PostMessage {
    /// How Slack treats links and names in `text`.
    parse: ParseMode,
    /// Whether to link channel names and user groups.
    link_names: bool,
    /// An emoji shown as the bot's icon; overrides `icon_url`.
    icon_emoji: into Str,
    /// An image URL shown as the bot's icon.
    icon_url: into Str,
    /// The bot's display name for this message.
    username: into Str,
    /// Legacy: post as the authed user.
    as_user: bool,
    /// Draft synchronisation.
    current_draft_last_updated_ts: into Str,
});

impl WebApiMethod for PostMessage {
    const METHOD: &'static str = "chat.postMessage";
}

impl Validate for PostMessage {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        let mut checks = Checks::new(Self::METHOD, options);
        checks.required("channel", &self.channel);
        checks.message(&self.message, POST_MESSAGE_TAKES);
        checks.finish()
    }
}

/// The body of `chat.postEphemeral` (spec §8.2, scope `chat:write`): a [`Validated`] message
/// shown only to `user`, who must be in `channel`.
///
/// It takes the message's `text`, `blocks`, `attachments`, `markdown_text`, `thread_ts` (shown
/// only when the thread is already active) and `metadata` — **only** Work Object `entities`:
/// ephemeral messages are not stored, so event metadata is ignored. It takes no `mrkdwn`,
/// `reply_broadcast`, `unfurl_links` or `unfurl_media`: validation warns when the message sets
/// them.
///
/// ```
/// use blockkit::{Message, PostEphemeral};
/// use serde_json::json;
///
/// let message = Message::new().text("Only you can see this").build()?;
/// let body = PostEphemeral::new("C0123456789", "U0123456789", message);
/// assert_eq!(
///     serde_json::to_value(&body)?,
///     json!({"channel": "C0123456789", "user": "U0123456789", "text": "Only you can see this"})
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(from = "PostEphemeralWire")]
#[schemars(!from, transform = crate::schema::message_fields(POST_EPHEMERAL_TAKES))]
#[non_exhaustive]
pub struct PostEphemeral {
    /// The conversation: an ID or a channel name.
    pub channel: Str,
    /// The user who sees the message; they must be a member of `channel`.
    pub user: Str,
    #[serde(flatten)]
    message: Message,
    /// An emoji shown as the bot's icon; overrides `icon_url`.
    pub icon_emoji: Option<Str>,
    /// An image URL shown as the bot's icon.
    pub icon_url: Option<Str>,
    /// The bot's display name for this message.
    pub username: Option<Str>,
    /// Whether to link channel names and user groups in `text`.
    pub link_names: Option<bool>,
    /// How Slack treats links and names in `text`. Defaults to `none`.
    pub parse: Option<ParseMode>,
    /// Legacy: post as the authed user (classic apps only).
    pub as_user: Option<bool>,
}

message_wire!(PostEphemeral via PostEphemeralWire {
    channel: Str,
    user: Str,
    icon_emoji: Option<Str>,
    icon_url: Option<Str>,
    username: Option<Str>,
    link_names: Option<bool>,
    parse: Option<ParseMode>,
    as_user: Option<bool>,
});

const POST_EPHEMERAL_ARGS: &[&str] = &[
    "channel",
    "user",
    "icon_emoji",
    "icon_url",
    "username",
    "link_names",
    "parse",
    "as_user",
];

const POST_EPHEMERAL_TAKES: &[&str] = &[
    "text",
    "blocks",
    "attachments",
    "markdown_text",
    "thread_ts",
    "metadata",
];

impl PostEphemeral {
    /// A `chat.postEphemeral` body showing `message` to `user` in `channel`. An argument of this
    /// method left in the message's `extra` is dropped: set it on the body.
    pub fn new(channel: impl Into<Str>, user: impl Into<Str>, message: Validated<Message>) -> Self {
        Self {
            channel: channel.into(),
            user: user.into(),
            message: take_message(message, POST_EPHEMERAL_ARGS),
            icon_emoji: None,
            icon_url: None,
            username: None,
            link_names: None,
            parse: None,
            as_user: None,
        }
    }

    /// The message sent.
    pub fn message(&self) -> &Message {
        &self.message
    }

    /// The message, to edit it (validate it again before sending).
    pub fn into_message(self) -> Message {
        self.message
    }
}

setters!(PostEphemeral {
    /// An emoji shown as the bot's icon; overrides `icon_url`.
    icon_emoji: into Str,
    /// An image URL shown as the bot's icon.
    icon_url: into Str,
    /// The bot's display name for this message.
    username: into Str,
    /// Whether to link channel names and user groups.
    link_names: bool,
    /// How Slack treats links and names in `text`.
    parse: ParseMode,
    /// Legacy: post as the authed user.
    as_user: bool,
});

impl WebApiMethod for PostEphemeral {
    const METHOD: &'static str = "chat.postEphemeral";
}

impl Validate for PostEphemeral {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        let mut checks = Checks::new(Self::METHOD, options);
        checks.required("channel", &self.channel);
        checks.required("user", &self.user);
        if let Some(metadata) = &self.message.metadata {
            for (field, set) in [
                ("event_type", metadata.event_type.is_some()),
                ("event_payload", metadata.event_payload.is_some()),
            ] {
                if set {
                    checks.warn(
                        &format!("/metadata/{field}"),
                        Code::NotAllowedHere,
                        format!(
                            "chat.postEphemeral takes only Work Object `entities` as metadata; `{field}` is ignored (ephemeral messages are not stored)"
                        ),
                    );
                }
            }
        }
        checks.message(&self.message, POST_EPHEMERAL_TAKES);
        checks.finish()
    }
}
