//! `examples/approval_request.rs`: confirm dialogs, and the `chat.update` once decided.

#[allow(
    dead_code,
    reason = "the example's `main` runs with `cargo run --example`, not here"
)]
#[path = "../../blockkit/examples/approval_request.rs"]
mod example;

use super::checked;

#[test]
fn post_message() {
    let body = example::post_message("C0APPROVALS", &example::sample()).expect("a valid message");
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn update_message_after_the_decision() {
    let body = example::update_message(
        "C0APPROVALS",
        "1718030400.000200",
        &example::sample(),
        &example::sample_decision(),
    )
    .expect("a valid message");
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn a_denial_says_so() {
    let decision = example::Decision {
        approved: false,
        ..example::sample_decision()
    };
    let message = example::message(&example::sample(), Some(&decision));
    let json = checked(&message);
    let text = json["blocks"][3]["elements"][0]["text"]
        .as_str()
        .expect("text");
    assert!(
        text.starts_with(":no_entry: Denied by <@U0123ABCDEF>"),
        "{text}"
    );
}
