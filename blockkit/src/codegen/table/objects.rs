//! Text and composition objects (spec §3), table cells, charts (spec §4.19), attachments and
//! message metadata (spec §7).

use super::Kind::{Bool, Enum as E, Json, Number, Obj, Plain, Str, Text, Union as U};
use super::Model::{List, Opt, OptList};
use super::Tag::{Always, None as Untagged};
use super::Union::Block;
use super::{Enum, Set, Ty, arg, ctor, each, f, ty};

const CONFIRM_STYLE: Enum = Enum {
    ty: "ConfirmStyle",
    values: &[("primary", "Primary"), ("danger", "Danger")],
};

const CONVERSATION_KIND: Enum = Enum {
    ty: "ConversationKind",
    values: &[
        ("im", "Im"),
        ("mpim", "Mpim"),
        ("private", "Private"),
        ("public", "Public"),
    ],
};

const TRIGGER_ACTION: Enum = Enum {
    ty: "TriggerAction",
    values: &[
        ("on_enter_pressed", "OnEnterPressed"),
        ("on_character_entered", "OnCharacterEntered"),
    ],
};

const COLUMN_ALIGN: Enum = Enum {
    ty: "ColumnAlign",
    values: &[("left", "Left"), ("center", "Center"), ("right", "Right")],
};

const SERIES: &[super::Field] = &[
    each("series", "data_series", Obj("DataSeries")).items(),
    arg("axis_config", Obj("AxisConfig")),
];

pub(super) const TYPES: &[Ty] = &[
    ty("PlainText", Always("plain_text"))
        .markup("plain")
        .ctors(&[ctor("new", &["text"])])
        .fields(&[arg("text", Str).text(), f("emoji", Bool)]),
    ty("MrkdwnText", Always("mrkdwn"))
        .markup("mrkdwn")
        .ctors(&[ctor("new", &["text"])])
        .fields(&[arg("text", Str).text(), f("verbatim", Bool)]),
    ty("ConfirmDialog", Untagged)
        .markup("confirm")
        .ctors(&[ctor("new", &["title", "text", "confirm", "deny"])])
        .fields(&[
            arg("title", Plain).model(Opt),
            arg("text", Text).text(),
            arg("confirm", Plain).model(Opt),
            arg("deny", Plain).model(Opt),
            f("style", E(&CONFIRM_STYLE)),
        ]),
    ty("OptionObject", Untagged)
        .markup("option")
        .ctors(&[
            ctor("new", &["text:plain", "value"]),
            ctor("with_text", &["text", "value"]),
        ])
        .fields(&[
            arg("text", Text).text(),
            arg("value", Str),
            f("description", Plain).set(Set::PlainOr("description", "description_text")),
            f("url", Str),
        ]),
    ty("OptionGroup", Untagged)
        .markup("option_group")
        .ctors(&[ctor("new", &["label"])])
        .fields(&[
            arg("label", Plain),
            each("options", "option", Obj("OptionObject")).items(),
        ]),
    ty("ConversationFilter", Untagged)
        .markup("filter")
        .fields(&[
            each("include", "include_kind", E(&CONVERSATION_KIND)),
            f("exclude_external_shared_channels", Bool),
            f("exclude_bot_users", Bool),
        ]),
    ty("DispatchActionConfig", Untagged)
        .markup("dispatch_action_config")
        .fields(&[each(
            "trigger_actions_on",
            "trigger_action",
            E(&TRIGGER_ACTION),
        )]),
    ty("FeedbackButton", Untagged)
        .markup("feedback_button")
        .ctors(&[ctor("new", &["text", "value"])])
        .fields(&[
            arg("text", Plain).text(),
            arg("value", Str),
            f("accessibility_label", Str),
        ]),
    ty("Workflow", Untagged)
        .markup("workflow")
        .ctors(&[ctor("new", &["trigger"])])
        .fields(&[arg("trigger", Obj("Trigger")).items()]),
    ty("Trigger", Untagged)
        .markup("trigger")
        .ctors(&[ctor("new", &["url"])])
        .fields(&[
            arg("url", Str),
            each(
                "customizable_input_parameters",
                "customizable_input_parameter",
                Obj("InputParameter"),
            )
            .items(),
        ]),
    ty("InputParameter", Untagged)
        .markup("input_parameter")
        .ctors(&[ctor("new", &["name", "value"])])
        .fields(&[arg("name", Str), arg("value", Json)]),
    ty("SlackFile", Untagged)
        .markup("slack_file")
        .ctors(&[ctor("url", &["url"]), ctor("id", &["id"])])
        .fields(&[arg("url", Str).model(Opt), arg("id", Str).model(Opt)]),
    ty("SlackIcon", Always("icon"))
        .ctors(&[ctor("new", &["name"])])
        .fields(&[arg("name", Str)]),
    ty("UrlSource", Always("url"))
        .markup("url")
        .ctors(&[ctor("new", &["url", "text"])])
        .fields(&[arg("url", Str), arg("text", Str).text()]),
    ty("RawText", Always("raw_text"))
        .markup("raw_text")
        .ctors(&[ctor("new", &["text"])])
        .fields(&[arg("text", Str).text()]),
    ty("RawNumber", Always("raw_number"))
        .markup("raw_number")
        .ctors(&[ctor("new", &["value", "text"])])
        .fields(&[arg("value", Number), arg("text", Str).text()]),
    ty("ColumnSettings", Untagged)
        .markup("column_settings")
        .fields(&[f("align", E(&COLUMN_ALIGN)), f("is_wrapped", Bool)]),
    ty("PieChart", Always("pie")).markup("pie").fields(&[each(
        "segments",
        "segment",
        Obj("ChartSegment"),
    )
    .items()]),
    ty("BarChart", Always("bar"))
        .markup("bar")
        .ctors(&[ctor("new", &["axis_config"])])
        .fields(SERIES),
    ty("AreaChart", Always("area"))
        .markup("area")
        .ctors(&[ctor("new", &["axis_config"])])
        .fields(SERIES),
    ty("LineChart", Always("line"))
        .markup("line")
        .ctors(&[ctor("new", &["axis_config"])])
        .fields(SERIES),
    ty("ChartSegment", Untagged)
        .markup("segment")
        .ctors(&[ctor("new", &["label", "value"])])
        .fields(&[arg("label", Str), arg("value", Number)]),
    ty("DataSeries", Untagged)
        .markup("series")
        .ctors(&[ctor("new", &["name"])])
        .fields(&[
            arg("name", Str),
            each("data", "point", Obj("DataPoint")).items(),
        ]),
    ty("DataPoint", Untagged)
        .markup("point")
        .ctors(&[ctor("new", &["label", "value"])])
        .fields(&[arg("label", Str), arg("value", Number)]),
    ty("AxisConfig", Untagged)
        .markup("axis_config")
        .ctors(&[ctor("new", &["categories"])])
        .fields(&[
            arg("categories", Str).model(List),
            f("x_label", Str),
            f("y_label", Str),
        ]),
    ty("Attachment", Untagged).markup("attachment").fields(&[
        each("blocks", "block", U(Block, None)).items(),
        f("fallback", Str),
        f("color", Str),
        f("pretext", Str),
        f("author_name", Str),
        f("author_link", Str),
        f("author_icon", Str),
        f("title", Str),
        f("title_link", Str),
        f("text", Str),
        each("fields", "field", Obj("AttachmentField")).items(),
        f("image_url", Str),
        f("thumb_url", Str),
        f("footer", Str),
        f("footer_icon", Str),
        f("ts", Json),
        each("mrkdwn_in", "mrkdwn_in_field", Str),
    ]),
    ty("AttachmentField", Untagged)
        .markup("field")
        .ctors(&[ctor("new", &["title", "value"])])
        .fields(&[
            arg("title", Str).model(Opt),
            arg("value", Str).model(Opt),
            f("short", Bool),
        ]),
    ty("MessageMetadata", Untagged)
        .ctors(&[
            ctor("event", &["event_type", "event_payload"]),
            ctor("new", &[]),
        ])
        .fields(&[
            f("event_type", Str),
            f("event_payload", Json),
            each("entities", "entity", Json).model(OptList),
        ]),
];
