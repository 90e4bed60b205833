//! Arbitrary and broken JSON never makes parsing or validation panic: random values, objects
//! with the `"type"` of every known type and random bodies, valid payloads with random parts
//! replaced, and random bytes. Whatever parses validates, and round-trips to an equal value; text
//! and [`Value`] parsing agree.

use blockkit::{
    Attachment, Block, Element, HomeTab, InlineElement, Message, Modal, RichTextElement, Text,
    Validate, View,
};
use proptest::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use super::generate::{blocks, elements, fill, source};

/// Every `"type"` Slack (and this crate) knows, and a few it does not.
const TYPES: &[&str] = &[
    "plain_text",
    "mrkdwn",
    "raw_text",
    "raw_number",
    "icon",
    "url",
    "actions",
    "context",
    "context_actions",
    "divider",
    "file",
    "header",
    "image",
    "input",
    "markdown",
    "rich_text",
    "section",
    "table",
    "video",
    "alert",
    "card",
    "carousel",
    "container",
    "data_table",
    "data_visualization",
    "plan",
    "task_card",
    "auth_provider",
    "call",
    "share_shortcut",
    "button",
    "checkboxes",
    "datepicker",
    "datetimepicker",
    "email_text_input",
    "file_input",
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
    "number_input",
    "overflow",
    "plain_text_input",
    "radio_buttons",
    "rich_text_input",
    "timepicker",
    "url_text_input",
    "workflow_button",
    "feedback_buttons",
    "icon_button",
    "rich_text_section",
    "rich_text_list",
    "rich_text_preformatted",
    "rich_text_quote",
    "text",
    "link",
    "emoji",
    "user",
    "usergroup",
    "channel",
    "team",
    "broadcast",
    "color",
    "date",
    "canvas",
    "pie",
    "bar",
    "area",
    "line",
    "modal",
    "home",
    "workflow_step",
    "",
    "hologram",
    "SECTION",
];

/// Field names the model reads, so random objects hit real fields.
const KEYS: &[&str] = &[
    "type",
    "text",
    "blocks",
    "elements",
    "element",
    "accessory",
    "fields",
    "label",
    "title",
    "options",
    "option_groups",
    "initial_option",
    "initial_options",
    "confirm",
    "style",
    "value",
    "action_id",
    "block_id",
    "url",
    "rows",
    "child_blocks",
    "chart",
    "series",
    "segments",
    "axis_config",
    "tasks",
    "details",
    "workflow",
    "trigger",
    "positive_button",
    "emoji",
    "verbatim",
    "attachments",
    "submit",
    "close",
    "initial_value",
    "range",
    "timestamp",
    "name",
    "max_selected_items",
    "min_length",
    "filter",
    "include",
    "dispatch_action_config",
    "slack_file",
    "image_url",
    "alt_text",
    "rich_text_title",
    "fallback",
    "is_connected",
    "column_settings",
    "ts",
    "metadata",
    "event_payload",
    "x",
];

/// Any JSON leaf; floats have a short exact decimal form, so that values parsed from text and
/// from a [`Value`] are alike.
fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1_000_000..1_000_000_i32).prop_map(|n| json!(f64::from(n) / 8.0)),
        "\\PC{0,12}".prop_map(Value::String),
        prop::sample::select(TYPES).prop_map(Value::from),
    ]
}

/// Any JSON value, objects keyed mostly by real field names and often typed.
fn any_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(6, 96, 6, |inner| {
        let key = prop_oneof![
            4 => prop::sample::select(KEYS).prop_map(str::to_owned),
            1 => "\\PC{0,6}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key, inner.clone()), 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            (
                prop::sample::select(TYPES),
                prop::collection::vec((prop::sample::select(KEYS), inner), 0..8)
            )
                .prop_map(|(kind, fields)| {
                    let mut object: Map<String, Value> =
                        fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
                    object.insert("type".to_owned(), json!(kind));
                    Value::Object(object)
                }),
        ]
    })
}

/// Parses `json` as `T` from a value and from text; whatever parses must agree, validate, and
/// round-trip.
fn exercise<T>(json: &Value) -> Result<(), TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let text = json.to_string();
    let from_value = blockkit::from_value::<T>(json.clone());
    let from_text = blockkit::from_str::<T>(&text);
    match (&from_value, &from_text) {
        (Ok(a), Ok(b)) => prop_assert_eq!(a, b, "text and value parse differently: {}", text),
        (Err(_), Err(_)) => {}
        _ => prop_assert!(
            false,
            "text and value disagree on {}: {:?} / {:?}",
            text,
            from_value.as_ref().err(),
            from_text.as_ref().err()
        ),
    }
    if let Ok(value) = from_value {
        let written =
            serde_json::to_string(&value).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let again: T = blockkit::from_str(&written)
            .map_err(|e| TestCaseError::fail(format!("{e}: {written}")))?;
        prop_assert_eq!(again, value);
    }
    Ok(())
}

/// As [`exercise`], and validates what parses.
fn exercise_validated<T>(json: &Value) -> Result<(), TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug + Validate,
{
    exercise::<T>(json)?;
    if let Ok(value) = blockkit::from_value::<T>(json.clone()) {
        let report = value.validate();
        prop_assert!(
            report
                .violations()
                .iter()
                .all(|v| v.pointer.is_empty() || v.pointer.starts_with('/'))
        );
    }
    Ok(())
}

/// Every entry point, on `json`.
fn exercise_all(json: &Value) -> Result<(), TestCaseError> {
    exercise_validated::<Message>(json)?;
    exercise_validated::<Modal>(json)?;
    exercise_validated::<HomeTab>(json)?;
    exercise_validated::<View>(json)?;
    exercise_validated::<Attachment>(json)?;
    exercise_validated::<Block>(json)?;
    exercise_validated::<Vec<Block>>(json)?;
    exercise_validated::<Element>(json)?;
    exercise::<RichTextElement>(json)?;
    exercise::<InlineElement>(json)?;
    exercise::<Text>(json)?;
    Ok(())
}

/// Replaces, removes or wraps the part of `json` that `path` leads to.
fn mutate(json: &mut Value, path: &[u8], kind: u8, replacement: Value) {
    if let Some((&step, rest)) = path.split_first() {
        let next = match json {
            Value::Object(map) if !map.is_empty() => {
                let key = map.keys().nth(usize::from(step) % map.len()).cloned();
                key.and_then(|key| map.get_mut(&key))
            }
            Value::Array(items) if !items.is_empty() => {
                let len = items.len();
                items.get_mut(usize::from(step) % len)
            }
            _ => None,
        };
        if let Some(next) = next {
            return mutate(next, rest, kind, replacement);
        }
    }
    match kind % 4 {
        0 => *json = replacement,
        1 => match json {
            Value::Object(map) => {
                if let Some(key) = map.keys().next().cloned() {
                    map.remove(&key);
                }
            }
            other => *other = Value::Null,
        },
        2 => *json = json!([json.take()]),
        _ => match json {
            Value::Object(map) => {
                map.insert("type".to_owned(), replacement);
            }
            other => *other = json!({"type": other.take()}),
        },
    }
}

proptest! {
    #![proptest_config(super::config())]

    #[test]
    fn arbitrary_json_never_panics(json in any_json()) {
        exercise_all(&json)?;
        exercise_all(&json!({"blocks": [json.clone()], "type": "modal", "title": json}))?;
    }

    #[test]
    fn broken_payloads_never_panic(
        mut source in source(),
        pick in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(
            (prop::collection::vec(any::<u8>(), 0..8), any::<u8>(), any_json()),
            1..4,
        ),
    ) {
        let templates: Vec<Value> = blocks().into_iter().chain(elements()).collect();
        let mut json = fill(pick.get(&templates), &mut source, 2);
        for (path, kind, replacement) in mutations {
            mutate(&mut json, &path, kind, replacement);
        }
        exercise_all(&json)?;
        exercise_all(&json!({"blocks": [json]}))?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..256),
        mut source in source(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
    ) {
        let _ = blockkit::from_slice::<Message>(&bytes);
        let _ = blockkit::from_slice::<Block>(&bytes);
        let message = json!({"blocks": fill(&json!(["$many", "$block"]), &mut source, 2)});
        let mut text = serde_json::to_vec(&message).map_err(|e| TestCaseError::fail(e.to_string()))?;
        for (at, byte) in flips {
            let at = at.index(text.len());
            text[at] = byte;
        }
        if let Ok(message) = blockkit::from_slice::<Message>(&text) {
            let _ = message.validate();
        }
        if let Ok(view) = blockkit::from_slice::<View>(&text) {
            let _ = view.validate();
        }
    }
}
