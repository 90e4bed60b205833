//! The cases shared by the `libraries` bench (criterion) and the `allocations` bench: every
//! row of a case produces the same JSON, which [`check`] verifies before anything is timed.

pub(crate) mod literal;
pub(crate) mod modal;
pub(crate) mod modal_rivals;
pub(crate) mod parse;
pub(crate) mod typical;
pub(crate) mod typical_rivals;
pub(crate) mod write;

use serde_json::Value;

/// A row: its name and what it does for iteration `n`, returning the JSON text.
pub(crate) type Row = (&'static str, fn(u64) -> String);

/// How many rows a case has: slackblocks' only with the `slackblocks` feature.
const ROWS: usize = if cfg!(feature = "slackblocks") { 6 } else { 5 };
const PARSE_ROWS: usize = ROWS - 2;

/// The rows of the typical message.
pub(crate) const TYPICAL: [Row; ROWS] = [
    (
        "blockkit builders (build+validate+serialize)",
        typical::blockkit,
    ),
    (
        "blockkit blocks! (build+validate+serialize)",
        typical::markup,
    ),
    (
        "slack-morphism (build+serialize)",
        typical_rivals::slack_morphism,
    ),
    #[cfg(feature = "slackblocks")]
    (
        "slackblocks (validating build+serialize)",
        typical_rivals::slackblocks,
    ),
    ("serde_json::json! + to_string", typical_rivals::json_macro),
    ("hand-written String", typical_rivals::hand_written),
];

/// The rows of the large modal.
pub(crate) const MODAL: [Row; ROWS] = [
    (
        "blockkit builders (build+validate+serialize)",
        modal::blockkit,
    ),
    ("blockkit blocks! (build+validate+serialize)", modal::markup),
    (
        "slack-morphism (build+serialize)",
        modal_rivals::slack_morphism,
    ),
    #[cfg(feature = "slackblocks")]
    (
        "slackblocks (validating build+serialize)",
        modal_rivals::slackblocks,
    ),
    ("serde_json::json! + to_string", modal_rivals::json_macro),
    ("hand-written String", modal_rivals::hand_written),
];

/// A parse row: its name and what it does with the input.
pub(crate) type ParseRow = (&'static str, fn(&str) -> String);

/// The rows of parse.
pub(crate) const PARSE: [ParseRow; PARSE_ROWS] = [
    ("blockkit (parse+validate+serialize)", parse::blockkit),
    ("serde_json::Value (parse+serialize)", parse::value),
    ("slack-morphism (parse+serialize)", parse::slack_morphism),
    #[cfg(feature = "slackblocks")]
    (
        "slackblocks (validating parse+serialize)",
        parse::slackblocks,
    ),
];

/// A literal row: its name and what it does.
pub(crate) type LiteralRow = (&'static str, fn() -> String);

/// The rows of the literal-only template.
pub(crate) const LITERAL: [LiteralRow; 3] = [
    (
        "blockkit blocks! literal (build+serialize)",
        literal::markup_json,
    ),
    (
        "blockkit blocks! literal (build+validate+serialize)",
        literal::markup_validated_json,
    ),
    ("hand-written String", literal::hand_written),
];

fn value(case: &str, row: &str, json: &str) -> Value {
    serde_json::from_str(json).unwrap_or_else(|error| panic!("{case}, {row}: not JSON: {error}"))
}

/// Panics unless `outputs` (row name, JSON) all equal the first as `serde_json::Value`s.
pub(crate) fn same(case: &str, outputs: &[(&str, String)]) {
    let (first_row, first) = &outputs[0];
    let expected = value(case, first_row, first);
    for (row, json) in &outputs[1..] {
        let actual = value(case, row, json);
        assert!(
            actual == expected,
            "{case}: `{row}` differs from `{first_row}`:\n{json}\n---\n{first}"
        );
    }
}

/// Checks every case at a few iteration numbers; returns the JSON sizes (typical, modal).
pub(crate) fn check() -> (usize, usize) {
    for n in [0, 1, 42, 7919, 123_456_789] {
        for (case, rows) in [("typical message", &TYPICAL), ("large modal", &MODAL)] {
            let outputs: Vec<_> = rows.iter().map(|&(row, f)| (row, f(n))).collect();
            same(case, &outputs);
        }
    }
    for json in parse::inputs() {
        let mut outputs = vec![("input", json.clone())];
        outputs.extend(PARSE.iter().map(|&(row, f)| (row, f(&json))));
        same("parse", &outputs);
    }
    let mut literal: Vec<_> = LITERAL.iter().map(|&(row, f)| (row, f())).collect();
    let mut expected = value(
        "literal",
        "typical message 42",
        &typical_rivals::hand_written(42),
    );
    if let Value::Object(map) = &mut expected {
        map.shift_remove("channel");
    }
    literal.push(("typical message 42", expected.to_string()));
    same("literal template", &literal);
    (typical::blockkit(42).len(), modal::blockkit(42).len())
}
