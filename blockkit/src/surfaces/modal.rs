//! The modal view (spec §7.2).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Block, PlainText, Str, Text, tag};

/// A modal view (`"type": "modal"`, spec §7.2), opened with `views.open`, pushed with
/// `views.push` and replaced with `views.update`.
///
/// Limits: `title`, `submit` and `close` at most 24 characters; 1 to 100 `blocks`;
/// `private_metadata` at most 3000 characters; `callback_id` at most 255. A modal with an `input`
/// block needs `submit`.
///
/// ```
/// use blockkit::{InputBlock, Modal, PlainTextInput, SectionBlock, Text};
/// use serde_json::json;
///
/// let modal = Modal::new("Report a bug")
///     .block(SectionBlock::new().text(Text::mrkdwn("Tell us what went *wrong*.")))
///     .block(InputBlock::new("What happened?", PlainTextInput::new().action_id("details").multiline(true)).block_id("details"))
///     .submit("Send")
///     .close("Cancel")
///     .callback_id("bug_report")
///     .private_metadata(r#"{"channel":"C0123456789"}"#);
/// assert_eq!(
///     serde_json::to_value(&modal).unwrap(),
///     json!({
///         "type": "modal",
///         "title": {"type": "plain_text", "text": "Report a bug"},
///         "blocks": [
///             {"type": "section", "text": {"type": "mrkdwn", "text": "Tell us what went *wrong*."}},
///             {
///                 "type": "input",
///                 "label": {"type": "plain_text", "text": "What happened?"},
///                 "element": {"type": "plain_text_input", "action_id": "details", "multiline": true},
///                 "block_id": "details"
///             }
///         ],
///         "close": {"type": "plain_text", "text": "Cancel"},
///         "submit": {"type": "plain_text", "text": "Send"},
///         "private_metadata": "{\"channel\":\"C0123456789\"}",
///         "callback_id": "bug_report"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Modal {
    /// The `"type": "modal"` tag. It is optional so that a view stored without its `type` (some
    /// libraries, such as slack-morphism, write the tag from an enclosing enum instead) still
    /// parses and is written back exactly as it came; validation reports the missing `type`.
    /// [`Modal::new`] always sets it.
    #[serde(rename = "type", default, deserialize_with = "super::present")]
    kind: Option<tag::Modal>,
    /// The title at the top of the modal: `plain_text`, at most 24 characters.
    pub title: Text,
    /// The blocks: 1 to 100.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<Block>,
    /// The label of the close button: `plain_text`, at most 24 characters. Defaults to Slack's
    /// "Cancel".
    pub close: Option<Text>,
    /// The label of the submit button: `plain_text`, at most 24 characters. Required when the
    /// modal has an `input` block.
    pub submit: Option<Text>,
    /// A string sent back with `view_submission` and `block_actions` payloads: at most 3000
    /// characters.
    pub private_metadata: Option<Str>,
    /// Identifies the modal in interaction payloads: at most 255 characters. Not for secrets.
    pub callback_id: Option<Str>,
    /// Whether closing this modal closes every view of the stack. Defaults to `false`.
    pub clear_on_close: Option<bool>,
    /// Whether Slack sends `view_closed` when the user closes the modal. Defaults to `false`.
    pub notify_on_close: Option<bool>,
    /// Your own identifier for the view, unique per workspace: at most 255 characters.
    pub external_id: Option<Str>,
    /// Legacy: only meaningful in `workflow_step` views (Steps from Apps, retired in 2024), not a
    /// modal field. Kept so that such payloads round-trip; validation reports it on a modal.
    pub submit_disabled: Option<bool>,
    /// Fields this version does not model (response-only `id`, `state`, `hash`, ...), kept as
    /// parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Modal {
    /// A modal with its title (`plain_text`, at most 24 characters); add blocks.
    pub fn new(title: impl Into<PlainText>) -> Self {
        Self {
            kind: Some(tag::Modal),
            title: title.into().into(),
            blocks: Vec::new(),
            close: None,
            submit: None,
            private_metadata: None,
            callback_id: None,
            clear_on_close: None,
            notify_on_close: None,
            external_id: None,
            submit_disabled: None,
            extra: Extra::new(),
        }
    }

    /// Whether the JSON had its `"type": "modal"` (always `true` for a modal built with
    /// [`Modal::new`]).
    pub fn has_type(&self) -> bool {
        self.kind.is_some()
    }
}

setters!(Modal {
    /// A block (at most 100 per modal).
    blocks: vec block Block,
    /// The label of the close button: at most 24 characters.
    close: into PlainText,
    /// The label of the submit button: at most 24 characters. Required when the modal has an
    /// `input` block.
    submit: into PlainText,
    /// A string sent back with interaction payloads: at most 3000 characters.
    private_metadata: into Str,
    /// Identifies the modal in interaction payloads: at most 255 characters.
    callback_id: into Str,
    /// Whether closing this modal closes the whole view stack. Defaults to `false`.
    clear_on_close: bool,
    /// Whether Slack sends `view_closed` when the user closes the modal. Defaults to `false`.
    notify_on_close: bool,
    /// Your own identifier for the view, unique per workspace: at most 255 characters.
    external_id: into Str,
});
