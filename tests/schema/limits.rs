//! Every MUST limit of the one table (`blockkit-limits`), at its bounds and one past them, from
//! the table's numbers alone: at `max` and `min` the schema accepts the payload, one past either
//! it rejects it — and `blockkit validate` judges each payload the same way. Strings are made of
//! `é` (two bytes), so a schema that counted bytes instead of characters would be caught.

// The one table of limits, the same one the schema export reads: the test iterates exactly its
// numbers.
use blockkit_limits::{self as table, Limit, Strength, Unit};
use serde_json::{Value, json};

use super::{
    accepts, blockkit_errors, message, modal, mrkdwn, option, plain, schema_errors, surface_file,
};

/// Limits a schema cannot express (character budgets over many cells, a byte size): checked by
/// `blockkit validate` only.
const NOT_IN_SCHEMA: &[(&str, &str)] = &[
    ("table", "cells"),
    ("data_table", "cells"),
    ("view", "view"),
];

/// Builds a message or view with `n` characters (made of the char), items or the value `n` at
/// the limited field.
type Build = Box<dyn Fn(u64, char) -> Value>;

fn text(n: u64, c: char) -> String {
    c.to_string().repeat(count(n))
}

fn count(n: u64) -> usize {
    usize::try_from(n).expect("a small count")
}

fn items(n: u64, item: impl Fn(usize) -> Value) -> Value {
    Value::Array((0..count(n)).map(item).collect())
}

fn one(block: Value) -> Value {
    message(json!([block]))
}

fn in_actions(element: Value) -> Value {
    one(json!({"type": "actions", "elements": [element]}))
}

fn in_input(element: Value) -> Value {
    modal(json!([{"type": "input", "label": plain("Label"), "element": element}]))
}

fn button() -> Value {
    json!({"type": "button", "action_id": "b", "text": plain("Go")})
}

/// `base` with `field` set to `value`.
fn with(mut base: Value, field: &str, value: Value) -> Value {
    base[field] = value;
    base
}

/// A string field of `base`, in `wrap`.
fn string(base: Value, field: &'static str, wrap: fn(Value) -> Value) -> Build {
    Box::new(move |n, c| wrap(with(base.clone(), field, json!(text(n, c)))))
}

/// A plain_text field of `base`, in `wrap`.
fn plain_field(base: Value, field: &'static str, wrap: fn(Value) -> Value) -> Build {
    Box::new(move |n, c| wrap(with(base.clone(), field, plain(text(n, c)))))
}

/// An array field of `base` with `n` items made by `item`, in `wrap`.
fn array(
    base: Value,
    field: &'static str,
    item: fn(usize) -> Value,
    wrap: fn(Value) -> Value,
) -> Build {
    Box::new(move |n, _| wrap(with(base.clone(), field, items(n, item))))
}

/// A number field of `base`, in `wrap`.
fn number(base: Value, field: &'static str, wrap: fn(Value) -> Value) -> Build {
    Box::new(move |n, _| wrap(with(base.clone(), field, json!(n))))
}

fn select() -> Value {
    json!({"type": "static_select", "action_id": "s", "options": [option("A", "a")]})
}

fn confirm_dialog() -> Value {
    json!({"title": plain("Sure?"), "text": plain("Really?"), "confirm": plain("Yes"), "deny": plain("No")})
}

fn with_confirm(dialog: Value) -> Value {
    in_actions(with(button(), "confirm", dialog))
}

fn feedback(button: Value) -> Value {
    one(json!({"type": "context_actions", "elements": [{
        "type": "feedback_buttons", "action_id": "f",
        "positive_button": button, "negative_button": {"text": plain("No"), "value": "n"},
    }]}))
}

fn image() -> Value {
    json!({"type": "image", "image_url": "https://example.com/a.png", "alt_text": "a"})
}

fn video() -> Value {
    json!({"type": "video", "alt_text": "a", "video_url": "https://example.com/v", "thumbnail_url": "https://example.com/t.png", "title": plain("Video")})
}

fn card() -> Value {
    json!({"type": "card", "body": plain("Body")})
}

fn raw_text(_: usize) -> Value {
    json!({"type": "raw_text", "text": "x"})
}

fn row(_: usize) -> Value {
    json!([raw_text(0)])
}

fn distinct_option(i: usize) -> Value {
    option(&format!("Option {i}"), &format!("v{i}"))
}

fn pie(segments: Value) -> Value {
    one(
        json!({"type": "data_visualization", "title": "Share", "chart": {"type": "pie", "segments": segments}}),
    )
}

/// How to put `n` at the limited field, for every MUST limit a schema expresses; one line per
/// limit of the table.
#[rustfmt::skip]
#[allow(clippy::too_many_lines, reason = "one line per limit of the table")]
fn case(limit: &Limit) -> Option<Build> {
    Some(match (limit.object, limit.field) {
        ("text" | "section", "text") => Box::new(|n, c| one(json!({"type": "section", "text": mrkdwn(text(n, c))}))),
        ("block", "block_id") => string(json!({"type": "divider"}), "block_id", one),
        ("element", "action_id") => string(button(), "action_id", in_actions),
        ("element", "placeholder") => plain_field(select(), "placeholder", in_actions),
        ("confirm", field) => Box::new(move |n, c| with_confirm(with(confirm_dialog(), field, plain(text(n, c))))),
        ("option", "text") => Box::new(|n, c| in_actions(with(select(), "options", json!([option(&text(n, c), "a")])))),
        ("option", field @ ("value" | "url")) => Box::new(move |n, c| {
            let first = with(option("A", "a"), field, json!(text(n, c)));
            in_actions(json!({"type": "overflow", "action_id": "o", "options": [first, option("B", "b")]}))
        }),
        ("option", "description") => Box::new(|n, c| {
            let first = with(option("A", "a"), "description", plain(text(n, c)));
            in_actions(with(select(), "options", json!([first])))
        }),
        ("option_group", "label") => Box::new(|n, c| {
            let group = json!({"label": plain(text(n, c)), "options": [option("A", "a")]});
            in_actions(json!({"type": "static_select", "action_id": "s", "option_groups": [group]}))
        }),
        ("option_group", "options") => Box::new(|n, _| {
            let group = json!({"label": plain("Group"), "options": items(n, distinct_option)});
            in_actions(json!({"type": "static_select", "action_id": "s", "option_groups": [group]}))
        }),
        ("dispatch_action_config", "trigger_actions_on") => Box::new(|n, _| {
            let triggers = items(n, |i| json!(["on_enter_pressed", "on_character_entered"][i % 2]));
            in_input(json!({"type": "plain_text_input", "action_id": "p", "dispatch_action_config": {"trigger_actions_on": triggers}}))
        }),
        ("filter", "include") => Box::new(|n, _| {
            let kinds = items(n, |i| json!(["im", "mpim", "private", "public"][i % 4]));
            in_actions(json!({"type": "conversations_select", "action_id": "c", "filter": {"include": kinds}}))
        }),
        (kind @ ("raw_text" | "raw_number"), "text") => Box::new(move |n, c| {
            let mut cell = json!({"type": kind, "text": text(n, c)});
            if kind == "raw_number" {
                cell["value"] = json!(1);
            }
            one(json!({"type": "table", "rows": [[cell]]}))
        }),
        ("feedback_button", "text") => plain_field(json!({"value": "y"}), "text", feedback),
        ("feedback_button", field) => string(json!({"text": plain("Yes"), "value": "y"}), field, feedback),
        ("actions", "elements") => array(json!({"type": "actions"}), "elements", |i| with(button(), "action_id", json!(format!("b{i}"))), one),
        ("context", "elements") => array(json!({"type": "context"}), "elements", |i| mrkdwn(format!("item {i}")), one),
        ("context_actions", "elements") => array(json!({"type": "context_actions"}), "elements", |i| json!({"type": "icon_button", "icon": "trash", "text": plain("Delete"), "action_id": format!("i{i}")}), one),
        ("header", "text") => plain_field(json!({"type": "header"}), "text", one),
        ("image", "title") => plain_field(image(), "title", one),
        ("image", field) => string(image(), field, one),
        ("input", field) => plain_field(json!({"type": "input", "label": plain("Label"), "element": {"type": "plain_text_input", "action_id": "p"}}), field, |block| modal(json!([block]))),
        ("markdown", "text") => string(json!({"type": "markdown"}), "text", one),
        ("section", "fields") => array(json!({"type": "section"}), "fields", |i| mrkdwn(format!("field {i}")), one),
        ("section", "fields[]") => Box::new(|n, c| one(json!({"type": "section", "fields": [mrkdwn(text(n, c))]}))),
        ("table", "rows") => array(json!({"type": "table"}), "rows", row, one),
        ("table", "rows[]") => Box::new(|n, _| one(json!({"type": "table", "rows": [items(n, raw_text)]}))),
        ("table", "column_settings") => array(json!({"type": "table", "rows": [[raw_text(0)]]}), "column_settings", |_| json!({"align": "left"}), one),
        ("video", "author_name") => string(video(), "author_name", one),
        ("video", field) => plain_field(video(), field, one),
        ("card", "actions") => array(card(), "actions", |i| with(button(), "action_id", json!(format!("b{i}"))), one),
        ("card", field) => plain_field(card(), field, one),
        ("carousel", "elements") => array(json!({"type": "carousel"}), "elements", |_| card(), one),
        ("container", "child_blocks") => array(json!({"type": "container", "title": plain("Title")}), "child_blocks", |_| json!({"type": "divider"}), one),
        ("container", field) => plain_field(json!({"type": "container", "title": plain("Title"), "child_blocks": [{"type": "divider"}]}), field, one),
        ("data_table", "rows") => array(json!({"type": "data_table", "caption": "Data"}), "rows", row, one),
        ("data_table", "rows[]") => Box::new(|n, _| one(json!({"type": "data_table", "caption": "Data", "rows": [items(n, raw_text), items(n, raw_text)]}))),
        ("data_table", "page_size") => number(json!({"type": "data_table", "caption": "Data", "rows": [row(0), row(1)]}), "page_size", one),
        ("data_visualization", "title") => string(json!({"type": "data_visualization", "chart": {"type": "pie", "segments": [{"label": "a", "value": 1}]}}), "title", one),
        ("data_visualization", "chart.segments") => Box::new(|n, _| pie(items(n, |i| json!({"label": format!("s{i}"), "value": 1})))),
        ("data_visualization", "chart.segments[].label") => Box::new(|n, c| pie(json!([{"label": text(n, c), "value": 1}]))),
        ("data_visualization", "chart.series") => Box::new(|n, _| {
            let series = items(n, |i| json!({"name": format!("s{i}"), "data": [{"label": "a", "value": 1}]}));
            one(json!({"type": "data_visualization", "title": "Bars", "chart": {"type": "bar", "series": series, "axis_config": {"categories": ["a"]}}}))
        }),
        ("button", "text") => plain_field(button(), "text", in_actions),
        ("button", field) => string(button(), field, in_actions),
        ("icon_button", field) => string(json!({"type": "icon_button", "icon": "trash", "text": plain("Delete"), "action_id": "i"}), field, |icon| one(json!({"type": "context_actions", "elements": [icon]}))),
        ("checkboxes", "options") => array(json!({"type": "checkboxes", "action_id": "c"}), "options", distinct_option, in_actions),
        ("static_select", "options") => array(json!({"type": "static_select", "action_id": "s"}), "options", distinct_option, in_actions),
        ("static_select", "option_groups") => array(json!({"type": "static_select", "action_id": "s"}), "option_groups", |i| json!({"label": plain(format!("Group {i}")), "options": [distinct_option(i)]}), in_actions),
        ("multi_select", "max_selected_items") => number(json!({"type": "multi_users_select", "action_id": "m"}), "max_selected_items", in_actions),
        ("overflow", "options") => array(json!({"type": "overflow", "action_id": "o"}), "options", distinct_option, in_actions),
        ("plain_text_input", field) => number(json!({"type": "plain_text_input", "action_id": "p"}), field, in_input),
        ("file_input", "max_files") => number(json!({"type": "file_input", "action_id": "f"}), "max_files", in_input),
        ("rich_text_input", field) => number(json!({"type": "rich_text_input", "action_id": "r"}), field, in_input),
        ("datetimepicker", "initial_date_time") => number(json!({"type": "datetimepicker", "action_id": "d"}), "initial_date_time", in_actions),
        ("message", "blocks") => array(json!({"text": "fallback"}), "blocks", |_| json!({"type": "divider"}), |body| body),
        ("message", "attachments") => array(json!({"text": "fallback"}), "attachments", |_| json!({"fallback": "f", "text": "t"}), |body| body),
        ("message", "markdown_text") => string(json!({}), "markdown_text", |body| body),
        ("attachment", "footer") => string(json!({"fallback": "f"}), "footer", |attachment| json!({"text": "fallback", "attachments": [attachment]})),
        ("modal", "blocks") => array(modal(json!([])), "blocks", |_| json!({"type": "divider"}), |view| view),
        ("modal", field) => plain_field(modal(json!([{"type": "divider"}])), field, |view| view),
        ("home", "blocks") => array(json!({"type": "home"}), "blocks", |_| json!({"type": "divider"}), |view| view),
        ("view", field) => string(modal(json!([{"type": "divider"}])), field, |view| view),
        _ => return None,
    })
}

#[test]
fn every_must_limit_is_in_the_schema_at_its_bounds() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for limit in table::ALL
        .iter()
        .filter(|limit| limit.strength == Strength::Must)
    {
        if NOT_IN_SCHEMA.contains(&(limit.object, limit.field)) || limit.unit == Unit::Bytes {
            continue;
        }
        let name = format!("{}.{}", limit.object, limit.field);
        let Some(build) = case(limit) else {
            failures.push(format!("{name}: no case"));
            continue;
        };
        checked += 1;
        let mut sides = vec![(limit.min, true)];
        if limit.min > 0 {
            sides.push((limit.min - 1, false));
        }
        if limit.has_max() {
            sides.extend([(limit.max, true), (limit.max + 1, false)]);
        }
        for (n, valid) in sides {
            let payload = build(n, 'é');
            let file = surface_file(&payload);
            let schema = schema_errors(file, &payload);
            let blockkit = blockkit_errors(file, &payload);
            match (valid, schema.is_empty(), blockkit.is_empty()) {
                (true, true, true) | (false, false, false) => {}
                (true, false, _) => {
                    failures.push(format!("{name} = {n}: the schema rejects it: {schema:?}"));
                }
                (false, true, _) => {
                    failures.push(format!("{name} = {n}: the schema accepts it"));
                }
                (true, true, false) => {
                    failures.push(format!("{name} = {n}: validation rejects it: {blockkit:?}"));
                }
                (false, false, true) => {
                    failures.push(format!("{name} = {n}: validation accepts it"));
                }
            }
        }
    }
    assert!(checked > 60, "only {checked} limits checked");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // The ASCII spelling of one case, so that the é strings above are not the only ones.
    let max = table::header::TEXT.max;
    let header = |n| one(json!({"type": "header", "text": plain("x".repeat(count(n)))}));
    assert!(accepts("message.schema.json", &header(max)));
    assert!(!accepts("message.schema.json", &header(max + 1)));
}
