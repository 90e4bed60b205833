//! Rules of the input elements (spec §5.9–§5.15, §9 rules 40, 42, 43, 45, 47).

use blockkit::Code;
use serde_json::{Value, json};

use super::{assert_clean, assert_error, assert_warning, check, input, message, modal, mrkdwn};

/// An element in an input block of a modal; pointers start at `/blocks/0/element`.
fn in_input(element: Value) -> blockkit::Report {
    check(&modal(json!([input(element)])))
}

/// An element in an actions block of a message; pointers start at `/blocks/0/elements/0`.
fn in_actions(element: Value) -> blockkit::Report {
    check(&message(json!([super::actions(json!([element]))])))
}

const E: &str = "/blocks/0/elements/0";
const I: &str = "/blocks/0/element";

#[test]
fn rule_40_min_query_length_is_a_non_negative_integer() {
    for kind in ["external_select", "multi_external_select"] {
        assert_clean(&in_actions(json!({"type": kind, "min_query_length": 0})));
        let element = json!({"type": kind, "min_query_length": -1});
        assert!(blockkit::from_value::<blockkit::Element>(element).is_err());
    }
}

fn number(fields: Value) -> Value {
    let mut element = json!({"type": "number_input", "is_decimal_allowed": false});
    for (key, value) in fields.as_object().unwrap() {
        element[key] = value.clone();
    }
    element
}

#[test]
fn rule_42_number_input() {
    assert_clean(&in_input(number(
        json!({"min_value": "-5", "max_value": "10", "initial_value": "3"}),
    )));
    assert_clean(&in_input(number(
        json!({"is_decimal_allowed": true, "min_value": "0.25", "initial_value": "0.5"}),
    )));
    assert_clean(&in_input(number(
        json!({"min_value": "5", "max_value": "5"}),
    )));
    let report = in_input(number(json!({"min_value": "10", "max_value": "5"})));
    assert_error(&report, Code::InvalidValue, &format!("{I}/min_value"));
    let report = in_input(number(json!({"initial_value": "ten"})));
    assert_error(&report, Code::InvalidFormat, &format!("{I}/initial_value"));
    let report = in_input(number(json!({"max_value": "2.5"})));
    assert_error(&report, Code::InvalidFormat, &format!("{I}/max_value"));
    let report = in_input(number(
        json!({"min_value": "1", "max_value": "5", "initial_value": "6"}),
    ));
    assert_warning(&report, Code::OutOfRange, &format!("{I}/initial_value"));
    // is_decimal_allowed is required: without it the element does not parse.
    let element = json!({"type": "number_input"});
    assert!(blockkit::from_value::<blockkit::Element>(element).is_err());
}

#[test]
fn rule_43_plain_text_input_lengths() {
    let element = |min: u32, max: u32| json!({"type": "plain_text_input", "min_length": min, "max_length": max});
    assert_clean(&in_input(element(10, 10)));
    assert_error(
        &in_input(element(11, 10)),
        Code::InvalidValue,
        &format!("{I}/min_length"),
    );
    let element = json!({"type": "plain_text_input", "max_length": 3, "initial_value": "four", "multiline": true});
    assert_warning(
        &in_input(element),
        Code::OutOfRange,
        &format!("{I}/initial_value"),
    );
    let element = json!({"type": "plain_text_input", "max_length": 3, "initial_value": "été"});
    assert_clean(&in_input(element));
}

#[test]
fn rule_45_rich_text_input() {
    assert_error(
        &in_input(json!({"type": "rich_text_input"})),
        Code::Required,
        I,
    );
    let element =
        json!({"type": "rich_text_input", "action_id": "r", "min_lines": 5, "max_lines": 4});
    assert_warning(
        &in_input(element),
        Code::InvalidValue,
        &format!("{I}/min_lines"),
    );
    let value = json!({"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": "hi"}]}]});
    assert_clean(&in_input(
        json!({"type": "rich_text_input", "action_id": "r", "initial_value": value}),
    ));
    let report = in_input(
        json!({"type": "rich_text_input", "action_id": "r", "initial_value": {"type": "text", "text": "hi"}}),
    );
    assert_error(&report, Code::InvalidType, &format!("{I}/initial_value"));
}

#[test]
fn rule_47_placeholders_are_plain_text() {
    for element in [
        json!({"type": "users_select", "placeholder": mrkdwn("*who*")}),
        json!({"type": "datepicker", "placeholder": mrkdwn("*when*")}),
        json!({"type": "multi_channels_select", "placeholder": mrkdwn("*where*")}),
    ] {
        assert_error(
            &in_actions(element),
            Code::InvalidType,
            &format!("{E}/placeholder/type"),
        );
    }
    let element = json!({"type": "email_text_input", "placeholder": mrkdwn("*mail*")});
    assert_error(
        &in_input(element),
        Code::InvalidType,
        &format!("{I}/placeholder/type"),
    );
}
