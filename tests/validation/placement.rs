//! Where blocks and elements may go (spec §4.0, §5.0, rule 8), for payloads that arrive as JSON,
//! and unknown types (warnings by default, errors in strict mode).

use blockkit::{Code, Placement, Severity, ValidationOptions};
use serde_json::{Value, json};

use super::{
    actions, assert_clean, assert_error, assert_only, assert_warning, check_with, home, input,
    message, modal, mrkdwn, options, plain,
};

fn card() -> Value {
    json!({"type": "card", "title": mrkdwn("Card")})
}

/// One valid sample of each block type, and its cells for message, modal and Home tab:
/// `✓` allowed, `–` not allowed, `?` undocumented.
fn blocks() -> Vec<(Value, [char; 3])> {
    let image = json!({"type": "image", "image_url": "https://i", "alt_text": "a"});
    let rich =
        json!({"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": []}]});
    let raw = json!([[{"type": "raw_text", "text": "x"}], [{"type": "raw_text", "text": "y"}]]);
    let icon =
        json!({"type": "icon_button", "action_id": "i", "icon": "trash", "text": plain("Delete")});
    vec![
        (actions(json!([super::button("b")])), ['✓', '✓', '✓']),
        (
            json!({"type": "context", "elements": [mrkdwn("c")]}),
            ['✓', '✓', '✓'],
        ),
        (
            json!({"type": "context_actions", "elements": [icon]}),
            ['✓', '?', '?'],
        ),
        (json!({"type": "divider"}), ['✓', '✓', '✓']),
        // Read-only: Slack sends it, apps cannot post it (rule 8).
        (
            json!({"type": "file", "external_id": "f", "source": "remote"}),
            ['–', '–', '–'],
        ),
        (
            json!({"type": "header", "text": plain("H")}),
            ['✓', '✓', '✓'],
        ),
        (image.clone(), ['✓', '✓', '✓']),
        (input(json!({"type": "plain_text_input"})), ['✓', '✓', '✓']),
        (
            json!({"type": "markdown", "text": "**m**"}),
            ['✓', '–', '–'],
        ),
        (rich, ['✓', '✓', '✓']),
        (
            json!({"type": "section", "text": mrkdwn("s")}),
            ['✓', '✓', '✓'],
        ),
        (
            json!({"type": "table", "rows": [[{"type": "raw_text", "text": "x"}]]}),
            ['✓', '–', '–'],
        ),
        (
            json!({"type": "video", "alt_text": "a", "video_url": "https://v", "thumbnail_url": "https://t", "title": plain("V")}),
            ['✓', '✓', '✓'],
        ),
        (
            json!({"type": "alert", "text": mrkdwn("a")}),
            ['✓', '✓', '?'],
        ),
        (card(), ['✓', '?', '?']),
        (
            json!({"type": "carousel", "elements": [card()]}),
            ['✓', '?', '?'],
        ),
        // `?` everywhere; allowed in messages by policy.
        (
            json!({"type": "container", "title": plain("C"), "child_blocks": [image]}),
            ['✓', '?', '?'],
        ),
        (
            json!({"type": "data_table", "caption": "c", "rows": raw}),
            ['✓', '?', '?'],
        ),
        (
            json!({"type": "data_visualization", "title": "T", "chart": {"type": "pie", "segments": [{"label": "a", "value": 1}]}}),
            ['✓', '?', '?'],
        ),
        (json!({"type": "plan", "title": "Plan"}), ['✓', '–', '–']),
        (
            json!({"type": "task_card", "task_id": "t", "title": "Task"}),
            ['✓', '–', '–'],
        ),
        (
            json!({"type": "auth_provider", "value": "gh", "name": plain("GitHub"), "is_connected": true}),
            ['✓', '?', '?'],
        ),
        (json!({"type": "call", "call_id": "R1"}), ['–', '–', '–']),
        (json!({"type": "share_shortcut"}), ['–', '–', '–']),
    ]
}

#[test]
fn the_block_by_surface_matrix() {
    let policies = [
        Placement::Undocumented,
        Placement::Forbidden,
        Placement::Allowed,
    ];
    for (block, cells) in blocks() {
        let kind = block["type"].as_str().unwrap().to_owned();
        let surfaces = [
            message(json!([block])),
            modal(json!([block])),
            home(json!([block])),
        ];
        for ((surface, cell), name) in surfaces.iter().zip(cells).zip(["message", "modal", "home"])
        {
            for policy in policies {
                let options = ValidationOptions::default().undocumented_placement(policy);
                let report = check_with(surface, &options);
                let context = format!("{kind} in a {name} ({policy:?}):\n{report}");
                match (cell, policy) {
                    ('✓', _) | ('?', Placement::Allowed) => {
                        assert!(report.is_empty(), "{context}");
                    }
                    ('–', _) | ('?', Placement::Forbidden) => {
                        assert_only(&report, Code::NotAllowedHere, "/blocks/0", Severity::Error);
                    }
                    _ => {
                        assert_only(
                            &report,
                            Code::NotAllowedHere,
                            "/blocks/0",
                            Severity::Warning,
                        );
                    }
                }
            }
        }
    }
}

/// The containers of spec §5.0: a letter, a builder, and where the element lands.
/// Builds a block that holds the element.
type Wrap = fn(Value) -> Value;

const CONTAINERS: &[(char, Wrap, &str)] = &[
    (
        'S',
        |e| json!({"type": "section", "text": {"type": "mrkdwn", "text": "s"}, "accessory": e}),
        "/blocks/0/accessory",
    ),
    (
        'A',
        |e| json!({"type": "actions", "elements": [e]}),
        "/blocks/0/elements/0",
    ),
    (
        'I',
        |e| json!({"type": "input", "label": {"type": "plain_text", "text": "L"}, "element": e}),
        "/blocks/0/element",
    ),
    (
        'C',
        |e| json!({"type": "context", "elements": [e]}),
        "/blocks/0/elements/0",
    ),
    (
        'X',
        |e| json!({"type": "context_actions", "elements": [e]}),
        "/blocks/0/elements/0",
    ),
    (
        'K',
        |e| json!({"type": "card", "actions": [e]}),
        "/blocks/0/actions/0",
    ),
    (
        'P',
        |e| json!({"type": "auth_provider", "value": "v", "name": {"type": "plain_text", "text": "N"}, "is_connected": false, "accessory": e}),
        "/blocks/0/accessory",
    ),
];

/// One sample of each element, the containers that take it, and whether it lives in modals
/// only (else it is tested in a message).
fn elements() -> Vec<(Value, &'static str, bool)> {
    let workflow = json!({"trigger": {"url": "https://slack.com/shortcuts/Ft0/x"}});
    let feedback = json!({"text": plain("Yes"), "value": "y"});
    let mut list = vec![
        (json!({"type": "button", "text": plain("B")}), "SAK", false),
        (
            json!({"type": "checkboxes", "options": options(2)}),
            "SAI",
            false,
        ),
        (json!({"type": "datepicker"}), "SAI", false),
        (json!({"type": "datetimepicker"}), "AI", false),
        (json!({"type": "email_text_input"}), "I", true),
        (json!({"type": "file_input"}), "I", true),
        (
            json!({"type": "image", "image_url": "https://i", "alt_text": "a"}),
            "SC",
            false,
        ),
        (
            json!({"type": "number_input", "is_decimal_allowed": false}),
            "I",
            true,
        ),
        (
            json!({"type": "overflow", "options": options(2)}),
            "SAP",
            false,
        ),
        (json!({"type": "plain_text_input"}), "I", false),
        (
            json!({"type": "radio_buttons", "options": options(2)}),
            "SAI",
            false,
        ),
        (
            json!({"type": "rich_text_input", "action_id": "r"}),
            "AI",
            true,
        ),
        (json!({"type": "timepicker"}), "SAI", false),
        (json!({"type": "url_text_input"}), "I", true),
        (
            json!({"type": "workflow_button", "action_id": "w", "text": plain("Run"), "workflow": workflow}),
            "SA",
            false,
        ),
        (
            json!({"type": "feedback_buttons", "positive_button": feedback, "negative_button": feedback}),
            "X",
            false,
        ),
        (
            json!({"type": "icon_button", "icon": "trash", "text": plain("Delete")}),
            "X",
            false,
        ),
    ];
    for kind in ["static", "external", "users", "conversations", "channels"] {
        let mut select = json!({"type": format!("{kind}_select")});
        let mut multi = json!({"type": format!("multi_{kind}_select")});
        if kind == "static" {
            select["options"] = options(1);
            multi["options"] = options(1);
        }
        list.push((select, "SAI", false));
        list.push((multi, "SAI", false));
    }
    list
}

#[test]
fn the_element_by_container_matrix_for_parsed_json() {
    let options = ValidationOptions::default().undocumented_placement(Placement::Allowed);
    for (element, allowed, modal_only) in elements() {
        let kind = element["type"].as_str().unwrap().to_owned();
        for (letter, container, pointer) in CONTAINERS {
            let blocks = json!([container(element.clone())]);
            let payload = if modal_only {
                modal(blocks)
            } else {
                message(blocks)
            };
            let report = check_with(&payload, &options);
            if allowed.contains(*letter) {
                assert!(report.is_empty(), "{kind} in {letter}:\n{report}");
            } else {
                let violation =
                    assert_only(&report, Code::NotAllowedHere, pointer, Severity::Error);
                assert!(violation.message.contains(&kind), "{violation}");
            }
        }
    }
}

#[test]
fn a_file_input_as_a_section_accessory_is_not_allowed() {
    let section =
        json!({"type": "section", "text": mrkdwn("Upload"), "accessory": {"type": "file_input"}});
    let report = super::check(&modal(json!([section])));
    assert_error(&report, Code::NotAllowedHere, "/blocks/0/accessory");
}

#[test]
fn rule_8_elements_restricted_to_some_surfaces() {
    let workflow = json!({"type": "workflow_button", "action_id": "w", "text": plain("Run"),
        "workflow": {"trigger": {"url": "https://slack.com/shortcuts/Ft0/x"}}});
    // (element in an input block or an actions block, surfaces where it is an error)
    let cases = [
        (
            input(json!({"type": "email_text_input"})),
            "/blocks/0/element",
            "mh",
        ),
        (
            input(json!({"type": "url_text_input"})),
            "/blocks/0/element",
            "mh",
        ),
        (
            input(json!({"type": "number_input", "is_decimal_allowed": true})),
            "/blocks/0/element",
            "mh",
        ),
        (
            input(json!({"type": "file_input"})),
            "/blocks/0/element",
            "mh",
        ),
        (
            input(json!({"type": "rich_text_input", "action_id": "r"})),
            "/blocks/0/element",
            "m",
        ),
        (actions(json!([workflow])), "/blocks/0/elements/0", "Mh"),
    ];
    for (block, pointer, forbidden) in cases {
        for (letter, payload) in [
            ('m', message(json!([block]))),
            ('M', modal(json!([block]))),
            ('h', home(json!([block]))),
        ] {
            let report = super::check(&payload);
            if forbidden.contains(letter) {
                assert_error(&report, Code::NotAllowedHere, pointer);
            } else {
                assert_clean(&report);
            }
        }
    }
    // A datetimepicker on a Home tab is undocumented: the policy decides.
    let payload = home(json!([actions(json!([{"type": "datetimepicker"}]))]));
    assert_warning(
        &super::check(&payload),
        Code::NotAllowedHere,
        "/blocks/0/elements/0",
    );
    let strict = ValidationOptions::default().undocumented_placement(Placement::Forbidden);
    assert_error(
        &check_with(&payload, &strict),
        Code::NotAllowedHere,
        "/blocks/0/elements/0",
    );
    let lax = ValidationOptions::default().undocumented_placement(Placement::Allowed);
    assert_clean(&check_with(&payload, &lax));
}

#[test]
fn carousels_hold_cards_and_containers_hold_classic_blocks() {
    let report = super::check(&message(
        json!([{"type": "carousel", "elements": [card(), {"type": "divider"}]}]),
    ));
    assert_error(&report, Code::NotAllowedHere, "/blocks/0/elements/1");
    for child in [
        json!({"type": "markdown", "text": "m"}),
        card(),
        json!({"type": "alert", "text": mrkdwn("a")}),
    ] {
        let container = json!({"type": "container", "title": plain("C"), "child_blocks": [child]});
        let report = super::check(&message(json!([container])));
        assert_error(&report, Code::NotAllowedHere, "/blocks/0/child_blocks/0");
    }
}

#[test]
fn container_children_follow_the_surface_matrix() {
    let lax = ValidationOptions::default().undocumented_placement(Placement::Allowed);
    let table = json!({"type": "table", "rows": [[{"type": "raw_text", "text": "x"}]]});
    let container = json!({"type": "container", "title": plain("C"), "child_blocks": [{"type": "divider"}, table]});
    assert_clean(&check_with(&message(json!([container])), &lax));
    for payload in [modal(json!([container])), home(json!([container]))] {
        assert_error(
            &check_with(&payload, &lax),
            Code::NotAllowedHere,
            "/blocks/0/child_blocks/1",
        );
    }
}
