//! The `blocks!` macro: the same JSON as the builders, every tag, mrkdwn escaping, control flow,
//! components, surfaces, and its compile errors (ui tests in `ui/markup/`, run by `tests/ui.rs`).

mod components;
mod control_flow;
mod equivalence;
mod escaping;
mod every_tag;
mod surfaces;

use serde::Serialize;

/// The JSON of a value.
fn json(value: &impl Serialize) -> serde_json::Value {
    serde_json::to_value(value).expect("the model serializes")
}
