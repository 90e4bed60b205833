//! Reading what Slack sends back: interaction payloads, the values of input elements, and forms
//! whose `block_id`/`action_id` are declared once for building and for reading.
//!
//! * [`Interaction`]: one payload posted to your app's interactivity URL, chosen by its
//!   `"type"`: [`BlockActions`], [`ViewSubmission`], [`ViewClosed`], [`Shortcut`],
//!   [`MessageAction`]; any other type is kept whole. [`Interaction::from_form`] reads the
//!   `payload=` form post as Slack sends it.
//! * [`SlashCommand`]: the form post of a slash command.
//! * [`ViewState`] and [`StateValue`]: `state.values[block_id][action_id]`, typed by the element
//!   that produced it (plain text, rich text, numbers, options, users, dates, files, ...).
//! * [`Field`] and [`form!`](crate::form!): ids declared once, used by the builders (and by
//!   `blocks!` through `{interpolation}`) and to read a submission into typed fields, with a
//!   [`FormError`] naming the field, block and action when something is missing or mistyped.
//! * [`ViewErrors`]: the `response_action: errors` answer to a `view_submission`
//!   ([`ViewSubmissionResponse`](crate::ViewSubmissionResponse)), keyed by the same fields.
//!
//! Every payload type keeps the fields it does not model in its `extra`, and nulls as Slack sent
//! them, so a payload parsed and written back is the JSON that came.
//!
//! ```
//! use blockkit::interaction::{Interaction, ViewSubmission};
//! use blockkit::{form, PlainTextInput};
//!
//! form! {
//!     /// The "rename" modal.
//!     pub struct Rename {
//!         /// The new name.
//!         pub name: String = ("name", "name_input"),
//!     }
//! }
//!
//! // Building: the input block carries the declared ids.
//! let block = Rename::NAME.input("New name", PlainTextInput::new());
//! assert_eq!(block.block_id.as_deref(), Some("name"));
//!
//! // Reading: Slack posts the submission back.
//! let payload = r#"{
//!     "type": "view_submission",
//!     "user": {"id": "U0123456789"},
//!     "view": {
//!         "id": "V0123456789", "type": "modal", "title": {"type": "plain_text", "text": "Rename"},
//!         "state": {"values": {"name": {"name_input": {"type": "plain_text_input", "value": "Ops"}}}}
//!     }
//! }"#;
//! let Interaction::ViewSubmission(submission) = blockkit::from_str(payload)? else {
//!     panic!("not a view submission");
//! };
//! let form = Rename::from_submission(&submission)?;
//! assert_eq!(form.name, "Ops");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde::Serialize;

mod common;
mod form;
mod keep;
mod macros;
mod payloads;
mod readers;
mod response;
mod slash;
mod state;
mod types;
mod values;
mod view;

pub use common::{
    BlockAction, Channel, Container, ContainerKind, Enterprise, ResponseUrl, Team, User,
};
pub use form::{Field, FieldType, FormError, Ids};
pub use payloads::{BlockActions, MessageAction, Shortcut, ViewClosed, ViewSubmission};
pub use readers::{FromStateValue, InputFor, ReadError};
pub use response::ViewErrors;
pub use slash::SlashCommand;
pub use state::{StateValue, ViewState};
pub use types::{ConversationId, Date, DateTime, Time, UploadedFile, UserId, ValueError};
pub use values::{
    ButtonValue, ChannelsSelectValue, CheckboxesValue, ConversationsSelectValue, DatePickerValue,
    DateTimePickerValue, EmailValue, ExternalSelectValue, FeedbackButtonsValue, FileInputValue,
    IconButtonValue, MultiChannelsSelectValue, MultiConversationsSelectValue,
    MultiExternalSelectValue, MultiStaticSelectValue, MultiUsersSelectValue, NumberValue,
    OverflowValue, PlainTextValue, RadioButtonsValue, RichTextValue, StaticSelectValue,
    TimePickerValue, UrlValue, UsersSelectValue,
};
pub use view::InteractionView;

use crate::serde_util::{JsonObject, TaggedEnum};
use crate::{ParseError, RawObject};

/// What macros exported by this crate need; not part of the API.
#[doc(hidden)]
pub mod __private {
    pub use pastey::paste;
}

/// The `"type"` tags of the interaction payloads.
mod tags {
    type_tag! {
        BlockActions = "block_actions";
        ViewSubmission = "view_submission";
        ViewClosed = "view_closed";
        Shortcut = "shortcut";
        MessageAction = "message_action";
    }
}

/// An interaction payload, chosen by its `"type"`: what Slack posts to your app's interactivity
/// URL (as the `payload` field of a form, see [`Interaction::from_form`]).
///
/// A payload of another type (`block_suggestion`, `interactive_message`, ...) is kept whole as
/// [`Interaction::Unknown`].
///
/// ```
/// use blockkit::interaction::Interaction;
///
/// let shortcut: Interaction = blockkit::from_str(
///     r#"{"type": "shortcut", "callback_id": "new_ticket", "trigger_id": "1.2.abc",
///         "user": {"id": "U0123456789"}}"#,
/// )?;
/// assert_eq!(shortcut.type_name(), "shortcut");
/// assert_eq!(shortcut.user().map(|user| user.id.as_str()), Some("U0123456789"));
///
/// let other: Interaction = blockkit::from_str(r#"{"type": "block_suggestion", "value": "ab"}"#)?;
/// assert!(matches!(other, Interaction::Unknown(_)));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Interaction {
    /// `block_actions`: the user used an interactive element.
    BlockActions(Box<BlockActions>),
    /// `view_submission`: the user submitted a modal.
    ViewSubmission(Box<ViewSubmission>),
    /// `view_closed`: the user closed a modal opened with `notify_on_close`.
    ViewClosed(Box<ViewClosed>),
    /// `shortcut`: a global shortcut.
    Shortcut(Box<Shortcut>),
    /// `message_action`: a message shortcut.
    MessageAction(Box<MessageAction>),
    /// A payload of a `type` this version does not model, kept exactly as it came.
    Unknown(RawObject),
}

/// Why the form post of an interaction could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PayloadError {
    /// The form has no `payload` field.
    #[error("the form has no `payload` field")]
    NoPayload,
    /// The `payload` field is not an interaction payload.
    #[error("the interaction payload is invalid: {0}")]
    Invalid(#[from] ParseError),
}

impl Interaction {
    /// Reads the body of the POST Slack sends to your interactivity URL: an
    /// `application/x-www-form-urlencoded` form whose `payload` field is the JSON payload.
    ///
    /// Verify the request's signature (`X-Slack-Signature`) on the raw body before trusting it.
    ///
    /// # Errors
    ///
    /// [`PayloadError::NoPayload`] when the form has no `payload` field,
    /// [`PayloadError::Invalid`] when it is not a valid interaction payload.
    ///
    /// ```
    /// use blockkit::interaction::Interaction;
    ///
    /// let body = "payload=%7B%22type%22%3A%22view_closed%22%2C%22user%22%3A%7B%22id%22%3A%22U1%22%7D%2C\
    ///             %22view%22%3A%7B%22id%22%3A%22V1%22%2C%22type%22%3A%22home%22%7D%7D";
    /// let interaction = Interaction::from_form(body.as_bytes())?;
    /// assert_eq!(interaction.type_name(), "view_closed");
    /// # Ok::<(), blockkit::interaction::PayloadError>(())
    /// ```
    pub fn from_form(body: &[u8]) -> Result<Self, PayloadError> {
        let payload = form_urlencoded::parse(body)
            .find(|(key, _)| key == "payload")
            .map(|(_, value)| value)
            .ok_or(PayloadError::NoPayload)?;
        Ok(crate::from_str(&payload)?)
    }

    /// The payload's `"type"`.
    pub fn type_name(&self) -> &str {
        match self {
            Self::BlockActions(_) => tags::BlockActions::NAME,
            Self::ViewSubmission(_) => tags::ViewSubmission::NAME,
            Self::ViewClosed(_) => tags::ViewClosed::NAME,
            Self::Shortcut(_) => tags::Shortcut::NAME,
            Self::MessageAction(_) => tags::MessageAction::NAME,
            Self::Unknown(raw) => raw.type_name().unwrap_or_default(),
        }
    }

    /// The user who interacted (`None` for an unknown payload type).
    pub fn user(&self) -> Option<&User> {
        match self {
            Self::BlockActions(payload) => Some(&payload.user),
            Self::ViewSubmission(payload) => Some(&payload.user),
            Self::ViewClosed(payload) => Some(&payload.user),
            Self::Shortcut(payload) => Some(&payload.user),
            Self::MessageAction(payload) => Some(&payload.user),
            Self::Unknown(_) => None,
        }
    }

    /// The `callback_id` that routes the payload: the shortcut's, or the view's for a
    /// submission or a closed view (`None` for block actions and unknown types).
    pub fn callback_id(&self) -> Option<&str> {
        match self {
            Self::ViewSubmission(payload) => payload.view.view.callback_id(),
            Self::ViewClosed(payload) => payload.view.view.callback_id(),
            Self::Shortcut(payload) => Some(&payload.callback_id),
            Self::MessageAction(payload) => Some(&payload.callback_id),
            Self::BlockActions(_) | Self::Unknown(_) => None,
        }
    }
}

impl TaggedEnum for Interaction {
    const EXPECTING: &'static str = "an interaction payload";

    fn is_known(tag: &str) -> bool {
        matches!(
            tag,
            tags::BlockActions::NAME
                | tags::ViewSubmission::NAME
                | tags::ViewClosed::NAME
                | tags::Shortcut::NAME
                | tags::MessageAction::NAME
        )
    }

    fn deserialize_known<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match tag {
            tags::BlockActions::NAME => {
                <BlockActions as serde::Deserialize>::deserialize(deserializer)
                    .map(|payload| Self::BlockActions(Box::new(payload)))
            }
            tags::ViewSubmission::NAME => {
                <ViewSubmission as serde::Deserialize>::deserialize(deserializer)
                    .map(|payload| Self::ViewSubmission(Box::new(payload)))
            }
            tags::ViewClosed::NAME => <ViewClosed as serde::Deserialize>::deserialize(deserializer)
                .map(|payload| Self::ViewClosed(Box::new(payload))),
            tags::Shortcut::NAME => <Shortcut as serde::Deserialize>::deserialize(deserializer)
                .map(|payload| Self::Shortcut(Box::new(payload))),
            tags::MessageAction::NAME => {
                <MessageAction as serde::Deserialize>::deserialize(deserializer)
                    .map(|payload| Self::MessageAction(Box::new(payload)))
            }
            other => Err(serde::de::Error::custom(format!("unknown type `{other}`"))),
        }
    }

    fn from_unknown(object: JsonObject) -> Result<Self, String> {
        Ok(Self::Unknown(RawObject(object)))
    }
}

impl<'de> serde::Deserialize<'de> for Interaction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::serde_util::deserialize_tagged(deserializer)
    }
}

macro_rules! interaction_from {
    ($($variant:ident),+) => {$(
        impl From<$variant> for Interaction {
            fn from(payload: $variant) -> Self {
                Self::$variant(Box::new(payload))
            }
        }
    )+};
}

interaction_from!(
    BlockActions,
    ViewSubmission,
    ViewClosed,
    Shortcut,
    MessageAction
);
