// An interpolated element must be one the container takes: the error points at the expression.
use blockkit::{PlainTextInput, blocks};

fn main() {
    let input = PlainTextInput::new().action_id("reply");
    let _ = blocks! {
        <actions>{input}</actions>
    };
}
