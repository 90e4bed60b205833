// A closing tag must match its opening tag.
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <section>"Hello"</header>
    };
}
