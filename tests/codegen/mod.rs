//! Code generation (issue 7): Block Kit JSON in, Rust source out.
//!
//! * [`generated`] is the code `blockkit::codegen` writes for every valid corpus file and
//!   fixture, in both styles, committed: its tests run it and compare the JSON it builds with
//!   the input. [`regenerate`] fails when it is stale; `BLOCKKIT_REGENERATE=1 cargo test -p
//!   blockkit-tests codegen` rewrites it. (Should the committed code no longer compile, empty
//!   `generated/mod.rs` first: nothing else refers to it.)
//! * [`snapshots`]: the generated source of a handful of payloads, in both styles.
//! * [`behaviour`]: invalid input, unknown types and fields, literals, errors.
//! * The `blockkit codegen` command is tested with the CLI (`blockkit-cli/tests/cli.rs`).

mod behaviour;
mod corpus;
// Written by the generator, formatted as it formats: rustfmt leaves it alone.
#[rustfmt::skip]
mod generated;
mod regenerate;
mod snapshots;

use serde::Serialize;
use serde_json::Value;

/// The JSON of a value.
fn json(value: impl Serialize) -> Value {
    serde_json::to_value(value).expect("the model serializes")
}

/// A case of the generated harness: the input file, and the generated code that builds it.
type Case = (&'static str, fn() -> Value);

/// Runs each case and compares the JSON it builds with its input.
fn check(style: &str, cases: &[Case]) {
    let mut failures = Vec::new();
    let (mut checked, mut absent) = (0, 0);
    for (file, build) in cases {
        let path = corpus::input(file);
        let Ok(text) = std::fs::read_to_string(&path) else {
            absent += 1;
            continue;
        };
        let input: Value = serde_json::from_str(&text).expect("the input is JSON");
        checked += 1;
        let built = build();
        if built != input {
            failures.push(format!("  {file}:\n    input: {input}\n    built: {built}"));
        }
    }
    if absent > 0 {
        println!(
            "NOTHING CHECKED for {absent} {style} cases: their input is not at {} (the shared \
             corpus lives beside the checkout as `shared/corpus`)",
            corpus::CORPUS
        );
    }
    println!("{checked} {style} cases rebuild their input exactly");
    assert!(
        failures.is_empty(),
        "{} of {} {style} cases build other JSON than their input:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
