//! The grammar of `blocks!`: syntax types that implement [`Parse`] and keep every token's span.
//!
//! ```text
//! markup   := node*
//! node     := element | lit-str | "{" expr "}" | if | for | match
//! element  := "<" name attr* ("/>" | ">" node* "</" name ">")
//! name     := ident | path                      (a path or a capitalised ident is a component)
//! attr     := ident ("=" value)?                (a bare attribute means `true`)
//! value    := literal | "-" literal | "{" expr "}" | element
//! if       := "if" expr body ("else" (if | body))?
//! for      := "for" pat "in" expr body
//! match    := "match" expr "{" (pat ("if" expr)? "=>" body ","?)* "}"
//! body     := "{" node* "}"
//! ```

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::{Error, Expr, Ident, Lit, LitStr, Pat, Path, Result, Token, braced, token};

/// The whole input of `blocks!`.
pub(crate) struct Markup {
    pub(crate) nodes: Vec<Node>,
}

/// One node of markup.
pub(crate) enum Node {
    Element(Element),
    Text(LitStr),
    Interp(Interp),
    If(If),
    For(For),
    Match(Match),
}

/// `{expr}`.
pub(crate) struct Interp {
    pub(crate) expr: Expr,
}

/// `<name attr...>children</name>` or `<name attr.../>`.
pub(crate) struct Element {
    pub(crate) name: TagName,
    pub(crate) attrs: Vec<Attr>,
    pub(crate) children: Vec<Node>,
}

/// A built-in tag (`section`) or a component (`DeployCard`, `cards::Deploy`).
pub(crate) enum TagName {
    Builtin(Ident),
    Component(Path),
}

/// `name`, `name="lit"`, `name={expr}` or `name=<element/>`.
pub(crate) struct Attr {
    pub(crate) name: Ident,
    pub(crate) value: AttrValue,
}

/// The value of an attribute.
pub(crate) enum AttrValue {
    /// No value: `true`.
    Bare,
    /// A literal, negative when `neg` is set.
    Lit { neg: Option<Token![-]>, lit: Lit },
    /// `{expr}`.
    Expr(Interp),
    /// `<element .../>`.
    Element(Box<Element>),
}

/// `if cond { ... } else ...`.
pub(crate) struct If {
    pub(crate) cond: Expr,
    pub(crate) then: Vec<Node>,
    pub(crate) otherwise: Option<Else>,
}

/// What follows `else`.
pub(crate) enum Else {
    If(Box<If>),
    Body(Vec<Node>),
}

/// `for pat in expr { ... }`.
pub(crate) struct For {
    pub(crate) pat: Pat,
    pub(crate) expr: Expr,
    pub(crate) body: Vec<Node>,
}

/// `match expr { pat => { ... } }`.
pub(crate) struct Match {
    pub(crate) expr: Expr,
    pub(crate) arms: Vec<Arm>,
}

/// One arm of a `match`.
pub(crate) struct Arm {
    pub(crate) pat: Pat,
    pub(crate) guard: Option<Expr>,
    pub(crate) body: Vec<Node>,
}

impl TagName {
    /// The name as written (`section`, `cards::Deploy`).
    pub(crate) fn text(&self) -> String {
        match self {
            Self::Builtin(ident) => ident.unraw().to_string(),
            Self::Component(path) => path
                .segments
                .iter()
                .map(|segment| segment.ident.to_string())
                .collect::<Vec<_>>()
                .join("::"),
        }
    }

    pub(crate) fn span(&self) -> Span {
        match self {
            Self::Builtin(ident) => ident.span(),
            Self::Component(path) => path.span(),
        }
    }
}

impl Element {
    /// The built-in tag name, or `None` for a component.
    pub(crate) fn builtin(&self) -> Option<String> {
        match &self.name {
            TagName::Builtin(ident) => Some(ident.unraw().to_string()),
            TagName::Component(_) => None,
        }
    }

    pub(crate) fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|attr| attr.name.unraw() == name)
    }
}

impl Attr {
    pub(crate) fn key(&self) -> String {
        self.name.unraw().to_string()
    }
}

impl Parse for Markup {
    fn parse(input: ParseStream) -> Result<Self> {
        let nodes = parse_nodes(input)?;
        if !input.is_empty() {
            return Err(stray_closing_tag(input));
        }
        Ok(Self { nodes })
    }
}

/// Nodes up to the end of the stream or the next closing tag.
fn parse_nodes(input: ParseStream) -> Result<Vec<Node>> {
    let mut nodes = Vec::new();
    while !(input.is_empty() || input.peek(Token![<]) && input.peek2(Token![/])) {
        nodes.push(input.parse()?);
    }
    Ok(nodes)
}

fn stray_closing_tag(input: ParseStream) -> Error {
    input.error("unexpected closing tag: no element is open here")
}

/// `{ node* }`.
fn parse_body(input: ParseStream) -> Result<Vec<Node>> {
    let content;
    braced!(content in input);
    let nodes = parse_nodes(&content)?;
    if !content.is_empty() {
        return Err(stray_closing_tag(&content));
    }
    Ok(nodes)
}

impl Parse for Node {
    fn parse(input: ParseStream) -> Result<Self> {
        let lookahead = input.lookahead1();
        if lookahead.peek(Token![<]) {
            input.parse().map(Node::Element)
        } else if lookahead.peek(LitStr) {
            input.parse().map(Node::Text)
        } else if lookahead.peek(token::Brace) {
            input.parse().map(Node::Interp)
        } else if lookahead.peek(Token![if]) {
            input.parse().map(Node::If)
        } else if lookahead.peek(Token![for]) {
            input.parse().map(Node::For)
        } else if lookahead.peek(Token![match]) {
            input.parse().map(Node::Match)
        } else {
            Err(lookahead.error())
        }
    }
}

impl Parse for Interp {
    fn parse(input: ParseStream) -> Result<Self> {
        let content;
        let brace = braced!(content in input);
        if content.is_empty() {
            return Err(Error::new(
                brace.span.join(),
                "expected an expression inside `{}`",
            ));
        }
        let expr = content.parse()?;
        if !content.is_empty() {
            return Err(content.error("expected one expression inside `{}`"));
        }
        Ok(Self { expr })
    }
}

impl Parse for TagName {
    fn parse(input: ParseStream) -> Result<Self> {
        if input.peek(Token![::]) || (input.peek(Ident::peek_any) && input.peek2(Token![::])) {
            return Path::parse_mod_style(input).map(Self::Component);
        }
        let ident = Ident::parse_any(input)?;
        let capitalised = ident
            .to_string()
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        Ok(if capitalised {
            Self::Component(Path::from(ident))
        } else {
            Self::Builtin(ident)
        })
    }
}

impl Parse for Element {
    fn parse(input: ParseStream) -> Result<Self> {
        input.parse::<Token![<]>()?;
        let name: TagName = input.parse()?;
        let mut attrs = Vec::new();
        loop {
            let lookahead = input.lookahead1();
            if lookahead.peek(Token![/]) {
                input.parse::<Token![/]>()?;
                input.parse::<Token![>]>()?;
                return Ok(Self {
                    name,
                    attrs,
                    children: Vec::new(),
                });
            } else if lookahead.peek(Token![>]) {
                input.parse::<Token![>]>()?;
                break;
            } else if lookahead.peek(Ident::peek_any) {
                attrs.push(input.parse()?);
            } else {
                return Err(lookahead.error());
            }
        }
        let children = parse_nodes(input)?;
        if input.is_empty() {
            let tag = name.text();
            return Err(Error::new(
                name.span(),
                format!(
                    "unclosed `<{tag}>`\nhelp: close it with `</{tag}>`, or write `<{tag} .../>`"
                ),
            ));
        }
        input.parse::<Token![<]>()?;
        input.parse::<Token![/]>()?;
        let close: TagName = input.parse()?;
        if close.text() != name.text() {
            return Err(Error::new(
                close.span(),
                format!(
                    "mismatched closing tag: expected `</{}>`, found `</{}>`",
                    name.text(),
                    close.text()
                ),
            ));
        }
        input.parse::<Token![>]>()?;
        Ok(Self {
            name,
            attrs,
            children,
        })
    }
}

impl Parse for Attr {
    fn parse(input: ParseStream) -> Result<Self> {
        let name = Ident::parse_any(input)?;
        if !input.peek(Token![=]) {
            return Ok(Self {
                name,
                value: AttrValue::Bare,
            });
        }
        input.parse::<Token![=]>()?;
        let lookahead = input.lookahead1();
        let value = if lookahead.peek(Lit) {
            AttrValue::Lit {
                neg: None,
                lit: input.parse()?,
            }
        } else if lookahead.peek(Token![-]) {
            AttrValue::Lit {
                neg: Some(input.parse()?),
                lit: input.parse()?,
            }
        } else if lookahead.peek(token::Brace) {
            AttrValue::Expr(input.parse()?)
        } else if lookahead.peek(Token![<]) {
            AttrValue::Element(Box::new(input.parse()?))
        } else {
            return Err(lookahead.error());
        };
        Ok(Self { name, value })
    }
}

impl Parse for If {
    fn parse(input: ParseStream) -> Result<Self> {
        input.parse::<Token![if]>()?;
        let cond = Expr::parse_without_eager_brace(input)?;
        let then = parse_body(input)?;
        let otherwise = if input.peek(Token![else]) {
            input.parse::<Token![else]>()?;
            let lookahead = input.lookahead1();
            if lookahead.peek(Token![if]) {
                Some(Else::If(Box::new(input.parse()?)))
            } else if lookahead.peek(token::Brace) {
                Some(Else::Body(parse_body(input)?))
            } else {
                return Err(lookahead.error());
            }
        } else {
            None
        };
        Ok(Self {
            cond,
            then,
            otherwise,
        })
    }
}

impl Parse for For {
    fn parse(input: ParseStream) -> Result<Self> {
        input.parse::<Token![for]>()?;
        let pat = Pat::parse_multi_with_leading_vert(input)?;
        input.parse::<Token![in]>()?;
        let expr = Expr::parse_without_eager_brace(input)?;
        let body = parse_body(input)?;
        Ok(Self { pat, expr, body })
    }
}

impl Parse for Match {
    fn parse(input: ParseStream) -> Result<Self> {
        input.parse::<Token![match]>()?;
        let expr = Expr::parse_without_eager_brace(input)?;
        let content;
        braced!(content in input);
        let mut arms = Vec::new();
        while !content.is_empty() {
            let pat = Pat::parse_multi_with_leading_vert(&content)?;
            let guard = if content.peek(Token![if]) {
                content.parse::<Token![if]>()?;
                Some(content.parse()?)
            } else {
                None
            };
            content.parse::<Token![=>]>()?;
            let body = parse_body(&content)?;
            if content.peek(Token![,]) {
                content.parse::<Token![,]>()?;
            }
            arms.push(Arm { pat, guard, body });
        }
        Ok(Self { expr, arms })
    }
}
