//! The request bodies (spec §8), one schema file each: every body, as its doc example and the
//! builders make it, validates against its file (and [`super::body_rules`] checks the rules of
//! each file).

use blockkit::{
    DeleteMessage, DividerBlock, HomeTab, Message, Modal, OpenView, PostEphemeral, PostMessage,
    PublishView, PushView, ResponseType, ResponseUrlMessage, ScheduleMessage, SectionBlock,
    SlashCommandResponse, Text, UpdateMessage, UpdateView, Validate, ViewRef,
    ViewSubmissionResponse, ViewTrigger, WebhookMessage,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{SCHEMAS, errors_of, schema_errors};
use crate::api::{home, message, modal};

/// Every request body's file and its root definition.
const FILES: &[(&str, &str)] = &[
    ("chat.postMessage.schema.json", "PostMessage"),
    ("chat.postEphemeral.schema.json", "PostEphemeral"),
    ("chat.update.schema.json", "UpdateMessage"),
    ("chat.scheduleMessage.schema.json", "ScheduleMessage"),
    ("chat.delete.schema.json", "DeleteMessage"),
    ("views.open.schema.json", "OpenView"),
    ("views.push.schema.json", "PushView"),
    ("views.update.schema.json", "UpdateView"),
    ("views.publish.schema.json", "PublishView"),
    ("response_url.schema.json", "ResponseUrlMessage"),
    ("slash_command_response.schema.json", "SlashCommandResponse"),
    ("incoming_webhook.schema.json", "WebhookMessage"),
    (
        "view_submission_response.schema.json",
        "ViewSubmissionResponse",
    ),
];

pub(super) const POST: &str = "chat.postMessage.schema.json";
pub(super) const EPHEMERAL: &str = "chat.postEphemeral.schema.json";
pub(super) const UPDATE: &str = "chat.update.schema.json";
pub(super) const SCHEDULE: &str = "chat.scheduleMessage.schema.json";
pub(super) const DELETE: &str = "chat.delete.schema.json";
pub(super) const OPEN: &str = "views.open.schema.json";
pub(super) const PUSH: &str = "views.push.schema.json";
pub(super) const VIEWS_UPDATE: &str = "views.update.schema.json";
pub(super) const PUBLISH: &str = "views.publish.schema.json";
pub(super) const RESPONSE_URL: &str = "response_url.schema.json";
pub(super) const SLASH: &str = "slash_command_response.schema.json";
pub(super) const WEBHOOK: &str = "incoming_webhook.schema.json";
pub(super) const SUBMISSION: &str = "view_submission_response.schema.json";

fn json(body: impl Serialize) -> Value {
    serde_json::to_value(body).expect("a body serializes")
}

/// The root definition of a body's file.
pub(super) fn root(file: &str) -> &'static Value {
    let (_, schema) = SCHEMAS
        .files
        .iter()
        .find(|(name, _)| *name == file)
        .unwrap_or_else(|| panic!("no file {file}"));
    let name = schema["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/$defs/"))
        .expect("a root $ref");
    &schema["$defs"][name]
}

/// What `blockkit validate` reports as errors for a body parsed as the type of `file` (its
/// parse error, if it does not parse).
pub(super) fn blockkit_errors(file: &str, value: &Value) -> Vec<String> {
    fn judge<T: DeserializeOwned + Validate>(value: &Value) -> Vec<String> {
        match blockkit::from_value::<T>(value.clone()) {
            Ok(body) => errors_of(&body.validate()),
            Err(error) => vec![format!("does not parse: {error}")],
        }
    }
    match file {
        POST => judge::<PostMessage>(value),
        EPHEMERAL => judge::<PostEphemeral>(value),
        UPDATE => judge::<UpdateMessage>(value),
        SCHEDULE => judge::<ScheduleMessage>(value),
        DELETE => judge::<DeleteMessage>(value),
        OPEN => judge::<OpenView>(value),
        PUSH => judge::<PushView>(value),
        VIEWS_UPDATE => judge::<UpdateView>(value),
        PUBLISH => judge::<PublishView>(value),
        RESPONSE_URL => judge::<ResponseUrlMessage>(value),
        SLASH => judge::<SlashCommandResponse>(value),
        WEBHOOK => judge::<WebhookMessage>(value),
        SUBMISSION => judge::<ViewSubmissionResponse>(value),
        other => panic!("no body for {other}"),
    }
}

#[test]
fn every_request_body_has_its_file() {
    for (file, name) in FILES {
        let (_, schema) = SCHEMAS
            .files
            .iter()
            .find(|(exported, _)| exported == file)
            .unwrap_or_else(|| panic!("{file} is not exported"));
        assert_eq!(schema["$ref"], format!("#/$defs/{name}"), "{file}");
        assert_eq!(schema["$defs"][name]["type"], "object", "{file}");
    }
}

/// Each body as its doc example builds it.
#[allow(clippy::too_many_lines, reason = "one entry per doc example")]
fn doc_examples() -> Result<Vec<(&'static str, Value)>, blockkit::Invalid> {
    let build = Message::new()
        .text("Build 42 passed")
        .block(SectionBlock::new().text(Text::mrkdwn("*Build 42* passed")))
        .thread_ts("1718030400.000200")
        .reply_broadcast(true)
        .build()?;
    let settings = Modal::new("Settings").block(DividerBlock::new()).build()?;
    let details = Modal::new("Details").block(DividerBlock::new()).build()?;
    let saved = Modal::new("Saved").block(DividerBlock::new()).build()?;
    let home_tab = HomeTab::new().block(DividerBlock::new()).build()?;
    let step = Modal::new("Step 2").block(DividerBlock::new()).build()?;
    let text = |text: &str| Message::new().text(text).build();
    Ok(vec![
        // The doc examples.
        (
            POST,
            json(PostMessage::new("C0123456789", text("Deploy finished")?).unfurl_links(false)),
        ),
        (
            POST,
            json(
                PostMessage::new("C0123456789", build)
                    .username("CI")
                    .icon_emoji(":white_check_mark:"),
            ),
        ),
        (
            EPHEMERAL,
            json(PostEphemeral::new(
                "C0123456789",
                "U0123456789",
                text("Only you can see this")?,
            )),
        ),
        (
            UPDATE,
            json(
                UpdateMessage::new(
                    "C0123456789",
                    "1718030400.000200",
                    text("Approved :white_check_mark:")?,
                )
                .file_ids(["F0123"]),
            ),
        ),
        (
            SCHEDULE,
            json(ScheduleMessage::new(
                "C0123456789",
                1_893_456_000,
                text("Stand-up in 5 minutes")?,
            )),
        ),
        (
            DELETE,
            json(DeleteMessage::new("C0123456789", "1718030400.000200")),
        ),
        (
            OPEN,
            json(OpenView::with_trigger_id(
                "12345.98765.abcd2358fdea",
                settings,
            )),
        ),
        (
            PUSH,
            json(PushView::new(
                ViewTrigger::InteractivityPointer("1234.5678.abcd".into()),
                details,
            )),
        ),
        (
            VIEWS_UPDATE,
            json(
                UpdateView::new(ViewRef::Id("V0123456789".into()), saved).hash("156772938.1827394"),
            ),
        ),
        (PUBLISH, json(PublishView::new("U0123456789", home_tab))),
        (
            RESPONSE_URL,
            json(ResponseUrlMessage::new(text("Thanks, request approved")?).replace_original(true)),
        ),
        (
            RESPONSE_URL,
            json(ResponseUrlMessage::new(text("Deployed")?).response_type(ResponseType::InChannel)),
        ),
        (RESPONSE_URL, json(ResponseUrlMessage::delete_original())),
        (
            SLASH,
            json(
                SlashCommandResponse::new(text("Deploying billing-api…")?)
                    .response_type(ResponseType::InChannel),
            ),
        ),
        (
            WEBHOOK,
            json(WebhookMessage::new(text("Nightly backup done")?)),
        ),
        (
            SUBMISSION,
            json(ViewSubmissionResponse::errors([(
                "email",
                "That address is already taken",
            )])),
        ),
        (SUBMISSION, json(ViewSubmissionResponse::push(step))),
        (SUBMISSION, json(ViewSubmissionResponse::clear())),
    ])
}

/// Richer bodies: the message, modal and Home tab of the API tests, the builders' other options.
fn richer() -> Vec<(&'static str, Value)> {
    vec![
        (
            POST,
            json(
                PostMessage::new("C1", message())
                    .parse(blockkit::ParseMode::Full)
                    .link_names(true)
                    .icon_url("https://example.com/bot.png")
                    .as_user(false)
                    .current_draft_last_updated_ts("1718030400.000100"),
            ),
        ),
        (
            EPHEMERAL,
            json(PostEphemeral::new("C1", "U1", message()).username("CI")),
        ),
        (
            SCHEDULE,
            json(ScheduleMessage::new("C1", 1_893_456_000, message()).link_names(false)),
        ),
        (
            DELETE,
            json(DeleteMessage::new("C1", "1718030400.000200").as_user(true)),
        ),
        (PUSH, json(PushView::with_trigger_id("T1", modal()))),
        (
            VIEWS_UPDATE,
            json(UpdateView::new(
                ViewRef::ExternalId("deploy-1".into()),
                home(),
            )),
        ),
        (
            VIEWS_UPDATE,
            json(UpdateView::new(ViewRef::Id("V1".into()), modal())),
        ),
        (
            PUBLISH,
            json(
                PublishView::new("U1", home())
                    .hash("h1")
                    .interactivity_pointer("P1"),
            ),
        ),
        (SLASH, json(SlashCommandResponse::new(message()))),
        (WEBHOOK, json(WebhookMessage::new(message()))),
        (SUBMISSION, json(ViewSubmissionResponse::update(modal()))),
    ]
}

#[test]
fn built_bodies_validate_against_their_files() {
    let mut bodies = doc_examples().expect("the doc examples' messages and views are valid");
    bodies.extend(richer());
    for (file, body) in &bodies {
        let errors = schema_errors(file, body);
        assert!(
            errors.is_empty(),
            "{file} rejects {body}:\n{}",
            errors.join("\n")
        );
        let judged = blockkit_errors(file, body);
        assert!(judged.is_empty(), "blockkit rejects {body}: {judged:?}");
    }
    for (file, _) in FILES {
        assert!(
            bodies.iter().any(|(built, _)| built == file),
            "no body built for {file}"
        );
    }
}
