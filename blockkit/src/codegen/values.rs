//! The builder style's values: literals, text objects, enums, unions, JSON, payloads.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use super::builder::{Builder, NOWHERE, type_of};
use super::table::{self, Kind, Union};
use super::{Shape, Style, literal};

impl Builder<'_> {
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
            Kind::Payload(name) => self.payload(name, value, pointer),
            Kind::ViewRef => view_ref(value),
            Kind::Pairs => pairs(value),
            _ => self.scalar(kind, value),
        };
        self.noted(pointer, &[], tokens)
    }

    /// A request body's payload, validated: `Message::new()....build()?`, or its markup.
    pub(super) fn payload(&mut self, name: &str, value: &Value, pointer: &str) -> TokenStream {
        let (name, shape) = match (name, type_of(value)) {
            ("Message", _) => ("Message", Shape::Message),
            (_, Some("home")) => ("HomeTab", Shape::HomeTab),
            _ => ("Modal", Shape::Modal),
        };
        let markup = match self.style {
            Style::Macro => super::markup::root(self, shape, value, pointer),
            Style::Builder => None,
        };
        let expr = match markup {
            Some(root) => {
                self.markup = root.markup;
                root.expr
            }
            None => self.object_named(name, value, pointer),
        };
        let var = if shape == Shape::Message {
            format_ident!("message")
        } else {
            format_ident!("view")
        };
        self.prelude.push(quote!(let #var = #expr.build()?;));
        quote!(#var)
    }

    /// A block as a [`Block`](crate::Block): `Block::from(HeaderBlock::new(..))`.
    pub(super) fn block(&mut self, value: &Value, pointer: &str) -> TokenStream {
        self.model(Kind::Union(Union::Block, None), value, pointer)
    }

    /// A text object as a [`Text`](crate::Text).
    pub(super) fn text_model(&mut self, value: &Value) -> TokenStream {
        self.text(value, "", TextForm::Model)
    }

    /// `value` as the model's field holds it, for an assignment, with its comments.
    pub(super) fn model(&mut self, kind: Kind, value: &Value, pointer: &str) -> TokenStream {
        let tokens = self.model_bare(kind, value, pointer);
        self.noted(pointer, &[], tokens)
    }

    /// `value` as the model's field holds it, without the comments on it.
    pub(super) fn model_bare(&mut self, kind: Kind, value: &Value, pointer: &str) -> TokenStream {
        match kind {
            Kind::Str => {
                let text = literal::string(value.as_str().unwrap_or_default());
                quote!(#text.to_owned())
            }
            Kind::Plain | Kind::Text => self.text(value, pointer, TextForm::Model),
            Kind::Number if value.is_f64() => number(value),
            Kind::Number => {
                let number = number(value);
                quote!(serde_json::Number::from(#number))
            }
            Kind::Json => self.json(value),
            Kind::Obj(name) => self.object_named(name, value, pointer),
            Kind::Union(union, _) => self.union_model(union, value, pointer),
            Kind::Payload(_) | Kind::ViewRef | Kind::Pairs => self.value(kind, value, NOWHERE),
            _ => self.scalar(kind, value),
        }
    }

    pub(super) fn scalar(&mut self, kind: Kind, value: &Value) -> TokenStream {
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
    pub(super) fn json_arg(&mut self, value: &Value) -> TokenStream {
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

    /// `json!(placeholder)`; the output writes the JSON in place of the placeholder. A short
    /// value stays on one line, and its placeholder is as long so that the layout leaves it room;
    /// a long one is written over several lines, starting right after `json!(`.
    pub(super) fn json(&mut self, value: &Value) -> TokenStream {
        let flat = literal::json_flat(value).chars().count();
        let pretty = flat > 60 && literal::is_container(value);
        let width = if pretty { 12 } else { flat.max(12) };
        let mut name = format!("__json_{}_", self.json.len());
        while name.len() < width {
            name.push('x');
        }
        let ident = Ident::new(&name, Span::call_site());
        self.json.push((value.clone(), pretty));
        quote!(json!(#ident))
    }

    // ---- text ---------------------------------------------------------------------------------

    fn text(&mut self, value: &Value, pointer: &str, form: TextForm) -> TokenStream {
        let is_plain = type_of(value) == Some("plain_text");
        let simple = value
            .as_object()
            .is_some_and(|map| map.keys().all(|key| key == "type" || key == "text"));
        let text = value
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default();
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

    pub(super) fn union_arg(&mut self, union: Union, value: &Value, pointer: &str) -> TokenStream {
        let tag = type_of(value).unwrap_or_default();
        match table::member(union, tag) {
            Some(_) if union == Union::Context && matches!(tag, "plain_text" | "mrkdwn") => {
                self.text(value, pointer, TextForm::Text)
            }
            Some(ty) => self.object(ty, value, pointer),
            None => self.raw(union, value, pointer),
        }
    }

    pub(super) fn union_model(
        &mut self,
        union: Union,
        value: &Value,
        pointer: &str,
    ) -> TokenStream {
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
            None => self.raw(union, value, pointer),
        }
    }

    /// `Union::Unknown(RawObject::...)`: a type blockkit does not know, kept as JSON.
    /// The comment says so unless validation already does (`unknown_type`).
    pub(super) fn raw(&mut self, union: Union, value: &Value, pointer: &str) -> TokenStream {
        let json = self.json(value);
        let name = format_ident!("{}", union.name());
        let reported = self
            .notes
            .at(pointer)
            .iter()
            .any(|note| note.contains("(unknown_type)"));
        let why = (!reported).then(|| {
            format!(
                " `{}` is not a type blockkit knows: it is kept as raw JSON",
                type_of(value).unwrap_or_default()
            )
        });
        let why = why.iter();
        quote!(#(#[doc = #why])* #name::Unknown(RawObject::from_value(#json).expect("a JSON object")))
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

/// `Enum::Variant`, or `Enum::from("value")` for a value Slack does not document.
fn enum_value(list: &table::Enum, text: &str) -> TokenStream {
    let ty = format_ident!("{}", list.ty);
    if let Some((_, variant)) = list.values.iter().find(|(value, _)| *value == text) {
        let variant = format_ident!("{variant}");
        quote!(#ty::#variant)
    } else {
        let text = literal::string(text);
        quote!(#ty::from(#text))
    }
}

/// `ViewRef::Id("V123".to_owned())` for `{"view_id": "V123"}`.
fn view_ref(value: &Value) -> TokenStream {
    let (variant, id) = match (value.get("view_id"), value.get("external_id")) {
        (Some(id), _) => (format_ident!("Id"), id),
        (None, Some(id)) => (format_ident!("ExternalId"), id),
        (None, None) => (format_ident!("Id"), &Value::Null),
    };
    let id = literal::string(id.as_str().unwrap_or_default());
    quote!(ViewRef::#variant(#id.to_owned()))
}

/// `[("block_id", "message"), ...]` for `{"block_id": "message", ...}`.
fn pairs(value: &Value) -> TokenStream {
    let pairs: Vec<TokenStream> = value
        .as_object()
        .into_iter()
        .flatten()
        .map(|(key, message)| {
            let key = literal::string(key);
            let message = literal::string(message.as_str().unwrap_or_default());
            quote!((#key, #message))
        })
        .collect();
    if pairs.is_empty() {
        quote!(Vec::<(String, String)>::new())
    } else {
        quote!([#(#pairs),*])
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
