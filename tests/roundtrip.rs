//! Lossless round-trips of what this version does not know: unknown types (kept as the `Unknown`
//! variants) and unknown fields (kept in `extra`), at every depth, written back unchanged.
//!
//! Every payload is read twice, from text (the streaming path, with `"type"` first or not) and
//! from a [`Value`] (the buffered path).

use blockkit::{
    Block, ButtonStyle, Element, InlineElement, Message, Modal, RichTextElement, TableCell, View,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::conformance::first_difference;

/// Parses `json` from text and from a value, checks that both write it back unchanged, and
/// returns the parsed value.
fn round_trip<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(json: &Value) -> T {
    let text = serde_json::to_string(json).unwrap();
    let from_text: T = blockkit::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let from_value: T =
        blockkit::from_value(json.clone()).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(from_text, from_value, "text and value parse differently");
    let written = serde_json::to_value(&from_text).unwrap();
    if let Some(difference) = first_difference(json, &written) {
        panic!("not written back unchanged: {difference}");
    }
    from_text
}

#[test]
fn unknown_block_type_is_kept() {
    let json = json!({"blocks": [
        {"type": "divider"},
        {"type": "hologram", "block_id": "h1", "depth": 3, "layers": [{"type": "section"}]},
        {"block_id": "h2", "type": "hologram", "depth": 4}
    ]});
    let message: Message = round_trip(&json);
    for block in &message.blocks[1..] {
        let Block::Unknown(raw) = block else {
            panic!("not kept as unknown: {block:?}");
        };
        assert_eq!(raw.type_name(), Some("hologram"));
    }
    assert_eq!(message.blocks[1].type_name(), "hologram");
    assert_eq!(message.blocks[2].block_id(), Some("h2"));
}

#[test]
fn unknown_element_as_section_accessory_is_kept() {
    let json = json!({
        "type": "section",
        "text": {"type": "mrkdwn", "text": "Volume"},
        "accessory": {"type": "slider", "action_id": "volume", "min": 0, "max": 11, "marks": [{"at": 11}]}
    });
    let Block::Section(section) = round_trip::<Block>(&json) else {
        panic!("not a section");
    };
    let Some(Element::Unknown(raw)) = &section.accessory else {
        panic!("accessory not kept as unknown: {:?}", section.accessory);
    };
    assert_eq!(raw.type_name(), Some("slider"));
    assert_eq!(raw.fields()["max"], 11);
}

#[test]
fn unknown_element_in_actions_is_kept() {
    let json = json!({
        "type": "actions",
        "block_id": "a1",
        "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "Go"}, "action_id": "go"},
            {"action_id": "colour", "type": "color_picker", "initial_color": "#FF5733"}
        ]
    });
    let Block::Actions(actions) = round_trip::<Block>(&json) else {
        panic!("not an actions block");
    };
    assert!(matches!(actions.elements[0], Element::Button(_)));
    assert!(
        matches!(&actions.elements[1], Element::Unknown(raw) if raw.type_name() == Some("color_picker")),
        "{:?}",
        actions.elements[1]
    );
    assert_eq!(actions.elements[1].type_name(), "color_picker");
}

#[test]
fn unknown_inline_rich_text_type_is_kept() {
    let json = json!({
        "type": "rich_text",
        "elements": [{
            "type": "rich_text_section",
            "elements": [
                {"type": "text", "text": "Look: "},
                {"type": "sparkle", "level": 9, "style": {"bold": true}},
                {"text": "!", "type": "text"}
            ]
        }, {
            "type": "rich_text_hologram", "elements": []
        }]
    });
    let Block::RichText(rich_text) = round_trip::<Block>(&json) else {
        panic!("not a rich_text block");
    };
    let RichTextElement::Section(section) = &rich_text.elements[0] else {
        panic!("not a section: {:?}", rich_text.elements[0]);
    };
    assert!(matches!(section.elements[0], InlineElement::Text(_)));
    assert!(
        matches!(&section.elements[1], InlineElement::Unknown(raw) if raw.type_name() == Some("sparkle")),
        "{:?}",
        section.elements[1]
    );
    assert!(matches!(section.elements[2], InlineElement::Text(_)));
    assert!(matches!(rich_text.elements[1], RichTextElement::Unknown(_)));
}

#[test]
fn unknown_table_cell_type_is_kept() {
    let json = json!({
        "type": "table",
        "rows": [
            [{"type": "raw_text", "text": "Host"}, {"type": "raw_text", "text": "Status"}],
            [{"type": "raw_text", "text": "db-1"}, {"type": "status_badge", "status": "ok", "label": "OK"}]
        ]
    });
    let Block::Table(table) = round_trip::<Block>(&json) else {
        panic!("not a table");
    };
    assert!(matches!(table.rows[1][0], TableCell::RawText(_)));
    assert!(
        matches!(&table.rows[1][1], TableCell::Unknown(raw) if raw.type_name() == Some("status_badge")),
        "{:?}",
        table.rows[1][1]
    );
}

#[test]
fn unknown_view_type_is_kept() {
    let json = json!({"type": "sidebar", "blocks": [{"type": "divider"}], "width": 320});
    let view: View = round_trip(&json);
    assert!(matches!(&view, View::Unknown(raw) if raw.type_name() == Some("sidebar")));
    assert_eq!(view.type_name(), "sidebar");
}

#[test]
fn unknown_enum_values_are_kept() {
    let json = json!({
        "type": "button",
        "text": {"type": "plain_text", "text": "Shiny"},
        "style": "iridescent"
    });
    let Element::Button(button) = round_trip::<Element>(&json) else {
        panic!("not a button");
    };
    assert_eq!(
        button.style,
        Some(ButtonStyle::Unknown("iridescent".to_owned()))
    );
}

#[test]
fn unknown_fields_are_kept_at_every_depth() {
    let json = json!({
        "channel": "C0123456789",
        "text": "Fields from the future",
        "x_message": {"nested": [1, {"deep": null}]},
        "blocks": [{
            "type": "section",
            "x_block": true,
            "text": {"type": "mrkdwn", "text": "*known*", "x_text": 1},
            "accessory": {
                "type": "overflow",
                "x_element": "kept",
                "options": [
                    {"text": {"type": "plain_text", "text": "One", "x_option_text": []}, "value": "1", "x_option": 2.5},
                    {"text": {"type": "plain_text", "text": "Two"}, "value": "2"}
                ],
                "confirm": {"text": {"type": "plain_text", "text": "Sure?"}, "x_confirm": "kept"}
            }
        }, {
            "type": "rich_text",
            "elements": [{
                "type": "rich_text_section",
                "x_section": 1,
                "elements": [{"type": "text", "text": "styled", "x_inline": 2, "style": {"bold": true, "x_style": 3}}]
            }]
        }],
        "attachments": [{"color": "good", "x_attachment": 4, "fields": [{"title": "A", "value": "B", "x_field": 5}]}],
        "metadata": {"event_type": "future", "event_payload": {"x": 1}, "x_metadata": 6}
    });
    let message: Message = round_trip(&json);
    assert_eq!(message.extra.get("channel"), Some(&json!("C0123456789")));
    assert!(message.extra.contains_key("x_message"));
    let Block::Section(section) = &message.blocks[0] else {
        panic!("not a section");
    };
    assert_eq!(section.extra.get("x_block"), Some(&json!(true)));
    let Some(blockkit::Text::Mrkdwn(text)) = &section.text else {
        panic!("not mrkdwn");
    };
    assert_eq!(text.extra.get("x_text"), Some(&json!(1)));
    let Some(Element::Overflow(overflow)) = &section.accessory else {
        panic!("not an overflow");
    };
    assert_eq!(overflow.extra.get("x_element"), Some(&json!("kept")));
    assert_eq!(overflow.options[0].extra.get("x_option"), Some(&json!(2.5)));
    let confirm = overflow.confirm.as_ref().unwrap();
    assert_eq!(confirm.extra.get("x_confirm"), Some(&json!("kept")));
    assert_eq!(
        message.attachments[0].extra.get("x_attachment"),
        Some(&json!(4))
    );
    assert_eq!(
        message.attachments[0].fields[0].extra.get("x_field"),
        Some(&json!(5))
    );
    assert_eq!(
        message.metadata.as_ref().unwrap().extra.get("x_metadata"),
        Some(&json!(6))
    );
}

#[test]
fn unknown_and_response_only_view_fields_are_kept() {
    let json = json!({
        "id": "V0123456789",
        "type": "modal",
        "title": {"type": "plain_text", "text": "Edit"},
        "blocks": [{"type": "divider"}],
        "state": {"values": {"b1": {"a1": {"type": "plain_text_input", "value": "hi"}}}},
        "hash": "1718030400.abc",
        "previous_view_id": null
    });
    let modal: Modal = round_trip(&json);
    assert!(modal.has_type());
    assert_eq!(modal.extra.get("id"), Some(&json!("V0123456789")));
    assert_eq!(modal.extra.get("previous_view_id"), Some(&Value::Null));
    let View::Modal(again) = round_trip::<View>(&json) else {
        panic!("not a modal");
    };
    assert_eq!(modal, again);
}

#[test]
fn a_view_without_its_type_round_trips_without_one() {
    let json = json!({"blocks": [{"type": "divider"}], "callback_id": "home"});
    let home: blockkit::HomeTab = round_trip(&json);
    assert!(!home.has_type());
    assert!(blockkit::HomeTab::new().has_type());
    let json = json!({"title": {"type": "plain_text", "text": "Untagged"}, "blocks": []});
    let modal: Modal = blockkit::from_value(json).unwrap();
    assert!(!modal.has_type());
    assert_eq!(
        serde_json::to_value(&modal).unwrap(),
        json!({"title": {"type": "plain_text", "text": "Untagged"}}),
        "an empty array is omitted, as everywhere"
    );
}
