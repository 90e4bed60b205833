//! The templates of the examples (`blockkit/examples/*.rs`), snapshot-tested.
//!
//! Each template lives in its example, the one place a reader looks for it; each test file here
//! includes that example as a module (`#[path = "../../blockkit/examples/NAME.rs"] mod example;`)
//! and calls its template functions with the example's own sample data. So there is one source
//! of truth per template: change an example and its snapshot test shows the new JSON.
//!
//! Every payload goes through `blockkit::testing::assert_valid_json` (every rule checked, errors
//! fail the test with their JSON pointers), is checked for warnings too, and is compared with
//! its reviewed snapshot in `snapshots/`. Regenerate with
//! `INSTA_UPDATE=always cargo test -p blockkit-tests templates`, then read the `.snap` diff.

mod approval_request;
mod deploy_notification;
mod home_dashboard;
mod incident_update;
mod multi_step_modal;
mod onboarding_modal;
mod oncall_handoff;
mod poll;

use blockkit::Validate;
use serde::Serialize;

/// The JSON of `payload` for a snapshot: no errors (`assert_valid_json`) and, stricter than a
/// user needs, no warnings either — the examples are meant to be copied.
#[track_caller]
fn checked<T: Validate + Serialize>(payload: &T) -> serde_json::Value {
    let json = blockkit::testing::assert_valid_json(payload);
    let report = payload.validate();
    let warnings: Vec<_> = report.warnings().map(ToString::to_string).collect();
    assert!(warnings.is_empty(), "warnings: {warnings:#?}");
    json
}
