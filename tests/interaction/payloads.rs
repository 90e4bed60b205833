//! Every payload type parses from what Slack sends, is typed, and is written back unchanged.

use std::fmt::Write as _;

use blockkit::interaction::{ContainerKind, Interaction, PayloadError, StateValue};
use blockkit::{ButtonStyle, View};
use serde_json::{Value, json};

use super::{fixture, fixture_text, round_trip};

const PAYLOADS: &[(&str, &str)] = &[
    ("block_actions_message_button.json", "block_actions"),
    ("block_actions_modal_select.json", "block_actions"),
    ("block_actions_home_overflow.json", "block_actions"),
    ("view_submission_all_elements.json", "view_submission"),
    ("view_submission_empty_optional.json", "view_submission"),
    ("view_closed.json", "view_closed"),
    ("shortcut.json", "shortcut"),
    ("message_action.json", "message_action"),
    ("block_suggestion.json", "block_suggestion"),
];

#[test]
fn every_fixture_parses_and_round_trips() {
    for (name, kind) in PAYLOADS {
        let interaction: Interaction = round_trip(&fixture(name));
        assert_eq!(interaction.type_name(), *kind, "{name}");
    }
}

#[test]
fn nulls_and_empty_lists_slack_sends_are_written_back() {
    let json = fixture("block_actions_home_overflow.json");
    assert_eq!(json["view"]["close"], Value::Null);
    assert_eq!(json["enterprise"], Value::Null);
    let written = serde_json::to_value(blockkit::from_value::<Interaction>(json).unwrap()).unwrap();
    assert_eq!(written["view"]["close"], Value::Null);
    assert_eq!(written["view"]["submit"], Value::Null);
    assert_eq!(written["view"]["previous_view_id"], Value::Null);
    assert_eq!(written["enterprise"], Value::Null);
    assert!(written.as_object().unwrap().contains_key("enterprise"));

    let json = fixture("view_submission_empty_optional.json");
    let written = serde_json::to_value(blockkit::from_value::<Interaction>(json).unwrap()).unwrap();
    assert_eq!(written["response_urls"], json!([]));
}

#[test]
fn block_actions_from_a_message() {
    let Interaction::BlockActions(payload) =
        blockkit::from_value(fixture("block_actions_message_button.json")).unwrap()
    else {
        panic!("not block_actions");
    };
    let container = payload.container.as_ref().unwrap();
    assert_eq!(container.kind, ContainerKind::Message);
    assert_eq!(container.channel_id.as_deref(), Some("C0PQRS12345"));
    assert_eq!(
        payload.channel.as_ref().unwrap().name.as_deref(),
        Some("deploys")
    );
    let message = payload.message.as_ref().unwrap();
    assert_eq!(message.blocks.len(), 2);
    assert_eq!(message.extra["ts"], "1718030000.001900");
    assert!(payload.view.is_none());
    assert_eq!(payload.state().map(|state| state.values.len()), Some(0));

    let [action] = payload.actions.as_slice() else {
        panic!("one action expected");
    };
    assert!(action.is("deploy_actions", "approve"));
    assert_eq!(action.action_ts.as_deref(), Some("1718030042.123456"));
    let StateValue::Button(button) = &action.value else {
        panic!("not a button: {:?}", action.value);
    };
    assert_eq!(button.style, Some(ButtonStyle::Primary));
    assert_eq!(
        button.text.as_ref().map(blockkit::Text::text),
        Some("Approve")
    );
    assert_eq!(action.value.value(), Some("deploy-4711"));
    assert!(!action.value.is_empty());
}

#[test]
fn block_actions_from_a_modal_carry_the_view_and_its_state() {
    let Interaction::BlockActions(payload) =
        blockkit::from_value(fixture("block_actions_modal_select.json")).unwrap()
    else {
        panic!("not block_actions");
    };
    assert_eq!(
        payload.container.as_ref().unwrap().kind,
        ContainerKind::View
    );
    let view = payload.view.as_ref().unwrap();
    assert_eq!(view.id, "V07DEPLOYVW");
    assert!(matches!(view.view, View::Modal(_)));
    assert_eq!(view.callback_id(), Some("deploy"));
    assert_eq!(view.private_metadata(), Some(""));
    assert_eq!(view.hash.as_deref(), Some("1718030100.9hJkLm0p"));
    let state = payload.state().unwrap();
    assert_eq!(
        state.get("when", "when_date").unwrap().selected_date(),
        Some("2024-06-14")
    );

    let action = &payload.actions[0];
    assert_eq!(action.value.type_name(), "static_select");
    assert_eq!(action.value.selected_option().unwrap().value, "prod");
    let StateValue::StaticSelect(select) = &action.value else {
        panic!("not a static_select");
    };
    assert!(
        select.extra.contains_key("placeholder"),
        "unmodelled fields are kept"
    );
}

#[test]
fn block_actions_from_the_home_tab() {
    let Interaction::BlockActions(payload) =
        blockkit::from_value(fixture("block_actions_home_overflow.json")).unwrap()
    else {
        panic!("not block_actions");
    };
    let view = payload.view.as_ref().unwrap();
    assert!(matches!(view.view, View::Home(_)));
    assert_eq!(view.previous_view_id, None);
    let action = &payload.actions[0];
    assert!(matches!(action.value, StateValue::Overflow(_)));
    assert_eq!(action.value.selected_option().unwrap().value, "refresh");
    let members = view.state.get("team", "team_members").unwrap();
    assert_eq!(members.selected_users(), ["U0456GHIJKL"]);
}

#[test]
fn view_closed_shortcut_and_message_action() {
    let Interaction::ViewClosed(closed) =
        blockkit::from_value(fixture("view_closed.json")).unwrap()
    else {
        panic!("not view_closed");
    };
    assert_eq!(closed.is_cleared, Some(false));
    assert_eq!(
        closed
            .view
            .state
            .get("title", "title_input")
            .unwrap()
            .value(),
        Some("half-typed")
    );

    let shortcut: Interaction = blockkit::from_value(fixture("shortcut.json")).unwrap();
    assert_eq!(shortcut.callback_id(), Some("report_bug"));
    assert_eq!(
        shortcut.user().unwrap().username.as_deref(),
        Some("ada.lovelace")
    );
    let Interaction::Shortcut(shortcut) = shortcut else {
        panic!("not a shortcut");
    };
    assert_eq!(
        shortcut.team.as_ref().unwrap().domain.as_deref(),
        Some("acme-eng")
    );
    assert_eq!(shortcut.enterprise, None);

    let Interaction::MessageAction(action) =
        blockkit::from_value(fixture("message_action.json")).unwrap()
    else {
        panic!("not message_action");
    };
    assert_eq!(action.callback_id, "bug_from_message");
    assert_eq!(action.message_ts.as_deref(), Some("1718030390.002100"));
    let message = action.message.as_ref().unwrap();
    assert_eq!(
        message.extra["client_msg_id"],
        "6f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b"
    );
    assert_eq!(message.blocks[0].type_name(), "rich_text");
    assert!(
        action
            .response_url
            .as_deref()
            .unwrap()
            .starts_with("https://hooks.slack.com/")
    );
}

#[test]
fn unknown_payload_types_and_fields_are_kept() {
    let interaction: Interaction = blockkit::from_value(fixture("block_suggestion.json")).unwrap();
    let Interaction::Unknown(raw) = &interaction else {
        panic!("not kept as unknown");
    };
    assert_eq!(raw.fields()["value"], "pay");
    assert_eq!(interaction.user(), None);

    let mut json = fixture("block_actions_message_button.json");
    json["actions"][0] = json!({
        "type": "workflow_button", "action_id": "run", "block_id": "wf",
        "workflow": {"trigger": {"url": "https://slack.com/shortcuts/Ft0123/abc"}}, "action_ts": "1.2"
    });
    let Interaction::BlockActions(payload) = round_trip::<Interaction>(&json) else {
        panic!("not block_actions");
    };
    let action = &payload.actions[0];
    assert!(
        matches!(action.value, StateValue::Unknown(_)),
        "an element type without a value kind is kept"
    );
    assert_eq!(
        (action.value.type_name(), action.action_id.as_str()),
        ("workflow_button", "run")
    );

    let mut json = fixture("shortcut.json");
    json["is_workflow_shortcut"] = json!(false);
    json["user"]["locale"] = json!("fr-FR");
    let Interaction::Shortcut(shortcut) = round_trip::<Interaction>(&json) else {
        panic!("not a shortcut");
    };
    assert_eq!(shortcut.extra["is_workflow_shortcut"], false);
    assert_eq!(shortcut.user.extra["locale"], "fr-FR");
}

#[test]
fn the_interactivity_form_post_is_decoded() {
    let payload = serde_json::to_string(&fixture("view_closed.json")).unwrap();
    let body = format!("payload={}", encode(&payload));
    let interaction = Interaction::from_form(body.as_bytes()).unwrap();
    assert_eq!(interaction.type_name(), "view_closed");
    assert_eq!(interaction.callback_id(), Some("bug_report"));

    assert_eq!(
        Interaction::from_form(b"token=abc"),
        Err(PayloadError::NoPayload)
    );
    let error = Interaction::from_form(b"payload=%7B%22type%22%3A%22shortcut%22%7D").unwrap_err();
    assert!(
        error.to_string().contains("missing field `callback_id`"),
        "{error}"
    );
}

/// Percent-encodes everything but unreserved characters, as Slack's form posts do.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            write!(out, "%{byte:02X}").unwrap();
        }
    }
    out
}

#[test]
fn a_broken_payload_names_the_path_of_the_error() {
    let mut json = fixture("view_submission_all_elements.json");
    json["view"]["state"]["values"]["due"]["due_date"]["selected_date"] = json!(20_240_614);
    let error = blockkit::from_value::<Interaction>(json).unwrap_err();
    assert_eq!(
        error.path(),
        "view.state.values.due.due_date.selected_date",
        "{error}"
    );

    let mut json = fixture("block_actions_message_button.json");
    json["message"]["blocks"][0]["text"] = json!(3);
    let error = blockkit::from_value::<Interaction>(json).unwrap_err();
    assert!(error.path().starts_with("message.blocks[0]"), "{error}");
    let text = fixture_text("shortcut.json").replace("\"callback_id\"", "\"callback\"");
    let error = blockkit::from_str::<Interaction>(&text).unwrap_err();
    assert!(error.message().contains("callback_id"), "{error}");
}
