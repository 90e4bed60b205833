//! `examples/oncall_handoff.rs`: a table block.

#[allow(
    dead_code,
    reason = "the example's `main` runs with `cargo run --example`, not here"
)]
#[path = "../../blockkit/examples/oncall_handoff.rs"]
mod example;

use super::checked;

#[test]
fn post_message() {
    let body = example::post_message("C0PLATFORM1", &example::sample()).expect("a valid message");
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn a_quiet_week_still_has_a_header_row() {
    let handoff = example::Handoff {
        pages: &[],
        ..example::sample()
    };
    let body = example::post_message("C0PLATFORM1", &handoff).expect("a valid message");
    let json = checked(&body);
    assert_eq!(json["blocks"][2]["rows"].as_array().map(Vec::len), Some(1));
}
