//! Text slots: bare text (string literals, `{expr}`, control flow around them) or one
//! `<plain>`/`<mrkdwn>` element, as the field's policy allows; literal lengths.

use blockkit_limits::{Limit, Strength, Unit};
use proc_macro2::Span;

use super::{Checker, Ctx, messages};
use crate::ast::{Element, Node};
use crate::resolve::Leaf;
use crate::tags::{Family, Slot, Tag, TextPolicy};

/// Options whose text and description may be mrkdwn (spec §3.4).
const MRKDWN_OPTIONS: &[&str] = &["checkboxes", "radio_buttons"];

impl Checker {
    pub(super) fn text_slot(
        &mut self,
        tag: &'static Tag,
        span: Span,
        slot: &'static Slot,
        policy: TextPolicy,
        nodes: &[&Node],
        ctx: Ctx,
    ) {
        let mut elements: Vec<&Element> = Vec::new();
        let mut literal_chars = 0usize;
        let mut exact = true;
        let mut bare: Option<Span> = None;
        for node in nodes {
            if let Node::Element(element) = node {
                elements.push(element);
                continue;
            }
            self.walk(node, &mut |this, leaf| match leaf {
                Leaf::Text(text) => {
                    bare.get_or_insert(text.span());
                    literal_chars += text.value().chars().count();
                }
                Leaf::Interp(interp) => {
                    bare.get_or_insert(syn::spanned::Spanned::span(&interp.expr));
                    exact = false;
                }
                Leaf::Tag(element) => this.error(
                    element.name.span(),
                    format!(
                        "`<{}>` cannot be inside control flow here\nhelp: put the `if`, `for` or `match` inside `<{0}>`",
                        element.name.text()
                    ),
                ),
            });
            if crate::resolve::is_flow(node) {
                exact = false;
            }
        }
        if let Some(second) = elements.get(1) {
            self.error(
                second.name.span(),
                format!(
                    "`<{}>` takes one text object\nhelp: remove this one",
                    tag.name
                ),
            );
        }
        if let (Some(first), Some(bare)) = (elements.first(), bare) {
            self.error(
                bare,
                format!(
                    "text next to `<{}>`: write the text inside it\nhelp: `<{0}>` holds the whole text of `<{}>`",
                    first.name.text(),
                    tag.name
                ),
            );
        }
        let limit = slot.limit.or(ctx.text_limit);
        for element in &elements {
            self.text_element(tag, element, policy, ctx.parent, limit);
        }
        if elements.is_empty() {
            if bare.is_none() {
                if slot.required {
                    self.error(span, messages::needs_text(tag));
                }
                return;
            }
            let what = format!("`<{}>` text", tag.name);
            let span = bare.unwrap_or(span);
            self.length(
                span,
                &what,
                literal_chars,
                exact,
                tighter(slot.limit, ctx.text_limit),
            );
        }
    }

    /// A `<plain>` or `<mrkdwn>` in a text slot of `tag`.
    fn text_element(
        &mut self,
        tag: &'static Tag,
        element: &Element,
        policy: TextPolicy,
        grandparent: &'static Tag,
        limit: Option<&'static Limit>,
    ) {
        let name = element.builtin().unwrap_or_default();
        if name == "mrkdwn" && !mrkdwn_allowed(policy, tag, grandparent) {
            self.error(element.name.span(), messages::plain_only(tag.name, "text"));
            return;
        }
        if let Some(child) = crate::tags::find(&name, Family::Object) {
            let ctx = Ctx {
                parent: tag,
                text_limit: limit,
            };
            self.element(child, element, ctx);
        }
    }

    /// Checks a literal length against a `Chars` limit; `exact` is false when interpolations
    /// make `chars` a lower bound.
    pub(super) fn length(
        &mut self,
        span: Span,
        what: &str,
        chars: usize,
        exact: bool,
        limit: Option<&'static Limit>,
    ) {
        let Some(limit) = limit.filter(|l| l.strength == Strength::Must && l.unit == Unit::Chars)
        else {
            return;
        };
        let chars = chars as u64;
        if chars > limit.max {
            let at_least = if exact { "" } else { "at least " };
            self.error(
                span,
                format!(
                    "{what} is {at_least}{chars} characters, the limit is {}",
                    limit.max
                ),
            );
        } else if exact && chars < limit.min {
            if chars == 0 {
                self.error(span, format!("{what} is empty"));
            } else {
                self.error(
                    span,
                    format!("{what} is {chars} characters, the minimum is {}", limit.min),
                );
            }
        }
    }
}

/// Of two length limits that Slack enforces (`Must`), the one with the smaller maximum.
pub(super) fn tighter(
    a: Option<&'static Limit>,
    b: Option<&'static Limit>,
) -> Option<&'static Limit> {
    let enforced = |limit: &&Limit| limit.strength == Strength::Must && limit.unit == Unit::Chars;
    match (a.filter(enforced), b.filter(enforced)) {
        (Some(a), Some(b)) => Some(if b.max < a.max { b } else { a }),
        (a, None) => a,
        (None, b) => b,
    }
}

/// Whether mrkdwn may fill a text slot with `policy` of `tag`, itself inside `parent`.
pub(super) fn mrkdwn_allowed(policy: TextPolicy, tag: &Tag, parent: &Tag) -> bool {
    match policy {
        TextPolicy::Either => true,
        TextPolicy::Option => tag.name == "option" && MRKDWN_OPTIONS.contains(&parent.name),
        TextPolicy::Plain | TextPolicy::Str | TextPolicy::Mrkdwn => false,
    }
}
