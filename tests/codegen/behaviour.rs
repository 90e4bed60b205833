//! What the generator promises, one rule at a time.

use blockkit::codegen::{CodegenError, Options, Shape, Style, generate};
use serde_json::{Value, json};

fn code(value: &Value, shape: Shape, style: Style) -> String {
    generate(value, shape, &Options::new().style(style))
        .expect("generates")
        .code
}

/// The line after the one that contains `marker`.
fn line_after<'a>(code: &'a str, marker: &str) -> &'a str {
    let mut lines = code.lines().skip_while(|line| !line.contains(marker));
    lines.next();
    lines.next().unwrap_or_default().trim()
}

#[test]
fn invalid_input_still_generates_code_with_each_violation_on_its_value() {
    let long = "x".repeat(160);
    let message = json!({
        "text": "x",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": long}},
            {"type": "section", "block_id": "s", "text": {"type": "mrkdwn", "text": "one"}},
            {"type": "section", "block_id": "s", "text": {"type": "mrkdwn", "text": "two"}}
        ]
    });
    for style in [Style::Builder, Style::Macro] {
        let generated =
            generate(&message, Shape::Message, &Options::new().style(style)).expect("generates");
        let pointers: Vec<&str> = generated
            .violations
            .iter()
            .map(|v| v.pointer.as_str())
            .collect();
        assert_eq!(pointers, ["/blocks/0/text/text", "/blocks/2/block_id"]);
        let code = generated.code;
        assert_eq!(
            line_after(
                &code,
                "// error (max_length): header text is 160 characters"
            ),
            format!("\"{long}\","),
            "{code}"
        );
        assert_eq!(
            line_after(&code, "// error (duplicate)"),
            "\"s\",",
            "{code}"
        );
        if style == Style::Macro {
            // The macro would refuse these at compile time: they are built with the builders.
            assert!(code.contains("HeaderBlock::new("), "{code}");
            assert!(code.contains("<section block_id=\"s\">"), "{code}");
        }
    }
}

#[test]
fn values_the_builders_do_not_take_are_assigned_with_a_comment() {
    let block = json!({"type": "header", "text": {"type": "mrkdwn", "text": "*bold*"}});
    let code = code(&block, Shape::Block, Style::Builder);
    assert!(
        code.contains("let mut header = HeaderBlock::new(\"\");"),
        "{code}"
    );
    assert!(
        code.contains("header.text = Text::mrkdwn(\"*bold*\");"),
        "{code}"
    );
    assert!(
        code.contains("// error (invalid_type): header text must be plain_text"),
        "{code}"
    );
}

#[test]
fn unknown_types_and_fields_are_kept_with_a_comment() {
    let blocks = json!([
        {"type": "sparkles", "intensity": 11},
        {"type": "divider", "glow": "soft", "tint": [1, 2]}
    ]);
    for style in [Style::Builder, Style::Macro] {
        let code = code(&blocks, Shape::Blocks, style);
        assert!(
            code.contains("// warning (unknown_type): unknown block type `sparkles`"),
            "{code}"
        );
        assert!(
            code.contains(r#"Block::Unknown(RawObject::from_value(json!({"type": "sparkles", "intensity": 11})).expect("a JSON object"))"#)
                || code.contains("RawObject::from_value(json!({\"type\": \"sparkles\", \"intensity\": 11}))"),
            "{code}"
        );
        assert!(
            code.contains(
                "// `glow`, `tint` are not fields blockkit models: they are kept in `extra`"
            ),
            "{code}"
        );
        assert!(
            code.contains(r#"divider.extra.insert("glow", "soft");"#),
            "{code}"
        );
        assert!(
            code.contains(r#"divider.extra.insert("tint", json!([1, 2]));"#),
            "{code}"
        );
    }
}

#[test]
fn long_multi_line_text_is_a_raw_string_and_short_text_stays_escaped() {
    let blocks = json!([
        {"type": "markdown", "text": "# Notes\n\nThe build is \"green\" again.\n"},
        {"type": "section", "text": {"type": "plain_text", "text": "a\nb"}}
    ]);
    for style in [Style::Builder, Style::Macro] {
        let code = code(&blocks, Shape::Blocks, style);
        assert!(
            code.contains("r#\"# Notes\n\nThe build is \"green\" again.\n\"#"),
            "{code}"
        );
        assert!(code.contains(r#""a\nb""#), "{code}");
    }
}

#[test]
fn defaults_and_absent_fields_are_left_out_and_false_is_kept() {
    let element = json!({
        "type": "button",
        "text": {"type": "plain_text", "text": "Go"},
        "action_id": "go"
    });
    let code = code(&element, Shape::Element, Style::Builder);
    assert!(
        code.contains(r#"Button::new("Go").action_id("go")"#),
        "{code}"
    );
    assert!(
        !code.contains(".style(") && !code.contains(".url("),
        "{code}"
    );

    let input = json!({"type": "plain_text_input", "action_id": "a", "multiline": false});
    let code = self::code(&input, Shape::Element, Style::Builder);
    assert!(code.contains(".multiline(false)"), "{code}");
}

#[test]
fn request_bodies_build_and_validate_their_payload_first() {
    let body = json!({"channel": "C1", "text": "hi", "username": "CI"});
    for style in [Style::Builder, Style::Macro] {
        let generated =
            generate(&body, Shape::PostMessage, &Options::new().style(style)).expect("generates");
        assert!(generated.fallible);
        assert_eq!(generated.function, "body");
        assert!(
            generated.code.contains("let message = "),
            "{}",
            generated.code
        );
        assert!(generated.code.contains(".build()?;"), "{}", generated.code);
        assert!(
            generated
                .code
                .contains(r#"Ok(PostMessage::new("C1", message).username("CI"))"#),
            "{}",
            generated.code
        );
    }
}

#[test]
fn functions_are_named_after_what_the_input_is() {
    let cases = [
        (
            json!({"text": "x"}),
            Shape::Message,
            "pub fn message() -> Message",
        ),
        (
            json!([{"type": "divider"}]),
            Shape::Blocks,
            "pub fn blocks() -> Vec<Block>",
        ),
        (
            json!({"type": "divider"}),
            Shape::Block,
            "pub fn block() -> DividerBlock",
        ),
        (
            json!({"type": "home", "blocks": [{"type": "divider"}]}),
            Shape::View,
            "pub fn view() -> HomeTab",
        ),
        (
            json!({"type": "plain_text", "text": "x"}),
            Shape::Text,
            "pub fn text() -> Text",
        ),
    ];
    for (value, shape, signature) in cases {
        let code = code(&value, shape, Style::Builder);
        assert!(code.contains(signature), "{code}");
    }
}

#[test]
fn a_value_of_another_shape_is_an_error() {
    let error = generate(&json!({"type": "header"}), Shape::Block, &Options::new()).unwrap_err();
    assert!(matches!(error, CodegenError::Parse(_)), "{error:?}");
    assert_eq!(error.to_string(), "missing field `text`");
}

#[test]
fn main_prints_the_json() {
    let options = Options::new().style(Style::Builder).main(true);
    let code = generate(&json!({"text": "hi"}), Shape::Message, &options)
        .expect("generates")
        .code;
    assert!(
        code.contains("fn main() -> Result<(), Box<dyn std::error::Error>> {"),
        "{code}"
    );
    assert!(
        code.contains(r#"let message = Message::new().text("hi");"#),
        "{code}"
    );
    assert!(
        code.contains(r#"println!("{}", serde_json::to_string_pretty(&message)?);"#),
        "{code}"
    );
}
