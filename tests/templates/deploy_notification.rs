//! `examples/deploy_notification.rs`: a `blocks!` template with `if` and `for`.

#[allow(
    dead_code,
    reason = "the example's `main` runs with `cargo run --example`, not here"
)]
#[path = "../../blockkit/examples/deploy_notification.rs"]
mod example;

use super::checked;

#[test]
fn post_message() {
    let body = example::post_message("C0DEPLOYS01", &example::sample()).expect("a valid message");
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn without_changes_there_is_no_change_list() {
    let deploy = example::Deploy {
        changes: &[],
        ..example::sample()
    };
    let body = example::post_message("C0DEPLOYS01", &deploy).expect("a valid message");
    let json = checked(&body);
    let blocks = json["blocks"].as_array().expect("blocks");
    assert!(blocks.iter().all(|block| block["block_id"] != "changes"));
}

#[test]
fn values_cannot_inject_markup() {
    let deploy = example::Deploy {
        service: "api <!channel>",
        ..example::sample()
    };
    let body = example::post_message("C0DEPLOYS01", &deploy).expect("a valid message");
    let json = checked(&body);
    assert_eq!(
        json["blocks"][1]["text"]["text"],
        "*api &lt;!channel&gt;* is live in *production*, deployed by <@U0456GHIJKL>."
    );
}
