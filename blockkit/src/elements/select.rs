//! Single-select menus (spec §5.9): static, external, users, conversations and channels.
//!
//! Every menu has the shared fields of spec §5.1: `action_id`, `placeholder` (`plain_text`, at most
//! 150 characters), `confirm` and `focus_on_load`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{
    ConfirmDialog, ConversationFilter, OptionGroup, OptionObject, PlainText, Str, Text, tag,
};

/// A menu of options written in the payload (`"type": "static_select"`, spec §5.9).
///
/// It has exactly one of `options` (at most 100) or `option_groups` (at most 100 groups).
///
/// ```
/// use blockkit::{OptionObject, StaticSelect};
/// use serde_json::json;
///
/// let menu = StaticSelect::new()
///     .action_id("env")
///     .placeholder("Environment")
///     .option(OptionObject::new("Production", "prod"))
///     .option(OptionObject::new("Staging", "staging"))
///     .initial_option(OptionObject::new("Staging", "staging"));
/// assert_eq!(
///     serde_json::to_value(&menu).unwrap(),
///     json!({
///         "type": "static_select",
///         "action_id": "env",
///         "placeholder": {"type": "plain_text", "text": "Environment"},
///         "options": [
///             {"text": {"type": "plain_text", "text": "Production"}, "value": "prod"},
///             {"text": {"type": "plain_text", "text": "Staging"}, "value": "staging"}
///         ],
///         "initial_option": {"text": {"type": "plain_text", "text": "Staging"}, "value": "staging"}
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct StaticSelect {
    #[serde(rename = "type")]
    kind: tag::StaticSelect,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Shown before anything is chosen: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the menu has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// The options (`plain_text`): at most 100. Not together with `option_groups`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionObject>,
    /// Groups of options: at most 100. Not together with `options`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub option_groups: Vec<OptionGroup>,
    /// The option selected at first; it must equal one of the menu's options.
    pub initial_option: Option<OptionObject>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl StaticSelect {
    /// An empty menu; add options with [`StaticSelect::option`] or groups with
    /// [`StaticSelect::option_group`].
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(StaticSelect {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 150 characters.
    placeholder: into PlainText,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// An option (`plain_text`). Not together with option groups.
    options: vec option OptionObject,
    /// A group of options. Not together with options.
    option_groups: vec option_group OptionGroup,
    /// It must equal one of the menu's options.
    initial_option: OptionObject,
});

/// A menu whose options your app serves from its options load URL (`"type": "external_select"`,
/// spec §5.9).
///
/// ```
/// use blockkit::ExternalSelect;
/// use serde_json::json;
///
/// let menu = ExternalSelect::new().action_id("ticket").min_query_length(2);
/// assert_eq!(
///     serde_json::to_value(&menu).unwrap(),
///     json!({"type": "external_select", "action_id": "ticket", "min_query_length": 2})
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ExternalSelect {
    #[serde(rename = "type")]
    kind: tag::ExternalSelect,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Shown before anything is chosen: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the menu has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// The option selected at first: one the external source would return.
    pub initial_option: Option<OptionObject>,
    /// How many characters the user types before Slack queries your options URL. Defaults to 3.
    pub min_query_length: Option<u32>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ExternalSelect {
    /// A menu with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(ExternalSelect {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 150 characters.
    placeholder: into PlainText,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// One of the options the external source would return.
    initial_option: OptionObject,
    /// Defaults to 3.
    min_query_length: u32,
});

/// A menu of the workspace's users (`"type": "users_select"`, spec §5.9).
///
/// ```
/// use blockkit::UsersSelect;
/// use serde_json::json;
///
/// let menu = UsersSelect::new().action_id("owner").initial_user("U0123456");
/// assert_eq!(
///     serde_json::to_value(&menu).unwrap(),
///     json!({"type": "users_select", "action_id": "owner", "initial_user": "U0123456"})
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct UsersSelect {
    #[serde(rename = "type")]
    kind: tag::UsersSelect,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Shown before anything is chosen: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the menu has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// The ID of the user selected at first.
    pub initial_user: Option<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl UsersSelect {
    /// A menu with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(UsersSelect {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 150 characters.
    placeholder: into PlainText,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// A user ID.
    initial_user: into Str,
});

/// A menu of conversations: channels, DMs and group DMs (`"type": "conversations_select"`,
/// spec §5.9).
///
/// ```
/// use blockkit::{ConversationFilter, ConversationKind, ConversationsSelect};
/// use serde_json::json;
///
/// let menu = ConversationsSelect::new()
///     .action_id("target")
///     .default_to_current_conversation(true)
///     .filter(ConversationFilter::new().include_kind(ConversationKind::Public));
/// assert_eq!(
///     serde_json::to_value(&menu).unwrap(),
///     json!({
///         "type": "conversations_select",
///         "action_id": "target",
///         "default_to_current_conversation": true,
///         "filter": {"include": ["public"]}
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ConversationsSelect {
    #[serde(rename = "type")]
    kind: tag::ConversationsSelect,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Shown before anything is chosen: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the menu has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// The ID of the conversation selected at first; it wins over
    /// `default_to_current_conversation`.
    pub initial_conversation: Option<Str>,
    /// Pre-selects the conversation the modal was opened from. Defaults to `false`.
    pub default_to_current_conversation: Option<bool>,
    /// When `true`, the view's `view_submission` payload carries a `response_url` for the chosen
    /// conversation (so the menu must be in an input block of a modal).
    pub response_url_enabled: Option<bool>,
    /// Which conversations are listed.
    pub filter: Option<ConversationFilter>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ConversationsSelect {
    /// A menu with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(ConversationsSelect {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 150 characters.
    placeholder: into PlainText,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// A conversation ID.
    initial_conversation: into Str,
    /// Pre-selects the conversation the modal was opened from.
    default_to_current_conversation: bool,
    /// Only in an input block of a modal.
    response_url_enabled: bool,
    /// Which conversations are listed.
    filter: ConversationFilter,
});

/// A menu of public channels (`"type": "channels_select"`, spec §5.9).
///
/// ```
/// use blockkit::ChannelsSelect;
/// use serde_json::json;
///
/// let menu = ChannelsSelect::new()
///     .action_id("channel")
///     .placeholder("Post to…")
///     .response_url_enabled(true);
/// assert_eq!(
///     serde_json::to_value(&menu).unwrap(),
///     json!({
///         "type": "channels_select",
///         "action_id": "channel",
///         "placeholder": {"type": "plain_text", "text": "Post to…"},
///         "response_url_enabled": true
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ChannelsSelect {
    #[serde(rename = "type")]
    kind: tag::ChannelsSelect,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Shown before anything is chosen: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the menu has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// The ID of the public channel selected at first.
    pub initial_channel: Option<Str>,
    /// When `true`, the view's `view_submission` payload carries a `response_url` for the chosen
    /// channel (so the menu must be in an input block of a modal).
    pub response_url_enabled: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ChannelsSelect {
    /// A menu with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(ChannelsSelect {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 150 characters.
    placeholder: into PlainText,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// A public channel ID.
    initial_channel: into Str,
    /// Only in an input block of a modal.
    response_url_enabled: bool,
});
