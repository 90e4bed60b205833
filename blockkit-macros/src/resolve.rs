//! Questions about the AST that both the checks and the expansion ask: which slot a child goes
//! to, which constructor a tag uses, whether a subtree is all literals.

use syn::LitStr;

use crate::ast::{AttrValue, Element, Else, Interp, Node};
use crate::tags::{self, Arg, Ctor, Family, InterpMode, Slot, SlotKind, Tag};

/// A leaf of markup: what control flow finally produces.
#[derive(Clone, Copy)]
pub(crate) enum Leaf<'a> {
    Text(&'a LitStr),
    Interp(&'a Interp),
    Tag(&'a Element),
}

/// The nodes of every branch of a control-flow node.
pub(crate) fn branches(node: &Node) -> Vec<&[Node]> {
    match node {
        Node::If(first) => {
            let mut branch = first;
            let mut out = Vec::new();
            loop {
                out.push(branch.then.as_slice());
                match &branch.otherwise {
                    None => break,
                    Some(Else::Body(body)) => {
                        out.push(body.as_slice());
                        break;
                    }
                    Some(Else::If(next)) => branch = next,
                }
            }
            out
        }
        Node::For(each) => vec![each.body.as_slice()],
        Node::Match(each) => each.arms.iter().map(|arm| arm.body.as_slice()).collect(),
        Node::Element(_) | Node::Text(_) | Node::Interp(_) => Vec::new(),
    }
}

/// Every leaf under `node`, descending into control flow, in order.
pub(crate) fn leaves<'a>(node: &'a Node, out: &mut Vec<Leaf<'a>>) {
    match node {
        Node::Element(element) => out.push(Leaf::Tag(element)),
        Node::Text(text) => out.push(Leaf::Text(text)),
        Node::Interp(interp) => out.push(Leaf::Interp(interp)),
        Node::If(_) | Node::For(_) | Node::Match(_) => {
            for branch in branches(node) {
                for child in branch {
                    leaves(child, out);
                }
            }
        }
    }
}

/// Whether the node is `if`, `for` or `match`.
pub(crate) fn is_flow(node: &Node) -> bool {
    matches!(node, Node::If(_) | Node::For(_) | Node::Match(_))
}

/// The index of the slot of `tag` that takes `leaf`.
pub(crate) fn leaf_slot(tag: &Tag, leaf: Leaf) -> Option<usize> {
    tag.slots.iter().position(|slot| fits(slot, leaf))
}

/// Whether `slot` takes `leaf`.
pub(crate) fn fits(slot: &Slot, leaf: Leaf) -> bool {
    match leaf {
        Leaf::Text(_) => match slot.kind {
            SlotKind::Text(_) | SlotKind::Inline => true,
            SlotKind::Items { literal, .. } => literal,
        },
        Leaf::Interp(_) => match slot.kind {
            SlotKind::Text(_) | SlotKind::Inline => true,
            SlotKind::Items { interp, .. } => interp != InterpMode::No,
        },
        Leaf::Tag(element) => match element.builtin() {
            Some(name) => tags::slot_takes_tag(slot, &name),
            None => matches!(
                slot.kind,
                SlotKind::Items {
                    interp: InterpMode::Blocks,
                    ..
                }
            ),
        },
    }
}

/// The index of the slot a child node goes to: a leaf's own slot, or for control flow the slot
/// of its first leaf. `None` when nothing takes it, or for control flow with no leaves.
pub(crate) fn node_slot(tag: &Tag, node: &Node) -> Option<usize> {
    let mut all = Vec::new();
    leaves(node, &mut all);
    all.first().and_then(|leaf| leaf_slot(tag, *leaf))
}

/// The children of `element` that go to the slot at `index`.
pub(crate) fn slot_children<'a>(tag: &Tag, children: &'a [Node], index: usize) -> Vec<&'a Node> {
    children
        .iter()
        .filter(|node| node_slot(tag, node) == Some(index))
        .collect()
}

/// Whether any node (or anything under it) is dynamic: control flow, `{expr}`, a component or
/// an interpolated attribute.
pub(crate) fn any_dynamic<'a>(nodes: impl IntoIterator<Item = &'a Node>) -> bool {
    nodes.into_iter().any(|node| match node {
        Node::Text(_) => false,
        Node::Interp(_) | Node::If(_) | Node::For(_) | Node::Match(_) => true,
        Node::Element(element) => element_dynamic(element),
    })
}

fn element_dynamic(element: &Element) -> bool {
    element.builtin().is_none()
        || element.attrs.iter().any(|attr| match &attr.value {
            AttrValue::Expr(_) => true,
            AttrValue::Element(inner) => element_dynamic(inner),
            AttrValue::Bare | AttrValue::Lit { .. } => false,
        })
        || any_dynamic(&element.children)
}

/// Whether a constructor argument is given.
pub(crate) fn arg_given(tag: &Tag, element: &Element, arg: Arg) -> bool {
    match arg {
        Arg::Attr(name) => tag.find_attr(name).is_some_and(|spec| {
            element
                .attrs
                .iter()
                .any(|attr| same_attr(spec, &attr.key()))
        }),
        Arg::Slot(name) => tag
            .slots
            .iter()
            .position(|slot| slot.name == name)
            .is_some_and(|index| !slot_children(tag, &element.children, index).is_empty()),
    }
}

/// Whether the attribute written as `key` is the attribute `spec` (by name or alias).
pub(crate) fn same_attr(spec: &tags::Attr, key: &str) -> bool {
    spec.name == key || spec.aliases.contains(&key)
}

/// The constructor `element` uses: the first whose arguments are all given.
pub(crate) fn choose_ctor(tag: &'static Tag, element: &Element) -> Option<&'static Ctor> {
    tag.ctors.iter().find(|ctor| {
        ctor.args.iter().all(|arg| arg_given(tag, element, *arg))
            && (!ctor.literal_only
                || ctor.args.iter().all(|arg| match arg {
                    Arg::Slot(name) => slot_literal(tag, element, name),
                    Arg::Attr(_) => true,
                }))
    })
}

/// Whether the children in slot `name` are all string literals.
fn slot_literal(tag: &Tag, element: &Element, name: &str) -> bool {
    tag.slots
        .iter()
        .position(|slot| slot.name == name)
        .is_some_and(|index| {
            slot_children(tag, &element.children, index)
                .iter()
                .all(|node| matches!(node, Node::Text(_)))
        })
}

/// The tag a child element resolves to in a slot of `family`.
pub(crate) fn child_tag(element: &Element, family: Family) -> Option<&'static Tag> {
    element.builtin().and_then(|name| tags::find(&name, family))
}

/// Whether `consumed` (a constructor) takes the attribute `name`.
pub(crate) fn ctor_takes_attr(ctor: Option<&Ctor>, name: &str) -> bool {
    ctor.is_some_and(|ctor| {
        ctor.args
            .iter()
            .any(|arg| matches!(arg, Arg::Attr(attr) if *attr == name))
    })
}

/// Whether `consumed` (a constructor) takes the slot `name`.
pub(crate) fn ctor_takes_slot(ctor: Option<&Ctor>, name: &str) -> bool {
    ctor.is_some_and(|ctor| {
        ctor.args
            .iter()
            .any(|arg| matches!(arg, Arg::Slot(slot) if *slot == name))
    })
}
