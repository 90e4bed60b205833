//! Forms: ids declared once, used to build the modal and to read its submission, with errors
//! that name the field.

use blockkit::interaction::{
    BlockAction, ConversationId, Date, DateTime, Field, FormError, StateValue, Time, UploadedFile,
    UserId, ViewErrors, ViewState,
};
use blockkit::{
    Block, ChannelsSelect, Checkboxes, ConversationsSelect, DatePicker, DateTimePicker, EmailInput,
    ExternalSelect, FileInput, Modal, MultiChannelsSelect, MultiConversationsSelect,
    MultiExternalSelect, MultiStaticSelect, MultiUsersSelect, NumberInput, OptionObject,
    PlainTextInput, RadioButtons, RichTextBlock, RichTextInput, StaticSelect, TimePicker, UrlInput,
    UsersSelect, form,
};
use serde_json::json;

use super::submission;

form! {
    /// One field per input element of `view_submission_all_elements.json`.
    #[derive(Debug, Clone, PartialEq)]
    pub struct BugReport {
        pub title: String = ("title", "title_input"),
        pub contact: String = ("contact", "contact_email"),
        pub link: Option<String> = ("link", "link_url"),
        pub affected: u32 = ("affected", "affected_count"),
        pub budget: Option<f64> = ("budget", "budget_amount"),
        pub steps: RichTextBlock = ("steps", "steps_input"),
        pub severity: OptionObject = ("severity", "severity_select"),
        pub component: Option<OptionObject> = ("component", "component_search"),
        pub owner: UserId = ("owner", "owner_select"),
        pub conversation: ConversationId = ("conversation", "conversation_select"),
        pub channel: ConversationId = ("channel", "channel_select"),
        pub labels: Vec<OptionObject> = ("labels", "labels_select"),
        pub services: Vec<OptionObject> = ("services", "services_search"),
        pub watchers: Vec<UserId> = ("watchers", "watchers_select"),
        pub threads: Vec<ConversationId> = ("threads", "threads_select"),
        pub notify: Vec<ConversationId> = ("notify", "notify_channels"),
        pub checks: Vec<OptionObject> = ("checks", "checks_boxes"),
        pub impact: OptionObject = ("impact", "impact_radio"),
        pub due: Date = ("due", "due_date"),
        pub standup: Time = ("standup", "standup_time"),
        pub started: DateTime = ("started", "started_at"),
        pub evidence: Vec<UploadedFile> = ("evidence", "evidence_files"),
    }
}

/// The modal of [`BugReport`], built with the builders and the form's ids.
fn bug_report_modal() -> Modal {
    let option = OptionObject::new;
    let blocks: Vec<Block> = vec![
        BugReport::TITLE
            .input("Title", PlainTextInput::new())
            .into(),
        BugReport::CONTACT
            .input("Contact", EmailInput::new())
            .into(),
        BugReport::LINK.input("Link", UrlInput::new()).into(),
        BugReport::AFFECTED
            .input("Affected users", NumberInput::new(false))
            .into(),
        BugReport::BUDGET
            .input("Budget", NumberInput::new(true))
            .into(),
        BugReport::STEPS
            .input("Steps", RichTextInput::new("any: the field sets it"))
            .into(),
        BugReport::SEVERITY
            .input(
                "Severity",
                StaticSelect::new().option(option("SEV1", "sev1")),
            )
            .into(),
        BugReport::COMPONENT
            .input("Component", ExternalSelect::new())
            .into(),
        BugReport::OWNER.input("Owner", UsersSelect::new()).into(),
        BugReport::CONVERSATION
            .input("Post to", ConversationsSelect::new())
            .into(),
        BugReport::CHANNEL
            .input("Channel", ChannelsSelect::new())
            .into(),
        BugReport::LABELS
            .input(
                "Labels",
                MultiStaticSelect::new().option(option("frontend", "fe")),
            )
            .into(),
        BugReport::SERVICES
            .input("Services", MultiExternalSelect::new())
            .into(),
        BugReport::WATCHERS
            .input("Watchers", MultiUsersSelect::new())
            .into(),
        BugReport::THREADS
            .input("Conversations", MultiConversationsSelect::new())
            .into(),
        BugReport::NOTIFY
            .input("Notify", MultiChannelsSelect::new())
            .into(),
        BugReport::CHECKS
            .input(
                "Checks",
                Checkboxes::new().option(option("Reproduced", "repro")),
            )
            .into(),
        BugReport::IMPACT
            .input("Impact", RadioButtons::new().option(option("Low", "low")))
            .into(),
        BugReport::DUE.input("Due", DatePicker::new()).into(),
        BugReport::STANDUP
            .input("Standup", TimePicker::new())
            .into(),
        BugReport::STARTED
            .input("Started", DateTimePicker::new())
            .into(),
        BugReport::EVIDENCE
            .input("Evidence", FileInput::new())
            .into(),
    ];
    Modal::new("Report a bug")
        .blocks(blocks)
        .submit("File it")
        .callback_id("bug_report")
}

#[test]
fn a_form_reads_every_element_type() {
    let submission = submission("view_submission_all_elements.json");
    let report = BugReport::from_submission(&submission).unwrap();
    assert_eq!(report.title, "Checkout fails on Safari");
    assert_eq!(report.contact, "ada@example.com");
    assert_eq!(
        report.link.as_deref(),
        Some("https://status.example.com/incidents/42")
    );
    assert_eq!(report.affected, 1250);
    assert_eq!(report.budget, Some(-12.75));
    assert_eq!(report.steps.elements.len(), 2);
    assert_eq!(report.severity.value, "sev2");
    assert_eq!(report.component.as_ref().unwrap().value, "svc-payments");
    assert_eq!(report.owner, "U0789MNOPQR");
    assert_eq!(report.conversation, "C0PQRS12345");
    assert_eq!(report.channel, "C0TUVW67890");
    assert_eq!(report.labels.len(), 2);
    assert!(report.services.is_empty());
    assert_eq!(
        report.watchers,
        [UserId::from("U0789MNOPQR"), UserId::from("U0ABCDEFGHI")]
    );
    assert_eq!(report.threads.len(), 2);
    assert_eq!(report.notify, [ConversationId::from("C0TUVW67890")]);
    assert_eq!(report.checks[0].value, "customer");
    assert_eq!(report.impact.value, "high");
    assert_eq!(report.due, Date::new(2024, 6, 14).unwrap());
    assert_eq!(report.standup, Time::new(9, 30).unwrap());
    assert_eq!(report.started, DateTime(1_718_030_400));
    assert_eq!(report.evidence[0].name.as_deref(), Some("har-capture.pdf"));
    assert_eq!(BugReport::from_state_all(submission.state()), Ok(report));
}

#[test]
fn the_built_modal_and_the_submission_use_the_same_ids() {
    let modal = bug_report_modal();
    let submission = submission("view_submission_all_elements.json");
    let ids: Vec<(String, String)> = modal
        .blocks
        .iter()
        .map(|block| {
            let Block::Input(input) = block else {
                panic!("an input block expected");
            };
            let action_id = input.element.action_id().unwrap().to_owned();
            (input.block_id.clone().unwrap().into(), action_id)
        })
        .collect();
    assert_eq!(ids.len(), BugReport::FIELDS.len());
    for ((block_id, action_id), field) in ids.iter().zip(BugReport::FIELDS) {
        assert_eq!(
            (block_id.as_str(), action_id.as_str()),
            (field.block_id, field.action_id)
        );
        let value = submission.state().get(block_id, action_id);
        assert!(value.is_some(), "Slack sends {block_id}/{action_id}");
    }
    let json = serde_json::to_value(&modal).unwrap();
    assert_eq!(
        json["blocks"][2]["optional"], true,
        "an Option field is optional"
    );
    assert_eq!(json["blocks"][0].get("optional"), None);
    assert_eq!(json["blocks"][5]["element"]["action_id"], "steps_input");
}

#[test]
fn optional_fields_read_none_when_empty_and_required_ones_fail() {
    form! {
        struct Optionals {
            contact: Option<String> = ("contact", "contact_email"),
            affected: Option<i64> = ("affected", "affected_count"),
            severity: Option<OptionObject> = ("severity", "severity_select"),
            owner: Option<UserId> = ("owner", "owner_select"),
            due: Option<Date> = ("due", "due_date"),
            standup: Option<Time> = ("standup", "standup_time"),
            started: Option<DateTime> = ("started", "started_at"),
            impact: Option<OptionObject> = ("impact", "impact_radio"),
            checks: Vec<OptionObject> = ("checks", "checks_boxes"),
            evidence: Option<Vec<UploadedFile>> = ("evidence", "evidence_files"),
            missing: Option<String> = ("not_in_view", "nothing"),
        }
    }
    const OWNER: Field<UserId> = Field::new("owner", "owner_select");
    let submission = submission("view_submission_empty_optional.json");
    let form = Optionals::from_submission(&submission).unwrap();
    assert_eq!(form.contact, None);
    assert_eq!(form.affected, None);
    assert_eq!(form.severity, None);
    assert_eq!(form.owner, None);
    assert_eq!((form.due, form.standup, form.started), (None, None, None));
    assert_eq!(form.impact, None);
    assert!(form.checks.is_empty());
    assert_eq!(form.evidence, Some(Vec::new()));
    assert_eq!(form.missing, None, "an absent optional field is None");

    let error = submission.read(&OWNER).unwrap_err();
    assert!(matches!(error, FormError::Empty { .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        "field `owner_select` (block_id `owner`, action_id `owner_select`) is required but empty"
    );
    assert_eq!(error.user_message(), "This field is required.");
}

#[test]
fn a_missing_block_is_named() {
    const SUMMARY: Field<String> = Field::new("summary", "summary_input").named("summary");
    let error = submission("view_submission_all_elements.json")
        .read(&SUMMARY)
        .unwrap_err();
    assert!(matches!(error, FormError::MissingBlock { .. }), "{error:?}");
    assert_eq!(
        (error.field(), error.block_id(), error.action_id()),
        ("summary", "summary", "summary_input")
    );
    assert_eq!(
        error.to_string(),
        "field `summary` (block_id `summary`, action_id `summary_input`): the state has no block `summary`"
    );
}

#[test]
fn an_unknown_action_is_named_with_the_actions_found() {
    const TITLE: Field<String> = Field::new("title", "title_text");
    let error = submission("view_submission_all_elements.json")
        .read(&TITLE)
        .unwrap_err();
    let FormError::UnknownAction { ids, found } = &error else {
        panic!("not UnknownAction: {error:?}");
    };
    assert_eq!((ids.block_id, ids.action_id), ("title", "title_text"));
    assert_eq!(found, &["title_input"]);
    assert_eq!(
        error.to_string(),
        "field `title_text` (block_id `title`, action_id `title_text`): block `title` has no action \
         `title_text` (it has [\"title_input\"])"
    );
}

#[test]
fn a_wrong_element_type_names_expected_and_found() {
    form! {
        #[derive(Debug)]
        struct Mistyped {
            due: String = ("due", "due_date"),
        }
    }
    const BUDGET: Field<u64> = Field::new("budget", "budget_amount");
    let submission = submission("view_submission_all_elements.json");
    let error = Mistyped::from_submission(&submission).unwrap_err();
    let FormError::WrongType {
        ids,
        expected,
        found,
    } = &error
    else {
        panic!("not WrongType: {error:?}");
    };
    assert_eq!(
        (ids.field, ids.block_id, ids.action_id),
        ("due", "due", "due_date")
    );
    assert_eq!(
        *expected,
        "plain_text_input, email_text_input or url_text_input"
    );
    assert_eq!(found, "datepicker");
    assert_eq!(
        error.to_string(),
        "field `due` (block_id `due`, action_id `due_date`): expected plain_text_input, \
         email_text_input or url_text_input, found datepicker"
    );

    let error = submission.read(&BUDGET).unwrap_err();
    assert!(matches!(error, FormError::Invalid { .. }), "{error:?}");
    assert!(
        error
            .to_string()
            .ends_with("`-12.75` is not a non-negative integer"),
        "{error}"
    );
}

#[test]
fn every_error_at_once() {
    form! {
        #[derive(Debug)]
        struct Broken {
            title: String = ("title", "title_input"),
            due: Time = ("due", "due_date"),
            gone: String = ("gone", "gone_input"),
        }
    }
    let errors = Broken::from_state_all(submission("view_submission_all_elements.json").state())
        .unwrap_err();
    let fields: Vec<_> = errors.iter().map(FormError::field).collect();
    assert_eq!(fields, ["due", "gone"]);
    let answer = errors
        .iter()
        .fold(ViewErrors::new(), ViewErrors::form_error);
    assert_eq!(answer.len(), 2);
}

#[test]
fn the_errors_answer_is_keyed_by_the_same_ids() {
    let errors = ViewErrors::new()
        .field(
            &BugReport::TITLE,
            "Say what breaks, in 10 characters or more",
        )
        .field(&BugReport::DUE, "The due date is in the past")
        .field(&BugReport::TITLE, "Say what breaks");
    assert_eq!(errors.get("title"), Some("Say what breaks"));
    assert_eq!(
        serde_json::to_value(errors.into_response()).unwrap(),
        json!({
            "response_action": "errors",
            "errors": {"title": "Say what breaks", "due": "The due date is in the past"}
        })
    );
}

#[test]
fn block_actions_are_matched_and_read_through_fields() {
    const ENV: Field<OptionObject> = Field::new("env", "env_select");
    const WHEN: Field<Option<Date>> = Field::new("when", "when_date");
    const ENV_AS_DATE: Field<Date> = Field::new("env", "env_select");
    let action: BlockAction = blockkit::from_value(json!({
        "type": "static_select", "action_id": "env_select", "block_id": "env",
        "selected_option": {"text": {"type": "plain_text", "text": "Production"}, "value": "prod"},
        "action_ts": "1718030111.000200"
    }))
    .unwrap();
    assert!(ENV.matches(&action));
    assert!(!WHEN.matches(&action));
    assert_eq!(ENV.read_action(&action).unwrap().value, "prod");
    assert_eq!(
        WHEN.read_action(&action),
        Ok(None),
        "not this field's action: None when optional"
    );
    assert!(matches!(
        ENV_AS_DATE.read_action(&action),
        Err(FormError::WrongType { .. })
    ));
}

#[test]
fn a_raw_state_value_field_reads_any_element() {
    const ANY: Field<StateValue> = Field::new("started", "started_at");
    let value = submission("view_submission_all_elements.json")
        .read(&ANY)
        .unwrap();
    assert_eq!(value.type_name(), "datetimepicker");
    let block = ANY.input("Anything", PlainTextInput::new());
    assert_eq!(block.block_id.as_deref(), Some("started"));

    let state: ViewState = blockkit::from_value(json!({"values": {}})).unwrap();
    assert!(matches!(
        ANY.read(&state),
        Err(FormError::MissingBlock { .. })
    ));
}
