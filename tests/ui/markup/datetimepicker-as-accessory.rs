// A datetimepicker cannot be a section's accessory.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <section accessory=<datetimepicker action_id="when"/>>"When?"</section>
    };
}
