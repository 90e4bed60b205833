//! Rules between fields that a schema can express: at least one of, exactly one of, never
//! together, "a modal with an input block has `submit`", and what a `view_submission` response
//! needs for its action.

use serde_json::{Value, json};

/// `{"required": [field]}` for each field.
fn each_required(fields: &[&str]) -> Vec<Value> {
    fields
        .iter()
        .map(|field| json!({"required": [field]}))
        .collect()
}

/// An object whose `"type"` is `tag`.
fn tagged(tag: &str) -> Value {
    json!({"required": ["type"], "properties": {"type": {"const": tag}}})
}

/// `field` present and not an empty array.
fn non_empty(field: &str) -> Value {
    json!({"required": [field], "properties": {field: {"minItems": 1}}})
}

/// The rules, by limit object (see [`super::rules`]), each added to the definitions' `allOf`.
pub(super) fn rules() -> Vec<(&'static str, Value)> {
    let has_input = json!({"anyOf": [
        tagged("input"),
        {"allOf": [tagged("container"), {"required": ["child_blocks"], "properties": {"child_blocks": {"contains": tagged("input")}}}]},
    ]});
    vec![
        // Spec §4.11: `text`, `fields`, or both.
        (
            "section",
            json!({"anyOf": [{"required": ["text"]}, non_empty("fields")]}),
        ),
        // Spec §4.7, §5.8: exactly one of `image_url` and `slack_file` (block and element).
        (
            "image",
            json!({"oneOf": each_required(&["image_url", "slack_file"])}),
        ),
        // Spec §3.8: exactly one of `url` and `id`.
        (
            "slack_file",
            json!({"oneOf": each_required(&["url", "id"])}),
        ),
        // Spec §5.9, §5.10: exactly one of `options` and `option_groups`.
        (
            "static_select",
            json!({"oneOf": each_required(&["options", "option_groups"])}),
        ),
        // Spec §3.7: at least one field.
        (
            "filter",
            json!({"anyOf": [non_empty("include"), {"required": ["exclude_external_shared_channels"]}, {"required": ["exclude_bot_users"]}]}),
        ),
        // Spec §4.15: at least one of four; not both icons.
        (
            "card",
            json!({"anyOf": [{"required": ["hero_image"]}, {"required": ["title"]}, non_empty("actions"), {"required": ["body"]}]}),
        ),
        ("card", json!({"not": {"required": ["icon", "slack_icon"]}})),
        // Spec §3.1: `emoji` only on plain_text, `verbatim` only on mrkdwn.
        ("plain_text", json!({"not": {"required": ["verbatim"]}})),
        ("mrkdwn", json!({"not": {"required": ["emoji"]}})),
        // Spec §4.8: no `dispatch_action: true` with a file_input.
        (
            "input",
            json!({"not": {
                "required": ["dispatch_action", "element"],
                "properties": {"dispatch_action": {"const": true}, "element": tagged("file_input")},
            }}),
        ),
        // Spec §4.18: the header row holds no rich_text cells.
        (
            "data_table",
            json!({"properties": {"rows": {"prefixItems": [{"items": {"not": tagged("rich_text")}}]}}}),
        ),
        // Spec §7.2, rule 4: an input block (also inside a container) needs `submit`.
        (
            "modal",
            json!({"if": {"required": ["blocks"], "properties": {"blocks": {"contains": has_input}}}, "then": {"required": ["submit"]}}),
        ),
        // Spec §7.3, rule 5: a Home tab has none of the modal's fields.
        (
            "home",
            json!({"properties": {"title": false, "submit": false, "close": false, "clear_on_close": false, "notify_on_close": false}}),
        ),
        // Spec §7.1: something to show.
        (
            "message",
            json!({"anyOf": [{"required": ["text"]}, non_empty("blocks"), non_empty("attachments"), {"required": ["markdown_text"]}]}),
        ),
        // Spec §8.1, rule 57: `markdown_text` never with `text` or `blocks`.
        (
            "message",
            json!({"if": {"required": ["markdown_text"]}, "then": {"not": {"anyOf": [{"required": ["text"]}, non_empty("blocks")]}}}),
        ),
        // Spec §8.5, §8.6, rule 58: exactly one of `trigger_id` and `interactivity_pointer`.
        (
            "views.open",
            json!({"oneOf": each_required(&["trigger_id", "interactivity_pointer"])}),
        ),
        (
            "views.push",
            json!({"oneOf": each_required(&["trigger_id", "interactivity_pointer"])}),
        ),
        // Spec §8.7, rule 58: exactly one of `view_id` and `external_id`.
        (
            "views.update",
            json!({"oneOf": each_required(&["view_id", "external_id"])}),
        ),
        // Spec §8.13: `errors` shows at least one non-empty message; `update` and `push` show a
        // view.
        (
            "view_submission_response",
            json!({
                "if": {"properties": {"response_action": {"const": "errors"}}},
                "then": {
                    "required": ["errors"],
                    "properties": {"errors": {"minProperties": 1, "additionalProperties": {"minLength": 1}}},
                },
            }),
        ),
        (
            "view_submission_response",
            json!({
                "if": {"properties": {"response_action": {"enum": ["update", "push"]}}},
                "then": {"required": ["view"]},
            }),
        ),
    ]
}
