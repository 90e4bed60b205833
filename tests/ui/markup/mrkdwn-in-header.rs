// A header is plain_text only.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <header><mrkdwn>"*Status*"</mrkdwn></header>
    };
}
