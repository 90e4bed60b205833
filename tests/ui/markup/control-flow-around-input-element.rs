// An input block's element is a constructor argument: control flow goes around the block.
use blockkit::blocks;

fn main() {
    let long = true;
    let _ = blocks! {
        <input label="Notes">
            if long { <plain_text_input action_id="notes" multiline/> }
        </input>
    };
}
