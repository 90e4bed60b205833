//! Text values: a string literal when every part is literal, otherwise a `Str` built in place
//! (`__private::TextBuf`: inline while it fits in 24 bytes). In mrkdwn, interpolations are
//! escaped (`&`, `<`, `>`) unless wrapped in `blockkit::raw_mrkdwn`; literals are markup and kept
//! as written. plain_text is never escaped.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::{Ident, LitStr, Result};

use super::lists::flow;
use super::{expr_span, internal};
use crate::ast::Node;

/// The text of `nodes` (string literals, `{expr}`, control flow around them).
pub(crate) fn value(nodes: &[&Node], mrkdwn: bool) -> Result<TokenStream> {
    if let Some(literal) = all_literal(nodes) {
        return Ok(quote!(#literal));
    }
    let s = Ident::new("text", Span::mixed_site());
    let capacity: usize = nodes
        .iter()
        .map(|node| match node {
            Node::Text(text) => text.value().len(),
            _ => 8,
        })
        .sum();
    let mut stmts = Vec::new();
    for node in nodes {
        stmts.push(stmt(&s, node, mrkdwn)?);
    }
    Ok(quote!({
        let mut #s = ::blockkit::__private::TextBuf::with_capacity(#capacity);
        #(#stmts)*
        #s.finish()
    }))
}

/// `const { ::blockkit::Str::from_static("...") }`: a literal the model borrows (or holds inline
/// when short), made when the code compiles.
pub(crate) fn static_str(literal: &LitStr) -> TokenStream {
    quote_spanned!(literal.span()=> const { ::blockkit::Str::from_static(#literal) })
}

/// `::blockkit::PlainText::new(::blockkit::Str::from_static("..."))`.
pub(crate) fn static_plain(literal: &LitStr) -> TokenStream {
    let text = static_str(literal);
    quote_spanned!(literal.span()=> ::blockkit::PlainText::new(#text))
}

/// All literals, concatenated into one, keeping the first one's span.
pub(crate) fn all_literal(nodes: &[&Node]) -> Option<LitStr> {
    let mut text = String::new();
    let mut span = None;
    for node in nodes {
        let Node::Text(literal) = node else {
            return None;
        };
        span.get_or_insert(literal.span());
        text.push_str(&literal.value());
    }
    Some(LitStr::new(&text, span.unwrap_or_else(Span::call_site)))
}

fn stmt(s: &Ident, node: &Node, mrkdwn: bool) -> Result<TokenStream> {
    match node {
        Node::Text(text) => Ok(quote!(#s.push_str(#text);)),
        Node::Interp(interp) => {
            let expr = &interp.expr;
            Ok(if mrkdwn {
                quote_spanned!(expr_span(expr)=>
                    ::blockkit::__private::MrkdwnPart::push_mrkdwn(&(#expr), &mut #s);)
            } else {
                quote_spanned!(expr_span(expr)=>
                    ::blockkit::__private::TextPart::push_text(&(#expr), &mut #s);)
            })
        }
        Node::If(_) | Node::For(_) | Node::Match(_) => flow(node, &mut |body| {
            let stmts = body
                .iter()
                .map(|child| stmt(s, child, mrkdwn))
                .collect::<Result<Vec<_>>>()?;
            Ok(quote!(#(#stmts)*))
        }),
        Node::Element(_) => Err(internal()),
    }
}
