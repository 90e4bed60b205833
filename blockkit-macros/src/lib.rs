//! Internal to `blockkit`: the `blocks!` markup macro. Use the `blockkit` crate, which
//! re-exports it as `blockkit::blocks!` and documents the grammar.
//!
//! The input is parsed (`ast.rs`), checked against the Block Kit rules (`check/`, using the tag
//! table in `tags/` and the limits of `blockkit_limits`), then expanded to builder calls
//! (`expand/`); on errors, `fallback.rs` emits them with a value of the right type.

mod ast;
mod check;
mod expand;
mod fallback;
mod resolve;
mod suggest;
mod tags;

#[cfg(test)]
mod limits_agree;
#[cfg(test)]
mod tests;

use proc_macro2::TokenStream;

/// The macro is implemented in `blockkit-macros`, an internal crate that `blockkit` re-exports.
#[proc_macro]
pub fn blocks(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand(&input.into()).into()
}

/// `blocks!` on `proc_macro2` tokens: parse, check, expand — or the errors and a fallback.
fn expand(input: &TokenStream) -> TokenStream {
    let markup = match syn::parse2::<ast::Markup>(input.clone()) {
        Ok(markup) => markup,
        Err(error) => return fallback::fallback(input, None, &error),
    };
    match check::check(&markup).and_then(|()| expand::expand(&markup)) {
        Ok(tokens) => tokens,
        Err(error) => fallback::fallback(input, Some(&markup), &error),
    }
}
