// A modal with input blocks needs a submit button.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <modal title="Feedback">
            <input label="Text"><plain_text_input action_id="text"/></input>
        </modal>
    };
}
