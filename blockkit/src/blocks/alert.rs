//! The `alert` block (spec §4.14).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;
use crate::{Str, Text};

/// A notice with a severity level (`"type": "alert"`, spec §4.14; new in 2026).
///
/// Surfaces are not settled: Slack's sample shows it in a message, the Java SDK says "currently
/// only supported in modals"; blockkit accepts both.
///
/// ```
/// use blockkit::{AlertBlock, AlertLevel, Text};
///
/// let alert = AlertBlock::new(Text::mrkdwn("Your disk is *almost full*."))
///     .level(AlertLevel::Warning)
///     .block_id("disk");
/// assert_eq!(
///     serde_json::to_string(&alert).unwrap(),
///     r#"{"type":"alert","block_id":"disk","text":{"type":"mrkdwn","text":"Your disk is *almost full*."},"level":"warning"}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct AlertBlock {
    #[serde(rename = "type")]
    kind: tag::Alert,
    /// Identifies the block: at most 255 characters, unique within the message or view. Slack
    /// generates one when absent.
    pub block_id: Option<Str>,
    /// The message: `plain_text` or mrkdwn. Only the Java SDK states a limit (200 characters,
    /// *doubtful*); validation warns above it.
    pub text: Text,
    /// How serious the alert is. Defaults to `default`.
    pub level: Option<AlertLevel>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl AlertBlock {
    /// An alert showing `text` (`plain_text` or mrkdwn).
    pub fn new(text: impl Into<Text>) -> Self {
        Self {
            kind: tag::Alert,
            block_id: None,
            text: text.into(),
            level: None,
            extra: Extra::new(),
        }
    }
}

setters!(AlertBlock {
    /// Identifies the block: at most 255 characters, unique within the message or view.
    block_id: into Str,
    /// How serious the alert is.
    level: AlertLevel,
});

string_enum! {
    /// How serious an [`AlertBlock`] is (`level`).
    AlertLevel {
        /// No particular level (the default).
        Default = "default",
        /// Information.
        Info = "info",
        /// A warning.
        Warning = "warning",
        /// An error.
        Error = "error",
        /// A success.
        Success = "success",
    }
}
