//! Request bodies (spec §8): their JSON, their parsing, their request-level rules, and a check
//! that slack-morphism — a Slack client crate — reads them into its own request types.

use blockkit::{
    ActionsBlock, Button, Code, DeleteMessage, DividerBlock, HeaderBlock, HomeTab, InputBlock,
    Message, MessageMetadata, Modal, OpenView, PlainTextInput, PostEphemeral, PostMessage,
    PublishView, PushView, ResponseUrlMessage, ScheduleMessage, SectionBlock, Severity,
    SlashCommandResponse, StaticSelect, Text, UpdateMessage, UpdateView, Validate, Validated,
    ViewRef, ViewSubmissionResponse, ViewTrigger, WebApiMethod, WebhookMessage,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

pub(crate) fn message() -> Validated<Message> {
    Message::new()
        .text("Deploy finished")
        .block(HeaderBlock::new("Deploy finished"))
        .block(
            SectionBlock::new()
                .text(Text::mrkdwn("*billing-api* is live"))
                .accessory(
                    Button::new("Open")
                        .action_id("open")
                        .url("https://example.com/deploys/42"),
                ),
        )
        .block(DividerBlock::new())
        .block(
            ActionsBlock::new().element(
                StaticSelect::new()
                    .action_id("env")
                    .placeholder("Environment")
                    .option(blockkit::OptionObject::new("Production", "prod")),
            ),
        )
        .build()
        .expect("the test message is valid")
}

pub(crate) fn modal() -> Validated<Modal> {
    Modal::new("Deploy")
        .block(
            InputBlock::new("Version", PlainTextInput::new().action_id("version"))
                .block_id("version"),
        )
        .submit("Deploy")
        .callback_id("deploy")
        .build()
        .expect("the test modal is valid")
}

pub(crate) fn home() -> Validated<HomeTab> {
    HomeTab::new()
        .block(HeaderBlock::new("Your deploys"))
        .block(DividerBlock::new())
        .build()
        .expect("the test Home tab is valid")
}

/// Serializes, parses back, and checks both directions agree.
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(body: &T) -> Value {
    let json = serde_json::to_string(body).expect("serializes");
    let parsed: T = blockkit::from_str(&json).expect("parses back");
    assert_eq!(&parsed, body);
    serde_json::from_str(&json).expect("JSON")
}

#[test]
fn every_body_round_trips_and_names_its_method() {
    let value = round_trip(
        &PostMessage::new("C1", message())
            .username("CI")
            .unfurl_media(false),
    );
    assert_eq!(value["channel"], "C1");
    assert_eq!(value["blocks"][0]["type"], "header");
    assert_eq!(value["unfurl_media"], false);
    round_trip(&PostEphemeral::new("C1", "U1", message()));
    round_trip(&UpdateMessage::new("C1", "1718030400.000200", message()).file_id("F1"));
    round_trip(&ScheduleMessage::new("C1", 1_893_456_000, message()));
    round_trip(&DeleteMessage::new("C1", "1718030400.000200").as_user(true));
    round_trip(&OpenView::with_trigger_id("T1", modal()));
    round_trip(&PushView::with_interactivity_pointer("P1", modal()));
    round_trip(&UpdateView::new(ViewRef::ExternalId("deploy-1".into()), home()).hash("h1"));
    round_trip(&PublishView::new("U1", home()));
    round_trip(&ResponseUrlMessage::new(message()).replace_original(true));
    round_trip(&ResponseUrlMessage::delete_original());
    round_trip(&SlashCommandResponse::new(message()));
    round_trip(&WebhookMessage::new(message()));
    round_trip(&ViewSubmissionResponse::errors([
        ("version", "No such version"),
        ("env", "Pick one"),
    ]));
    round_trip(&ViewSubmissionResponse::update(modal()));
    round_trip(&ViewSubmissionResponse::clear());

    let methods = [
        (PostMessage::METHOD, PostMessage::url()),
        (PostEphemeral::METHOD, PostEphemeral::url()),
        (UpdateMessage::METHOD, UpdateMessage::url()),
        (ScheduleMessage::METHOD, ScheduleMessage::url()),
        (DeleteMessage::METHOD, DeleteMessage::url()),
        (OpenView::METHOD, OpenView::url()),
        (PushView::METHOD, PushView::url()),
        (UpdateView::METHOD, UpdateView::url()),
        (PublishView::METHOD, PublishView::url()),
    ];
    for (method, url) in methods {
        assert_eq!(url, format!("https://slack.com/api/{method}"));
    }
}

#[test]
fn built_bodies_are_valid_and_keep_the_message_warnings_out() {
    let reports = [
        PostMessage::new("C1", message()).validate(),
        PostEphemeral::new("C1", "U1", message()).validate(),
        UpdateMessage::new("C1", "1.2", message()).validate(),
        ScheduleMessage::new("C1", 1_893_456_000, message()).validate(),
        DeleteMessage::new("C1", "1.2").validate(),
        OpenView::with_trigger_id("T1", modal()).validate(),
        PushView::with_trigger_id("T1", modal()).validate(),
        UpdateView::new(ViewRef::Id("V1".into()), modal()).validate(),
        PublishView::new("U1", home()).validate(),
        ResponseUrlMessage::new(message()).validate(),
        ResponseUrlMessage::delete_original().validate(),
        SlashCommandResponse::new(message()).validate(),
        WebhookMessage::new(message()).validate(),
        ViewSubmissionResponse::errors([("version", "No such version")]).validate(),
        ViewSubmissionResponse::push(modal()).validate(),
        ViewSubmissionResponse::clear().validate(),
    ];
    for (index, report) in reports.iter().enumerate() {
        assert!(report.is_empty(), "body {index}: {report}");
    }
}

#[test]
fn request_arguments_left_in_the_message_are_not_sent_twice() {
    let mut message = Message::new().text("hi");
    message.extra.insert("channel", "C_OLD");
    message.extra.insert("username", "old");
    message.extra.insert("custom", 1);
    let body = PostMessage::new("C_NEW", message.build().expect("valid"));
    let json = serde_json::to_string(&body).expect("serializes");
    assert_eq!(json, r#"{"channel":"C_NEW","text":"hi","custom":1}"#);
}

#[test]
fn pointers_are_rooted_in_the_body() {
    let bad_block =
        json!({"type": "header", "text": {"type": "plain_text", "text": "x".repeat(151)}});
    let body: PostMessage =
        blockkit::from_value(json!({"channel": "C1", "text": "t", "blocks": [bad_block]}))
            .expect("parses");
    assert_eq!(
        body.validate().violations()[0].pointer,
        "/blocks/0/text/text"
    );

    let view = json!({"type": "modal", "title": {"type": "plain_text", "text": "T"}, "blocks": [bad_block]});
    let body: OpenView =
        blockkit::from_value(json!({"trigger_id": "T1", "view": view})).expect("parses");
    assert_eq!(
        body.validate().violations()[0].pointer,
        "/view/blocks/0/text/text"
    );
    let body: ViewSubmissionResponse =
        blockkit::from_value(json!({"response_action": "update", "view": view})).expect("parses");
    assert_eq!(
        body.validate().violations()[0].pointer,
        "/view/blocks/0/text/text"
    );
}

fn codes(report: &blockkit::Report) -> Vec<(String, Code, Severity)> {
    report
        .violations()
        .iter()
        .map(|v| (v.pointer.clone(), v.code, v.severity))
        .collect()
}

#[test]
fn rule_57_markdown_text_is_never_with_text_or_blocks() {
    let body: PostMessage =
        blockkit::from_value(json!({"channel": "C1", "markdown_text": "**hi**", "text": "hi"}))
            .expect("parses");
    assert_eq!(
        codes(&body.validate()),
        [(
            "/markdown_text".to_owned(),
            Code::Exclusive,
            Severity::Error
        )]
    );
    let body: PostMessage =
        blockkit::from_value(json!({"channel": "C1", "markdown_text": "**hi**"})).expect("parses");
    assert!(body.validate().is_empty(), "{}", body.validate());
    assert_eq!(body.message().extra["markdown_text"], "**hi**");
}

#[test]
fn rule_58_exactly_one_trigger_and_one_view_reference() {
    let view = json!({"type": "modal", "title": {"type": "plain_text", "text": "T"}, "blocks": [{"type": "divider"}]});
    let both: OpenView = blockkit::from_value(
        json!({"trigger_id": "T", "interactivity_pointer": "P", "view": view}),
    )
    .expect("parses");
    assert_eq!(
        codes(&both.validate()),
        [(
            "/interactivity_pointer".to_owned(),
            Code::Exclusive,
            Severity::Error
        )]
    );
    assert_eq!(both.trigger(), Some(ViewTrigger::TriggerId("T".into())));
    let neither: PushView = blockkit::from_value(json!({"view": view})).expect("parses");
    assert_eq!(
        codes(&neither.validate()),
        [(String::new(), Code::Required, Severity::Error)]
    );
    assert_eq!(neither.trigger(), None);

    let neither: UpdateView = blockkit::from_value(json!({"view": view})).expect("parses");
    assert_eq!(
        neither.validate().violations()[0].message,
        "views.update needs `view_id` or `external_id`"
    );
    let long: UpdateView =
        blockkit::from_value(json!({"external_id": "e".repeat(256), "view": view}))
            .expect("parses");
    assert_eq!(
        codes(&long.validate()),
        [("/external_id".to_owned(), Code::MaxLength, Severity::Error)]
    );
    assert_eq!(
        long.target(),
        Some(ViewRef::ExternalId("e".repeat(256).into()))
    );
}

#[test]
fn views_take_the_view_type_of_their_method() {
    let home = json!({"type": "home", "blocks": [{"type": "divider"}]});
    let body: OpenView =
        blockkit::from_value(json!({"trigger_id": "T", "view": home})).expect("parses");
    let report = body.validate();
    assert_eq!(
        codes(&report)[0],
        (
            "/view/type".to_owned(),
            Code::NotAllowedHere,
            Severity::Error
        )
    );
    assert_eq!(
        report.violations()[0].message,
        "views.open takes a modal or workflow_step view; this one is `home`"
    );

    let modal = json!({"type": "modal", "title": {"type": "plain_text", "text": "T"}, "blocks": [{"type": "divider"}]});
    let body: PublishView =
        blockkit::from_value(json!({"user_id": "U", "view": modal})).expect("parses");
    assert_eq!(
        codes(&body.validate())[0],
        (
            "/view/type".to_owned(),
            Code::NotAllowedHere,
            Severity::Error
        )
    );
    let body: UpdateView =
        blockkit::from_value(json!({"view_id": "V", "view": home})).expect("parses");
    assert!(body.validate().is_empty(), "views.update takes any view");
}

#[test]
fn rule_59_required_arguments_are_not_empty() {
    let body = PostEphemeral::new("C1", "", message());
    assert_eq!(
        codes(&body.validate()),
        [("/user".to_owned(), Code::MinLength, Severity::Error)]
    );
    let body = UpdateMessage::new("C1", "", message());
    assert_eq!(
        codes(&body.validate()),
        [("/ts".to_owned(), Code::MinLength, Severity::Error)]
    );
    let body = ScheduleMessage::new("C1", -5, message());
    assert_eq!(
        codes(&body.validate()),
        [("/post_at".to_owned(), Code::OutOfRange, Severity::Error)]
    );
    let error = blockkit::from_str::<ScheduleMessage>(
        r#"{"channel": "C1", "post_at": "tomorrow", "text": "x"}"#,
    )
    .expect_err("post_at is an integer");
    assert_eq!(error.path(), "post_at");
    assert!(
        blockkit::from_str::<PostEphemeral>(r#"{"channel": "C1", "text": "x"}"#).is_err(),
        "user is required"
    );
}

#[test]
fn fields_a_method_does_not_take_are_warned_about() {
    let message = Message::new()
        .text("hi")
        .mrkdwn(false)
        .unfurl_links(false)
        .metadata(MessageMetadata::event("deployed", json!({"id": 1})))
        .build()
        .expect("valid");
    let report = PostEphemeral::new("C1", "U1", message.clone()).validate();
    assert!(report.is_valid(), "{report}");
    let warned: Vec<&str> = report.warnings().map(|v| v.pointer.as_str()).collect();
    assert_eq!(
        warned,
        [
            "/metadata/event_type",
            "/metadata/event_payload",
            "/mrkdwn",
            "/unfurl_links"
        ]
    );
    let report = UpdateMessage::new("C1", "1.2", message.clone()).validate();
    assert_eq!(report.warnings().count(), 2, "{report}");
    assert!(PostMessage::new("C1", message).validate().is_empty());

    let mut hook = Message::new().text("x");
    hook.extra.insert("username", "Old bot");
    let report = WebhookMessage::new(hook.build().expect("valid")).validate();
    assert_eq!(
        codes(&report),
        [(
            "/username".to_owned(),
            Code::NotAllowedHere,
            Severity::Warning
        )]
    );
}

#[test]
fn view_submission_responses_are_checked() {
    let empty: ViewSubmissionResponse =
        blockkit::from_value(json!({"response_action": "errors"})).expect("parses");
    assert_eq!(
        codes(&empty.validate()),
        [("/errors".to_owned(), Code::MinItems, Severity::Error)]
    );
    let blank = ViewSubmissionResponse::errors([("a/b", "")]);
    assert_eq!(
        codes(&blank.validate()),
        [("/errors/a~1b".to_owned(), Code::MinLength, Severity::Error)]
    );
    let no_view: ViewSubmissionResponse =
        blockkit::from_value(json!({"response_action": "push"})).expect("parses");
    assert_eq!(
        codes(&no_view.validate()),
        [(String::new(), Code::Required, Severity::Error)]
    );
    let unknown: ViewSubmissionResponse =
        blockkit::from_value(json!({"response_action": "explode"})).expect("parses");
    assert_eq!(
        codes(&unknown.validate()),
        [(
            "/response_action".to_owned(),
            Code::InvalidValue,
            Severity::Error
        )]
    );
    let errors = ViewSubmissionResponse::errors([("b", "2"), ("a", "1")]);
    assert_eq!(
        serde_json::to_string(&errors).expect("serializes"),
        r#"{"response_action":"errors","errors":{"b":"2","a":"1"}}"#
    );
}

#[test]
fn response_url_delete_and_replace_exclude_each_other() {
    let body: ResponseUrlMessage =
        blockkit::from_value(json!({"delete_original": true, "replace_original": true}))
            .expect("parses");
    assert_eq!(
        codes(&body.validate()),
        [(
            "/replace_original".to_owned(),
            Code::Exclusive,
            Severity::Error
        )]
    );
    let body: ResponseUrlMessage =
        blockkit::from_value(json!({"response_type": "shout", "text": "x"})).expect("parses");
    assert_eq!(
        codes(&body.validate()),
        [(
            "/response_type".to_owned(),
            Code::InvalidValue,
            Severity::Error
        )]
    );
}

#[test]
fn parse_errors_in_bodies_keep_their_path_line_and_column() {
    let json = "{\"channel\": \"C1\",\n \"blocks\": [{\"type\": \"divider\"}, {\"type\": \"header\"}],\n \"text\": \"x\"}";
    let error = blockkit::from_str::<PostMessage>(json).expect_err("the header has no text");
    assert_eq!(error.path(), "blocks[1]");
    assert_eq!((error.line(), error.column()), (2, 51));
    let json = "{\"trigger_id\": \"T\",\n \"view\": {\"type\": \"modal\", \"title\": 5}}";
    let error = blockkit::from_str::<OpenView>(json).expect_err("the title is a number");
    assert_eq!(error.path(), "view.title");
    assert_eq!(error.line(), 2);
}

mod slack_morphism;
