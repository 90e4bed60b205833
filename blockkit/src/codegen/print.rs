//! Printing `blocks!` markup: one element per line, attributes on the tag's line while it fits
//! in 100 columns, text and short elements kept on one line.

use proc_macro2::TokenStream;
use quote::quote;

/// The widest line markup is laid out for: 100 columns, less the indentation of the function
/// body the `blocks!` invocation stands in (the markup is printed from column 0 and indented
/// after).
const WIDTH: usize = 96;

/// An element: `<tag attr=value ...>children</tag>`.
pub(super) struct Elem {
    pub(super) tag: &'static str,
    pub(super) attrs: Vec<(String, Attr)>,
    pub(super) children: Vec<Child>,
}

/// An attribute's value.
pub(super) enum Attr {
    /// `name` alone: `true`.
    Bare,
    /// `name="literal"`, `name=3`.
    Lit(String),
    /// `name=<tag ...>`.
    Elem(Elem),
    /// `name={code}`.
    Expr(String),
}

/// A child.
pub(super) enum Child {
    Elem(Elem),
    /// A string literal.
    Lit(String),
    /// `{code}`.
    Expr(String),
}

/// `tokens` formatted as an expression (prettyplease), its comments turned into `//` lines.
pub(super) fn expr_source(tokens: &TokenStream) -> Option<String> {
    let file: syn::File = syn::parse2(quote!(fn f() { #tokens })).ok()?;
    let text = super::output::comments(&prettyplease::unparse(&file));
    let lines: Vec<&str> = text.lines().collect();
    let literal = super::scan::in_literal(&text);
    let body = lines.get(1..lines.len().saturating_sub(1))?;
    let body: Vec<&str> = body
        .iter()
        .enumerate()
        .map(|(index, line)| {
            if literal.get(index + 1).copied().unwrap_or(false) {
                line
            } else {
                line.strip_prefix("    ").unwrap_or(line)
            }
        })
        .collect();
    Some(body.join("\n"))
}

/// `text` with every line after the first indented by `indent` more spaces.
fn indent_rest(text: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let literal = super::scan::in_literal(text);
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.lines().enumerate() {
        if index > 0 {
            out.push('\n');
            if !line.is_empty() && !literal.get(index).copied().unwrap_or(false) {
                out.push_str(&pad);
            }
        }
        out.push_str(line);
    }
    out
}

/// `{code}`, at `indent`: on one line, as `{{ block }}`, or with the code on lines of its own.
fn expr(code: &str, indent: usize) -> String {
    if !code.contains('\n') || (code.starts_with('{') && code.ends_with('}')) {
        return format!("{{{}}}", indent_rest(code, indent));
    }
    let inner = " ".repeat(indent + 4);
    let body = indent_rest(code, indent + 4);
    format!("{{\n{inner}{body}\n{}}}", " ".repeat(indent))
}

impl Elem {
    /// The element at column `indent`: lines after the first carry their own indentation.
    pub(super) fn print(&self, indent: usize) -> String {
        self.print_after(indent, 0)
    }

    /// The element at column `indent`, after `before` characters on its first line.
    fn print_after(&self, indent: usize, before: usize) -> String {
        if let Some(flat) = self.flat()
            && indent + before + flat.chars().count() <= WIDTH
        {
            return flat;
        }
        let pad = " ".repeat(indent);
        let inner = " ".repeat(indent + 4);
        let attrs_flat: Option<Vec<String>> = self
            .attrs
            .iter()
            .map(|(name, value)| attr_flat(name, value))
            .collect();
        let mut out = format!("<{}", self.tag);
        let close_open = if self.children.is_empty() { "/>" } else { ">" };
        match attrs_flat {
            Some(attrs)
                if indent
                    + before
                    + out.len()
                    + attrs.iter().map(|a| a.len() + 1).sum::<usize>()
                    + 2
                    <= WIDTH =>
            {
                for attr in attrs {
                    out.push(' ');
                    out.push_str(&attr);
                }
                out.push_str(close_open);
            }
            _ => {
                for (name, value) in &self.attrs {
                    out.push('\n');
                    out.push_str(&inner);
                    out.push_str(&attr_print(name, value, indent + 4));
                }
                out.push('\n');
                out.push_str(&pad);
                out.push_str(close_open);
            }
        }
        if self.children.is_empty() {
            return out;
        }
        for child in &self.children {
            out.push('\n');
            out.push_str(&inner);
            out.push_str(&child.print(indent + 4));
        }
        out.push('\n');
        out.push_str(&pad);
        out.push_str("</");
        out.push_str(self.tag);
        out.push('>');
        out
    }

    /// The element on one line, when nothing in it spans lines.
    fn flat(&self) -> Option<String> {
        let mut out = format!("<{}", self.tag);
        for (name, value) in &self.attrs {
            out.push(' ');
            out.push_str(&attr_flat(name, value)?);
        }
        if self.children.is_empty() {
            out.push_str("/>");
            return Some(out);
        }
        out.push('>');
        for (index, child) in self.children.iter().enumerate() {
            if index > 0 {
                out.push(' ');
            }
            out.push_str(&child.flat()?);
        }
        out.push_str("</");
        out.push_str(self.tag);
        out.push('>');
        Some(out)
    }
}

impl Child {
    pub(super) fn print(&self, indent: usize) -> String {
        match self {
            Self::Elem(elem) => elem.print(indent),
            Self::Lit(text) => indent_rest(text, 0),
            Self::Expr(code) => expr(code, indent),
        }
    }

    fn flat(&self) -> Option<String> {
        match self {
            Self::Elem(elem) => elem.flat(),
            Self::Lit(text) if !text.contains('\n') => Some(text.clone()),
            Self::Expr(code) if !code.contains('\n') => Some(format!("{{{code}}}")),
            Self::Lit(_) | Self::Expr(_) => None,
        }
    }
}

fn attr_flat(name: &str, value: &Attr) -> Option<String> {
    Some(match value {
        Attr::Bare => name.to_owned(),
        Attr::Lit(text) if !text.contains('\n') => format!("{name}={text}"),
        Attr::Elem(elem) => format!("{name}={}", elem.flat()?),
        Attr::Expr(code) if !code.contains('\n') => format!("{name}={{{code}}}"),
        Attr::Lit(_) | Attr::Expr(_) => return None,
    })
}

fn attr_print(name: &str, value: &Attr, indent: usize) -> String {
    match value {
        Attr::Bare => name.to_owned(),
        Attr::Lit(text) => format!("{name}={text}"),
        Attr::Elem(elem) => format!("{name}={}", elem.print_after(indent, name.len() + 1)),
        Attr::Expr(code) => format!("{name}={}", expr(code, indent)),
    }
}
