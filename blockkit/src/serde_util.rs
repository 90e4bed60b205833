//! Serde plumbing shared by the model: `type`-dispatched enums that keep unknown types, and the
//! raw object that carries them.
//!
//! Every enum whose variant Slack chooses with a `"type"` field ([`Block`](crate::Block),
//! [`Element`](crate::Element), the rich-text enums, table cells, ...) deserializes through
//! [`deserialize_tagged`]. When `"type"` is the object's first key (as Slack and Block Kit
//! Builder write it) the variant is deserialized straight from the input, with no buffering; when
//! it is not, the object is buffered into a [`serde_json::Map`] first. Either way an error inside
//! a known type names its path, and an unknown type is kept whole as a [`RawObject`].

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::JsonSchema;
use serde::de::value::{BorrowedStrDeserializer, MapAccessDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub(crate) use crate::extra::Extra;

/// A JSON object.
pub(crate) type JsonObject = serde_json::Map<String, Value>;

/// A JSON object of a `type` this version of blockkit does not model, kept exactly as it came
/// and written back unchanged.
///
/// It is also the escape hatch for a type Slack released after this version: build the JSON
/// yourself and wrap it.
///
/// ```
/// use blockkit::{Block, RawObject};
/// use serde_json::json;
///
/// let raw = RawObject::from_value(json!({"type": "shiny_new_block", "sparkle": 3})).unwrap();
/// assert_eq!(raw.type_name(), Some("shiny_new_block"));
/// let block = Block::Unknown(raw);
/// assert_eq!(serde_json::to_value(&block).unwrap()["sparkle"], 3);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct RawObject(pub JsonObject);

impl RawObject {
    /// Wraps a JSON value; `None` when it is not an object.
    pub fn from_value(value: Value) -> Option<Self> {
        match value {
            Value::Object(map) => Some(Self(map)),
            _ => None,
        }
    }

    /// The object's `"type"`, when it has a string one.
    pub fn type_name(&self) -> Option<&str> {
        self.0.get("type").and_then(Value::as_str)
    }

    /// The object's fields.
    pub fn fields(&self) -> &serde_json::Map<String, Value> {
        &self.0
    }
}

/// Accepts exactly one string; used by the `type` tags.
pub(crate) struct TagVisitor(pub(crate) &'static str);

impl Visitor<'_> for TagVisitor {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the string `{}`", self.0)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<(), E> {
        if value == self.0 {
            Ok(())
        } else {
            Err(E::invalid_value(de::Unexpected::Str(value), &self))
        }
    }
}

/// A string that borrows from the input when it can.
pub(crate) struct CowStr<'de>(pub(crate) Cow<'de, str>);

impl<'de> Deserialize<'de> for CowStr<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CowVisitor;
        impl<'de> Visitor<'de> for CowVisitor {
            type Value = CowStr<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
                Ok(CowStr(Cow::Borrowed(value)))
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
                Ok(CowStr(Cow::Owned(value.to_owned())))
            }
            fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
                Ok(CowStr(Cow::Owned(value)))
            }
        }
        deserializer.deserialize_str(CowVisitor)
    }
}

/// An enum whose variant is chosen by the object's `"type"`.
pub(crate) trait TaggedEnum: Sized {
    /// What the enum is, for error messages: "a block", "a text object", ...
    const EXPECTING: &'static str;

    /// Whether `tag` names one of the known variants.
    fn is_known(tag: &str) -> bool;

    /// Deserializes the known variant `tag` from the whole object (its `"type"` included).
    fn deserialize_known<'de, D: Deserializer<'de>>(
        tag: &str,
        deserializer: D,
    ) -> Result<Self, D::Error>;

    /// Keeps an object of unknown type, or explains why this enum has no room for one.
    fn from_unknown(object: JsonObject) -> Result<Self, String>;
}

/// Deserializes a [`TaggedEnum`].
pub(crate) fn deserialize_tagged<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: TaggedEnum,
{
    deserializer.deserialize_map(TaggedVisitor(PhantomData))
}

struct TaggedVisitor<T>(PhantomData<T>);

impl<'de, T: TaggedEnum> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let Some(first) = map.next_key::<CowStr<'de>>()? else {
            return Err(de::Error::missing_field("type"));
        };
        if first.0 == "type" {
            let tag = map.next_value::<CowStr<'de>>()?.0;
            if T::is_known(&tag) {
                let name = tag.clone();
                let rest = PrependType {
                    tag: Some(tag),
                    key_sent: false,
                    map,
                };
                return T::deserialize_known(&name, MapAccessDeserializer::new(rest));
            }
            let mut object = JsonObject::new();
            object.insert("type".to_owned(), Value::String(tag.into_owned()));
            while let Some((key, value)) = map.next_entry::<String, Value>()? {
                object.insert(key, value);
            }
            return T::from_unknown(object).map_err(de::Error::custom);
        }

        let mut object = JsonObject::new();
        let value = map.next_value::<Value>()?;
        object.insert(first.0.into_owned(), value);
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            object.insert(key, value);
        }
        let tag = match object.get("type") {
            Some(Value::String(tag)) => tag.clone(),
            Some(other) => {
                return Err(de::Error::custom(format!(
                    "at `type`: invalid type: {}, expected a string",
                    describe(other)
                )));
            }
            None => return Err(de::Error::missing_field("type")),
        };
        if !T::is_known(&tag) {
            return T::from_unknown(object).map_err(de::Error::custom);
        }
        let mut track = serde_path_to_error::Track::new();
        let tracked = serde_path_to_error::Deserializer::new(Value::Object(object), &mut track);
        T::deserialize_known(&tag, tracked)
            .map_err(|error| de::Error::custom(nested_message(&track.path(), &error.to_string())))
    }
}

/// Replays `"type": tag` in front of the rest of a map whose first entry was already read.
struct PrependType<'de, A> {
    tag: Option<Cow<'de, str>>,
    key_sent: bool,
    map: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for PrependType<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if self.tag.is_some() && !self.key_sent {
            self.key_sent = true;
            return seed
                .deserialize(BorrowedStrDeserializer::new("type"))
                .map(Some);
        }
        self.map.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.tag.take() {
            Some(Cow::Borrowed(tag)) => seed.deserialize(BorrowedStrDeserializer::new(tag)),
            Some(Cow::Owned(tag)) => seed.deserialize(StringDeserializer::new(tag)),
            None => self.map.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.map
            .size_hint()
            .map(|rest| rest + usize::from(self.tag.is_some()))
    }
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Errors raised inside a buffered object carry the path inside it as an `at `path`: ` prefix,
/// which [`crate::ParseError`] joins to the outer path.
pub(crate) const PATH_PREFIX: &str = "at `";
pub(crate) const PATH_SUFFIX: &str = "`: ";

/// Splits `at `a.b[2]`: message` into its path and message.
pub(crate) fn split_nested(message: &str) -> (Option<&str>, &str) {
    if let Some(rest) = message.strip_prefix(PATH_PREFIX)
        && let Some(end) = rest.find(PATH_SUFFIX)
    {
        return (Some(&rest[..end]), &rest[end + PATH_SUFFIX.len()..]);
    }
    (None, message)
}

/// Joins two dotted paths (`a[1]` + `b.c` → `a[1].b.c`).
pub(crate) fn join_paths(outer: &str, inner: &str) -> String {
    match (outer.is_empty(), inner.is_empty()) {
        (true, _) => inner.to_owned(),
        (_, true) => outer.to_owned(),
        _ if inner.starts_with('[') => format!("{outer}{inner}"),
        _ => format!("{outer}.{inner}"),
    }
}

/// Renders a tracked path as `blocks[2].accessory`.
pub(crate) fn path_string(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
            Segment::Map { key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Enum { .. } => {}
            Segment::Unknown => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push('?');
            }
        }
    }
    out
}

fn nested_message(path: &serde_path_to_error::Path, message: &str) -> String {
    let (inner, message) = split_nested(message);
    let full = join_paths(&path_string(path), inner.unwrap_or(""));
    if full.is_empty() {
        message.to_owned()
    } else {
        format!("{PATH_PREFIX}{full}{PATH_SUFFIX}{message}")
    }
}
