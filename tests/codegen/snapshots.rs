//! The generated source of a handful of payloads, in both styles (insta snapshots in
//! `snapshots/`; review a change with `cargo insta review`).

use blockkit::codegen::{Options, Shape, Style, generate};
use serde_json::{Value, json};

/// Snapshots the code of `value` in both styles.
fn both_styles(name: &str, value: &Value, shape: Shape) {
    for (style, label) in [(Style::Builder, "builder"), (Style::Macro, "macro")] {
        let generated = generate(value, shape, &Options::new().style(style)).expect("generates");
        insta::assert_snapshot!(format!("{label}__{name}"), generated.code);
    }
}

#[test]
fn a_section_with_an_accessory() {
    let block = json!({
        "type": "section",
        "text": {"type": "mrkdwn", "text": "*Deploy* finished"},
        "accessory": {
            "type": "button",
            "text": {"type": "plain_text", "text": "Open"},
            "action_id": "open",
            "url": "https://example.com/deploys/42"
        }
    });
    both_styles("section_with_accessory", &block, Shape::Block);
}

#[test]
fn a_deploy_message() {
    let message = json!({
        "text": "Deploy of billing-api finished",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "Deploy finished :rocket:", "emoji": true}},
            {
                "type": "section",
                "fields": [
                    {"type": "mrkdwn", "text": "*Service*\nbilling-api"},
                    {"type": "mrkdwn", "text": "*Environment*\nproduction"}
                ]
            },
            {"type": "divider"},
            {
                "type": "actions",
                "block_id": "deploy_actions",
                "elements": [
                    {"type": "button", "text": {"type": "plain_text", "text": "View logs"}, "action_id": "logs", "url": "https://example.com/logs"},
                    {
                        "type": "button",
                        "text": {"type": "plain_text", "text": "Roll back"},
                        "action_id": "rollback",
                        "style": "danger",
                        "confirm": {
                            "title": {"type": "plain_text", "text": "Roll back?"},
                            "text": {"type": "mrkdwn", "text": "This restores *v2.4.0*."},
                            "confirm": {"type": "plain_text", "text": "Roll back"},
                            "deny": {"type": "plain_text", "text": "Cancel"}
                        }
                    }
                ]
            },
            {
                "type": "context",
                "elements": [
                    {"type": "image", "image_url": "https://example.com/ci.png", "alt_text": "CI"},
                    {"type": "mrkdwn", "text": "Deployed by <@U0123456789>"}
                ]
            }
        ]
    });
    both_styles("deploy_message", &message, Shape::Message);
}

#[test]
fn a_modal_with_inputs() {
    let modal = json!({
        "type": "modal",
        "callback_id": "feedback",
        "title": {"type": "plain_text", "text": "Feedback"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {
                "type": "input",
                "block_id": "topic",
                "label": {"type": "plain_text", "text": "Topic"},
                "element": {
                    "type": "static_select",
                    "action_id": "topic",
                    "placeholder": {"type": "plain_text", "text": "Pick one"},
                    "options": [
                        {"text": {"type": "plain_text", "text": "Bug"}, "value": "bug"},
                        {"text": {"type": "plain_text", "text": "Idea"}, "value": "idea"}
                    ]
                }
            },
            {
                "type": "input",
                "block_id": "details",
                "optional": true,
                "label": {"type": "plain_text", "text": "Details"},
                "element": {"type": "plain_text_input", "action_id": "details", "multiline": true, "max_length": 2000}
            }
        ]
    });
    both_styles("modal_with_inputs", &modal, Shape::Modal);
}

#[test]
fn rich_text_with_a_code_block() {
    let block = json!({
        "type": "rich_text",
        "elements": [
            {
                "type": "rich_text_section",
                "elements": [
                    {"type": "text", "text": "Hello "},
                    {"type": "user", "user_id": "U0123456789"},
                    {"type": "text", "text": ", the build is ", "style": {"bold": true}},
                    {"type": "emoji", "name": "white_check_mark"}
                ]
            },
            {
                "type": "rich_text_list",
                "style": "bullet",
                "elements": [
                    {"type": "rich_text_section", "elements": [{"type": "text", "text": "tests pass"}]},
                    {"type": "rich_text_section", "elements": [{"type": "text", "text": "lints pass"}]}
                ]
            },
            {
                "type": "rich_text_preformatted",
                "elements": [{"type": "text", "text": "cargo test --workspace\ncargo clippy --workspace -- -D warnings\n"}]
            }
        ]
    });
    both_styles("rich_text", &block, Shape::Block);
}

#[test]
fn unknown_and_invalid_things() {
    let message = json!({
        "text": "Status",
        "future_flag": true,
        "blocks": [
            {"type": "header", "text": {"type": "mrkdwn", "text": "*Status*"}},
            {"type": "sparkles", "intensity": 11},
            {"type": "divider", "block_id": "d", "glow": "soft"}
        ]
    });
    both_styles("unknown_and_invalid", &message, Shape::Message);
}

#[test]
fn a_chat_post_message_body() {
    let body = json!({
        "channel": "C0123456789",
        "text": "Build 42 passed",
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*Build 42* passed"}}],
        "username": "CI",
        "unfurl_links": false
    });
    both_styles("post_message_body", &body, Shape::PostMessage);
}

#[test]
fn a_program() {
    let blocks = json!([
        {"type": "header", "text": {"type": "plain_text", "text": "Hello"}},
        {"type": "markdown", "text": "# Release notes\n\n* faster builds\n* fewer bugs\n"}
    ]);
    for (style, label) in [(Style::Builder, "builder"), (Style::Macro, "macro")] {
        let options = Options::new().style(style).main(true);
        let generated = generate(&blocks, Shape::Blocks, &options).expect("generates");
        insta::assert_snapshot!(format!("{label}__program"), generated.code);
    }
}
