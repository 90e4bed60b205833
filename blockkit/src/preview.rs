//! Block Kit Builder links: open a payload in Slack's visual editor.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use crate::{Attachment, Block, HomeTab, Message, Modal};

/// The address of Slack's Block Kit Builder.
pub const BLOCK_KIT_BUILDER: &str = "https://app.slack.com/block-kit-builder/";

/// What JavaScript's `encodeURIComponent` escapes: everything but `A-Z a-z 0-9 - _ . ! ~ * ' ( )`.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// A Block Kit Builder link for any JSON-serializable payload; `team_id` opens it in that
/// workspace. Prefer the `preview_url` methods of [`Message`], [`Modal`] and [`HomeTab`], which
/// keep only what Block Kit Builder takes.
///
/// ```
/// let url = blockkit::preview_url(&serde_json::json!({"blocks": []}), None);
/// assert_eq!(url, "https://app.slack.com/block-kit-builder/#%7B%22blocks%22%3A%5B%5D%7D");
/// let url = blockkit::preview_url(&serde_json::json!({"blocks": []}), Some("T0123"));
/// assert!(url.starts_with("https://app.slack.com/block-kit-builder/T0123#"));
/// ```
pub fn preview_url(payload: &impl Serialize, team_id: Option<&str>) -> String {
    // Serializing model types or serde_json values cannot fail: every map key is a string.
    let json = crate::to_string(payload).unwrap_or_default();
    let mut url = String::with_capacity(BLOCK_KIT_BUILDER.len() + json.len() * 2);
    url.push_str(BLOCK_KIT_BUILDER);
    if let Some(team) = team_id {
        url.extend(utf8_percent_encode(team, COMPONENT));
    }
    url.push('#');
    url.extend(utf8_percent_encode(&json, COMPONENT));
    url
}

#[derive(Serialize)]
struct MessagePreview<'a> {
    #[serde(skip_serializing_if = "<[Block]>::is_empty")]
    blocks: &'a [Block],
    #[serde(skip_serializing_if = "<[Attachment]>::is_empty")]
    attachments: &'a [Attachment],
}

impl Message {
    /// A Block Kit Builder link showing this message (its `blocks` and `attachments`; Block Kit
    /// Builder takes nothing else).
    ///
    /// ```
    /// use blockkit::{DividerBlock, Message};
    ///
    /// let message = Message::new().text("fallback").block(DividerBlock::new());
    /// assert_eq!(
    ///     message.preview_url(),
    ///     "https://app.slack.com/block-kit-builder/#%7B%22blocks%22%3A%5B%7B%22type%22%3A%22divider%22%7D%5D%7D"
    /// );
    /// ```
    pub fn preview_url(&self) -> String {
        self.preview_url_in(None)
    }

    /// [`Message::preview_url`], opened in the workspace `team_id` (`T0123…`) when given.
    pub fn preview_url_in(&self, team_id: Option<&str>) -> String {
        let preview = MessagePreview {
            blocks: &self.blocks,
            attachments: &self.attachments,
        };
        preview_url(&preview, team_id)
    }
}

impl Modal {
    /// A Block Kit Builder link showing this modal.
    ///
    /// ```
    /// use blockkit::{DividerBlock, Modal};
    ///
    /// let url = Modal::new("Settings").block(DividerBlock::new()).preview_url();
    /// assert!(url.starts_with("https://app.slack.com/block-kit-builder/#%7B%22type%22%3A%22modal%22"));
    /// ```
    pub fn preview_url(&self) -> String {
        preview_url(self, None)
    }

    /// [`Modal::preview_url`], opened in the workspace `team_id` when given.
    pub fn preview_url_in(&self, team_id: Option<&str>) -> String {
        preview_url(self, team_id)
    }
}

impl HomeTab {
    /// A Block Kit Builder link showing this Home tab.
    ///
    /// ```
    /// use blockkit::{DividerBlock, HomeTab};
    ///
    /// let url = HomeTab::new().block(DividerBlock::new()).preview_url();
    /// assert!(url.starts_with("https://app.slack.com/block-kit-builder/#%7B%22type%22%3A%22home%22"));
    /// ```
    pub fn preview_url(&self) -> String {
        preview_url(self, None)
    }

    /// [`HomeTab::preview_url`], opened in the workspace `team_id` when given.
    pub fn preview_url_in(&self, team_id: Option<&str>) -> String {
        preview_url(self, team_id)
    }
}
