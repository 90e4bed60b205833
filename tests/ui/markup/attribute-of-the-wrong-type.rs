// `max_files` is a number, not a string.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <modal title="Upload" submit="Send">
            <input label="Files"><file_input action_id="files" max_files="3"/></input>
        </modal>
    };
}
