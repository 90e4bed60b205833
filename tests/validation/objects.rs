//! Rules of composition objects and rich text (spec §3, §6, §9 rules 48–56).

use blockkit::{Code, Severity, ValidationOptions};
use serde_json::{Value, json};

use super::{
    actions, assert_clean, assert_error, assert_violations, assert_warning, check, check_with,
    input, message, modal, mrkdwn, plain,
};

const E: &str = "/blocks/0/elements/0";

fn in_actions(element: Value) -> blockkit::Report {
    check(&message(json!([actions(json!([element]))])))
}

fn confirmed(confirm: Value) -> blockkit::Report {
    let mut button = super::button("b");
    button["confirm"] = confirm;
    in_actions(button)
}

fn dialog() -> Value {
    json!({"title": plain("Sure?"), "text": mrkdwn("*Really?*"), "confirm": plain("Yes"), "deny": plain("No")})
}

#[test]
fn rule_48_confirmation_dialogs() {
    assert_clean(&confirmed(dialog()));
    for style in ["primary", "danger"] {
        let mut confirm = dialog();
        confirm["style"] = json!(style);
        assert_clean(&confirmed(confirm));
    }
    let mut confirm = dialog();
    confirm["style"] = json!("warning");
    assert_error(
        &confirmed(confirm),
        Code::InvalidValue,
        &format!("{E}/confirm/style"),
    );
    for field in ["title", "confirm", "deny"] {
        let mut confirm = dialog();
        confirm.as_object_mut().unwrap().remove(field);
        assert_error(&confirmed(confirm), Code::Required, &format!("{E}/confirm"));
        let mut confirm = dialog();
        confirm[field] = mrkdwn("m");
        assert_error(
            &confirmed(confirm),
            Code::InvalidType,
            &format!("{E}/confirm/{field}/type"),
        );
    }
    // On a select menu too.
    let select = json!({"type": "users_select", "confirm": {"text": plain("Sure?")}});
    assert_violations(
        &in_actions(select),
        &[
            (Code::Required, &format!("{E}/confirm"), Severity::Error),
            (Code::Required, &format!("{E}/confirm"), Severity::Error),
            (Code::Required, &format!("{E}/confirm"), Severity::Error),
        ],
    );
}

#[test]
fn rule_49_conversation_filters() {
    for kind in ["conversations_select", "multi_conversations_select"] {
        let select = |filter: Value| json!({"type": kind, "filter": filter});
        assert_clean(&in_actions(select(
            json!({"include": ["im", "mpim", "private", "public"]}),
        )));
        assert_clean(&in_actions(select(json!({"exclude_bot_users": true}))));
        assert_clean(&in_actions(select(
            json!({"exclude_external_shared_channels": false}),
        )));
        assert_error(
            &in_actions(select(json!({}))),
            Code::Required,
            &format!("{E}/filter"),
        );
        let report = in_actions(select(json!({"include": ["public", "dm"]})));
        assert_error(
            &report,
            Code::InvalidValue,
            &format!("{E}/filter/include/1"),
        );
    }
}

#[test]
fn rule_51_emoji_and_verbatim_belong_to_their_text_kind() {
    let section = |text: Value| message(json!([{"type": "section", "text": text}]));
    assert_clean(&check(&section(
        json!({"type": "plain_text", "text": "hi :wave:", "emoji": true}),
    )));
    assert_clean(&check(&section(
        json!({"type": "mrkdwn", "text": "<https://x>", "verbatim": true}),
    )));
    let report = check(&section(
        json!({"type": "mrkdwn", "text": "hi", "emoji": true}),
    ));
    assert_error(&report, Code::InvalidValue, "/blocks/0/text/emoji");
    let report = check(&section(
        json!({"type": "plain_text", "text": "hi", "verbatim": false}),
    ));
    assert_error(&report, Code::InvalidValue, "/blocks/0/text/verbatim");
}

fn feedback(positive: Value) -> blockkit::Report {
    let element = json!({"type": "feedback_buttons", "action_id": "f", "positive_button": positive,
        "negative_button": {"text": plain("No"), "value": "n", "accessibility_label": "Bad answer"}});
    check(&message(
        json!([{"type": "context_actions", "elements": [element]}]),
    ))
}

#[test]
fn rule_52_feedback_buttons() {
    assert_clean(&feedback(json!({"text": plain("Yes"), "value": "y"})));
    let report = feedback(json!({"text": mrkdwn("*Yes*"), "value": "y"}));
    assert_error(
        &report,
        Code::InvalidType,
        &format!("{E}/positive_button/text/type"),
    );
    // Both buttons are required: without one the element does not parse.
    let element = json!({"type": "feedback_buttons", "positive_button": {"text": plain("Yes"), "value": "y"}});
    assert!(blockkit::from_value::<blockkit::Element>(element).is_err());
}

#[test]
fn rule_53_icon_buttons() {
    let icon = |name: &str| {
        let element = json!({"type": "icon_button", "icon": name, "text": plain("Delete"), "visible_to_user_ids": ["U1"]});
        check(&message(
            json!([{"type": "context_actions", "elements": [element]}]),
        ))
    };
    assert_clean(&icon("trash"));
    assert_warning(&icon("pencil"), Code::InvalidValue, &format!("{E}/icon"));
}

#[test]
fn rule_54_dispatch_action_configuration() {
    let input_with = |config: Value| {
        let element = json!({"type": "plain_text_input", "dispatch_action_config": config});
        let mut block = input(element);
        block["dispatch_action"] = json!(true);
        check(&modal(json!([block])))
    };
    assert_clean(&input_with(
        json!({"trigger_actions_on": ["on_enter_pressed", "on_character_entered"]}),
    ));
    let report = input_with(json!({"trigger_actions_on": ["on_blur"]}));
    assert_error(
        &report,
        Code::InvalidValue,
        "/blocks/0/element/dispatch_action_config/trigger_actions_on/0",
    );
    let report = input_with(json!({"trigger_actions_on": []}));
    assert_error(
        &report,
        Code::Required,
        "/blocks/0/element/dispatch_action_config",
    );
}

fn rich(elements: Value) -> Value {
    message(json!([{"type": "rich_text", "elements": elements}]))
}

fn section(inline: Value) -> Value {
    rich(json!([{"type": "rich_text_section", "elements": [inline]}]))
}

#[test]
fn rule_55_rich_text_sub_elements() {
    let item = json!({"type": "rich_text_section", "elements": [{"type": "text", "text": "one"}]});
    let list = |style: &str, items: Value| json!({"type": "rich_text_list", "style": style, "elements": items});
    assert_clean(&check(&rich(json!([
        list("bullet", json!([item])),
        list("ordered", json!([]))
    ]))));
    let report = check(&rich(json!([list("dashed", json!([item]))])));
    assert_error(&report, Code::InvalidValue, "/blocks/0/elements/0/style");
    let quote = json!({"type": "rich_text_quote", "elements": []});
    let report = check(&rich(json!([list("bullet", json!([item, quote]))])));
    assert_error(
        &report,
        Code::NotAllowedHere,
        "/blocks/0/elements/0/elements/1",
    );
    // Empty sub-element arrays are allowed, an empty rich_text is warned about.
    assert_clean(&check(&rich(
        json!([{"type": "rich_text_preformatted", "elements": [], "border": 1}]),
    )));
    assert_warning(
        &check(&rich(json!([]))),
        Code::MinItems,
        "/blocks/0/elements",
    );
    // Preformatted text documents text and links only.
    let pre =
        json!({"type": "rich_text_preformatted", "elements": [{"type": "user", "user_id": "U1"}]});
    assert_warning(
        &check(&rich(json!([pre]))),
        Code::NotAllowedHere,
        "/blocks/0/elements/0/elements/0",
    );
}

#[test]
fn rule_55_rich_text_inline_elements() {
    let at = "/blocks/0/elements/0/elements/0";
    for range in ["here", "channel", "everyone"] {
        assert_clean(&check(&section(
            json!({"type": "broadcast", "range": range}),
        )));
    }
    assert_error(
        &check(&section(json!({"type": "broadcast", "range": "all"}))),
        Code::InvalidValue,
        &format!("{at}/range"),
    );
    let date = |format: &str| json!({"type": "date", "timestamp": 1_720_000_000, "format": format, "fallback": "July"});
    assert_clean(&check(&section(date("{date_short} at {time}"))));
    assert_error(
        &check(&section(date(""))),
        Code::MinLength,
        &format!("{at}/format"),
    );
    let no_timestamp = json!({"type": "date", "format": "{date}"});
    assert!(blockkit::from_value::<blockkit::Message>(section(no_timestamp)).is_err());
    assert_clean(&check(&section(
        json!({"type": "color", "value": "#FF5733"}),
    )));
    assert_error(
        &check(&section(json!({"type": "color", "value": "red"}))),
        Code::InvalidFormat,
        &format!("{at}/value"),
    );
    for (kind, field) in [
        ("link", "url"),
        ("emoji", "name"),
        ("user", "user_id"),
        ("usergroup", "usergroup_id"),
        ("channel", "channel_id"),
        ("team", "team_id"),
    ] {
        let element = json!({"type": kind, field: ""});
        assert_error(
            &check(&section(element)),
            Code::MinLength,
            &format!("{at}/{field}"),
        );
    }
}

#[test]
fn rich_text_styles_are_lenient_by_default_and_exact_in_strict_mode() {
    let at = "/blocks/0/elements/0/elements/0";
    let strict = ValidationOptions::default().strict(true);
    let mention =
        section(json!({"type": "user", "user_id": "U1", "style": {"bold": true, "code": true}}));
    assert_clean(&check(&mention));
    assert_error(
        &check_with(&mention, &strict),
        Code::NotAllowedHere,
        &format!("{at}/style/code"),
    );
    let text =
        section(json!({"type": "text", "text": "t", "style": {"code": true, "highlight": true}}));
    assert_clean(&check(&text));
    assert_error(
        &check_with(&text, &strict),
        Code::NotAllowedHere,
        &format!("{at}/style/highlight"),
    );
    let fine = section(
        json!({"type": "channel", "channel_id": "C1", "style": {"highlight": true, "unlink": true}}),
    );
    assert_clean(&check_with(&fine, &strict));
}
