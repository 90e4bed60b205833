//! Blocks (spec §4).

use blockkit_limits as l;

use super::Family::{Block, Element, Object};
use super::Kind::{Bool, Enum as E, Plain, Str, Tags, Text, U32, Wrap};
use super::TextPolicy::{Either, Plain as PlainOnly, Str as StrOnly};
use super::elements::{
    ACTIONS_ELEMENTS, CONTEXT_ACTIONS_ELEMENTS, INPUT_ELEMENTS, SECTION_ACCESSORIES,
};
use super::{Arg, Attr, Setter, Tag, attr, ctor, items, tag, text_slot};
use blockkit_limits::values::{ALERT_LEVEL, CONTAINER_WIDTH, TASK_STATUS};

/// Every block a block list may hold.
pub(crate) const ALL_BLOCKS: &[&str] = &[
    "actions",
    "alert",
    "auth_provider",
    "card",
    "carousel",
    "container",
    "context",
    "context_actions",
    "data_table",
    "data_visualization",
    "divider",
    "file",
    "header",
    "image",
    "input",
    "markdown",
    "plan",
    "rich_text",
    "section",
    "table",
    "task_card",
    "video",
];

/// The blocks a `container` holds (spec §4.17).
pub(crate) const CONTAINER_BLOCKS: &[&str] = &[
    "actions",
    "context",
    "divider",
    "file",
    "header",
    "image",
    "input",
    "rich_text",
    "section",
    "table",
    "video",
];

/// Blocks documented for messages only (spec §4.0).
const MESSAGES_ONLY: &[&str] = &["modal", "home"];

pub(crate) const BLOCK_ID: Attr = attr("block_id", Str).limit(&l::block::BLOCK_ID);

const fn list(one: &'static str, many: &'static str) -> Setter {
    Setter::Vec { one, many }
}

const IMAGE: &[&str] = &["image"];
const RICH_TEXT: &[&str] = &["rich_text"];

pub(crate) const TAGS: &[Tag] = &[
    tag("actions", Block, "ActionsBlock")
        .attrs(&[BLOCK_ID])
        .slots(&[items(
            "elements",
            Element,
            ACTIONS_ELEMENTS,
            list("element", "elements"),
        )
        .required()
        .limit(&l::actions::ELEMENTS)]),
    tag("alert", Block, "AlertBlock")
        .ctors(&[ctor("new", &[Arg::Slot("text")])])
        .attrs(&[BLOCK_ID, attr("level", E(&ALERT_LEVEL))])
        .slots(&[text_slot(Either, Setter::None, true).limit(&l::alert::TEXT)]),
    tag("auth_provider", Block, "AuthProviderBlock")
        .ctors(&[ctor(
            "new",
            &[
                Arg::Attr("value"),
                Arg::Attr("name"),
                Arg::Attr("is_connected"),
            ],
        )])
        .attrs(&[
            BLOCK_ID,
            attr("value", Str)
                .ctor_only()
                .limit(&l::auth_provider::VALUE),
            attr("name", Plain)
                .ctor_only()
                .limit(&l::auth_provider::NAME),
            attr("is_connected", Bool).ctor_only(),
            attr("description", Plain).limit(&l::auth_provider::DESCRIPTION),
            attr("icon_url", Str).limit(&l::auth_provider::URL),
            attr("auth_url", Str).limit(&l::auth_provider::URL),
            attr("disconnect_url", Str).limit(&l::auth_provider::URL),
            attr("connected_identity", Plain).limit(&l::auth_provider::IDENTITY),
            attr("connected_context", Plain).limit(&l::auth_provider::IDENTITY),
            attr("accessory", Tags(Element, &["overflow"])),
        ])
        .slots(&[items(
            "fallback",
            Block,
            ALL_BLOCKS,
            list("fallback_block", "fallback"),
        )
        .blocks()]),
    tag("card", Block, "CardBlock")
        .attrs(&[
            BLOCK_ID,
            attr("hero_image", Tags(Element, IMAGE)),
            attr("icon", Tags(Element, IMAGE)),
            attr("slack_icon", Wrap("SlackIcon::new")),
            attr("title", Text).limit(&l::card::TITLE),
            attr("subtitle", Text).limit(&l::card::SUBTITLE),
            attr("body", Text).limit(&l::card::BODY),
            attr("subtext", Text).limit(&l::card::SUBTEXT),
        ])
        .slots(&[
            items("actions", Element, &["button"], list("action", "actions"))
                .limit(&l::card::ACTIONS),
        ])
        .one_of(&["hero_image", "title", "actions", "body"]),
    tag("carousel", Block, "CarouselBlock")
        .attrs(&[BLOCK_ID])
        .slots(&[
            items("elements", Block, &["card"], list("card", "elements"))
                .required()
                .limit(&l::carousel::ELEMENTS),
        ]),
    tag("container", Block, "ContainerBlock")
        .ctors(&[
            ctor("new", &[Arg::Attr("title")]),
            ctor("with_rich_text_title", &[Arg::Attr("rich_text_title")]),
        ])
        .attrs(&[
            BLOCK_ID,
            attr("title", Plain).limit(&l::container::TITLE),
            attr("rich_text_title", Tags(Block, RICH_TEXT)),
            attr("subtitle", Text).limit(&l::container::SUBTITLE),
            attr("width", E(&CONTAINER_WIDTH)),
            attr("icon", Tags(Element, IMAGE)),
            attr("is_collapsible", Bool),
            attr("default_collapsed", Bool),
            attr("has_header_divider", Bool),
        ])
        .slots(&[items(
            "child_blocks",
            Block,
            CONTAINER_BLOCKS,
            list("child_block", "child_blocks"),
        )
        .blocks()
        .required()
        .limit(&l::container::CHILD_BLOCKS)]),
    tag("context", Block, "ContextBlock")
        .attrs(&[BLOCK_ID])
        .slots(&[items(
            "elements",
            Element,
            &["plain", "mrkdwn", "image"],
            list("element", "elements"),
        )
        .required()
        .limit(&l::context::ELEMENTS)]),
    tag("context_actions", Block, "ContextActionsBlock")
        .attrs(&[BLOCK_ID])
        .slots(&[items(
            "elements",
            Element,
            CONTEXT_ACTIONS_ELEMENTS,
            list("element", "elements"),
        )
        .required()
        .limit(&l::context_actions::ELEMENTS)]),
    tag("data_table", Block, "DataTableBlock")
        .ctors(&[ctor("new", &[Arg::Attr("caption")])])
        .attrs(&[
            BLOCK_ID,
            attr("caption", Str).ctor_only(),
            attr("page_size", U32).limit(&l::data_table::PAGE_SIZE),
            attr("row_header_column_index", U32),
        ])
        .slots(&[items("rows", Object, &["row"], Setter::One("row"))
            .required()
            .limit(&l::data_table::ROWS)]),
    tag("data_visualization", Block, "DataVisualizationBlock")
        .ctors(&[ctor("new", &[Arg::Attr("title"), Arg::Slot("chart")])])
        .attrs(&[
            BLOCK_ID,
            attr("title", Str)
                .ctor_only()
                .limit(&l::data_visualization::TITLE),
        ])
        .slots(&[items(
            "chart",
            Object,
            &["pie", "bar", "area", "line"],
            Setter::None,
        )
        .required()
        .single()]),
    tag("divider", Block, "DividerBlock").attrs(&[BLOCK_ID]),
    tag("file", Block, "FileBlock").unavailable(
        "`<file>` blocks are read-only: Slack sends them for remote files, apps cannot post them",
    ),
    tag("header", Block, "HeaderBlock")
        .ctors(&[ctor("new", &[Arg::Slot("text")])])
        .attrs(&[BLOCK_ID])
        .slots(&[text_slot(PlainOnly, Setter::None, true).limit(&l::header::TEXT)]),
    tag("image", Block, "ImageBlock")
        .ctors(&[
            ctor("new", &[Arg::Attr("image_url"), Arg::Attr("alt_text")]),
            ctor(
                "slack_file",
                &[Arg::Attr("slack_file"), Arg::Attr("alt_text")],
            ),
        ])
        .attrs(&[
            BLOCK_ID,
            attr("image_url", Str)
                .ctor_only()
                .aliases(&["url"])
                .limit(&l::image_block::IMAGE_URL),
            attr("alt_text", Str)
                .ctor_only()
                .aliases(&["alt"])
                .limit(&l::image_block::ALT_TEXT),
            attr("slack_file", Tags(Object, &["slack_file"])).ctor_only(),
            attr("title", Plain).limit(&l::image_block::TITLE),
        ]),
    tag("input", Block, "InputBlock")
        .ctors(&[ctor("new", &[Arg::Attr("label"), Arg::Slot("element")])])
        .attrs(&[
            BLOCK_ID,
            attr("label", Plain).ctor_only().limit(&l::input::LABEL),
            attr("dispatch_action", Bool),
            attr("hint", Plain).limit(&l::input::HINT),
            attr("optional", Bool),
        ])
        .slots(&[items("element", Element, INPUT_ELEMENTS, Setter::None)
            .required()
            .single()]),
    tag("markdown", Block, "MarkdownBlock")
        .ctors(&[ctor("new", &[Arg::Slot("text")])])
        .attrs(&[BLOCK_ID])
        .slots(&[text_slot(StrOnly, Setter::None, true).limit(&l::markdown::TEXT)])
        .forbidden_on(MESSAGES_ONLY),
    tag("plan", Block, "PlanBlock")
        .ctors(&[ctor("new", &[Arg::Attr("title")])])
        .attrs(&[BLOCK_ID, attr("title", Str).ctor_only()])
        .slots(&[items("tasks", Block, &["task_card"], list("task", "tasks"))])
        .forbidden_on(MESSAGES_ONLY),
    tag("rich_text", Block, "RichTextBlock")
        .attrs(&[BLOCK_ID])
        .slots(&[items(
            "elements",
            Object,
            &[
                "rich_text_section",
                "rich_text_list",
                "rich_text_preformatted",
                "rich_text_quote",
            ],
            list("element", "elements"),
        )]),
    tag("section", Block, "SectionBlock")
        .attrs(&[
            BLOCK_ID,
            attr("expand", Bool),
            attr("accessory", Tags(Element, SECTION_ACCESSORIES)),
        ])
        .slots(&[
            text_slot(Either, Setter::One("text"), false).limit(&l::section::TEXT),
            items("fields", Object, &["fields"], Setter::One("fields"))
                .single()
                .no_interp(),
            items(
                "accessory",
                Element,
                SECTION_ACCESSORIES,
                Setter::One("accessory"),
            )
            .single()
            .no_interp(),
        ])
        .one_of(&["text", "fields"]),
    tag("table", Block, "TableBlock")
        .attrs(&[BLOCK_ID])
        .slots(&[
            items("rows", Object, &["row"], Setter::One("row"))
                .required()
                .limit(&l::table::ROWS),
            items(
                "column_settings",
                Object,
                &["column_settings"],
                list("column_setting", "column_settings"),
            )
            .no_interp()
            .limit(&l::table::COLUMN_SETTINGS),
        ])
        .forbidden_on(MESSAGES_ONLY),
    tag("task_card", Block, "TaskCardBlock")
        .ctors(&[ctor("new", &[Arg::Attr("task_id"), Arg::Attr("title")])])
        .attrs(&[
            BLOCK_ID,
            attr("task_id", Str).ctor_only(),
            attr("title", Str).ctor_only(),
            attr("details", Tags(Block, RICH_TEXT)),
            attr("output", Tags(Block, RICH_TEXT)),
            attr("status", E(&TASK_STATUS)),
        ])
        .slots(&[items(
            "sources",
            Object,
            &["url"],
            list("source", "sources"),
        )])
        .forbidden_on(MESSAGES_ONLY),
    tag("video", Block, "VideoBlock")
        .ctors(&[ctor(
            "new",
            &[
                Arg::Attr("alt_text"),
                Arg::Attr("title"),
                Arg::Attr("thumbnail_url"),
                Arg::Attr("video_url"),
            ],
        )])
        .attrs(&[
            BLOCK_ID,
            attr("alt_text", Str).ctor_only(),
            attr("title", Plain).ctor_only().limit(&l::video::TITLE),
            attr("thumbnail_url", Str).ctor_only(),
            attr("video_url", Str).ctor_only(),
            attr("title_url", Str),
            attr("description", Plain).limit(&l::video::DESCRIPTION),
            attr("author_name", Str).limit(&l::video::AUTHOR_NAME),
            attr("provider_name", Str),
            attr("provider_icon_url", Str),
        ]),
];
