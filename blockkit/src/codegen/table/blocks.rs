//! Blocks (spec §4).

use super::Kind::{Bool, Enum as E, Obj, Plain, Str, Text, U32, Union as U};
use super::Model::{Opt, Rows};
use super::Tag::{Always, Optional};
use super::Union::{Block, Cell, Chart, Context, Element, RichText};
use super::{BLOCK_ID, Enum, Set, Ty, arg, ctor, each, f, ty};

/// Every block, by Rust name.
pub(super) const BLOCKS: &[&str] = &[
    "ActionsBlock",
    "AlertBlock",
    "AuthProviderBlock",
    "CardBlock",
    "CarouselBlock",
    "ContainerBlock",
    "ContextBlock",
    "ContextActionsBlock",
    "DataTableBlock",
    "DataVisualizationBlock",
    "DividerBlock",
    "FileBlock",
    "HeaderBlock",
    "ImageBlock",
    "InputBlock",
    "MarkdownBlock",
    "PlanBlock",
    "RichTextBlock",
    "SectionBlock",
    "TableBlock",
    "TaskCardBlock",
    "VideoBlock",
    "CallBlock",
    "ShareShortcutBlock",
];

/// A section's `accessory` (spec §5.0).
pub(super) const SECTION_ACCESSORIES: &[&str] = &[
    "button",
    "checkboxes",
    "datepicker",
    "image",
    "overflow",
    "radio_buttons",
    "timepicker",
    "workflow_button",
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

/// An actions block's `elements`.
pub(super) const ACTIONS_ELEMENTS: &[&str] = &[
    "button",
    "checkboxes",
    "datepicker",
    "datetimepicker",
    "overflow",
    "radio_buttons",
    "rich_text_input",
    "timepicker",
    "workflow_button",
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

/// An input block's `element`.
pub(super) const INPUT_ELEMENTS: &[&str] = &[
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

const ALERT_LEVEL: Enum = Enum {
    ty: "AlertLevel",
    values: &[
        ("default", "Default"),
        ("info", "Info"),
        ("warning", "Warning"),
        ("error", "Error"),
        ("success", "Success"),
    ],
};

const CONTAINER_WIDTH: Enum = Enum {
    ty: "ContainerWidth",
    values: &[
        ("narrow", "Narrow"),
        ("standard", "Standard"),
        ("wide", "Wide"),
        ("full", "Full"),
    ],
};

const TASK_STATUS: Enum = Enum {
    ty: "TaskStatus",
    values: &[
        ("pending", "Pending"),
        ("in_progress", "InProgress"),
        ("complete", "Complete"),
        ("error", "Error"),
    ],
};

const IMAGE: super::Kind = Obj("ImageElement");

pub(super) const TYPES: &[Ty] = &[
    ty("ActionsBlock", Always("actions"))
        .markup("actions")
        .fields(&[
            BLOCK_ID,
            each("elements", "element", U(Element, Some(ACTIONS_ELEMENTS))).items(),
        ]),
    ty("AlertBlock", Always("alert"))
        .markup("alert")
        .ctors(&[ctor("new", &["text"])])
        .fields(&[
            BLOCK_ID,
            arg("text", Text).text(),
            f("level", E(&ALERT_LEVEL)),
        ]),
    ty("AuthProviderBlock", Always("auth_provider"))
        .markup("auth_provider")
        .ctors(&[ctor("new", &["value", "name", "is_connected"])])
        .fields(&[
            BLOCK_ID,
            arg("value", Str),
            arg("name", Plain),
            arg("is_connected", Bool),
            f("description", Plain),
            f("icon_url", Str),
            f("auth_url", Str),
            f("disconnect_url", Str),
            f("connected_identity", Plain),
            f("connected_context", Plain),
            f("accessory", U(Element, Some(&["overflow"]))),
            each("fallback", "fallback_block", U(Block, None)).items(),
        ]),
    ty("CardBlock", Always("card")).markup("card").fields(&[
        BLOCK_ID,
        f("hero_image", IMAGE),
        f("icon", IMAGE),
        f("slack_icon", Obj("SlackIcon")),
        f("title", Text),
        f("subtitle", Text),
        f("body", Text),
        f("subtext", Text),
        each("actions", "action", U(Element, Some(&["button"]))).items(),
    ]),
    ty("CarouselBlock", Always("carousel"))
        .markup("carousel")
        .fields(&[
            BLOCK_ID,
            each("elements", "card", U(Block, Some(&["card"]))).items(),
        ]),
    ty("ContainerBlock", Always("container"))
        .markup("container")
        .ctors(&[
            ctor("new", &["title"]),
            ctor("with_rich_text_title", &["rich_text_title"]),
        ])
        .fields(&[
            BLOCK_ID,
            f("title", Plain),
            f("rich_text_title", Obj("RichTextBlock")),
            f("subtitle", Text),
            each("child_blocks", "child_block", U(Block, None)).items(),
            f("width", E(&CONTAINER_WIDTH)),
            f("icon", IMAGE),
            f("is_collapsible", Bool),
            f("default_collapsed", Bool),
            f("has_header_divider", Bool),
        ]),
    ty("ContextBlock", Always("context"))
        .markup("context")
        .fields(&[
            BLOCK_ID,
            each("elements", "element", U(Context, None)).items(),
        ]),
    ty("ContextActionsBlock", Always("context_actions"))
        .markup("context_actions")
        .fields(&[
            BLOCK_ID,
            each(
                "elements",
                "element",
                U(Element, Some(&["feedback_buttons", "icon_button"])),
            )
            .items(),
        ]),
    ty("DataTableBlock", Always("data_table"))
        .markup("data_table")
        .ctors(&[ctor("new", &["caption"])])
        .fields(&[
            BLOCK_ID,
            each("rows", "row", U(Cell, None))
                .set(Set::Custom)
                .model(Rows)
                .items_in("row"),
            arg("caption", Str),
            f("page_size", U32),
            f("row_header_column_index", U32),
        ]),
    ty("DataVisualizationBlock", Always("data_visualization"))
        .markup("data_visualization")
        .ctors(&[ctor("new", &["title", "chart"])])
        .fields(&[
            BLOCK_ID,
            arg("title", Str),
            arg("chart", U(Chart, None)).items(),
        ]),
    ty("DividerBlock", Always("divider"))
        .markup("divider")
        .fields(&[BLOCK_ID]),
    ty("FileBlock", Always("file"))
        .ctors(&[ctor("new", &["external_id", "source"])])
        .fields(&[BLOCK_ID, arg("external_id", Str), arg("source", Str)]),
    ty("HeaderBlock", Always("header"))
        .markup("header")
        .ctors(&[ctor("new", &["text"])])
        .fields(&[BLOCK_ID, arg("text", Plain).text()]),
    ty("ImageBlock", Always("image"))
        .markup("image")
        .ctors(&[
            ctor("new", &["image_url", "alt_text"]),
            ctor("slack_file", &["slack_file", "alt_text"]),
        ])
        .fields(&[
            BLOCK_ID,
            arg("alt_text", Str),
            arg("image_url", Str).model(Opt),
            arg("slack_file", Obj("SlackFile")).model(Opt),
            f("title", Plain),
        ]),
    ty("InputBlock", Always("input"))
        .markup("input")
        .ctors(&[ctor("new", &["label", "element"])])
        .fields(&[
            BLOCK_ID,
            arg("label", Plain),
            arg("element", U(Element, Some(INPUT_ELEMENTS))).items(),
            f("dispatch_action", Bool),
            f("hint", Plain),
            f("optional", Bool),
        ]),
    ty("MarkdownBlock", Always("markdown"))
        .markup("markdown")
        .ctors(&[ctor("new", &["text"])])
        .fields(&[BLOCK_ID, arg("text", Str).text()]),
    ty("PlanBlock", Always("plan"))
        .markup("plan")
        .ctors(&[ctor("new", &["title"])])
        .fields(&[
            BLOCK_ID,
            arg("title", Str),
            each("tasks", "task", Obj("TaskCardBlock")).items(),
        ]),
    ty("RichTextBlock", Always("rich_text"))
        .markup("rich_text")
        .fields(&[
            BLOCK_ID,
            each("elements", "element", U(RichText, None))
                .set(Set::Custom)
                .items(),
        ]),
    ty("SectionBlock", Always("section"))
        .markup("section")
        .fields(&[
            BLOCK_ID,
            f("text", Text).text(),
            each("fields", "field", Text).items_in("fields"),
            f("accessory", U(Element, Some(SECTION_ACCESSORIES))),
            f("expand", Bool),
        ]),
    ty("TableBlock", Always("table")).markup("table").fields(&[
        BLOCK_ID,
        each("rows", "row", U(Cell, None))
            .set(Set::Custom)
            .model(Rows)
            .items_in("row"),
        each("column_settings", "column_setting", Obj("ColumnSettings")).items(),
    ]),
    ty("TaskCardBlock", Optional("task_card"))
        .markup("task_card")
        .ctors(&[ctor("new", &["task_id", "title"])])
        .fields(&[
            BLOCK_ID,
            arg("task_id", Str),
            arg("title", Str),
            f("details", Obj("RichTextBlock")),
            f("output", Obj("RichTextBlock")),
            each("sources", "source", Obj("UrlSource")).items(),
            f("status", E(&TASK_STATUS)),
        ]),
    ty("VideoBlock", Always("video"))
        .markup("video")
        .ctors(&[ctor(
            "new",
            &["alt_text", "title", "thumbnail_url", "video_url"],
        )])
        .fields(&[
            BLOCK_ID,
            arg("alt_text", Str),
            arg("video_url", Str),
            arg("thumbnail_url", Str),
            arg("title", Plain),
            f("title_url", Str),
            f("description", Plain),
            f("author_name", Str),
            f("provider_name", Str),
            f("provider_icon_url", Str),
        ]),
    ty("CallBlock", Always("call")).ctors(&[]),
    ty("ShareShortcutBlock", Always("share_shortcut")).ctors(&[]),
];
