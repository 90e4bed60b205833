//! Block Kit rules on the AST, no codegen. Every mistake is collected, each on its token.
//!
//! * `mod.rs`: the walk — elements, where children go, constructors, counts, surfaces;
//! * `values.rs`: attributes and their values (kinds, enums, dates, numbers, lengths);
//! * `text.rs`: text slots (bare text or one `<plain>`/`<mrkdwn>`, plain_text-only fields);
//! * `messages.rs`: the wording of the errors about misplaced children;
//! * `ids.rs`: duplicate literal `block_id`s and `action_id`s.

mod ids;
mod messages;
mod text;
mod values;

#[cfg(test)]
pub(crate) use values::{valid_date, valid_time};

use blockkit_limits::{Limit, Strength};
use proc_macro2::Span;
use syn::Error;

use crate::ast::{Element, Markup, Node, TagName};
use crate::resolve::{self, Leaf};
use crate::tags::{self, Family, InterpMode, Slot, SlotKind, Tag};

/// Checks the input; every error at once.
pub(crate) fn check(markup: &Markup) -> syn::Result<()> {
    let mut checker = Checker::default();
    checker.root(markup);
    checker.ids.finish(&mut checker.errors);
    let mut errors = checker.errors.into_iter();
    match errors.next() {
        None => Ok(()),
        Some(mut first) => {
            for error in errors {
                first.combine(error);
            }
            Err(first)
        }
    }
}

#[derive(Default)]
struct Checker {
    errors: Vec<Error>,
    surface: Option<&'static str>,
    ids: ids::Ids,
}

/// Where an element sits.
#[derive(Clone, Copy)]
struct Ctx {
    /// The tag whose child or attribute value this is.
    parent: &'static Tag,
    /// The length limit the enclosing field puts on this element's text.
    text_limit: Option<&'static Limit>,
}

impl Checker {
    fn error(&mut self, span: Span, message: impl Into<String>) {
        self.errors.push(Error::new(span, message.into()));
    }

    fn root(&mut self, markup: &Markup) {
        let surface = markup.nodes.first().and_then(|node| match node {
            Node::Element(element) => element
                .builtin()
                .and_then(|name| tags::find(&name, Family::Surface))
                .filter(|tag| tag.family == Family::Surface)
                .map(|tag| (tag, element)),
            _ => None,
        });
        let Some((tag, element)) = surface else {
            let root = &tags::ROOT;
            self.children(root, Span::call_site(), &markup.nodes, root_ctx());
            return;
        };
        for extra in markup.nodes.iter().skip(1) {
            let span = messages::node_span(extra);
            self.error(
                span,
                format!(
                    "`<{}>` must be the only root node\nhelp: put this inside `<{0}>`",
                    tag.name
                ),
            );
        }
        self.surface = Some(tag.name);
        self.element(tag, element, root_ctx());
    }

    /// Checks one built-in element.
    fn element(&mut self, tag: &'static Tag, element: &Element, ctx: Ctx) {
        let span = element.name.span();
        if let Some(why) = tag.unavailable {
            self.error(span, why);
            return;
        }
        if tag.family == Family::Block {
            if let Some(surface) = self.surface.filter(|s| tag.forbidden_on.contains(s)) {
                self.error(
                    span,
                    format!(
                        "`<{}>` blocks are not allowed in a `<{surface}>`\nhelp: Slack documents `{0}` blocks for messages only",
                        tag.name
                    ),
                );
            }
            self.ids.open_block();
        }
        self.attrs(tag, element, ctx);
        self.children(tag, span, &element.children, ctx);
        self.constructor(tag, element);
        self.one_of(tag, element);
        if tag.name == "modal" {
            self.modal_submit(element);
        }
        if tag.family == Family::Block {
            self.ids.close_block(&mut self.errors);
        }
    }

    /// A component: attributes become struct fields, children are not taken.
    fn component(&mut self, element: &Element) {
        if let Some(first) = element.children.first() {
            self.error(
                messages::node_span(first),
                format!(
                    "`<{}>` is a component: it takes attributes, not children",
                    element.name.text()
                ),
            );
        }
        for attr in &element.attrs {
            if let crate::ast::AttrValue::Element(inner) = &attr.value {
                self.nested(inner, tags::find_any, root_ctx());
            }
        }
    }

    /// Checks an element given as a child or attribute value, looked up with `find`.
    fn nested(&mut self, element: &Element, find: impl Fn(&str) -> Option<&'static Tag>, ctx: Ctx) {
        match &element.name {
            TagName::Component(_) => self.component(element),
            TagName::Builtin(_) => {
                let name = element.builtin().unwrap_or_default();
                match find(&name) {
                    Some(tag) => self.element(tag, element, ctx),
                    None => self.unknown_tag(element, ctx.parent),
                }
            }
        }
    }

    /// Sorts the children into slots and checks each slot.
    fn children(&mut self, tag: &'static Tag, span: Span, nodes: &[Node], ctx: Ctx) {
        let mut per_slot: Vec<Vec<&Node>> = tag.slots.iter().map(|_| Vec::new()).collect();
        for node in nodes {
            let mut all = Vec::new();
            resolve::leaves(node, &mut all);
            let Some(first) = all.first() else { continue };
            match resolve::leaf_slot(tag, *first) {
                Some(index) => {
                    if let Some(list) = per_slot.get_mut(index) {
                        list.push(node);
                    }
                }
                None => self.misfit(tag, *first),
            }
        }
        for (slot, nodes) in tag.slots.iter().zip(&per_slot) {
            match slot.kind {
                SlotKind::Text(policy) => self.text_slot(tag, span, slot, policy, nodes, ctx),
                SlotKind::Items { .. } | SlotKind::Inline => self.items(tag, span, slot, nodes),
            }
        }
    }

    /// Walks `node`, tracking control-flow arms, and calls `visit` on each leaf.
    fn walk<'a>(&mut self, node: &'a Node, visit: &mut dyn FnMut(&mut Self, Leaf<'a>)) {
        match node {
            Node::Element(element) => visit(self, Leaf::Tag(element)),
            Node::Text(text) => visit(self, Leaf::Text(text)),
            Node::Interp(interp) => visit(self, Leaf::Interp(interp)),
            Node::If(_) | Node::Match(_) => {
                let group = self.ids.group();
                for (arm, branch) in resolve::branches(node).into_iter().enumerate() {
                    self.ids.enter_arm(group, arm);
                    for child in branch {
                        self.walk(child, visit);
                    }
                    self.ids.leave_arm();
                }
            }
            Node::For(each) => {
                for child in &each.body {
                    self.walk(child, visit);
                }
            }
        }
    }

    /// An item slot (or rich-text inline content): each leaf must fit, counts within limits.
    fn items(&mut self, tag: &'static Tag, span: Span, slot: &'static Slot, nodes: &[&Node]) {
        let family = Tag::child_family(slot);
        let child_ctx = Ctx {
            parent: tag,
            text_limit: slot.chars,
        };
        for node in nodes {
            self.walk(node, &mut |this, leaf| {
                if !resolve::fits(slot, leaf) {
                    this.mixed(tag, slot, leaf);
                } else if let Leaf::Tag(element) = leaf {
                    this.nested(element, |name| tags::find(name, family), child_ctx);
                }
            });
        }
        let blocks = matches!(
            slot.kind,
            SlotKind::Items {
                interp: InterpMode::Blocks,
                ..
            }
        );
        let dynamic = |node: &&&Node| match node {
            Node::If(_) | Node::For(_) | Node::Match(_) => true,
            Node::Interp(_) => blocks,
            Node::Element(element) => element.builtin().is_none(),
            Node::Text(_) => false,
        };
        // A constructor argument is one value: no control flow around it.
        let argument =
            slot.setter == tags::Setter::None && !matches!(tag.family, Family::List { .. });
        if argument && let Some(flow) = nodes.iter().find(|node| resolve::is_flow(node)) {
            self.error(
                messages::node_span(flow),
                format!(
                    "`<{}>` takes its {} directly, not through `if`, `for` or `match`\nhelp: put the control flow around `<{0}>`",
                    tag.name,
                    messages::noun(slot).0
                ),
            );
        }
        let statics: Vec<&&Node> = nodes.iter().filter(|node| !dynamic(node)).collect();
        let any_dynamic = nodes.iter().any(|node| dynamic(&node));
        if slot.single
            && let Some(second) = nodes.get(1)
        {
            self.error(
                messages::node_span(second),
                format!(
                    "`<{}>` takes one {}\nhelp: remove this one",
                    tag.name,
                    messages::noun(slot).0
                ),
            );
        }
        let enforced = slot.limit.filter(|limit| limit.strength == Strength::Must);
        if let Some(limit) = enforced
            && let Some(excess) = usize::try_from(limit.max)
                .ok()
                .and_then(|max| statics.get(max))
        {
            self.error(
                messages::node_span(excess),
                format!(
                    "`<{}>` takes at most {} {}, this is one more",
                    tag.name,
                    limit.max,
                    messages::noun(slot).1
                ),
            );
        }
        // A limit's minimum applies to a list that is given; `required` says it must be.
        let min = slot
            .limit
            .filter(|limit| limit.strength == Strength::Must)
            .map_or(1, |limit| limit.min.max(1));
        if slot.required && !any_dynamic && (statics.len() as u64) < min {
            self.error(span, messages::too_few(tag, slot, min));
        }
    }

    /// Checks that a constructor can be chosen, and that no constructor-only attribute is left
    /// unused by it. Missing slots are reported by their slot.
    fn constructor(&mut self, tag: &'static Tag, element: &Element) {
        let Some(ctor) = resolve::choose_ctor(tag, element) else {
            if let Some(message) = messages::missing(tag, element) {
                self.error(element.name.span(), message);
            }
            return;
        };
        for attr in &element.attrs {
            let Some(spec) = tag.find_attr(&attr.key()) else {
                continue;
            };
            if spec.setter == tags::Setter::None && !resolve::ctor_takes_attr(Some(ctor), spec.name)
            {
                let used = ctor.args.iter().find_map(|arg| match arg {
                    tags::Arg::Attr(name) => Some(*name),
                    tags::Arg::Slot(_) => None,
                });
                self.error(
                    attr.name.span(),
                    format!(
                        "`{}` cannot be combined with `{}` on `<{}>`",
                        spec.name,
                        used.unwrap_or_default(),
                        tag.name
                    ),
                );
            }
        }
    }

    /// At least one of `tag.one_of` is given (unless control flow may give it).
    fn one_of(&mut self, tag: &'static Tag, element: &Element) {
        if tag.one_of.is_empty() || resolve::any_dynamic(&element.children) {
            return;
        }
        let given = tag.one_of.iter().any(|name| {
            element.attr(name).is_some()
                || tag
                    .slots
                    .iter()
                    .position(|slot| slot.name == *name)
                    .is_some_and(|index| {
                        !resolve::slot_children(tag, &element.children, index).is_empty()
                    })
        });
        if !given {
            self.error(element.name.span(), messages::one_of(tag));
        }
    }

    /// A modal with `input` blocks needs `submit` (spec §7.2).
    fn modal_submit(&mut self, element: &Element) {
        let has_input = element.children.iter().any(|node| {
            let mut all = Vec::new();
            resolve::leaves(node, &mut all);
            all.iter().any(
                |leaf| matches!(leaf, Leaf::Tag(el) if el.builtin().as_deref() == Some("input")),
            )
        });
        if has_input && element.attr("submit").is_none() {
            self.error(
                element.name.span(),
                "a `<modal>` with `<input>` blocks needs `submit`\nhelp: add `submit=\"Submit\"`",
            );
        }
    }
}

fn root_ctx() -> Ctx {
    Ctx {
        parent: &tags::ROOT,
        text_limit: None,
    }
}
