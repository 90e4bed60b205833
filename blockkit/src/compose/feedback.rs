//! The feedback button object (spec §3.11).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{PlainText, Str, Text};

/// One of the two buttons of a [`FeedbackButtons`](crate::FeedbackButtons) element.
///
/// ```
/// use blockkit::FeedbackButton;
///
/// let up = FeedbackButton::new("👍", "good").accessibility_label("Good answer");
/// assert_eq!(serde_json::to_value(&up).unwrap()["value"], "good");
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FeedbackButton {
    /// The label: plain_text, at most 75 characters.
    pub text: Text,
    /// What your app receives: at most 2000 characters.
    pub value: Str,
    /// Read by screen readers instead of the label: at most 75 characters.
    pub accessibility_label: Option<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl FeedbackButton {
    /// A feedback button with its label and value.
    pub fn new(text: impl Into<PlainText>, value: impl Into<Str>) -> Self {
        Self {
            text: text.into().into(),
            value: value.into(),
            accessibility_label: None,
            extra: Extra::new(),
        }
    }
}

setters!(FeedbackButton {
    /// Read by screen readers instead of the label.
    accessibility_label: into Str,
});
