//! Proof that the macro's compile-time checks use the limits of `blockkit_limits` (issue 3,
//! point 5; the schema ↔ validation half is `tests/schema/limits.rs`).
//!
//! The tag table is walked, not a hand-written list: for every limit a tag's attribute or slot
//! carries, the smallest markup that reaches that tag is generated from the table itself
//! (constructor arguments, required slots, `one_of`, the first tag each slot accepts), with a
//! literal exactly at the limit (the expansion has no `compile_error!`) and one past it (exactly
//! one `compile_error!`, stating the limit's number). Text is made of `é`, so the checks count
//! characters, not bytes. A limit added to the table later is tested without editing this file;
//! a `Must` limit of `blockkit_limits::ALL` on a tag the macro knows that no case covers fails
//! the coverage test unless [`EXCLUDED`] says why the macro cannot check it.

use blockkit_limits::{self as limits, Limit, Strength, Unit};
use std::fmt::Write as _;

use proc_macro2::TokenStream;

use crate::tags::{self, Arg, Attr, Family, Kind, Slot, SlotKind, Tag};

/// `Must` limits on tags the macro knows that it does not check at compile time, and why.
const EXCLUDED: &[(&Limit, &str)] = &[
    (
        &limits::table::CELL_CHARS,
        "a character budget summed over every cell of a table (and of a message): cells may be \
         interpolated and are spread over rows, so no single literal carries it; validation \
         checks it",
    ),
    (
        &limits::data_table::CELL_CHARS,
        "the same budget for `data_table`: a sum over all cells, checked by validation",
    ),
    (
        &limits::data_table::CELLS,
        "`<row>` is one tag shared by `<table>` and `<data_table>` and checks `table::CELLS`; \
         the bounds are equal (asserted by `shared_row_limits_are_equal`)",
    ),
    (
        &limits::message::MARKDOWN_TEXT,
        "`<message>` has no `markdown_text` attribute (the macro builds blocks, and a \
         `markdown_text` message has none); validation checks it",
    ),
];

/// What the past-the-limit error must say.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// The number, as a whole number in the message.
    Number(u64),
    /// An empty text (a minimum of 1 character): "is empty".
    Empty,
}

/// One bound of one limit on one field: markup at the bound and one past it.
struct Case {
    limit: &'static Limit,
    what: String,
    ok: String,
    bad: String,
    expect: Expect,
}

/// How a tag of the table is reached from the root.
#[derive(Clone, Copy)]
enum Reach {
    Unreached,
    /// A surface, or a block at the root of a bare block list.
    Root,
    /// Held by the tag at this index of `tags::all()`, in this slot or attribute.
    Child(usize, Holder),
}

/// Where a tag is placed: which slot or attribute of its parent holds it.
#[derive(Clone, Copy)]
enum Holder {
    Slot(&'static Slot),
    Attr(&'static Attr),
}

/// A value given for one attribute or one slot instead of the default.
enum Fill<'a> {
    Attr(&'static str, &'a str),
    Slot(&'static str, &'a str),
}

impl Fill<'_> {
    fn name(&self) -> &'static str {
        match self {
            Fill::Attr(name, _) | Fill::Slot(name, _) => name,
        }
    }
}

fn enforced(limit: Option<&'static Limit>) -> Option<&'static Limit> {
    limit.filter(|limit| limit.strength == Strength::Must)
}

fn available(tag: &Tag) -> bool {
    tag.unavailable.is_none()
}

/// The first tag of `names` (resolved in `family`) that can be used.
fn first_available(family: Family, names: &[&str]) -> Option<&'static Tag> {
    names
        .iter()
        .filter_map(|name| tags::find(name, family))
        .find(|tag| available(tag))
}

fn quoted(text: &str) -> String {
    format!("{text:?}")
}

fn e_acute(count: u64) -> String {
    "é".repeat(usize::try_from(count).unwrap_or(usize::MAX))
}

/// A valid literal for an attribute of `kind`.
fn default_attr(kind: Kind) -> String {
    match kind {
        Kind::Str | Kind::Plain | Kind::Text | Kind::Wrap(_) => quoted("x"),
        Kind::Bool => "true".into(),
        Kind::U32 | Kind::I64 | Kind::Number | Kind::Json => "1".into(),
        Kind::NumStr => quoted("1"),
        Kind::Date => quoted("2026-01-31"),
        Kind::Time => quoted("09:30"),
        Kind::Enum(values) | Kind::EnumList(values) => {
            quoted(values.values.first().copied().unwrap_or_default())
        }
        Kind::Tags(family, names) => first_available(family, names)
            .map(|tag| render(tag, None))
            .unwrap_or_default(),
        Kind::Expr => "{x}".into(),
    }
}

/// One item for an item slot: the minimal markup of the first tag it takes.
fn default_item(slot: &Slot) -> String {
    match slot.kind {
        SlotKind::Text(_) | SlotKind::Inline => quoted("x"),
        SlotKind::Items { family, tags, .. } => first_available(family, tags)
            .map(|tag| render(tag, None))
            .unwrap_or_default(),
    }
}

/// The smallest valid content of a slot that must be given.
fn default_slot(slot: &Slot) -> String {
    let count = enforced(slot.limit)
        .filter(|limit| limit.unit == Unit::Items)
        .map_or(1, |limit| limit.min.max(1));
    default_item(slot).repeat(usize::try_from(count).unwrap_or(1))
}

/// The smallest valid markup of `tag`, with `fill` given for one attribute or slot.
fn render(tag: &'static Tag, fill: Option<&Fill>) -> String {
    let filled = fill.map(Fill::name);
    let ctor = tag
        .ctors
        .iter()
        .find(|ctor| {
            filled.is_none_or(|name| {
                tag.find_attr(name)
                    .is_none_or(|attr| attr.setter != tags::Setter::None)
                    || ctor
                        .args
                        .iter()
                        .any(|arg| matches!(arg, Arg::Attr(arg) if *arg == name))
            })
        })
        .or(tag.ctors.first());
    let mut needed: Vec<&str> = ctor
        .map(|ctor| {
            ctor.args
                .iter()
                .map(|arg| match arg {
                    Arg::Attr(name) | Arg::Slot(name) => *name,
                })
                .collect()
        })
        .unwrap_or_default();
    needed.extend(
        tag.slots
            .iter()
            .filter(|slot| slot.required)
            .map(|slot| slot.name),
    );
    let one_of_given = tag
        .one_of
        .iter()
        .any(|name| needed.contains(name) || filled == Some(*name));
    if !one_of_given && let Some(first) = tag.one_of.first() {
        needed.push(first);
    }
    needed.retain(|name| Some(*name) != filled);

    let mut attrs = String::new();
    for attr in tag.attrs.iter().filter(|attr| needed.contains(&attr.name)) {
        let _ = write!(attrs, " {}={}", attr.name, default_attr(attr.kind));
    }
    if let Some(Fill::Attr(name, value)) = fill {
        let _ = write!(attrs, " {name}={value}");
    }
    let mut children = String::new();
    for slot in tag.slots {
        match fill {
            Some(Fill::Slot(name, value)) if *name == slot.name => children += value,
            _ if needed.contains(&slot.name) => children += &default_slot(slot),
            _ => {}
        }
    }
    if children.is_empty() {
        format!("<{}{attrs}/>", tag.name)
    } else {
        format!("<{}{attrs}>{children}</{0}>", tag.name)
    }
}

/// Whether a holder puts a length limit on what it holds (which would hide the held tag's own).
fn holder_limits_text(holder: Holder) -> bool {
    let chars = |limit: Option<&Limit>| limit.is_some_and(|limit| limit.unit == Unit::Chars);
    match holder {
        Holder::Slot(slot) => slot.chars.is_some() || chars(slot.limit),
        Holder::Attr(attr) => chars(attr.limit),
    }
}

/// The tags a holder takes, with the family they resolve in.
fn held(holder: Holder) -> (Family, &'static [&'static str]) {
    match holder {
        Holder::Slot(slot) => match slot.kind {
            SlotKind::Items { family, tags, .. } => (family, tags),
            SlotKind::Text(_) | SlotKind::Inline => (Family::Object, &[]),
        },
        Holder::Attr(attr) => match attr.kind {
            Kind::Tags(family, tags) => (family, tags),
            _ => (Family::Object, &[]),
        },
    }
}

/// For every tag of the table, how it is reached from the root. Breadth first, so every path is
/// as short as the table allows.
fn parents(all: &[&'static Tag]) -> Vec<Reach> {
    let index = |tag: &Tag| all.iter().position(|other| std::ptr::eq(*other, tag));
    let mut parents = vec![Reach::Unreached; all.len()];
    let mut queue = std::collections::VecDeque::new();
    let (family, root_blocks) = tags::ROOT
        .slots
        .first()
        .map_or((Family::Block, &[][..]), |slot| held(Holder::Slot(slot)));
    let roots = all
        .iter()
        .filter(|tag| tag.family == Family::Surface)
        .copied()
        .chain(
            root_blocks
                .iter()
                .filter_map(|name| tags::find(name, family)),
        );
    for tag in roots.filter(|tag| available(tag)) {
        if let Some(i) = index(tag).filter(|i| matches!(parents[*i], Reach::Unreached)) {
            parents[i] = Reach::Root;
            queue.push_back(i);
        }
    }
    while let Some(p) = queue.pop_front() {
        let tag = all[p];
        let holders = tag
            .slots
            .iter()
            .map(Holder::Slot)
            .chain(tag.attrs.iter().map(Holder::Attr));
        for holder in holders.filter(|holder| !holder_limits_text(*holder)) {
            let (family, names) = held(holder);
            for child in names.iter().filter_map(|name| tags::find(name, family)) {
                if let Some(c) = index(child)
                    .filter(|c| matches!(parents[*c], Reach::Unreached) && available(child))
                {
                    parents[c] = Reach::Child(p, holder);
                    queue.push_back(c);
                }
            }
        }
    }
    parents
}

/// Places `markup` of `all[tag]` in its chain of parents, up to the root.
fn place(all: &[&'static Tag], parents: &[Reach], mut tag: usize, mut markup: String) -> String {
    while let Reach::Child(parent, holder) = parents[tag] {
        let fill = match holder {
            Holder::Slot(slot) => {
                // The slot's other items, up to its minimum count (`data_table` needs 2 rows).
                let min = enforced(slot.limit)
                    .filter(|limit| limit.unit == Unit::Items)
                    .map_or(1, |limit| limit.min.max(1));
                let others = usize::try_from(min - 1).unwrap_or(0);
                markup += &default_item(slot).repeat(others);
                Fill::Slot(slot.name, &markup)
            }
            Holder::Attr(attr) => Fill::Attr(attr.name, &markup),
        };
        markup = render(all[parent], Some(&fill));
        tag = parent;
    }
    markup
}

/// The values of a field at and past each bound of `limit` the macro checks: `(ok, bad, expect)`.
fn bounds(
    limit: &Limit,
    value: impl Fn(u64) -> Option<String>,
    lower: bool,
) -> Vec<(String, String, Expect)> {
    let mut out = Vec::new();
    if limit.has_max()
        && let (Some(ok), Some(bad)) = (value(limit.max), value(limit.max + 1))
    {
        out.push((ok, bad, Expect::Number(limit.max)));
    }
    if lower
        && limit.min > 0
        && let (Some(ok), Some(bad)) = (value(limit.min), value(limit.min - 1))
    {
        let expect = if limit.unit == Unit::Chars && limit.min == 1 {
            Expect::Empty
        } else {
            Expect::Number(limit.min)
        };
        out.push((ok, bad, expect));
    }
    out
}

/// The cases for a limit on an attribute: literal text, literal integers, literal enum lists.
fn attr_cases(attr: &Attr, limit: &Limit) -> Vec<(String, String, Expect)> {
    match (attr.kind, limit.unit) {
        (Kind::Str | Kind::Plain | Kind::Text | Kind::Wrap(_), Unit::Chars) => {
            bounds(limit, |n| Some(quoted(&e_acute(n))), true)
        }
        (Kind::U32 | Kind::I64, Unit::Value) => {
            let fits = |n: u64| matches!(attr.kind, Kind::I64) || u32::try_from(n).is_ok();
            // A minimum of 0 is tested from below by `negative_literal_states_the_range`.
            bounds(limit, |n| fits(n).then(|| n.to_string()), true)
        }
        (Kind::EnumList(values), Unit::Items) => {
            let list = |n: u64| {
                let items: Vec<&str> = values
                    .values
                    .iter()
                    .copied()
                    .cycle()
                    .take(usize::try_from(n).ok()?)
                    .collect();
                Some(quoted(&items.join(" ")))
            };
            bounds(limit, list, true)
        }
        _ => Vec::new(),
    }
}

/// The cases for a limit on a slot: the length of its literal text, or its count of items.
fn slot_cases(slot: &Slot, limit: &Limit) -> Vec<(String, String, Expect)> {
    match (slot.kind, limit.unit) {
        (SlotKind::Text(_), Unit::Chars) => bounds(limit, |n| Some(quoted(&e_acute(n))), true),
        (SlotKind::Items { .. }, Unit::Items) => {
            let item = default_item(slot);
            // Below a minimum of 1 the slot is simply missing, which `required` reports.
            let lower = slot.required && limit.min > 1;
            bounds(
                limit,
                |n| Some(item.repeat(usize::try_from(n).ok()?)),
                lower,
            )
        }
        _ => Vec::new(),
    }
}

/// The cases for the length limit an item slot puts on the text of each item.
fn item_chars_cases(slot: &Slot, limit: &Limit) -> Vec<(String, String, Expect)> {
    let SlotKind::Items { family, tags, .. } = slot.kind else {
        return Vec::new();
    };
    let text_item = tags
        .iter()
        .filter_map(|name| tags::find(name, family))
        .find(|tag| {
            available(tag)
                && tag
                    .slots
                    .iter()
                    .any(|slot| matches!(slot.kind, SlotKind::Text(_)))
        });
    let Some(item) = text_item else {
        return Vec::new();
    };
    let Some(text) = item
        .slots
        .iter()
        .find(|slot| matches!(slot.kind, SlotKind::Text(_)))
    else {
        return Vec::new();
    };
    bounds(
        limit,
        |n| {
            let value = quoted(&e_acute(n));
            Some(render(item, Some(&Fill::Slot(text.name, &value))))
        },
        true,
    )
}

/// Every case the tag table yields.
fn cases() -> Vec<Case> {
    let all: Vec<&'static Tag> = tags::all().collect();
    let parents = parents(&all);
    let mut out = Vec::new();
    for (i, tag) in all.iter().enumerate() {
        if matches!(parents[i], Reach::Unreached) {
            continue;
        }
        for attr in tag.attrs {
            let Some(limit) = enforced(attr.limit) else {
                continue;
            };
            for (ok, bad, expect) in attr_cases(attr, limit) {
                out.push(Case {
                    limit,
                    what: format!("<{}> attribute `{}`", tag.name, attr.name),
                    ok: place(
                        &all,
                        &parents,
                        i,
                        render(tag, Some(&Fill::Attr(attr.name, &ok))),
                    ),
                    bad: place(
                        &all,
                        &parents,
                        i,
                        render(tag, Some(&Fill::Attr(attr.name, &bad))),
                    ),
                    expect,
                });
            }
        }
        for slot in tag.slots {
            let slot_limits = enforced(slot.limit)
                .map(|limit| (limit, slot_cases(slot, limit)))
                .into_iter()
                .chain(enforced(slot.chars).map(|limit| (limit, item_chars_cases(slot, limit))));
            for (limit, cases) in slot_limits {
                for (ok, bad, expect) in cases {
                    out.push(Case {
                        limit,
                        what: format!("<{}> slot `{}`", tag.name, slot.name),
                        ok: place(
                            &all,
                            &parents,
                            i,
                            render(tag, Some(&Fill::Slot(slot.name, &ok))),
                        ),
                        bad: place(
                            &all,
                            &parents,
                            i,
                            render(tag, Some(&Fill::Slot(slot.name, &bad))),
                        ),
                        expect,
                    });
                }
            }
        }
    }
    out
}

/// The messages of the `compile_error!`s in the expansion of `markup`.
fn errors(markup: &str) -> Result<Vec<String>, String> {
    let input: TokenStream = markup.parse().map_err(|error| format!("{error}"))?;
    let expansion = crate::expand(&input).to_string();
    Ok(expansion
        .split("compile_error !")
        .skip(1)
        .map(|rest| rest.split(" }").next().unwrap_or(rest).to_owned())
        .collect())
}

/// Whether `message` states `number` as a whole number.
fn states(message: &str, number: u64) -> bool {
    message
        .split(|c: char| !c.is_ascii_digit())
        .any(|part| part == number.to_string())
}

/// Runs every case; returns the limits proven, the fields they were proven on, and the failures.
fn run(cases: &[Case]) -> (Vec<&'static Limit>, Vec<&str>, Vec<String>) {
    let mut proven: Vec<&'static Limit> = Vec::new();
    let mut fields: Vec<&str> = Vec::new();
    let mut failures = Vec::new();
    for case in cases {
        let at = match errors(&case.ok) {
            Ok(errors) if errors.is_empty() => true,
            Ok(errors) => {
                failures.push(format!(
                    "{} at {:?}: unexpected errors {errors:?}\n  markup: {}",
                    case.what,
                    case.expect,
                    shorten(&case.ok)
                ));
                false
            }
            Err(error) => {
                failures.push(format!("{}: markup does not tokenize: {error}", case.what));
                false
            }
        };
        let past = match errors(&case.bad) {
            Ok(errors) => {
                let right = match case.expect {
                    Expect::Number(number) => {
                        errors.len() == 1 && errors.iter().all(|error| states(error, number))
                    }
                    Expect::Empty => {
                        errors.len() == 1 && errors.iter().all(|error| error.contains("is empty"))
                    }
                };
                if !right {
                    failures.push(format!(
                        "{} past {:?} ({}.{}): expected one error stating the limit, got {errors:?}\n  markup: {}",
                        case.what,
                        case.expect,
                        case.limit.object,
                        case.limit.field,
                        shorten(&case.bad)
                    ));
                }
                right
            }
            Err(error) => {
                failures.push(format!("{}: markup does not tokenize: {error}", case.what));
                false
            }
        };
        if at && past {
            if !proven.contains(&case.limit) {
                proven.push(case.limit);
            }
            fields.push(&case.what);
        }
    }
    (proven, fields, failures)
}

/// Markup with long runs of `é` shortened, for failure messages.
fn shorten(markup: &str) -> String {
    let mut out = String::new();
    let mut streak = 0usize;
    for c in markup.chars() {
        if c == 'é' {
            streak += 1;
            continue;
        }
        if streak > 0 {
            let _ = write!(out, "é×{streak}");
            streak = 0;
        }
        out.push(c);
    }
    out
}

/// Every `Must` limit a tag's attribute or slot carries is checked at compile time, at its
/// number: the literal at the limit expands cleanly, one past it is a `compile_error!` that
/// states the limit.
#[test]
fn macro_checks_agree_with_the_limits_table() {
    let cases = cases();
    let (_, fields, failures) = run(&cases);
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len() * 2,
        failures.join("\n")
    );
    let mut unproven = Vec::new();
    for tag in tags::all() {
        let attrs = tag
            .attrs
            .iter()
            .filter(|attr| enforced(attr.limit).is_some())
            .map(|attr| format!("<{}> attribute `{}`", tag.name, attr.name));
        let slots = tag
            .slots
            .iter()
            .filter(|slot| enforced(slot.limit).or(enforced(slot.chars)).is_some())
            .map(|slot| format!("<{}> slot `{}`", tag.name, slot.name));
        unproven.extend(
            attrs
                .chain(slots)
                .filter(|what| !fields.contains(&what.as_str())),
        );
    }
    assert!(
        unproven.is_empty(),
        "the tag table puts a `Must` limit on these, but no generated case proves it (teach \
         `attr_cases`/`slot_cases` the kind, or make the tag reachable): {unproven:?}"
    );
}

/// Every `Must` limit of `blockkit_limits::ALL` whose object is a tag the macro knows is proven
/// by a case, or listed in [`EXCLUDED`] with the reason the macro cannot check it.
#[test]
fn every_limit_on_a_known_tag_is_covered_or_excluded() {
    let (proven, _, _) = run(&cases());
    let excluded = |limit: &Limit| EXCLUDED.iter().any(|(excluded, _)| *excluded == limit);
    let missing: Vec<String> = limits::ALL
        .iter()
        .filter(|limit| limit.strength == Strength::Must)
        .filter(|limit| tags::find_any(limit.object).is_some())
        .filter(|limit| !proven.contains(limit) && !excluded(limit))
        .map(|limit| format!("{}.{}", limit.object, limit.field))
        .collect();
    assert!(
        missing.is_empty(),
        "limits on tags the macro knows, neither checked at compile time nor excluded: {missing:?}"
    );
    for (limit, why) in EXCLUDED {
        assert!(!why.is_empty());
        assert!(
            limits::ALL.contains(limit),
            "{}.{}",
            limit.object,
            limit.field
        );
        assert!(
            !proven.contains(limit),
            "{}.{} is excluded but proven: remove it from EXCLUDED",
            limit.object,
            limit.field
        );
    }
}

/// `<row>` serves `<table>` and `<data_table>` with `table::CELLS`.
#[test]
fn shared_row_limits_are_equal() {
    let (table, data_table) = (limits::table::CELLS, limits::data_table::CELLS);
    assert_eq!(
        (table.unit, table.min, table.max),
        (data_table.unit, data_table.min, data_table.max)
    );
}

/// `initial_date_time=-1` says "is -1, it must be 0 to 9999999999", and a valid negative `i64`
/// (a rich-text `<date timestamp=-86400 .../>`) is accepted: syn's `Lit` parses `-1` as one
/// negative literal, whose sign `check/values.rs` reads from its digits.
#[test]
fn negative_literal_states_the_range() {
    let errors = errors("<actions><datetimepicker initial_date_time=-1/></actions>");
    assert!(
        errors
            .as_ref()
            .is_ok_and(|errors| errors.len() == 1 && states(&errors[0], 9_999_999_999)),
        "{errors:?}"
    );
    let errors = errors_of_date(-86_400);
    assert!(errors.as_ref().is_ok_and(Vec::is_empty), "{errors:?}");
}

fn errors_of_date(timestamp: i64) -> Result<Vec<String>, String> {
    errors(&format!(
        "<rich_text><rich_text_section><date timestamp={timestamp} format=\"x\"/></rich_text_section></rich_text>"
    ))
}
