//! Writing to standard output without panicking when it is closed (`blockkit ... | head`).

use std::io::{BufWriter, StdoutLock, Write};

/// Buffered standard output that stops writing, quietly, at the first error (a closed pipe).
pub(crate) struct Out {
    writer: BufWriter<StdoutLock<'static>>,
    closed: bool,
}

impl Out {
    pub(crate) fn new() -> Self {
        Self {
            writer: BufWriter::new(std::io::stdout().lock()),
            closed: false,
        }
    }

    /// Writes `text` as is.
    pub(crate) fn write(&mut self, text: &str) {
        if !self.closed && self.writer.write_all(text.as_bytes()).is_err() {
            self.closed = true;
        }
    }

    /// Writes `text` and a newline.
    pub(crate) fn line(&mut self, text: &str) {
        self.write(text);
        self.write("\n");
    }
}

impl Drop for Out {
    fn drop(&mut self) {
        if !self.closed {
            let _ = self.writer.flush();
        }
    }
}

/// Writes one line to standard error, ignoring a closed stream.
pub(crate) fn error_line(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{text}");
}
