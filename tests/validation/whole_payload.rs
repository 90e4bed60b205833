//! Rules over the whole payload (spec §2, §9 rules 2, 7, 9, 10, 14): unique block ids, unique
//! action ids per block, one focus per view, one table per message, the table and markdown
//! budgets.

use blockkit::{Code, Severity};
use serde_json::{Value, json};

use super::{
    actions, assert_clean, assert_error, assert_numbers, assert_violations, assert_warning, button,
    check, input, message, modal, mrkdwn, plain,
};

fn divider(id: &str) -> Value {
    json!({"type": "divider", "block_id": id})
}

fn card(id: &str) -> Value {
    json!({"type": "card", "block_id": id, "title": mrkdwn("Card")})
}

#[test]
fn rule_2_block_ids_are_unique_in_a_message() {
    assert_clean(&check(&message(json!([divider("a"), divider("b")]))));
    let report = check(&message(json!([divider("a"), divider("b"), divider("a")])));
    let violation = assert_error(&report, Code::Duplicate, "/blocks/2/block_id");
    assert!(violation.message.contains("/blocks/0"), "{violation}");
}

#[test]
fn rule_2_block_ids_are_unique_in_a_view() {
    let element = json!({"type": "plain_text_input"});
    let view = modal(json!([
        {"type": "input", "block_id": "x", "label": plain("A"), "element": element},
        {"type": "input", "block_id": "x", "label": plain("B"), "element": element},
    ]));
    assert_error(&check(&view), Code::Duplicate, "/blocks/1/block_id");
    let view = json!({"type": "home", "blocks": [divider("h"), divider("h")]});
    assert_error(&check(&view), Code::Duplicate, "/blocks/1/block_id");
    // An empty block_id twice is a duplicate too (spec §1.4).
    let report = check(&message(json!([divider(""), divider("")])));
    assert_error(&report, Code::Duplicate, "/blocks/1/block_id");
}

#[test]
fn rule_2_nested_blocks_share_the_scope() {
    // A card in a carousel against a top-level block.
    let report = check(&message(json!([
        divider("c1"),
        {"type": "carousel", "elements": [card("c0"), card("c1")]},
    ])));
    assert_error(&report, Code::Duplicate, "/blocks/1/elements/1/block_id");
    // Two cards of one carousel.
    let report = check(&message(
        json!([{"type": "carousel", "elements": [card("c"), card("c")]}]),
    ));
    assert_error(&report, Code::Duplicate, "/blocks/0/elements/1/block_id");
    // A container child against a top-level block, and the container's own id.
    let container = json!({"type": "container", "block_id": "k", "title": plain("C"),
        "child_blocks": [divider("k"), divider("d")]});
    let report = check(&message(json!([container, divider("d")])));
    assert_violations(
        &report,
        &[
            (
                Code::Duplicate,
                "/blocks/0/child_blocks/0/block_id",
                Severity::Error,
            ),
            (Code::Duplicate, "/blocks/1/block_id", Severity::Error),
        ],
    );
    // A task of a plan.
    let plan = json!({"type": "plan", "title": "Plan", "tasks": [
        {"type": "task_card", "block_id": "p", "task_id": "1", "title": "One"},
    ]});
    let report = check(&message(json!([divider("p"), plan])));
    assert_error(&report, Code::Duplicate, "/blocks/1/tasks/0/block_id");
}

#[test]
fn rule_2_each_attachment_has_its_own_scope() {
    let payload = json!({
        "text": "t",
        "blocks": [divider("a")],
        "attachments": [{"blocks": [divider("a")]}, {"blocks": [divider("a")]}],
    });
    assert_clean(&check(&payload));
    let payload = json!({"text": "t", "attachments": [{"blocks": [divider("a"), divider("a")]}]});
    assert_error(
        &check(&payload),
        Code::Duplicate,
        "/attachments/0/blocks/1/block_id",
    );
    // A duplicate in an attachment does not leak into the message's scope afterwards.
    let payload = json!({"text": "t", "blocks": [divider("m")], "attachments": [{"blocks": [divider("m"), divider("n")]}]});
    assert_clean(&check(&payload));
}

#[test]
fn rule_14_action_ids_are_unique_per_block() {
    let report = check(&message(json!([actions(json!([
        button("a"),
        button("b"),
        button("a")
    ]))])));
    assert_error(&report, Code::Duplicate, "/blocks/0/elements/2/action_id");
    // The same action_id in two blocks is fine.
    assert_clean(&check(&message(json!([
        actions(json!([button("a")])),
        actions(json!([button("a")])),
        {"type": "section", "text": mrkdwn("s"), "accessory": button("a")},
    ]))));
    // In a context_actions block and in a card's actions.
    let icon = |id: &str| json!({"type": "icon_button", "action_id": id, "icon": "trash", "text": plain("Delete")});
    let report = check(&message(
        json!([{"type": "context_actions", "elements": [icon("x"), icon("x")]}]),
    ));
    assert_error(&report, Code::Duplicate, "/blocks/0/elements/1/action_id");
    let report = check(&message(
        json!([{"type": "card", "title": mrkdwn("C"), "actions": [button("x"), button("x")]}]),
    ));
    assert_error(&report, Code::Duplicate, "/blocks/0/actions/1/action_id");
}

#[test]
fn rule_7_one_focus_on_load_per_view() {
    let focused =
        |id: &str| json!({"type": "plain_text_input", "action_id": id, "focus_on_load": true});
    let calm = json!({"type": "plain_text_input", "action_id": "c", "focus_on_load": false});
    assert_clean(&check(&modal(json!([input(focused("a")), input(calm)]))));
    let report = check(&modal(json!([input(focused("a")), input(focused("b"))])));
    let violation = assert_error(&report, Code::Duplicate, "/blocks/1/element/focus_on_load");
    assert!(
        violation.message.contains("/blocks/0/element"),
        "{violation}"
    );
    // Across kinds of blocks: a select in an actions block and a picker as an accessory.
    let select =
        json!({"type": "static_select", "focus_on_load": true, "options": super::options(1)});
    let picker = json!({"type": "datepicker", "focus_on_load": true});
    let view = json!({"type": "home", "blocks": [
        actions(json!([select])),
        {"type": "section", "text": mrkdwn("When?"), "accessory": picker},
    ]});
    assert_error(
        &check(&view),
        Code::Duplicate,
        "/blocks/1/accessory/focus_on_load",
    );
}

fn table(text: &str) -> Value {
    json!({"type": "table", "rows": [[{"type": "raw_text", "text": text}]]})
}

#[test]
fn rule_9_one_table_per_message() {
    assert_clean(&check(&message(json!([table("a")]))));
    let report = check(&message(json!([table("a"), table("b")])));
    assert_error(&report, Code::NotAllowedHere, "/blocks/1");
    // Every table after the first is reported.
    let report = check(&message(
        json!([table("a"), {"type": "divider"}, table("b"), table("c")]),
    ));
    assert_violations(
        &report,
        &[
            (Code::NotAllowedHere, "/blocks/2", Severity::Error),
            (Code::NotAllowedHere, "/blocks/3", Severity::Error),
        ],
    );
}

#[test]
fn the_table_character_budget_covers_the_whole_message() {
    // Two tables of 6000 characters each: each is within its own budget, the message is not.
    let report = check(&message(json!([
        table(&"x".repeat(6000)),
        table(&"y".repeat(6000))
    ])));
    assert_eq!(report.errors().count(), 2, "{report}");
    let budget = report
        .violations()
        .iter()
        .find(|v| v.code == Code::MaxLength)
        .expect("budget");
    assert_eq!(budget.pointer, "");
    assert_numbers(budget, 10_000, 12_000);
    // A table and a data_table share it as well.
    let data_table = json!({"type": "data_table", "caption": "c",
        "rows": [[{"type": "raw_text", "text": "h"}], [{"type": "raw_text", "text": "y".repeat(5000)}]]});
    let report = check(&message(json!([table(&"x".repeat(5000)), data_table])));
    let violation = assert_error(&report, Code::MaxLength, "");
    assert_numbers(&violation, 10_000, 10_001);
}

#[test]
fn rule_9_rich_text_cells_count_their_text() {
    let rich = |text: String| {
        json!({"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [
            {"type": "text", "text": text},
            {"type": "link", "url": "https://example.com", "text": "link"},
        ]}]})
    };
    let payload = |n: usize| message(json!([{"type": "table", "rows": [[rich("x".repeat(n))]]}]));
    assert_clean(&check(&payload(9996)));
    let report = check(&payload(9997));
    let violation = assert_error(&report, Code::MaxLength, "/blocks/0/rows");
    assert_numbers(&violation, 10_000, 10_001);
}

#[test]
fn rule_10_the_markdown_budget_covers_the_whole_message() {
    let markdown = |n: usize| json!({"type": "markdown", "text": "m".repeat(n)});
    assert_clean(&check(&message(json!([markdown(6000), markdown(6000)]))));
    let report = check(&message(json!([markdown(6000), markdown(6001)])));
    let violation = assert_warning(&report, Code::MaxLength, "");
    assert_numbers(&violation, 12_000, 12_001);
}
