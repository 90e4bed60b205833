//! The `section` block (spec §4.11).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;
use crate::{Element, SectionAccessory, Str, Text};

/// Text, or two columns of fields, with an optional accessory element (`"type": "section"`).
///
/// It needs `text`, `fields`, or both. The accessory takes only the elements Slack allows there
/// (see [`SectionAccessory`]); anything else is a compile error.
///
/// ```
/// use blockkit::{Button, SectionBlock, Text};
/// use serde_json::json;
///
/// let section = SectionBlock::with_text(Text::mrkdwn("*Build 42* failed"))
///     .block_id("summary")
///     .field(Text::plain("Branch: main"))
///     .field(Text::mrkdwn("*Author:* <@U0123456789>"))
///     .accessory(Button::new("Retry").action_id("retry"));
/// let json = serde_json::to_value(&section).unwrap();
/// assert_eq!(json["type"], "section");
/// assert_eq!(json["block_id"], "summary");
/// assert_eq!(json["text"], json!({"type": "mrkdwn", "text": "*Build 42* failed"}));
/// assert_eq!(json["fields"][0], json!({"type": "plain_text", "text": "Branch: main"}));
/// assert_eq!(json["accessory"]["action_id"], "retry");
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct SectionBlock {
    #[serde(rename = "type")]
    kind: tag::Section,
    /// Identifies the block: at most 255 characters, unique in the message or view.
    pub block_id: Option<Str>,
    /// The text: `plain_text` or mrkdwn, 1–3000 characters. Needed unless `fields` is set.
    pub text: Option<Text>,
    /// Texts shown in two columns: at most 10, each at most 2000 characters. Needed unless
    /// `text` is set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Text>,
    /// One element beside the text: a button, checkboxes, a date or time picker, an image, an
    /// overflow menu, radio buttons, a workflow button, or a select or multi-select menu.
    pub accessory: Option<Element>,
    /// `true` always shows the whole text, without "see more". Defaults to `false`.
    pub expand: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl SectionBlock {
    /// An empty section; set `text`, `fields`, or both.
    pub fn new() -> Self {
        Self {
            kind: tag::Section,
            block_id: None,
            text: None,
            fields: Vec::new(),
            accessory: None,
            expand: None,
            extra: Extra::new(),
        }
    }

    /// A section with its text (`plain_text` or mrkdwn).
    pub fn with_text(text: impl Into<Text>) -> Self {
        Self::new().text(text)
    }

    /// Sets `accessory`: one element beside the text.
    #[must_use = "a setter returns the updated value"]
    pub fn accessory(mut self, accessory: impl SectionAccessory) -> Self {
        self.accessory = Some(accessory.into());
        self
    }

    /// Sets `accessory` when `accessory` is `Some`, clears it when `None`.
    #[must_use = "a setter returns the updated value"]
    pub fn maybe_accessory(mut self, accessory: Option<impl SectionAccessory>) -> Self {
        self.accessory = accessory.map(Into::into);
        self
    }
}

impl Default for SectionBlock {
    fn default() -> Self {
        Self::new()
    }
}

setters!(SectionBlock {
    /// Identifies the block: at most 255 characters, unique in the message or view.
    block_id: into Str,
    /// The text: `plain_text` or mrkdwn, 1–3000 characters.
    text: into Text,
    /// A text shown in the two columns; at most 10 fields, each at most 2000 characters.
    fields: vec field Text,
    /// `true` always shows the whole text, without "see more".
    expand: bool,
});
