//! The state of an array or object being written: commas, closing brackets, keys.

use serde::Serialize;
use serde::ser;
use serde_json::Error;

use super::escape;
use super::key::KeySerializer;
use super::raw::Token;
use super::ser::Serializer;

/// The state of an array or object being written: returned by the [`Serializer`] for sequences,
/// tuples, maps, structs and their enum variants.
#[derive(Debug)]
pub struct Compound<'a> {
    ser: &'a mut Serializer,
    state: State,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Written whole already (declared empty): `serde_json`'s `State::Empty`.
    Empty,
    /// Nothing written in it yet.
    First,
    /// Something written: the next item needs a comma.
    Rest,
    /// One of `serde_json`'s private structs, whose one field is written as is.
    Raw(Token),
}

impl<'a> Compound<'a> {
    /// Opens an array or object with `open`; one declared empty is closed at once, as `serde_json`
    /// does.
    #[inline]
    pub(super) fn open(
        ser: &'a mut Serializer,
        open: char,
        close: char,
        len: Option<usize>,
    ) -> Self {
        ser.out.push(open);
        let state = if len == Some(0) {
            ser.out.push(close);
            State::Empty
        } else {
            State::First
        };
        Self { ser, state }
    }

    /// One of `serde_json`'s private structs (see [`Token`]), written as its field's text.
    pub(super) fn raw(ser: &'a mut Serializer, token: Token) -> Self {
        Self {
            ser,
            state: State::Raw(token),
        }
    }

    /// Writes the comma before every item but the first.
    #[inline(always)]
    fn next(&mut self) {
        if self.state != State::First {
            self.ser.out.push(',');
        }
        self.state = State::Rest;
    }

    #[inline]
    pub(super) fn close(self, close: char) {
        if self.state != State::Empty {
            self.ser.out.push(close);
        }
    }

    #[inline]
    pub(super) fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.next();
        value.serialize(&mut *self.ser)
    }

    #[inline(always)]
    fn field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        if let State::Raw(token) = self.state {
            return token.write_field(&mut self.ser.out, key, value);
        }
        self.next();
        escape::push_key(&mut self.ser.out, key);
        value.serialize(&mut *self.ser)
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        self.close(']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        self.close(']');
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        self.close(']');
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        let Compound { ser, state } = self;
        Compound {
            ser: &mut *ser,
            state,
        }
        .close(']');
        ser.out.push('}');
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;

    #[inline(always)]
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        self.next();
        key.serialize(KeySerializer::new(&mut self.ser.out))
    }

    #[inline(always)]
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        // The key wrote its colon.
        value.serialize(&mut *self.ser)
    }

    #[inline(always)]
    fn serialize_entry<K: ?Sized + Serialize, V: ?Sized + Serialize>(
        &mut self,
        key: &K,
        value: &V,
    ) -> Result<(), Error> {
        self.next();
        key.serialize(KeySerializer::new(&mut self.ser.out))?;
        value.serialize(&mut *self.ser)
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        self.close('}');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    #[inline(always)]
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        if !matches!(self.state, State::Raw(_)) {
            self.close('}');
        }
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    #[inline(always)]
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), Error> {
        let Compound { ser, state } = self;
        Compound {
            ser: &mut *ser,
            state,
        }
        .close('}');
        ser.out.push('}');
        Ok(())
    }
}
