//! Code generation from a checked AST: only calls of the public builder API
//! (`::blockkit::Button::new("Go").style(::blockkit::ButtonStyle::Primary)`) and of
//! `::blockkit::__private`, absolute paths, `Span::mixed_site()` for internal bindings.
//!
//! * `mod.rs`: entry point, elements, constructors, attributes;
//! * `lists.rs`: children — builder chains, control flow, vectors;
//! * `text.rs`: text values and mrkdwn escaping.

mod lists;
pub(crate) use lists::flow;
mod text;

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Error, Ident, Lit, Result};

use crate::ast::{Attr, AttrValue, Element, Markup, Node};
use crate::resolve;
use crate::tags::{self, Arg, Family, Kind, Setter, SlotKind, Tag, TextPolicy};

/// The whole expansion of a checked input.
///
/// Every literal string becomes `::blockkit::Str::from_static("...")`, which the model borrows
/// without copying, and every literal list a `vec![...]` allocated once at its final size: a
/// literal-only input builds its value with one allocation per list and none per string, which
/// is what a prepared copy would cost to clone (see `docs/macro-design.md`).
pub(crate) fn expand(markup: &Markup) -> Result<TokenStream> {
    root(markup)
}

/// The root's value: a surface, or a `Vec<Block>`.
fn root(markup: &Markup) -> Result<TokenStream> {
    if let Some((tag, element)) = surface(markup) {
        return element_expr(tag, element);
    }
    let slot = tags::ROOT.slots.first().ok_or_else(internal)?;
    let nodes: Vec<&Node> = markup.nodes.iter().collect();
    lists::vec_expr(&quote!(::blockkit::Block), slot, &nodes, false)
}

/// The surface at the root, if the input is one.
pub(crate) fn surface(markup: &Markup) -> Option<(&'static Tag, &Element)> {
    match markup.nodes.first() {
        Some(Node::Element(element)) => element
            .builtin()
            .and_then(|name| tags::find(&name, Family::Surface))
            .filter(|tag| tag.family == Family::Surface)
            .map(|tag| (tag, element)),
        _ => None,
    }
}

/// The value of one built-in element.
pub(crate) fn element_expr(tag: &'static Tag, element: &Element) -> Result<TokenStream> {
    if let Family::List { item } = tag.family {
        let slot = tag.slots.first().ok_or_else(internal)?;
        let item = path(item, element.name.span())?;
        let nodes: Vec<&Node> = element.children.iter().collect();
        return lists::vec_expr(&item, slot, &nodes, true);
    }
    let ctor = resolve::choose_ctor(tag, element).ok_or_else(internal)?;
    let span = element.name.span();
    let mut args = Vec::new();
    for arg in ctor.args {
        args.push(match arg {
            Arg::Attr(name) => {
                let spec = tag.find_attr(name).ok_or_else(internal)?;
                let attr = element
                    .attrs
                    .iter()
                    .find(|attr| resolve::same_attr(spec, &attr.key()))
                    .ok_or_else(internal)?;
                attr_value(spec, attr)?
            }
            Arg::Slot(name) => slot_value(tag, element, name)?,
        });
    }
    let ty = path(tag.ty, span)?;
    let func = ident(ctor.func, span)?;
    let receiver = quote!(#ty::#func(#(#args),*));

    let mut pieces = Vec::new();
    let mut style = Vec::new();
    for attr in &element.attrs {
        let spec = tag.find_attr(&attr.key()).ok_or_else(internal)?;
        if resolve::ctor_takes_attr(Some(ctor), spec.name) {
            continue;
        }
        let method = |name: &str| ident(name, attr.name.span());
        match spec.setter {
            Setter::None => return Err(internal()),
            Setter::One(name) => {
                let (method, value) = (method(name)?, attr_value(spec, attr)?);
                pieces.push(lists::Piece::Call(quote!(.#method(#value))));
            }
            Setter::PlainOrText { plain, text } => {
                let mrkdwn = matches!(&attr.value, AttrValue::Element(inner)
                    if inner.builtin().as_deref() == Some("mrkdwn"));
                let method = method(if mrkdwn { text } else { plain })?;
                let value = match &attr.value {
                    AttrValue::Lit { lit, .. } => quote!(#lit),
                    _ => attr_value(spec, attr)?,
                };
                pieces.push(lists::Piece::Call(quote!(.#method(#value))));
            }
            Setter::Vec { one, many } => pieces.extend(list_attr(spec, attr, one, many)?),
            Setter::Style => {
                let flag = method(spec.name)?;
                let value = attr_value(spec, attr)?;
                style.push(quote!(.#flag(#value)));
            }
        }
    }
    if !style.is_empty() {
        pieces.push(lists::Piece::Call(
            quote!(.style(::blockkit::RichTextStyle::new() #(#style)*)),
        ));
    }
    for (index, slot) in tag.slots.iter().enumerate() {
        if resolve::ctor_takes_slot(Some(ctor), slot.name) {
            continue;
        }
        let nodes = resolve::slot_children(tag, &element.children, index);
        if nodes.is_empty() {
            continue;
        }
        match slot.kind {
            SlotKind::Text(policy) => {
                let Setter::One(name) = slot.setter else {
                    return Err(internal());
                };
                let method = ident(name, span)?;
                let value = text_slot_value(policy, &nodes)?;
                pieces.push(lists::Piece::Call(quote!(.#method(#value))));
            }
            SlotKind::Items { .. } => {
                for node in nodes {
                    pieces.push(lists::item_piece(slot, node)?);
                }
            }
            SlotKind::Inline => pieces.extend(lists::inline_pieces(&nodes)?),
        }
    }
    Ok(lists::render(&receiver, pieces))
}

/// An attribute whose field is a list: a literal or element appends one, `{expr}` appends many.
fn list_attr(spec: &tags::Attr, attr: &Attr, one: &str, many: &str) -> Result<Vec<lists::Piece>> {
    let span = attr.name.span();
    if let AttrValue::Expr(interp) = &attr.value {
        let method = ident(many, span)?;
        let expr = &interp.expr;
        return Ok(vec![lists::Piece::Call(quote!(.#method(#expr)))]);
    }
    let method = ident(one, span)?;
    if let (
        Kind::EnumList(list),
        AttrValue::Lit {
            lit: Lit::Str(text),
            ..
        },
    ) = (spec.kind, &attr.value)
    {
        return text
            .value()
            .split([',', ' '])
            .filter(|item| !item.is_empty())
            .map(|item| {
                let value = variant(list, item, text.span())?;
                Ok(lists::Piece::Call(quote!(.#method(#value))))
            })
            .collect();
    }
    let value = attr_value(spec, attr)?;
    Ok(vec![lists::Piece::Call(quote!(.#method(#value)))])
}

/// The value of a constructor argument taken from a slot.
fn slot_value(tag: &'static Tag, element: &Element, name: &str) -> Result<TokenStream> {
    let index = tag
        .slots
        .iter()
        .position(|slot| slot.name == name)
        .ok_or_else(internal)?;
    let slot = tag.slots.get(index).ok_or_else(internal)?;
    let nodes = resolve::slot_children(tag, &element.children, index);
    match slot.kind {
        SlotKind::Text(policy) => text_slot_value(policy, &nodes),
        SlotKind::Items { .. } => match nodes.first() {
            Some(node) => lists::item_value(slot, node),
            None => Err(internal()),
        },
        SlotKind::Inline => Err(internal()),
    }
}

/// A text slot's value: the `<plain>`/`<mrkdwn>` element, or the bare text as the policy wants.
fn text_slot_value(policy: TextPolicy, nodes: &[&Node]) -> Result<TokenStream> {
    if let [Node::Element(element)] = nodes {
        let name = element.builtin().ok_or_else(internal)?;
        let tag = tags::find(&name, Family::Object).ok_or_else(internal)?;
        return element_expr(tag, element);
    }
    if let Some(literal) = text::all_literal(nodes) {
        return Ok(match policy {
            TextPolicy::Either | TextPolicy::Option | TextPolicy::Plain => {
                text::static_plain(&literal)
            }
            TextPolicy::Str => text::static_str(&literal),
            TextPolicy::Mrkdwn => quote!(#literal),
        });
    }
    let value = text::value(nodes, policy == TextPolicy::Mrkdwn)?;
    Ok(match policy {
        TextPolicy::Either | TextPolicy::Option => quote!(::blockkit::PlainText::new(#value)),
        TextPolicy::Plain | TextPolicy::Str | TextPolicy::Mrkdwn => value,
    })
}

/// The value of an attribute, as its setter or constructor takes it.
fn attr_value(spec: &tags::Attr, attr: &Attr) -> Result<TokenStream> {
    match &attr.value {
        AttrValue::Bare => Ok(quote_spanned!(attr.name.span()=> true)),
        AttrValue::Expr(interp) => {
            let expr = &interp.expr;
            Ok(quote!(#expr))
        }
        AttrValue::Element(inner) => {
            let family = match spec.kind {
                Kind::Tags(family, _) => family,
                _ => Family::Object,
            };
            let tag = resolve::child_tag(inner, family).ok_or_else(internal)?;
            element_expr(tag, inner)
        }
        AttrValue::Lit { neg, lit } => lit_value(spec.kind, neg.as_ref(), lit),
    }
}

fn lit_value(kind: Kind, neg: Option<&syn::Token![-]>, lit: &Lit) -> Result<TokenStream> {
    Ok(match (kind, lit) {
        (Kind::Text | Kind::Plain, Lit::Str(text)) => text::static_plain(text),
        (Kind::Str | Kind::Date | Kind::Time | Kind::NumStr, Lit::Str(text)) => {
            text::static_str(text)
        }
        (Kind::Enum(values), Lit::Str(text)) => variant(values, &text.value(), text.span())?,
        (Kind::Wrap(func), Lit::Str(_)) => {
            let func = path(func, lit.span())?;
            quote!(#func(#lit))
        }
        (Kind::Number, Lit::Float(_)) => quote!(::blockkit::__private::number(#neg #lit)),
        (Kind::NumStr, Lit::Int(_) | Lit::Float(_)) => {
            let text = match lit {
                Lit::Int(int) => int.base10_digits().to_owned(),
                Lit::Float(float) => float.base10_digits().to_owned(),
                _ => return Err(internal()),
            };
            let sign = if neg.is_some() { "-" } else { "" };
            let text = syn::LitStr::new(&format!("{sign}{text}"), lit.span());
            text::static_str(&text)
        }
        _ => quote!(#neg #lit),
    })
}

/// `::blockkit::Enum::Variant` for a checked literal.
fn variant(list: &tags::Enum, value: &str, span: Span) -> Result<TokenStream> {
    if !list.contains(value) {
        return Err(internal());
    }
    let ty = path(list.name, span)?;
    let variant = ident(&list.variant_name(value), span)?;
    Ok(quote!(#ty::#variant))
}

/// A component: `::blockkit::Component::render(Path { field: value, .. })`.
pub(crate) fn component_expr(element: &Element) -> Result<TokenStream> {
    let crate::ast::TagName::Component(name) = &element.name else {
        return Err(internal());
    };
    let mut fields = Vec::new();
    for attr in &element.attrs {
        let field = &attr.name;
        let value = match &attr.value {
            AttrValue::Bare => quote_spanned!(field.span()=> true),
            AttrValue::Lit { neg, lit } => quote!(#neg #lit),
            AttrValue::Expr(interp) => {
                let expr = &interp.expr;
                quote!(#expr)
            }
            AttrValue::Element(inner) => {
                let name = inner.builtin().ok_or_else(internal)?;
                let tag = tags::find_any(&name).ok_or_else(internal)?;
                element_expr(tag, inner)?
            }
        };
        fields.push(quote!(#field: #value));
    }
    Ok(quote_spanned! {name.span()=>
        ::blockkit::Component::render(#name { #(#fields),* })
    })
}

/// `::blockkit::A::b` from `"A::b"`.
pub(crate) fn path(text: &str, span: Span) -> Result<TokenStream> {
    let parts = text
        .split("::")
        .map(|part| ident(part, span))
        .collect::<Result<Vec<_>>>()?;
    Ok(quote!(::blockkit #(::#parts)*))
}

/// An identifier from the table, raw when it is a keyword; an error instead of a panic when the
/// table holds something that is not an identifier.
pub(crate) fn ident(name: &str, span: Span) -> Result<Ident> {
    let mut chars = name.chars();
    let valid = chars
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !valid {
        return Err(internal());
    }
    Ok(
        if matches!(name, "unsafe" | "type" | "ref" | "match" | "in" | "as") {
            Ident::new_raw(name, span)
        } else {
            Ident::new(name, span)
        },
    )
}

/// An inconsistency between the checks and the table: a bug, reported instead of a panic.
pub(crate) fn internal() -> Error {
    Error::new(
        Span::call_site(),
        "internal error in `blocks!`: please report it with the input that caused it",
    )
}

/// The span of an expression, for `quote_spanned!`.
pub(crate) fn expr_span(expr: &syn::Expr) -> Span {
    expr.span()
}
