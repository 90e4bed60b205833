//! The request-level checks shared by the bodies: they collect [`Violation`]s and fold in the
//! reports of the message or view a body carries, re-rooted at its place in the body.

use crate::validate::{Code, Report, Severity, Validate, ValidationOptions, Violation};
use crate::{Message, View};

/// The violations of one request body, in the order they were found.
pub(super) struct Checks<'a> {
    /// The method or payload, for messages (`chat.postEphemeral`).
    method: &'static str,
    options: &'a ValidationOptions,
    violations: Vec<Violation>,
}

impl<'a> Checks<'a> {
    pub(super) fn new(method: &'static str, options: &'a ValidationOptions) -> Self {
        Self {
            method,
            options,
            violations: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, pointer: &str, severity: Severity, code: Code, message: String) {
        self.violations.push(Violation {
            pointer: pointer.to_owned(),
            code,
            message,
            limit: None,
            actual: None,
            severity,
        });
    }

    pub(super) fn error(&mut self, pointer: &str, code: Code, message: String) {
        self.push(pointer, Severity::Error, code, message);
    }

    pub(super) fn warn(&mut self, pointer: &str, code: Code, message: String) {
        self.push(pointer, Severity::Warning, code, message);
    }

    /// A required string argument must not be empty (rule 59: it is there, the type says so).
    pub(super) fn required(&mut self, field: &str, value: &str) {
        if value.is_empty() {
            let method = self.method;
            self.error(
                &format!("/{field}"),
                Code::MinLength,
                format!("{method} needs a non-empty `{field}`"),
            );
        }
    }

    /// A string argument with a length limit (`external_id` ≤ 255, ...).
    pub(super) fn max_chars(
        &mut self,
        field: &str,
        value: Option<&str>,
        limit: &blockkit_limits::Limit,
    ) {
        let Some(value) = value else { return };
        let count = value.chars().count() as u64;
        if count > limit.max {
            self.violations.push(Violation {
                pointer: format!("/{field}"),
                code: Code::MaxLength,
                message: format!("{field} is {count} characters; the limit is {}", limit.max),
                limit: Some(limit.max),
                actual: Some(count),
                severity: Severity::Error,
            });
        }
    }

    /// Exactly one of two arguments (rule 58).
    pub(super) fn one_of(&mut self, first: (&str, bool), second: (&str, bool)) {
        let method = self.method;
        match (first.1, second.1) {
            (true, true) => self.error(
                &format!("/{}", second.0),
                Code::Exclusive,
                format!("{method} takes `{}` or `{}`, not both", first.0, second.0),
            ),
            (false, false) => self.error(
                "",
                Code::Required,
                format!("{method} needs `{}` or `{}`", first.0, second.0),
            ),
            _ => {}
        }
    }

    /// The message's own rules (its fields are flattened into the body: pointers are unchanged),
    /// after a warning for each field it sets that the method does not take.
    pub(super) fn message(&mut self, message: &Message, takes: &[&str]) {
        let method = self.method;
        for (field, set) in super::message_fields(message) {
            if set && !takes.contains(&field) {
                self.warn(
                    &format!("/{field}"),
                    Code::NotAllowedHere,
                    format!("{method} does not take `{field}`; Slack ignores it"),
                );
            }
        }
        let report = message.validate_with(self.options);
        self.violations.extend(report.into_violations());
    }

    /// Warnings for extra fields of a message that do nothing in this payload.
    pub(super) fn ignored_extra(&mut self, message: &Message, keys: &[&str], why: &str) {
        for key in keys {
            if message.extra.contains_key(key) {
                self.warn(
                    &format!("/{key}"),
                    Code::NotAllowedHere,
                    format!("`{key}` {why}"),
                );
            }
        }
    }

    /// The view's own rules, re-rooted at `/view`, after checking that it is of a type the
    /// method takes (`allowed` names the view types; empty for any).
    pub(super) fn view(&mut self, view: &View, allowed: &[&str]) {
        let type_name = view.type_name();
        if !allowed.is_empty() && !allowed.contains(&type_name) {
            let method = self.method;
            let expected = allowed.join(" or ");
            let pointer = if type_name.is_empty() {
                "/view"
            } else {
                "/view/type"
            };
            self.error(
                pointer,
                Code::NotAllowedHere,
                format!("{method} takes a {expected} view; this one is `{type_name}`"),
            );
        }
        let report = view.validate_with(self.options);
        self.violations
            .extend(report.into_violations().into_iter().map(|mut violation| {
                violation.pointer.insert_str(0, "/view");
                violation
            }));
    }

    pub(super) fn finish(self) -> Report {
        Report::new(self.violations)
    }
}
