//! `examples/onboarding_modal.rs`: every input element, and the `views.update` after a
//! `block_actions`.

#[allow(
    dead_code,
    reason = "the example's `main` runs with `cargo run --example`, not here"
)]
#[path = "../../blockkit/examples/onboarding_modal.rs"]
mod example;

use std::collections::BTreeSet;

use super::checked;

const TRIGGER_ID: &str = "7212345678901.123456789012.8a1b2c3d4e5f60718293a4b5c6d7e8f9";

#[test]
fn open_view() {
    let body = example::open_view(TRIGGER_ID, &example::sample()).expect("a valid modal");
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn update_view_after_the_team_is_picked() {
    let body = example::handle_interaction(&example::sample(), example::TEAM_PICKED)
        .expect("the payload parses")
        .expect("the payload picks a team");
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn every_input_element_is_there() {
    let body = example::open_view(TRIGGER_ID, &example::sample()).expect("a valid modal");
    let json = checked(&body);
    let types: BTreeSet<&str> = json["view"]["blocks"]
        .as_array()
        .expect("blocks")
        .iter()
        .filter_map(|block| block["element"]["type"].as_str())
        .collect();
    let expected = [
        "channels_select",
        "checkboxes",
        "conversations_select",
        "datepicker",
        "datetimepicker",
        "email_text_input",
        "external_select",
        "file_input",
        "multi_channels_select",
        "multi_conversations_select",
        "multi_external_select",
        "multi_static_select",
        "multi_users_select",
        "number_input",
        "plain_text_input",
        "radio_buttons",
        "rich_text_input",
        "static_select",
        "timepicker",
        "url_text_input",
        "users_select",
    ];
    assert_eq!(types, BTreeSet::from(expected));
}

#[test]
fn the_update_keeps_every_id_and_adds_the_squad() {
    let ids = |json: &serde_json::Value| -> Vec<String> {
        json["view"]["blocks"]
            .as_array()
            .expect("blocks")
            .iter()
            .map(|block| format!("{}/{}", block["block_id"], block["element"]["action_id"]))
            .collect()
    };
    let opened = example::open_view(TRIGGER_ID, &example::sample()).expect("a valid modal");
    let updated = example::handle_interaction(&example::sample(), example::TEAM_PICKED)
        .expect("parses")
        .expect("an update");
    let mut after = ids(&checked(&updated));
    after.retain(|id| id != r#""squad"/"squad""#);
    assert_eq!(ids(&checked(&opened)), after);
}
