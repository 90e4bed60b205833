//! `serde_json`'s private tokens. With its `arbitrary_precision` feature (on for the whole build as
//! soon as any crate turns it on), a [`serde_json::Number`] serializes as a struct named
//! `$serde_json::private::Number` whose one field, of the same name, is the number's text; with
//! `raw_value`, a `RawValue` serializes the same way as `$serde_json::private::RawValue`.
//! `serde_json` writes that text as is; so does this serializer, exactly when `serde_json` does: the
//! two features are found out once, by asking `serde_json` to write such a struct.

use std::sync::OnceLock;

use serde::ser::{Error as _, SerializeStruct as _};
use serde::{Serialize, Serializer};
use serde_json::{Error, Value};

/// The name `serde_json` gives a `Number` with `arbitrary_precision`.
const NUMBER: &str = "$serde_json::private::Number";
/// The name `serde_json` gives a `RawValue`.
const RAW_VALUE: &str = "$serde_json::private::RawValue";

/// Which token a struct is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Token {
    /// `$serde_json::private::Number`.
    Number,
    /// `$serde_json::private::RawValue`.
    RawValue,
}

impl Token {
    /// The token of a struct named `name`, if `serde_json` writes such a struct's text as is.
    #[inline]
    pub(crate) fn of(name: &str) -> Option<Self> {
        static NUMBER_IS_RAW: OnceLock<bool> = OnceLock::new();
        static RAW_VALUE_IS_RAW: OnceLock<bool> = OnceLock::new();
        if !name.starts_with('$') {
            return None;
        }
        match name {
            NUMBER if *NUMBER_IS_RAW.get_or_init(|| serde_json_writes_raw(NUMBER)) => {
                Some(Self::Number)
            }
            RAW_VALUE if *RAW_VALUE_IS_RAW.get_or_init(|| serde_json_writes_raw(RAW_VALUE)) => {
                Some(Self::RawValue)
            }
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Number => NUMBER,
            Self::RawValue => RAW_VALUE,
        }
    }

    /// The field of the token struct: its text, appended as is (`serde_json`'s messages for
    /// anything else).
    pub(crate) fn write_field<T: ?Sized + Serialize>(
        self,
        out: &mut String,
        key: &str,
        value: &T,
    ) -> Result<(), Error> {
        if key != self.name() {
            return Err(Error::custom(match self {
                Self::Number => "invalid number",
                Self::RawValue => "expected value",
            }));
        }
        match value.serialize(serde_json::value::Serializer)? {
            Value::String(text) => {
                out.push_str(&text);
                Ok(())
            }
            _ => Err(Error::custom(match self {
                Self::Number => "invalid number",
                Self::RawValue => "expected RawValue",
            })),
        }
    }
}

/// A struct named like a token whose field holds `0`.
struct Probe(&'static str);

impl Serialize for Probe {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut probe = serializer.serialize_struct(self.0, 1)?;
        probe.serialize_field(self.0, "0")?;
        probe.end()
    }
}

/// Whether `serde_json` writes the text of a struct named `token` as is (its feature is on).
fn serde_json_writes_raw(token: &'static str) -> bool {
    serde_json::to_string(&Probe(token)).is_ok_and(|json| json == "0")
}
