//! A payload with many faults reports every one of them in one pass.

use blockkit::{Code, Modal, Severity, Validate};
use serde_json::json;

use super::{assert_violations, check, mrkdwn, option, plain};

use Code::{
    Duplicate, Exclusive, InvalidFormat, InvalidType, InvalidValue, MaxItems, MaxLength, MinLength,
    NotAllowedHere, OutOfRange, Required, UnknownType,
};
use Severity::{Error, Warning};

fn faulty_modal() -> serde_json::Value {
    json!({
        "type": "modal",
        "title": mrkdwn("*Feedback*"),
        "close": plain("Close this feedback form now"),
        "private_metadata": "m".repeat(3001),
        "blocks": [
            {"type": "section", "block_id": "s"},
            {"type": "header", "text": mrkdwn("*Header*")},
            {"type": "input", "dispatch_action": true, "label": plain("Files"), "element": {"type": "file_input", "max_files": 11}},
            {"type": "actions", "elements": [
                {"type": "button", "action_id": "go", "style": "secondary", "text": plain("Go")},
                {"type": "button", "action_id": "go", "text": plain("Go again")},
            ]},
            {"type": "input", "block_id": "when", "label": plain("When"),
             "element": {"type": "datepicker", "initial_date": "2024-02-30", "focus_on_load": true}},
            {"type": "input", "block_id": "when", "label": plain("Note"),
             "element": {"type": "plain_text_input", "focus_on_load": true, "min_length": 5, "max_length": 4}},
            {"type": "markdown", "text": "**not here**"},
            {"type": "section", "text": mrkdwn("Pick"), "accessory": {"type": "static_select",
             "options": [option("A", "a")], "initial_option": option("B", "b")}},
            {"type": "section", "text": mrkdwn("Upload"), "accessory": {"type": "file_input"}},
            {"type": "hologram"},
            {"type": "input", "label": plain("Count"), "element": {"type": "number_input",
             "is_decimal_allowed": false, "min_value": "9", "max_value": "1"}},
            {"type": "image", "alt_text": "a", "image_url": "https://i", "slack_file": {"id": "F1"}},
            {"type": "context", "elements": [
                mrkdwn("1"), mrkdwn("2"), mrkdwn("3"), mrkdwn("4"), mrkdwn("5"), mrkdwn("6"),
                mrkdwn("7"), mrkdwn("8"), mrkdwn("9"), mrkdwn("10"), {"type": "mrkdwn", "text": ""},
            ]},
        ],
    })
}

#[test]
fn a_modal_with_many_faults_reports_all_of_them() {
    let report = check(&faulty_modal());
    assert_violations(
        &report,
        &[
            (InvalidType, "/title/type", Error),
            (MaxLength, "/close/text", Error),
            (Required, "", Error),
            (MaxLength, "/private_metadata", Error),
            (Required, "/blocks/0", Error),
            (InvalidType, "/blocks/1/text/type", Error),
            (OutOfRange, "/blocks/2/element/max_files", Error),
            (InvalidValue, "/blocks/2/dispatch_action", Error),
            (InvalidValue, "/blocks/3/elements/0/style", Error),
            (Duplicate, "/blocks/3/elements/1/action_id", Error),
            (InvalidFormat, "/blocks/4/element/initial_date", Error),
            (Duplicate, "/blocks/5/block_id", Error),
            (Duplicate, "/blocks/5/element/focus_on_load", Error),
            (InvalidValue, "/blocks/5/element/min_length", Error),
            (NotAllowedHere, "/blocks/6", Error),
            (InvalidValue, "/blocks/7/accessory/initial_option", Error),
            (NotAllowedHere, "/blocks/8/accessory", Error),
            (UnknownType, "/blocks/9", Warning),
            (InvalidValue, "/blocks/10/element/min_value", Error),
            (Exclusive, "/blocks/11", Error),
            (MaxItems, "/blocks/12/elements", Error),
            (MinLength, "/blocks/12/elements/10/text", Error),
        ],
    );
    // Every violation says something: the numbers where there are numbers.
    for violation in report.violations() {
        assert!(!violation.message.is_empty(), "{violation}");
        if matches!(violation.code, MaxLength | MaxItems | OutOfRange) {
            assert!(
                violation.limit.is_some() && violation.actual.is_some(),
                "{violation}"
            );
        }
    }
    let distinct: std::collections::HashSet<Code> =
        report.violations().iter().map(|v| v.code).collect();
    assert!(distinct.len() >= 10, "{distinct:?}");
}

#[test]
fn the_error_of_build_lists_every_violation() {
    let modal: Modal = super::parse(&faulty_modal());
    let error = modal.clone().build().unwrap_err();
    assert_eq!(error.violations(), modal.validate().violations());
    assert_eq!(error.errors().count(), 21);
    let text = error.to_string();
    assert!(text.starts_with("21 Block Kit violation(s):\n"), "{text}");
    for line in [
        "/title/type: invalid_type: modal title must be plain_text, not mrkdwn",
        "/private_metadata: max_length: private_metadata is 3001 characters; the limit is 3000",
        "/blocks/9: unknown_type: unknown block type `hologram`; it is kept as it is but not checked (warning)",
    ] {
        assert!(text.contains(line), "missing `{line}` in:\n{text}");
    }
}

#[test]
fn a_message_with_many_faults_reports_all_of_them() {
    let table = json!({"type": "table", "rows": [[{"type": "raw_text", "text": "x"}]]});
    let payload = json!({
        "markdown_text": "**hi**",
        "text": "hi",
        "blocks": [
            table, table,
            {"type": "file", "external_id": "f", "source": "remote"},
            {"type": "input", "label": plain("Mail"), "element": {"type": "email_text_input"}},
            {"type": "section", "block_id": "b".repeat(256), "fields": [mrkdwn("")]},
            {"type": "alert", "text": plain("a".repeat(201)), "level": "loud"},
        ],
        "attachments": [{"color": "blue", "footer": "f".repeat(301)}],
    });
    assert_violations(
        &check(&payload),
        &[
            (Exclusive, "/markdown_text", Error),
            (NotAllowedHere, "/blocks/1", Error),
            (NotAllowedHere, "/blocks/2", Error),
            (NotAllowedHere, "/blocks/3/element", Error),
            (MaxLength, "/blocks/4/block_id", Error),
            (MinLength, "/blocks/4/fields/0/text", Error),
            (MaxLength, "/blocks/5/text/text", Warning),
            (InvalidValue, "/blocks/5/level", Error),
            (MaxLength, "/attachments/0/footer", Error),
            (InvalidFormat, "/attachments/0/color", Error),
        ],
    );
}
