//! The tables of the rules the derive cannot express, keyed like the limits table: an object
//! (`"section"`, `"button"`, `"option"`, `"element"` for every element, `"block"` for every
//! block, `"view"` for every view) and a field path (`text`, `fields[]`, `chart.segments`).

/// Definitions that answer to a limit object besides their own `"type"`.
pub(super) const ALIASES: &[(&str, &str)] = &[
    ("PlainText", "text"),
    ("MrkdwnText", "text"),
    ("OptionObject", "option"),
    ("OptionGroup", "option_group"),
    ("ConfirmDialog", "confirm"),
    ("DispatchActionConfig", "dispatch_action_config"),
    ("ConversationFilter", "filter"),
    ("FeedbackButton", "feedback_button"),
    ("SlackFile", "slack_file"),
    ("WorkflowButton", "button"),
    ("RadioButtons", "checkboxes"),
    ("MultiStaticSelect", "static_select"),
    ("MultiStaticSelect", "multi_select"),
    ("MultiExternalSelect", "multi_select"),
    ("MultiUsersSelect", "multi_select"),
    ("MultiConversationsSelect", "multi_select"),
    ("MultiChannelsSelect", "multi_select"),
    ("Modal", "view"),
    ("HomeTab", "view"),
    ("WorkflowStepView", "view"),
    ("Message", "message"),
    ("Attachment", "attachment"),
    // The request bodies (spec §8), by the method or payload they are the body of; those that
    // carry a message answer to `message` too (its fields are flattened into them), and the
    // `external_id` of `views.update` is the view's.
    ("PostMessage", "chat.postMessage"),
    ("PostEphemeral", "chat.postEphemeral"),
    ("UpdateMessage", "chat.update"),
    ("ScheduleMessage", "chat.scheduleMessage"),
    ("DeleteMessage", "chat.delete"),
    ("OpenView", "views.open"),
    ("PushView", "views.push"),
    ("UpdateView", "views.update"),
    ("PublishView", "views.publish"),
    ("ResponseUrlMessage", "response_url"),
    ("SlashCommandResponse", "slash_command_response"),
    ("WebhookMessage", "incoming_webhook"),
    ("ViewSubmissionResponse", "view_submission_response"),
    ("PostMessage", "message"),
    ("PostEphemeral", "message"),
    ("UpdateMessage", "message"),
    ("ScheduleMessage", "message"),
    ("ResponseUrlMessage", "message"),
    ("SlashCommandResponse", "message"),
    ("WebhookMessage", "message"),
    ("UpdateView", "view"),
];

/// `"type"` values that name a different limit object: the rich-text `text` element is not a
/// text object.
pub(super) const NOT_OBJECTS: &[&str] = &["text"];

/// Limits a schema cannot express: character budgets over many cells, and a byte size.
pub(super) const UNEXPRESSIBLE: &[(&str, &str)] = &[
    ("table", "cells"),
    ("data_table", "cells"),
    ("view", "view"),
];

/// Arrays with a minimum that are needed only when another field is absent (or are optional):
/// their minimum applies when present, but they are not `required`.
pub(super) const CONDITIONAL: &[(&str, &str)] = &[
    ("section", "fields"),
    ("static_select", "options"),
    ("static_select", "option_groups"),
    ("filter", "include"),
];

/// Fields that take only `plain_text` (spec §3.1).
pub(super) const PLAIN_ONLY: &[(&str, &str)] = &[
    ("header", "text"),
    ("input", "label"),
    ("input", "hint"),
    ("element", "placeholder"),
    ("modal", "title"),
    ("modal", "submit"),
    ("modal", "close"),
    ("confirm", "title"),
    ("confirm", "confirm"),
    ("confirm", "deny"),
    ("option_group", "label"),
    ("button", "text"),
    ("icon_button", "text"),
    ("feedback_button", "text"),
    ("image", "title"),
    ("video", "title"),
    ("video", "description"),
    ("container", "title"),
    ("auth_provider", "name"),
    ("auth_provider", "description"),
    ("auth_provider", "connected_identity"),
    ("auth_provider", "connected_context"),
];

/// Where options go, and which kind (spec §3.4): plain_text and no `url` in menus, plain_text
/// with `url` in overflow menus, either text type and no `url` in checkboxes and radio buttons.
pub(super) const OPTION_FIELDS: &[(&str, &str, &str)] = &[
    ("static_select", "options[]", "MenuOption"),
    ("static_select", "initial_option", "MenuOption"),
    ("static_select", "initial_options[]", "MenuOption"),
    ("external_select", "initial_option", "MenuOption"),
    ("multi_external_select", "initial_options[]", "MenuOption"),
    ("option_group", "options[]", "MenuOption"),
    ("overflow", "options[]", "OverflowOption"),
    ("checkboxes", "options[]", "ChoiceOption"),
    ("checkboxes", "initial_options[]", "ChoiceOption"),
    ("checkboxes", "initial_option", "ChoiceOption"),
];

/// `YYYY-MM-DD` with a month 01–12 and a day that exists in some year (29 February included).
const DATE: &str = "^[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))$";
/// `HH:mm`, 24-hour.
const TIME: &str = "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$";
/// `#` and 3, 6 or 8 hex digits.
const HEX: &str = "^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$";
/// An attachment colour: `good`, `warning`, `danger` or a hex colour.
const ATTACHMENT_COLOR: &str =
    "^(?:good|warning|danger|#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8}))$";

pub(super) const PATTERNS: &[(&str, &str, &str)] = &[
    ("datepicker", "initial_date", DATE),
    ("timepicker", "initial_time", TIME),
    ("color", "value", HEX),
    ("attachment", "color", ATTACHMENT_COLOR),
];

/// Strings that must not be empty.
pub(super) const NON_EMPTY: &[(&str, &str)] = &[
    ("link", "url"),
    ("emoji", "name"),
    ("user", "user_id"),
    ("usergroup", "usergroup_id"),
    ("channel", "channel_id"),
    ("team", "team_id"),
    ("date", "format"),
    ("canvas", "file_id"),
    ("data_table", "caption"),
    ("icon", "name"),
    ("workflow_button", "action_id"),
    ("rich_text_input", "action_id"),
    // Rule 59: the required string arguments of the request bodies.
    ("chat.postMessage", "channel"),
    ("chat.postEphemeral", "channel"),
    ("chat.postEphemeral", "user"),
    ("chat.update", "channel"),
    ("chat.update", "ts"),
    ("chat.scheduleMessage", "channel"),
    ("chat.delete", "channel"),
    ("chat.delete", "ts"),
    ("views.publish", "user_id"),
];

/// Fields the model keeps optional (to parse anything) that Slack requires.
pub(super) const REQUIRED: &[(&str, &str)] = &[
    ("workflow_button", "action_id"),
    ("rich_text_input", "action_id"),
    ("confirm", "title"),
    ("confirm", "confirm"),
    ("confirm", "deny"),
    ("modal", "type"),
    ("home", "type"),
];
