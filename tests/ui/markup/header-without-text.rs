// A header needs its text.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <header/>
    };
}
