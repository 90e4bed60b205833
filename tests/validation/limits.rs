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
    let mut failures = Vec::new();
    for limit in table::ALL {
        let Some(case) = case(limit) else {
            // Only the byte size of a view has no case here: it has its own test
            // (surfaces::a_view_over_250_kb_is_reported).
            assert_eq!(limit.unit, Unit::Bytes, "no case for {}", name(limit));
            continue;
        };
        // Every limit is checked, and every failure reported, not only the first.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            if limit.has_max() {
                check_max(limit, &case);
            }
            if limit.min > 0 {
                check_min(limit, &case);
            }
        }));
        if let Err(panic) = result {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            failures.push(message);
        }
        checked += 1;
    }
    assert!(
        failures.is_empty(),
        "{} limits failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    assert!(checked >= 100, "only {checked} limits were checked");
}

fn check_max(limit: &Limit, case: &Case) {
    let name = name(limit);
    let max = limit.max;
    let at = check(&(case.build)(max, 'é'));
    assert!(at.is_empty(), "{name} at its maximum {max}:\n{at}");
    // The same with ASCII: a fast path on byte lengths must agree.
    let at = check(&(case.build)(max, 'a'));
    assert!(at.is_empty(), "{name} at its maximum {max} (ASCII):\n{at}");
    if let Side::Skip(why) = case.max {
        assert!(
            !why.is_empty(),
            "{name}: say why the maximum is not checked"
        );
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
    let fills: &[char] = if limit.unit == Unit::Chars {
        &['a', 'é']
    } else {
        &['a']
    };
    for &fill in fills {
        let report = check(&(case.build)(max + 1, fill));
        let actual: Vec<(Code, String, Severity)> = report
            .violations()
            .iter()
            .map(|v| (v.code, v.pointer.clone(), v.severity))
            .collect();
        assert_eq!(
            actual,
            expected,
            "{name} at {} ({fill:?}):\n{report}",
            max + 1
        );
        let first = &report.violations()[0];
        assert_eq!(
            (first.limit, first.actual),
            (Some(max), Some(max + 1)),
            "{name}: {first}"
        );
        assert!(
            first.message.contains(&max.to_string())
                && first.message.contains(&(max + 1).to_string()),
            "{name}: the message states the limit and the actual value: {first}"
        );
    }
}

fn check_min(limit: &Limit, case: &Case) {
    let name = name(limit);
    let min = limit.min;
    let at = check(&(case.build)(min, 'é'));
    let at_min: Vec<(Code, String, Severity)> = at
        .violations()
        .iter()
        .map(|v| (v.code, v.pointer.clone(), v.severity))
        .collect();
    assert_eq!(at_min, case.at_min, "{name} at its minimum {min}:\n{at}");
    let below = min - 1;
    let report = check(&(case.build)(below, 'a'));
    let severity = case.min_severity.unwrap_or_else(|| severity(limit));
    let (code, pointer, severity, numbers) = match (limit.unit, &case.parent) {
        // An empty array is not serialized: the object lacks a required field.
        (Unit::Items, Some(parent)) if below == 0 => {
            (Code::Required, parent.clone(), Severity::Error, None)
        }
        (Unit::Items, _) => (
            Code::MinItems,
            case.pointer.clone(),
            severity,
            Some((min, below)),
        ),
        (Unit::Chars, _) => (
            Code::MinLength,
            case.pointer.clone(),
            severity,
            Some((min, below)),
        ),
        (Unit::Value | Unit::Bytes, _) => (
            Code::OutOfRange,
            case.pointer.clone(),
            severity,
            Some((min, below)),
        ),
    };
    let mut expected = vec![(code, pointer, severity)];
    if let Side::Also(also) = &case.min {
        expected.extend(also.iter().cloned());
    }
    let actual: Vec<(Code, String, Severity)> = report
        .violations()
        .iter()
        .map(|v| (v.code, v.pointer.clone(), v.severity))
        .collect();
    assert_eq!(actual, expected, "{name} at {below}:\n{report}");
    let first = &report.violations()[0];
    if let Some((limit, actual)) = numbers {
        assert_eq!(
            (first.limit, first.actual),
            (Some(limit), Some(actual)),
            "{name}: {first}"
        );
    }
}

#[test]
fn a_shorter_text_limit_than_the_text_object_s_is_the_one_reported() {
    // A header's text object has the general 3000 limit and the header's 150: the smaller wins.
    let header = |n: usize| {
        super::message(serde_json::json!([{"type": "header", "text": super::plain("h".repeat(n))}]))
    };
    assert_clean(&check(&header(150)));
    let report = check(&header(3001));
    let violation = super::assert_error(&report, Code::MaxLength, "/blocks/0/text/text");
    super::assert_numbers(&violation, 150, 3001);
}
