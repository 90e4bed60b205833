//! Validation violations as comments, each placed on the code that builds the value it is about.

use std::collections::{BTreeMap, BTreeSet};

use crate::{Severity, Violation};

/// The comments to write, by the JSON pointer of the value they go on.
#[derive(Default)]
pub(super) struct Notes {
    by_pointer: BTreeMap<String, Vec<String>>,
    /// The pointers of the errors (not the warnings): values the `blocks!` macro may refuse.
    errors: BTreeSet<String>,
}

impl Notes {
    /// Places every violation on the deepest value of `rendered` its pointer is inside; the
    /// root (`""`) takes what nothing else does.
    pub(super) fn place(violations: &[Violation], rendered: &BTreeSet<String>) -> Self {
        let mut by_pointer: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut errors = BTreeSet::new();
        for violation in violations {
            let mut pointer = violation.pointer.as_str();
            while !pointer.is_empty() && !rendered.contains(pointer) {
                pointer = pointer.rfind('/').map_or("", |end| &pointer[..end]);
            }
            by_pointer
                .entry(pointer.to_owned())
                .or_default()
                .push(describe(violation));
            if violation.severity == Severity::Error {
                errors.insert(pointer.to_owned());
            }
        }
        Self { by_pointer, errors }
    }

    /// The comments on the value at `pointer`.
    pub(super) fn at(&self, pointer: &str) -> &[String] {
        self.by_pointer.get(pointer).map_or(&[], Vec::as_slice)
    }

    /// Whether the value at `pointer` has an error.
    pub(super) fn error_at(&self, pointer: &str) -> bool {
        self.errors.contains(pointer)
    }

    /// Whether the value at `pointer`, or one inside it, has an error.
    pub(super) fn error_under(&self, pointer: &str) -> bool {
        self.errors
            .range(pointer.to_owned()..)
            .take_while(|key| key.starts_with(pointer))
            .any(|key| key.len() == pointer.len() || key[pointer.len()..].starts_with('/'))
    }
}

/// `error (max_length): header text is 200 characters; the limit is 150`.
pub(super) fn describe(violation: &Violation) -> String {
    let severity = match violation.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    format!("{severity} ({}): {}", violation.code, violation.message)
}

/// `pointer` + `/key`, escaped as JSON pointers are.
pub(super) fn child(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// `pointer` + `/index`.
pub(super) fn item(pointer: &str, index: usize) -> String {
    format!("{pointer}/{index}")
}
