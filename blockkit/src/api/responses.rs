//! Messages that are not Web API calls: `response_url` posts, slash-command responses and
//! incoming webhooks (spec §8.11, §8.12).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::checks::Checks;
use super::{message_wire, take_message};
use crate::Message;
use crate::validate::{Code, Report, Severity, Validate, Validated, ValidationOptions};

string_enum! {
    /// Who sees a reply posted to a `response_url` or returned to a slash command
    /// (`response_type`).
    ///
    /// ```
    /// use blockkit::ResponseType;
    ///
    /// assert_eq!(ResponseType::InChannel.as_str(), "in_channel");
    /// ```
    ResponseType {
        /// `in_channel`: everyone in the conversation.
        InChannel = "in_channel",
        /// `ephemeral`: only the user who interacted (the default).
        Ephemeral = "ephemeral",
    }
}

/// The message fields a `response_url` post, a slash-command response and an incoming webhook
/// take.
const RESPONSE_TAKES: &[&str] = &[
    "text",
    "blocks",
    "attachments",
    "thread_ts",
    "mrkdwn",
    "unfurl_links",
    "unfurl_media",
    "metadata",
];

/// A message posted to the `response_url` of an interaction or a slash command (spec §8.11): a
/// [`Validated`] message and what to do with the original.
///
/// A `response_url` is valid for 30 minutes and takes at most 5 posts. It takes the message's
/// `text`, `blocks`, `attachments`, `thread_ts`, `mrkdwn`, `unfurl_links`, `unfurl_media` and
/// `metadata` (validation warns about the others).
///
/// ```
/// use blockkit::{Message, ResponseType, ResponseUrlMessage};
/// use serde_json::json;
///
/// let message = Message::new().text("Thanks, request approved").build()?;
/// let body = ResponseUrlMessage::new(message).replace_original(true);
/// assert_eq!(
///     serde_json::to_value(&body)?,
///     json!({"text": "Thanks, request approved", "replace_original": true})
/// );
///
/// let shout = ResponseUrlMessage::new(Message::new().text("Deployed").build()?)
///     .response_type(ResponseType::InChannel);
/// assert_eq!(serde_json::to_value(&shout)?["response_type"], "in_channel");
///
/// let delete = ResponseUrlMessage::delete_original();
/// assert_eq!(serde_json::to_string(&delete)?, r#"{"delete_original":true}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(from = "ResponseUrlMessageWire")]
#[schemars(!from, transform = crate::schema::message_fields(RESPONSE_TAKES))]
#[non_exhaustive]
pub struct ResponseUrlMessage {
    /// Who sees it. Defaults to `ephemeral`. An ephemeral message cannot become an in-channel
    /// one: delete it and post anew.
    pub response_type: Option<ResponseType>,
    /// `true`: replace the message that held the interactive element (ephemeral ones too).
    pub replace_original: Option<bool>,
    /// `true`: delete the message that held the interactive element.
    pub delete_original: Option<bool>,
    #[serde(flatten)]
    message: Message,
}

message_wire!(ResponseUrlMessage via ResponseUrlMessageWire {
    response_type: Option<ResponseType>,
    replace_original: Option<bool>,
    delete_original: Option<bool>,
});

const RESPONSE_URL_ARGS: &[&str] = &["response_type", "replace_original", "delete_original"];

impl ResponseUrlMessage {
    /// A new message posted to the `response_url`. Fields of this payload left in the message's
    /// `extra` (`response_type`, ...) are dropped: set them on the body.
    pub fn new(message: Validated<Message>) -> Self {
        Self {
            response_type: None,
            replace_original: None,
            delete_original: None,
            message: take_message(message, RESPONSE_URL_ARGS),
        }
    }

    /// `{"delete_original": true}`: deletes the message that held the interactive element.
    pub fn delete_original() -> Self {
        Self {
            response_type: None,
            replace_original: None,
            delete_original: Some(true),
            message: Message::new(),
        }
    }

    /// The message sent (empty for [`ResponseUrlMessage::delete_original`]).
    pub fn message(&self) -> &Message {
        &self.message
    }

    /// The message, to edit it (validate it again before sending).
    pub fn into_message(self) -> Message {
        self.message
    }
}

setters!(ResponseUrlMessage {
    /// Who sees it.
    response_type: ResponseType,
    /// `true`: replace the message that held the interactive element.
    replace_original: bool,
});

impl Validate for ResponseUrlMessage {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        let mut checks = Checks::new("a response_url message", options);
        if self.delete_original == Some(true) {
            if self.replace_original == Some(true) {
                checks.error(
                    "/replace_original",
                    Code::Exclusive,
                    "replace_original and delete_original cannot both be true".to_owned(),
                );
            }
            let has_content = super::message_fields(&self.message)
                .iter()
                .any(|&(_, set)| set);
            if has_content {
                checks.warn(
                    "/delete_original",
                    Code::InvalidValue,
                    "delete_original deletes the original message; the content sent with it is ignored".to_owned(),
                );
            }
            return checks.finish();
        }
        response_type(&mut checks, self.response_type.as_ref());
        checks.message(&self.message, RESPONSE_TAKES);
        checks.finish()
    }
}

fn response_type(checks: &mut Checks<'_>, value: Option<&ResponseType>) {
    if let Some(value) = value
        && !value.is_known()
    {
        checks.error(
            "/response_type",
            Code::InvalidValue,
            format!("response_type is `{value}`; expected in_channel or ephemeral"),
        );
    }
}

/// The immediate HTTP response to a slash command: a [`Validated`] message and who sees it.
/// Return it within 3 seconds; post later replies to the command's `response_url` with
/// [`ResponseUrlMessage`].
///
/// ```
/// use blockkit::{Message, ResponseType, SlashCommandResponse};
/// use serde_json::json;
///
/// let message = Message::new().text("Deploying billing-api…").build()?;
/// let body = SlashCommandResponse::new(message).response_type(ResponseType::InChannel);
/// assert_eq!(
///     serde_json::to_value(&body)?,
///     json!({"response_type": "in_channel", "text": "Deploying billing-api…"})
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(from = "SlashCommandResponseWire")]
#[schemars(!from, transform = crate::schema::message_fields(RESPONSE_TAKES))]
#[non_exhaustive]
pub struct SlashCommandResponse {
    /// Who sees it. Defaults to `ephemeral` (only the user who ran the command).
    pub response_type: Option<ResponseType>,
    #[serde(flatten)]
    message: Message,
}

message_wire!(SlashCommandResponse via SlashCommandResponseWire {
    response_type: Option<ResponseType>,
});

impl SlashCommandResponse {
    /// The response showing `message`. A `response_type` left in the message's `extra` is
    /// dropped: set it on the body.
    pub fn new(message: Validated<Message>) -> Self {
        Self {
            response_type: None,
            message: take_message(message, &["response_type"]),
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

setters!(SlashCommandResponse {
    /// Who sees it.
    response_type: ResponseType,
});

impl Validate for SlashCommandResponse {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        let mut checks = Checks::new("a slash-command response", options);
        response_type(&mut checks, self.response_type.as_ref());
        for field in ["replace_original", "delete_original"] {
            if self.message.extra.contains_key(field) {
                checks.push(
                    &format!("/{field}"),
                    Severity::Warning,
                    Code::NotAllowedHere,
                    format!(
                        "`{field}` has no original message to act on in a slash-command response"
                    ),
                );
            }
        }
        checks.message(&self.message, RESPONSE_TAKES);
        checks.finish()
    }
}

/// A message posted to an incoming webhook (spec §8.12): a [`Validated`] message, as is. The
/// webhook answers with plain text (`ok`), not the Web API's JSON.
///
/// It takes the message's `text`, `blocks`, `attachments`, `thread_ts`, `mrkdwn`, `unfurl_links`,
/// `unfurl_media` and `metadata`. The `channel`, `username`, `icon_emoji` and `icon_url`
/// overrides no longer work for app webhooks: validation warns when the message's `extra` has
/// them.
///
/// ```
/// use blockkit::{Message, WebhookMessage};
///
/// let body = WebhookMessage::new(Message::new().text("Nightly backup done").build()?);
/// assert_eq!(serde_json::to_string(&body)?, r#"{"text":"Nightly backup done"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
#[schemars(!transparent, transform = crate::schema::message_fields(RESPONSE_TAKES))]
pub struct WebhookMessage {
    /// The message, as is: its fields are the body's.
    #[schemars(flatten)]
    message: Message,
}

impl WebhookMessage {
    /// The webhook post of `message`.
    pub fn new(message: Validated<Message>) -> Self {
        Self {
            message: message.into_inner(),
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

impl Validate for WebhookMessage {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        let mut checks = Checks::new("an incoming webhook", options);
        checks.ignored_extra(
            &self.message,
            &["channel", "username", "icon_emoji", "icon_url"],
            "no longer overrides anything for app webhooks; Slack ignores it",
        );
        checks.message(&self.message, RESPONSE_TAKES);
        checks.finish()
    }
}
