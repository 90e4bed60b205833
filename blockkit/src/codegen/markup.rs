//! The macro style: the value as `blocks!` markup. What markup cannot say (an unknown type, a
//! field blockkit does not model, a value with a violation, which the macro would refuse at
//! compile time) is interpolated as builder code, `{...}`, where the macro takes an expression;
//! elsewhere the enclosing element is.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use super::Shape;
use super::builder::{Builder, type_of};
use super::markup_attrs::style_flags;
use super::notes::{child, item};
use super::output::{MARKUP, Root};
use super::print::{Attr, Child, Elem, expr_source};
use super::table::{self, Field, Kind, Mk, Set, Tag, Ty, Union};

/// Slots whose items the macro does not take as `{expr}`.
const NO_INTERPOLATION: &[(&str, &str)] = &[
    ("section", "fields"),
    ("table", "column_settings"),
    ("message", "attachments"),
    ("attachment", "fields"),
];

/// What the macro requires of an element: at least one of these fields.
const ONE_OF: &[(&str, &[&str])] = &[
    ("section", &["text", "fields"]),
    ("card", &["hero_image", "title", "actions", "body"]),
    (
        "filter",
        &[
            "include",
            "exclude_external_shared_channels",
            "exclude_bot_users",
        ],
    ),
    ("static_select", &["options", "option_groups"]),
    ("multi_static_select", &["options", "option_groups"]),
    ("actions", &["elements"]),
    ("carousel", &["elements"]),
    ("container", &["child_blocks"]),
    ("context", &["elements"]),
    ("context_actions", &["elements"]),
    ("checkboxes", &["options"]),
    ("radio_buttons", &["options"]),
    ("overflow", &["options"]),
    ("option_group", &["options"]),
    ("data_table", &["rows"]),
    ("table", &["rows"]),
    ("pie", &["segments"]),
    ("bar", &["series"]),
    ("area", &["series"]),
    ("line", &["series"]),
    ("modal", &["blocks"]),
    ("home", &["blocks"]),
];

/// The root in the macro style, or `None` when the value is better built with the builders.
pub(super) fn root(
    builder: &mut Builder<'_>,
    shape: Shape,
    value: &Value,
    base: &str,
) -> Option<Root> {
    let mut markup = Markup {
        builder,
        block_ids: BTreeSet::new(),
    };
    let (children, ty, suffix, extras) = match shape {
        Shape::Message | Shape::Modal | Shape::HomeTab | Shape::View => {
            let name = match (shape, type_of(value)) {
                (Shape::Message, _) => "Message",
                (Shape::Modal, _) | (Shape::View, Some("modal")) => "Modal",
                (Shape::HomeTab, _) | (Shape::View, Some("home")) => "HomeTab",
                _ => return None,
            };
            let ty = table::by_name(name)?;
            let (elem, extras) = markup.element(ty, value, base, None, true)?;
            (vec![Child::Elem(elem)], name, None, extras)
        }
        Shape::Blocks => {
            let mut children = Vec::new();
            for (index, block) in value.as_array()?.iter().enumerate() {
                children.push(markup.child(
                    Kind::Union(Union::Block, None),
                    block,
                    &item("", index),
                    None,
                    true,
                )?);
            }
            (children, "Vec<Block>", None, Vec::new())
        }
        Shape::Block => {
            let block = markup.child(Kind::Union(Union::Block, None), value, "", None, true)?;
            (vec![block], "Block", Some(quote!(.remove(0))), Vec::new())
        }
        _ => return None,
    };
    let mut text = String::from("blocks! {");
    for child in &children {
        text.push_str("\n    ");
        text.push_str(&child.print(4));
    }
    text.push_str("\n}");
    let placeholder = format_ident!("{MARKUP}");
    let ty_tokens: TokenStream = ty.parse().ok()?;
    let expr = if extras.is_empty() {
        quote!(#placeholder #suffix)
    } else {
        let var = super::builder::var_name(ty);
        let keys = extras.iter().map(|(key, ..)| key.as_str());
        let note = super::builder::extra_note(keys);
        let inserts: Vec<TokenStream> = extras
            .iter()
            .enumerate()
            .map(|(index, (key, value, at))| {
                let value = markup.builder.json_arg(value);
                let notes = markup
                    .builder
                    .statement_notes(at, (index == 0).then(|| note.clone()));
                quote!(#(#[doc = #notes])* #var.extra.insert(#key, #value);)
            })
            .collect();
        quote!({
            let mut #var = #placeholder;
            #(#inserts)*
            #var
        })
    };
    Some(Root {
        expr,
        ty: ty_tokens,
        fallible: false,
        markup: Some(text),
        prelude: Vec::new(),
    })
}

pub(super) struct Markup<'b, 'n> {
    pub(super) builder: &'b mut Builder<'n>,
    /// The literal `block_id`s written so far: `blocks!` refuses one used twice in an
    /// invocation (legacy attachments included), so a second one is built with the builders.
    pub(super) block_ids: BTreeSet<String>,
}

/// Fields of the root the markup leaves to `extra`: key, value, pointer.
type Extras = Vec<(String, Value, String)>;

impl Markup<'_, '_> {
    /// `<tag ...>` for an object of type `ty`; with `root`, fields the model does not have are
    /// returned instead of refused.
    pub(super) fn element(
        &mut self,
        ty: &'static Ty,
        value: &Value,
        at: &str,
        parent: Option<&str>,
        root: bool,
    ) -> Option<(Elem, Extras)> {
        let tag = ty.markup?;
        let map = value.as_object()?;
        if self.builder.notes_at(at)
            || (matches!(ty.tag, Tag::Optional(_)) && !map.contains_key("type"))
        {
            return None;
        }
        if let Some((_, names)) = ONE_OF.iter().find(|(name, _)| *name == tag)
            && !names.iter().any(|name| map.contains_key(*name))
        {
            return None;
        }
        if !ty.ctors.iter().any(|ctor| {
            ctor.args
                .iter()
                .all(|arg| map.contains_key(arg.split(':').next().unwrap_or(arg)))
        }) {
            return None;
        }
        self.builder.rendered.insert(at.to_owned());
        let mut elem = Elem {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        };
        let mut extras = Vec::new();
        for (key, field_value) in map {
            if key == "type" && ty.tag.name().is_some() {
                continue;
            }
            let at = child(at, key);
            let Some(field) = ty.field(key) else {
                if !root {
                    return None;
                }
                extras.push((key.clone(), field_value.clone(), at));
                continue;
            };
            if field.name == "style" && style_flags(field_value, &mut elem.attrs) {
                continue;
            }
            match field.markup {
                Mk::Attr => {
                    let value = self.attr(field, field_value, &at)?;
                    elem.attrs.push((field.name.to_owned(), value));
                }
                Mk::Text => {
                    elem.children
                        .push(self.text(field.kind, field_value, &at, parent, tag)?);
                }
                Mk::Items(wrapper) => match self.items(ty, field, wrapper, field_value, &at, tag) {
                    Some(children) => elem.children.extend(children),
                    // A message's attachments are also an attribute, which takes an expression.
                    None if (tag, field.name) == ("message", "attachments") => {
                        let mut entries = Vec::new();
                        for (index, entry) in field_value.as_array()?.iter().enumerate() {
                            entries.push(self.builder.value(field.kind, entry, &item(&at, index)));
                        }
                        let code = expr_source(&quote!([#(#entries),*]))?;
                        elem.attrs.push((field.name.to_owned(), Attr::Expr(code)));
                    }
                    None => return None,
                },
                Mk::No => return None,
            }
        }
        Some((elem, extras))
    }

    /// The children of an item slot.
    fn items(
        &mut self,
        ty: &Ty,
        field: &Field,
        wrapper: Option<&'static str>,
        value: &Value,
        at: &str,
        tag: &'static str,
    ) -> Option<Vec<Child>> {
        self.builder.rendered.insert(at.to_owned());
        let interpolate = !NO_INTERPOLATION.contains(&(tag, field.name));
        if field.set == Set::Custom {
            return self.content(ty, field, value, at, tag);
        }
        let Some(items) = value.as_array() else {
            return Some(vec![self.child(
                field.kind,
                value,
                at,
                Some(tag),
                interpolate,
            )?]);
        };
        let mut children = Vec::new();
        for (index, entry) in items.iter().enumerate() {
            let at = item(at, index);
            let child = if wrapper == Some("fields") {
                let name = if type_of(entry) == Some("plain_text") {
                    "PlainText"
                } else {
                    "MrkdwnText"
                };
                let elem = self
                    .element(table::by_name(name)?, entry, &at, None, false)
                    .map(|(elem, _)| Child::Elem(elem));
                elem.or_else(|| {
                    interpolate
                        .then(|| self.expr(field.kind, entry, &at).map(Child::Expr))
                        .flatten()
                })?
            } else {
                self.child(field.kind, entry, &at, Some(tag), interpolate)?
            };
            children.push(child);
        }
        Some(match wrapper {
            Some(wrapper) => vec![Child::Elem(Elem {
                tag: wrapper,
                attrs: Vec::new(),
                children,
            })],
            None => children,
        })
    }

    /// One item: its element, or builder code where the slot takes an expression and the
    /// builder takes the value.
    pub(super) fn child(
        &mut self,
        kind: Kind,
        value: &Value,
        at: &str,
        parent: Option<&str>,
        interpolate: bool,
    ) -> Option<Child> {
        let ty = match kind {
            Kind::Obj(name) => table::by_name(name),
            Kind::Union(union, only) => {
                let tag = type_of(value).unwrap_or_default();
                table::member(union, tag).filter(|_| only.is_none_or(|tags| tags.contains(&tag)))
            }
            _ => None,
        };
        if let Some(ty) = ty
            && let Some((elem, _)) = self.element(ty, value, at, parent, false)
        {
            return Some(Child::Elem(elem));
        }
        if !interpolate || !Builder::fits(kind, value) {
            return None;
        }
        self.expr(kind, value, at).map(Child::Expr)
    }

    /// Builder code for a value, formatted.
    pub(super) fn expr(&mut self, kind: Kind, value: &Value, at: &str) -> Option<String> {
        let tokens = self.builder.value(kind, value, at);
        expr_source(&tokens)
    }
}
