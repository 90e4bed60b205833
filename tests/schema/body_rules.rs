//! The rules of each request body's file:
//!
//! * single-rule violations of each body — a missing required argument, both or neither of two
//!   exclusive arguments, the wrong view, an empty argument, ... — are rejected, and
//!   `blockkit validate` rejects each of them too (or the body does not parse);
//! * each file lists exactly the message fields its method takes: those `blockkit validate`
//!   does not warn about.

use blockkit::{
    Code, PostEphemeral, PostMessage, ResponseUrlMessage, ScheduleMessage, SlashCommandResponse,
    UpdateMessage, Validate, WebhookMessage,
};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::bodies::{
    DELETE, EPHEMERAL, OPEN, POST, PUBLISH, PUSH, RESPONSE_URL, SCHEDULE, SLASH, SUBMISSION,
    UPDATE, VIEWS_UPDATE, WEBHOOK, blockkit_errors, root,
};
use super::{plain, schema_errors};

/// `value` with `key` set to `new`.
fn with(value: &Value, key: &str, new: Value) -> Value {
    let mut value = value.clone();
    value[key] = new;
    value
}

/// `value` without `key`.
fn without(value: &Value, key: &str) -> Value {
    let mut value = value.clone();
    value
        .as_object_mut()
        .and_then(|map| map.remove(key))
        .unwrap_or_else(|| panic!("no {key} in {value}"));
    value
}

/// `(file, what, valid body, the same body with one fault)`, one line per rule.
#[rustfmt::skip]
#[allow(clippy::too_many_lines, reason = "one entry per rule")]
fn cases() -> Vec<(&'static str, &'static str, Value, Value)> {
    let modal = json!({"type": "modal", "title": plain("Title"), "blocks": [{"type": "divider"}]});
    let home = json!({"type": "home", "blocks": [{"type": "divider"}]});
    let post = json!({"channel": "C1", "text": "hi"});
    let ephemeral = json!({"channel": "C1", "user": "U1", "text": "hi"});
    let update = json!({"channel": "C1", "ts": "1.2", "text": "hi", "parse": "client"});
    let schedule = json!({"channel": "C1", "post_at": 1_893_456_000, "text": "hi"});
    let delete = json!({"channel": "C1", "ts": "1.2"});
    let open = json!({"trigger_id": "T1", "view": modal});
    let views_update = json!({"view_id": "V1", "view": home});
    let publish = json!({"user_id": "U1", "view": home});
    let reply = json!({"text": "hi", "response_type": "in_channel"});
    let deleting = json!({"delete_original": true});
    let errors = json!({"response_action": "errors", "errors": {"email": "Taken"}});
    let push = json!({"response_action": "push", "view": modal});
    let dividers = |n: usize| Value::Array(vec![json!({"type": "divider"}); n]);
    vec![
        (POST, "missing channel", post.clone(), without(&post, "channel")),
        (POST, "empty channel", post.clone(), with(&post, "channel", json!(""))),
        (POST, "nothing to show", post.clone(), without(&post, "text")),
        (POST, "markdown_text with text", with(&without(&post, "text"), "markdown_text", json!("**hi**")), with(&post, "markdown_text", json!("**hi**"))),
        (POST, "51 blocks", with(&post, "blocks", dividers(50)), with(&post, "blocks", dividers(51))),
        (POST, "a block that is not one", with(&post, "blocks", json!([{"type": "divider"}])), with(&post, "blocks", json!([{"type": "header", "text": {"type": "mrkdwn", "text": "x"}}]))),
        (EPHEMERAL, "missing user", ephemeral.clone(), without(&ephemeral, "user")),
        (EPHEMERAL, "missing channel", ephemeral.clone(), without(&ephemeral, "channel")),
        (UPDATE, "missing ts", update.clone(), without(&update, "ts")),
        (UPDATE, "empty ts", update.clone(), with(&update, "ts", json!(""))),
        (SCHEDULE, "missing post_at", schedule.clone(), without(&schedule, "post_at")),
        (SCHEDULE, "post_at not in the future", schedule.clone(), with(&schedule, "post_at", json!(0))),
        (DELETE, "missing ts", delete.clone(), without(&delete, "ts")),
        (DELETE, "missing channel", delete.clone(), without(&delete, "channel")),
        (OPEN, "trigger_id and interactivity_pointer", open.clone(), with(&open, "interactivity_pointer", json!("P1"))),
        (OPEN, "neither trigger_id nor interactivity_pointer", open.clone(), without(&open, "trigger_id")),
        (OPEN, "missing view", open.clone(), without(&open, "view")),
        (OPEN, "a Home tab", open.clone(), with(&open, "view", home.clone())),
        (OPEN, "a modal without its title", open.clone(), with(&open, "view", without(&modal, "title"))),
        (PUSH, "trigger_id and interactivity_pointer", open.clone(), with(&open, "interactivity_pointer", json!("P1"))),
        (PUSH, "a Home tab", open.clone(), with(&open, "view", home.clone())),
        (VIEWS_UPDATE, "view_id and external_id", views_update.clone(), with(&views_update, "external_id", json!("e1"))),
        (VIEWS_UPDATE, "neither view_id nor external_id", views_update.clone(), without(&views_update, "view_id")),
        (VIEWS_UPDATE, "external_id of 256 characters", with(&without(&views_update, "view_id"), "external_id", json!("é".repeat(255))), with(&without(&views_update, "view_id"), "external_id", json!("é".repeat(256)))),
        (VIEWS_UPDATE, "missing view", views_update.clone(), without(&views_update, "view")),
        (PUBLISH, "missing user_id", publish.clone(), without(&publish, "user_id")),
        (PUBLISH, "empty user_id", publish.clone(), with(&publish, "user_id", json!(""))),
        (PUBLISH, "a modal", publish.clone(), with(&publish, "view", modal.clone())),
        (RESPONSE_URL, "delete_original and replace_original", deleting.clone(), with(&deleting, "replace_original", json!(true))),
        (RESPONSE_URL, "a wrong response_type", reply.clone(), with(&reply, "response_type", json!("shout"))),
        (RESPONSE_URL, "nothing to show", reply.clone(), without(&reply, "text")),
        (SLASH, "a wrong response_type", reply.clone(), with(&reply, "response_type", json!("everyone"))),
        (SLASH, "nothing to show", reply.clone(), without(&reply, "text")),
        (WEBHOOK, "nothing to show", json!({"text": "hi"}), json!({"unfurl_links": false})),
        (WEBHOOK, "51 blocks", json!({"text": "hi", "blocks": dividers(50)}), json!({"text": "hi", "blocks": dividers(51)})),
        (SUBMISSION, "missing response_action", errors.clone(), without(&errors, "response_action")),
        (SUBMISSION, "a wrong response_action", errors.clone(), with(&errors, "response_action", json!("explode"))),
        (SUBMISSION, "errors without errors", errors.clone(), without(&errors, "errors")),
        (SUBMISSION, "errors with no message", errors.clone(), with(&errors, "errors", json!({}))),
        (SUBMISSION, "an empty error message", errors.clone(), with(&errors, "errors", json!({"email": ""}))),
        (SUBMISSION, "push without a view", push.clone(), without(&push, "view")),
        (SUBMISSION, "push of a Home tab", push.clone(), with(&push, "view", home.clone())),
    ]
}

#[test]
fn single_rule_violations_of_each_body_are_rejected() {
    let mut failures = Vec::new();
    for (file, what, valid, faulty) in cases() {
        let valid_errors = schema_errors(file, &valid);
        if !valid_errors.is_empty() {
            failures.push(format!(
                "{file}, {what}: rejects the valid body: {valid_errors:?}"
            ));
        }
        let judged_valid = blockkit_errors(file, &valid);
        if !judged_valid.is_empty() {
            failures.push(format!(
                "{file}, {what}: blockkit rejects the valid body: {judged_valid:?}"
            ));
        }
        if schema_errors(file, &faulty).is_empty() {
            failures.push(format!("{file}, {what}: accepts {faulty}"));
        }
        if blockkit_errors(file, &faulty).is_empty() {
            failures.push(format!("{file}, {what}: blockkit accepts {faulty}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The message fields, each with a valid value.
fn message_fields() -> Vec<(&'static str, Value)> {
    vec![
        ("text", json!("hi")),
        ("blocks", json!([{"type": "divider"}])),
        ("attachments", json!([{"text": "an attachment"}])),
        ("markdown_text", json!("**hi**")),
        ("thread_ts", json!("1718030400.000200")),
        ("reply_broadcast", json!(true)),
        ("unfurl_links", json!(false)),
        ("unfurl_media", json!(false)),
        ("mrkdwn", json!(false)),
        (
            "metadata",
            json!({"entities": [{
                "entity_type": "slack#/entities/task",
                "external_ref": {"id": "T-42"},
                "url": "https://tracker.example.com/T-42",
                "entity_payload": {}
            }]}),
        ),
    ]
}

#[test]
fn each_file_lists_the_message_fields_its_method_takes() {
    let bodies = [
        (POST, json!({"channel": "C1"})),
        (EPHEMERAL, json!({"channel": "C1", "user": "U1"})),
        (UPDATE, json!({"channel": "C1", "ts": "1.2"})),
        (SCHEDULE, json!({"channel": "C1", "post_at": 1_893_456_000})),
        (RESPONSE_URL, json!({})),
        (SLASH, json!({})),
        (WEBHOOK, json!({})),
    ];
    let mut failures = Vec::new();
    for (file, base) in bodies {
        let properties = root(file)["properties"].as_object().expect("properties");
        for (field, value) in message_fields() {
            let mut body = base.clone();
            if field != "text" && field != "markdown_text" {
                body["text"] = json!("hi");
            }
            body[field] = value;
            let warned = warned_fields(file, &body);
            let listed = properties.contains_key(field);
            if warned.iter().any(|w| w == field) == listed {
                failures.push(format!(
                    "{file}: `{field}` is {} but validation {}",
                    if listed { "listed" } else { "not listed" },
                    if listed {
                        "warns about it"
                    } else {
                        "does not warn"
                    },
                ));
            }
            let errors = schema_errors(file, &body);
            if !errors.is_empty() {
                failures.push(format!("{file}: rejects {body}: {errors:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The top-level fields `blockkit validate` warns that the method does not take.
fn warned_fields(file: &str, value: &Value) -> Vec<String> {
    fn warned<T: DeserializeOwned + Validate>(value: &Value) -> Vec<String> {
        let body: T = blockkit::from_value(value.clone()).expect("parses");
        body.validate()
            .warnings()
            .filter(|v| v.code == Code::NotAllowedHere)
            .filter_map(|v| v.pointer.strip_prefix('/'))
            .filter(|field| !field.contains('/'))
            .map(str::to_owned)
            .collect()
    }
    match file {
        POST => warned::<PostMessage>(value),
        EPHEMERAL => warned::<PostEphemeral>(value),
        UPDATE => warned::<UpdateMessage>(value),
        SCHEDULE => warned::<ScheduleMessage>(value),
        RESPONSE_URL => warned::<ResponseUrlMessage>(value),
        SLASH => warned::<SlashCommandResponse>(value),
        WEBHOOK => warned::<WebhookMessage>(value),
        other => panic!("{other} carries no message"),
    }
}
