//! Request bodies (spec §8): what you send to Slack, typed, validated, and serialized to exactly
//! the JSON each method takes. Bring your own HTTP client.
//!
//! * Web API methods ([`WebApiMethod`]): [`PostMessage`] (`chat.postMessage`), [`PostEphemeral`],
//!   [`UpdateMessage`], [`ScheduleMessage`], [`DeleteMessage`], [`OpenView`] (`views.open`),
//!   [`PushView`], [`UpdateView`], [`PublishView`].
//! * Replies that are not Web API calls: [`ResponseUrlMessage`] (posted to an interaction's
//!   `response_url`), [`WebhookMessage`] (incoming webhooks), [`SlashCommandResponse`] (the HTTP
//!   response to a slash command) and [`ViewSubmissionResponse`] (the HTTP response to a
//!   `view_submission`).
//!
//! Required arguments are constructor arguments, and arguments that exclude each other are one
//! enum ([`ViewTrigger`], [`ViewRef`]). The bodies that carry a message or a view take a
//! [`Validated`](crate::Validated) one, so the easy path cannot send an unchecked payload. A
//! message's fields are flattened into the body, as Slack expects:
//!
//! ```
//! use blockkit::{Message, PostMessage, WebApiMethod};
//! use serde_json::json;
//!
//! let message = Message::new().text("Deploy finished").build()?;
//! let body = PostMessage::new("C0123456789", message).unfurl_links(false);
//! assert_eq!(PostMessage::METHOD, "chat.postMessage");
//! assert_eq!(PostMessage::url(), "https://slack.com/api/chat.postMessage");
//! assert_eq!(
//!     serde_json::to_value(&body)?,
//!     json!({"channel": "C0123456789", "text": "Deploy finished", "unfurl_links": false})
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Every body also implements `Deserialize`, holding what the JSON says without judging it, and
//! [`Validate`](crate::Validate): the message's or view's rules (with pointers into the body:
//! `/blocks/0` in a `chat.*` body, `/view/blocks/0` in a `views.*` body) plus the rules of the
//! request (spec §9, rules 57–59): `markdown_text` never with `text` or `blocks`, exactly one of
//! `trigger_id` / `interactivity_pointer` and of `view_id` / `external_id`, the view type each
//! method takes, and a warning for each message field the method does not take (Slack ignores
//! it).

mod chat;
mod chat_edit;
mod checks;
mod responses;
mod view_submission;
mod views;

pub use chat::{PostEphemeral, PostMessage};
pub use chat_edit::{DeleteMessage, ScheduleMessage, UpdateMessage};
pub use responses::{ResponseType, ResponseUrlMessage, SlashCommandResponse, WebhookMessage};
pub use view_submission::{ResponseAction, ViewSubmissionResponse};
pub use views::{OpenView, PublishView, PushView, UpdateView, ViewRef, ViewTrigger};

/// The base address of Slack's Web API: a method's URL is this plus its name.
pub const SLACK_API: &str = "https://slack.com/api/";

/// A request body of a Slack Web API method. POST it as JSON (`Content-Type:
/// application/json; charset=utf-8`) to [`WebApiMethod::url`], with the token in an
/// `Authorization: Bearer …` header.
///
/// ```
/// use blockkit::{OpenView, WebApiMethod};
///
/// assert_eq!(OpenView::METHOD, "views.open");
/// assert_eq!(OpenView::url(), "https://slack.com/api/views.open");
/// ```
pub trait WebApiMethod: serde::Serialize {
    /// The method's name, such as `chat.postMessage`.
    const METHOD: &'static str;

    /// The method's URL: [`SLACK_API`] followed by [`WebApiMethod::METHOD`].
    fn url() -> String {
        format!("{SLACK_API}{}", Self::METHOD)
    }
}

string_enum! {
    /// How Slack treats the `text` of a `chat.*` call (`parse`): `none` (the default of
    /// `chat.postMessage`) or `full`. `chat.update` defaults to `client`; `chat.postEphemeral`
    /// also documents `""`, `mrkdwn` and `false`, kept as [`ParseMode::Unknown`].
    ///
    /// ```
    /// use blockkit::ParseMode;
    ///
    /// assert_eq!(ParseMode::Full.as_str(), "full");
    /// assert_eq!(ParseMode::from("client"), ParseMode::Unknown("client".to_owned()));
    /// ```
    ParseMode {
        /// `none`: links and mentions are sent as written.
        None = "none",
        /// `full`: Slack links channel names, user names and URLs it finds in the text.
        Full = "full",
    }
}

/// Message fields and the JSON name of each, with whether `message` sets it.
fn message_fields(message: &crate::Message) -> [(&'static str, bool); 10] {
    [
        ("text", message.text.is_some()),
        ("blocks", !message.blocks.is_empty()),
        ("attachments", !message.attachments.is_empty()),
        ("markdown_text", message.extra.contains_key("markdown_text")),
        ("thread_ts", message.thread_ts.is_some()),
        ("mrkdwn", message.mrkdwn.is_some()),
        ("reply_broadcast", message.reply_broadcast.is_some()),
        ("unfurl_links", message.unfurl_links.is_some()),
        ("unfurl_media", message.unfurl_media.is_some()),
        ("metadata", message.metadata.is_some()),
    ]
}

/// The message inside a `Validated` one, without the request arguments `keys` that a caller may
/// have left in its `extra`: the body's own fields are sent instead, never twice.
fn take_message(message: crate::Validated<crate::Message>, keys: &[&str]) -> crate::Message {
    let mut message = message.into_inner();
    for key in keys {
        message.extra.remove(key);
    }
    message
}

/// Declares the private type a message-carrying body is deserialized through: the body's own
/// fields and every message field side by side (no nested `flatten`, so that parse errors keep
/// their path, line and column), and the `From` impl that builds the body from it.
macro_rules! message_wire {
    ($body:ident via $wire:ident { $( $(#[$attr:meta])* $field:ident : $ty:ty, )* }) => {
        #[derive(::serde::Deserialize)]
        struct $wire {
            $( $(#[$attr])* $field: $ty, )*
            text: Option<crate::Str>,
            #[serde(default)]
            blocks: Vec<crate::Block>,
            #[serde(default)]
            attachments: Vec<crate::Attachment>,
            thread_ts: Option<crate::Str>,
            mrkdwn: Option<bool>,
            reply_broadcast: Option<bool>,
            unfurl_links: Option<bool>,
            unfurl_media: Option<bool>,
            metadata: Option<crate::MessageMetadata>,
            #[serde(flatten)]
            extra: crate::Extra,
        }

        impl From<$wire> for $body {
            fn from(wire: $wire) -> Self {
                let mut message = crate::Message::new();
                message.text = wire.text;
                message.blocks = wire.blocks;
                message.attachments = wire.attachments;
                message.thread_ts = wire.thread_ts;
                message.mrkdwn = wire.mrkdwn;
                message.reply_broadcast = wire.reply_broadcast;
                message.unfurl_links = wire.unfurl_links;
                message.unfurl_media = wire.unfurl_media;
                message.metadata = wire.metadata;
                message.extra = wire.extra;
                Self { $( $field: wire.$field, )* message }
            }
        }
    };
}
use message_wire;
