//! `state.values`: one typed value per element type, its accessors, empty values, and values
//! this version does not know.

use blockkit::interaction::{StateValue, ViewState};
use serde_json::json;

use super::{round_trip, submission};

/// `(block_id, action_id, type)` of every element of `view_submission_all_elements.json`.
const ELEMENTS: &[(&str, &str, &str)] = &[
    ("title", "title_input", "plain_text_input"),
    ("contact", "contact_email", "email_text_input"),
    ("link", "link_url", "url_text_input"),
    ("affected", "affected_count", "number_input"),
    ("budget", "budget_amount", "number_input"),
    ("steps", "steps_input", "rich_text_input"),
    ("severity", "severity_select", "static_select"),
    ("component", "component_search", "external_select"),
    ("owner", "owner_select", "users_select"),
    (
        "conversation",
        "conversation_select",
        "conversations_select",
    ),
    ("channel", "channel_select", "channels_select"),
    ("labels", "labels_select", "multi_static_select"),
    ("services", "services_search", "multi_external_select"),
    ("watchers", "watchers_select", "multi_users_select"),
    ("threads", "threads_select", "multi_conversations_select"),
    ("notify", "notify_channels", "multi_channels_select"),
    ("checks", "checks_boxes", "checkboxes"),
    ("impact", "impact_radio", "radio_buttons"),
    ("due", "due_date", "datepicker"),
    ("standup", "standup_time", "timepicker"),
    ("started", "started_at", "datetimepicker"),
    ("evidence", "evidence_files", "file_input"),
];

#[test]
fn every_input_element_has_a_typed_value() {
    let submission = submission("view_submission_all_elements.json");
    let state = submission.state();
    assert_eq!(state.iter().count(), ELEMENTS.len());
    for (block_id, action_id, kind) in ELEMENTS {
        let value = state
            .get(block_id, action_id)
            .unwrap_or_else(|| panic!("no {block_id}/{action_id}"));
        assert_eq!(value.type_name(), *kind, "{block_id}/{action_id}");
        assert!(
            !matches!(value, StateValue::Unknown(_)),
            "{kind} kept as unknown"
        );
        let emptiness = *block_id == "services";
        assert_eq!(value.is_empty(), emptiness, "{block_id}/{action_id}");
    }
}

#[test]
fn accessors_read_each_element() {
    let submission = submission("view_submission_all_elements.json");
    let state = submission.state();
    let get = |block_id: &str, action_id: &str| state.get(block_id, action_id).unwrap();

    assert_eq!(
        get("title", "title_input").value(),
        Some("Checkout fails on Safari")
    );
    assert_eq!(
        get("contact", "contact_email").value(),
        Some("ada@example.com")
    );
    assert_eq!(
        get("link", "link_url").value(),
        Some("https://status.example.com/incidents/42")
    );
    let affected = get("affected", "affected_count");
    assert_eq!(
        affected.value(),
        Some("1250"),
        "the number as Slack sent it"
    );
    assert_eq!(affected.number().unwrap().unwrap().as_u64(), Some(1250));
    let budget = get("budget", "budget_amount").number().unwrap().unwrap();
    assert_eq!(budget.as_f64(), Some(-12.75));

    let steps = get("steps", "steps_input").rich_text_value().unwrap();
    assert_eq!(steps.elements.len(), 2);
    assert_eq!(
        get("severity", "severity_select")
            .selected_option()
            .unwrap()
            .value,
        "sev2"
    );
    let component = get("component", "component_search")
        .selected_option()
        .unwrap();
    assert_eq!(component.text.text(), "payments-api");
    assert_eq!(
        get("impact", "impact_radio")
            .selected_option()
            .unwrap()
            .value,
        "high"
    );
    let labels: Vec<_> = get("labels", "labels_select")
        .selected_options()
        .iter()
        .map(|option| option.value.as_str())
        .collect();
    assert_eq!(labels, ["reg", "safari"]);
    let checks = get("checks", "checks_boxes").selected_options();
    assert!(checks[0].text.is_mrkdwn());

    assert_eq!(
        get("owner", "owner_select").selected_user(),
        Some("U0789MNOPQR")
    );
    assert_eq!(get("watchers", "watchers_select").selected_users().len(), 2);
    assert_eq!(
        get("conversation", "conversation_select").selected_conversation(),
        Some("C0PQRS12345")
    );
    assert_eq!(
        get("channel", "channel_select").selected_conversation(),
        Some("C0TUVW67890")
    );
    assert_eq!(
        get("threads", "threads_select").selected_conversations()[1],
        "G0PRIVATE01"
    );
    assert_eq!(
        get("notify", "notify_channels").selected_conversations(),
        ["C0TUVW67890"]
    );

    assert_eq!(get("due", "due_date").selected_date(), Some("2024-06-14"));
    let standup = get("standup", "standup_time");
    assert_eq!(standup.selected_time(), Some("09:30"));
    let StateValue::TimePicker(time) = standup else {
        panic!("not a timepicker");
    };
    assert_eq!(time.timezone.as_deref(), Some("Europe/Paris"));
    assert_eq!(
        get("started", "started_at").selected_date_time(),
        Some(1_718_030_400)
    );

    let files = get("evidence", "evidence_files").files();
    assert_eq!(files[0].id, "F07ABCDEF12");
    assert_eq!(files[0].mimetype.as_deref(), Some("application/pdf"));
    assert_eq!(files[0].extra["pretty_type"], "PDF");

    // An accessor of another element type reads nothing.
    assert_eq!(get("title", "title_input").selected_option(), None);
    assert!(get("due", "due_date").files().is_empty());
}

#[test]
fn empty_values_are_none_and_written_back_as_null() {
    let submission = submission("view_submission_empty_optional.json");
    let state = submission.state();
    for (block_id, action_id, value) in state.iter() {
        let expect_empty = block_id != "title" && block_id != "steps";
        assert_eq!(value.is_empty(), expect_empty, "{block_id}/{action_id}");
    }
    let json = serde_json::to_value(state).unwrap();
    assert_eq!(
        json["values"]["owner"]["owner_select"],
        json!({"type": "users_select", "selected_user": null})
    );
    assert_eq!(
        json["values"]["checks"]["checks_boxes"]["selected_options"],
        json!([])
    );
}

#[test]
fn state_values_round_trip_alone() {
    for value in [
        json!({"type": "plain_text_input", "value": null}),
        json!({"type": "number_input", "value": "007"}),
        json!({"type": "timepicker", "selected_time": "23:59"}),
        json!({"type": "datetimepicker", "selected_date_time": null}),
        json!({"type": "checkboxes", "selected_options": []}),
        json!({"type": "button", "value": "x", "text": {"type": "plain_text", "text": "Go"}, "url": "https://example.com"}),
        json!({"type": "icon_button", "value": "delete", "text": {"type": "plain_text", "text": "Delete"}}),
        json!({"type": "feedback_buttons", "value": "positive"}),
        json!({"type": "slider", "value": 11}),
    ] {
        let parsed: StateValue = round_trip(&value);
        assert_eq!(parsed.type_name(), value["type"].as_str().unwrap());
    }
}

#[test]
fn a_value_without_type_is_kept_as_unknown() {
    let json = json!({"values": {"name": {"name_input": {"value": "Ada"}}}});
    let state: ViewState = round_trip(&json);
    let value = state.get("name", "name_input").unwrap();
    assert!(matches!(value, StateValue::Unknown(_)));
    assert_eq!(value.type_name(), "");
}

#[test]
fn a_state_can_be_built_for_tests() {
    use blockkit::interaction::{DatePickerValue, PlainTextValue};
    let state = ViewState::new()
        .with(
            "title",
            "title_input",
            PlainTextValue::new(Some("Outage".to_owned())),
        )
        .with("due", "due_date", DatePickerValue::new(None));
    assert_eq!(
        serde_json::to_value(&state).unwrap(),
        json!({"values": {
            "due": {"due_date": {"type": "datepicker", "selected_date": null}},
            "title": {"title_input": {"type": "plain_text_input", "value": "Outage"}}
        }})
    );
}
