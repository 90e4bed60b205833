//! Rules of the classic blocks (spec §4.1–§4.13, §9 rules 13–23). Counts and lengths are in
//! `limits`, unique ids in `whole_payload`, the accessory and element sets in `placement`.

use blockkit::{Code, Message, Severity};
use serde_json::{Value, json};

use super::{
    assert_clean, assert_error, assert_violations, assert_warning, check, input, message, modal,
    mrkdwn, plain,
};

fn one(block: Value) -> blockkit::Report {
    check(&message(json!([block])))
}

#[test]
fn rule_15_a_section_needs_text_or_fields() {
    assert_error(
        &one(json!({"type": "section"})),
        Code::Required,
        "/blocks/0",
    );
    assert_clean(&one(json!({"type": "section", "text": plain("t")})));
    assert_clean(&one(
        json!({"type": "section", "fields": [plain("a"), mrkdwn("*b*")]}),
    ));
    assert_clean(&one(
        json!({"type": "section", "text": mrkdwn("t"), "fields": [mrkdwn("f")], "expand": true}),
    ));
}

#[test]
fn rule_17_input_label_and_hint_are_plain_text() {
    let element = json!({"type": "plain_text_input"});
    let block = json!({"type": "input", "label": mrkdwn("*L*"), "element": element});
    assert_error(
        &check(&modal(json!([block]))),
        Code::InvalidType,
        "/blocks/0/label/type",
    );
    let block =
        json!({"type": "input", "label": plain("L"), "hint": mrkdwn("h"), "element": element});
    assert_error(
        &check(&modal(json!([block]))),
        Code::InvalidType,
        "/blocks/0/hint/type",
    );
    // Without a label or an element, an input block does not parse at all.
    for block in [
        json!({"type": "input", "element": element}),
        json!({"type": "input", "label": plain("L")}),
    ] {
        assert!(blockkit::from_value::<Message>(message(json!([block]))).is_err());
    }
}

#[test]
fn rule_18_no_dispatch_action_with_a_file_input() {
    let block = |dispatch: bool, element: Value| {
        let mut block = input(element);
        block["dispatch_action"] = json!(dispatch);
        modal(json!([block]))
    };
    let report = check(&block(true, json!({"type": "file_input"})));
    assert_error(&report, Code::InvalidValue, "/blocks/0/dispatch_action");
    assert_clean(&check(&block(false, json!({"type": "file_input"}))));
    assert_clean(&check(&block(true, json!({"type": "plain_text_input"}))));
}

#[test]
fn rule_19_header_text_is_plain_text() {
    assert_clean(&one(json!({"type": "header", "text": plain("H")})));
    assert_error(
        &one(json!({"type": "header", "text": mrkdwn("*H*")})),
        Code::InvalidType,
        "/blocks/0/text/type",
    );
}

#[test]
fn rule_20_an_image_has_exactly_one_source() {
    let file = |file: Value| json!({"type": "image", "alt_text": "a", "slack_file": file});
    assert_clean(&one(
        json!({"type": "image", "alt_text": "a", "image_url": "https://i"}),
    ));
    assert_clean(&one(file(json!({"id": "F1"}))));
    assert_clean(&one(file(json!({"url": "https://files.slack.com/x.png"}))));
    let both = json!({"type": "image", "alt_text": "a", "image_url": "https://i", "slack_file": {"id": "F1"}});
    assert_error(&one(both), Code::Exclusive, "/blocks/0");
    assert_error(
        &one(json!({"type": "image", "alt_text": "a"})),
        Code::Required,
        "/blocks/0",
    );
    // The slack_file object itself: exactly one of url / id (rule 50).
    assert_error(
        &one(file(json!({"id": "F1", "url": "https://f"}))),
        Code::Exclusive,
        "/blocks/0/slack_file",
    );
    assert_error(
        &one(file(json!({}))),
        Code::Required,
        "/blocks/0/slack_file",
    );
    // The title is plain_text.
    let titled =
        json!({"type": "image", "alt_text": "a", "image_url": "https://i", "title": mrkdwn("t")});
    assert_error(&one(titled), Code::InvalidType, "/blocks/0/title/type");
    // The same for the image element, in a context block and as an accessory.
    let element = json!({"type": "image", "alt_text": "a", "image_url": "https://i", "slack_file": {"id": "F1"}});
    let report = one(json!({"type": "context", "elements": [element]}));
    assert_error(&report, Code::Exclusive, "/blocks/0/elements/0");
    let report = one(
        json!({"type": "section", "text": mrkdwn("s"), "accessory": {"type": "image", "alt_text": "a"}}),
    );
    assert_error(&report, Code::Required, "/blocks/0/accessory");
}

fn video() -> Value {
    json!({"type": "video", "alt_text": "a", "video_url": "https://v", "thumbnail_url": "https://t", "title": plain("V")})
}

#[test]
fn rule_21_a_video_has_its_required_fields() {
    assert_clean(&one(video()));
    for field in ["alt_text", "video_url", "thumbnail_url"] {
        let mut block = video();
        block[field] = json!("");
        assert_error(
            &one(block.clone()),
            Code::MinLength,
            &format!("/blocks/0/{field}"),
        );
        block.as_object_mut().unwrap().remove(field);
        assert!(
            blockkit::from_value::<Message>(message(json!([block]))).is_err(),
            "{field}"
        );
    }
    for field in ["title", "description"] {
        let mut block = video();
        block[field] = mrkdwn("m");
        assert_error(
            &one(block),
            Code::InvalidType,
            &format!("/blocks/0/{field}/type"),
        );
    }
}

fn table(rows: Value) -> Value {
    json!({"type": "table", "rows": rows})
}

fn raw(text: &str) -> Value {
    json!({"type": "raw_text", "text": text})
}

#[test]
fn rule_23_table_cells_rows_and_column_settings() {
    let rich = json!({"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": "r"}]}]});
    let number = json!({"type": "raw_number", "value": 4.5, "text": "4.5"});
    assert_clean(&one(table(json!([
        [raw("a"), raw("b"), raw("c")],
        [rich, number, raw("z")]
    ]))));
    // Rows of unequal length: a warning (assumed from data_table, spec §4.12).
    let report = one(table(json!([[raw("a"), raw("b")], [raw("c")]])));
    assert_warning(&report, Code::InvalidValue, "/blocks/0/rows/1");
    // Column alignment.
    for align in ["left", "center", "right"] {
        let mut block = table(json!([[raw("a")]]));
        block["column_settings"] = json!([{"align": align, "is_wrapped": true}]);
        assert_clean(&one(block));
    }
    let mut block = table(json!([[raw("a")]]));
    block["column_settings"] = json!([{"is_wrapped": true}, {"align": "justify"}]);
    assert_error(
        &one(block),
        Code::InvalidValue,
        "/blocks/0/column_settings/1/align",
    );
    // A rich_text cell is checked as rich text.
    let bad = json!({"type": "rich_text", "elements": [{"type": "rich_text_list", "style": "dashed", "elements": []}]});
    assert_error(
        &one(table(json!([[bad]]))),
        Code::InvalidValue,
        "/blocks/0/rows/0/0/elements/0/style",
    );
}

#[test]
fn rule_13_a_context_block_holds_images_and_text_only() {
    let image = json!({"type": "image", "image_url": "https://i", "alt_text": "a"});
    assert_clean(&one(
        json!({"type": "context", "elements": [image, plain("p"), mrkdwn("m")]}),
    ));
    let report = one(json!({"type": "context", "elements": [mrkdwn("m"), super::button("b")]}));
    assert_error(&report, Code::NotAllowedHere, "/blocks/0/elements/1");
    // A context text is a text object: the general rules apply.
    let report = one(
        json!({"type": "context", "elements": [{"type": "mrkdwn", "text": "m", "emoji": true}]}),
    );
    assert_error(&report, Code::InvalidValue, "/blocks/0/elements/0/emoji");
}

#[test]
fn rule_22_markdown_blocks_are_for_messages() {
    assert_clean(&one(
        json!({"type": "markdown", "text": "# Title\n\n**bold**"}),
    ));
    let report = one(json!({"type": "markdown", "text": ""}));
    assert_violations(
        &report,
        &[(Code::MinLength, "/blocks/0/text", Severity::Error)],
    );
}
