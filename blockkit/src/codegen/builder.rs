//! The builder style: every value as the constructor and setter calls a person writes by hand.
//!
//! A value the builders cannot take (mrkdwn where they take only plain_text, an element a
//! container does not take, a type blockkit does not know) is assigned to the model's public
//! field instead, and a field the model does not have goes into `extra`; both in a
//! `{ let mut value = ...; ...; value }` block, with a comment that says why.

use std::collections::BTreeSet;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use serde_json::{Map, Value};

use super::Style;
use super::notes::{Notes, child, item};
use super::table::{self, Field, Kind, Model, Set, Tag, Ty, Union};

/// Renders values as builder calls.
pub(super) struct Builder<'a> {
    pub(super) notes: &'a Notes,
    /// The style: a request body's payload is markup in the macro style.
    pub(super) style: Style,
    /// The `blocks!` invocation of a request body's payload, once rendered.
    pub(super) markup: Option<String>,
    /// `let message = ....build()?;`: a request body's payload, built before the body.
    pub(super) prelude: Vec<TokenStream>,
    /// The pointer of every value rendered, where a comment can go.
    pub(super) rendered: BTreeSet<String>,
    /// The values of the `json!(...)` placeholders, by number, and whether each is written on
    /// several lines.
    pub(super) json: Vec<(Value, bool)>,
}

/// The pointer of placeholder values, which take no comments.
pub(super) const NOWHERE: &str = "#";

impl<'a> Builder<'a> {
    pub(super) fn new(notes: &'a Notes, style: Style) -> Self {
        Self {
            notes,
            style,
            markup: None,
            prelude: Vec::new(),
            rendered: BTreeSet::new(),
            json: Vec::new(),
        }
    }

    /// `tokens` with the comments on `pointer` (and `extra` ones) as `#[doc]` attributes, which
    /// the output turns into `//` comments.
    pub(super) fn noted(
        &mut self,
        pointer: &str,
        extra: &[String],
        tokens: TokenStream,
    ) -> TokenStream {
        if pointer == NOWHERE {
            return tokens;
        }
        self.rendered.insert(pointer.to_owned());
        let notes = self
            .notes
            .at(pointer)
            .iter()
            .chain(extra)
            .map(|note| format!(" {note}"));
        quote!(#(#[doc = #notes])* #tokens)
    }

    /// Whether the value at `pointer` has an error (which `blocks!` may refuse).
    pub(super) fn notes_at(&self, pointer: &str) -> bool {
        self.notes.error_at(pointer)
    }

    /// Whether the value at `pointer`, or one inside it, has an error.
    pub(super) fn notes_under(&self, pointer: &str) -> bool {
        self.notes.error_under(pointer)
    }

    /// The comments of a statement about the value at `pointer`: the value's, then `more`.
    pub(super) fn statement_notes(&mut self, pointer: &str, more: Option<String>) -> Vec<String> {
        self.rendered.insert(pointer.to_owned());
        let mut notes: Vec<String> = self
            .notes
            .at(pointer)
            .iter()
            .map(|note| format!(" {note}"))
            .collect();
        notes.extend(more);
        notes
    }

    // ---- fitting ------------------------------------------------------------------------------

    /// Whether the builder takes `value` where it takes `kind`.
    pub(super) fn fits(kind: Kind, value: &Value) -> bool {
        match kind {
            Kind::Plain => type_of(value) == Some("plain_text"),
            Kind::Payload("Modal") => type_of(value) == Some("modal"),
            Kind::Payload("HomeTab") => type_of(value) == Some("home"),
            Kind::Payload("View") => matches!(type_of(value), Some("modal" | "home")),
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

    // ---- objects ------------------------------------------------------------------------------

    pub(super) fn object_named(&mut self, name: &str, value: &Value, pointer: &str) -> TokenStream {
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
            return self.read_json(
                ty,
                value,
                "it is read-only (Slack sends it; there is no builder)",
            );
        }
        if let Tag::Optional(tag) = ty.tag
            && !map.contains_key("type")
        {
            let why = format!("it has no `\"type\"`, which the builder always writes (`{tag}`)");
            return self.read_json(ty, value, &why);
        }
        let var = var_name(ty.name);
        let mut parts = Parts::default();
        let ctor = self.constructor(ty, map, pointer, &var, &mut parts);
        let mut extras = Vec::new();
        for (key, field_value) in map {
            if (key == "type" && ty.tag.name().is_some()) || parts.consumed.contains(key.as_str()) {
                continue;
            }
            let at = match (ty.field(key).map(|field| field.kind), key.as_str()) {
                (Some(Kind::Payload("Message")), _) => pointer.to_owned(),
                (Some(Kind::Payload(_)), "update" | "push") => child(pointer, "view"),
                _ => child(pointer, key),
            };
            match ty.field(key) {
                Some(field) => self.set(ty, field, field_value, &at, &var, &mut parts),
                None => extras.push((key, field_value, at)),
            }
        }
        for (index, (key, field_value, at)) in extras.iter().enumerate() {
            let value = self.json_arg(field_value);
            let notes = self.statement_notes(
                at,
                (index == 0).then(|| extra_note(extras.iter().map(|(key, ..)| key.as_str()))),
            );
            parts
                .statements
                .push(quote!(#(#[doc = #notes])* #var.extra.insert(#key, #value);));
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
    pub(super) fn constructor(
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
            let Some(field) = ty.field(name) else {
                continue;
            };
            parts.consumed.insert(field.name);
            let at = match (kind, name) {
                (Kind::Payload("Message"), _) => pointer.to_owned(),
                (Kind::Payload(_), "update" | "push") => child(pointer, "view"),
                _ => child(pointer, name),
            };
            match map.get(name) {
                Some(value) if Self::fits(kind, value) => {
                    args.push(if field.model == Model::List {
                        let items = value.as_array().map(Vec::as_slice).unwrap_or_default();
                        let items: Vec<TokenStream> =
                            items.iter().map(|item| self.scalar(kind, item)).collect();
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

    /// Sets one field: with its setter when the value fits, by assignment otherwise.
    pub(super) fn set(
        &mut self,
        ty: &'static Ty,
        field: &'static Field,
        value: &Value,
        at: &str,
        var: &Ident,
        parts: &mut Parts,
    ) {
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
                    && value.as_array().is_some_and(|items| {
                        items.iter().all(|item| Self::fits(field.kind, item))
                    }) =>
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
                    parts
                        .statements
                        .push(self.assign(var, field, Some(value), at));
                }
            }
            _ => parts
                .statements
                .push(self.assign(var, field, Some(value), at)),
        }
    }
}

/// The comment on the `extra` fields of a value.
pub(super) fn extra_note<'k>(keys: impl Iterator<Item = &'k str>) -> String {
    let keys: Vec<String> = keys.map(|key| format!("`{key}`")).collect();
    match keys.as_slice() {
        [one] => format!(" {one} is not a field blockkit models: it is kept in `extra`"),
        many => format!(
            " {} are not fields blockkit models: they are kept in `extra`",
            many.join(", ")
        ),
    }
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
    let (name, plain) = arg
        .split_once(':')
        .map_or((arg, false), |(name, _)| (name, true));
    let kind = ty.field(name).map_or(Kind::Str, |field| field.kind);
    (name, if plain { Kind::Plain } else { kind })
}

/// The object's `"type"`.
pub(super) fn type_of(value: &Value) -> Option<&str> {
    value.get("type").and_then(Value::as_str)
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
