//! The generated file: `use` lines, the function (or `fn main`), formatted with prettyplease;
//! then comments and JSON written in place of their placeholders.

use std::collections::BTreeSet;

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{format_ident, quote};
use serde_json::Value;

use super::builder::{Builder, type_of};
use super::notes::{Notes, item};
use super::table::{self, Kind, Union};
use super::{CodegenError, Options, Shape, Style, literal, markup, scan};

/// One rendering of the input.
pub(super) struct Rendered {
    pub(super) code: String,
    /// The pointer of every value rendered.
    pub(super) pointers: BTreeSet<String>,
    pub(super) fallible: bool,
}

/// The root value's code.
pub(super) struct Root {
    /// The expression; in the macro style it stands for the markup (`MARKUP`).
    pub(super) expr: TokenStream,
    /// The type it has.
    pub(super) ty: TokenStream,
    /// Whether it uses `?` (request bodies validate their payload).
    pub(super) fallible: bool,
    /// The `blocks! { ... }` invocation, in the macro style.
    pub(super) markup: Option<String>,
    /// Statements before the expression (a request body's payload).
    pub(super) prelude: Vec<TokenStream>,
}

/// The placeholder of the line that prints the JSON in `main`.
const PRINT: &str = "__blockkit_print__";

/// The placeholder of the `blocks!` invocation.
pub(super) const MARKUP: &str = "__blockkit_markup__";

/// Renders the whole file.
pub(super) fn render(
    value: &Value,
    shape: Shape,
    options: &Options,
    notes: &Notes,
) -> Result<Rendered, CodegenError> {
    let mut builder = Builder::new(notes, options.style);
    let root = if super::bodies::is_body(shape) {
        super::bodies::root(&mut builder, shape, value)?
    } else {
        match options.style {
            Style::Macro => markup::root(&mut builder, shape, value, ""),
            Style::Builder => None,
        }
        .map_or_else(|| builder_root(&mut builder, shape, value), Ok)?
    };
    builder.rendered.insert(String::new());
    let root_notes: Vec<String> = notes.at("").iter().map(|note| format!(" {note}")).collect();
    let name = format_ident!("{}", shape.function());
    let ty = &root.ty;
    let expr = &root.expr;
    let body = unblock(expr);
    let prelude = &root.prelude;
    let binding = bind(&name, expr);
    let print = format_ident!("{PRINT}");
    let item = if options.main {
        quote! {
            fn main() -> Result<(), Box<dyn std::error::Error>> {
                #(#prelude)*
                #(#[doc = #root_notes])*
                #binding
                #print(#name);
                Ok(())
            }
        }
    } else if root.fallible {
        quote! {
            #(#[doc = #root_notes])*
            pub fn #name() -> Result<#ty, blockkit::Invalid> {
                #(#prelude)*
                Ok(#expr)
            }
        }
    } else {
        quote! {
            #(#[doc = #root_notes])*
            pub fn #name() -> #ty {
                #body
            }
        }
    };
    let mut names = BTreeSet::new();
    idents(&item, &mut names);
    if let Some(markup) = &root.markup
        && let Ok(tokens) = markup.parse::<TokenStream>()
    {
        idents(&tokens, &mut names);
    }
    let known = table::known_names();
    let mut imports: Vec<Ident> = names
        .iter()
        .filter(|name| known.contains(name.as_str()))
        .map(|name| Ident::new(name, Span::call_site()))
        .collect();
    if root.markup.is_some() {
        imports.push(format_ident!("blocks"));
        imports.sort_by_key(ToString::to_string);
    }
    let blockkit_use = match imports.as_slice() {
        [] => quote!(),
        [one] => quote!(use blockkit::#one;),
        many => quote!(use blockkit::{#(#many),*};),
    };
    let json_use = if names.contains("json") {
        quote!(
            use serde_json::json;
        )
    } else {
        quote!()
    };
    let file = quote! {
        #blockkit_use
        #json_use

        #item
    };
    let file: syn::File =
        syn::parse2(file).map_err(|error| CodegenError::Internal(error.to_string()))?;
    let mut code = comments(&prettyplease::unparse(&file));
    if let Some(end) = last_use_end(&code) {
        code.insert(end, '\n');
    }
    if let Some(markup) = &root.markup {
        code = place_markup(&code, markup);
    }
    code = place_json(&code, &builder.json);
    let print_call = format!("{PRINT}({name});");
    let print_line = format!("println!(\"{{}}\", serde_json::to_string_pretty(&{name})?);");
    code = code.replace(&print_call, &print_line);
    Ok(Rendered {
        code,
        pointers: builder.rendered,
        fallible: root.fallible,
    })
}

/// The root in the builder style.
fn builder_root(
    builder: &mut Builder<'_>,
    shape: Shape,
    value: &Value,
) -> Result<Root, CodegenError> {
    let union = |union: Union| (Kind::Union(union, None), union);
    let (kind, union) = match shape {
        Shape::View => union(Union::View),
        Shape::Block => union(Union::Block),
        Shape::Element => union(Union::Element),
        Shape::RichTextElement => union(Union::RichText),
        Shape::InlineElement => union(Union::Inline),
        Shape::Text => (Kind::Text, Union::Block),
        Shape::Blocks => {
            let blocks: Vec<TokenStream> = value
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
                .map(|(index, block)| builder.block(block, &item("", index)))
                .collect();
            return Ok(Root {
                expr: quote!(__blockkit_vec__([#(#blocks),*])),
                ty: quote!(Vec<Block>),
                fallible: false,
                markup: None,
                prelude: Vec::new(),
            });
        }
        _ => {
            let name = super::bodies::type_name(shape);
            let ty = table::by_name(name).ok_or_else(|| CodegenError::Internal(name.to_owned()))?;
            let expr = builder.object(ty, value, "");
            let ident = format_ident!("{name}");
            return Ok(Root {
                expr,
                ty: quote!(#ident),
                fallible: false,
                markup: None,
                prelude: Vec::new(),
            });
        }
    };
    if shape == Shape::Text {
        let expr = builder.text_model(value);
        return Ok(Root {
            expr,
            ty: quote!(Text),
            fallible: false,
            markup: None,
            prelude: Vec::new(),
        });
    }
    let tag = type_of(value).unwrap_or_default();
    let (expr, ty) = match table::member(union, tag) {
        Some(ty) => (builder.object(ty, value, ""), format_ident!("{}", ty.name)),
        None => (
            builder.value(kind, value, ""),
            format_ident!("{}", union.name()),
        ),
    };
    Ok(Root {
        expr,
        ty: quote!(#ty),
        fallible: false,
        markup: None,
        prelude: Vec::new(),
    })
}

/// The statements of a block expression (`{ let mut x = ..; x }`), to be a function's body;
/// any other expression as it is.
fn unblock(expr: &TokenStream) -> TokenStream {
    let mut tokens = expr.clone().into_iter();
    match (tokens.next(), tokens.next()) {
        (Some(TokenTree::Group(group)), None)
            if group.delimiter() == proc_macro2::Delimiter::Brace =>
        {
            group.stream()
        }
        _ => expr.clone(),
    }
}

/// `let name = expr;`, or the statements of a block that ends by returning its variable
/// `name` (`{ let mut name = ..; name.extra.insert(..); name }`) without the block.
fn bind(name: &Ident, expr: &TokenStream) -> TokenStream {
    let body: Vec<TokenTree> = unblock(expr).into_iter().collect();
    let spliced = expr.clone().into_iter().count() == 1
        && matches!(body.last(), Some(TokenTree::Ident(tail)) if tail == name)
        && matches!(body.get(2), Some(TokenTree::Ident(var)) if var == name);
    if spliced && body.len() > 1 {
        let statements: TokenStream = body[..body.len() - 1].iter().cloned().collect();
        statements
    } else {
        quote!(let #name = #expr;)
    }
}

/// Where the `use` lines end, for the blank line after them.
fn last_use_end(code: &str) -> Option<usize> {
    let mut end = None;
    let mut offset = 0;
    let mut in_use = false;
    for line in code.split_inclusive('\n') {
        if line.starts_with("use ") || in_use {
            in_use = !line.trim_end().ends_with(';');
            end = Some(offset + line.len());
        } else {
            break;
        }
        offset += line.len();
    }
    end
}

/// Every identifier in `tokens`.
fn idents(tokens: &TokenStream, out: &mut BTreeSet<String>) {
    for token in tokens.clone() {
        match token {
            TokenTree::Ident(ident) => {
                out.insert(ident.to_string());
            }
            TokenTree::Group(group) => idents(&group.stream(), out),
            TokenTree::Punct(_) | TokenTree::Literal(_) => {}
        }
    }
}

/// prettyplease's output made final: `/// note` (the notes, written as `#[doc]` attributes)
/// becomes `// note`, and `__blockkit_vec__([..])` (which prettyplease lays out as an array
/// even when its items carry comments) becomes `vec![..]`.
pub(super) fn comments(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let literal = scan::in_literal(code);
    for (index, line) in code.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed
            .strip_prefix("///")
            .filter(|_| !literal.get(index).copied().unwrap_or(false))
        {
            out.push_str(&line[..line.len() - trimmed.len()]);
            out.push_str("//");
            out.push_str(rest);
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    vec_macros(&out)
}

/// `__blockkit_vec__([a, b])` → `vec![a, b]`.
fn vec_macros(code: &str) -> String {
    const CALL: &str = "__blockkit_vec__(";
    let mut code = code.to_owned();
    while let Some(start) = code.find(CALL) {
        let open = start + CALL.len() - 1;
        let Some(close) = scan::closing(&code, open) else {
            break;
        };
        let inner = code[open + 1..close].to_owned();
        code.replace_range(start..=close, &format!("vec!{inner}"));
    }
    code
}

/// Writes the `blocks!` invocation in place of its placeholder, indented like its line.
fn place_markup(code: &str, markup: &str) -> String {
    let mut out = String::with_capacity(code.len() + markup.len());
    let literal = scan::in_literal(markup);
    for line in code.lines() {
        if let Some(at) = line.find(MARKUP) {
            let indent = line.len() - line.trim_start().len();
            out.push_str(&line[..at]);
            for (index, markup_line) in markup.lines().enumerate() {
                if index > 0 {
                    out.push('\n');
                    if !markup_line.is_empty() && !literal.get(index).copied().unwrap_or(false) {
                        out.push_str(&" ".repeat(indent));
                    }
                }
                out.push_str(markup_line);
            }
            out.push_str(&line[at + MARKUP.len()..]);
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// Writes each JSON value in place of its placeholder.
fn place_json(code: &str, values: &[(Value, bool)]) -> String {
    let mut code = code.to_owned();
    for (index, (value, pretty)) in values.iter().enumerate().rev() {
        let prefix = format!("__json_{index}_");
        while let Some(start) = find_ident(&code, &prefix) {
            let end = code[start..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(code.len(), |len| start + len);
            let line_start = code[..start].rfind('\n').map_or(0, |at| at + 1);
            let line = &code[line_start..];
            let indent = line.len() - line.trim_start().len();
            let json = literal::json_source(value, indent, *pretty);
            code.replace_range(start..end, &json);
        }
    }
    code
}

/// Where the identifier that starts with `prefix` is.
fn find_ident(code: &str, prefix: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = code[from..].find(prefix) {
        let at = from + found;
        let before = code[..at].chars().next_back();
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return Some(at);
        }
        from = at + prefix.len();
    }
    None
}
