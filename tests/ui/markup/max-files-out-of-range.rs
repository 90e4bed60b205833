// A file_input's max_files is 1 to 10.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <modal title="Upload" submit="Send">
            <input label="Files"><file_input action_id="files" max_files=11/></input>
        </modal>
    };
}
