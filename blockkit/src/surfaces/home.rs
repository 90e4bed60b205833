//! The Home tab view (spec §7.3).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Block, Str, tag};

/// A Home tab view (`"type": "home"`, spec §7.3), published with `views.publish`.
///
/// Limits: 1 to 100 `blocks`; `private_metadata` at most 3000 characters; `callback_id` at most
/// 255. A Home tab has no title, submit or close button: an `input` block in it only works with
/// `dispatch_action: true`.
///
/// ```
/// use blockkit::{Button, ActionsBlock, DividerBlock, HeaderBlock, HomeTab, SectionBlock, Text};
/// use serde_json::json;
///
/// let home = HomeTab::new()
///     .block(HeaderBlock::new("Your open tickets"))
///     .block(SectionBlock::new().text(Text::mrkdwn("*T-42* Printer on fire")))
///     .block(DividerBlock::new())
///     .block(ActionsBlock::new().element(Button::new("New ticket").action_id("new_ticket")))
///     .callback_id("home_v1");
/// assert_eq!(
///     serde_json::to_value(&home).unwrap(),
///     json!({
///         "type": "home",
///         "blocks": [
///             {"type": "header", "text": {"type": "plain_text", "text": "Your open tickets"}},
///             {"type": "section", "text": {"type": "mrkdwn", "text": "*T-42* Printer on fire"}},
///             {"type": "divider"},
///             {
///                 "type": "actions",
///                 "elements": [{
///                     "type": "button",
///                     "text": {"type": "plain_text", "text": "New ticket"},
///                     "action_id": "new_ticket"
///                 }]
///             }
///         ],
///         "callback_id": "home_v1"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct HomeTab {
    /// The `"type": "home"` tag. It is optional so that a view stored without its `type` (some
    /// libraries, such as slack-morphism, write the tag from an enclosing enum instead) still
    /// parses and is written back exactly as it came; validation reports the missing `type`.
    /// [`HomeTab::new`] always sets it.
    #[serde(rename = "type", default, deserialize_with = "super::present")]
    kind: Option<tag::Home>,
    /// The blocks: 1 to 100.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<Block>,
    /// A string sent back with `block_actions` payloads: at most 3000 characters.
    pub private_metadata: Option<Str>,
    /// Identifies the view in interaction payloads: at most 255 characters.
    pub callback_id: Option<Str>,
    /// Your own identifier for the view, unique per workspace.
    pub external_id: Option<Str>,
    /// Fields this version does not model (response-only `id`, `state`, `hash`, ...), kept as
    /// parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl HomeTab {
    /// An empty Home tab; add blocks.
    pub fn new() -> Self {
        Self {
            kind: Some(tag::Home),
            blocks: Vec::new(),
            private_metadata: None,
            callback_id: None,
            external_id: None,
            extra: Extra::new(),
        }
    }

    /// Whether the JSON had its `"type": "home"` (always `true` for a Home tab built with
    /// [`HomeTab::new`]).
    pub fn has_type(&self) -> bool {
        self.kind.is_some()
    }
}

impl Default for HomeTab {
    fn default() -> Self {
        Self::new()
    }
}

setters!(HomeTab {
    /// A block (at most 100 per Home tab).
    blocks: vec block Block,
    /// A string sent back with interaction payloads: at most 3000 characters.
    private_metadata: into Str,
    /// Identifies the view in interaction payloads: at most 255 characters.
    callback_id: into Str,
    /// Your own identifier for the view, unique per workspace.
    external_id: into Str,
});
