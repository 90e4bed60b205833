//! Interaction payloads (`blockkit::interaction`): parsing what Slack sends, typed state values,
//! forms whose ids are shared by the builders and the reader, and the answers.
//!
//! The payloads are in `tests/interaction_fixtures/`, shaped as Slack sends them (not under
//! `tests/fixtures/`, whose folders hold Block Kit payloads for the conformance test).

mod forms;
mod payloads;
mod slash;
mod state;

use std::fs;
use std::path::Path;

use blockkit::interaction::{Interaction, ViewSubmission};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::conformance::first_difference;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/interaction_fixtures");

/// The text of a fixture.
fn fixture_text(name: &str) -> String {
    let path = Path::new(FIXTURES).join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A fixture as JSON.
fn fixture(name: &str) -> Value {
    serde_json::from_str(&fixture_text(name)).unwrap_or_else(|e| panic!("{name} is not JSON: {e}"))
}

/// Parses `json` from text and from a value, checks both agree and write it back unchanged,
/// and returns the parsed value.
fn round_trip<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(json: &Value) -> T {
    let text = serde_json::to_string(json).unwrap();
    let from_text: T = blockkit::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let from_value: T = blockkit::from_value(json.clone()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(from_text, from_value, "text and value parse differently");
    let written = serde_json::to_value(&from_text).unwrap();
    if let Some(difference) = first_difference(json, &written) {
        panic!("not written back unchanged: {difference}");
    }
    from_text
}

/// The submission of a fixture.
fn submission(name: &str) -> ViewSubmission {
    match blockkit::from_value::<Interaction>(fixture(name)).unwrap() {
        Interaction::ViewSubmission(submission) => *submission,
        other => panic!("{name} is a {}, not a view_submission", other.type_name()),
    }
}
