//! Attributes: known names, no duplicates, and literal values of the right kind, within limits.

use blockkit_limits::{Limit, Strength, Unit};
use proc_macro2::Span;
use syn::Lit;
use syn::ext::IdentExt;

use super::text::{mrkdwn_allowed, tighter};
use super::{Checker, Ctx, messages};
use crate::ast::{Attr, AttrValue, Element};
use crate::suggest;
use crate::tags::{self, Kind, Setter, Tag, TextPolicy};

impl Checker {
    pub(super) fn attrs(&mut self, tag: &'static Tag, element: &Element, ctx: Ctx) {
        let mut seen: Vec<&'static str> = Vec::new();
        let mut style_flag = None;
        let mut style_expr = None;
        for attr in &element.attrs {
            let key = attr.key();
            let Some(spec) = tag.find_attr(&key) else {
                self.unknown_attr(tag, attr);
                continue;
            };
            if seen.contains(&spec.name) {
                self.error(
                    attr.name.span(),
                    format!("`{key}` is given twice on `<{}>`", tag.name),
                );
                continue;
            }
            seen.push(spec.name);
            if spec.setter == Setter::Style {
                style_flag.get_or_insert(attr.name.span());
            } else if spec.name == "style" && matches!(spec.kind, Kind::Expr) {
                style_expr.get_or_insert(attr.name.span());
            }
            if let Some(index) = tag.slots.iter().position(|slot| slot.name == spec.name)
                && !crate::resolve::slot_children(tag, &element.children, index).is_empty()
            {
                self.error(
                    attr.name.span(),
                    format!(
                        "`{key}` is given twice: as an attribute and as a child\nhelp: keep one"
                    ),
                );
            }
            self.value(tag, spec, attr, ctx);
        }
        if let (Some(flag), Some(_)) = (style_flag, style_expr) {
            self.error(
                flag,
                "style flags cannot be combined with `style={...}`\nhelp: set the flag on the `RichTextStyle` you pass",
            );
        }
    }

    fn unknown_attr(&mut self, tag: &'static Tag, attr: &Attr) {
        let key = attr.key();
        let names = tag
            .attrs
            .iter()
            .flat_map(|spec| std::iter::once(spec.name).chain(spec.aliases.iter().copied()));
        let help = match suggest::closest(&key, names) {
            Some(name) => format!("\nhelp: did you mean `{name}`?"),
            None if tag.attrs.is_empty() => format!("\nhelp: `<{}>` takes no attributes", tag.name),
            None => format!(
                "\nhelp: `<{}>` takes {}",
                tag.name,
                messages::list(tag.attrs.iter().map(|spec| format!("`{}`", spec.name)))
            ),
        };
        self.error(
            attr.name.span(),
            format!("unknown attribute `{key}` on `<{}>`{help}", tag.name),
        );
    }

    /// Checks one attribute's value against its kind.
    fn value(&mut self, tag: &'static Tag, spec: &'static tags::Attr, attr: &Attr, ctx: Ctx) {
        let key = attr.name.unraw().to_string();
        let what = format!("`{key}`");
        let (negative, lit) = match &attr.value {
            AttrValue::Expr(_) => return,
            AttrValue::Bare => {
                if !matches!(spec.kind, Kind::Bool) {
                    self.error(attr.name.span(), messages::needs_value(&key, spec.kind));
                }
                return;
            }
            AttrValue::Element(element) => {
                self.element_value(tag, spec, element, ctx);
                return;
            }
            AttrValue::Lit { neg, lit } => (neg.is_some(), lit),
        };
        let span = lit.span();
        let ok = match (spec.kind, lit) {
            (Kind::Str | Kind::Plain | Kind::Text | Kind::Wrap(_), Lit::Str(text)) => {
                let value = text.value();
                let limit = match spec.kind {
                    Kind::Plain | Kind::Text => {
                        tighter(spec.limit, Some(&blockkit_limits::text::TEXT))
                    }
                    _ => spec.limit,
                };
                self.length(span, &what, value.chars().count(), true, limit);
                if !negative {
                    self.ids(&key, value, span);
                }
                !negative
            }
            (Kind::Bool, Lit::Bool(_)) | (Kind::Json, _) => {
                !negative || !matches!(lit, Lit::Str(_) | Lit::Bool(_))
            }
            (Kind::U32 | Kind::I64, Lit::Int(int)) => {
                self.integer(span, &what, spec, int, negative);
                true
            }
            (Kind::Number | Kind::NumStr, Lit::Int(_) | Lit::Float(_)) => true,
            (Kind::NumStr, Lit::Str(text)) if !negative => {
                if text.value().trim().parse::<f64>().is_err() {
                    self.error(
                        span,
                        format!("{what} must be a number, found {:?}", text.value()),
                    );
                }
                true
            }
            (Kind::Date, Lit::Str(text)) if !negative => {
                if !valid_date(&text.value()) {
                    self.error(
                        span,
                        format!("{what} is not a valid date: {:?}\nhelp: write `YYYY-MM-DD`, e.g. \"2026-01-31\"", text.value()),
                    );
                }
                true
            }
            (Kind::Time, Lit::Str(text)) if !negative => {
                if !valid_time(&text.value()) {
                    self.error(
                        span,
                        format!("{what} is not a valid time: {:?}\nhelp: write `HH:mm` in 24-hour time, e.g. \"09:30\"", text.value()),
                    );
                }
                true
            }
            (Kind::Enum(values), Lit::Str(text)) if !negative => {
                self.enum_value(span, &what, values, &text.value());
                true
            }
            (Kind::EnumList(values), Lit::Str(text)) if !negative => {
                let value = text.value();
                let items: Vec<&str> = value
                    .split([',', ' '])
                    .filter(|item| !item.is_empty())
                    .collect();
                for item in &items {
                    self.enum_value(span, &what, values, item);
                }
                self.count(span, &what, items.len(), spec.limit);
                true
            }
            _ => false,
        };
        if !ok {
            self.error(span, messages::wrong_kind(&key, spec.kind));
        }
    }

    /// An element as an attribute value: a text object for text attributes, one of the listed
    /// tags for element attributes.
    fn element_value(
        &mut self,
        tag: &'static Tag,
        spec: &'static tags::Attr,
        element: &Element,
        ctx: Ctx,
    ) {
        let name = element.builtin().unwrap_or_default();
        let (family, allowed): (tags::Family, &[&str]) = match spec.kind {
            Kind::Tags(family, allowed) => (family, allowed),
            Kind::Plain | Kind::Text => (tags::Family::Object, &["plain", "mrkdwn"]),
            _ => {
                self.error(
                    element.name.span(),
                    messages::wrong_kind(spec.name, spec.kind),
                );
                return;
            }
        };
        if !allowed.contains(&name.as_str()) {
            if tags::find_any(&name).is_none() && element.builtin().is_some() {
                self.unknown_tag(element, tag);
            } else {
                self.error(
                    element.name.span(),
                    format!(
                        "`<{}>` cannot be the `{}` of `<{}>`\nhelp: expected {}",
                        element.name.text(),
                        spec.name,
                        tag.name,
                        messages::list(allowed.iter().map(|name| format!("`<{name}>`")))
                    ),
                );
            }
            return;
        }
        if name == "mrkdwn" {
            let policy = match spec.setter {
                Setter::PlainOrText { .. } => TextPolicy::Option,
                _ if matches!(spec.kind, Kind::Text) => TextPolicy::Either,
                _ => TextPolicy::Plain,
            };
            if !mrkdwn_allowed(policy, tag, ctx.parent) {
                self.error(
                    element.name.span(),
                    messages::plain_only(tag.name, spec.name),
                );
                return;
            }
        }
        let child_ctx = Ctx {
            parent: tag,
            text_limit: spec.limit,
        };
        self.nested(element, |name| tags::find(name, family), child_ctx);
    }

    fn ids(&mut self, key: &str, value: String, span: Span) {
        match key {
            "block_id" => self.ids.block_id(value, span),
            "action_id" => self.ids.action_id(value, span),
            _ => {}
        }
    }

    fn integer(
        &mut self,
        span: Span,
        what: &str,
        spec: &tags::Attr,
        int: &syn::LitInt,
        negative: bool,
    ) {
        // syn reads `-1` after `=` as one negative literal, so the sign may be in the digits.
        let digits = int.base10_digits();
        let (negative, digits) = match digits.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (negative, digits),
        };
        let Ok(magnitude) = digits.parse::<u64>() else {
            self.error(span, format!("{what} is out of range"));
            return;
        };
        if negative && magnitude > 0 && matches!(spec.kind, Kind::U32) {
            self.error(span, format!("{what} cannot be negative"));
            return;
        }
        if matches!(spec.kind, Kind::U32) && u32::try_from(magnitude).is_err() {
            self.error(span, format!("{what} is out of range for `u32`"));
            return;
        }
        let Some(limit) = spec
            .limit
            .filter(|l| l.strength == Strength::Must && l.unit == Unit::Value)
        else {
            return;
        };
        let below = if negative {
            magnitude > 0
        } else {
            magnitude < limit.min
        };
        if below || magnitude > limit.max {
            let sign = if negative && magnitude > 0 { "-" } else { "" };
            let range = if limit.has_max() {
                format!("{} to {}", limit.min, limit.max)
            } else {
                format!("at least {}", limit.min)
            };
            self.error(
                span,
                format!("{what} is {sign}{magnitude}, it must be {range}"),
            );
        }
    }

    fn enum_value(&mut self, span: Span, what: &str, list: &tags::Enum, value: &str) {
        if list.contains(value) {
            return;
        }
        let known = list.values.iter().copied();
        let help = match suggest::closest(value, known.clone()) {
            Some(close) => format!("did you mean \"{close}\"?"),
            None => format!(
                "expected {}",
                messages::list(known.map(|known| format!("\"{known}\"")))
            ),
        };
        self.error(
            span,
            format!("invalid {what} value {value:?}\nhelp: {help}"),
        );
    }

    /// A literal list's count against an `Items` limit.
    pub(super) fn count(&mut self, span: Span, what: &str, count: usize, limit: Option<&Limit>) {
        let Some(limit) = limit.filter(|l| l.strength == Strength::Must && l.unit == Unit::Items)
        else {
            return;
        };
        let count = count as u64;
        if count > limit.max {
            self.error(
                span,
                format!("{what} has {count} items, the limit is {}", limit.max),
            );
        } else if count < limit.min {
            self.error(span, format!("{what} needs at least {} item", limit.min));
        }
    }
}

/// `YYYY-MM-DD`, a real day of the Gregorian calendar.
pub(crate) fn valid_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return false;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = value.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// `HH:mm`, 24-hour.
pub(crate) fn valid_time(value: &str) -> bool {
    let bytes = value.as_bytes();
    if bytes.len() != 5 || bytes.get(2) != Some(&b':') {
        return false;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = value.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    matches!((number(0..2), number(3..5)), (Some(hour), Some(minute)) if hour < 24 && minute < 60)
}
