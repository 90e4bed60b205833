//! Assignments: a value the builders do not take is set on the model's public field, and a
//! constructor argument that is absent is cleared; a value no builder makes is read from JSON.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use serde_json::{Value, json};

use super::builder::{Builder, NOWHERE, ident, var_name};
use super::notes::item;
use super::table::{self, Field, Kind, Model, Set, Ty, Union};

/// Why a value is assigned.
const SET_DIRECTLY: &str = "set directly: no builder method takes this value here";
const ABSENT: &str = "absent in the input: the constructor requires it, so it is cleared";

impl Builder<'_> {
    /// A stand-in argument for a constructor whose value is absent or does not fit; the field is
    /// assigned after.
    pub(super) fn placeholder(&mut self, kind: Kind) -> TokenStream {
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
            Kind::Payload("Message") | Kind::Pairs => json!({}),
            Kind::Payload(_) => {
                json!({"type": "modal", "title": {"type": "plain_text", "text": ""}})
            }
            Kind::ViewRef => json!({"view_id": ""}),
            Kind::Union(union, only) => {
                let tag = only
                    .and_then(|tags| tags.first().copied())
                    .unwrap_or(match union {
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

    /// `var.field = value;`, in the model's own type.
    pub(super) fn assign(
        &mut self,
        var: &Ident,
        field: &Field,
        value: Option<&Value>,
        at: &str,
    ) -> TokenStream {
        let name = ident(field.name);
        let kind = field.kind;
        let reason = if value.is_some() {
            SET_DIRECTLY
        } else {
            ABSENT
        };
        let mut notes: Vec<String> = self
            .notes
            .at(at)
            .iter()
            .map(|note| format!(" {note}"))
            .collect();
        self.rendered.insert(at.to_owned());
        if field.set != Set::Field {
            notes.push(format!(" {reason}"));
        }
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
            (Some(value), Model::Req) => self.model_bare(kind, value, at),
            (Some(value), Model::Opt) => {
                let value = self.model_bare(kind, value, at);
                quote!(Some(#value))
            }
            (Some(value), Model::OptBox) => {
                let value = self.model_bare(kind, value, at);
                quote!(Some(Box::new(#value)))
            }
            (Some(value), Model::List) => {
                let items = items(self, value);
                quote!(__blockkit_vec__([#(#items),*]))
            }
            (Some(value), Model::OptList) => {
                let items = items(self, value);
                quote!(Some(__blockkit_vec__([#(#items),*])))
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
                        quote!(__blockkit_vec__([#(#cells),*]))
                    })
                    .collect();
                quote!(__blockkit_vec__([#(#rows),*]))
            }
        };
        quote!(#(#[doc = #notes])* #var.#name = #rhs;)
    }

    /// `let value: T = blockkit::from_value(json!(...))`, for a value no builder makes.
    pub(super) fn read_json(&mut self, ty: &Ty, value: &Value, why: &str) -> TokenStream {
        let name = format_ident!("{}", ty.name);
        let var = var_name(ty.name);
        let json = self.json(value);
        let note = format!(" read from JSON: {why}");
        let expect = format!("a valid {}", ty.name);
        quote!({
            #[doc = #note]
            let #var: #name = blockkit::from_value(#json).expect(#expect);
            #var
        })
    }
}
