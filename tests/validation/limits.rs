//! Every limit of the one table (`blockkit-limits`), at the limit and one past it.
//!
//! For each limit, [`super::limit_cases::case`] builds a payload with `n` characters, items or a
//! value `n` at the limited field. The test then checks, from the table's numbers alone:
//!
//! * at `max` and at `min`: no violation at all (strings made of `é`, two bytes each, so that a
//!   count of bytes instead of characters would be caught);
//! * at `max + 1`: exactly the expected violation (`max_length`, `max_items` or `out_of_range`),
//!   at the expected pointer, an error for a MUST limit and a warning for a SHOULD one, with
//!   `limit = max` and `actual = max + 1` — with ASCII and with `é` strings;
//! * at `min - 1`: `min_length` / `min_items` / `out_of_range` (or `required` on the object when
//!   an array is empty, as an empty array is not serialized), with `limit = min`, `actual = min - 1`.

use blockkit::{Code, Severity};

use super::limit_cases::{Case, Side, case};
use super::table::{self, Limit, Strength, Unit};
use super::{assert_clean, check};

fn severity(limit: &Limit) -> Severity {
    match limit.strength {
        Strength::Must => Severity::Error,
        Strength::Should => Severity::Warning,
    }
}

fn name(limit: &Limit) -> String {
    format!("{}.{}", limit.object, limit.field)
}

#[test]
fn every_limit_is_enforced_at_its_bounds() {
    let mut checked = 0;
    for limit in table::ALL {
        let Some(case) = case(limit) else {
            // Only the byte size of a view has no case here: it has its own test
            // (surfaces::a_view_over_250_kb_is_reported).
            assert_eq!(limit.unit, Unit::Bytes, "no case for {}", name(limit));
            continue;
        };
        if limit.has_max() {
            check_max(limit, &case);
        }
        if limit.min > 0 {
            check_min(limit, &case);
        }
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} limits were checked");
}

fn check_max(limit: &Limit, case: &Case) {
    let name = name(limit);
    let max = limit.max;
    let at = check(&(case.build)(max, 'é'));
    assert!(at.is_empty(), "{name} at its maximum {max}:\n{at}");
    if let Side::Skip(_) = case.max {
        return;
    }
    let code = match limit.unit {
        Unit::Chars => Code::MaxLength,
        Unit::Items => Code::MaxItems,
        Unit::Value | Unit::Bytes => Code::OutOfRange,
    };
    let mut expected = vec![(code, case.pointer.clone(), severity(limit))];
    if let Side::Also(also) = &case.max {
        expected.extend(also.iter().cloned());
    }
    let fills: &[char] = if limit.unit == Unit::Chars { &['a', 'é'] } else { &['a'] };
    for &fill in fills {
        let report = check(&(case.build)(max + 1, fill));
        let actual: Vec<(Code, String, Severity)> = report
            .violations()
            .iter()
            .map(|v| (v.code, v.pointer.clone(), v.severity))
            .collect();
        assert_eq!(actual, expected, "{name} at {} ({fill:?}):\n{report}", max + 1);
        let first = &report.violations()[0];
        assert_eq!(
            (first.limit, first.actual),
            (Some(max), Some(max + 1)),
            "{name}: {first}"
        );
        assert!(
            first.message.contains(&max.to_string()) && first.message.contains(&(max + 1).to_string()),
            "{name}: the message states the limit and the actual value: {first}"
        );
    }
}

fn check_min(limit: &Limit, case: &Case) {
    let name = name(limit);
    let min = limit.min;
    let at = check(&(case.build)(min, 'é'));
    assert!(at.is_empty(), "{name} at its minimum {min}:\n{at}");
    let below = min - 1;
    let report = check(&(case.build)(below, 'a'));
    let (code, pointer, numbers) = match limit.unit {
        Unit::Items if below == 0 => (Code::Required, case.parent.clone(), None),
        Unit::Items => (Code::MinItems, case.pointer.clone(), Some((min, below))),
        Unit::Chars => (Code::MinLength, case.pointer.clone(), Some((min, below))),
        Unit::Value | Unit::Bytes => (Code::OutOfRange, case.pointer.clone(), Some((min, below))),
    };
    let severity = case.min_severity.unwrap_or_else(|| severity(limit));
    let violation = match report.violations() {
        [violation] => violation,
        _ => panic!("{name} at {below}: expected one `{code}` at {pointer}, got:\n{report}"),
    };
    assert_eq!(
        (violation.code, violation.pointer.as_str(), violation.severity),
        (code, pointer.as_str(), severity),
        "{name} at {below}: {violation}"
    );
    if let Some((limit, actual)) = numbers {
        assert_eq!((violation.limit, violation.actual), (Some(limit), Some(actual)), "{name}: {violation}");
    }
}

#[test]
fn a_shorter_text_limit_than_the_text_object_s_is_the_one_reported() {
    // A header's text object has the general 3000 limit and the header's 150: the smaller wins.
    let header = |n: usize| super::message(serde_json::json!([{"type": "header", "text": super::plain("h".repeat(n))}]));
    assert_clean(&check(&header(150)));
    let report = check(&header(3001));
    let violation = super::assert_error(&report, Code::MaxLength, "/blocks/0/text/text");
    super::assert_numbers(&violation, 150, 3001);
}
