//! Our request bodies, read by slack-morphism (a Slack client crate) into its own request types:
//! no block falls back to its `SlackBlock::Unknown` variant (which also catches known types whose
//! body it cannot read), and writing them back gives our JSON again, so nothing was lost.

use blockkit::{
    DeleteMessage, HomeTab, Message, Modal, OpenView, PostEphemeral, PostMessage, PublishView,
    PushView, ResponseUrlMessage, ScheduleMessage, UpdateMessage, UpdateView, Validated, ViewRef,
    ViewSubmissionResponse, WebhookMessage,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use slack_morphism::SlackMessageContent;
use slack_morphism::api::{
    SlackApiChatDeleteRequest, SlackApiChatPostEphemeralRequest, SlackApiChatPostMessageRequest,
    SlackApiChatScheduleMessageRequest, SlackApiChatUpdateRequest,
    SlackApiPostWebhookMessageRequest, SlackApiViewsOpenRequest, SlackApiViewsPublishRequest,
    SlackApiViewsPushRequest, SlackApiViewsUpdateRequest,
};
use slack_morphism::blocks::{SlackBlock, SlackView, SlackViewSubmissionResponse};

/// Reads our body with slack-morphism and checks that it writes the same JSON back.
fn read<T: DeserializeOwned + Serialize>(body: &impl Serialize) -> T {
    let ours = serde_json::to_value(body).expect("serializes");
    let theirs: T = serde_json::from_value(ours.clone())
        .unwrap_or_else(|error| panic!("slack-morphism cannot read {ours}: {error}"));
    let back = serde_json::to_value(&theirs).expect("slack-morphism serializes");
    assert_eq!(back, ours, "slack-morphism lost or changed something");
    theirs
}

fn known(blocks: &[SlackBlock]) {
    assert!(!blocks.is_empty());
    for block in blocks {
        assert!(
            !matches!(block, SlackBlock::Unknown(_)),
            "fell back to Unknown: {block:?}"
        );
    }
}

fn content(content: &SlackMessageContent) {
    known(content.blocks.as_deref().unwrap_or_default());
    for attachment in content.attachments.as_deref().unwrap_or_default() {
        known(attachment.blocks.as_deref().unwrap_or_default());
    }
    assert_eq!(content.text.as_deref(), Some("Deploy finished"));
}

fn view(view: &SlackView) {
    match view {
        SlackView::Modal(modal) => known(&modal.blocks),
        SlackView::Home(home) => known(&home.blocks),
    }
}

/// A message with most block and element types a message takes, and an attachment.
fn message() -> Validated<Message> {
    let message: Message = blockkit::from_value(json!({
        "text": "Deploy finished",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "Deploy finished :rocket:", "emoji": true}},
            {"type": "section", "block_id": "summary", "text": {"type": "mrkdwn", "text": "*billing-api* v2.4.1"},
             "fields": [{"type": "mrkdwn", "text": "*Env*\nprod"}, {"type": "plain_text", "text": "42 s"}],
             "accessory": {"type": "image", "image_url": "https://example.com/logo.png", "alt_text": "logo"}},
            {"type": "image", "image_url": "https://example.com/graph.png", "alt_text": "latency",
             "title": {"type": "plain_text", "text": "Latency"}},
            {"type": "context", "elements": [
                {"type": "image", "image_url": "https://example.com/avatar.png", "alt_text": "avatar"},
                {"type": "mrkdwn", "text": "Deployed by <@U0123>"}]},
            {"type": "actions", "block_id": "deploy_actions", "elements": [
                {"type": "button", "text": {"type": "plain_text", "text": "Roll back"}, "action_id": "rollback",
                 "style": "danger", "value": "v2.4.0",
                 "confirm": {"title": {"type": "plain_text", "text": "Sure?"},
                             "text": {"type": "mrkdwn", "text": "Roll back *billing-api*?"},
                             "confirm": {"type": "plain_text", "text": "Yes"}, "deny": {"type": "plain_text", "text": "No"}}},
                {"type": "static_select", "action_id": "env", "placeholder": {"type": "plain_text", "text": "Environment"},
                 "options": [{"text": {"type": "plain_text", "text": "Production"}, "value": "prod"},
                             {"text": {"type": "plain_text", "text": "Staging"}, "value": "staging"}]},
                {"type": "overflow", "action_id": "more", "options": [
                    {"text": {"type": "plain_text", "text": "Logs"}, "value": "logs"},
                    {"text": {"type": "plain_text", "text": "Metrics"}, "value": "metrics"}]},
                {"type": "datepicker", "action_id": "when", "initial_date": "2026-11-21"},
                {"type": "users_select", "action_id": "owner", "placeholder": {"type": "plain_text", "text": "Owner"}}]},
            {"type": "divider"},
            {"type": "rich_text", "elements": [
                {"type": "rich_text_section", "elements": [
                    {"type": "text", "text": "Changelog: ", "style": {"bold": true}},
                    {"type": "link", "url": "https://example.com/changes", "text": "v2.4.1"},
                    {"type": "emoji", "name": "tada"}]},
                {"type": "rich_text_list", "style": "bullet", "elements": [
                    {"type": "rich_text_section", "elements": [{"type": "text", "text": "faster invoices"}]}]}]},
            {"type": "markdown", "text": "**Next:** watch the dashboards"}
        ],
        "attachments": [{"color": "#36a64f", "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": "All checks passed"}}]}]
    }))
    .expect("the test message parses");
    message.build().expect("the test message is valid")
}

/// A modal with most input elements.
fn modal() -> Validated<Modal> {
    let input = |id: &str, label: &str, element: Value| json!({"type": "input", "block_id": id, "label": {"type": "plain_text", "text": label}, "element": element});
    let modal: Modal = blockkit::from_value(json!({
        "type": "modal",
        "callback_id": "deploy",
        "title": {"type": "plain_text", "text": "Deploy"},
        "submit": {"type": "plain_text", "text": "Deploy"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "private_metadata": "C0123",
        "blocks": [
            input("version", "Version", json!({"type": "plain_text_input", "action_id": "version",
                "placeholder": {"type": "plain_text", "text": "v1.2.3"}})),
            input("notes", "Notes", json!({"type": "plain_text_input", "action_id": "notes", "multiline": true, "max_length": 500})),
            input("checks", "Checks", json!({"type": "checkboxes", "action_id": "checks",
                "options": [{"text": {"type": "mrkdwn", "text": "*Smoke tests*"}, "value": "smoke"}]})),
            input("speed", "Speed", json!({"type": "radio_buttons", "action_id": "speed", "options": [
                {"text": {"type": "plain_text", "text": "Canary"}, "value": "canary"},
                {"text": {"type": "plain_text", "text": "All at once"}, "value": "all"}]})),
            input("at", "At", json!({"type": "timepicker", "action_id": "at", "initial_time": "09:30"})),
            input("reviewers", "Reviewers", json!({"type": "multi_users_select", "action_id": "reviewers", "max_selected_items": 3})),
            input("replicas", "Replicas", json!({"type": "number_input", "action_id": "replicas",
                "is_decimal_allowed": false, "min_value": "1", "max_value": "10"})),
            input("contact", "Contact", json!({"type": "email_text_input", "action_id": "contact"})),
            {"type": "section", "text": {"type": "mrkdwn", "text": "Channel"},
             "accessory": {"type": "conversations_select", "action_id": "channel",
                           "filter": {"include": ["public", "private"], "exclude_bot_users": true}}}
        ]
    }))
    .expect("the test modal parses");
    modal.build().expect("the test modal is valid")
}

fn home() -> Validated<HomeTab> {
    super::home()
}

#[test]
fn chat_bodies() {
    let body: SlackApiChatPostMessageRequest =
        read(&PostMessage::new("C1", message()).username("CI"));
    content(&body.content);
    assert_eq!(
        (body.channel.0.as_str(), body.username.as_deref()),
        ("C1", Some("CI"))
    );
    let body: SlackApiChatPostEphemeralRequest = read(&PostEphemeral::new("C1", "U1", message()));
    content(&body.content);
    assert_eq!(body.user.0, "U1");
    let body: SlackApiChatUpdateRequest =
        read(&UpdateMessage::new("C1", "1718030400.000200", message()));
    content(&body.content);
    assert_eq!(body.ts.0, "1718030400.000200");
    let body: SlackApiChatScheduleMessageRequest =
        read(&ScheduleMessage::new("C1", 1_893_456_000, message()));
    content(&body.content);
    let body: SlackApiChatDeleteRequest = read(&DeleteMessage::new("C1", "1.2"));
    assert_eq!(body.ts.0, "1.2");
}

#[test]
fn response_url_and_webhook_bodies() {
    let body: SlackApiPostWebhookMessageRequest =
        read(&ResponseUrlMessage::new(message()).replace_original(true));
    content(&body.content);
    assert_eq!(body.replace_original, Some(true));
    let body: SlackApiPostWebhookMessageRequest = read(&WebhookMessage::new(message()));
    content(&body.content);
}

#[test]
fn view_bodies() {
    let body: SlackApiViewsOpenRequest = read(&OpenView::with_trigger_id("T1", modal()));
    view(&body.view);
    let body: SlackApiViewsPushRequest = read(&PushView::with_trigger_id("T1", modal()));
    view(&body.view);
    let body: SlackApiViewsUpdateRequest =
        read(&UpdateView::new(ViewRef::Id("V1".into()), modal()).hash("h"));
    view(&body.view);
    assert_eq!(body.hash.as_deref(), Some("h"));
    let body: SlackApiViewsPublishRequest = read(&PublishView::new("U1", home()));
    view(&body.view);
    assert!(matches!(body.view, SlackView::Home(_)));
}

#[test]
fn view_submission_responses() {
    match read(&ViewSubmissionResponse::update(modal())) {
        SlackViewSubmissionResponse::Update(update) => view(&update.view),
        other => panic!("not an update: {other:?}"),
    }
    match read(&ViewSubmissionResponse::errors([(
        "version",
        "No such version",
    )])) {
        SlackViewSubmissionResponse::Errors(errors) => {
            assert_eq!(errors.errors["version"], "No such version");
        }
        other => panic!("not errors: {other:?}"),
    }
    assert!(matches!(
        read(&ViewSubmissionResponse::clear()),
        SlackViewSubmissionResponse::Clear(_)
    ));
}
