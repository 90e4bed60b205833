//! Single-rule violations besides the limits: a missing required field, a wrong enum value, a
//! disallowed element in a container, mrkdwn where only plain_text goes, a broken pattern, a
//! cross-field rule. Each comes as a valid payload and the same payload with one fault: the
//! schema accepts the first and rejects the second, and so does `blockkit validate`.

use serde_json::{Value, json};

use super::{
    accepts, blockkit_errors, message, modal, mrkdwn, option, plain, schema_errors, surface_file,
};

/// How `blockkit validate` judges the faulty payload.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Judged {
    /// An error.
    Error,
    /// Only a warning (an error in strict mode); a schema has no warnings, so it rejects.
    Warning,
}

use Judged::{Error, Warning};

fn one(block: Value) -> Value {
    message(json!([block]))
}

fn in_actions(element: Value) -> Value {
    one(json!({"type": "actions", "elements": [element]}))
}

fn input(element: Value) -> Value {
    json!({"type": "input", "label": plain("Label"), "element": element})
}

fn button() -> Value {
    json!({"type": "button", "action_id": "b", "text": plain("Go")})
}

fn section() -> Value {
    json!({"type": "section", "text": mrkdwn("Hello")})
}

fn rich_text(inline: Value) -> Value {
    json!({"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [inline]}]})
}

/// `value` with `new` at `pointer` (a new field, or a replaced one).
fn set(value: &Value, pointer: &str, new: Value) -> Value {
    let mut value = value.clone();
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    match value.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.insert(key.to_owned(), new);
        }
        Some(Value::Array(items)) => items[key.parse::<usize>().expect("an index")] = new,
        _ => panic!("no {parent}"),
    }
    value
}

/// `value` without the field at `pointer`.
fn remove(value: &Value, pointer: &str) -> Value {
    let mut value = value.clone();
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    value
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .and_then(|map| map.remove(key))
        .unwrap_or_else(|| panic!("no {pointer}"));
    value
}

/// `(what, valid payload, the same with one fault, how validation judges the fault)`, one line
/// per rule.
#[rustfmt::skip]
#[allow(clippy::too_many_lines, reason = "one entry per rule")]
fn cases() -> Vec<(&'static str, Value, Value, Judged)> {
    let header = one(json!({"type": "header", "text": plain("Title")}));
    let with_button = in_actions(button());
    let a_modal = modal(json!([{"type": "divider"}]));
    let workflow = in_actions(json!({"type": "workflow_button", "action_id": "w", "text": plain("Run"), "workflow": {"trigger": {"url": "https://slack.com/shortcuts/Ft0/abc"}}}));
    let number = modal(json!([input(json!({"type": "number_input", "action_id": "n", "is_decimal_allowed": false}))]));
    let alert = one(json!({"type": "alert", "text": mrkdwn("Heads up"), "level": "warning"}));
    let list = one(json!({"type": "rich_text", "elements": [{"type": "rich_text_list", "style": "bullet", "elements": []}]}));
    let container = one(json!({"type": "container", "title": plain("T"), "width": "wide", "child_blocks": [{"type": "divider"}]}));
    let broadcast = one(rich_text(json!({"type": "broadcast", "range": "here"})));
    let conversations = in_actions(json!({"type": "conversations_select", "action_id": "c", "filter": {"include": ["im"]}}));
    let dispatch = modal(json!([input(json!({"type": "plain_text_input", "action_id": "p", "dispatch_action_config": {"trigger_actions_on": ["on_enter_pressed"]}}))]));
    let confirm = in_actions(json!({"type": "button", "action_id": "b", "text": plain("Go"), "confirm": {"title": plain("Sure?"), "text": plain("Really?"), "confirm": plain("Yes"), "deny": plain("No"), "style": "danger"}}));
    let table = one(json!({"type": "table", "rows": [[{"type": "raw_text", "text": "x"}]], "column_settings": [{"align": "center"}]}));
    let task = one(json!({"type": "task_card", "task_id": "t", "title": "Task", "status": "complete"}));
    let accessory = one(json!({"type": "section", "text": mrkdwn("Pick"), "accessory": button()}));
    let in_input = modal(json!([input(json!({"type": "plain_text_input", "action_id": "p"}))]));
    let context = one(json!({"type": "context", "elements": [mrkdwn("x")]}));
    let context_actions = one(json!({"type": "context_actions", "elements": [{"type": "icon_button", "icon": "trash", "text": plain("Delete")}]}));
    let carousel = one(json!({"type": "carousel", "elements": [{"type": "card", "title": plain("C")}]}));
    let in_container = one(json!({"type": "container", "title": plain("T"), "child_blocks": [section()]}));
    let card = one(json!({"type": "card", "title": plain("C"), "actions": [button()]}));
    let overflow = json!({"type": "overflow", "action_id": "o", "options": [option("A", "a"), option("B", "b")]});
    let menu = in_actions(json!({"type": "static_select", "action_id": "s", "options": [option("A", "a")]}));
    let date = in_actions(json!({"type": "datepicker", "action_id": "d", "initial_date": "2024-02-29"}));
    let time = in_actions(json!({"type": "timepicker", "action_id": "t", "initial_time": "23:59"}));
    let color = one(rich_text(json!({"type": "color", "value": "#FF5733"})));
    let attachment = json!({"text": "fallback", "attachments": [{"fallback": "f", "color": "good"}]});
    let image = one(json!({"type": "image", "image_url": "https://example.com/a.png", "alt_text": "a"}));
    let file = json!({"url": "https://files.slack.com/a.png"});
    let by_file = one(json!({"type": "image", "alt_text": "a", "slack_file": file}));
    let card_icon = one(json!({"type": "card", "title": plain("C"), "slack_icon": {"type": "icon", "name": "star"}}));
    let icon = json!({"type": "image", "image_url": "https://example.com/i.png", "alt_text": "i"});
    let files = modal(json!([{"type": "input", "label": plain("Files"), "dispatch_action": false, "element": {"type": "file_input", "action_id": "f"}}]));
    let submit = modal(json!([input(json!({"type": "plain_text_input", "action_id": "p"}))]));
    let nested = modal(json!([{"type": "container", "title": plain("T"), "child_blocks": [input(json!({"type": "plain_text_input", "action_id": "p"}))]}]));
    let home = json!({"type": "home", "blocks": [{"type": "divider"}]});
    let data_table = one(json!({"type": "data_table", "caption": "C", "rows": [[{"type": "raw_text", "text": "h"}], [{"type": "raw_text", "text": "v"}]]}));
    let link = one(rich_text(json!({"type": "link", "url": "https://example.com"})));
    let markdown = json!({"markdown_text": "**hi**"});
    vec![
        // Required fields.
        ("header without text", header.clone(), remove(&header, "/blocks/0/text"), Error),
        ("button without text", with_button.clone(), remove(&with_button, "/blocks/0/elements/0/text"), Error),
        ("modal without title", a_modal.clone(), remove(&a_modal, "/title"), Error),
        ("modal without type", a_modal.clone(), remove(&a_modal, "/type"), Error),
        ("modal without blocks", a_modal.clone(), remove(&a_modal, "/blocks"), Error),
        ("task_card block without type", task.clone(), remove(&task, "/blocks/0/type"), Error),
        ("workflow_button without action_id", workflow.clone(), remove(&workflow, "/blocks/0/elements/0/action_id"), Error),
        ("number_input without is_decimal_allowed", number.clone(), remove(&number, "/blocks/0/element/is_decimal_allowed"), Error),
        ("confirm without deny", confirm.clone(), remove(&confirm, "/blocks/0/elements/0/confirm/deny"), Error),
        // Enum values.
        ("button style", with_button.clone(), set(&with_button, "/blocks/0/elements/0/style", json!("secondary")), Error),
        ("alert level", alert.clone(), set(&alert, "/blocks/0/level", json!("fatal")), Error),
        ("rich_text_list style", list.clone(), set(&list, "/blocks/0/elements/0/style", json!("dashed")), Error),
        ("container width", container.clone(), set(&container, "/blocks/0/width", json!("huge")), Error),
        ("broadcast range", broadcast.clone(), set(&broadcast, "/blocks/0/elements/0/elements/0/range", json!("all")), Error),
        ("filter include", conversations.clone(), set(&conversations, "/blocks/0/elements/0/filter/include/0", json!("dm")), Error),
        ("trigger_actions_on", dispatch.clone(), set(&dispatch, "/blocks/0/element/dispatch_action_config/trigger_actions_on/0", json!("on_blur")), Error),
        ("confirm style", confirm.clone(), set(&confirm, "/blocks/0/elements/0/confirm/style", json!("warning")), Error),
        ("column align", table.clone(), set(&table, "/blocks/0/column_settings/0/align", json!("justify")), Error),
        ("task_card status", task.clone(), set(&task, "/blocks/0/status", json!("done")), Warning),
        ("unknown block type", header.clone(), one(json!({"type": "hologram"})), Warning),
        // Elements in containers.
        ("file_input as a section accessory", accessory.clone(), set(&accessory, "/blocks/0/accessory", json!({"type": "file_input", "action_id": "f"})), Error),
        ("button as an input element", in_input.clone(), set(&in_input, "/blocks/0/element", button()), Error),
        ("image in an actions block", with_button.clone(), set(&with_button, "/blocks/0/elements/0", icon.clone()), Error),
        ("button in a context block", context.clone(), set(&context, "/blocks/0/elements/0", button()), Error),
        ("button in context_actions", context_actions.clone(), set(&context_actions, "/blocks/0/elements/0", button()), Error),
        ("section in a carousel", carousel.clone(), set(&carousel, "/blocks/0/elements/0", section()), Error),
        ("markdown in a container", in_container.clone(), set(&in_container, "/blocks/0/child_blocks/0", json!({"type": "markdown", "text": "x"})), Error),
        ("overflow in card actions", card.clone(), set(&card, "/blocks/0/actions/0", overflow), Error),
        // plain_text only.
        ("mrkdwn header", header.clone(), set(&header, "/blocks/0/text", mrkdwn("Title")), Error),
        ("mrkdwn modal title", a_modal.clone(), set(&a_modal, "/title", mrkdwn("Title")), Error),
        ("mrkdwn option in a select", menu.clone(), set(&menu, "/blocks/0/elements/0/options/0/text", mrkdwn("A")), Error),
        ("mrkdwn placeholder", menu.clone(), set(&menu, "/blocks/0/elements/0/placeholder", mrkdwn("Pick")), Error),
        // Patterns and non-empty strings.
        ("initial_date month 13", date.clone(), set(&date, "/blocks/0/elements/0/initial_date", json!("2024-13-01")), Error),
        ("initial_date 30 February", date.clone(), set(&date, "/blocks/0/elements/0/initial_date", json!("2024-02-30")), Error),
        ("initial_time 24:00", time.clone(), set(&time, "/blocks/0/elements/0/initial_time", json!("24:00")), Error),
        ("rich-text colour by name", color.clone(), set(&color, "/blocks/0/elements/0/elements/0/value", json!("red")), Error),
        ("attachment colour by name", attachment.clone(), set(&attachment, "/attachments/0/color", json!("blue")), Error),
        ("empty link url", link.clone(), set(&link, "/blocks/0/elements/0/elements/0/url", json!("")), Error),
        // Cross-field rules.
        ("section without text or fields", one(section()), one(json!({"type": "section"})), Error),
        ("image with image_url and slack_file", image.clone(), set(&image, "/blocks/0/slack_file", file), Error),
        ("image with neither", image.clone(), remove(&image, "/blocks/0/image_url"), Error),
        ("slack_file with url and id", by_file.clone(), set(&by_file, "/blocks/0/slack_file/id", json!("F0123")), Error),
        ("select with options and option_groups", menu.clone(), set(&menu, "/blocks/0/elements/0/option_groups", json!([{"label": plain("G"), "options": [option("B", "b")]}])), Error),
        ("option url outside an overflow", menu.clone(), set(&menu, "/blocks/0/elements/0/options/0/url", json!("https://example.com")), Error),
        ("empty filter", conversations.clone(), set(&conversations, "/blocks/0/elements/0/filter", json!({})), Error),
        ("empty card", card_icon.clone(), one(json!({"type": "card"})), Error),
        ("card with icon and slack_icon", card_icon.clone(), set(&card_icon, "/blocks/0/icon", icon), Error),
        ("emoji on mrkdwn", one(section()), set(&one(section()), "/blocks/0/text/emoji", json!(true)), Error),
        ("verbatim on plain_text", header.clone(), set(&header, "/blocks/0/text/verbatim", json!(true)), Error),
        ("dispatch_action with file_input", files.clone(), set(&files, "/blocks/0/dispatch_action", json!(true)), Error),
        ("input without submit", submit.clone(), remove(&submit, "/submit"), Error),
        ("input in a container without submit", nested.clone(), remove(&nested, "/submit"), Error),
        ("Home tab with a title", home.clone(), set(&home, "/title", plain("Home")), Error),
        ("message with nothing", with_button, json!({}), Error),
        ("markdown_text with text", markdown.clone(), set(&markdown, "/text", json!("hi")), Error),
        ("rich_text cell in a data_table header", data_table.clone(), set(&data_table, "/blocks/0/rows/0/0", rich_text(json!({"type": "text", "text": "h"}))), Error),
    ]
}

#[test]
fn single_rule_violations_are_rejected() {
    let mut failures = Vec::new();
    for (what, valid, invalid, judged) in cases() {
        // Both payloads are judged as what the valid one is (a modal without `type` is still
        // meant as a modal).
        let file = surface_file(&valid);
        let errors = schema_errors(file, &valid);
        if !errors.is_empty() {
            failures.push(format!("{what}: the valid payload is rejected: {errors:?}"));
        }
        let errors = blockkit_errors(file, &valid);
        if !errors.is_empty() {
            failures.push(format!(
                "{what}: validation rejects the valid payload: {errors:?}"
            ));
        }
        if accepts(file, &invalid) {
            failures.push(format!("{what}: the schema accepts the fault"));
        }
        if judged == Error && blockkit_errors(file, &invalid).is_empty() {
            failures.push(format!("{what}: validation accepts the fault"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
