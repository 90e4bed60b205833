//! [`Extra`]: the fields of a known type that this version of blockkit does not model.

use std::fmt;

use schemars::JsonSchema;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

/// Fields of a JSON object that this version of blockkit does not model, kept so that
/// parse-edit-send round-trips everything Slack sent. Every model struct has one, as its `extra`
/// field; it is written back in place when the struct is serialized.
///
/// It takes one pointer of space and allocates only when there is something to keep.
///
/// ```
/// use blockkit::DividerBlock;
/// use serde_json::json;
///
/// let divider: DividerBlock = blockkit::from_value(json!({"type": "divider", "sparkle": 3}))?;
/// assert_eq!(divider.extra.get("sparkle"), Some(&json!(3)));
/// assert_eq!(serde_json::to_value(&divider)?, json!({"type": "divider", "sparkle": 3}));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default, PartialEq)]
pub struct Extra(Option<Box<Map<String, Value>>>);

impl Extra {
    /// No extra fields.
    pub const fn new() -> Self {
        Self(None)
    }

    /// The value of the field `key`, if it is kept.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.as_ref().and_then(|map| map.get(key))
    }

    /// Whether the field `key` is kept.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Adds or replaces a field, returning the value it replaced. A field the type models is
    /// written twice when serialized: add only fields the type does not have.
    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<Value>) -> Option<Value> {
        self.0
            .get_or_insert_with(Box::default)
            .insert(key.into(), value.into())
    }

    /// Removes a field, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let map = self.0.as_mut()?;
        let removed = map.shift_remove(key);
        if map.is_empty() {
            self.0 = None;
        }
        removed
    }

    /// How many fields are kept.
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |map| map.len())
    }

    /// Whether no field is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The kept fields, in the order they came.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().flat_map(|map| map.iter())
    }

    /// The kept fields as a JSON object, if there are any.
    pub fn as_map(&self) -> Option<&Map<String, Value>> {
        self.0.as_deref()
    }
}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl From<Map<String, Value>> for Extra {
    fn from(map: Map<String, Value>) -> Self {
        Self((!map.is_empty()).then(|| Box::new(map)))
    }
}

impl Serialize for Extra {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (key, value) in self.iter() {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Extra {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ExtraVisitor;
        impl<'de> Visitor<'de> for ExtraVisitor {
            type Value = Extra;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of fields")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Extra, A::Error> {
                let Some((key, value)) = access.next_entry::<String, Value>()? else {
                    return Ok(Extra::new());
                };
                let mut map = Map::new();
                map.insert(key, value);
                while let Some((key, value)) = access.next_entry::<String, Value>()? {
                    map.insert(key, value);
                }
                Ok(Extra(Some(Box::new(map))))
            }
        }
        deserializer.deserialize_map(ExtraVisitor)
    }
}

impl JsonSchema for Extra {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Extra".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "object", "additionalProperties": true })
    }
}

/// `extra["key"]`: the field's value, or `null` when it is not kept (like indexing a
/// [`Value`]; it never panics).
impl std::ops::Index<&str> for Extra {
    type Output = Value;

    fn index(&self, key: &str) -> &Value {
        static NULL: Value = Value::Null;
        self.get(key).unwrap_or(&NULL)
    }
}
