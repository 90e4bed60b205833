//! Unknown types: kept, and reported as warnings by default and as errors in strict mode.

use blockkit::{Code, ValidationOptions};
use serde_json::{Value, json};

use super::{actions, assert_error, assert_warning, check_with, message};

/// Payloads with an unknown type at `pointer`.
fn unknowns() -> Vec<(Value, &'static str)> {
    let rich = |element: Value| json!({"type": "rich_text", "elements": [element]});
    vec![
        (
            message(json!([{"type": "hologram", "beam": 1}])),
            "/blocks/0",
        ),
        (
            message(json!([actions(
                json!([{"type": "slider", "action_id": "s"}])
            )])),
            "/blocks/0/elements/0",
        ),
        (
            message(json!([{"type": "context", "elements": [{"type": "sticker"}]}])),
            "/blocks/0/elements/0",
        ),
        (
            message(json!([rich(json!({"type": "rich_text_table"}))])),
            "/blocks/0/elements/0",
        ),
        (
            message(json!([rich(
                json!({"type": "rich_text_section", "elements": [{"type": "spoiler"}]})
            )])),
            "/blocks/0/elements/0/elements/0",
        ),
        (
            message(json!([{"type": "table", "rows": [[{"type": "raw_image"}]]}])),
            "/blocks/0/rows/0/0",
        ),
        (
            message(
                json!([{"type": "data_visualization", "title": "T", "chart": {"type": "radar"}}]),
            ),
            "/blocks/0/chart",
        ),
        (
            message(json!([{"type": "carousel", "elements": [{"type": "hologram"}]}])),
            "/blocks/0/elements/0",
        ),
        (json!({"type": "dialog", "blocks": []}), ""),
    ]
}

#[test]
fn unknown_types_are_warnings_by_default_and_errors_in_strict_mode() {
    let strict = ValidationOptions::default().strict(true);
    for (payload, pointer) in unknowns() {
        let report = if payload["type"] == "dialog" {
            let view: blockkit::View = super::parse(&payload);
            super::check_value(&view, &ValidationOptions::default())
        } else {
            super::check(&payload)
        };
        let violation = assert_warning(&report, Code::UnknownType, pointer);
        assert!(report.is_valid());
        assert!(violation.message.contains("unknown"), "{violation}");
        let report = if payload["type"] == "dialog" {
            let view: blockkit::View = super::parse(&payload);
            super::check_value(&view, &strict)
        } else {
            check_with(&payload, &strict)
        };
        assert_error(&report, Code::UnknownType, pointer);
    }
}
