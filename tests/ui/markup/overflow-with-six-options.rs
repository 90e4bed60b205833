// An overflow menu takes at most 5 options.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <section>"Menu"
            <overflow action_id="more">
                <option value="1">"One"</option>
                <option value="2">"Two"</option>
                <option value="3">"Three"</option>
                <option value="4">"Four"</option>
                <option value="5">"Five"</option>
                <option value="6">"Six"</option>
            </overflow>
        </section>
    };
}
