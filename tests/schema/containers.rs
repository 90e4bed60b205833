//! The element × container matrix (spec §5.0), element by element: the schema accepts an
//! element in a section accessory, an `actions`, `input`, `context` or `context_actions` block, or a
//! card's actions exactly when `blockkit validate` does.

use serde_json::{Value, json};

use super::{accepts, block_errors, mrkdwn, option, plain};

fn button() -> Value {
    json!({"type": "button", "action_id": "b", "text": plain("Go")})
}

fn input(element: Value) -> Value {
    json!({"type": "input", "label": plain("Label"), "element": element})
}

/// Puts an element in a container.
type Put = fn(Value) -> Value;

/// One valid element of every type.
fn elements() -> Vec<Value> {
    let options = json!([option("A", "a"), option("B", "b")]);
    let mut list = vec![
        button(),
        json!({"type": "workflow_button", "action_id": "w", "text": plain("Run"), "workflow": {"trigger": {"url": "https://slack.com/shortcuts/Ft0/abc"}}}),
        json!({"type": "image", "image_url": "https://example.com/a.png", "alt_text": "a"}),
        json!({"type": "number_input", "action_id": "a", "is_decimal_allowed": false}),
        json!({"type": "feedback_buttons", "action_id": "a", "positive_button": {"text": plain("Yes"), "value": "y"}, "negative_button": {"text": plain("No"), "value": "n"}}),
        json!({"type": "icon_button", "icon": "trash", "text": plain("Delete"), "action_id": "a"}),
    ];
    for kind in [
        "checkboxes",
        "radio_buttons",
        "overflow",
        "static_select",
        "multi_static_select",
    ] {
        list.push(json!({"type": kind, "action_id": "a", "options": options}));
    }
    for kind in [
        "datepicker",
        "datetimepicker",
        "timepicker",
        "email_text_input",
        "url_text_input",
        "plain_text_input",
        "rich_text_input",
        "file_input",
        "external_select",
        "users_select",
        "conversations_select",
        "channels_select",
        "multi_external_select",
        "multi_users_select",
        "multi_conversations_select",
        "multi_channels_select",
    ] {
        list.push(json!({"type": kind, "action_id": "a"}));
    }
    list
}

#[test]
fn elements_go_where_validation_lets_them() {
    let containers: [(&str, Put); 6] = [
        (
            "section accessory",
            |e| json!({"type": "section", "text": mrkdwn("x"), "accessory": e}),
        ),
        ("actions", |e| json!({"type": "actions", "elements": [e]})),
        ("input", input),
        ("context", |e| json!({"type": "context", "elements": [e]})),
        (
            "context_actions",
            |e| json!({"type": "context_actions", "elements": [e]}),
        ),
        (
            "card actions",
            |e| json!({"type": "card", "title": plain("C"), "actions": [e]}),
        ),
    ];
    let elements = elements();
    assert_eq!(elements.len(), 27, "one of each element type");
    let mut failures = Vec::new();
    let mut allowed = 0;
    for element in &elements {
        assert!(
            accepts("Element", element),
            "{element} is not a valid element"
        );
        for (container, put) in &containers {
            let block = put(element.clone());
            let schema = accepts("block.schema.json", &block);
            let validation = block_errors(&block).is_empty();
            allowed += usize::from(schema);
            if schema != validation {
                failures.push(format!(
                    "{} in {container}: the schema says {schema}, validation {validation}",
                    element["type"]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Section 18, actions 19, input 21, context 1, context_actions 2, card 1 (spec §5.0).
    assert_eq!(allowed, 62);
}
