//! Validation (issue 3): every rule at its limit and past it, the placement matrices, the
//! whole-payload rules, Unicode counting, the corpus and fixtures without violations, pointers
//! that resolve, and a payload with many faults reported in one pass.
//!
//! Payloads are written as JSON and parsed, as a user who receives them from Slack would; every
//! report made through [`check`] also proves that each violation's pointer resolves in the
//! serialized payload.

#![allow(
    clippy::needless_pass_by_value,
    reason = "the helpers take JSON values built inline at the call"
)]

mod blocks;
mod blocks_2026;
mod corpus;
mod elements;
mod inputs;
mod limit_cases;
mod limit_cases_blocks;
mod limits;
mod many_faults;
mod objects;
mod placement;
mod pointers;
mod surfaces;
mod unicode;
mod unknown;
mod whole_payload;

use blockkit::{
    Code, HomeTab, Message, Report, Severity, Validate, ValidationOptions, View, Violation,
};
use serde::Serialize;
use serde_json::{Value, json};

/// The one table of limits, the same numbers validation reads.
use blockkit_limits as table;

/// A payload parsed from JSON: a view when it has a view `type`, else a message.
pub(crate) enum Payload {
    Message(Message),
    View(View),
    Home(HomeTab),
}

impl Payload {
    /// Parses `json` (a message, or a view by its `type`).
    pub(crate) fn parse(json: &Value) -> Self {
        match json.get("type").and_then(Value::as_str) {
            Some("modal" | "home" | "workflow_step") => Self::View(parse(json)),
            _ => Self::Message(parse(json)),
        }
    }

    pub(crate) fn validate_with(&self, options: &ValidationOptions) -> Report {
        match self {
            Self::Message(message) => message.validate_with(options),
            Self::View(view) => view.validate_with(options),
            Self::Home(home) => home.validate_with(options),
        }
    }

    pub(crate) fn to_value(&self) -> Value {
        match self {
            Self::Message(message) => to_value(message),
            Self::View(view) => to_value(view),
            Self::Home(home) => to_value(home),
        }
    }
}

/// Parses `json` into `T`, panicking with the parse error.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(json: &Value) -> T {
    blockkit::from_value(json.clone()).unwrap_or_else(|e| panic!("does not parse: {e}\n{json:#}"))
}

/// Serializes `value`.
pub(crate) fn to_value(value: &impl Serialize) -> Value {
    serde_json::to_value(value).expect("serializes")
}

/// Asserts that every violation's pointer resolves in `serialized`.
pub(crate) fn assert_pointers_resolve(serialized: &Value, report: &Report) {
    for violation in report.violations() {
        assert!(
            serialized.pointer(&violation.pointer).is_some(),
            "pointer `{}` of `{violation}` does not resolve in\n{serialized:#}",
            violation.pointer
        );
    }
}

/// Validates `value` with `options` and checks that every pointer resolves.
pub(crate) fn check_value<T: Validate + Serialize + ?Sized>(
    value: &T,
    options: &ValidationOptions,
) -> Report {
    let report = value.validate_with(options);
    assert_pointers_resolve(&to_value(&value), &report);
    report
}

/// Parses and validates a message or view with the default options.
pub(crate) fn check(json: &Value) -> Report {
    check_with(json, &ValidationOptions::default())
}

/// Parses and validates a message or view with `options`.
pub(crate) fn check_with(json: &Value, options: &ValidationOptions) -> Report {
    let payload = Payload::parse(json);
    let report = payload.validate_with(options);
    assert_pointers_resolve(&payload.to_value(), &report);
    report
}

/// A message with a fallback `text` and `blocks`.
pub(crate) fn message(blocks: Value) -> Value {
    json!({"text": "fallback", "blocks": blocks})
}

/// A modal with a title, a submit button and `blocks`.
pub(crate) fn modal(blocks: Value) -> Value {
    json!({
        "type": "modal",
        "title": plain("Title"),
        "submit": plain("Send"),
        "blocks": blocks,
    })
}

/// A Home tab with `blocks`.
pub(crate) fn home(blocks: Value) -> Value {
    json!({"type": "home", "blocks": blocks})
}

/// A plain_text object.
pub(crate) fn plain(text: impl Into<String>) -> Value {
    json!({"type": "plain_text", "text": text.into()})
}

/// A mrkdwn object.
pub(crate) fn mrkdwn(text: impl Into<String>) -> Value {
    json!({"type": "mrkdwn", "text": text.into()})
}

/// An option with plain_text text.
pub(crate) fn option(text: &str, value: &str) -> Value {
    json!({"text": plain(text), "value": value})
}

/// `n` distinct options.
pub(crate) fn options(n: usize) -> Value {
    (0..n)
        .map(|i| option(&format!("Option {i}"), &format!("v{i}")))
        .collect()
}

/// A button with an action_id.
pub(crate) fn button(action_id: &str) -> Value {
    json!({"type": "button", "action_id": action_id, "text": plain("Go")})
}

/// An input block holding `element`.
pub(crate) fn input(element: Value) -> Value {
    json!({"type": "input", "label": plain("Label"), "element": element})
}

/// An actions block holding `elements`.
pub(crate) fn actions(elements: Value) -> Value {
    json!({"type": "actions", "elements": elements})
}

/// Asserts that the report holds nothing at all.
#[track_caller]
pub(crate) fn assert_clean(report: &Report) {
    assert!(report.is_empty(), "expected no violations, got:\n{report}");
}

/// Asserts that the report holds exactly one violation, with `code`, `pointer` and `severity`,
/// and returns it.
#[track_caller]
pub(crate) fn assert_only(
    report: &Report,
    code: Code,
    pointer: &str,
    severity: Severity,
) -> Violation {
    match report.violations() {
        [violation] => {
            assert_eq!(
                (
                    violation.code,
                    violation.pointer.as_str(),
                    violation.severity
                ),
                (code, pointer, severity),
                "unexpected violation: {violation}"
            );
            violation.clone()
        }
        _ => panic!("expected exactly one {severity} `{code}` at {pointer}, got:\n{report}"),
    }
}

/// Asserts exactly one error with `code` at `pointer`.
#[track_caller]
pub(crate) fn assert_error(report: &Report, code: Code, pointer: &str) -> Violation {
    assert_only(report, code, pointer, Severity::Error)
}

/// Asserts exactly one warning with `code` at `pointer`.
#[track_caller]
pub(crate) fn assert_warning(report: &Report, code: Code, pointer: &str) -> Violation {
    assert_only(report, code, pointer, Severity::Warning)
}

/// Asserts the report's violations as `(code, pointer, severity)`, in order.
#[track_caller]
pub(crate) fn assert_violations(report: &Report, expected: &[(Code, &str, Severity)]) {
    let actual: Vec<(Code, &str, Severity)> = report
        .violations()
        .iter()
        .map(|v| (v.code, v.pointer.as_str(), v.severity))
        .collect();
    assert_eq!(actual, expected, "report:\n{report}");
}

/// Asserts the numbers of a violation.
#[track_caller]
pub(crate) fn assert_numbers(violation: &Violation, limit: u64, actual: u64) {
    assert_eq!(
        (violation.limit, violation.actual),
        (Some(limit), Some(actual)),
        "{violation}"
    );
}
