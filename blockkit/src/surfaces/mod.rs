//! Surfaces (spec §7): what blocks are sent in — messages (with their legacy attachments),
//! modals and Home tabs.
//!
//! * [`Message`]: the body of `chat.postMessage`, `chat.update`, `response_url` posts and
//!   incoming webhooks, with its [`Attachment`]s and [`MessageMetadata`].
//! * [`Modal`], [`HomeTab`] and the legacy [`WorkflowStepView`], and [`View`], any of them chosen
//!   by `"type"`.

mod attachment;
mod home;
mod message;
mod modal;
mod view;

pub use attachment::{Attachment, AttachmentField};
pub use home::HomeTab;
pub use message::{Message, MessageMetadata};
pub use modal::Modal;
pub use view::{View, WorkflowStepView};

/// Deserializes a field that is present as `Some`; with `#[serde(default)]` an absent one is
/// `None`.
///
/// Used for the optional `type` tags of [`Modal`] and [`HomeTab`]: the plain `Option`
/// deserializer asks for `deserialize_option`, which the replayed `"type"` of a type-dispatched
/// [`View`] cannot answer. `"type": null` is refused, as any other value than the tag is.
fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}
