// A typo in a tag name: the closest tag is suggested.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <secton>"Hello"</secton>
    };
}
