//! Parse errors name the place: a dotted path (`blocks[2].accessory`) and, for text input, the
//! line and column — whether `"type"` comes first (streamed) or not (buffered).

use blockkit::{Block, Message, ParseError, View};
use serde_json::json;

/// The message of the task's example: `blocks[2].accessory` is an image without `alt_text`.
fn message_with_bad_accessory(accessory: &serde_json::Value) -> String {
    json!({
        "text": "Three blocks",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "Title"}},
            {"type": "divider"},
            {
                "type": "section",
                "text": {"type": "mrkdwn", "text": "An image, without its alt text"},
                "accessory": accessory
            }
        ]
    })
    .to_string()
}

fn parse_message(json: &str) -> ParseError {
    blockkit::from_str::<Message>(json).expect_err("the payload is broken")
}

#[test]
fn missing_field_names_the_path_type_first() {
    let json =
        message_with_bad_accessory(&json!({"type": "image", "image_url": "https://x/y.png"}));
    let error = parse_message(&json);
    assert_eq!(error.path(), "blocks[2].accessory", "{error}");
    assert_eq!(error.pointer(), "/blocks/2/accessory");
    assert!(error.message().contains("`alt_text`"), "{error}");
    assert!(error.line() > 0, "text input has a position: {error:?}");
    assert!(
        error
            .to_string()
            .starts_with("blocks[2].accessory: missing field `alt_text`"),
        "{error}"
    );
}

#[test]
fn missing_field_names_the_path_type_not_first() {
    let json =
        message_with_bad_accessory(&json!({"image_url": "https://x/y.png", "type": "image"}));
    let error = parse_message(&json);
    assert_eq!(error.path(), "blocks[2].accessory", "{error}");
    assert!(error.message().contains("`alt_text`"), "{error}");

    // The block itself buffered too: the inner path is joined to the outer one.
    let json = json!({"blocks": [
        {"type": "divider"},
        {"type": "divider"},
        {
            "block_id": "s1",
            "accessory": {"image_url": "https://x/y.png", "type": "image"},
            "type": "section"
        }
    ]})
    .to_string();
    let error = parse_message(&json);
    assert_eq!(error.path(), "blocks[2].accessory", "{error}");
    assert!(error.message().contains("`alt_text`"), "{error}");

    // And from a `Value`, where there is no line or column.
    let error = blockkit::from_value::<Message>(serde_json::from_str(&json).unwrap()).unwrap_err();
    assert_eq!(error.path(), "blocks[2].accessory", "{error}");
    assert_eq!((error.line(), error.column()), (0, 0));
}

#[test]
fn deep_errors_name_the_whole_path() {
    let json = json!({
        "type": "modal",
        "title": {"type": "plain_text", "text": "Deep"},
        "blocks": [{
            "type": "input",
            "label": {"type": "plain_text", "text": "Pick"},
            "element": {
                "type": "static_select",
                "options": [
                    {"text": {"type": "plain_text", "text": "One"}, "value": "1"},
                    {"value": "2", "text": {"text": "Two"}}
                ]
            }
        }]
    })
    .to_string();
    let error = blockkit::from_str::<View>(&json).unwrap_err();
    assert_eq!(error.path(), "blocks[0].element.options[1].text", "{error}");
    assert!(error.message().contains("`type`"), "{error}");
}

#[test]
fn wrong_json_type_names_the_field() {
    let json = r#"{"blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": 5}}]}"#;
    let error = parse_message(json);
    assert_eq!(error.path(), "blocks[0].text.text", "{error}");
    assert!(error.message().contains("expected a string"), "{error}");
    assert_eq!(error.line(), 1);
    assert!(error.column() > 0);

    let error = parse_message(r#"{"text": "hi", "mrkdwn": "yes"}"#);
    assert_eq!(error.path(), "mrkdwn", "{error}");
    assert!(error.message().contains("expected a boolean"), "{error}");

    let error = parse_message(r#"{"blocks": {"type": "divider"}}"#);
    assert_eq!(error.path(), "blocks", "{error}");
    assert!(error.message().contains("expected a sequence"), "{error}");

    // Type not first: the field is still named.
    let json = r#"{"blocks": [{"block_id": "b", "type": "header", "text": {"type": "plain_text", "text": ["x"]}}]}"#;
    let error = parse_message(json);
    assert_eq!(error.path(), "blocks[0].text.text", "{error}");
}

#[test]
fn a_type_that_is_not_a_string_or_missing_is_an_error() {
    let error = blockkit::from_str::<Block>(r#"{"type": 7}"#).unwrap_err();
    assert_eq!(error.path(), "type", "{error}");

    let error = blockkit::from_str::<Vec<Block>>(r#"[{"type": "divider"}, {"block_id": "x"}]"#)
        .unwrap_err();
    assert_eq!(error.path(), "[1]", "{error}");
    assert!(error.message().contains("missing field `type`"), "{error}");

    // A text object of an unknown type is an error, not a kept unknown: text has two kinds only.
    let json = r#"{"blocks": [{"type": "section", "text": {"type": "text", "text": "hi"}}]}"#;
    let error = parse_message(json);
    assert_eq!(error.path(), "blocks[0].text.type", "{error}");
    assert!(error.message().contains("plain_text"), "{error}");
}

#[test]
fn truncated_json_gives_line_and_column() {
    let json = "{\n  \"text\": \"hi\",\n  \"blocks\": [\n    {\"type\": \"divider\"}";
    let error = parse_message(json);
    assert_eq!(error.line(), 4, "{error:?}");
    assert!(error.column() > 0, "{error:?}");
    assert!(error.message().contains("EOF"), "{error}");
    assert!(error.to_string().contains("(line 4, column"), "{error}");

    let error = blockkit::from_str::<Message>("{\"text\": \"hi\",\n\"blocks\": [}").unwrap_err();
    assert_eq!(error.line(), 2, "{error:?}");

    let error = blockkit::from_str::<Message>(r#"{"text": "hi"} trailing"#).unwrap_err();
    assert_eq!(error.line(), 1, "{error:?}");
    assert!(error.message().contains("trailing"), "{error}");
}

#[test]
fn nesting_deeper_than_the_limit_is_an_error_not_a_stack_overflow() {
    // 100,000 brackets, and containers nested past the limit, on the default (2 MB) test
    // thread: refused before any recursive deserializer runs.
    let brackets = "[".repeat(100_000);
    let error = blockkit::from_str::<Vec<Block>>(&brackets).unwrap_err();
    assert!(
        error.message().contains("nested more than 64 levels"),
        "{error}"
    );
    assert_eq!((error.line(), error.column()), (1, blockkit::MAX_DEPTH + 1));

    let containers = r#"{"type":"container","child_blocks":["#.repeat(64);
    let error = blockkit::from_slice::<Block>(containers.as_bytes()).unwrap_err();
    assert!(error.message().contains("nested more than"), "{error}");

    // Brackets inside strings do not count.
    let text = format!(
        r#"{{"type":"header","text":{{"type":"plain_text","text":"{}"}}}}"#,
        "[".repeat(500)
    );
    assert!(blockkit::from_str::<Block>(&text).is_ok());

    // Real payloads nest far less than the limit: 20 levels of rich text lists parse.
    let deep = serde_json::json!({"type": "rich_text", "elements": [{"type": "rich_text_list", "style": "bullet", "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": "x", "style": {"bold": true}}]}]}]});
    assert!(blockkit::from_str::<Block>(&deep.to_string()).is_ok());
}
