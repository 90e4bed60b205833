//! What `blocks!` expands to when the input has errors: the `compile_error!`s, and a value of the
//! right type so that the code around the macro does not fail a second time.
//!
//! The interpolated expressions are still mentioned, inside an `if false`, so that variables
//! used only in the macro do not turn into "unused variable" warnings; they are borrowed, never
//! moved or evaluated.

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;
use syn::Error;

use crate::ast::{AttrValue, Element, Markup, Node};

/// The fallback expansion for `errors`; `markup` is the parsed input, when it parsed.
pub(crate) fn fallback(
    input: &TokenStream,
    markup: Option<&Markup>,
    errors: &Error,
) -> TokenStream {
    let errors = errors.to_compile_error();
    let ty = root_type(input);
    let touch = markup.map(|markup| {
        let uses: Vec<TokenStream> = markup.nodes.iter().map(touch_node).collect();
        quote!(if false { #(#uses)* })
    });
    quote!({
        #errors
        #touch
        ::blockkit::__private::fallback::<#ty>()
    })
}

/// The type the input would have had: a surface when it starts with one, else a block list.
fn root_type(input: &TokenStream) -> TokenStream {
    let mut tokens = input.clone().into_iter();
    let opens = matches!(tokens.next(), Some(TokenTree::Punct(punct)) if punct.as_char() == '<');
    let name = match tokens.next() {
        Some(TokenTree::Ident(ident)) if opens => ident.to_string(),
        _ => String::new(),
    };
    match name.as_str() {
        "message" => quote!(::blockkit::Message),
        "modal" => quote!(::blockkit::Modal),
        "home" => quote!(::blockkit::HomeTab),
        _ => quote!(::blockkit::__private::Vec<::blockkit::Block>),
    }
}

fn touch_node(node: &Node) -> TokenStream {
    match node {
        Node::Text(_) => quote!(),
        Node::Interp(interp) => {
            let expr = &interp.expr;
            quote!(let _ = &(#expr);)
        }
        Node::Element(element) => touch_element(element),
        Node::If(_) | Node::For(_) | Node::Match(_) => {
            crate::expand::flow(node, &mut |body| Ok(body.iter().map(touch_node).collect()))
                .unwrap_or_default()
        }
    }
}

fn touch_element(element: &Element) -> TokenStream {
    let attrs = element.attrs.iter().map(|attr| match &attr.value {
        AttrValue::Expr(interp) => {
            let expr = &interp.expr;
            quote!(let _ = &(#expr);)
        }
        AttrValue::Element(inner) => touch_element(inner),
        AttrValue::Bare | AttrValue::Lit { .. } => quote!(),
    });
    let children = element.children.iter().map(touch_node);
    quote!(#(#attrs)* #(#children)*)
}
