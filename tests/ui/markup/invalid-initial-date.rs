// A datepicker's initial_date is a real `YYYY-MM-DD` date.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <actions>
            <datepicker action_id="day" initial_date="2026-13-01"/>
        </actions>
    };
}
