//! The checks of single fields: string lengths, text objects, item counts, numbers, enum values.
//!
//! Each check first decides cheaply whether there is anything to report, and descends to the
//! field (and formats anything) only when there is.

use std::fmt;

use blockkit_limits::{Limit, Strength};

use super::Walker;
use crate::validate::report::{Code, Severity};
use crate::{Extra, Text};

/// Whether a text field takes both kinds of text object or only `plain_text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextKind {
    /// `plain_text` or `mrkdwn`.
    Any,
    /// `plain_text` only.
    Plain,
}

/// Whether `value` surely has between `limit.min` and `limit.max` characters, judged by its
/// length alone: a string of n bytes has between n / 4 and n characters, so most strings need
/// no counting.
fn fits_by_bytes(value: &str, limit: &Limit) -> bool {
    let bytes = value.len() as u64;
    bytes <= limit.max && bytes >= limit.min.saturating_mul(4)
}

/// A text field's limit within the text object's own bounds (1–3000, rule 51).
fn within_text_bounds(limit: &Limit) -> Limit {
    let general = blockkit_limits::text::TEXT;
    Limit {
        min: limit.min.max(general.min),
        max: limit.max.min(general.max),
        ..*limit
    }
}

/// Whether a text object surely passes [`Walker::text_here`]: flags that suit its kind, and a
/// length that fits by bytes.
fn text_passes(text: &Text, kind: TextKind, limit: &Limit) -> bool {
    let flags = match text {
        Text::Plain(plain) => !has_extra(&plain.extra, "verbatim"),
        Text::Mrkdwn(mrkdwn) => kind == TextKind::Any && !has_extra(&mrkdwn.extra, "emoji"),
    };
    flags && fits_by_bytes(text.text(), &within_text_bounds(limit))
}

/// Whether `extra` holds `key`. Most objects hold no extra field, which is cheaper to see than
/// a lookup.
fn has_extra(extra: &Extra, key: &str) -> bool {
    !extra.is_empty() && extra.contains_key(key)
}

impl Walker<'_> {
    /// Records a violation of `limit`, error or warning by the limit's strength.
    fn limit(&mut self, limit: &Limit, code: Code, message: String, numbers: (u64, u64)) {
        let severity = match limit.strength {
            Strength::Must => Severity::Error,
            Strength::Should => Severity::Warning,
        };
        self.report(severity, code, message, Some(numbers));
    }

    /// Checks the length of a string at the current pointer.
    #[inline]
    pub(crate) fn check_chars(&mut self, what: impl fmt::Display, value: &str, limit: &Limit) {
        self.string_bytes += value.len() as u64;
        if !fits_by_bytes(value, limit) {
            self.count_chars(what, value, limit);
        }
    }

    /// Counts the characters of a string at the current pointer and reports a length outside
    /// `limit`.
    #[cold]
    fn count_chars(&mut self, what: impl fmt::Display, value: &str, limit: &Limit) {
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
    #[inline]
    pub(crate) fn string(&mut self, field: &'static str, value: Option<&str>, limit: &Limit) {
        if let Some(value) = value {
            self.string_bytes += value.len() as u64;
            if !fits_by_bytes(value, limit) {
                self.at(field, |w| w.count_chars(label(limit, field), value, limit));
            }
        }
    }

    /// Checks a text object: its kind, its `emoji`/`verbatim` flags and its length.
    #[inline]
    pub(crate) fn text(&mut self, field: &'static str, text: &Text, kind: TextKind, limit: &Limit) {
        if text_passes(text, kind, limit) {
            self.string_bytes += text.text().len() as u64;
        } else {
            self.at(field, |w| {
                w.text_violations(label(limit, field), text, kind, limit);
            });
        }
    }

    /// Checks an optional text object.
    #[inline]
    pub(crate) fn maybe_text(
        &mut self,
        field: &'static str,
        text: Option<&Text>,
        kind: TextKind,
        limit: &Limit,
    ) {
        if let Some(text) = text {
            self.text(field, text, kind, limit);
        }
    }

    /// Checks the text object at the current pointer.
    #[inline]
    pub(crate) fn text_here(
        &mut self,
        what: impl fmt::Display + Copy,
        text: &Text,
        kind: TextKind,
        limit: &Limit,
    ) {
        if text_passes(text, kind, limit) {
            self.string_bytes += text.text().len() as u64;
        } else {
            self.text_violations(what, text, kind, limit);
        }
    }

    /// Reports what is wrong with the text object at the current pointer.
    #[cold]
    fn text_violations(
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
        let bounded = within_text_bounds(limit);
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
    #[inline]
    pub(crate) fn items(&mut self, object: &str, field: &'static str, count: usize, limit: &Limit) {
        let count = count as u64;
        if count == 0 {
            if limit.min > 0 {
                self.required(object, field);
            }
        } else if !limit.allows(count) {
            self.at(field, |w| w.count_items(label(limit, field), count, limit));
        }
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
    pub(crate) fn number(&mut self, field: &'static str, value: Option<u64>, limit: &Limit) {
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
    pub(crate) fn known(
        &mut self,
        field: &'static str,
        value: &str,
        is_known: bool,
        allowed: &[&str],
    ) {
        if !is_known {
            self.at(field, |w| {
                w.error(
                    Code::InvalidValue,
                    format!("{field} is `{value}`; expected {}", one_of(allowed)),
                );
            });
        }
    }
}

/// How a message names a limited field: `section text`, `button value`, `fields[]` → `each of
/// section fields`. Written only when a violation is reported, so that checking a field that
/// passes allocates nothing.
#[derive(Clone, Copy)]
struct Label<'l> {
    limit: &'l Limit,
    field: &'l str,
}

fn label<'l>(limit: &'l Limit, field: &'l str) -> Label<'l> {
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
