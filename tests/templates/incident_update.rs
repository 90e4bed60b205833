//! `examples/incident_update.rs`: actions and a rich-text timeline, with the builders.

#[allow(
    dead_code,
    reason = "the example's `main` runs with `cargo run --example`, not here"
)]
#[path = "../../blockkit/examples/incident_update.rs"]
mod example;

use super::checked;

#[test]
fn post_message() {
    let body = example::post_message("C0INCIDENTS", &example::sample()).expect("a valid message");
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn the_status_menu_starts_on_the_current_status() {
    for status in [example::Status::Investigating, example::Status::Resolved] {
        let incident = example::Incident {
            status,
            ..example::sample()
        };
        let body = example::post_message("C0INCIDENTS", &incident).expect("a valid message");
        // Validation checks that the initial option is one of the options.
        let json = checked(&body);
        let menu = &json["blocks"][3]["elements"][1];
        assert_eq!(menu["type"], "static_select");
        assert!(
            menu["options"]
                .as_array()
                .expect("options")
                .contains(&menu["initial_option"])
        );
    }
}
