//! [`Str`], the string type of the model.
//!
//! Block Kit payloads are made of many short strings (labels, ids, option values) and a few long
//! ones. `Str` keeps a string of up to 24 bytes inline, without allocating; a longer literal
//! written in the source ([`Str::from_static`], `blocks!` literals,
//! [`Text::mrkdwn`](crate::Text::mrkdwn), [`MrkdwnText::new`](crate::MrkdwnText::new)) is
//! borrowed, never copied; a `String` handed over keeps its buffer. It reads as a `&str` (it derefs to one) and serializes as a JSON
//! string.
//!
//! The representation is [`compact_str`](https://docs.rs/compact_str)'s `CompactString`, kept
//! private so that it can change without changing blockkit's API.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use compact_str::CompactString;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The longest string kept inline, in bytes.
const INLINE_BYTES: usize = std::mem::size_of::<CompactString>();

/// A string of the model: inline when short, borrowed when a literal, never copied when given a
/// `String`.
///
/// Setters take `impl Into<Str>`: a `&str`, a `String`, a `&String`, a `Cow<str>`, a `Box<str>`
/// or a `Str`. It compares equal to all of them and derefs to `&str`.
///
/// ```
/// use blockkit::Str;
///
/// let label = Str::from_static("Approve");
/// assert_eq!(label, "Approve");
/// assert_eq!(label.len(), 7);
/// let owned: String = Str::from(format!("run-{}", 42)).into();
/// assert_eq!(owned, "run-42");
/// ```
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Str(CompactString);

impl Str {
    /// An empty string.
    pub const fn new() -> Self {
        Self(CompactString::const_new(""))
    }

    /// A string written in the source: borrowed, never allocated, whatever its length.
    ///
    /// ```
    /// use blockkit::Str;
    ///
    /// const LABEL: Str = Str::from_static("A literal longer than twenty-four bytes");
    /// assert!(LABEL.starts_with("A literal"));
    /// ```
    pub const fn from_static(text: &'static str) -> Self {
        Self(CompactString::const_new(text))
    }

    /// A literal, at run time: copied inline when it fits in 24 bytes (a few stores), borrowed
    /// otherwise. [`Str::from_static`] is the `const` form; evaluated at run time it copies a
    /// short literal byte by byte, so code that runs often uses this one (or an inline `const`
    /// block, as `blocks!` does).
    #[inline]
    pub(crate) fn literal(text: &'static str) -> Self {
        if text.len() <= INLINE_BYTES {
            Self(CompactString::new(text))
        } else {
            Self(CompactString::const_new(text))
        }
    }

    /// Wraps a `CompactString` (the `blocks!` expansion builds text in one).
    pub(crate) fn from_compact(text: CompactString) -> Self {
        Self(text)
    }

    /// The string.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The string as a `String` (allocates unless it was given as a `String`).
    pub fn into_string(self) -> String {
        self.0.into_string()
    }
}

impl Deref for Str {
    type Target = str;

    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl AsRef<str> for Str {
    fn as_ref(&self) -> &str {
        self.0.as_str()
    }
}

impl Borrow<str> for Str {
    fn borrow(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0.as_str(), f)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
    }
}

impl From<&str> for Str {
    fn from(text: &str) -> Self {
        Self(CompactString::new(text))
    }
}

impl From<&String> for Str {
    fn from(text: &String) -> Self {
        Self(CompactString::new(text))
    }
}

impl From<&Str> for Str {
    fn from(text: &Str) -> Self {
        text.clone()
    }
}

impl From<String> for Str {
    fn from(text: String) -> Self {
        Self(CompactString::from_string_buffer(text))
    }
}

impl From<Box<str>> for Str {
    fn from(text: Box<str>) -> Self {
        Self(CompactString::from(text))
    }
}

impl From<Cow<'_, str>> for Str {
    fn from(text: Cow<'_, str>) -> Self {
        match text {
            Cow::Borrowed(text) => Self::from(text),
            Cow::Owned(text) => Self::from(text),
        }
    }
}

impl From<Str> for String {
    fn from(text: Str) -> Self {
        text.into_string()
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Str {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Str> for str {
    fn eq(&self, other: &Str) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Str> for &str {
    fn eq(&self, other: &Str) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Str> for String {
    fn eq(&self, other: &Str) -> bool {
        self == other.as_str()
    }
}

impl Serialize for Str {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Str {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        CompactString::deserialize(deserializer).map(Self)
    }
}

impl JsonSchema for Str {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("String")
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::Str;

    #[test]
    fn reads_compares_and_serializes_like_a_string() {
        let long = "a string that is longer than twenty-four bytes";
        for text in ["", "short", long, "non-ASCII: “résumé” ✅"] {
            let from_str = Str::from(text);
            let from_string = Str::from(text.to_owned());
            assert_eq!(from_str, from_string);
            assert_eq!(from_str, text);
            assert_eq!(text, from_str);
            assert_eq!(&*from_str, text);
            assert_eq!(from_str.to_string(), text);
            assert_eq!(format!("{from_str:?}"), format!("{text:?}"));
            let json = serde_json::to_string(&from_str).unwrap();
            assert_eq!(json, serde_json::to_string(text).unwrap());
            assert_eq!(serde_json::from_str::<Str>(&json).unwrap(), text);
        }
        assert_eq!(Str::from_static(long), long);
        assert_eq!(Str::new(), "");
    }
}
