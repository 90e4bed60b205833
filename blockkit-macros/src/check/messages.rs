//! Wording of the errors: misplaced children, unknown tags, missing parts.

use proc_macro2::Span;
use syn::spanned::Spanned;

use super::Checker;
use crate::ast::{Element, Node};
use crate::resolve::{self, Leaf};
use crate::suggest;
use crate::tags::{self, Family, Kind, Slot, SlotKind, Tag};

impl Checker {
    /// A child that no slot of `tag` takes.
    pub(super) fn misfit(&mut self, tag: &'static Tag, leaf: Leaf) {
        match leaf {
            Leaf::Text(text) => {
                let help = if tag
                    .slots
                    .iter()
                    .any(|slot| tags::slot_takes_tag(slot, "plain"))
                {
                    "wrap it in `<plain>` or `<mrkdwn>`".to_owned()
                } else {
                    takes(tag)
                };
                self.error(
                    text.span(),
                    format!("text is not allowed in {}\nhelp: {help}", name(tag)),
                );
            }
            Leaf::Interp(interp) => self.error(
                interp.expr.span(),
                format!(
                    "`{{...}}` is not allowed in {}\nhelp: {}",
                    name(tag),
                    takes(tag)
                ),
            ),
            Leaf::Tag(element) if element.builtin().is_none() => self.error(
                element.name.span(),
                format!(
                    "components render blocks: `<{}>` is not allowed in {}",
                    element.name.text(),
                    name(tag)
                ),
            ),
            Leaf::Tag(element) => self.not_allowed(element, tag),
        }
    }

    /// A leaf of control flow that does not fit the slot its first leaf chose.
    pub(super) fn mixed(&mut self, tag: &'static Tag, slot: &Slot, leaf: Leaf) {
        if resolve::leaf_slot(tag, leaf).is_none() {
            self.misfit(tag, leaf);
            return;
        }
        let span = leaf_span(leaf);
        self.error(
            span,
            format!(
                "this control flow fills the {} of {}, this does not belong there\nhelp: use a separate `if`, `for` or `match` for it",
                noun(slot).0,
                name(tag)
            ),
        );
    }

    /// A built-in tag that `parent` does not take.
    fn not_allowed(&mut self, element: &Element, parent: &'static Tag) {
        let tag_name = element.builtin().unwrap_or_default();
        let Some(tag) = tags::find_any(&tag_name) else {
            self.unknown_tag(element, parent);
            return;
        };
        if tag.family == Family::Surface {
            self.error(
                element.name.span(),
                format!("`<{tag_name}>` can only be the root of `blocks!`"),
            );
            return;
        }
        let homes: Vec<String> = tags::all()
            .filter(|other| {
                other
                    .slots
                    .iter()
                    .any(|slot| tags::slot_takes_tag(slot, &tag_name))
            })
            .filter(|other| other.name != "blocks!")
            .map(|other| format!("`<{}>`", other.name))
            .collect();
        let goes = if homes.is_empty() {
            String::new()
        } else {
            format!("; `<{tag_name}>` goes in {}", list(homes))
        };
        self.error(
            element.name.span(),
            format!(
                "`<{tag_name}>` is not allowed in {}\nhelp: {}{goes}",
                name(parent),
                takes(parent)
            ),
        );
    }

    /// A tag name that does not exist.
    pub(super) fn unknown_tag(&mut self, element: &Element, parent: &'static Tag) {
        let written = element.name.text();
        let here = parent
            .slots
            .iter()
            .flat_map(|slot| slot_tags(slot).iter().copied());
        let help = suggest::closest(&written, here)
            .or_else(|| suggest::closest(&written, tags::all().map(|tag| tag.name)))
            .map(|close| format!("\nhelp: did you mean `<{close}>`?"))
            .unwrap_or_default();
        self.error(
            element.name.span(),
            format!("unknown tag `<{written}>`{help}"),
        );
    }
}

/// `<tag>`, or `the root of blocks!`.
fn name(tag: &Tag) -> String {
    if tag.name == "blocks!" {
        "a list of blocks".to_owned()
    } else {
        format!("`<{}>`", tag.name)
    }
}

/// What `tag` takes as children.
fn takes(tag: &Tag) -> String {
    let mut parts: Vec<String> = Vec::new();
    for slot in tag.slots {
        match slot.kind {
            SlotKind::Text(_) => parts.push("text".to_owned()),
            SlotKind::Inline => parts.push("text and inline elements".to_owned()),
            SlotKind::Items { tags, interp, .. } => {
                parts.extend(tags.iter().map(|tag| format!("`<{tag}>`")));
                if interp == tags::InterpMode::Blocks {
                    parts.push("`{...}`".to_owned());
                }
            }
        }
    }
    if parts.is_empty() {
        format!("`<{}>` takes no children", tag.name)
    } else {
        format!("{} takes {}", name(tag), list(parts))
    }
}

fn slot_tags(slot: &Slot) -> &'static [&'static str] {
    match slot.kind {
        SlotKind::Items { tags, .. } => tags,
        SlotKind::Text(_) => &["plain", "mrkdwn"],
        SlotKind::Inline => tags::INLINE,
    }
}

/// `a`, `a or b`, `a, b or c`.
pub(super) fn list(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// What one item of a slot is called: singular and plural.
pub(super) fn noun(slot: &Slot) -> (&'static str, &'static str) {
    match slot.name {
        "elements" | "element" => ("element", "elements"),
        "options" => ("option", "options"),
        "option_groups" => ("option group", "option groups"),
        "blocks" | "child_blocks" | "fallback" => ("block", "blocks"),
        "rows" => ("row", "rows"),
        "cells" => ("cell", "cells"),
        "segments" => ("segment", "segments"),
        "series" => ("series", "series"),
        "data" => ("point", "points"),
        "fields" => ("field", "fields"),
        "tasks" => ("task card", "task cards"),
        "sources" => ("source", "sources"),
        "actions" => ("button", "buttons"),
        "attachments" => ("attachment", "attachments"),
        "column_settings" => ("column setting", "column settings"),
        "accessory" => ("accessory", "accessories"),
        "chart" => ("chart", "charts"),
        "trigger" => ("trigger", "triggers"),
        _ => ("child", "children"),
    }
}

pub(super) fn too_few(tag: &Tag, slot: &Slot, min: u64) -> String {
    let (one, many) = noun(slot);
    let tags = slot_tags(slot);
    let help = match tags {
        [] => String::new(),
        [only] => format!("\nhelp: add `<{only}>`"),
        _ if tags.len() <= 4 => format!(
            "\nhelp: add {}",
            list(tags.iter().map(|tag| format!("`<{tag}>`")))
        ),
        _ => format!(
            "\nhelp: add one of {} kinds, e.g. {}",
            tags.len(),
            list(tags.iter().take(3).map(|tag| format!("`<{tag}>`")))
        ),
    };
    let needs = if slot.single {
        let article = if one.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} {one}")
    } else if min == 1 {
        format!("at least one {one}")
    } else {
        format!("at least {min} {many}")
    };
    format!("`<{}>` needs {needs}{help}", tag.name)
}

pub(super) fn needs_text(tag: &Tag) -> String {
    format!(
        "`<{}>` needs text\nhelp: write it as children: `<{0}>\"...\"</{0}>`",
        tag.name
    )
}

/// The attributes `element` lacks for the constructor that lacks the fewest, and the
/// alternatives other constructors offer for them.
pub(super) fn missing(tag: &'static Tag, element: &Element) -> Option<String> {
    let lacks = |ctor: &tags::Ctor| -> Vec<&'static str> {
        ctor.args
            .iter()
            .filter_map(|arg| match arg {
                tags::Arg::Attr(name) if !resolve::arg_given(tag, element, *arg) => Some(*name),
                _ => None,
            })
            .collect()
    };
    let best = tag.ctors.iter().min_by_key(|ctor| lacks(ctor).len())?;
    let missing = lacks(best);
    if missing.is_empty() {
        return None;
    }
    let names = list(missing.iter().map(|name| format!("`{name}`")));
    let others: Vec<String> = tag
        .ctors
        .iter()
        .filter(|ctor| !std::ptr::eq(*ctor, best))
        .filter(|ctor| {
            missing.iter().any(|name| {
                !ctor
                    .args
                    .iter()
                    .any(|arg| matches!(arg, tags::Arg::Attr(other) if other == name))
            })
        })
        .map(|ctor| list(lacks(ctor).iter().map(|name| format!("`{name}`"))))
        .filter(|alternative| !alternative.is_empty())
        .collect();
    let help = if others.is_empty() {
        String::new()
    } else {
        format!("\nhelp: or give {}", others.join(" or "))
    };
    Some(format!("`<{}>` is missing {names}{help}", tag.name))
}

pub(super) fn one_of(tag: &Tag) -> String {
    let names = tag
        .one_of
        .iter()
        .map(|name| match tag.slot(name).map(|slot| slot.kind) {
            Some(SlotKind::Text(_)) => "text".to_owned(),
            Some(SlotKind::Items { tags, .. }) if tags.len() == 1 => {
                format!("`<{}>`", tags.first().copied().unwrap_or_default())
            }
            _ => format!("`{name}`"),
        });
    format!("`<{}>` needs {}", tag.name, list(names))
}

pub(super) fn plain_only(tag: &str, field: &str) -> String {
    let options = if tag == "option" {
        "options take mrkdwn only in `<checkboxes>` and `<radio_buttons>`; "
    } else {
        ""
    };
    format!(
        "mrkdwn is not allowed here: the {field} of `<{tag}>` is plain_text only\nhelp: {options}use `<plain>` or a string"
    )
}

fn describe(kind: Kind) -> &'static str {
    match kind {
        Kind::Str | Kind::Wrap(_) => "a string",
        Kind::Plain => "a string, `<plain>` or `{...}`",
        Kind::Text => "a string (plain_text), `<plain>`, `<mrkdwn>` or `{...}`",
        Kind::Bool => "`true`, `false` or `{...}`",
        Kind::U32 => "a non-negative integer or `{...}`",
        Kind::I64 => "an integer or `{...}`",
        Kind::Number => "a number or `{...}`",
        Kind::NumStr => "a number, a numeric string or `{...}`",
        Kind::Date => "a date string (`YYYY-MM-DD`) or `{...}`",
        Kind::Time => "a time string (`HH:mm`) or `{...}`",
        Kind::Enum(_) | Kind::EnumList(_) => "a string or `{...}`",
        Kind::Tags(..) => "an element or `{...}`",
        Kind::Json => "a literal or `{...}`",
        Kind::Expr => "`{...}`",
    }
}

pub(super) fn wrong_kind(key: &str, kind: Kind) -> String {
    format!("`{key}` takes {}", describe(kind))
}

pub(super) fn needs_value(key: &str, kind: Kind) -> String {
    format!("`{key}` needs a value: {}", describe(kind))
}

pub(super) fn node_span(node: &Node) -> Span {
    match node {
        Node::Element(element) => element.name.span(),
        Node::Text(text) => text.span(),
        Node::Interp(interp) => interp.expr.span(),
        Node::If(branch) => branch.cond.span(),
        Node::For(each) => each.pat.span(),
        Node::Match(each) => each.expr.span(),
    }
}

fn leaf_span(leaf: Leaf) -> Span {
    match leaf {
        Leaf::Text(text) => text.span(),
        Leaf::Interp(interp) => interp.expr.span(),
        Leaf::Tag(element) => element.name.span(),
    }
}
