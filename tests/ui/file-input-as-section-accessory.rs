// A file input is for input blocks in modals; a section's accessory cannot be one.
use blockkit::{FileInput, SectionBlock, Text};

fn main() {
    let _section = SectionBlock::with_text(Text::plain("Upload your report"))
        .accessory(FileInput::new().action_id("report"));
}
