// Every action_id is unique in its block: both copies are pointed at.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <actions>
            <button action_id="approve">"Approve"</button>
            <button action_id="approve">"Approve again"</button>
        </actions>
    };
}
