// Every block_id is unique in a message or view: both copies are pointed at.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <section block_id="summary">"First"</section>
        <divider/>
        <section block_id="summary">"Second"</section>
    };
}
