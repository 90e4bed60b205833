// An actions block does not take a plain_text_input: it goes in an input block.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <actions>
            <button>"Send"</button>
            <plain_text_input action_id="reply"/>
        </actions>
    };
}
