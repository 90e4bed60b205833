// An image block needs its alt text for screen readers: `new` takes the URL and the alt text.
use blockkit::ImageBlock;

fn main() {
    let _image = ImageBlock::new("https://example.com/chart.png");
}
