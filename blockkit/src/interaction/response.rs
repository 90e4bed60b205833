//! Error messages for a `response_action: errors` answer, keyed by the fields' `block_id`s.

use super::{Field, FormError};
use crate::ViewSubmissionResponse;

/// The messages of a `response_action: errors` answer to a `view_submission`, each shown under
/// the input block of its field: keyed by the same [`Field`]s the modal was built with.
///
/// Turn it into the answer with [`ViewErrors::into_response`] (a [`ViewSubmissionResponse`]).
/// Slack shows errors only under `input` blocks.
///
/// ```
/// use blockkit::interaction::{Field, ViewErrors};
/// use serde_json::json;
///
/// const TITLE: Field<String> = Field::new("title", "title_input");
/// let errors = ViewErrors::new().field(&TITLE, "A title needs at least 5 characters");
/// assert!(!errors.is_empty());
/// assert_eq!(
///     serde_json::to_value(errors.into_response())?,
///     json!({"response_action": "errors", "errors": {"title": "A title needs at least 5 characters"}})
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewErrors {
    errors: Vec<(String, String)>,
}

impl ViewErrors {
    /// No errors yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the message shown under `field`'s input block. A second message for the same block
    /// replaces the first.
    #[must_use = "a setter returns the updated value"]
    pub fn field<T>(self, field: &Field<T>, message: impl Into<String>) -> Self {
        self.block(field.block_id, message)
    }

    /// Adds the message shown under the input block `block_id`. A second message for the same
    /// block replaces the first.
    #[must_use = "a setter returns the updated value"]
    pub fn block(mut self, block_id: impl Into<String>, message: impl Into<String>) -> Self {
        let block_id = block_id.into();
        let message = message.into();
        match self.errors.iter_mut().find(|(id, _)| *id == block_id) {
            Some((_, existing)) => *existing = message,
            None => self.errors.push((block_id, message)),
        }
        self
    }

    /// Adds the message of a [`FormError`] under its field's block (see
    /// [`FormError::user_message`]).
    ///
    /// ```
    /// use blockkit::interaction::{Field, ViewErrors, ViewState};
    ///
    /// const SEATS: Field<u32> = Field::new("seats", "seats_input");
    /// let state: ViewState = blockkit::from_str(
    ///     r#"{"values": {"seats": {"seats_input": {"type": "number_input", "value": "-2"}}}}"#,
    /// )?;
    /// let error = SEATS.read(&state).unwrap_err();
    /// let errors = ViewErrors::new().form_error(&error);
    /// assert_eq!(errors.get("seats"), Some("`-2` is not a non-negative integer (32 bits)"));
    /// # Ok::<(), blockkit::ParseError>(())
    /// ```
    #[must_use = "a setter returns the updated value"]
    pub fn form_error(self, error: &FormError) -> Self {
        self.block(error.block_id(), error.user_message())
    }

    /// The message for block `block_id`.
    pub fn get(&self, block_id: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(id, _)| id == block_id)
            .map(|(_, message)| message.as_str())
    }

    /// Whether there is no message.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// How many blocks have a message.
    pub fn len(&self) -> usize {
        self.errors.len()
    }

    /// The messages, as `(block_id, message)`, in the order they were added.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.errors
            .iter()
            .map(|(block_id, message)| (block_id.as_str(), message.as_str()))
    }

    /// The answer: `{"response_action": "errors", "errors": {block_id: message, ...}}`.
    pub fn into_response(self) -> ViewSubmissionResponse {
        ViewSubmissionResponse::errors(self.errors)
    }
}

impl IntoIterator for ViewErrors {
    type Item = (String, String);
    type IntoIter = std::vec::IntoIter<(String, String)>;

    fn into_iter(self) -> Self::IntoIter {
        self.errors.into_iter()
    }
}

impl From<ViewErrors> for ViewSubmissionResponse {
    fn from(errors: ViewErrors) -> Self {
        errors.into_response()
    }
}

impl FormError {
    /// A message for the person who filled the form, shown under the field's block: "This
    /// field is required." for an empty field, what was wrong for a value that does not parse,
    /// and a generic message for a form that does not match the view (a missing block or a
    /// mistyped element, which are bugs to log rather than to show).
    pub fn user_message(&self) -> String {
        match self {
            Self::Empty { .. } => "This field is required.".to_owned(),
            Self::Invalid { source, .. } => source.to_string(),
            _ => "This field could not be read; please try again.".to_owned(),
        }
    }
}
