//! The state of one validation pass: where we are (the path from the payload's root), what we
//! found, and the payload-wide facts that rules share (block ids, focus, table budget).
//!
//! Most payloads have no violation, so the path is kept as a stack of steps (field names and
//! indexes) and becomes a JSON pointer only when a violation is recorded. The checks of single
//! fields (lengths, counts, text objects) are in `checks`.

mod checks;
mod seen;

pub(crate) use checks::{TextKind, one_of};
use seen::FirstUses;
pub(crate) use seen::Seen;

use super::report::{Code, Report, Severity, Violation};
use super::{Placement, Surface, ValidationOptions};

/// One step of the path from the payload's root: a field or an array index.
#[derive(Debug, Clone, Copy)]
enum Step {
    Field(&'static str),
    Index(usize),
}

/// Renders `steps` as a JSON pointer (RFC 6901: `~` and `/` in names are escaped).
fn pointer(steps: &[Step]) -> String {
    let mut pointer = String::new();
    for step in steps {
        pointer.push('/');
        match *step {
            Step::Field(name) => {
                for c in name.chars() {
                    match c {
                        '~' => pointer.push_str("~0"),
                        '/' => pointer.push_str("~1"),
                        c => pointer.push(c),
                    }
                }
            }
            Step::Index(index) => pointer.push_str(&index.to_string()),
        }
    }
    pointer
}

pub(crate) struct Walker<'a> {
    pub(crate) options: &'a ValidationOptions,
    pub(crate) surface: Surface,
    /// Where we are.
    path: Vec<Step>,
    violations: Vec<Violation>,
    /// The `block_id`s of the current payload, each with where it was first seen: a range of
    /// `block_paths`.
    block_ids: FirstUses<'a, (usize, usize)>,
    /// The paths of the blocks whose ids are in `block_ids`, one after another.
    block_paths: Vec<Step>,
    /// Where `focus_on_load: true` was first seen in the current view.
    focus: Option<String>,
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
            path: Vec::with_capacity(16),
            violations: Vec::new(),
            block_ids: FirstUses::new(),
            block_paths: Vec::new(),
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

    /// Runs `f` one step deeper.
    fn step<R>(&mut self, step: Step, f: impl FnOnce(&mut Self) -> R) -> R {
        let depth = self.path.len();
        self.path.push(step);
        let result = f(self);
        self.path.truncate(depth);
        result
    }

    /// Runs `f` one field deeper. Field names are literals (`&'static str`): the path keeps
    /// them as they are and writes the pointer only for a violation.
    pub(crate) fn at<R>(&mut self, field: &'static str, f: impl FnOnce(&mut Self) -> R) -> R {
        self.step(Step::Field(field), f)
    }

    /// Runs `f` one array index deeper.
    pub(crate) fn at_index<R>(&mut self, index: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        self.step(Step::Index(index), f)
    }

    /// Runs `f` for each item of `items`, one index deeper.
    pub(crate) fn each<'b, T>(
        &mut self,
        field: &'static str,
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
            pointer: pointer(&self.path),
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

    /// Records the `block_id` of the block at the current pointer, reporting a duplicate.
    pub(crate) fn block_id(&mut self, id: &'a str) {
        let here = || {
            let start = self.block_paths.len();
            self.block_paths.extend_from_slice(&self.path);
            (start, self.block_paths.len())
        };
        let Some((start, end)) = self.block_ids.first_use(id, here) else {
            return;
        };
        let first = pointer(&self.block_paths[start..end]);
        self.at("block_id", |w| {
            w.error(
                Code::Duplicate,
                format!("block_id `{id}` is already used at {first}"),
            );
        });
    }

    /// Makes room for the ids of `count` more blocks.
    pub(crate) fn expect_block_ids(&mut self, count: usize) {
        self.block_ids.reserve(count);
    }

    /// Starts a new scope of block ids (a message's attachments each have their own).
    pub(crate) fn with_block_id_scope(&mut self, f: impl FnOnce(&mut Self)) {
        let saved = std::mem::replace(&mut self.block_ids, FirstUses::new());
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
            self.focus = Some(pointer(&self.path));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Step, pointer};

    #[test]
    fn pointers_escape_names_and_write_indexes() {
        let steps = [Step::Field("blocks"), Step::Index(12), Step::Field("a~b/c")];
        assert_eq!(pointer(&steps), "/blocks/12/a~0b~1c");
        assert_eq!(pointer(&[]), "");
    }
}
