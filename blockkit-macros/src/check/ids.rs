//! Duplicate literal `block_id`s (unique in the whole invocation) and `action_id`s (unique in
//! their block), aware of control flow: two copies in different arms of one `if` or `match`
//! never exist at the same time.

use proc_macro2::Span;
use syn::Error;

/// Where a node sits in the control flow: for each enclosing `if`/`match`, its number and the
/// arm taken.
type Path = Vec<(usize, usize)>;

struct Id {
    value: String,
    span: Span,
    path: Path,
}

#[derive(Default)]
pub(crate) struct Ids {
    next_group: usize,
    path: Path,
    blocks: Vec<Id>,
    actions: Vec<Vec<Id>>,
}

impl Ids {
    /// A new `if` chain or `match`; returns its number.
    pub(crate) fn group(&mut self) -> usize {
        self.next_group += 1;
        self.next_group
    }

    pub(crate) fn enter_arm(&mut self, group: usize, arm: usize) {
        self.path.push((group, arm));
    }

    pub(crate) fn leave_arm(&mut self) {
        self.path.pop();
    }

    pub(crate) fn block_id(&mut self, value: String, span: Span) {
        let path = self.path.clone();
        self.blocks.push(Id { value, span, path });
    }

    pub(crate) fn action_id(&mut self, value: String, span: Span) {
        let path = self.path.clone();
        if let Some(scope) = self.actions.last_mut() {
            scope.push(Id { value, span, path });
        }
    }

    /// A block starts: its elements' `action_id`s are compared with each other.
    pub(crate) fn open_block(&mut self) {
        self.actions.push(Vec::new());
    }

    pub(crate) fn close_block(&mut self, errors: &mut Vec<Error>) {
        if let Some(scope) = self.actions.pop() {
            duplicates(&scope, "action_id", "in this block", errors);
        }
    }

    pub(crate) fn finish(&mut self, errors: &mut Vec<Error>) {
        duplicates(&self.blocks, "block_id", "in this payload", errors);
    }
}

/// Whether two nodes are in different arms of the same `if`/`match`.
fn exclusive(a: &Path, b: &Path) -> bool {
    a.iter().any(|(group, arm)| {
        b.iter()
            .any(|(other, other_arm)| group == other && arm != other_arm)
    })
}

fn duplicates(ids: &[Id], what: &str, scope: &str, errors: &mut Vec<Error>) {
    for (j, later) in ids.iter().enumerate() {
        let first = ids
            .iter()
            .take(j)
            .find(|id| id.value == later.value && !exclusive(&id.path, &later.path));
        if let Some(first) = first {
            errors.push(Error::new(
                later.span,
                format!(
                    "duplicate `{what}` {:?} {scope}\nhelp: every `{what}` must be unique {scope}",
                    later.value
                ),
            ));
            errors.push(Error::new(
                first.span,
                format!("the first `{what}` {:?} is here", first.value),
            ));
        }
    }
}
