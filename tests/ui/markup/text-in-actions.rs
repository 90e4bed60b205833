// An actions block holds elements, not text.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <actions>"Choose:" <button>"A"</button></actions>
    };
}
