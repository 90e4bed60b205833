// Among blocks, `{...}` takes blocks, not text: the error points at the expression.
use blockkit::blocks;

fn main() {
    let name = String::from("Ada");
    let _ = blocks! {
        <header>"Hello"</header>
        {name}
    };
}
