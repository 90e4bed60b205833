// An input block needs one element.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <input label="Your name"></input>
    };
}
