// A header's text is at most 150 characters.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <header>"This header is far too long for Slack, which cuts headers at one hundred and fifty characters, so this one, at well over that, does not compile at all, no matter what"</header>
    };
}
