//! Exact round-trips of what Slack sends: top-level fields that came as `null` or `[]` are
//! remembered and written back where the model leaves them out; errors inside buffered payloads
//! keep their path.

use serde::Deserialize;
use serde_json::Value;

use crate::serde_util::{
    JsonObject, PATH_PREFIX, PATH_SUFFIX, join_paths, path_string, split_nested,
};

/// The top-level fields of a payload that came as `null` or `[]`. Slack writes many absent
/// values as `null`; the model reads them as `None` and would leave them out when written back.
///
/// It is a detail of the JSON, not of the content: two values compare equal whatever they kept.
#[derive(Clone, Debug, Default)]
pub(super) struct Kept(Vec<(String, Value)>);

impl PartialEq for Kept {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Kept {
    /// Remembers the fields of `object` that are `null` or `[]`.
    pub(super) fn of(object: &JsonObject) -> Self {
        Self(
            object
                .iter()
                .filter(|(_, value)| value.is_null() || value.as_array().is_some_and(Vec::is_empty))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect(),
        )
    }

    /// Writes back the remembered fields that `object` does not have.
    pub(super) fn restore(&self, object: &mut JsonObject) {
        for (key, value) in &self.0 {
            if !object.contains_key(key) {
                object.insert(key.clone(), value.clone());
            }
        }
    }
}

/// The deserializer [`tracked_with`] hands out: it records the path of an error.
pub(super) type TrackedDeserializer<'b> = serde_path_to_error::Deserializer<'static, 'b, Value>;

/// Deserializes `value` with `deserialize`, naming the path inside it on error.
pub(super) fn tracked_with<T>(
    value: Value,
    deserialize: impl for<'b> FnOnce(TrackedDeserializer<'b>) -> Result<T, serde_json::Error>,
) -> Result<T, String> {
    let mut track = serde_path_to_error::Track::new();
    let result = deserialize(serde_path_to_error::Deserializer::new(value, &mut track));
    result.map_err(|error| {
        let message = error.to_string();
        let (inner, message) = split_nested(&message);
        let path = join_paths(&path_string(&track.path()), inner.unwrap_or_default());
        if path.is_empty() {
            message.to_owned()
        } else {
            format!("{PATH_PREFIX}{path}{PATH_SUFFIX}{message}")
        }
    })
}

/// Deserializes `value`, naming the path inside it on error.
pub(super) fn tracked<T: for<'de> Deserialize<'de>>(value: Value) -> Result<T, String> {
    tracked_with(value, |deserializer| T::deserialize(deserializer))
}

/// Prefixes the path of an error message with `key`.
pub(super) fn prefixed(key: &str, error: &str) -> String {
    let (inner, message) = split_nested(error);
    format!(
        "{PATH_PREFIX}{}{PATH_SUFFIX}{message}",
        join_paths(key, inner.unwrap_or_default())
    )
}

/// Implements `Deserialize` and `Serialize` for payload structs derived with
/// `#[serde(remote = "Self")]` and a `#[serde(skip)] kept: Kept` field: the derived code does
/// the work, `kept` restores the `null`s and `[]`s.
macro_rules! keep_nulls {
    ($($ty:ident),+ $(,)?) => {$(
        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                use ::serde::de::Error as _;
                let object = $crate::serde_util::JsonObject::deserialize(deserializer)?;
                let kept = super::keep::Kept::of(&object);
                let mut payload = super::keep::tracked_with(
                    ::serde_json::Value::Object(object),
                    |deserializer| $ty::deserialize(deserializer),
                )
                .map_err(D::Error::custom)?;
                payload.kept = kept;
                Ok(payload)
            }
        }

        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use ::serde::ser::Error as _;
                let value = $ty::serialize(self, ::serde_json::value::Serializer).map_err(S::Error::custom)?;
                let ::serde_json::Value::Object(mut object) = value else {
                    return Err(S::Error::custom("a payload serializes as a JSON object"));
                };
                self.kept.restore(&mut object);
                object.serialize(serializer)
            }
        }
    )+};
}

pub(super) use keep_nulls;
