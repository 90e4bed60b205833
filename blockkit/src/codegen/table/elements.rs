//! Block elements (spec §5).

use super::Kind::{Bool, Enum as E, I64, Obj, Plain, Str, U32, Union as U};
use super::Model::{Opt, OptBox};
use super::Tag::Always;
use super::Union::RichTextValue;
use super::{ACTION_ID, Enum, Field, Ty, arg, ctor, each, f, ty};

/// Every element, by Rust name.
pub(super) const ELEMENTS: &[&str] = &[
    "Button",
    "Checkboxes",
    "DatePicker",
    "DateTimePicker",
    "EmailInput",
    "FileInput",
    "ImageElement",
    "StaticSelect",
    "ExternalSelect",
    "UsersSelect",
    "ConversationsSelect",
    "ChannelsSelect",
    "MultiStaticSelect",
    "MultiExternalSelect",
    "MultiUsersSelect",
    "MultiConversationsSelect",
    "MultiChannelsSelect",
    "NumberInput",
    "Overflow",
    "PlainTextInput",
    "RadioButtons",
    "RichTextInput",
    "TimePicker",
    "UrlInput",
    "WorkflowButton",
    "FeedbackButtons",
    "IconButton",
];

const BUTTON_STYLE: Enum = Enum {
    ty: "ButtonStyle",
    values: &[("primary", "Primary"), ("danger", "Danger")],
};

const CONFIRM: Field = f("confirm", Obj("ConfirmDialog")).model(OptBox);
const FOCUS: Field = f("focus_on_load", Bool);
const PLACEHOLDER: Field = f("placeholder", Plain);
const DISPATCH: Field = f("dispatch_action_config", Obj("DispatchActionConfig"));
const INITIAL_VALUE: Field = f("initial_value", Str);
const INITIAL_OPTION: Field = f("initial_option", Obj("OptionObject"));
const INITIAL_OPTIONS: Field = each("initial_options", "initial_option", Obj("OptionObject"));
const OPTIONS: Field = each("options", "option", Obj("OptionObject")).items();
const OPTION_GROUPS: Field = each("option_groups", "option_group", Obj("OptionGroup")).items();
const MAX_SELECTED: Field = f("max_selected_items", U32);
const MIN_QUERY: Field = f("min_query_length", U32);
const FILTER: Field = f("filter", Obj("ConversationFilter"));
const DEFAULT_TO_CURRENT: Field = f("default_to_current_conversation", Bool);
const RESPONSE_URL: Field = f("response_url_enabled", Bool);
const BUTTON_TEXT: Field = arg("text", Plain).text();

pub(super) const TYPES: &[Ty] = &[
    ty("Button", Always("button"))
        .markup("button")
        .ctors(&[ctor("new", &["text"])])
        .fields(&[
            BUTTON_TEXT,
            ACTION_ID,
            f("url", Str),
            f("value", Str),
            f("style", E(&BUTTON_STYLE)),
            CONFIRM,
            f("accessibility_label", Str),
            f("agent_prompt", Str),
            f("agent_prompt_display", Str),
            each("visible_to_user_ids", "visible_to_user_id", Str),
        ]),
    ty("WorkflowButton", Always("workflow_button"))
        .markup("workflow_button")
        .ctors(&[ctor("new", &["text", "action_id", "workflow"])])
        .fields(&[
            BUTTON_TEXT,
            arg("workflow", Obj("Workflow")),
            arg("action_id", Str).model(Opt),
            f("style", E(&BUTTON_STYLE)),
            f("accessibility_label", Str),
            CONFIRM,
        ]),
    ty("FeedbackButtons", Always("feedback_buttons"))
        .markup("feedback_buttons")
        .ctors(&[ctor("new", &["positive_button", "negative_button"])])
        .fields(&[
            arg("positive_button", Obj("FeedbackButton")),
            arg("negative_button", Obj("FeedbackButton")),
            ACTION_ID,
        ]),
    ty("IconButton", Always("icon_button"))
        .markup("icon_button")
        .ctors(&[ctor("new", &["icon", "text"])])
        .fields(&[
            arg("icon", Str),
            BUTTON_TEXT,
            ACTION_ID,
            f("value", Str),
            CONFIRM,
            f("accessibility_label", Str),
            each("visible_to_user_ids", "visible_to_user_id", Str),
        ]),
    ty("Checkboxes", Always("checkboxes"))
        .markup("checkboxes")
        .fields(&[OPTIONS, INITIAL_OPTIONS, ACTION_ID, CONFIRM, FOCUS]),
    ty("RadioButtons", Always("radio_buttons"))
        .markup("radio_buttons")
        .fields(&[OPTIONS, INITIAL_OPTION, ACTION_ID, CONFIRM, FOCUS]),
    ty("Overflow", Always("overflow"))
        .markup("overflow")
        .fields(&[OPTIONS, ACTION_ID, CONFIRM]),
    ty("ImageElement", Always("image"))
        .markup("image")
        .ctors(&[
            ctor("new", &["image_url", "alt_text"]),
            ctor("slack_file", &["slack_file", "alt_text"]),
        ])
        .fields(&[
            arg("alt_text", Str),
            arg("image_url", Str).model(Opt),
            arg("slack_file", Obj("SlackFile")).model(Opt),
        ]),
    ty("PlainTextInput", Always("plain_text_input"))
        .markup("plain_text_input")
        .fields(&[
            INITIAL_VALUE,
            f("multiline", Bool),
            f("min_length", U32),
            f("max_length", U32),
            ACTION_ID,
            DISPATCH,
            FOCUS,
            PLACEHOLDER,
        ]),
    ty("EmailInput", Always("email_text_input"))
        .markup("email_text_input")
        .fields(&[INITIAL_VALUE, ACTION_ID, DISPATCH, FOCUS, PLACEHOLDER]),
    ty("UrlInput", Always("url_text_input"))
        .markup("url_text_input")
        .fields(&[INITIAL_VALUE, ACTION_ID, DISPATCH, FOCUS, PLACEHOLDER]),
    ty("NumberInput", Always("number_input"))
        .markup("number_input")
        .ctors(&[ctor("new", &["is_decimal_allowed"])])
        .fields(&[
            arg("is_decimal_allowed", Bool),
            INITIAL_VALUE,
            f("min_value", Str),
            f("max_value", Str),
            ACTION_ID,
            DISPATCH,
            FOCUS,
            PLACEHOLDER,
        ]),
    ty("FileInput", Always("file_input"))
        .markup("file_input")
        .fields(&[
            each("filetypes", "filetype", Str),
            f("max_files", U32),
            ACTION_ID,
        ]),
    ty("RichTextInput", Always("rich_text_input"))
        .markup("rich_text_input")
        .ctors(&[ctor("new", &["action_id"])])
        .fields(&[
            arg("action_id", Str).model(Opt),
            f("initial_value", U(RichTextValue, None)),
            f("min_lines", U32),
            f("max_lines", U32),
            DISPATCH,
            FOCUS,
            PLACEHOLDER,
        ]),
    ty("StaticSelect", Always("static_select"))
        .markup("static_select")
        .fields(&[
            ACTION_ID,
            PLACEHOLDER,
            CONFIRM,
            FOCUS,
            OPTIONS,
            OPTION_GROUPS,
            INITIAL_OPTION,
        ]),
    ty("ExternalSelect", Always("external_select"))
        .markup("external_select")
        .fields(&[
            ACTION_ID,
            PLACEHOLDER,
            CONFIRM,
            FOCUS,
            INITIAL_OPTION,
            MIN_QUERY,
        ]),
    ty("UsersSelect", Always("users_select"))
        .markup("users_select")
        .fields(&[
            ACTION_ID,
            PLACEHOLDER,
            CONFIRM,
            FOCUS,
            f("initial_user", Str),
        ]),
    ty("ConversationsSelect", Always("conversations_select"))
        .markup("conversations_select")
        .fields(&[
            ACTION_ID,
            PLACEHOLDER,
            CONFIRM,
            FOCUS,
            f("initial_conversation", Str),
            DEFAULT_TO_CURRENT,
            RESPONSE_URL,
            FILTER,
        ]),
    ty("ChannelsSelect", Always("channels_select"))
        .markup("channels_select")
        .fields(&[
            ACTION_ID,
            PLACEHOLDER,
            CONFIRM,
            FOCUS,
            f("initial_channel", Str),
            RESPONSE_URL,
        ]),
    ty("MultiStaticSelect", Always("multi_static_select"))
        .markup("multi_static_select")
        .fields(&[
            ACTION_ID,
            PLACEHOLDER,
            CONFIRM,
            FOCUS,
            MAX_SELECTED,
            OPTIONS,
            OPTION_GROUPS,
            INITIAL_OPTIONS,
        ]),
    ty("MultiExternalSelect", Always("multi_external_select"))
        .markup("multi_external_select")
        .fields(&[
            ACTION_ID,
            PLACEHOLDER,
            CONFIRM,
            FOCUS,
            MAX_SELECTED,
            INITIAL_OPTIONS,
            MIN_QUERY,
        ]),
    ty("MultiUsersSelect", Always("multi_users_select"))
        .markup("multi_users_select")
        .fields(&[
            ACTION_ID,
            PLACEHOLDER,
            CONFIRM,
            FOCUS,
            MAX_SELECTED,
            each("initial_users", "initial_user", Str),
        ]),
    ty(
        "MultiConversationsSelect",
        Always("multi_conversations_select"),
    )
    .markup("multi_conversations_select")
    .fields(&[
        ACTION_ID,
        PLACEHOLDER,
        CONFIRM,
        FOCUS,
        MAX_SELECTED,
        each("initial_conversations", "initial_conversation", Str),
        DEFAULT_TO_CURRENT,
        FILTER,
    ]),
    ty("MultiChannelsSelect", Always("multi_channels_select"))
        .markup("multi_channels_select")
        .fields(&[
            ACTION_ID,
            PLACEHOLDER,
            CONFIRM,
            FOCUS,
            MAX_SELECTED,
            each("initial_channels", "initial_channel", Str),
        ]),
    ty("DatePicker", Always("datepicker"))
        .markup("datepicker")
        .fields(&[
            f("initial_date", Str),
            ACTION_ID,
            CONFIRM,
            FOCUS,
            PLACEHOLDER,
        ]),
    ty("DateTimePicker", Always("datetimepicker"))
        .markup("datetimepicker")
        .fields(&[f("initial_date_time", I64), ACTION_ID, CONFIRM, FOCUS]),
    ty("TimePicker", Always("timepicker"))
        .markup("timepicker")
        .fields(&[
            f("initial_time", Str),
            f("timezone", Str),
            ACTION_ID,
            CONFIRM,
            FOCUS,
            PLACEHOLDER,
        ]),
];
