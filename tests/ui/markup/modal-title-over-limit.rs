// A modal's title is at most 24 characters.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <modal title="A title that is far too long">
            <divider/>
        </modal>
    };
}
