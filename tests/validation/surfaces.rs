//! Surface rules (spec §2, §7, §9 rules 1, 3–6, 11, 12, 57, 60).

use blockkit::{
    Code, DividerBlock, HomeTab, Message, Modal, SectionBlock, Severity, Text, Validate,
    ValidationOptions,
};
use serde_json::json;

use super::{
    assert_clean, assert_error, assert_numbers, assert_violations, assert_warning, check, home,
    input, message, modal, plain,
};

fn divider() -> serde_json::Value {
    json!({"type": "divider"})
}

#[test]
fn a_message_needs_something_to_show() {
    assert_error(&check(&json!({"channel": "C1"})), Code::Required, "");
    assert_clean(&check(&json!({"text": "hi"})));
    assert_clean(&check(&json!({"markdown_text": "**hi**"})));
    assert_clean(&check(
        &json!({"attachments": [{"text": "a", "fallback": "a"}]}),
    ));
}

#[test]
fn rule_60_a_message_with_blocks_and_no_text_is_warned() {
    let report = check(&json!({"blocks": [divider()]}));
    assert_warning(&report, Code::Required, "");
    assert!(report.is_valid());
    assert_clean(&check(&message(json!([divider()]))));
}

#[test]
fn markdown_text_excludes_text_and_blocks() {
    let report = check(&json!({"markdown_text": "**hi**", "text": "hi"}));
    assert_error(&report, Code::Exclusive, "/markdown_text");
    let report = check(&json!({"markdown_text": "**hi**", "blocks": [divider()]}));
    assert_error(&report, Code::Exclusive, "/markdown_text");
}

#[test]
fn rule_1_a_view_needs_at_least_one_block() {
    let report = check(&json!({"type": "modal", "title": plain("T"), "blocks": []}));
    assert_error(&report, Code::Required, "");
    assert_error(&check(&home(json!([]))), Code::Required, "");
    assert_clean(&check(&home(json!([divider()]))));
}

#[test]
fn rule_3_the_modal_title_submit_and_close_are_plain_text() {
    for field in ["title", "submit", "close"] {
        let mut view = modal(json!([divider()]));
        view[field] = json!({"type": "mrkdwn", "text": "*T*"});
        let report = check(&view);
        assert_error(&report, Code::InvalidType, &format!("/{field}/type"));
    }
    // A modal without a title does not even parse.
    let error =
        blockkit::from_value::<blockkit::View>(json!({"type": "modal", "blocks": [divider()]}));
    assert!(error.is_err());
}

#[test]
fn rule_4_a_modal_with_an_input_block_needs_submit() {
    let element = json!({"type": "plain_text_input", "action_id": "p"});
    let mut view = modal(json!([input(element.clone())]));
    assert_clean(&check(&view));
    view.as_object_mut().unwrap().remove("submit");
    assert_error(&check(&view), Code::Required, "");
    // Also when the input block is a child of a container.
    let container =
        json!({"type": "container", "title": plain("C"), "child_blocks": [input(element)]});
    let mut view = modal(json!([container]));
    let options = ValidationOptions::default().undocumented_placement(blockkit::Placement::Allowed);
    assert_clean(&super::check_with(&view, &options));
    view.as_object_mut().unwrap().remove("submit");
    assert_error(&super::check_with(&view, &options), Code::Required, "");
    // No input block, no submit needed.
    let view = json!({"type": "modal", "title": plain("T"), "blocks": [divider()]});
    assert_clean(&check(&view));
}

#[test]
fn rule_4_built_modals_fail_to_build_without_submit() {
    let modal = Modal::new("Feedback").block(blockkit::InputBlock::new(
        "Comment",
        blockkit::PlainTextInput::new().action_id("comment"),
    ));
    let error = modal.clone().build().unwrap_err();
    assert_eq!(error.errors().count(), 1);
    assert!(modal.submit("Send").build().is_ok());
}

#[test]
fn rule_5_a_home_tab_has_no_title_submit_close_or_close_flags() {
    for (field, value) in [
        ("title", plain("T")),
        ("submit", plain("S")),
        ("close", plain("C")),
        ("clear_on_close", json!(true)),
        ("notify_on_close", json!(true)),
    ] {
        let mut view = home(json!([divider()]));
        view[field] = value;
        assert_error(&check(&view), Code::NotAllowedHere, &format!("/{field}"));
    }
}

#[test]
fn rule_5_the_false_close_flags_of_slack_responses_are_accepted() {
    let mut view = home(json!([divider()]));
    view["clear_on_close"] = json!(false);
    view["notify_on_close"] = json!(false);
    assert!(check(&view).is_empty(), "{}", check(&view));
}

#[test]
fn a_view_needs_its_type() {
    let home: HomeTab = super::parse(&json!({"blocks": [divider()]}));
    let report = super::check_value(&home, &ValidationOptions::default());
    assert_error(&report, Code::Required, "");
    assert_clean(&HomeTab::new().block(DividerBlock::new()).validate());
}

#[test]
fn submit_disabled_belongs_to_workflow_step_views() {
    let mut view = modal(json!([divider()]));
    view["submit_disabled"] = json!(true);
    assert_warning(&check(&view), Code::NotAllowedHere, "/submit_disabled");
    let step = json!({"type": "workflow_step", "blocks": [divider()]});
    assert_warning(&check(&step), Code::NotAllowedHere, "");
}

#[test]
fn attachment_colours_are_names_or_hex() {
    for color in ["good", "warning", "danger", "#36a64f", "#FFF"] {
        assert_clean(&check(
            &json!({"text": "t", "attachments": [{"color": color}]}),
        ));
    }
    for color in ["green", "36a64f", "#12345"] {
        let report = check(&json!({"text": "t", "attachments": [{"color": color}]}));
        assert_error(&report, Code::InvalidFormat, "/attachments/0/color");
    }
}

#[test]
fn attachment_blocks_follow_the_message_rules() {
    let blocks: Vec<_> = (0..51).map(|_| divider()).collect();
    let report = check(&json!({"text": "t", "attachments": [{"blocks": blocks}]}));
    let violation = assert_error(&report, Code::MaxItems, "/attachments/0/blocks");
    assert_numbers(&violation, 50, 51);
    let report = check(
        &json!({"text": "t", "attachments": [{"blocks": [{"type": "header", "text": {"type": "mrkdwn", "text": "h"}}]}]}),
    );
    assert_error(
        &report,
        Code::InvalidType,
        "/attachments/0/blocks/0/text/type",
    );
}

#[test]
fn rule_12_a_view_over_250_kb_is_reported() {
    // 100 sections of 3000 characters: about 310 kB of JSON.
    let blocks: Vec<_> = (0..100)
        .map(|_| json!({"type": "section", "text": {"type": "mrkdwn", "text": "x".repeat(3000)}}))
        .collect();
    let report = check(&modal(json!(blocks)));
    let violation = assert_warning(&report, Code::MaxLength, "");
    assert_eq!(violation.limit, Some(250_000));
    assert!(violation.actual.unwrap() > 300_000, "{violation}");
    // 80 of them (about 250 kB minus a margin) pass.
    let blocks: Vec<_> = (0..80)
        .map(|_| json!({"type": "section", "text": {"type": "mrkdwn", "text": "x".repeat(3000)}}))
        .collect();
    assert_clean(&check(&modal(json!(blocks))));
}

#[test]
fn rule_12_the_size_is_measured_exactly_at_the_limit() {
    // A modal of exactly 250,000 bytes passes; one more byte is reported with its size.
    let with_tail = |tail: usize| {
        let mut blocks: Vec<_> = (0..81)
            .map(|_| json!({"type": "section", "text": {"type": "mrkdwn", "text": "x".repeat(3000)}}))
            .collect();
        blocks
            .push(json!({"type": "section", "text": {"type": "mrkdwn", "text": "x".repeat(tail)}}));
        modal(json!(blocks))
    };
    let size = |view: &serde_json::Value| {
        let payload: blockkit::View = super::parse(view);
        serde_json::to_string(&payload).unwrap().len()
    };
    let base = size(&with_tail(0));
    let sized = |bytes: usize| {
        let view = with_tail(bytes - base);
        assert_eq!(size(&view), bytes);
        view
    };
    assert_clean(&check(&sized(250_000)));
    let report = check(&sized(250_001));
    let violation = assert_warning(&report, Code::MaxLength, "");
    assert_numbers(&violation, 250_000, 250_001);
}

#[test]
fn rule_11_long_message_text_and_many_attachments() {
    let report = check(&json!({"text": "x".repeat(40_001)}));
    let violation = assert_warning(&report, Code::MaxLength, "/text");
    assert_numbers(&violation, 40_000, 40_001);
    let attachments: Vec<_> = (0..101).map(|_| json!({"text": "a"})).collect();
    let report = check(&json!({"text": "t", "attachments": attachments}));
    assert_error(&report, Code::MaxItems, "/attachments");
}

#[test]
fn built_payloads_validate_like_parsed_ones() {
    let message = Message::new()
        .text("x")
        .block(SectionBlock::new().text(Text::plain("s".repeat(3001))));
    let report = message.validate();
    let violation = assert_error(&report, Code::MaxLength, "/blocks/0/text/text");
    assert_numbers(&violation, 3000, 3001);
    assert!(message.build().is_err());
    assert_violations(
        &Message::new().block(DividerBlock::new()).validate(),
        &[(Code::Required, "", Severity::Warning)],
    );
}

#[test]
fn rule_12_rich_text_counts_toward_the_view_size() {
    // Rich text has no length limit of its own: 100 blocks of 3000 characters are over 250 kB.
    let blocks: Vec<_> = (0..100)
        .map(|_| {
            json!({"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [
                {"type": "text", "text": "x".repeat(3000)},
            ]}]})
        })
        .collect();
    let report = check(&modal(json!(blocks)));
    assert_warning(&report, Code::MaxLength, "");
}
