//! A form whose ids are written once: the struct declares each field's `block_id`, `action_id`
//! and type; the modal is built from it (with the builders and with `blocks!`); the
//! `view_submission` Slack posts back is read into the struct; the `response_action: errors`
//! answer is keyed by the same fields. No network: the submission is a payload as Slack sends it.
//!
//! ```sh
//! cargo run -p blockkit --example form
//! ```

use blockkit::interaction::{ConversationId, Date, Interaction, UserId, ViewErrors};
use blockkit::{
    DatePicker, InputBlock, Modal, MultiChannelsSelect, NumberInput, OptionObject, PlainTextInput,
    RichTextBlock, RichTextInput, StaticSelect, UsersSelect, blocks, form,
};

form! {
    /// A bug report, filed from the `/bug` modal.
    #[derive(Debug)]
    pub struct BugReport {
        /// What breaks, in one line.
        pub title: String = ("title", "title_input"),
        /// How bad it is.
        pub severity: OptionObject = ("severity", "severity_select"),
        /// How to reproduce it, formatted.
        pub steps: Option<RichTextBlock> = ("steps", "steps_input"),
        /// How many users are affected, when known.
        pub affected: Option<u32> = ("affected", "affected_count"),
        /// Who should look at it.
        pub owner: Option<UserId> = ("owner", "owner_select"),
        /// When it must be fixed.
        pub due: Option<Date> = ("due", "due_date"),
        /// Where to announce it.
        pub notify: Vec<ConversationId> = ("notify", "notify_channels"),
    }
}

/// The modal: every input block takes its ids from the form.
fn modal() -> Modal {
    // With `blocks!`, the ids are interpolated: `{BugReport::TITLE.block_id}`.
    let title: Vec<blockkit::Block> = blocks! {
        <input block_id={BugReport::TITLE.block_id} label="Title">
            <plain_text_input action_id={BugReport::TITLE.action_id} placeholder="Checkout fails on Safari"/>
        </input>
    };
    // With the builders, `Field::input` sets both ids (and `optional` for an `Option` field),
    // and accepts only an element that fills the field's type.
    let same_title: InputBlock = BugReport::TITLE.input(
        "Title",
        PlainTextInput::new().placeholder("Checkout fails on Safari"),
    );
    assert_eq!(title, vec![same_title.into()]);

    let severity = StaticSelect::new()
        .option(OptionObject::new("SEV1: down for everyone", "sev1"))
        .option(OptionObject::new("SEV2: degraded", "sev2"))
        .option(OptionObject::new("SEV3: annoying", "sev3"));
    Modal::new("Report a bug")
        .callback_id("bug_report")
        .submit("File it")
        .close("Cancel")
        .blocks(title)
        .block(BugReport::SEVERITY.input("Severity", severity))
        .block(BugReport::STEPS.input(
            "Steps to reproduce",
            RichTextInput::new(BugReport::STEPS.action_id),
        ))
        .block(BugReport::AFFECTED.input("Affected users", NumberInput::new(false)))
        .block(BugReport::OWNER.input("Owner", UsersSelect::new()))
        .block(BugReport::DUE.input("Fix by", DatePicker::new()))
        .block(BugReport::NOTIFY.input("Announce in", MultiChannelsSelect::new()))
}

/// What Slack posts back when the modal is submitted (the view is shortened to two blocks; the
/// state has every field).
const SUBMISSION: &str = r#"{
  "type": "view_submission",
  "team": {"id": "T0123ABCDEF", "domain": "acme-eng"},
  "user": {"id": "U0456GHIJKL", "username": "ada.lovelace", "name": "ada.lovelace", "team_id": "T0123ABCDEF"},
  "api_app_id": "A0SLACKAPP1",
  "token": "XXYYZZ1234567890abcdefgh",
  "trigger_id": "7212345678901.123456789012.8a1b2c3d4e5f60718293a4b5c6d7e8f9",
  "view": {
    "id": "V07BUGREPORT",
    "team_id": "T0123ABCDEF",
    "type": "modal",
    "blocks": [
      {"type": "input", "block_id": "title", "label": {"type": "plain_text", "text": "Title", "emoji": true},
       "optional": false, "dispatch_action": false,
       "element": {"type": "plain_text_input", "action_id": "title_input"}},
      {"type": "input", "block_id": "due", "label": {"type": "plain_text", "text": "Fix by", "emoji": true},
       "optional": true, "dispatch_action": false,
       "element": {"type": "datepicker", "action_id": "due_date"}}
    ],
    "private_metadata": "",
    "callback_id": "bug_report",
    "state": {
      "values": {
        "title": {"title_input": {"type": "plain_text_input", "value": "Broken"}},
        "severity": {"severity_select": {"type": "static_select", "selected_option": {
          "text": {"type": "plain_text", "text": "SEV2: degraded", "emoji": true}, "value": "sev2"}}},
        "steps": {"steps_input": {"type": "rich_text_input", "rich_text_value": {"type": "rich_text", "elements": [
          {"type": "rich_text_section", "elements": [
            {"type": "text", "text": "Open the cart, press "}, {"type": "text", "text": "Pay", "style": {"bold": true}}]}]}}},
        "affected": {"affected_count": {"type": "number_input", "value": "1250"}},
        "owner": {"owner_select": {"type": "users_select", "selected_user": null}},
        "due": {"due_date": {"type": "datepicker", "selected_date": "2024-05-31"}},
        "notify": {"notify_channels": {"type": "multi_channels_select", "selected_channels": ["C0PQRS12345"]}}
      }
    },
    "hash": "1718030412.kE5Zu2bx",
    "title": {"type": "plain_text", "text": "Report a bug", "emoji": true},
    "clear_on_close": false,
    "notify_on_close": false,
    "close": {"type": "plain_text", "text": "Cancel", "emoji": true},
    "submit": {"type": "plain_text", "text": "File it", "emoji": true},
    "previous_view_id": null,
    "root_view_id": "V07BUGREPORT",
    "app_id": "A0SLACKAPP1",
    "external_id": "",
    "app_installed_team_id": "T0123ABCDEF",
    "bot_id": "B0BOTUSER01"
  },
  "response_urls": [],
  "is_enterprise_install": false,
  "enterprise": null
}"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 1. The modal, validated, as views.open would send it.
    let modal = modal().build()?;
    println!("The modal:\n{}\n", serde_json::to_string_pretty(&modal)?);

    // 2. The submission, read into the struct.
    let Interaction::ViewSubmission(submission) = blockkit::from_str(SUBMISSION)? else {
        return Err("not a view_submission".into());
    };
    assert_eq!(submission.view.callback_id(), Some("bug_report"));
    let report = BugReport::from_submission(&submission)?;
    println!("The report, typed:");
    println!("  title:    {:?}", report.title);
    println!("  severity: {}", report.severity.value);
    println!(
        "  steps:    {} paragraph(s)",
        report
            .steps
            .as_ref()
            .map_or(0, |steps| steps.elements.len())
    );
    println!("  affected: {:?}", report.affected);
    println!("  owner:    {:?}", report.owner);
    println!(
        "  due:      {}",
        report
            .due
            .map_or_else(|| "-".to_owned(), |due| due.to_string())
    );
    println!("  notify:   {:?}\n", report.notify);

    // 3. Your rules, answered under the fields' own blocks.
    let today = Date::new(2024, 6, 10).ok_or("not a date")?;
    let mut errors = ViewErrors::new();
    if report.title.chars().count() < 10 {
        errors = errors.field(
            &BugReport::TITLE,
            "Say what breaks, in 10 characters or more.",
        );
    }
    if report.due.is_some_and(|due| due < today) {
        errors = errors.field(
            &BugReport::DUE,
            format!("The fix date must be {today} or later."),
        );
    }
    if errors.is_empty() {
        println!("Valid: answer with an empty body to close the modal.");
    } else {
        let answer = errors.into_response();
        println!(
            "The answer (HTTP 200, application/json):\n{}",
            serde_json::to_string_pretty(&answer)?
        );
    }
    Ok(())
}
