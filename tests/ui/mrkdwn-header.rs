// A header shows plain_text only: mrkdwn is not accepted.
use blockkit::{HeaderBlock, MrkdwnText};

fn main() {
    let _header = HeaderBlock::new(MrkdwnText::new("*Status*"));
}
