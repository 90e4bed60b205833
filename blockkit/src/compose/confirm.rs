//! The confirmation dialog object (spec §3.3).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{PlainText, Text};

/// A confirmation dialog shown before an element's action runs (`confirm`).
///
/// Slack's reference requires all four texts, so the constructor takes them all. `title`,
/// `confirm` and `deny` are plain_text; `text` may be either kind.
///
/// ```
/// use blockkit::{Button, ConfirmDialog, ConfirmStyle, Text};
///
/// let confirm = ConfirmDialog::new(
///     "Roll back?",
///     Text::plain("The previous release goes live again."),
///     "Roll back",
///     "Cancel",
/// )
/// .style(ConfirmStyle::Danger);
/// let button = Button::new("Roll back").action_id("rollback").confirm(confirm);
/// assert_eq!(
///     serde_json::to_value(&button).unwrap()["confirm"]["style"],
///     "danger"
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ConfirmDialog {
    /// The dialog's title: plain_text, at most 100 characters.
    pub title: Option<Text>,
    /// The explanation: plain_text or mrkdwn, at most 300 characters.
    pub text: Text,
    /// The label of the button that goes ahead: plain_text, at most 30 characters.
    pub confirm: Option<Text>,
    /// The label of the button that cancels: plain_text, at most 30 characters.
    pub deny: Option<Text>,
    /// The colour of the confirm button. Defaults to `primary`.
    pub style: Option<ConfirmStyle>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ConfirmDialog {
    /// A dialog with its four texts.
    pub fn new(
        title: impl Into<PlainText>,
        text: impl Into<Text>,
        confirm: impl Into<PlainText>,
        deny: impl Into<PlainText>,
    ) -> Self {
        Self {
            title: Some(title.into().into()),
            text: text.into(),
            confirm: Some(confirm.into().into()),
            deny: Some(deny.into().into()),
            style: None,
            extra: Extra::new(),
        }
    }
}

setters!(ConfirmDialog {
    /// The colour of the confirm button.
    style: ConfirmStyle,
});

string_enum! {
    /// The colour of a confirmation dialog's confirm button.
    ConfirmStyle {
        /// Green (the default).
        Primary = "primary",
        /// Red, for destructive actions.
        Danger = "danger",
    }
}
