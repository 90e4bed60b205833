// A button's style is "primary" or "danger".
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <actions>
            <button style="secondary">"Cancel"</button>
        </actions>
    };
}
