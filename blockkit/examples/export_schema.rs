//! Writes the JSON Schema files of `schema/` (or of the directory given as the argument):
//!
//! ```text
//! cargo run -p blockkit --example export_schema -- schema/
//! ```

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "schema".to_owned()),
    );
    blockkit::schema::write_all(&dir)?;
    for (name, _) in blockkit::schema::files() {
        println!("wrote {}", dir.join(name).display());
    }
    Ok(())
}
