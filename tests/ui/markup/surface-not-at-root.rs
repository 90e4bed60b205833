// A surface can only be the root.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <divider/>
        <modal title="Nested"><divider/></modal>
    };
}
