//! Children: a builder chain when every child is static, a `let mut` builder reassigned by each
//! child when control flow is involved; vectors for block lists, `<fields>` and `<row>`.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::{Ident, Result};

use super::{component_expr, element_expr, expr_span, ident, internal, text};
use crate::ast::{Else, If, Node};
use crate::resolve;
use crate::tags::{InterpMode, Setter, Slot, SlotKind};

/// One step applied to a builder.
pub(crate) enum Piece {
    /// `.method(args)`: applied in a chain.
    Call(TokenStream),
    /// Statements that reassign the builder binding (control flow).
    Stmt(TokenStream),
}

fn builder() -> Ident {
    Ident::new("builder", Span::mixed_site())
}

/// `receiver.a().b()`, or a block that reassigns a binding when control flow is involved.
pub(crate) fn render(receiver: &TokenStream, pieces: Vec<Piece>) -> TokenStream {
    if pieces.iter().all(|piece| matches!(piece, Piece::Call(_))) {
        let calls = pieces.into_iter().map(|piece| match piece {
            Piece::Call(call) | Piece::Stmt(call) => call,
        });
        return quote!(#receiver #(#calls)*);
    }
    let b = builder();
    let stmts = pieces.into_iter().map(|piece| match piece {
        Piece::Call(call) => quote!(#b = #b #call;),
        Piece::Stmt(stmt) => stmt,
    });
    quote!({
        let mut #b = #receiver;
        #(#stmts)*
        #b
    })
}

/// The piece for one child of an item slot.
pub(crate) fn item_piece(slot: &'static Slot, node: &Node) -> Result<Piece> {
    if resolve::is_flow(node) {
        let b = builder();
        return flow(node, &mut |body| {
            let mut stmts = Vec::new();
            for child in body {
                stmts.push(match item_piece(slot, child)? {
                    Piece::Call(call) => quote!(#b = #b #call;),
                    Piece::Stmt(stmt) => stmt,
                });
            }
            Ok(quote!(#(#stmts)*))
        })
        .map(Piece::Stmt);
    }
    let (one, many) = match slot.setter {
        Setter::One(one) => (one, one),
        Setter::Vec { one, many } => (one, many),
        Setter::None | Setter::Style | Setter::PlainOrText { .. } => return Err(internal()),
    };
    let span = Span::call_site();
    if let Some(iter) = many_value(slot, node)? {
        let many = ident(many, span)?;
        return Ok(Piece::Call(quote!(.#many(#iter))));
    }
    // An interpolated item's call is spanned at the expression, so that a type error (an
    // element the container does not take) points there.
    let span = match node {
        Node::Interp(interp) => expr_span(&interp.expr),
        _ => span,
    };
    let one = ident(one, span)?;
    let value = item_value(slot, node)?;
    Ok(Piece::Call(quote_spanned!(span=> .#one(#value))))
}

/// For a block slot, `{expr}` and components give any number of blocks: the iterator.
fn many_value(slot: &Slot, node: &Node) -> Result<Option<TokenStream>> {
    let SlotKind::Items {
        interp: InterpMode::Blocks,
        ..
    } = slot.kind
    else {
        return Ok(None);
    };
    Ok(match node {
        Node::Interp(interp) => {
            let expr = &interp.expr;
            Some(quote_spanned!(expr_span(expr)=> ::blockkit::IntoBlocks::into_blocks(#expr)))
        }
        Node::Element(element) if element.builtin().is_none() => {
            let render = component_expr(element)?;
            Some(quote!(::blockkit::IntoBlocks::into_blocks(#render)))
        }
        _ => None,
    })
}

/// The value of one leaf child of an item slot.
pub(crate) fn item_value(slot: &Slot, node: &Node) -> Result<TokenStream> {
    match node {
        Node::Element(element) => {
            let family = crate::tags::Tag::child_family(slot);
            let tag = resolve::child_tag(element, family).ok_or_else(internal)?;
            element_expr(tag, element)
        }
        Node::Interp(interp) => {
            let expr = &interp.expr;
            Ok(quote!(#expr))
        }
        Node::Text(text) => Ok(quote!(#text)),
        Node::If(_) | Node::For(_) | Node::Match(_) => Err(internal()),
    }
}

/// Rich-text inline children: each run of text and `{expr}` is one `text` element.
pub(crate) fn inline_pieces(nodes: &[&Node]) -> Result<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut run: Vec<&Node> = Vec::new();
    let flush = |run: &mut Vec<&Node>, pieces: &mut Vec<Piece>| -> Result<()> {
        if !run.is_empty() {
            let value = text::value(run, false)?;
            pieces.push(Piece::Call(quote!(.text(#value))));
            run.clear();
        }
        Ok(())
    };
    for node in nodes {
        match node {
            Node::Text(_) | Node::Interp(_) => run.push(node),
            Node::Element(element) => {
                flush(&mut run, &mut pieces)?;
                let name = element.builtin().ok_or_else(internal)?;
                let tag =
                    crate::tags::find(&name, crate::tags::Family::Object).ok_or_else(internal)?;
                let value = element_expr(tag, element)?;
                pieces.push(Piece::Call(quote!(.element(#value))));
            }
            Node::If(_) | Node::For(_) | Node::Match(_) => {
                flush(&mut run, &mut pieces)?;
                let b = builder();
                let stmt = flow(node, &mut |body| {
                    let body: Vec<&Node> = body.iter().collect();
                    let stmts = inline_pieces(&body)?.into_iter().map(|piece| match piece {
                        Piece::Call(call) => quote!(#b = #b #call;),
                        Piece::Stmt(stmt) => stmt,
                    });
                    Ok(quote!(#(#stmts)*))
                })?;
                pieces.push(Piece::Stmt(stmt));
            }
        }
    }
    flush(&mut run, &mut pieces)?;
    Ok(pieces)
}

/// A `Vec<item>` (or an array when every child is static) of a slot's children: block lists,
/// `<fields>` and `<row>`.
///
/// With `array`, static children make an array, which needs no allocation.
pub(crate) fn vec_expr(
    item: &TokenStream,
    slot: &'static Slot,
    nodes: &[&Node],
    array: bool,
) -> Result<TokenStream> {
    let dynamic = nodes
        .iter()
        .any(|node| resolve::is_flow(node) || many_value(slot, node).ok().flatten().is_some());
    if !dynamic {
        let values = nodes
            .iter()
            .map(|node| {
                item_value(slot, node)
                    .map(|value| quote!(::blockkit::__private::into::<#item, _>(#value)))
            })
            .collect::<Result<Vec<_>>>()?;
        return Ok(if array {
            quote!([#(#values),*])
        } else if values.is_empty() {
            quote!(::blockkit::__private::Vec::<#item>::new())
        } else {
            quote!(::blockkit::__private::vec![#(#values),*])
        });
    }
    let v = Ident::new("items", Span::mixed_site());
    let statics = nodes.iter().filter(|node| !resolve::is_flow(node)).count();
    let mut stmts = Vec::new();
    for node in nodes {
        stmts.push(vec_stmt(&v, item, slot, node)?);
    }
    Ok(quote!({
        let mut #v = ::blockkit::__private::Vec::<#item>::with_capacity(#statics);
        #(#stmts)*
        #v
    }))
}

fn vec_stmt(
    v: &Ident,
    item: &TokenStream,
    slot: &'static Slot,
    node: &Node,
) -> Result<TokenStream> {
    if let Node::For(each) = node {
        // Reserve what the loop will push at least, from its iterator's size hint.
        let per_iteration = min_items(slot, &each.body);
        if per_iteration > 0 {
            let (pat, expr) = (&each.pat, &each.expr);
            let iter = Ident::new("iter", Span::mixed_site());
            let stmts = each
                .body
                .iter()
                .map(|child| vec_stmt(v, item, slot, child))
                .collect::<Result<Vec<_>>>()?;
            let into_iter = quote_spanned!(expr_span(expr)=>
                ::blockkit::__private::IntoIterator::into_iter(#expr));
            return Ok(quote!({
                let #iter = #into_iter;
                #v.reserve(::blockkit::__private::Iterator::size_hint(&#iter).0 * #per_iteration);
                for #pat in #iter { #(#stmts)* }
            }));
        }
    }
    if resolve::is_flow(node) {
        return flow(node, &mut |body| {
            let stmts = body
                .iter()
                .map(|child| vec_stmt(v, item, slot, child))
                .collect::<Result<Vec<_>>>()?;
            Ok(quote!(#(#stmts)*))
        });
    }
    if let Some(iter) = many_value(slot, node)? {
        return Ok(quote!(::blockkit::__private::Extend::extend(&mut #v, #iter);));
    }
    let value = item_value(slot, node)?;
    Ok(quote!(#v.push(::blockkit::__private::into::<#item, _>(#value));))
}

/// How many items `nodes` push at the least, whichever branches run.
fn min_items(slot: &Slot, nodes: &[Node]) -> usize {
    nodes
        .iter()
        .map(|node| match node {
            Node::If(branch) => min_if(slot, branch),
            Node::Match(each) => each
                .arms
                .iter()
                .map(|arm| min_items(slot, &arm.body))
                .min()
                .unwrap_or(0),
            Node::For(_) => 0,
            _ if many_value(slot, node).ok().flatten().is_some() => 0,
            _ => 1,
        })
        .sum()
}

fn min_if(slot: &Slot, branch: &If) -> usize {
    let otherwise = match &branch.otherwise {
        None => 0,
        Some(Else::Body(nodes)) => min_items(slot, nodes),
        Some(Else::If(next)) => min_if(slot, next),
    };
    min_items(slot, &branch.then).min(otherwise)
}

/// `if`/`for`/`match` around the statements `body` makes of each branch.
pub(crate) fn flow(
    node: &Node,
    body: &mut dyn FnMut(&[Node]) -> Result<TokenStream>,
) -> Result<TokenStream> {
    match node {
        Node::If(branch) => if_chain(branch, body),
        Node::For(each) => {
            let (pat, expr) = (&each.pat, &each.expr);
            let stmts = body(&each.body)?;
            Ok(quote!(for #pat in #expr { #stmts }))
        }
        Node::Match(each) => {
            let expr = &each.expr;
            let mut arms = Vec::new();
            for arm in &each.arms {
                let pat = &arm.pat;
                let guard = arm.guard.as_ref().map(|guard| quote!(if #guard));
                let stmts = body(&arm.body)?;
                arms.push(quote!(#pat #guard => { #stmts }));
            }
            Ok(quote!(match #expr { #(#arms)* }))
        }
        Node::Element(_) | Node::Text(_) | Node::Interp(_) => Err(internal()),
    }
}

fn if_chain(
    branch: &If,
    body: &mut dyn FnMut(&[Node]) -> Result<TokenStream>,
) -> Result<TokenStream> {
    let cond = &branch.cond;
    let then = body(&branch.then)?;
    let otherwise = match &branch.otherwise {
        None => quote!(),
        Some(Else::Body(nodes)) => {
            let stmts = body(nodes)?;
            quote!(else { #stmts })
        }
        Some(Else::If(next)) => {
            let next = if_chain(next, body)?;
            quote!(else #next)
        }
    };
    Ok(quote!(if #cond { #then } #otherwise))
}
