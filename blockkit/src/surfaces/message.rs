//! The message payload (spec §7.1) and its metadata.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::serde_util::Extra;
use crate::{Attachment, Block, Str};

/// A message: the body shared by `chat.postMessage`, `chat.update`, `response_url` posts and
/// incoming webhooks (spec §7.1).
///
/// Request-specific fields (`channel`, `ts`, `user`, `response_type`, `replace_original`,
/// `delete_original`, `username`, `icon_emoji`, ...) are not modelled here: they are kept in
/// [`Message::extra`] when parsed, and can be added there when building.
///
/// Limits: at most 50 `blocks` and 100 `attachments`; `text` is truncated by Slack above 40,000
/// characters. A message needs at least one of `text`, `blocks` or `attachments`; when it has
/// blocks, `text` is the fallback shown in notifications and read by screen readers, so set it
/// anyway.
///
/// ```
/// use blockkit::{HeaderBlock, Message, MrkdwnText, SectionBlock};
/// use serde_json::json;
///
/// let service = "billing-api"; // from your data: escaped below
/// let mut message = Message::new()
///     .text(format!("Deploy of {service} finished"))
///     .block(HeaderBlock::new("Deploy finished :rocket:"))
///     .block(SectionBlock::new().text(MrkdwnText::escaped(format!("{service} v2.4.1 is live"))))
///     .thread_ts("1718030400.000200")
///     .unfurl_links(false);
/// message.extra.insert("channel", "C0123456789");
///
/// assert_eq!(
///     serde_json::to_value(&message).unwrap(),
///     json!({
///         "text": "Deploy of billing-api finished",
///         "blocks": [
///             {"type": "header", "text": {"type": "plain_text", "text": "Deploy finished :rocket:"}},
///             {"type": "section", "text": {"type": "mrkdwn", "text": "billing-api v2.4.1 is live"}}
///         ],
///         "thread_ts": "1718030400.000200",
///         "unfurl_links": false,
///         "channel": "C0123456789"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Message {
    /// The message text: mrkdwn unless `mrkdwn` is `false`. With `blocks` it is the fallback for
    /// notifications and screen readers; without them, the body. Truncated above 40,000
    /// characters.
    pub text: Option<Str>,
    /// The blocks: at most 50.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<Block>,
    /// Legacy secondary attachments: at most 100.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// The `ts` of the parent message, to reply in its thread (never the `ts` of a reply).
    pub thread_ts: Option<Str>,
    /// Whether the top-level `text` is parsed as mrkdwn. Defaults to `true`.
    pub mrkdwn: Option<bool>,
    /// With `thread_ts`: also show the reply in the channel. Defaults to `false`.
    pub reply_broadcast: Option<bool>,
    /// Whether text links are unfurled.
    pub unfurl_links: Option<bool>,
    /// Whether media links are unfurled; `false` disables media unfurls.
    pub unfurl_media: Option<bool>,
    /// Event metadata, or Work Object entities.
    pub metadata: Option<MessageMetadata>,
    /// Fields this version does not model (`channel`, `response_type`, `replace_original`, ...),
    /// kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Message {
    /// An empty message; add `text`, blocks or attachments.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(Message {
    /// The text: the fallback for notifications and screen readers when there are blocks, the
    /// body otherwise. It is mrkdwn unless `mrkdwn(false)`: escape user input with
    /// [`escape`](crate::escape).
    text: into Str,
    /// A block (at most 50 per message).
    blocks: vec block Block,
    /// A legacy attachment (at most 100 per message).
    attachments: vec attachment Attachment,
    /// The `ts` of the parent message, to reply in its thread.
    thread_ts: into Str,
    /// Whether the top-level `text` is parsed as mrkdwn. Defaults to `true`.
    mrkdwn: bool,
    /// With `thread_ts`: also show the reply in the channel. Defaults to `false`.
    reply_broadcast: bool,
    /// Whether text links are unfurled.
    unfurl_links: bool,
    /// Whether media links are unfurled.
    unfurl_media: bool,
    /// Event metadata or Work Object entities.
    metadata: into MessageMetadata,
});

/// A message's `metadata`: an app event (`event_type` + `event_payload`) or Work Object entities
/// (`entities`).
///
/// ```
/// use blockkit::MessageMetadata;
/// use serde_json::json;
///
/// let metadata = MessageMetadata::event("deploy_finished", json!({"service": "billing-api"}));
/// assert_eq!(
///     serde_json::to_value(&metadata).unwrap(),
///     json!({"event_type": "deploy_finished", "event_payload": {"service": "billing-api"}})
/// );
///
/// let entities = MessageMetadata::new().entity(json!({
///     "entity_type": "slack#/entities/task",
///     "external_ref": {"id": "T-42"},
///     "url": "https://tracker.example.com/T-42",
///     "entity_payload": {}
/// }));
/// assert_eq!(entities.entities.as_ref().map(Vec::len), Some(1));
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MessageMetadata {
    /// The event's name, e.g. `task_created`.
    pub event_type: Option<Str>,
    /// The event's data: a JSON object.
    pub event_payload: Option<Value>,
    /// Work Object entities, each with `entity_type`, `entity_payload`, `external_ref` and `url`.
    pub entities: Option<Vec<Value>>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MessageMetadata {
    /// Empty metadata. Note that `{}` given to `chat.update` removes the message's metadata.
    pub fn new() -> Self {
        Self::default()
    }

    /// Event metadata: the event's name and its payload (a JSON object).
    pub fn event(event_type: impl Into<Str>, event_payload: impl Into<Value>) -> Self {
        Self {
            event_type: Some(event_type.into()),
            event_payload: Some(event_payload.into()),
            ..Self::default()
        }
    }

    /// Appends a Work Object entity to `entities`.
    #[must_use = "a setter returns the updated value"]
    pub fn entity(mut self, entity: impl Into<Value>) -> Self {
        self.entities
            .get_or_insert_with(Vec::new)
            .push(entity.into());
        self
    }
}

setters!(MessageMetadata {
    /// The event's name.
    event_type: into Str,
    /// The event's data: a JSON object.
    event_payload: into Value,
});
