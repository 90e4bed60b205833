//! The state of one validation pass: where we are (a JSON pointer built as we descend), what we
//! found, and the payload-wide facts that rules share (block ids, focus, table budget).

use std::collections::{HashMap, HashSet};
use std::fmt;

use blockkit_limits::{Limit, Strength};

use super::report::{Code, Report, Severity, Violation};
use super::{Placement, Surface, ValidationOptions};
use crate::Text;

/// Whether a text field takes both kinds of text object or only `plain_text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextKind {
    /// `plain_text` or `mrkdwn`.
    Any,
    /// `plain_text` only.
    Plain,
}

pub(crate) struct Walker<'a> {
    pub(crate) options: &'a ValidationOptions,
    pub(crate) surface: Surface,
    pointer: String,
    violations: Vec<Violation>,
    /// The `block_id`s of the current payload, with where each was first seen.
    block_ids: HashMap<&'a str, String>,
    /// Where `focus_on_load: true` was first seen in the current view.
    pub(crate) focus: Option<String>,
    /// Table blocks seen in the current message.
    pub(crate) tables: usize,
    /// Blocks with table cells (`table`, `data_table`) seen in the current message, and the
    /// characters of their cells.
    pub(crate) cell_blocks: usize,
    pub(crate) table_chars: u64,
    /// Characters of markdown blocks in the current message.
    pub(crate) markdown_chars: u64,
    /// Bytes of the strings checked so far: a cheap lower bound of the payload's size.
    string_bytes: u64,
}

impl<'a> Walker<'a> {
    pub(crate) fn new(options: &'a ValidationOptions, surface: Surface) -> Self {
        Self {
            options,
            surface,
            pointer: String::new(),
            violations: Vec::new(),
            block_ids: HashMap::new(),
            focus: None,
            tables: 0,
            cell_blocks: 0,
            table_chars: 0,
            markdown_chars: 0,
            string_bytes: 0,
        }
    }

    pub(crate) fn finish(self) -> Report {
        Report::new(self.violations)
    }

    /// Bytes of the strings checked so far.
    pub(crate) fn string_bytes(&self) -> u64 {
        self.string_bytes
    }

    /// Counts the bytes of a string that has no length limit of its own (rich text), so that
    /// the view size check (rule 12) sees it.
    pub(crate) fn add_bytes(&mut self, value: &str) {
        self.string_bytes += value.len() as u64;
    }

    /// Runs `f` one field deeper.
    pub(crate) fn at<R>(&mut self, field: &str, f: impl FnOnce(&mut Self) -> R) -> R {
        let len = self.pointer.len();
        self.pointer.push('/');
        if field.contains(['~', '/']) {
            for c in field.chars() {
                match c {
                    '~' => self.pointer.push_str("~0"),
                    '/' => self.pointer.push_str("~1"),
                    c => self.pointer.push(c),
                }
            }
        } else {
            self.pointer.push_str(field);
        }
        let result = f(self);
        self.pointer.truncate(len);
        result
    }

    /// Runs `f` one array index deeper.
    pub(crate) fn at_index<R>(&mut self, index: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        let len = self.pointer.len();
        push_index(&mut self.pointer, index);
        let result = f(self);
        self.pointer.truncate(len);
        result
    }

    /// Runs `f` for each item of `items`, one index deeper.
    pub(crate) fn each<'b, T>(
        &mut self,
        field: &str,
        items: &'b [T],
        mut f: impl FnMut(&mut Self, &'b T),
    ) {
        self.at(field, |w| {
            for (index, item) in items.iter().enumerate() {
                w.at_index(index, |w| f(w, item));
            }
        });
    }

    /// Records a violation at the current pointer.
    pub(crate) fn report(
        &mut self,
        severity: Severity,
        code: Code,
        message: String,
        numbers: Option<(u64, u64)>,
    ) {
        self.violations.push(Violation {
            pointer: self.pointer.clone(),
            code,
            message,
            limit: numbers.map(|(limit, _)| limit),
            actual: numbers.map(|(_, actual)| actual),
            severity,
        });
    }

    /// Records an error at the current pointer.
    pub(crate) fn error(&mut self, code: Code, message: impl Into<String>) {
        self.report(Severity::Error, code, message.into(), None);
    }

    /// Records a warning at the current pointer.
    pub(crate) fn warn(&mut self, code: Code, message: impl Into<String>) {
        self.report(Severity::Warning, code, message.into(), None);
    }

    /// Records a required field that is absent (at the object that lacks it).
    pub(crate) fn required(&mut self, object: &str, field: &str) {
        self.error(Code::Required, format!("{object} needs `{field}`"));
    }

    /// Records a violation of `limit`, error or warning by the limit's strength.
    fn limit(&mut self, limit: &Limit, code: Code, message: String, numbers: (u64, u64)) {
        let severity = match limit.strength {
            Strength::Must => Severity::Error,
            Strength::Should => Severity::Warning,
        };
        self.report(severity, code, message, Some(numbers));
    }

    /// Checks the length of a string at the current pointer.
    pub(crate) fn check_chars(&mut self, what: impl fmt::Display, value: &str, limit: &Limit) {
        // A string of n bytes has at most n characters: most strings need no counting.
        let bytes = value.len() as u64;
        self.string_bytes += bytes;
        if bytes <= limit.max && bytes >= limit.min.saturating_mul(4) {
            return;
        }
        let count = value.chars().count() as u64;
        if count > limit.max {
            self.limit(
                limit,
                Code::MaxLength,
                format!("{what} is {count} characters; the limit is {}", limit.max),
                (limit.max, count),
            );
        } else if count < limit.min {
            let message = if count == 0 {
                format!(
                    "{what} is empty; it needs at least {} character{}",
                    limit.min,
                    plural(limit.min)
                )
            } else {
                format!("{what} is {count} characters; the minimum is {}", limit.min)
            };
            self.limit(limit, Code::MinLength, message, (limit.min, count));
        }
    }

    /// Checks an optional string field's length.
    pub(crate) fn string(&mut self, field: &str, value: Option<&str>, limit: &Limit) {
        if let Some(value) = value {
            self.at(field, |w| w.check_chars(label(limit, field), value, limit));
        }
    }

    /// Checks a text object: its kind, its `emoji`/`verbatim` flags and its length.
    pub(crate) fn text(&mut self, field: &str, text: &Text, kind: TextKind, limit: &Limit) {
        self.at(field, |w| {
            w.text_here(label(limit, field), text, kind, limit);
        });
    }

    /// Checks an optional text object.
    pub(crate) fn maybe_text(
        &mut self,
        field: &str,
        text: Option<&Text>,
        kind: TextKind,
        limit: &Limit,
    ) {
        if let Some(text) = text {
            self.text(field, text, kind, limit);
        }
    }

    /// Checks the text object at the current pointer.
    pub(crate) fn text_here(
        &mut self,
        what: impl fmt::Display + Copy,
        text: &Text,
        kind: TextKind,
        limit: &Limit,
    ) {
        match text {
            Text::Plain(plain) => {
                if plain.extra.contains_key("verbatim") {
                    self.at("verbatim", |w| {
                        w.error(
                            Code::InvalidValue,
                            "`verbatim` is only allowed on mrkdwn text",
                        );
                    });
                }
            }
            Text::Mrkdwn(mrkdwn) => {
                if kind == TextKind::Plain {
                    self.at("type", |w| {
                        w.error(
                            Code::InvalidType,
                            format!("{what} must be plain_text, not mrkdwn"),
                        );
                    });
                }
                if mrkdwn.extra.contains_key("emoji") {
                    self.at("emoji", |w| {
                        w.error(Code::InvalidValue, "`emoji` is only allowed on plain_text");
                    });
                }
            }
        }
        let general = blockkit_limits::text::TEXT;
        let bounded = Limit {
            min: limit.min.max(general.min),
            max: limit.max.min(general.max),
            ..*limit
        };
        self.at("text", |w| {
            // A SHOULD limit of a field (alert text ≤ 200) is a warning, but the text object's own
            // bounds (1–3000, rule 51) stay a MUST: an empty or 3001-character text is an error.
            if limit.strength == Strength::Should
                && !general.allows(text.text().chars().count() as u64)
            {
                w.check_chars(what, text.text(), &general);
            } else {
                w.check_chars(what, text.text(), &bounded);
            }
        });
    }

    /// Checks the number of items of an array field. An empty array is not serialized, so an
    /// empty required array is reported as `required` on the object.
    pub(crate) fn items(&mut self, object: &str, field: &str, count: usize, limit: &Limit) {
        let count = count as u64;
        if count == 0 {
            if limit.min > 0 {
                self.required(object, field);
            }
            return;
        }
        self.at(field, |w| w.count_items(label(limit, field), count, limit));
    }

    /// Checks an item count at the current pointer.
    pub(crate) fn count_items(&mut self, what: impl fmt::Display, count: u64, limit: &Limit) {
        if count > limit.max {
            self.limit(
                limit,
                Code::MaxItems,
                format!("{what} has {count} items; the limit is {}", limit.max),
                (limit.max, count),
            );
        } else if count < limit.min {
            self.limit(
                limit,
                Code::MinItems,
                format!(
                    "{what} has {count} item{}; the minimum is {}",
                    plural(count),
                    limit.min
                ),
                (limit.min, count),
            );
        }
    }

    /// Checks a number field.
    pub(crate) fn number(&mut self, field: &str, value: Option<u64>, limit: &Limit) {
        let Some(value) = value else { return };
        if !limit.allows(value) {
            self.at(field, |w| {
                let range = if limit.has_max() {
                    format!("between {} and {}", limit.min, limit.max)
                } else {
                    format!("at least {}", limit.min)
                };
                let bound = if value > limit.max {
                    limit.max
                } else {
                    limit.min
                };
                w.limit(
                    limit,
                    Code::OutOfRange,
                    format!("{} is {value}; it must be {range}", label(limit, field)),
                    (bound, value),
                );
            });
        }
    }

    /// Reports a string enum value this version does not know.
    pub(crate) fn known(&mut self, field: &str, value: &str, is_known: bool, allowed: &[&str]) {
        if !is_known {
            self.at(field, |w| {
                w.error(
                    Code::InvalidValue,
                    format!("{field} is `{value}`; expected {}", one_of(allowed)),
                );
            });
        }
    }

    /// Reports an object of unknown `type`: a warning, or an error in strict mode.
    pub(crate) fn unknown_type(&mut self, what: &str, type_name: &str) {
        let message =
            format!("unknown {what} type `{type_name}`; it is kept as it is but not checked");
        if self.options.strict {
            self.error(Code::UnknownType, message);
        } else {
            self.warn(Code::UnknownType, message);
        }
    }

    /// Reports a block or element whose placement Slack does not document, following the policy.
    pub(crate) fn undocumented(&mut self, message: String) {
        match self.options.undocumented_placement {
            Placement::Allowed => {}
            Placement::Undocumented => self.warn(Code::NotAllowedHere, message),
            Placement::Forbidden => self.error(Code::NotAllowedHere, message),
        }
    }

    /// Records a `block_id`, reporting a duplicate.
    pub(crate) fn block_id(&mut self, id: &'a str) {
        if let Some(first) = self.block_ids.get(id) {
            let first = first.clone();
            self.at("block_id", |w| {
                w.error(
                    Code::Duplicate,
                    format!("block_id `{id}` is already used at {first}"),
                );
            });
        } else {
            let here = self.pointer.clone();
            self.block_ids.insert(id, here);
        }
    }

    /// Makes room for `count` more block ids.
    pub(crate) fn expect_block_ids(&mut self, count: usize) {
        self.block_ids.reserve(count);
    }

    /// Starts a new scope of block ids (a message's attachments each have their own).
    pub(crate) fn with_block_id_scope(&mut self, f: impl FnOnce(&mut Self)) {
        let saved = std::mem::take(&mut self.block_ids);
        f(self);
        self.block_ids = saved;
    }

    /// Records `focus_on_load: true`, reporting a second one in the same view.
    pub(crate) fn focus_on_load(&mut self) {
        if let Some(first) = &self.focus {
            let first = first.clone();
            self.at("focus_on_load", |w| {
                w.error(
                    Code::Duplicate,
                    format!(
                        "focus_on_load is already set at {first}; a view may focus one element"
                    ),
                );
            });
        } else {
            self.focus = Some(self.pointer.clone());
        }
    }
}

/// How a message names a limited field: `section text`, `button value`, `fields[]` → `each of
/// section fields`. Written only when a violation is reported, so that checking a field that
/// passes allocates nothing.
#[derive(Clone, Copy)]
pub(crate) struct Label<'l> {
    limit: &'l Limit,
    field: &'l str,
}

pub(crate) fn label<'l>(limit: &'l Limit, field: &'l str) -> Label<'l> {
    Label { limit, field }
}

impl fmt::Display for Label<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field.trim_end_matches("[]");
        match self.limit.object {
            "text" | "block" | "element" | "view" => f.write_str(field),
            object if self.limit.field.ends_with("[]") => write!(f, "each of {object} {field}"),
            object => write!(f, "{object} {field}"),
        }
    }
}

/// `` `a`, `b` or `c` ``.
pub(crate) fn one_of(allowed: &[&str]) -> String {
    match allowed {
        [] => "nothing".to_owned(),
        [one] => format!("`{one}`"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(|a| format!("`{a}`")).collect();
            format!("{} or `{last}`", rest.join(", "))
        }
    }
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Appends `/index` without the formatting machinery (it runs for every item of every array).
fn push_index(pointer: &mut String, mut index: usize) {
    let mut digits = [0_u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + u8::try_from(index % 10).unwrap_or_default();
        index /= 10;
        if index == 0 {
            break;
        }
    }
    pointer.push('/');
    pointer.extend(digits[start..].iter().map(|&digit| char::from(digit)));
}

/// Strings seen so far, to find duplicates: a linear scan while there are few, a hash set
/// beyond.
pub(crate) struct Seen<'v> {
    few: Vec<&'v str>,
    many: HashSet<&'v str>,
}

impl<'v> Seen<'v> {
    const FEW: usize = 32;

    pub(crate) fn new() -> Self {
        Self {
            few: Vec::new(),
            many: HashSet::new(),
        }
    }

    /// Records `value`; `false` when it was recorded before.
    pub(crate) fn insert(&mut self, value: &'v str) -> bool {
        if !self.many.is_empty() {
            return self.many.insert(value);
        }
        if self.few.contains(&value) {
            return false;
        }
        self.few.push(value);
        if self.few.len() > Self::FEW {
            self.many.extend(self.few.drain(..));
        }
        true
    }
}
