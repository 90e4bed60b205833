// An image needs `alt_text` (written `alt`).
use blockkit::blocks;

fn main() {
    let _ = blocks! {
        <image url="https://example.com/chart.png"/>
    };
}
