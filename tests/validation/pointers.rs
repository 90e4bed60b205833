//! Every reported pointer resolves in the serialized payload (`serde_json::Value::pointer`), for
//! many invalid payloads: parsed from JSON, built with the builders, and every payload the limit
//! cases build past their limits.

use std::collections::HashSet;

use blockkit::{
    ActionsBlock, Button, Code, HomeTab, InputBlock, Message, Modal, PlainTextInput, Report,
    SectionBlock, Text, Validate, ValidationOptions,
};
use serde_json::{Value, json};

use super::table;

/// Checks, without the helpers (which check it too), that every pointer resolves.
fn resolves(serialized: &Value, report: &Report) -> usize {
    for violation in report.violations() {
        assert!(
            serialized.pointer(&violation.pointer).is_some(),
            "`{}` does not resolve: {violation}\n{serialized:#}",
            violation.pointer
        );
    }
    report.violations().len()
}

fn parsed(json: &Value) -> (Value, Report) {
    let payload = super::Payload::parse(json);
    let strict = ValidationOptions::default().strict(true);
    (payload.to_value(), payload.validate_with(&strict))
}

/// Invalid payloads touching every kind of rule; each must report something.
fn invalid() -> Vec<Value> {
    let p = |text: &str| super::plain(text);
    let m = |text: &str| super::mrkdwn(text);
    let msg = super::message;
    vec![
        json!({}),
        json!({"markdown_text": "", "text": "x"}),
        msg(json!([{"type": "section"}, {"type": "header", "text": p(&"h".repeat(151))}])),
        msg(
            json!([{"type": "section", "text": m(""), "fields": [], "accessory": {"type": "plain_text_input"}}]),
        ),
        msg(json!([{"type": "actions", "elements": []}])),
        msg(json!([{"type": "context", "elements": [{"type": "button", "text": p("b")}]}])),
        msg(json!([{"type": "header", "text": {"type": "mrkdwn", "text": "", "emoji": true}}])),
        msg(json!([{"type": "image", "alt_text": "", "title": m("t")}])),
        msg(
            json!([{"type": "video", "alt_text": "", "video_url": "", "thumbnail_url": "", "title": p("")}]),
        ),
        msg(
            json!([{"type": "table", "rows": [[], [{"type": "raw_text", "text": ""}]], "column_settings": [{"align": "up"}]}]),
        ),
        msg(
            json!([{"type": "data_table", "caption": "", "rows": [[{"type": "rich_text", "elements": []}]], "page_size": 0}]),
        ),
        msg(
            json!([{"type": "card", "icon": {"type": "image", "alt_text": "a"}, "slack_icon": {"type": "icon", "name": ""}}]),
        ),
        msg(
            json!([{"type": "carousel", "elements": [{"type": "divider", "block_id": "x"}, {"type": "card", "block_id": "x"}]}]),
        ),
        msg(
            json!([{"type": "container", "child_blocks": [{"type": "markdown", "text": ""}], "width": "xl"}]),
        ),
        msg(
            json!([{"type": "data_visualization", "title": "", "chart": {"type": "line", "series": [], "axis_config": {}}}]),
        ),
        msg(
            json!([{"type": "plan", "title": "", "tasks": [{"type": "task_card", "task_id": "", "title": "", "status": "x"}]}]),
        ),
        msg(
            json!([{"type": "rich_text", "elements": [{"type": "rich_text_list", "style": "x", "indent": 9, "border": 2,
            "elements": [{"type": "rich_text_quote", "elements": [{"type": "color", "value": "x", "style": {"code": true}}]}]}]}]),
        ),
        msg(json!([{"type": "actions", "elements": [
            {"type": "static_select", "placeholder": m("p"), "options": [{"text": m("a"), "value": "a", "url": "u"}],
             "option_groups": [{"label": m("g"), "options": []}], "initial_option": {"text": p("z"), "value": "z"},
             "confirm": {"text": p("t"), "title": m("t")}},
            {"type": "multi_conversations_select", "max_selected_items": 0, "filter": {"include": ["x"]}},
            {"type": "datepicker", "initial_date": "x"}, {"type": "timepicker", "initial_time": "x"},
            {"type": "overflow", "options": [{"text": p("a"), "value": "a"}]},
        ]}])),
        msg(
            json!([{"type": "context_actions", "elements": [{"type": "icon_button", "icon": "x", "text": p(""),
            "visible_to_user_ids": ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "U10", "U11"]}, {"type": "button", "text": p("b")}]}]),
        ),
        json!({"text": "t", "attachments": [{"color": "x", "blocks": [{"type": "section"}]}]}),
        json!({"type": "modal", "title": p(""), "submit_disabled": true, "blocks": [
            {"type": "input", "dispatch_action": true, "label": m("l"), "hint": p(""), "element": {"type": "file_input", "max_files": 0}},
            {"type": "input", "label": p("l"), "element": {"type": "number_input", "is_decimal_allowed": false, "initial_value": "1.5"}},
            {"type": "input", "label": p("l"), "element": {"type": "rich_text_input", "min_lines": 0,
             "dispatch_action_config": {"trigger_actions_on": ["x"]}}},
            {"type": "table", "rows": [[{"type": "raw_text", "text": "x"}]]},
        ]}),
        json!({"type": "home", "title": p("t"), "close": p("c"), "blocks": [
            {"type": "input", "label": p("l"), "element": {"type": "url_text_input", "focus_on_load": true}},
            {"type": "input", "label": p("l"), "element": {"type": "email_text_input", "focus_on_load": true}},
            {"type": "alert", "text": p("")},
        ]}),
        json!({"type": "workflow_step", "blocks": [{"type": "hologram"}]}),
    ]
}

#[test]
fn pointers_of_invalid_json_payloads_resolve() {
    let mut codes = HashSet::new();
    for json in invalid() {
        let (serialized, report) = parsed(&json);
        assert!(
            resolves(&serialized, &report) > 0,
            "nothing reported for {json:#}"
        );
        codes.extend(report.violations().iter().map(|v| v.code));
    }
    // Between them, the payloads break a rule of every kind.
    for code in [
        Code::MaxLength,
        Code::MinLength,
        Code::MaxItems,
        Code::MinItems,
        Code::OutOfRange,
        Code::Required,
        Code::NotAllowedHere,
        Code::Duplicate,
        Code::InvalidFormat,
        Code::InvalidValue,
        Code::InvalidType,
        Code::Exclusive,
        Code::UnknownType,
    ] {
        assert!(codes.contains(&code), "no payload reports `{code}`");
    }
}

#[test]
fn pointers_of_built_payloads_resolve() {
    let message = Message::new()
        .block(SectionBlock::new())
        .block(SectionBlock::new().block_id("x").text(Text::plain("")))
        .block(
            ActionsBlock::new()
                .element(Button::new("b".repeat(76)).action_id("a"))
                .element(Button::new("c").action_id("a"))
                .block_id("x"),
        );
    assert!(
        resolves(
            &serde_json::to_value(&message).unwrap(),
            &message.validate()
        ) >= 5
    );
    let modal = Modal::new("t".repeat(25))
        .block(InputBlock::new(
            "",
            PlainTextInput::new().max_length(0).focus_on_load(true),
        ))
        .block(InputBlock::new(
            "l",
            PlainTextInput::new().focus_on_load(true),
        ));
    assert!(resolves(&serde_json::to_value(&modal).unwrap(), &modal.validate()) >= 4);
    let home = HomeTab::new().callback_id("c".repeat(256));
    assert!(resolves(&serde_json::to_value(&home).unwrap(), &home.validate()) >= 2);
}

#[test]
fn pointers_of_every_limit_case_resolve() {
    // The limit cases past their bounds (checked there through `check` as well).
    for limit in table::ALL {
        let Some(case) = super::limit_cases::case(limit) else {
            continue;
        };
        let mut counts = Vec::new();
        if limit.has_max() {
            counts.push(limit.max + 1);
        }
        if limit.min > 0 {
            counts.push(limit.min - 1);
        }
        for n in counts {
            let (serialized, report) = parsed(&(case.build)(n, 'x'));
            assert!(
                resolves(&serialized, &report) > 0,
                "{}.{} at {n}",
                limit.object,
                limit.field
            );
        }
    }
}
