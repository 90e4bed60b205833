//! The run-time support of the `blocks!` expansion: the only items it uses besides the public
//! builders. Not a public API.

use std::fmt::{self, Display, Write as _};

use super::RawMrkdwn;
use crate::{Block, HomeTab, Message, Modal, Str};

pub use std::iter::{Extend, IntoIterator, Iterator};
pub use std::string::String;
pub use std::vec;
pub use std::vec::Vec;

/// `value.into()`, with the target named.
#[inline]
pub fn into<T, U: Into<T>>(value: U) -> T {
    value.into()
}

/// A JSON number from a float literal (always finite).
pub fn number(value: f64) -> serde_json::Number {
    serde_json::Number::from_f64(value).unwrap_or_else(|| serde_json::Number::from(0))
}

/// The text of an interpolated text slot, built in place: inline (no allocation) while it fits
/// in 24 bytes, one allocation of the estimated size otherwise.
pub struct TextBuf(compact_str::CompactString);

impl TextBuf {
    /// An empty text with room for `capacity` bytes.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        Self(compact_str::CompactString::with_capacity(capacity))
    }

    /// Appends a literal.
    #[inline]
    pub fn push_str(&mut self, text: &str) {
        self.0.push_str(text);
    }

    /// The text.
    #[inline]
    pub fn finish(self) -> Str {
        Str::from_compact(self.0)
    }
}

impl fmt::Write for TextBuf {
    #[inline]
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.0.push_str(text);
        Ok(())
    }
}

/// A value interpolated into plain text: never escaped.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as Block Kit text",
    label = "this must implement `Display`",
    note = "text interpolations take anything that implements `std::fmt::Display`"
)]
pub trait TextPart {
    /// Appends the value.
    fn push_text(&self, out: &mut TextBuf);
}

impl<T: Display + ?Sized> TextPart for T {
    #[inline]
    fn push_text(&self, out: &mut TextBuf) {
        let _ = write!(out, "{self}");
    }
}

/// A value interpolated into mrkdwn: escaped, unless it is [`RawMrkdwn`].
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as mrkdwn text",
    label = "this must implement `Display`",
    note = "mrkdwn interpolations take anything that implements `std::fmt::Display` (escaped), or `blockkit::raw_mrkdwn(..)` (not escaped)"
)]
pub trait MrkdwnPart {
    /// Appends the value.
    fn push_mrkdwn(&self, out: &mut TextBuf);
}

impl<T: Display + ?Sized> MrkdwnPart for T {
    #[inline]
    fn push_mrkdwn(&self, out: &mut TextBuf) {
        let _ = write!(Escaper(out), "{self}");
    }
}

impl<T: Display> MrkdwnPart for RawMrkdwn<T> {
    #[inline]
    fn push_mrkdwn(&self, out: &mut TextBuf) {
        let _ = write!(out, "{}", self.0);
    }
}

/// Escapes what is written through it.
struct Escaper<'a>(&'a mut TextBuf);

impl fmt::Write for Escaper<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.0.push_str(&crate::escape(text));
        Ok(())
    }
}

/// A placeholder of the root's type, used after a compile error.
pub trait Fallback {
    /// The placeholder.
    fn fallback() -> Self;
}

impl Fallback for Vec<Block> {
    fn fallback() -> Self {
        Vec::new()
    }
}

impl Fallback for Message {
    fn fallback() -> Self {
        Message::new()
    }
}

impl Fallback for Modal {
    fn fallback() -> Self {
        Modal::new("")
    }
}

impl Fallback for HomeTab {
    fn fallback() -> Self {
        HomeTab::new()
    }
}

/// The placeholder of type `T`.
pub fn fallback<T: Fallback>() -> T {
    T::fallback()
}
