// A button's text is plain_text only.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <actions>
            <button action_id="go"><mrkdwn>"*Go*"</mrkdwn></button>
        </actions>
    };
}
