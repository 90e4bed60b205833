//! Multi-select menus (spec §5.10): static, external, users, conversations and channels.
//!
//! Every menu has the shared fields of spec §5.1: `action_id`, `placeholder` (`plain_text`, at most
//! 150 characters), `confirm`, `focus_on_load` and `max_selected_items` (at least 1).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{
    ConfirmDialog, ConversationFilter, OptionGroup, OptionObject, PlainText, Str, Text, tag,
};

/// A multi-select menu of options written in the payload (`"type": "multi_static_select"`,
/// spec §5.10).
///
/// It has exactly one of `options` (at most 100) or `option_groups` (at most 100 groups).
///
/// ```
/// use blockkit::{MultiStaticSelect, OptionGroup, OptionObject};
/// use serde_json::json;
///
/// let menu = MultiStaticSelect::new()
///     .action_id("regions")
///     .max_selected_items(2)
///     .option_group(OptionGroup::new("Europe").option(OptionObject::new("Paris", "cdg")))
///     .initial_option(OptionObject::new("Paris", "cdg"));
/// assert_eq!(
///     serde_json::to_value(&menu).unwrap(),
///     json!({
///         "type": "multi_static_select",
///         "action_id": "regions",
///         "max_selected_items": 2,
///         "option_groups": [{
///             "label": {"type": "plain_text", "text": "Europe"},
///             "options": [{"text": {"type": "plain_text", "text": "Paris"}, "value": "cdg"}]
///         }],
///         "initial_options": [{"text": {"type": "plain_text", "text": "Paris"}, "value": "cdg"}]
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MultiStaticSelect {
    #[serde(rename = "type")]
    kind: tag::MultiStaticSelect,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Shown before anything is chosen: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the menu has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// How many items may be selected: at least 1.
    pub max_selected_items: Option<u32>,
    /// The options (`plain_text`, under 76 characters): at most 100. Not together with
    /// `option_groups`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionObject>,
    /// Groups of options: at most 100. Not together with `options`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub option_groups: Vec<OptionGroup>,
    /// The options selected at first; each must equal one of the menu's options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub initial_options: Vec<OptionObject>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MultiStaticSelect {
    /// An empty menu; add options with [`MultiStaticSelect::option`] or groups with
    /// [`MultiStaticSelect::option_group`].
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(MultiStaticSelect {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 150 characters.
    placeholder: into PlainText,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At least 1.
    max_selected_items: u32,
    /// An option (`plain_text`). Not together with option groups.
    options: vec option OptionObject,
    /// A group of options. Not together with options.
    option_groups: vec option_group OptionGroup,
    /// An option selected at first; it must equal one of the menu's options.
    initial_options: vec initial_option OptionObject,
});

/// A multi-select menu whose options your app serves from its options load URL
/// (`"type": "multi_external_select"`, spec §5.10).
///
/// ```
/// use blockkit::MultiExternalSelect;
/// use serde_json::json;
///
/// let menu = MultiExternalSelect::new().action_id("tags").min_query_length(1);
/// assert_eq!(
///     serde_json::to_value(&menu).unwrap(),
///     json!({"type": "multi_external_select", "action_id": "tags", "min_query_length": 1})
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MultiExternalSelect {
    #[serde(rename = "type")]
    kind: tag::MultiExternalSelect,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Shown before anything is chosen: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the menu has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// How many items may be selected: at least 1.
    pub max_selected_items: Option<u32>,
    /// The options selected at first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub initial_options: Vec<OptionObject>,
    /// How many characters the user types before Slack queries your options URL. Defaults to 3.
    pub min_query_length: Option<u32>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MultiExternalSelect {
    /// A menu with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(MultiExternalSelect {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 150 characters.
    placeholder: into PlainText,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At least 1.
    max_selected_items: u32,
    /// An option selected at first.
    initial_options: vec initial_option OptionObject,
    /// Defaults to 3.
    min_query_length: u32,
});

/// A multi-select menu of the workspace's users (`"type": "multi_users_select"`, spec §5.10).
///
/// ```
/// use blockkit::MultiUsersSelect;
/// use serde_json::json;
///
/// let menu = MultiUsersSelect::new()
///     .action_id("reviewers")
///     .initial_users(["U01", "U02"]);
/// assert_eq!(
///     serde_json::to_value(&menu).unwrap(),
///     json!({
///         "type": "multi_users_select",
///         "action_id": "reviewers",
///         "initial_users": ["U01", "U02"]
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MultiUsersSelect {
    #[serde(rename = "type")]
    kind: tag::MultiUsersSelect,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Shown before anything is chosen: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the menu has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// How many items may be selected: at least 1.
    pub max_selected_items: Option<u32>,
    /// The IDs of the users selected at first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub initial_users: Vec<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MultiUsersSelect {
    /// A menu with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(MultiUsersSelect {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 150 characters.
    placeholder: into PlainText,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At least 1.
    max_selected_items: u32,
    /// A user ID selected at first.
    initial_users: vec initial_user Str,
});

/// A multi-select menu of conversations (`"type": "multi_conversations_select"`, spec §5.10).
///
/// ```
/// use blockkit::{ConversationFilter, MultiConversationsSelect};
/// use serde_json::json;
///
/// let menu = MultiConversationsSelect::new()
///     .action_id("rooms")
///     .initial_conversation("C0123456")
///     .filter(ConversationFilter::new().exclude_bot_users(true));
/// assert_eq!(
///     serde_json::to_value(&menu).unwrap(),
///     json!({
///         "type": "multi_conversations_select",
///         "action_id": "rooms",
///         "initial_conversations": ["C0123456"],
///         "filter": {"exclude_bot_users": true}
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MultiConversationsSelect {
    #[serde(rename = "type")]
    kind: tag::MultiConversationsSelect,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Shown before anything is chosen: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the menu has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// How many items may be selected: at least 1.
    pub max_selected_items: Option<u32>,
    /// The IDs of the conversations selected at first; ignored when
    /// `default_to_current_conversation` is set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub initial_conversations: Vec<Str>,
    /// Pre-selects the conversation the modal was opened from. Defaults to `false`.
    pub default_to_current_conversation: Option<bool>,
    /// Which conversations are listed.
    pub filter: Option<ConversationFilter>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MultiConversationsSelect {
    /// A menu with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(MultiConversationsSelect {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 150 characters.
    placeholder: into PlainText,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At least 1.
    max_selected_items: u32,
    /// A conversation ID selected at first.
    initial_conversations: vec initial_conversation Str,
    /// Pre-selects the conversation the modal was opened from.
    default_to_current_conversation: bool,
    /// Which conversations are listed.
    filter: ConversationFilter,
});

/// A multi-select menu of public channels (`"type": "multi_channels_select"`, spec §5.10).
///
/// ```
/// use blockkit::MultiChannelsSelect;
/// use serde_json::json;
///
/// let menu = MultiChannelsSelect::new()
///     .action_id("channels")
///     .placeholder("Channels")
///     .initial_channel("C0123456");
/// assert_eq!(
///     serde_json::to_value(&menu).unwrap(),
///     json!({
///         "type": "multi_channels_select",
///         "action_id": "channels",
///         "placeholder": {"type": "plain_text", "text": "Channels"},
///         "initial_channels": ["C0123456"]
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MultiChannelsSelect {
    #[serde(rename = "type")]
    kind: tag::MultiChannelsSelect,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// Shown before anything is chosen: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the menu has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// How many items may be selected: at least 1.
    pub max_selected_items: Option<u32>,
    /// The IDs of the public channels selected at first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub initial_channels: Vec<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MultiChannelsSelect {
    /// A menu with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(MultiChannelsSelect {
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// At most 150 characters.
    placeholder: into PlainText,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At least 1.
    max_selected_items: u32,
    /// A public channel ID selected at first.
    initial_channels: vec initial_channel Str,
});
