//! Map keys: strings, and what `serde_json` also takes as a key — integers, floats, bools, chars,
//! unit variants, newtypes of these — written as strings. The keys `serde_json` refuses get
//! `serde_json`'s own error.

use std::fmt::Display;

use serde::Serialize;
use serde::ser::{self, Error as _, Impossible, SerializeMap as _};
use serde_json::Error;
use serde_json::ser::Formatter as _;

use super::escape;
use super::number;

/// Writes one map key, as a string, and its colon.
pub(crate) struct KeySerializer<'a> {
    out: &'a mut String,
}

impl<'a> KeySerializer<'a> {
    #[inline(always)]
    pub(crate) fn new(out: &'a mut String) -> Self {
        Self { out }
    }

    /// A number, quoted.
    #[inline]
    fn quoted(self, write: impl FnOnce(&mut String) -> Result<(), Error>) -> Result<(), Error> {
        self.out.push('"');
        write(self.out)?;
        self.out.push_str("\":");
        Ok(())
    }
}

/// A map with one entry whose key is `.0`, for `serde_json` to refuse.
struct OneKey<K>(K);

impl<K: Serialize> Serialize for OneKey<K> {
    fn serialize<S: ser::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(&self.0, &())?;
        map.end()
    }
}

/// `serde_json`'s error for the map key `key`.
#[cold]
fn refused<K: Serialize>(key: K) -> Error {
    match serde_json::to_writer(std::io::sink(), &OneKey(key)) {
        Err(error) => error,
        Ok(()) => Error::custom("key must be a string"),
    }
}

macro_rules! quoted_numbers {
    ($($method:ident($type:ty) => $write:ident;)*) => {$(
        fn $method(self, value: $type) -> Result<(), Error> {
            self.quoted(|out| number::push(out, |f, w| f.$write(w, value)))
        }
    )*};
}

macro_rules! refuse {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$ok, Error> {
            Err(refused(()))
        }
    )*};
}

impl ser::Serializer for KeySerializer<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Impossible<(), Error>;
    type SerializeStructVariant = Impossible<(), Error>;

    #[inline(always)]
    fn serialize_str(self, value: &str) -> Result<(), Error> {
        escape::push_key(self.out, value);
        Ok(())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_bool(self, value: bool) -> Result<(), Error> {
        self.out
            .push_str(if value { "\"true\":" } else { "\"false\":" });
        Ok(())
    }

    quoted_numbers! {
        serialize_i8(i8) => write_i8;
        serialize_i16(i16) => write_i16;
        serialize_i32(i32) => write_i32;
        serialize_i64(i64) => write_i64;
        serialize_i128(i128) => write_i128;
        serialize_u8(u8) => write_u8;
        serialize_u16(u16) => write_u16;
        serialize_u32(u32) => write_u32;
        serialize_u64(u64) => write_u64;
        serialize_u128(u128) => write_u128;
    }

    fn serialize_f32(self, value: f32) -> Result<(), Error> {
        if !value.is_finite() {
            return Err(refused(value));
        }
        self.quoted(|out| number::push_f32(out, value))
    }

    fn serialize_f64(self, value: f64) -> Result<(), Error> {
        if !value.is_finite() {
            return Err(refused(value));
        }
        self.quoted(|out| number::push_f64(out, value))
    }

    fn serialize_char(self, value: char) -> Result<(), Error> {
        self.serialize_str(value.encode_utf8(&mut [0; 4]))
    }

    fn collect_str<T: ?Sized + Display>(self, value: &T) -> Result<(), Error> {
        escape::push_display(self.out, value).map_err(Error::custom)?;
        self.out.push(':');
        Ok(())
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(refused(()))
    }

    refuse! {
        serialize_bytes(&[u8]) -> ();
        serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_none() -> ();
        serialize_seq(Option<usize>) -> Impossible<(), Error>;
        serialize_tuple(usize) -> Impossible<(), Error>;
        serialize_tuple_struct(&'static str, usize) -> Impossible<(), Error>;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Impossible<(), Error>;
        serialize_map(Option<usize>) -> Impossible<(), Error>;
        serialize_struct(&'static str, usize) -> Impossible<(), Error>;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Impossible<(), Error>;
    }
}
