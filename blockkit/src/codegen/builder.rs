//! The builder style: every value as the constructor and setter calls a person writes by hand.
//!
//! A value the builders cannot take (mrkdwn where they take only plain_text, an element a
//! container does not take, a type blockkit does not know) is assigned to the model's public
//! field instead, and a field the model does not have goes into `extra`; both in a
//! `{ let mut value = ...; ...; value }` block, with a comment that says why.

use std::collections::BTreeSet;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use serde_json::{Map, Value, json};

use super::literal;
use super::notes::{Notes, child, item};
use super::table::{self, Field, Kind, Model, Set, Tag, Ty, Union};

/// Renders values as builder calls.
pub(super) struct Builder<'a> {
    notes: &'a Notes,
    /// The pointer of every value rendered, where a comment can go.
    pub(super) rendered: BTreeSet<String>,
    /// The values of the `json!(...)` placeholders, by number.
    pub(super) json: Vec<Value>,
}

/// Where a value stands in its parent, for the comments that explain an assignment.
const SET_DIRECTLY: &str = "set directly: no builder method takes this value here";
const ABSENT: &str = "absent in the input: the constructor requires it, so it is cleared";
/// The pointer of placeholder values, which take no comments.
const NOWHERE: &str = "#";

impl<'a> Builder<'a> {
    pub(super) fn new(notes: &'a Notes) -> Self {
        Self {
            notes,
            rendered: BTreeSet::new(),
            json: Vec::new(),
        }
    }

    /// `tokens` with the comments on `pointer` (and `extra` ones) as `#[doc]` attributes, which
    /// the output turns into `//` comments.
    pub(super) fn noted(&mut self, pointer: &str, extra: &[String], tokens: TokenStream) -> TokenStream {
        if pointer == NOWHERE {
            return tokens;
        }
        self.rendered.insert(pointer.to_owned());
        let notes = self.notes.at(pointer).iter().chain(extra).map(|note| format!(" {note}"));
        quote!(#(#[doc = #notes])* #tokens)
    }

    // ---- fitting ------------------------------------------------------------------------------

    /// Whether the builder takes `value` where it takes `kind`.
    pub(super) fn fits(kind: Kind, value: &Value) -> bool {
        match kind {
            Kind::Plain => type_of(value) == Some("plain_text"),
            Kind::Union(union, only) => {
                let Some(tag) = type_of(value) else {
                    return false;
                };
                match table::member(union, tag) {
                    Some(_) if union == Union::Context => {
                        matches!(tag, "plain_text" | "mrkdwn" | "image")
                    }
                    Some(_) => only.is_none_or(|tags| tags.contains(&tag)),
                    None => only.is_none() && union.keeps_unknown(),
                }
            }
            _ => true,
        }
    }

    // ---- values -------------------------------------------------------------------------------

    /// `value` as a setter or constructor takes it; it must [fit](Self::fits).
    pub(super) fn value(&mut self, kind: Kind, value: &Value, pointer: &str) -> TokenStream {
        let tokens = match kind {
            Kind::Plain => self.text(value, pointer, TextForm::Plain),
            Kind::Text => self.text(value, pointer, TextForm::Text),
            Kind::Number => number(value),
            Kind::Json => self.json_arg(value),
            Kind::Obj(name) => self.object_named(name, value, pointer),
            Kind::Union(union, _) => self.union_arg(union, value, pointer),
            _ => self.scalar(kind, value),
        };
        self.noted(pointer, &[], tokens)
    }

    /// `value` as the model's field holds it, for an assignment.
    fn model(&mut self, kind: Kind, value: &Value, pointer: &str) -> TokenStream {
        let tokens = match kind {
            Kind::Str => {
                let text = literal::string(value.as_str().unwrap_or_default());
                quote!(#text.to_owned())
            }
            Kind::Plain | Kind::Text => self.text(value, pointer, TextForm::Model),
            Kind::Number => {
                let number = number(value);
                if value.as_f64().is_some_and(|_| value.is_f64()) {
                    number
                } else {
                    quote!(serde_json::Number::from(#number))
                }
            }
            Kind::Json => self.json(value),
            Kind::Obj(name) => self.object_named(name, value, pointer),
            Kind::Union(union, _) => self.union_model(union, value, pointer),
            _ => self.scalar(kind, value),
        };
        self.noted(pointer, &[], tokens)
    }

    fn scalar(&mut self, kind: Kind, value: &Value) -> TokenStream {
        match (kind, value) {
            (Kind::Enum(list), Value::String(text)) => enum_value(list, text),
            (_, Value::String(text)) => {
                let text = literal::string(text);
                quote!(#text)
            }
            (_, Value::Bool(flag)) => quote!(#flag),
            (_, Value::Number(number)) => literal::int(number),
            (_, Value::Array(items)) => {
                let items = items.iter().map(|item| self.scalar(kind, item));
                quote!([#(#items),*])
            }
            _ => self.json(value),
        }
    }

    /// An `impl Into<Value>` argument: a literal where one converts, `json!` otherwise.
    fn json_arg(&mut self, value: &Value) -> TokenStream {
        match value {
            Value::String(text) => {
                let text = literal::string(text);
                quote!(#text)
            }
            Value::Bool(flag) => quote!(#flag),
            Value::Number(number) => literal::typed_int(number)
                .unwrap_or_else(|| literal::float(number.as_f64().unwrap_or_default())),
            _ => self.json(value),
        }
    }

    /// `json!(placeholder)`; the output writes the JSON in place of the placeholder, whose name
    /// is as long as the JSON on one line so that the layout leaves it room.
    pub(super) fn json(&mut self, value: &Value) -> TokenStream {
        let width = literal::json_flat(value).chars().count().clamp(12, 80);
        let mut name = format!("__json_{}_", self.json.len());
        while name.len() < width {
            name.push('x');
        }
        let ident = Ident::new(&name, Span::call_site());
        self.json.push(value.clone());
        quote!(json!(#ident))
    }

    // ---- text ---------------------------------------------------------------------------------

    fn text(&mut self, value: &Value, pointer: &str, form: TextForm) -> TokenStream {
        let is_plain = type_of(value) == Some("plain_text");
        let simple = value
            .as_object()
            .is_some_and(|map| map.keys().all(|key| key == "type" || key == "text"));
        let text = value.get("text").and_then(Value::as_str).unwrap_or_default();
        let literal = literal::string(text);
        match (form, is_plain, simple) {
            (TextForm::Plain, _, true) => quote!(#literal),
            (TextForm::Text | TextForm::Model, true, true) => quote!(Text::plain(#literal)),
            (TextForm::Text | TextForm::Model, false, true) => quote!(Text::mrkdwn(#literal)),
            (form, _, false) => {
                let name = if is_plain { "PlainText" } else { "MrkdwnText" };
                let object = self.object_named(name, value, pointer);
                if form == TextForm::Model {
                    quote!(Text::from(#object))
                } else {
                    object
                }
            }
        }
    }

    // ---- unions -------------------------------------------------------------------------------

    fn union_arg(&mut self, union: Union, value: &Value, pointer: &str) -> TokenStream {
        let tag = type_of(value).unwrap_or_default();
        match table::member(union, tag) {
            Some(_) if union == Union::Context && matches!(tag, "plain_text" | "mrkdwn") => {
                self.text(value, pointer, TextForm::Text)
            }
            Some(ty) => self.object(ty, value, pointer),
            None => self.raw(union, value),
        }
    }

    fn union_model(&mut self, union: Union, value: &Value, pointer: &str) -> TokenStream {
        let tag = type_of(value).unwrap_or_default();
        if union == Union::Context {
            if matches!(tag, "plain_text" | "mrkdwn") {
                let text = self.text(value, pointer, TextForm::Model);
                return quote!(ContextElement::Text(#text));
            }
            let element = self.union_model(Union::Element, value, pointer);
            return quote!(ContextElement::Element(#element));
        }
        let name = format_ident!("{}", union.name());
        match table::member(union, tag) {
            Some(ty) => {
                let object = self.object(ty, value, pointer);
                quote!(#name::from(#object))
            }
            None => self.raw(union, value),
        }
    }

    /// `Union::Unknown(RawObject::...)`: a type blockkit does not know, kept as JSON.
    fn raw(&mut self, union: Union, value: &Value) -> TokenStream {
        let json = self.json(value);
        let name = format_ident!("{}", union.name());
        let why = format!(
            " `{}` is not a type blockkit knows: it is kept as raw JSON",
            type_of(value).unwrap_or_default()
        );
        quote!(#[doc = #why] #name::Unknown(RawObject::from_value(#json).expect("a JSON object")))
    }

    // ---- objects ------------------------------------------------------------------------------

    fn object_named(&mut self, name: &str, value: &Value, pointer: &str) -> TokenStream {
        match table::by_name(name) {
            Some(ty) => self.object(ty, value, pointer),
            None => self.json(value),
        }
    }

    /// The builder expression of an object of type `ty`.
    pub(super) fn object(&mut self, ty: &'static Ty, value: &Value, pointer: &str) -> TokenStream {
        let empty = Map::new();
        let map = value.as_object().unwrap_or(&empty);
        if ty.ctors.is_empty() {
            return self.from_json(ty, value, "it is read-only (Slack sends it; there is no builder)");
        }
        if let Tag::Optional(tag) = ty.tag
            && !map.contains_key("type")
        {
            let why = format!("it has no `\"type\"`, which the builder always writes (`{tag}`)");
            return self.from_json(ty, value, &why);
        }
        let var = var_name(ty.name);
        let mut parts = Parts::default();
        let ctor = self.constructor(ty, map, pointer, &var, &mut parts);
        for (key, field_value) in map {
            if (key == "type" && ty.tag.name().is_some()) || parts.consumed.contains(key.as_str()) {
                continue;
            }
            let at = child(pointer, key);
            match ty.field(key) {
                Some(field) => self.set(ty, field, field_value, &at, &var, &mut parts),
                None => {
                    let value = self.json_arg(field_value);
                    let note = format!(" `{key}` is not a field blockkit models: it is kept in `extra`");
                    let value = self.noted(&at, &[], value);
                    parts.statements.push(quote!(#[doc = #note] #var.extra.insert(#key, #value);));
                }
            }
        }
        let calls = parts.calls;
        let chain = quote!(#ctor #(#calls)*);
        if parts.statements.is_empty() {
            return chain;
        }
        let statements = parts.statements;
        quote!({
            let mut #var = #chain;
            #(#statements)*
            #var
        })
    }

    /// `Type::ctor(args)`, the first constructor whose arguments are all there and fit.
    fn constructor(
        &mut self,
        ty: &'static Ty,
        map: &Map<String, Value>,
        pointer: &str,
        var: &Ident,
        parts: &mut Parts,
    ) -> TokenStream {
        let ty_name = format_ident!("{}", ty.name);
        if ty.name == "RichTextList"
            && let Some(style @ ("bullet" | "ordered")) = map.get("style").and_then(Value::as_str)
        {
            parts.consumed.insert("style");
            let func = format_ident!("{style}");
            return quote!(#ty_name::#func());
        }
        let fits_all = |ctor: &&table::Ctor| {
            ctor.args.iter().all(|arg| {
                let (name, kind) = ctor_arg(ty, arg);
                map.get(name).is_some_and(|value| Self::fits(kind, value))
            })
        };
        let ctor = ty.ctors.iter().find(fits_all).unwrap_or(&ty.ctors[0]);
        let mut args = Vec::new();
        for arg in ctor.args {
            let (name, kind) = ctor_arg(ty, arg);
            let Some(field) = ty.field(name) else { continue };
            parts.consumed.insert(field.name);
            let at = child(pointer, name);
            match map.get(name) {
                Some(value) if Self::fits(kind, value) => {
                    args.push(if field.model == Model::List {
                        let items = value.as_array().map(Vec::as_slice).unwrap_or_default();
                        let items = items.iter().map(|item| self.scalar(kind, item));
                        self.noted(&at, &[], quote!([#(#items),*]))
                    } else {
                        self.value(kind, value, &at)
                    });
                }
                found => {
                    args.push(self.placeholder(kind));
                    parts.statements.push(self.assign(var, field, found, &at));
                }
            }
        }
        let func = format_ident!("{}", ctor.func);
        quote!(#ty_name::#func(#(#args),*))
    }

    /// A stand-in argument for a constructor whose value is absent or does not fit; the field is
    /// assigned after.
    fn placeholder(&mut self, kind: Kind) -> TokenStream {
        let value = match kind {
            Kind::Str => json!(""),
            Kind::Plain | Kind::Text => json!({"type": "plain_text", "text": ""}),
            Kind::Bool => json!(false),
            Kind::U32 | Kind::I64 | Kind::Number => json!(0),
            Kind::Json => Value::Null,
            Kind::Enum(list) => json!(list.values.first().map_or("", |(value, _)| *value)),
            Kind::Obj(name) => match table::by_name(name).and_then(|ty| ty.tag.name()) {
                Some(tag) => json!({ "type": tag }),
                None => json!({}),
            },
            Kind::Union(union, only) => {
                let tag = only.and_then(|tags| tags.first().copied()).unwrap_or(match union {
                    Union::Chart => "pie",
                    Union::Cell => "raw_text",
                    Union::Inline => "text",
                    Union::RichText => "rich_text_section",
                    Union::View => "home",
                    Union::RichTextValue => "rich_text",
                    Union::Block | Union::Element | Union::Context => "divider",
                });
                json!({ "type": tag, "text": "" })
            }
        };
        self.value(kind, &value, NOWHERE)
    }

    /// Sets one field: with its setter when the value fits, by assignment otherwise.
    fn set(&mut self, ty: &'static Ty, field: &'static Field, value: &Value, at: &str, var: &Ident, parts: &mut Parts) {
        match field.set {
            Set::One(setter) if Self::fits(field.kind, value) => {
                let value = self.value(field.kind, value, at);
                parts.calls.push(call(setter, &value));
            }
            Set::PlainOr(plain, text) => {
                let (setter, kind) = if Self::fits(Kind::Plain, value) {
                    (plain, Kind::Plain)
                } else {
                    (text, Kind::Text)
                };
                let value = self.value(kind, value, at);
                parts.calls.push(call(setter, &value));
            }
            Set::Each(setter)
                if field.model == Model::List
                    && value
                        .as_array()
                        .is_some_and(|items| items.iter().all(|item| Self::fits(field.kind, item))) =>
            {
                for (index, entry) in value.as_array().into_iter().flatten().enumerate() {
                    let entry = self.value(field.kind, entry, &item(at, index));
                    parts.calls.push(call(setter, &entry));
                }
            }
            Set::Custom => {
                if let Some(calls) = self.content(ty, field, value, at) {
                    parts.calls.extend(calls);
                } else {
                    parts.statements.push(self.assign(var, field, Some(value), at));
                }
            }
            _ => parts.statements.push(self.assign(var, field, Some(value), at)),
        }
    }

    /// `var.field = value;`, in the model's own type.
    fn assign(&mut self, var: &Ident, field: &Field, value: Option<&Value>, at: &str) -> TokenStream {
        let name = ident(field.name);
        let kind = field.kind;
        let note = if value.is_some() { SET_DIRECTLY } else { ABSENT };
        let note = if field.set == Set::Field { String::new() } else { format!(" {note}") };
        let notes: Vec<&str> = if note.is_empty() { vec![] } else { vec![note.as_str()] };
        let items = |this: &mut Self, value: &Value| -> Vec<TokenStream> {
            value
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
                .map(|(index, entry)| this.model(kind, entry, &item(at, index)))
                .collect()
        };
        let rhs = match (value, field.model) {
            (None, _) => quote!(None),
            (Some(value), Model::Req) => self.model(kind, value, at),
            (Some(value), Model::Opt) => {
                let value = self.model(kind, value, at);
                quote!(Some(#value))
            }
            (Some(value), Model::OptBox) => {
                let value = self.model(kind, value, at);
                quote!(Some(Box::new(#value)))
            }
            (Some(value), Model::List) => {
                let items = items(self, value);
                quote!(vec![#(#items),*])
            }
            (Some(value), Model::OptList) => {
                let items = items(self, value);
                quote!(Some(vec![#(#items),*]))
            }
            (Some(value), Model::Rows) => {
                let rows: Vec<TokenStream> = value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .enumerate()
                    .map(|(index, row)| {
                        let at = item(at, index);
                        let cells: Vec<TokenStream> = row
                            .as_array()
                            .into_iter()
                            .flatten()
                            .enumerate()
                            .map(|(cell, entry)| self.model(kind, entry, &item(&at, cell)))
                            .collect();
                        quote!(vec![#(#cells),*])
                    })
                    .collect();
                quote!(vec![#(#rows),*])
            }
        };
        quote!(#(#[doc = #notes])* #var.#name = #rhs;)
    }

    /// `blockkit::from_value::<T>(json!(...))`, for a value no builder makes.
    fn from_json(&mut self, ty: &Ty, value: &Value, why: &str) -> TokenStream {
        let name = format_ident!("{}", ty.name);
        let json = self.json(value);
        let note = format!(" read from JSON: {why}");
        let expect = format!("a valid {}", ty.name);
        quote!(#[doc = #note] blockkit::from_value::<#name>(#json).expect(#expect))
    }
}

/// The form a text object is written in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TextForm {
    /// `impl Into<PlainText>`: a bare string when it can be.
    Plain,
    /// `impl Into<Text>`.
    Text,
    /// A `Text`.
    Model,
}

/// What an object's expression is made of.
#[derive(Default)]
pub(super) struct Parts {
    pub(super) consumed: BTreeSet<&'static str>,
    pub(super) calls: Vec<TokenStream>,
    pub(super) statements: Vec<TokenStream>,
}

/// `.setter(value)`.
pub(super) fn call(setter: &str, value: &TokenStream) -> TokenStream {
    let setter = ident(setter);
    quote!(.#setter(#value))
}

/// An identifier, raw when it is a keyword (`r#unsafe`).
pub(super) fn ident(name: &str) -> Ident {
    if matches!(name, "unsafe" | "type" | "match" | "box" | "async") {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// A constructor argument's field and kind: `"text:plain"` is the `text` field taken as
/// plain_text.
fn ctor_arg(ty: &Ty, arg: &'static str) -> (&'static str, Kind) {
    let (name, plain) = arg.split_once(':').map_or((arg, false), |(name, _)| (name, true));
    let kind = ty.field(name).map_or(Kind::Str, |field| field.kind);
    (name, if plain { Kind::Plain } else { kind })
}

/// The object's `"type"`.
pub(super) fn type_of(value: &Value) -> Option<&str> {
    value.get("type").and_then(Value::as_str)
}

/// `Enum::Variant`, or `Enum::from("value")` for a value Slack does not document.
fn enum_value(list: &table::Enum, text: &str) -> TokenStream {
    let ty = format_ident!("{}", list.ty);
    match list.values.iter().find(|(value, _)| *value == text) {
        Some((_, variant)) => {
            let variant = format_ident!("{variant}");
            quote!(#ty::#variant)
        }
        None => {
            let text = literal::string(text);
            quote!(#ty::from(#text))
        }
    }
}

/// A number for an `impl Into<Number>` parameter.
fn number(value: &Value) -> TokenStream {
    let Value::Number(number) = value else {
        return quote!(0);
    };
    literal::typed_int(number).unwrap_or_else(|| {
        let float = literal::float(number.as_f64().unwrap_or_default());
        quote!(serde_json::Number::from_f64(#float).expect("a finite number"))
    })
}

/// The variable a value is built in: `SectionBlock` → `section`, `OptionObject` → `option`.
pub(super) fn var_name(ty: &str) -> Ident {
    let trimmed = ["Block", "Element", "Object", "Mention"]
        .iter()
        .find_map(|suffix| ty.strip_suffix(suffix).filter(|rest| !rest.is_empty()))
        .unwrap_or(ty);
    let mut name = String::new();
    for (index, c) in trimmed.chars().enumerate() {
        if c.is_uppercase() && index > 0 {
            name.push('_');
        }
        name.extend(c.to_lowercase());
    }
    ident(&name)
}
