//! `examples/multi_step_modal.rs`: `views.open`, `views.push`, then `views.update` of the first
//! step.

#[allow(
    dead_code,
    reason = "the example's `main` runs with `cargo run --example`, not here"
)]
#[path = "../../blockkit/examples/multi_step_modal.rs"]
mod example;

use super::checked;

#[test]
fn open_view() {
    let body = example::open_view("7212345678901.123456789012.8a1b2c3d4e5f60718293a4b5c6d7e8f9")
        .expect("a valid modal");
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn push_view_when_the_button_is_pressed() {
    let reply = example::handle_interaction(example::BUTTON_PRESSED).expect("parses");
    let Some(example::Reply::Push(body)) = reply else {
        panic!("not a views.push");
    };
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn update_view_of_the_first_step_after_the_second() {
    let reply = example::handle_interaction(example::TRAVELLERS_SUBMITTED).expect("parses");
    let Some(example::Reply::UpdateParent(body)) = reply else {
        panic!("not a views.update");
    };
    insta::assert_json_snapshot!(checked(&body));
}
