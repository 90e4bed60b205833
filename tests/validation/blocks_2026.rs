//! Rules of the 2026 blocks (spec §4.14–§4.22, §9 rules 24–29). Counts and lengths are in
//! `limits`; what a carousel and a container hold is in `placement`.

use blockkit::{Code, Message, Severity};
use serde_json::{Value, json};

use super::{
    assert_clean, assert_error, assert_violations, assert_warning, check, message, mrkdwn, plain,
};

fn one(block: Value) -> blockkit::Report {
    check(&message(json!([block])))
}

fn raw(text: &str) -> Value {
    json!({"type": "raw_text", "text": text})
}

fn rich(text: &str) -> Value {
    json!({"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}]})
}

#[test]
fn rule_24_data_table() {
    let table = |rows: Value| json!({"type": "data_table", "caption": "Sales", "rows": rows});
    assert_clean(&one(table(
        json!([[raw("Name"), raw("Total")], [rich("Ann"), {"type": "raw_number", "value": 3, "text": "3"}]]),
    )));
    // The caption is required and not empty.
    let mut block = table(json!([[raw("h")], [raw("x")]]));
    block["caption"] = json!("");
    assert_error(&one(block.clone()), Code::MinLength, "/blocks/0/caption");
    block.as_object_mut().unwrap().remove("caption");
    assert!(blockkit::from_value::<Message>(message(json!([block]))).is_err());
    // Every row the same length: an error here (a warning for table).
    assert_error(
        &one(table(json!([[raw("a"), raw("b")], [raw("c")]]))),
        Code::InvalidValue,
        "/blocks/0/rows/1",
    );
    // No rich_text in the header row.
    assert_error(
        &one(table(json!([[rich("h")], [raw("x")]]))),
        Code::NotAllowedHere,
        "/blocks/0/rows/0/0",
    );
    // row_header_column_index points at a column.
    let mut block = table(json!([[raw("a"), raw("b")], [raw("c"), raw("d")]]));
    block["row_header_column_index"] = json!(1);
    assert_clean(&one(block.clone()));
    block["row_header_column_index"] = json!(2);
    assert_warning(
        &one(block),
        Code::OutOfRange,
        "/blocks/0/row_header_column_index",
    );
}

#[test]
fn rule_25_card() {
    let button = super::button("open");
    for field in ["title", "body"] {
        assert_clean(&one(json!({"type": "card", field: plain("x")})));
        assert_clean(&one(json!({"type": "card", field: mrkdwn("*x*")})));
    }
    assert_clean(&one(json!({"type": "card", "actions": [button]})));
    assert_clean(&one(
        json!({"type": "card", "hero_image": {"type": "image", "image_url": "https://i", "alt_text": "a"}}),
    ));
    // At least one of hero_image, title, actions, body.
    let report = one(json!({"type": "card", "subtitle": mrkdwn("s"), "subtext": mrkdwn("t")}));
    assert_error(&report, Code::Required, "/blocks/0");
    // icon or slack_icon, not both.
    let icon = json!({"type": "image", "image_url": "https://i", "alt_text": "a"});
    let both = json!({"type": "card", "title": mrkdwn("T"), "icon": icon, "slack_icon": {"type": "icon", "name": "star"}});
    assert_error(&one(both), Code::Exclusive, "/blocks/0/slack_icon");
    let empty =
        json!({"type": "card", "title": mrkdwn("T"), "slack_icon": {"type": "icon", "name": ""}});
    assert_error(&one(empty), Code::MinLength, "/blocks/0/slack_icon/name");
    // The hero image is an image element: it needs a source.
    let report = one(json!({"type": "card", "hero_image": {"type": "image", "alt_text": "a"}}));
    assert_error(&report, Code::Required, "/blocks/0/hero_image");
}

#[test]
fn rule_26_alert_level() {
    for level in ["default", "info", "warning", "error", "success"] {
        assert_clean(&one(
            json!({"type": "alert", "text": plain("a"), "level": level}),
        ));
    }
    let report = one(json!({"type": "alert", "text": mrkdwn("a"), "level": "critical"}));
    assert_error(&report, Code::InvalidValue, "/blocks/0/level");
}

fn container(fields: Value) -> Value {
    let mut block =
        json!({"type": "container", "title": plain("C"), "child_blocks": [{"type": "divider"}]});
    for (key, value) in fields.as_object().unwrap() {
        block[key] = value.clone();
    }
    block
}

#[test]
fn rule_27_container() {
    assert_clean(&one(container(
        json!({"subtitle": mrkdwn("*s*"), "width": "wide", "is_collapsible": true, "default_collapsed": true}),
    )));
    // title or rich_text_title (SHOULD: pre-release block).
    let mut block = container(json!({}));
    block.as_object_mut().unwrap().remove("title");
    assert_warning(&one(block.clone()), Code::Required, "/blocks/0");
    block["rich_text_title"] = rich("Title");
    assert_clean(&one(block));
    // The title is plain_text.
    assert_error(
        &one(container(json!({"title": mrkdwn("*C*")}))),
        Code::InvalidType,
        "/blocks/0/title/type",
    );
    for width in ["narrow", "standard", "wide", "full"] {
        assert_clean(&one(container(json!({"width": width}))));
    }
    assert_error(
        &one(container(json!({"width": "huge"}))),
        Code::InvalidValue,
        "/blocks/0/width",
    );
    let report = one(container(json!({"default_collapsed": true})));
    assert_warning(&report, Code::InvalidValue, "/blocks/0/default_collapsed");
    let report = one(container(
        json!({"is_collapsible": true, "has_header_divider": true}),
    ));
    assert_warning(&report, Code::Exclusive, "/blocks/0/has_header_divider");
    assert_clean(&one(container(json!({"has_header_divider": true}))));
}

fn chart(chart: Value) -> Value {
    json!({"type": "data_visualization", "title": "Sales", "chart": chart})
}

#[test]
fn rule_28_data_visualization() {
    let segment =
        |value: Value| json!({"type": "pie", "segments": [{"label": "a", "value": value}]});
    assert_clean(&one(chart(segment(json!(0.5)))));
    for value in [json!(0), json!(-1)] {
        assert_error(
            &one(chart(segment(value))),
            Code::OutOfRange,
            "/blocks/0/chart/segments/0/value",
        );
    }
    let point = |label: &str| json!({"label": label, "value": 1});
    for kind in ["bar", "area", "line"] {
        let series = json!([{"name": "A", "data": [point("q1"), point("q2")]}, {"name": "B", "data": [point("q1")]}]);
        assert_clean(&one(chart(
            json!({"type": kind, "series": series, "axis_config": {"categories": ["q1", "q2"], "x_label": "Quarter", "y_label": "€"}}),
        )));
        // Unique series names, point labels among the categories (SHOULD).
        let series =
            json!([{"name": "A", "data": [point("q1")]}, {"name": "A", "data": [point("q3")]}]);
        let report = one(chart(
            json!({"type": kind, "series": series, "axis_config": {"categories": ["q1"]}}),
        ));
        assert_violations(
            &report,
            &[
                (
                    Code::Duplicate,
                    "/blocks/0/chart/series/1/name",
                    Severity::Warning,
                ),
                (
                    Code::InvalidValue,
                    "/blocks/0/chart/series/1/data/0/label",
                    Severity::Warning,
                ),
            ],
        );
        // Categories are required.
        let series = json!([{"name": "A", "data": [point("q1")]}]);
        let report = one(chart(
            json!({"type": kind, "series": series, "axis_config": {}}),
        ));
        assert_violations(
            &report,
            &[
                (
                    Code::InvalidValue,
                    "/blocks/0/chart/series/0/data/0/label",
                    Severity::Warning,
                ),
                (
                    Code::Required,
                    "/blocks/0/chart/axis_config",
                    Severity::Error,
                ),
            ],
        );
    }
}

fn task(fields: Value) -> Value {
    let mut block = json!({"type": "task_card", "task_id": "t1", "title": "Fetch"});
    for (key, value) in fields.as_object().unwrap() {
        block[key] = value.clone();
    }
    block
}

#[test]
fn rule_29_task_card_and_plan() {
    for status in ["pending", "in_progress", "complete", "error"] {
        assert_clean(&one(task(json!({"status": status}))));
    }
    assert_warning(
        &one(task(json!({"status": "paused"}))),
        Code::InvalidValue,
        "/blocks/0/status",
    );
    assert_error(
        &one(task(json!({"task_id": ""}))),
        Code::MinLength,
        "/blocks/0/task_id",
    );
    assert_error(
        &one(task(json!({"title": ""}))),
        Code::MinLength,
        "/blocks/0/title",
    );
    let sources = json!([{"type": "url", "url": "https://a", "text": "a"}, {"type": "url", "url": "", "text": ""}]);
    assert_violations(
        &one(task(json!({"sources": sources}))),
        &[
            (Code::MinLength, "/blocks/0/sources/1/url", Severity::Error),
            (Code::MinLength, "/blocks/0/sources/1/text", Severity::Error),
        ],
    );
    // details and output are rich text, checked as such.
    let bad = json!({"type": "rich_text", "elements": [{"type": "rich_text_list", "style": "dashed", "elements": []}]});
    assert_error(
        &one(task(json!({"details": bad}))),
        Code::InvalidValue,
        "/blocks/0/details/elements/0/style",
    );
    assert_clean(&one(task(json!({"output": rich("done")}))));
    // A plan's title and its tasks.
    assert_clean(&one(
        json!({"type": "plan", "title": "Plan", "tasks": [task(json!({"status": "pending"}))]}),
    ));
    assert_error(
        &one(json!({"type": "plan", "title": ""})),
        Code::MinLength,
        "/blocks/0/title",
    );
    let report =
        one(json!({"type": "plan", "title": "Plan", "tasks": [task(json!({"title": ""}))]}));
    assert_error(&report, Code::MinLength, "/blocks/0/tasks/0/title");
}

#[test]
fn auth_provider_accessory_and_fallback() {
    let base = || json!({"type": "auth_provider", "value": "gh", "name": plain("GitHub"), "is_connected": false});
    let mut block = base();
    block["accessory"] = json!({"type": "overflow", "options": super::options(2)});
    block["fallback"] = json!([{"type": "section", "text": mrkdwn("Connect GitHub")}]);
    assert_clean(&one(block));
    let mut block = base();
    block["fallback"] = json!([{"type": "header", "text": mrkdwn("*H*")}]);
    assert_error(
        &one(block),
        Code::InvalidType,
        "/blocks/0/fallback/0/text/type",
    );
    let mut block = base();
    block["name"] = mrkdwn("*GitHub*");
    assert_error(&one(block), Code::InvalidType, "/blocks/0/name/type");
}
