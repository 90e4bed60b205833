// Apps cannot post `file` blocks.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <file/>
    };
}
