//! Declarative macros that keep the model's repetitive parts in one place.
//!
//! * [`type_tag!`] — a zero-sized marker that serializes as a fixed `"type"` string, so every
//!   struct that Slack tags with `type` carries its own tag and serializes completely on its own.
//! * [`string_enum!`] — a Slack string enum (`"primary"`, `"danger"`, ...) that keeps values it
//!   does not know, so parsing never fails on them and validation can report them.
//! * [`setters!`] — the chained setters of the builders: `field(value)` and
//!   `maybe_field(Option<value>)`, named after the Slack field.

/// Declares zero-sized `type` tags. Each serializes as its string and refuses any other string
/// when deserialized.
macro_rules! type_tag {
    ($($name:ident = $value:literal;)+) => {$(
        #[doc = concat!("The `\"type\": \"", $value, "\"` tag.")]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub(crate) struct $name;

        impl $name {
            /// The string this tag serializes as.
            #[allow(dead_code, reason = "not every tag's name is matched on")]
            pub(crate) const NAME: &'static str = $value;
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str($value)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer
                    .deserialize_str($crate::serde_util::TagVisitor($value))
                    .map(|()| $name)
            }
        }

        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(stringify!($name))
            }
            fn inline_schema() -> bool {
                true
            }
            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                ::schemars::json_schema!({ "type": "string", "const": $value })
            }
        }
    )+};
}

/// Declares a string enum with an `Unknown(String)` variant that keeps unrecognised values. Its
/// doc comment becomes the description of its JSON Schema.
macro_rules! string_enum {
    (
        @emit $description:expr;
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version of blockkit does not know, kept exactly as it was parsed.
            /// Validation reports it as `invalid_value`.
            Unknown(String),
        }

        impl $name {
            /// Every value Slack documents for this field.
            pub const KNOWN: &'static [&'static str] = &[$($value),+];

            /// The value as Slack spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $value, )+
                    Self::Unknown(other) => other,
                }
            }

            /// Whether this is one of the documented values.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $value => Self::$variant, )+
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                match value.as_str() {
                    $( $value => Self::$variant, )+
                    _ => Self::Unknown(value),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(match value {
                    ::std::borrow::Cow::Borrowed(s) => Self::from(s),
                    ::std::borrow::Cow::Owned(s) => Self::from(s),
                })
            }
        }

        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(stringify!($name))
            }
            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                let mut schema = ::schemars::json_schema!({ "type": "string", "enum": [$($value),+] });
                let description = $crate::schema::doc_description($description);
                if !description.is_empty() {
                    schema.insert("description".to_owned(), description.into());
                }
                schema
            }
        }
    };
    (
        $(#[doc = $doc:literal])*
        $name:ident { $($body:tt)* }
    ) => {
        string_enum! {
            @emit concat!($($doc, "\n",)*);
            $(#[doc = $doc])*
            $name { $($body)* }
        }
    };
    (
        $(#[$meta:meta])*
        $name:ident { $($body:tt)* }
    ) => {
        string_enum! {
            @emit "";
            $(#[$meta])*
            $name { $($body)* }
        }
    };
}

/// Generates chained setters for optional fields.
///
/// Forms, one per field, each ending in a comma:
///
/// * `field: into T,` — `field(impl Into<T>)` and `maybe_field(Option<impl Into<T>>)`; the
///   field's type is `Option<U>` with `U: From<T>`.
/// * `field: T,` — the same, but the value is taken as `T` itself (numbers, bools, enums).
/// * `field: vec one T,` — a `Vec<U>` field: `one(impl Into<T>)` appends an item and
///   `field(impl IntoIterator<Item = impl Into<T>>)` appends many.
///
/// Doc comments written before a field are added to its setter.
macro_rules! setters {
    ($ty:ty { $($body:tt)* }) => {
        impl $ty {
            setters!(@item $($body)*);
        }
    };
    (@item) => {};
    (@item $(#[doc = $doc:literal])* $field:ident : into $param:ty, $($rest:tt)*) => {
        ::pastey::paste! {
            #[doc = concat!("Sets `", stringify!($field), "`.")]
            #[doc = ""]
            $(#[doc = $doc])*
            #[must_use = "a setter returns the updated value"]
            #[inline]
            pub fn $field(mut self, value: impl Into<$param>) -> Self {
                let value: $param = value.into();
                self.$field = Some(value.into());
                self
            }

            #[doc = concat!("Sets `", stringify!($field), "` when `value` is `Some`, clears it when `None`.")]
            #[must_use = "a setter returns the updated value"]
            #[inline]
            pub fn [<maybe_ $field>](mut self, value: Option<impl Into<$param>>) -> Self {
                self.$field = value.map(|value| {
                    let value: $param = value.into();
                    value.into()
                });
                self
            }
        }
        setters!(@item $($rest)*);
    };
    (@item $(#[doc = $doc:literal])* $field:ident : vec $one:ident $param:ty, $($rest:tt)*) => {
        #[doc = concat!("Appends one item to `", stringify!($field), "`.")]
        #[doc = ""]
        $(#[doc = $doc])*
        #[must_use = "a setter returns the updated value"]
        #[inline]
        pub fn $one(mut self, value: impl Into<$param>) -> Self {
            let value: $param = value.into();
            self.$field.push(value.into());
            self
        }

        #[doc = concat!("Appends every item of `values` to `", stringify!($field), "`.")]
        #[must_use = "a setter returns the updated value"]
        #[inline]
        pub fn $field(mut self, values: impl IntoIterator<Item = impl Into<$param>>) -> Self {
            self.$field.extend(values.into_iter().map(|value| {
                let value: $param = value.into();
                value.into()
            }));
            self
        }
        setters!(@item $($rest)*);
    };
    (@item $(#[doc = $doc:literal])* $field:ident : $param:ty, $($rest:tt)*) => {
        ::pastey::paste! {
            #[doc = concat!("Sets `", stringify!($field), "`.")]
            #[doc = ""]
            $(#[doc = $doc])*
            #[must_use = "a setter returns the updated value"]
            #[inline]
            pub fn $field(mut self, value: $param) -> Self {
                self.$field = Some(value.into());
                self
            }

            #[doc = concat!("Sets `", stringify!($field), "` when `value` is `Some`, clears it when `None`.")]
            #[must_use = "a setter returns the updated value"]
            #[inline]
            pub fn [<maybe_ $field>](mut self, value: Option<$param>) -> Self {
                self.$field = value.map(Into::into);
                self
            }
        }
        setters!(@item $($rest)*);
    };
}

/// Declares an enum whose variant is chosen by the object's `"type"`, with one variant per known
/// type and an `Unknown` variant that keeps any other type as a [`RawObject`](crate::RawObject).
///
/// It generates the enum, `type_name()`, a `From` impl per variant and the `type`-dispatching
/// `Deserialize` (see [`crate::serde_util`]).
macro_rules! tagged_enum {
    (
        $(#[$meta:meta])*
        $name:ident expecting $expecting:literal {
            $( $(#[$vmeta:meta])* $variant:ident($ty:ty) = $tag:ident, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::schemars::JsonSchema)]
        #[serde(untagged)]
        #[non_exhaustive]
        #[allow(
            clippy::large_enum_variant,
            reason = "boxing would cost an allocation per value; these enums live in Vecs"
        )]
        pub enum $name {
            $( $(#[$vmeta])* $variant($ty), )+
            /// An object of a `type` this version of blockkit does not know, kept exactly as it
            /// came and written back unchanged. Validation reports it as `unknown_type`.
            #[schemars(skip)]
            Unknown($crate::RawObject),
        }

        impl $name {
            /// The object's `"type"`.
            pub fn type_name(&self) -> &str {
                match self {
                    $( Self::$variant(_) => $crate::tag::$tag::NAME, )+
                    Self::Unknown(raw) => raw.type_name().unwrap_or_default(),
                }
            }
        }

        $(
            impl From<$ty> for $name {
                fn from(value: $ty) -> Self {
                    Self::$variant(value)
                }
            }
        )+

        impl $crate::serde_util::TaggedEnum for $name {
            const EXPECTING: &'static str = $expecting;

            fn is_known(tag: &str) -> bool {
                matches!(tag, $( $crate::tag::$tag::NAME )|+)
            }

            fn deserialize_known<'de, D: ::serde::Deserializer<'de>>(
                tag: &str,
                deserializer: D,
            ) -> Result<Self, D::Error> {
                match tag {
                    $( $crate::tag::$tag::NAME => {
                        <$ty as ::serde::Deserialize>::deserialize(deserializer).map(Self::$variant)
                    } )+
                    other => Err(::serde::de::Error::custom(format!("unknown type `{other}`"))),
                }
            }

            fn from_unknown(object: $crate::serde_util::JsonObject) -> Result<Self, String> {
                Ok(Self::Unknown($crate::RawObject(object)))
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::serde_util::deserialize_tagged(deserializer)
            }
        }
    };
}
