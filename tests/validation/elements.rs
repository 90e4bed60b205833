//! Rules of block elements (spec §5, §9 rules 30–47). Lengths and counts are in `limits`.

use blockkit::{Code, Severity};
use serde_json::{Value, json};

use super::{
    actions, assert_clean, assert_error, assert_violations, assert_warning, check, message, mrkdwn,
    option, options, plain,
};

/// An element in an actions block of a message; pointers start at `/blocks/0/elements/0`.
fn in_actions(element: Value) -> blockkit::Report {
    check(&message(json!([actions(json!([element]))])))
}

const E: &str = "/blocks/0/elements/0";

#[test]
fn rule_30_button_styles() {
    for style in ["primary", "danger"] {
        let mut button = super::button("b");
        button["style"] = json!(style);
        assert_clean(&in_actions(button));
    }
    let mut button = super::button("b");
    button["style"] = json!("secondary");
    assert_error(
        &in_actions(button),
        Code::InvalidValue,
        &format!("{E}/style"),
    );
    let workflow = json!({"type": "workflow_button", "action_id": "w", "text": plain("Run"), "style": "link",
        "workflow": {"trigger": {"url": "https://slack.com/shortcuts/Ft0/x"}}});
    assert_error(
        &in_actions(workflow),
        Code::InvalidValue,
        &format!("{E}/style"),
    );
    // Button text is plain_text.
    let mut button = super::button("b");
    button["text"] = mrkdwn("*Go*");
    assert_error(
        &in_actions(button),
        Code::InvalidType,
        &format!("{E}/text/type"),
    );
}

#[test]
fn rule_33_option_text_kinds_depend_on_the_menu() {
    let mrkdwn_option = json!({"text": mrkdwn("*A*"), "value": "a", "description": mrkdwn("_d_")});
    for kind in ["checkboxes", "radio_buttons"] {
        assert_clean(&in_actions(
            json!({"type": kind, "options": [mrkdwn_option]}),
        ));
    }
    for (kind, field) in [
        ("static_select", "options"),
        ("multi_static_select", "options"),
        ("overflow", "options"),
    ] {
        let report = in_actions(json!({"type": kind, field: [mrkdwn_option, option("B", "b")]}));
        assert_violations(
            &report,
            &[
                (
                    Code::InvalidType,
                    &format!("{E}/options/0/text/type"),
                    Severity::Error,
                ),
                (
                    Code::InvalidType,
                    &format!("{E}/options/0/description/type"),
                    Severity::Error,
                ),
            ],
        );
    }
    let groups = json!([{"label": mrkdwn("*G*"), "options": [option("A", "a")]}]);
    let report = in_actions(json!({"type": "static_select", "option_groups": groups}));
    assert_error(
        &report,
        Code::InvalidType,
        &format!("{E}/option_groups/0/label/type"),
    );
    let report = in_actions(json!({"type": "external_select", "initial_option": mrkdwn_option}));
    assert_violations(
        &report,
        &[
            (
                Code::InvalidType,
                &format!("{E}/initial_option/text/type"),
                Severity::Error,
            ),
            (
                Code::InvalidType,
                &format!("{E}/initial_option/description/type"),
                Severity::Error,
            ),
        ],
    );
}

#[test]
fn rule_34_option_urls_only_in_overflow_menus() {
    let linked = json!({"text": plain("Docs"), "value": "docs", "url": "https://docs"});
    assert_clean(&in_actions(
        json!({"type": "overflow", "options": [linked, option("B", "b")]}),
    ));
    for kind in [
        "static_select",
        "multi_static_select",
        "checkboxes",
        "radio_buttons",
    ] {
        let report = in_actions(json!({"type": kind, "options": [linked]}));
        assert_error(&report, Code::NotAllowedHere, &format!("{E}/options/0/url"));
    }
}

#[test]
fn rule_35_options_or_option_groups() {
    let groups = json!([{"label": plain("G"), "options": [option("A", "a")]}]);
    for kind in ["static_select", "multi_static_select"] {
        assert_clean(&in_actions(json!({"type": kind, "option_groups": groups})));
        let report =
            in_actions(json!({"type": kind, "options": options(1), "option_groups": groups}));
        assert_error(&report, Code::Exclusive, E);
        assert_error(&in_actions(json!({"type": kind})), Code::Required, E);
    }
}

#[test]
fn option_values_are_unique_in_a_menu() {
    let report = in_actions(
        json!({"type": "static_select", "options": [option("A", "x"), option("B", "x")]}),
    );
    assert_error(&report, Code::Duplicate, &format!("{E}/options/1/value"));
    let groups = json!([
        {"label": plain("G"), "options": [option("A", "x")]},
        {"label": plain("H"), "options": [option("B", "x")]},
    ]);
    let report = in_actions(json!({"type": "static_select", "option_groups": groups}));
    assert_error(
        &report,
        Code::Duplicate,
        &format!("{E}/option_groups/1/options/0/value"),
    );
    let report =
        in_actions(json!({"type": "checkboxes", "options": [option("A", "x"), option("B", "x")]}));
    assert_error(&report, Code::Duplicate, &format!("{E}/options/1/value"));
}

#[test]
fn rule_36_initial_options_are_among_the_options() {
    let a = option("A", "a");
    let described = json!({"text": plain("A"), "value": "a", "description": plain("first")});
    let groups = json!([{"label": plain("G"), "options": [option("B", "b")]}]);
    // Static select: in options, in option groups.
    assert_clean(&in_actions(
        json!({"type": "static_select", "options": [a], "initial_option": a}),
    ));
    assert_clean(&in_actions(
        json!({"type": "static_select", "option_groups": groups, "initial_option": option("B", "b")}),
    ));
    let report = in_actions(
        json!({"type": "static_select", "options": [a], "initial_option": option("Z", "z")}),
    );
    assert_error(&report, Code::InvalidValue, &format!("{E}/initial_option"));
    // Same value, other text or description: not the same option.
    let report = in_actions(
        json!({"type": "static_select", "options": [a], "initial_option": option("Other", "a")}),
    );
    assert_error(&report, Code::InvalidValue, &format!("{E}/initial_option"));
    let report =
        in_actions(json!({"type": "static_select", "options": [a], "initial_option": described}));
    assert_error(&report, Code::InvalidValue, &format!("{E}/initial_option"));
    // Multi-select, checkboxes, radio buttons.
    let report = in_actions(
        json!({"type": "multi_static_select", "options": options(3), "initial_options": [option("Option 1", "v1"), option("Z", "z")]}),
    );
    assert_error(
        &report,
        Code::InvalidValue,
        &format!("{E}/initial_options/1"),
    );
    let report = in_actions(
        json!({"type": "checkboxes", "options": options(3), "initial_options": [option("Z", "z")]}),
    );
    assert_error(
        &report,
        Code::InvalidValue,
        &format!("{E}/initial_options/0"),
    );
    assert_clean(&in_actions(
        json!({"type": "radio_buttons", "options": options(3), "initial_option": option("Option 2", "v2")}),
    ));
    let report = in_actions(
        json!({"type": "radio_buttons", "options": options(3), "initial_option": option("Z", "z")}),
    );
    assert_error(&report, Code::InvalidValue, &format!("{E}/initial_option"));
}

#[test]
fn rule_39_initial_selections_within_max_selected_items() {
    let users = json!({"type": "multi_users_select", "max_selected_items": 2, "initial_users": ["U1", "U2"]});
    assert_clean(&in_actions(users));
    let users = json!({"type": "multi_users_select", "max_selected_items": 2, "initial_users": ["U1", "U2", "U3"]});
    let violation = assert_warning(
        &in_actions(users),
        Code::OutOfRange,
        &format!("{E}/max_selected_items"),
    );
    super::assert_numbers(&violation, 2, 3);
    for (kind, field, value) in [
        (
            "multi_channels_select",
            "initial_channels",
            json!(["C1", "C2"]),
        ),
        (
            "multi_conversations_select",
            "initial_conversations",
            json!(["C1", "C2"]),
        ),
        (
            "multi_external_select",
            "initial_options",
            json!([option("A", "a"), option("B", "b")]),
        ),
        (
            "multi_static_select",
            "initial_options",
            json!([option("Option 0", "v0"), option("Option 1", "v1")]),
        ),
    ] {
        let mut element = json!({"type": kind, "max_selected_items": 1, field: value});
        if kind == "multi_static_select" {
            element["options"] = options(2);
        }
        assert_warning(
            &in_actions(element),
            Code::OutOfRange,
            &format!("{E}/max_selected_items"),
        );
    }
}

#[test]
fn rule_41_date_and_time_formats() {
    for date in ["2024-02-29", "2023-12-31", "0001-01-01"] {
        assert_clean(&in_actions(
            json!({"type": "datepicker", "initial_date": date}),
        ));
    }
    for date in [
        "2023-02-29",
        "2024-13-01",
        "2024-04-31",
        "24-01-01",
        "2024/01/01",
        "2024-1-01",
        "2024-01-00",
    ] {
        let report = in_actions(json!({"type": "datepicker", "initial_date": date}));
        assert_error(&report, Code::InvalidFormat, &format!("{E}/initial_date"));
    }
    for time in ["00:00", "23:59", "09:05"] {
        assert_clean(&in_actions(
            json!({"type": "timepicker", "initial_time": time, "timezone": "Europe/Paris"}),
        ));
    }
    for time in [
        "24:00", "12:60", "9:30", "12:3", "12-30", "ab:cd", "12:30:00",
    ] {
        let report = in_actions(json!({"type": "timepicker", "initial_time": time}));
        assert_error(&report, Code::InvalidFormat, &format!("{E}/initial_time"));
    }
    assert_clean(&in_actions(
        json!({"type": "datetimepicker", "initial_date_time": 1_628_633_820}),
    ));
    let report = in_actions(json!({"type": "datetimepicker", "initial_date_time": -1}));
    assert_error(&report, Code::OutOfRange, &format!("{E}/initial_date_time"));
}

#[test]
fn rule_46_workflow_button() {
    let trigger = |url: &str, name: &str| json!({"url": url, "customizable_input_parameters": [{"name": name, "value": "v"}]});
    let button = |action_id: Option<&str>, trigger: Value| {
        let mut element = json!({"type": "workflow_button", "text": plain("Run"), "workflow": {"trigger": trigger}});
        if let Some(id) = action_id {
            element["action_id"] = json!(id);
        }
        element
    };
    assert_clean(&in_actions(button(
        Some("w"),
        trigger("https://slack.com/shortcuts/Ft0/x", "n"),
    )));
    assert_error(
        &in_actions(button(None, trigger("https://x", "n"))),
        Code::Required,
        E,
    );
    assert_error(
        &in_actions(button(Some(""), trigger("https://x", "n"))),
        Code::Required,
        E,
    );
    assert_error(
        &in_actions(button(Some("w"), trigger("", "n"))),
        Code::MinLength,
        &format!("{E}/workflow/trigger/url"),
    );
    let report = in_actions(button(Some("w"), trigger("https://x", "")));
    assert_error(
        &report,
        Code::MinLength,
        &format!("{E}/workflow/trigger/customizable_input_parameters/0/name"),
    );
}
