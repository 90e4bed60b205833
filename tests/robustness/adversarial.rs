//! Adversarial inputs through parse + validate: 1 MB strings in every field, 1 MB of brackets,
//! escapes, digits and whitespace, nesting up to and past the depth limit, and 100 000 blocks.
//! Each asserts what the result is (correctness), never how long it took.

use blockkit::{Block, Code, DividerBlock, HeaderBlock, Message, Modal, Validate, View};
use serde_json::{Value, json};

use super::generate::{Source, blocks, fill, surface};

/// 1 MB (2^20 bytes).
const MB: usize = 1 << 20;

/// Runs `check` on a thread with an 8 MB stack, for inputs whose size (not depth) makes the
/// unoptimized test build recurse deeply. Parsing recurses once per nesting level, up to
/// `blockkit::MAX_DEPTH` (64): unoptimized builds take about 16 KB of stack per level, so the
/// limit keeps even a debug build within a test thread's 2 MB (measured).
fn on_big_stack(check: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(check)
        .and_then(|thread| {
            thread
                .join()
                .map_err(|_| std::io::Error::other("the check panicked"))
        })
        .unwrap();
}

#[test]
fn megabyte_strings_in_every_field_parse_validate_and_round_trip() {
    // Every block type, with every third string 1 MB of markup, control and combining
    // characters.
    let big = "é<&>|*_~`\u{0}\u{301}".repeat(MB / 18);
    let strings = vec![big, "x".to_owned(), String::new()];
    let mut source = Source::new(strings, vec![7, -1, 1 << 40], vec![1, 3, 2, 5]);
    for template in blocks() {
        let json = fill(&template, &mut source, 0);
        let block: Block = blockkit::from_value(json.clone()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(serde_json::to_value(&block).unwrap(), json);
        let text = serde_json::to_string(&block).unwrap();
        assert_eq!(blockkit::from_str::<Block>(&text).unwrap(), block);
        let report = block.validate();
        if text.len() > MB {
            assert!(
                !report.is_valid()
                    || matches!(block.type_name(), "call" | "share_shortcut" | "file"),
                "{}: 1 MB is over every limit",
                block.type_name()
            );
        }
    }
    for kind in 0..3 {
        let json = surface(kind, &mut source);
        if kind == 0 {
            let message: Message = blockkit::from_value(json).unwrap();
            let _ = message.validate();
        } else {
            let view: View = blockkit::from_value(json).unwrap();
            let _ = view.validate();
        }
    }
}

#[test]
fn megabyte_header_is_reported_with_its_length() {
    let text = "a".repeat(MB);
    let json =
        json!({"blocks": [{"type": "header", "text": {"type": "plain_text", "text": text}}]});
    let message: Message = blockkit::from_str(&json.to_string()).unwrap();
    let report = message.validate();
    let violation = report
        .errors()
        .find(|v| v.pointer == "/blocks/0/text/text")
        .unwrap();
    assert_eq!(violation.code, Code::MaxLength);
    assert!(
        violation.message.contains(&MB.to_string()),
        "{}",
        violation.message
    );
}

#[test]
fn megabyte_of_syntax_is_an_error_not_a_panic() {
    on_big_stack(megabyte_of_syntax);
}

fn megabyte_of_syntax() {
    for (unit, tail) in [
        ("[", ""),
        ("{\"blocks\":[", ""),
        ("{\"a\":", "1"),
        ("{\"type\":\"container\",\"child_blocks\":[", ""),
        ("\"", ""),
        ("\\", ""),
        ("1", ""),
        ("-", ""),
        ("{", "}"),
        ("\u{0}", ""),
        ("é", ""),
    ] {
        let text = format!("{}{tail}", unit.repeat(MB / unit.len()));
        assert!(blockkit::from_str::<Message>(&text).is_err(), "{unit:?}");
        assert!(
            blockkit::from_slice::<Block>(text.as_bytes()).is_err(),
            "{unit:?}"
        );
        assert!(blockkit::from_str::<Value>(&text).is_err() || unit == "1");
    }
}

#[test]
fn megabyte_of_escapes_whitespace_and_digits() {
    let escapes = "\\u0000\\ud83d\\ude00\\n".repeat(MB / 20);
    let message: Message = blockkit::from_str(&format!(r#"{{"text": "{escapes}"}}"#)).unwrap();
    assert_eq!(
        message.text.as_deref().map(|t| t.chars().count()),
        Some(3 * (MB / 20))
    );

    let spaced = format!("{}{{}}{}", " \n\t\r".repeat(MB / 4), " ".repeat(MB));
    assert_eq!(
        blockkit::from_str::<Message>(&spaced).unwrap(),
        Message::new()
    );

    let digits = "9".repeat(MB);
    for json in [
        format!(r#"{{"type": "plain_text_input", "max_length": {digits}}}"#),
        format!(r#"{{"type": "datetimepicker", "initial_date_time": -{digits}}}"#),
        format!(r#"{{"type": "raw_number", "value": {digits}, "text": "x"}}"#),
    ] {
        let _ = blockkit::from_str::<blockkit::Element>(&json).map(|e| e.validate());
        let _ = blockkit::from_str::<blockkit::TableCell>(&json);
    }
}

/// `depth` containers, each the only child block of the one around it.
fn nested_containers(depth: usize) -> String {
    let open = r#"{"type":"container","child_blocks":["#;
    format!(
        r#"{{"blocks":[{}{{"type":"divider"}}{}]}}"#,
        open.repeat(depth),
        "]}".repeat(depth)
    )
}

/// On the default test thread (2 MB of stack): the depth limit is what keeps it safe.
#[test]
fn nesting_up_to_the_limit_parses_and_past_it_is_an_error() {
    // Each container adds two levels (object, array) to the message's two and the divider's
    // one: 30 containers reach 63 levels, under `blockkit::MAX_DEPTH` (64).
    let text = nested_containers(30);
    let message: Message = blockkit::from_str(&text).unwrap();
    let report = message.validate();
    let _ = report.violations().len();
    let json = serde_json::to_value(&message).unwrap();
    assert_eq!(blockkit::from_value::<Message>(json).unwrap(), message);
    assert_eq!(
        blockkit::from_str::<Message>(&serde_json::to_string(&message).unwrap()).unwrap(),
        message
    );

    for depth in [31, 64, 100, 10_000] {
        let text = nested_containers(depth);
        assert!(blockkit::from_str::<Message>(&text).is_err(), "{depth}");
    }
}

#[test]
fn values_nested_past_the_limit_are_refused() {
    let mut value = json!({"type": "divider"});
    for _ in 0..300 {
        value = json!({"type": "container", "child_blocks": [value]});
    }
    let error = blockkit::from_value::<Block>(value.clone()).unwrap_err();
    assert!(error.message().contains("nested"), "{error}");
    assert!(blockkit::from_value::<Message>(json!({"blocks": [value]})).is_err());
}

#[test]
fn a_hundred_thousand_blocks() {
    let blocks: Vec<Block> = (0..100_000)
        .map(|i| {
            if i % 2 == 0 {
                DividerBlock::new().into()
            } else {
                HeaderBlock::new("<!channel>").block_id("same").into()
            }
        })
        .collect();
    let message = Message::new().text("x").blocks(blocks.clone());
    let report = message.validate();
    assert!(
        report
            .errors()
            .any(|v| v.code == Code::MaxItems && v.pointer == "/blocks")
    );
    assert!(
        report
            .errors()
            .filter(|v| v.code == Code::Duplicate)
            .count()
            >= 49_999
    );
    let text = serde_json::to_string(&message).unwrap();
    assert_eq!(blockkit::from_str::<Message>(&text).unwrap(), message);
    let modal = Modal::new("x").blocks(blocks);
    assert!(!modal.validate().is_valid());
}
