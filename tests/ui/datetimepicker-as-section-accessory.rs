// A datetimepicker may be in actions and input blocks, but not a section's accessory.
use blockkit::{DateTimePicker, SectionBlock, Text};

fn main() {
    let _section = SectionBlock::with_text(Text::plain("When?"))
        .accessory(DateTimePicker::new().action_id("when"));
}
