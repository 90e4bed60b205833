//! Characters are Unicode scalar values (`str::chars().count()`), as documented in
//! `blockkit-limits`.

use blockkit::{Code, HeaderBlock, Message, MrkdwnText, SectionBlock, Validate};
use serde_json::json;

use super::{assert_clean, assert_error, assert_numbers, check, message, plain};

fn section(text: String) -> serde_json::Value {
    message(json!([{"type": "section", "text": {"type": "mrkdwn", "text": text}}]))
}

fn header(text: String) -> serde_json::Value {
    message(json!([{"type": "header", "text": plain(text)}]))
}

#[test]
fn three_thousand_e_acute_is_a_valid_section_text() {
    // 6000 bytes of UTF-8, 3000 characters.
    let text = "é".repeat(3000);
    assert_eq!(text.len(), 6000);
    assert_clean(&check(&section(text.clone())));
    let built = Message::new()
        .text("x")
        .block(SectionBlock::new().text(MrkdwnText::raw(text)));
    assert_clean(&built.validate());
}

#[test]
fn three_thousand_and_one_ascii_characters_are_not() {
    let report = check(&section("a".repeat(3001)));
    let violation = assert_error(&report, Code::MaxLength, "/blocks/0/text/text");
    assert_numbers(&violation, 3000, 3001);
    assert_eq!(
        violation.message,
        "section text is 3001 characters; the limit is 3000"
    );
    // The count is of characters, not bytes, past the limit too.
    let report = check(&section("é".repeat(3001)));
    let violation = assert_error(&report, Code::MaxLength, "/blocks/0/text/text");
    assert_numbers(&violation, 3000, 3001);
}

#[test]
fn one_hundred_and_fifty_emoji_fit_in_a_header() {
    // Astral-plane characters: 4 bytes of UTF-8, 2 UTF-16 units, 1 scalar value each.
    for emoji in ["😀", "🦀", "🎉"] {
        let text = emoji.repeat(150);
        assert_eq!(text.len(), 600);
        assert_clean(&check(&header(text.clone())));
        assert_clean(
            &Message::new()
                .text("x")
                .block(HeaderBlock::new(text))
                .validate(),
        );
        let report = check(&header(emoji.repeat(151)));
        let violation = assert_error(&report, Code::MaxLength, "/blocks/0/text/text");
        assert_numbers(&violation, 150, 151);
    }
}

#[test]
fn scalar_values_not_graphemes() {
    // A thumbs-up with a skin tone is one grapheme but two scalar values: 75 of them fill a
    // header, 76 do not. Likewise `e` + combining acute accent.
    let thumbs = "👍🏽";
    assert_eq!(thumbs.chars().count(), 2);
    assert_clean(&check(&header(thumbs.repeat(75))));
    assert_error(
        &check(&header(thumbs.repeat(76))),
        Code::MaxLength,
        "/blocks/0/text/text",
    );
    let combining = "e\u{301}";
    assert_clean(&check(&header(combining.repeat(75))));
    assert_error(
        &check(&header(combining.repeat(76))),
        Code::MaxLength,
        "/blocks/0/text/text",
    );
}

#[test]
fn every_kind_of_string_counts_characters() {
    // A plain string (block_id), a text object (button text) and a table's cell budget.
    let divider = message(json!([{"type": "divider", "block_id": "ü".repeat(255)}]));
    assert_clean(&check(&divider));
    let button = message(json!([{"type": "actions", "elements": [
        {"type": "button", "text": plain("ß".repeat(75))},
    ]}]));
    assert_clean(&check(&button));
    let table = message(
        json!([{"type": "table", "rows": [[{"type": "raw_text", "text": "日".repeat(10_000)}]]}]),
    );
    assert_clean(&check(&table));
    let table = message(
        json!([{"type": "table", "rows": [[{"type": "raw_text", "text": "日".repeat(10_001)}]]}]),
    );
    let violation = assert_error(&check(&table), Code::MaxLength, "/blocks/0/rows");
    assert_numbers(&violation, 10_000, 10_001);
}
