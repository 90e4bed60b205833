//! Fast compact JSON: [`to_string`], [`to_vec`] and [`to_writer`] write any [`Serialize`]
//! value — blockkit's types, `serde_json::Value`, your own — as exactly the bytes
//! `serde_json::to_string` writes, in less than half the time for Block Kit payloads.
//!
//! ```
//! use blockkit::{Message, PostMessage, SectionBlock, Text};
//!
//! let message = Message::new()
//!     .text("Deploy finished")
//!     .block(SectionBlock::new().text(Text::mrkdwn("*billing-api* is live")))
//!     .build()?;
//! let body = PostMessage::new("C0123456789", message);
//! let json = blockkit::to_string(&body)?;
//! assert_eq!(json, serde_json::to_string(&body)?);
//! assert!(json.starts_with(r#"{"channel":"C0123456789","text":"Deploy finished","blocks":"#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! What is faster: strings are scanned eight bytes at a time for the few bytes JSON escapes and
//! copied in runs; object keys, nearly always string literals, are written with their colon in
//! a few stores; there is no I/O layer between the serializer and its buffer; and the buffer
//! starts at about the size of the last value written on this thread, so that it rarely grows.
//! `benches/serialize.rs` measures it: for a 2.3 KB `chat.postMessage` body, 46% of
//! `serde_json`'s instructions; for a 100-block, 44 KB modal, 39%.
//!
//! What is the same: every byte. Strings escape `"`, `\` and control characters exactly as
//! `serde_json` does (`\n`, `\u001f`, ...; `/`, U+2028 and non-ASCII as is); numbers are formatted
//! by `serde_json`'s own formatter (NaN and infinities are `null`); map keys that are integers,
//! floats, bools or chars are quoted, and the keys `serde_json` refuses get `serde_json`'s error;
//! enum variants are tagged as `serde_json` tags them. With `serde_json`'s `arbitrary_precision` or
//! `raw_value` features on, numbers and raw values are written as is, as `serde_json` writes them.
//! Errors are [`serde_json::Error`]s.

// Keys are almost always string literals (struct fields, `"type"` tags): inlined into the
// `Serialize` code that writes them, their check for bytes to escape folds away and the copy
// becomes a few stores. Measured with callgrind: 5 to 10% fewer instructions for the whole
// serialization than with `#[inline]` alone, which LLVM does not always follow.
#![allow(clippy::inline_always, reason = "measured: see above")]

mod compound;
mod escape;
mod key;
mod number;
mod raw;
mod ser;

use std::cell::Cell;
use std::io;

use serde::Serialize;
use serde_json::Error;

pub use compound::Compound;
pub use ser::Serializer;

/// The smallest buffer a value starts with.
const MIN_CAPACITY: usize = 1024;
/// The largest buffer a value starts with, whatever was written before.
const MAX_CAPACITY: usize = 1 << 20;

thread_local! {
    /// The length of the last JSON text written on this thread.
    static LAST_LEN: Cell<usize> = const { Cell::new(0) };
}

/// Writes `value` as compact JSON: the same text as `serde_json::to_string`, faster.
///
/// ```
/// use blockkit::{Button, ButtonStyle};
///
/// let button = Button::new("Retry \"now\"").action_id("retry").style(ButtonStyle::Primary);
/// assert_eq!(
///     blockkit::to_string(&button)?,
///     r#"{"type":"button","text":{"type":"plain_text","text":"Retry \"now\""},"action_id":"retry","style":"primary"}"#
/// );
/// assert_eq!(blockkit::to_string(&button)?, serde_json::to_string(&button)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// # Errors
///
/// When `value`'s `Serialize` implementation fails, or it holds a map whose keys `serde_json`
/// refuses (anything but strings, numbers, bools, chars and unit variants; non-finite floats).
/// blockkit's types and `serde_json::Value`s never fail.
pub fn to_string<T: ?Sized + Serialize>(value: &T) -> Result<String, Error> {
    let hint = LAST_LEN.with(Cell::get);
    let capacity = (hint + hint / 4).clamp(MIN_CAPACITY, MAX_CAPACITY);
    let mut serializer = Serializer::new(String::with_capacity(capacity));
    value.serialize(&mut serializer)?;
    let mut json = serializer.into_inner();
    LAST_LEN.with(|last| last.set(json.len()));
    if json.capacity() > MIN_CAPACITY.max(json.len() * 2) {
        // Much smaller than the last one: give back what it does not use.
        json.shrink_to_fit();
    }
    Ok(json)
}

/// [`to_string`], as bytes.
///
/// ```
/// let json = blockkit::to_vec(&blockkit::DividerBlock::new())?;
/// assert_eq!(json, br#"{"type":"divider"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// # Errors
///
/// As [`to_string`].
pub fn to_vec<T: ?Sized + Serialize>(value: &T) -> Result<Vec<u8>, Error> {
    to_string(value).map(String::into_bytes)
}

/// [`to_string`], written to `writer` with one `write_all`.
///
/// ```
/// let mut out = Vec::new();
/// blockkit::to_writer(&mut out, &blockkit::DividerBlock::new())?;
/// assert_eq!(out, br#"{"type":"divider"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// # Errors
///
/// As [`to_string`], and the writer's I/O error (see [`serde_json::Error::io_error_kind`]).
pub fn to_writer<W: io::Write, T: ?Sized + Serialize>(
    mut writer: W,
    value: &T,
) -> Result<(), Error> {
    let json = to_string(value)?;
    writer.write_all(json.as_bytes()).map_err(Error::io)
}
