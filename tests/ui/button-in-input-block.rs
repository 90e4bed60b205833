// An input block collects a value; a button is not an input element.
use blockkit::{Button, InputBlock};

fn main() {
    let _input = InputBlock::new("Confirm", Button::new("OK").action_id("ok"));
}
