//! Numbers, written by `serde_json`'s own [`CompactFormatter`] so that they are the same text
//! (integers in decimal, floats in `serde_json`'s shortest round-trip form).

use std::io;

use serde::ser::Error as _;
use serde_json::Error;
use serde_json::ser::{CompactFormatter, Formatter};

/// Room for any number `serde_json` writes (a `u128` takes 39 digits, an `i128` 40 characters, a
/// float at most 24).
const ROOM: usize = 48;

/// Appends what `write` writes, given `serde_json`'s formatter and a buffer on the stack.
#[inline]
pub(crate) fn push(
    out: &mut String,
    write: impl FnOnce(&mut CompactFormatter, &mut Digits) -> io::Result<()>,
) -> Result<(), Error> {
    let mut digits = Digits {
        bytes: [0; ROOM],
        len: 0,
    };
    write(&mut CompactFormatter, &mut digits).map_err(Error::io)?;
    let text = digits
        .bytes
        .get(..digits.len)
        .and_then(|bytes| std::str::from_utf8(bytes).ok())
        .ok_or_else(|| Error::custom("`serde_json` wrote a number that is not text"))?;
    out.push_str(text);
    Ok(())
}

/// A number's text, on the stack.
pub(crate) struct Digits {
    bytes: [u8; ROOM],
    len: usize,
}

impl io::Write for Digits {
    #[inline]
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let end = self.len + data.len();
        let room = self
            .bytes
            .get_mut(self.len..end)
            .ok_or(io::ErrorKind::WriteZero)?;
        room.copy_from_slice(data);
        self.len = end;
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Appends a float: `serde_json`'s text when finite, `null` otherwise.
#[inline]
pub(crate) fn push_f64(out: &mut String, value: f64) -> Result<(), Error> {
    if value.is_finite() {
        push(out, |f, w| f.write_f64(w, value))
    } else {
        out.push_str("null");
        Ok(())
    }
}

/// Appends an `f32`: `serde_json`'s text when finite (shortest for an `f32`, not its `f64`
/// widening), `null` otherwise.
#[inline]
pub(crate) fn push_f32(out: &mut String, value: f32) -> Result<(), Error> {
    if value.is_finite() {
        push(out, |f, w| f.write_f32(w, value))
    } else {
        out.push_str("null");
        Ok(())
    }
}
