//! Block elements (spec §5) and where each may go (spec §5.0).

use blockkit_limits as l;

use super::Family::{Block, Element, Object};
use super::Kind::{Bool, Date, Enum as E, I64, NumStr, Plain, Str, Tags, Time, U32};
use super::TextPolicy::Plain as PlainOnly;
use super::{Arg, Attr, Setter, Slot, Tag, attr, ctor, items, tag, text_slot};
use blockkit_limits::values::BUTTON_STYLE;

const SELECTS: [&str; 10] = [
    "static_select",
    "external_select",
    "users_select",
    "conversations_select",
    "channels_select",
    "multi_static_select",
    "multi_external_select",
    "multi_users_select",
    "multi_conversations_select",
    "multi_channels_select",
];

const fn with_selects<const N: usize, const M: usize>(
    head: [&'static str; N],
) -> [&'static str; M] {
    let mut out = [""; M];
    let mut i = 0;
    while i < N && i < M {
        out[i] = head[i];
        i += 1;
    }
    let mut j = 0;
    while j < SELECTS.len() && i + j < M {
        out[i + j] = SELECTS[j];
        j += 1;
    }
    out
}

/// A section block's `accessory` (spec §4.11).
pub(crate) const SECTION_ACCESSORIES: &[&str] = &with_selects::<8, 18>([
    "button",
    "checkboxes",
    "datepicker",
    "image",
    "overflow",
    "radio_buttons",
    "timepicker",
    "workflow_button",
]);

/// An actions block's `elements` (spec §4.1).
pub(crate) const ACTIONS_ELEMENTS: &[&str] = &with_selects::<9, 19>([
    "button",
    "checkboxes",
    "datepicker",
    "datetimepicker",
    "overflow",
    "radio_buttons",
    "rich_text_input",
    "timepicker",
    "workflow_button",
]);

/// An input block's `element` (spec §4.8).
pub(crate) const INPUT_ELEMENTS: &[&str] = &with_selects::<11, 21>([
    "checkboxes",
    "datepicker",
    "datetimepicker",
    "email_text_input",
    "file_input",
    "number_input",
    "plain_text_input",
    "radio_buttons",
    "rich_text_input",
    "timepicker",
    "url_text_input",
]);

/// A `context_actions` block's `elements` (spec §4.3).
pub(crate) const CONTEXT_ACTIONS_ELEMENTS: &[&str] = &["feedback_buttons", "icon_button"];

const ACTION_ID: Attr = attr("action_id", Str).limit(&l::element::ACTION_ID);
const CONFIRM: Attr = attr("confirm", Tags(Object, &["confirm"]));
const FOCUS: Attr = attr("focus_on_load", Bool);
const PLACEHOLDER: Attr = attr("placeholder", Plain).limit(&l::element::PLACEHOLDER);
const DISPATCH: Attr = attr(
    "dispatch_action_config",
    Tags(Object, &["dispatch_action_config"]),
);
const INITIAL_OPTION: Attr = attr("initial_option", Tags(Object, &["option"]));
const INITIAL_OPTIONS: Attr =
    attr("initial_options", Tags(Object, &["option"])).list("initial_option");
const MAX_SELECTED: Attr =
    attr("max_selected_items", U32).limit(&l::multi_select::MAX_SELECTED_ITEMS);
const MIN_QUERY: Attr = attr("min_query_length", U32);
const FILTER: Attr = attr("filter", Tags(Object, &["filter"]));
const DEFAULT_TO_CURRENT: Attr = attr("default_to_current_conversation", Bool);
const RESPONSE_URL: Attr = attr("response_url_enabled", Bool);
const INITIAL_VALUE: Attr = attr("initial_value", Str);

const BUTTON_TEXT: Slot = text_slot(PlainOnly, Setter::None, true).limit(&l::button::TEXT);
const OPTIONS: Slot = items(
    "options",
    Object,
    &["option"],
    Setter::Vec {
        one: "option",
        many: "options",
    },
);
const OPTION_GROUPS: Slot = items(
    "option_groups",
    Object,
    &["option_group"],
    Setter::Vec {
        one: "option_group",
        many: "option_groups",
    },
);
const TEXT_NEW: &[super::Ctor] = &[ctor("new", &[Arg::Slot("text")])];
const IMAGE_CTORS: &[super::Ctor] = &[
    ctor("new", &[Arg::Attr("image_url"), Arg::Attr("alt_text")]),
    ctor(
        "slack_file",
        &[Arg::Attr("slack_file"), Arg::Attr("alt_text")],
    ),
];

pub(crate) const TAGS: &[Tag] = &[
    tag("button", Element, "Button")
        .ctors(TEXT_NEW)
        .attrs(&[
            ACTION_ID,
            attr("url", Str).limit(&l::button::URL),
            attr("value", Str).limit(&l::button::VALUE),
            attr("style", E(&BUTTON_STYLE)),
            CONFIRM,
            attr("accessibility_label", Str).limit(&l::button::ACCESSIBILITY_LABEL),
            attr("agent_prompt", Str).limit(&l::button::AGENT_PROMPT),
            attr("agent_prompt_display", Str),
            attr("visible_to_user_ids", Str).list("visible_to_user_id"),
        ])
        .slots(&[BUTTON_TEXT]),
    tag("workflow_button", Element, "WorkflowButton")
        .ctors(&[ctor(
            "new",
            &[
                Arg::Slot("text"),
                Arg::Attr("action_id"),
                Arg::Attr("workflow"),
            ],
        )])
        .attrs(&[
            ACTION_ID.ctor_only(),
            attr("workflow", Tags(Object, &["workflow"])).ctor_only(),
            attr("style", E(&BUTTON_STYLE)),
            attr("accessibility_label", Str).limit(&l::button::ACCESSIBILITY_LABEL),
            CONFIRM,
        ])
        .slots(&[BUTTON_TEXT]),
    tag("icon_button", Element, "IconButton")
        .ctors(&[ctor("new", &[Arg::Attr("icon"), Arg::Slot("text")])])
        .attrs(&[
            attr("icon", Str).ctor_only(),
            ACTION_ID,
            attr("value", Str).limit(&l::icon_button::VALUE),
            CONFIRM,
            attr("accessibility_label", Str).limit(&l::icon_button::ACCESSIBILITY_LABEL),
            attr("visible_to_user_ids", Str)
                .list("visible_to_user_id")
                .limit(&l::icon_button::VISIBLE_TO_USER_IDS),
        ])
        .slots(&[text_slot(PlainOnly, Setter::None, true)]),
    tag("feedback_buttons", Element, "FeedbackButtons")
        .ctors(&[ctor(
            "new",
            &[Arg::Attr("positive_button"), Arg::Attr("negative_button")],
        )])
        .attrs(&[
            attr("positive_button", Tags(Object, &["feedback_button"])).ctor_only(),
            attr("negative_button", Tags(Object, &["feedback_button"])).ctor_only(),
            ACTION_ID,
        ]),
    tag("checkboxes", Element, "Checkboxes")
        .attrs(&[ACTION_ID, CONFIRM, FOCUS, INITIAL_OPTIONS])
        .slots(&[OPTIONS.required().limit(&l::checkboxes::OPTIONS)]),
    tag("radio_buttons", Element, "RadioButtons")
        .attrs(&[ACTION_ID, CONFIRM, FOCUS, INITIAL_OPTION])
        .slots(&[OPTIONS.required().limit(&l::checkboxes::OPTIONS)]),
    tag("overflow", Element, "Overflow")
        .attrs(&[ACTION_ID, CONFIRM])
        .slots(&[OPTIONS.required().limit(&l::overflow::OPTIONS)]),
    tag("datepicker", Element, "DatePicker").attrs(&[
        attr("initial_date", Date),
        ACTION_ID,
        CONFIRM,
        FOCUS,
        PLACEHOLDER,
    ]),
    tag("datetimepicker", Element, "DateTimePicker").attrs(&[
        attr("initial_date_time", I64).limit(&l::datetimepicker::INITIAL_DATE_TIME),
        ACTION_ID,
        CONFIRM,
        FOCUS,
    ]),
    tag("timepicker", Element, "TimePicker").attrs(&[
        attr("initial_time", Time),
        attr("timezone", Str),
        ACTION_ID,
        CONFIRM,
        FOCUS,
        PLACEHOLDER,
    ]),
    tag("static_select", Element, "StaticSelect")
        .attrs(&[ACTION_ID, PLACEHOLDER, CONFIRM, FOCUS, INITIAL_OPTION])
        .slots(&[
            OPTIONS.limit(&l::static_select::OPTIONS),
            OPTION_GROUPS.limit(&l::static_select::OPTION_GROUPS),
        ])
        .one_of(&["options", "option_groups"]),
    tag("external_select", Element, "ExternalSelect").attrs(&[
        ACTION_ID,
        PLACEHOLDER,
        CONFIRM,
        FOCUS,
        INITIAL_OPTION,
        MIN_QUERY,
    ]),
    tag("users_select", Element, "UsersSelect").attrs(&[
        ACTION_ID,
        PLACEHOLDER,
        CONFIRM,
        FOCUS,
        attr("initial_user", Str),
    ]),
    tag("conversations_select", Element, "ConversationsSelect").attrs(&[
        ACTION_ID,
        PLACEHOLDER,
        CONFIRM,
        FOCUS,
        attr("initial_conversation", Str),
        DEFAULT_TO_CURRENT,
        RESPONSE_URL,
        FILTER,
    ]),
    tag("channels_select", Element, "ChannelsSelect").attrs(&[
        ACTION_ID,
        PLACEHOLDER,
        CONFIRM,
        FOCUS,
        attr("initial_channel", Str),
        RESPONSE_URL,
    ]),
    tag("multi_static_select", Element, "MultiStaticSelect")
        .attrs(&[
            ACTION_ID,
            PLACEHOLDER,
            CONFIRM,
            FOCUS,
            MAX_SELECTED,
            INITIAL_OPTIONS,
        ])
        .slots(&[
            OPTIONS.limit(&l::static_select::OPTIONS),
            OPTION_GROUPS.limit(&l::static_select::OPTION_GROUPS),
        ])
        .one_of(&["options", "option_groups"]),
    tag("multi_external_select", Element, "MultiExternalSelect").attrs(&[
        ACTION_ID,
        PLACEHOLDER,
        CONFIRM,
        FOCUS,
        MAX_SELECTED,
        INITIAL_OPTIONS,
        MIN_QUERY,
    ]),
    tag("multi_users_select", Element, "MultiUsersSelect").attrs(&[
        ACTION_ID,
        PLACEHOLDER,
        CONFIRM,
        FOCUS,
        MAX_SELECTED,
        attr("initial_users", Str).list("initial_user"),
    ]),
    tag(
        "multi_conversations_select",
        Element,
        "MultiConversationsSelect",
    )
    .attrs(&[
        ACTION_ID,
        PLACEHOLDER,
        CONFIRM,
        FOCUS,
        MAX_SELECTED,
        attr("initial_conversations", Str).list("initial_conversation"),
        DEFAULT_TO_CURRENT,
        FILTER,
    ]),
    tag("multi_channels_select", Element, "MultiChannelsSelect").attrs(&[
        ACTION_ID,
        PLACEHOLDER,
        CONFIRM,
        FOCUS,
        MAX_SELECTED,
        attr("initial_channels", Str).list("initial_channel"),
    ]),
    tag("plain_text_input", Element, "PlainTextInput").attrs(&[
        INITIAL_VALUE,
        attr("multiline", Bool),
        attr("min_length", U32).limit(&l::plain_text_input::MIN_LENGTH),
        attr("max_length", U32).limit(&l::plain_text_input::MAX_LENGTH),
        ACTION_ID,
        DISPATCH,
        FOCUS,
        PLACEHOLDER,
    ]),
    tag("email_text_input", Element, "EmailInput").attrs(&[
        INITIAL_VALUE,
        ACTION_ID,
        DISPATCH,
        FOCUS,
        PLACEHOLDER,
    ]),
    tag("url_text_input", Element, "UrlInput").attrs(&[
        INITIAL_VALUE,
        ACTION_ID,
        DISPATCH,
        FOCUS,
        PLACEHOLDER,
    ]),
    tag("number_input", Element, "NumberInput")
        .ctors(&[ctor("new", &[Arg::Attr("is_decimal_allowed")])])
        .attrs(&[
            attr("is_decimal_allowed", Bool).ctor_only(),
            attr("initial_value", NumStr),
            attr("min_value", NumStr),
            attr("max_value", NumStr),
            ACTION_ID,
            DISPATCH,
            FOCUS,
            PLACEHOLDER,
        ]),
    tag("file_input", Element, "FileInput").attrs(&[
        attr("filetypes", Str).list("filetype"),
        attr("max_files", U32).limit(&l::file_input::MAX_FILES),
        ACTION_ID,
    ]),
    tag("rich_text_input", Element, "RichTextInput")
        .ctors(&[ctor("new", &[Arg::Attr("action_id")])])
        .attrs(&[
            ACTION_ID.ctor_only(),
            attr("initial_value", Tags(Block, &["rich_text"])),
            attr("min_lines", U32).limit(&l::rich_text_input::MIN_LINES),
            attr("max_lines", U32).limit(&l::rich_text_input::MAX_LINES),
            DISPATCH,
            FOCUS,
            PLACEHOLDER,
        ]),
    tag("image", Element, "ImageElement")
        .ctors(IMAGE_CTORS)
        .attrs(&[
            attr("image_url", Str)
                .ctor_only()
                .aliases(&["url"])
                .limit(&l::image_block::IMAGE_URL),
            attr("alt_text", Str)
                .ctor_only()
                .aliases(&["alt"])
                .limit(&l::image_block::ALT_TEXT),
            attr("slack_file", Tags(Object, &["slack_file"])).ctor_only(),
        ]),
];
