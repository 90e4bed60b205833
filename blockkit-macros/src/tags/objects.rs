//! Text and composition objects (spec §3), table rows and cells, charts (spec §4.19) and legacy
//! attachments (spec §7.1).

use blockkit_limits as l;

use super::Family::{Block, List, Object};
use super::Kind::{Bool, EnumList, Expr, Json, Number, Plain, Str, Tags, Text};
use super::TextPolicy::{Either, Mrkdwn, Option as OptionText, Plain as PlainOnly, Str as StrOnly};
use super::blocks::ALL_BLOCKS;
use super::{Arg, Ctor, Kind, Setter, Tag, attr, ctor, items, tag, text_slot};
use blockkit_limits::values::{COLUMN_ALIGN, CONFIRM_STYLE, CONVERSATION_KIND, TRIGGER_ACTION};

const fn list(one: &'static str, many: &'static str) -> Setter {
    Setter::Vec { one, many }
}

const TEXT_NEW: &[Ctor] = &[ctor("new", &[Arg::Slot("text")])];
const SERIES_CHART: &[Ctor] = &[ctor("new", &[Arg::Attr("axis_config")])];
const AXIS: Kind = Tags(Object, &["axis_config"]);

pub(crate) const TAGS: &[Tag] = &[
    tag("plain", Object, "PlainText")
        .ctors(TEXT_NEW)
        .attrs(&[attr("emoji", Bool)])
        .slots(&[text_slot(StrOnly, Setter::None, true).limit(&l::text::TEXT)]),
    tag("mrkdwn", Object, "MrkdwnText")
        .ctors(&[
            Ctor {
                func: "new",
                args: &[Arg::Slot("text")],
                literal_only: true,
            },
            ctor("raw", &[Arg::Slot("text")]),
        ])
        .attrs(&[attr("verbatim", Bool)])
        .slots(&[text_slot(Mrkdwn, Setter::None, true).limit(&l::text::TEXT)]),
    tag("option", Object, "OptionObject")
        .ctors(&[ctor("with_text", &[Arg::Slot("text"), Arg::Attr("value")])])
        .attrs(&[
            attr("value", Str).ctor_only().limit(&l::option::VALUE),
            attr("description", Text)
                .setter(Setter::PlainOrText {
                    plain: "description",
                    text: "description_text",
                })
                .limit(&l::option::DESCRIPTION),
            attr("url", Str).limit(&l::option::URL),
        ])
        .slots(&[text_slot(OptionText, Setter::None, true).limit(&l::option::TEXT)]),
    tag("option_group", Object, "OptionGroup")
        .ctors(&[ctor("new", &[Arg::Attr("label")])])
        .attrs(&[attr("label", Plain)
            .ctor_only()
            .limit(&l::option_group::LABEL)])
        .slots(&[
            items("options", Object, &["option"], list("option", "options"))
                .required()
                .limit(&l::option_group::OPTIONS),
        ]),
    tag("confirm", Object, "ConfirmDialog")
        .ctors(&[ctor(
            "new",
            &[
                Arg::Attr("title"),
                Arg::Slot("text"),
                Arg::Attr("confirm"),
                Arg::Attr("deny"),
            ],
        )])
        .attrs(&[
            attr("title", Plain).ctor_only().limit(&l::confirm::TITLE),
            attr("confirm", Plain)
                .ctor_only()
                .limit(&l::confirm::CONFIRM),
            attr("deny", Plain).ctor_only().limit(&l::confirm::DENY),
            attr("style", super::Kind::Enum(&CONFIRM_STYLE)),
        ])
        .slots(&[text_slot(Either, Setter::None, true).limit(&l::confirm::TEXT)]),
    tag("filter", Object, "ConversationFilter")
        .attrs(&[
            attr("include", EnumList(&CONVERSATION_KIND))
                .list("include_kind")
                .limit(&l::filter::INCLUDE),
            attr("exclude_external_shared_channels", Bool),
            attr("exclude_bot_users", Bool),
        ])
        .one_of(&[
            "include",
            "exclude_external_shared_channels",
            "exclude_bot_users",
        ]),
    tag("dispatch_action_config", Object, "DispatchActionConfig").attrs(&[attr(
        "trigger_actions_on",
        EnumList(&TRIGGER_ACTION),
    )
    .list("trigger_action")
    .limit(&l::dispatch_action_config::TRIGGER_ACTIONS_ON)]),
    tag("feedback_button", Object, "FeedbackButton")
        .ctors(&[ctor("new", &[Arg::Slot("text"), Arg::Attr("value")])])
        .attrs(&[
            attr("value", Str)
                .ctor_only()
                .limit(&l::feedback_button::VALUE),
            attr("accessibility_label", Str).limit(&l::feedback_button::ACCESSIBILITY_LABEL),
        ])
        .slots(&[text_slot(PlainOnly, Setter::None, true).limit(&l::feedback_button::TEXT)]),
    tag("workflow", Object, "Workflow")
        .ctors(&[ctor("new", &[Arg::Slot("trigger")])])
        .slots(&[items("trigger", Object, &["trigger"], Setter::None)
            .required()
            .single()]),
    tag("trigger", Object, "Trigger")
        .ctors(&[ctor("new", &[Arg::Attr("url")])])
        .attrs(&[attr("url", Str).ctor_only()])
        .slots(&[items(
            "customizable_input_parameters",
            Object,
            &["input_parameter"],
            list(
                "customizable_input_parameter",
                "customizable_input_parameters",
            ),
        )]),
    tag("input_parameter", Object, "InputParameter")
        .ctors(&[ctor("new", &[Arg::Attr("name"), Arg::Attr("value")])])
        .attrs(&[
            attr("name", Str).ctor_only(),
            attr("value", Json).ctor_only(),
        ]),
    tag("slack_file", Object, "SlackFile")
        .ctors(&[
            ctor("url", &[Arg::Attr("url")]),
            ctor("id", &[Arg::Attr("id")]),
        ])
        .attrs(&[attr("url", Str).ctor_only(), attr("id", Str).ctor_only()]),
    tag("url", Object, "UrlSource")
        .ctors(&[ctor("new", &[Arg::Attr("url"), Arg::Slot("text")])])
        .attrs(&[attr("url", Str).ctor_only()])
        .slots(&[text_slot(StrOnly, Setter::None, true)]),
    tag("fields", List { item: "Text" }, "").slots(&[items(
        "fields",
        Object,
        &["plain", "mrkdwn"],
        Setter::None,
    )
    .required()
    .limit(&l::section::FIELDS)
    .chars(&l::section::FIELD_TEXT)]),
    tag("row", List { item: "TableCell" }, "").slots(&[items(
        "cells",
        Object,
        &["raw_text", "raw_number", "rich_text"],
        Setter::None,
    )
    .literal()
    .required()
    .limit(&l::table::CELLS)]),
    tag("raw_text", Object, "RawText")
        .ctors(TEXT_NEW)
        .slots(&[text_slot(StrOnly, Setter::None, true).limit(&l::raw_text::TEXT)]),
    tag("raw_number", Object, "RawNumber")
        .ctors(&[ctor("new", &[Arg::Attr("value"), Arg::Slot("text")])])
        .attrs(&[attr("value", Number).ctor_only()])
        .slots(&[text_slot(StrOnly, Setter::None, true).limit(&l::raw_number::TEXT)]),
    tag("column_settings", Object, "ColumnSettings").attrs(&[
        attr("align", super::Kind::Enum(&COLUMN_ALIGN)),
        attr("is_wrapped", Bool),
    ]),
    tag("pie", Object, "PieChart").slots(&[items(
        "segments",
        Object,
        &["segment"],
        list("segment", "segments"),
    )
    .required()
    .limit(&l::data_visualization::SEGMENTS)]),
    tag("bar", Object, "BarChart")
        .ctors(SERIES_CHART)
        .attrs(&[attr("axis_config", AXIS).ctor_only()])
        .slots(&[SERIES]),
    tag("area", Object, "AreaChart")
        .ctors(SERIES_CHART)
        .attrs(&[attr("axis_config", AXIS).ctor_only()])
        .slots(&[SERIES]),
    tag("line", Object, "LineChart")
        .ctors(SERIES_CHART)
        .attrs(&[attr("axis_config", AXIS).ctor_only()])
        .slots(&[SERIES]),
    tag("segment", Object, "ChartSegment")
        .ctors(&[ctor("new", &[Arg::Attr("label"), Arg::Attr("value")])])
        .attrs(&[
            attr("label", Str)
                .ctor_only()
                .limit(&l::data_visualization::SEGMENT_LABEL),
            attr("value", Number).ctor_only(),
        ]),
    tag("series", Object, "DataSeries")
        .ctors(&[ctor("new", &[Arg::Attr("name")])])
        .attrs(&[attr("name", Str)
            .ctor_only()
            .limit(&l::data_visualization::SERIES_NAME)])
        .slots(&[items("data", Object, &["point"], list("point", "data"))
            .limit(&l::data_visualization::SERIES_DATA)]),
    tag("point", Object, "DataPoint")
        .ctors(&[ctor("new", &[Arg::Attr("label"), Arg::Attr("value")])])
        .attrs(&[
            attr("label", Str)
                .ctor_only()
                .limit(&l::data_visualization::POINT_LABEL),
            attr("value", Number).ctor_only(),
        ]),
    tag("axis_config", Object, "AxisConfig")
        .ctors(&[ctor("new", &[Arg::Attr("categories")])])
        .attrs(&[
            attr("categories", Expr).ctor_only(),
            attr("x_label", Str).limit(&l::data_visualization::AXIS_LABEL),
            attr("y_label", Str).limit(&l::data_visualization::AXIS_LABEL),
        ]),
    tag("attachment", Object, "Attachment")
        .attrs(&[
            attr("fallback", Str),
            attr("color", Str),
            attr("pretext", Str),
            attr("author_name", Str),
            attr("author_link", Str),
            attr("author_icon", Str),
            attr("title", Str),
            attr("title_link", Str),
            attr("text", Str),
            attr("image_url", Str),
            attr("thumb_url", Str),
            attr("footer", Str).limit(&l::attachment::FOOTER),
            attr("footer_icon", Str),
            attr("ts", Json),
            attr("mrkdwn_in", Str).list("mrkdwn_in_field"),
        ])
        .slots(&[
            items("blocks", Block, ALL_BLOCKS, list("block", "blocks")).blocks(),
            items("fields", Object, &["field"], list("field", "fields")).no_interp(),
        ]),
    tag("field", Object, "AttachmentField")
        .ctors(&[ctor("new", &[Arg::Attr("title"), Arg::Attr("value")])])
        .attrs(&[
            attr("title", Str).ctor_only(),
            attr("value", Str).ctor_only(),
            attr("short", Bool),
        ]),
];

const SERIES: super::Slot = items("series", Object, &["series"], list("data_series", "series"))
    .required()
    .limit(&l::data_visualization::SERIES);
