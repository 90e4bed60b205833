// A timepicker's initial_time is `HH:mm`, 24-hour.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <actions>
            <timepicker action_id="at" initial_time="25:00"/>
        </actions>
    };
}
