// Options of a select menu are plain_text only (mrkdwn is for checkboxes and radio buttons).
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <actions>
            <static_select action_id="pick">
                <option value="a"><mrkdwn>"*A*"</mrkdwn></option>
            </static_select>
        </actions>
    };
}
