// A typo in an attribute name: the closest attribute is suggested.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <actions>
            <button stlye="danger">"Delete"</button>
        </actions>
    };
}
