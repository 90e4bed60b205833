// A header block's text is required: it is the argument of `new`.
use blockkit::HeaderBlock;

fn main() {
    let _header = HeaderBlock::new();
}
