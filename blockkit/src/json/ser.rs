//! The serializer: serde's data model to compact JSON, byte for byte what `serde_json` writes.

use std::fmt::Display;

use serde::Serialize;
use serde::ser::{self, Error as _};
use serde_json::Error;
use serde_json::ser::Formatter as _;

use super::compound::Compound;
use super::escape;
use super::number;
use super::raw::Token;

/// A [`serde::Serializer`] that appends compact JSON to a `String`, writing exactly what
/// `serde_json::to_string` writes, faster. [`to_string`](super::to_string) is the usual way in;
/// the serializer itself lets a buffer be reused, or appended to.
///
/// ```
/// use blockkit::json::Serializer;
/// use blockkit::{DividerBlock, HeaderBlock};
/// use serde::Serialize;
///
/// let mut serializer = Serializer::new(String::with_capacity(4096));
/// HeaderBlock::new("Hi").serialize(&mut serializer)?;
/// let mut buffer = serializer.into_inner();
/// assert_eq!(buffer, r#"{"type":"header","text":{"type":"plain_text","text":"Hi"}}"#);
///
/// buffer.clear(); // the same allocation, for the next value
/// let mut serializer = Serializer::new(buffer);
/// DividerBlock::new().serialize(&mut serializer)?;
/// assert_eq!(serializer.into_inner(), r#"{"type":"divider"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Serializer {
    pub(super) out: String,
}

impl Serializer {
    /// A serializer that appends to `buffer`.
    pub fn new(buffer: String) -> Self {
        Self { out: buffer }
    }

    /// The buffer, with everything written so far.
    pub fn into_inner(self) -> String {
        self.out
    }
}

/// `{"variant":` before a variant's value.
#[inline]
fn open_variant(ser: &mut Serializer, variant: &str) {
    ser.out.push('{');
    escape::push_key(&mut ser.out, variant);
}

macro_rules! numbers {
    ($($method:ident($type:ty) => $write:ident;)*) => {$(
        #[inline]
        fn $method(self, value: $type) -> Result<(), Error> {
            number::push(&mut self.out, |f, w| f.$write(w, value))
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Serializer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    #[inline]
    fn serialize_bool(self, value: bool) -> Result<(), Error> {
        self.out.push_str(if value { "true" } else { "false" });
        Ok(())
    }

    numbers! {
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

    #[inline]
    fn serialize_f32(self, value: f32) -> Result<(), Error> {
        number::push_f32(&mut self.out, value)
    }

    #[inline]
    fn serialize_f64(self, value: f64) -> Result<(), Error> {
        number::push_f64(&mut self.out, value)
    }

    #[inline]
    fn serialize_char(self, value: char) -> Result<(), Error> {
        self.serialize_str(value.encode_utf8(&mut [0; 4]))
    }

    #[inline(always)]
    fn serialize_str(self, value: &str) -> Result<(), Error> {
        escape::push_string(&mut self.out, value);
        Ok(())
    }

    fn serialize_bytes(self, value: &[u8]) -> Result<(), Error> {
        let mut array = Compound::open(self, '[', ']', None);
        for byte in value {
            array.element(byte)?;
        }
        array.close(']');
        Ok(())
    }

    #[inline]
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    #[inline(always)]
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    #[inline]
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }

    #[inline]
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    #[inline]
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }

    #[inline]
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        open_variant(self, variant);
        value.serialize(&mut *self)?;
        self.out.push('}');
        Ok(())
    }

    #[inline]
    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(Compound::open(self, '[', ']', len))
    }

    #[inline]
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    #[inline]
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        open_variant(self, variant);
        self.serialize_seq(Some(len))
    }

    #[inline]
    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(Compound::open(self, '{', '}', len))
    }

    #[inline]
    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        if let Some(token) = Token::of(name) {
            return Ok(Compound::raw(self, token));
        }
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        open_variant(self, variant);
        self.serialize_map(Some(len))
    }

    fn collect_str<T: ?Sized + Display>(self, value: &T) -> Result<(), Error> {
        escape::push_display(&mut self.out, value).map_err(Error::custom)
    }
}
