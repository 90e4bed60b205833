// `markdown` blocks are for messages only.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <modal title="Notes">
            <markdown>"**Hello**"</markdown>
        </modal>
    };
}
