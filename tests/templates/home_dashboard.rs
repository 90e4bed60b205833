//! `examples/home_dashboard.rs`: a Home tab, published with `views.publish`.

#[allow(
    dead_code,
    reason = "the example's `main` runs with `cargo run --example`, not here"
)]
#[path = "../../blockkit/examples/home_dashboard.rs"]
mod example;

use super::checked;

#[test]
fn publish_view() {
    let body = example::publish_view(&example::sample()).expect("a valid Home tab");
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn off_call_there_is_no_shift() {
    let dashboard = example::Dashboard {
        on_call: None,
        deploys: &[],
        ..example::sample()
    };
    let body = example::publish_view(&dashboard).expect("a valid Home tab");
    let json = checked(&body);
    let blocks = json["view"]["blocks"].as_array().expect("blocks");
    assert!(blocks.iter().all(|block| block["block_id"] != "on_call"));
}
