//! A modal in two steps: a trip request whose "Add travellers" button pushes a second modal on
//! top of it (`views.push`, with the `trigger_id` of the button's `block_actions` payload). When
//! the second step is submitted, the app closes it (an empty HTTP answer) and redraws the first
//! step with the travellers (`views.update` of the `previous_view_id`). The first step keeps its
//! `block_id`s and `action_id`s, so Slack keeps what the user already typed there.
//! It prints the three bodies and their Block Kit Builder links; it sends nothing.
//!
//! ```sh
//! cargo run -p blockkit --example multi_step_modal
//! ```
//!
//! The templates and the handler are snapshot-tested in `tests/templates/multi_step_modal.rs`,
//! which includes this file.

use blockkit::interaction::Interaction;
use blockkit::mrkdwn::{Markup, bold, user};
use blockkit::{
    Button, DatePicker, InputBlock, Invalid, Modal, MultiUsersSelect, OpenView, OptionObject,
    PlainTextInput, PushView, SectionBlock, StaticSelect, UpdateView, ViewRef, WebApiMethod,
};

/// The button of the first step that opens the second, and the menu of the second step.
const ADD_TRAVELLERS: (&str, &str) = ("travellers", "add_travellers");
const WHO: (&str, &str) = ("who", "who_select");

/// The first step: where, when, why, and who travels.
pub(crate) fn trip_step(travellers: &[String]) -> Modal {
    let who = if travellers.is_empty() {
        bold("Travellers").line("Just you, so far.")
    } else {
        bold("Travellers").line(Markup::join(travellers.iter().map(user), ", "))
    };
    let purpose = StaticSelect::new()
        .action_id("purpose")
        .option(OptionObject::new("Customer visit", "customer"))
        .option(OptionObject::new("Conference", "conference"))
        .option(OptionObject::new("Team offsite", "offsite"));
    Modal::new("New trip")
        .callback_id("trip")
        .submit("Request")
        .close("Cancel")
        // The travellers are in no input: the submission of this step reads them from here.
        .maybe_private_metadata((!travellers.is_empty()).then(|| travellers.join(",")))
        .block(
            InputBlock::new(
                "Destination",
                PlainTextInput::new().action_id("destination"),
            )
            .block_id("destination"),
        )
        .block(
            InputBlock::new("Leaving on", DatePicker::new().action_id("leave")).block_id("leave"),
        )
        .block(InputBlock::new("Back on", DatePicker::new().action_id("back")).block_id("back"))
        .block(InputBlock::new("Purpose", purpose).block_id("purpose"))
        .block(
            SectionBlock::new()
                .block_id(ADD_TRAVELLERS.0)
                .text(who)
                .accessory(
                    Button::new(if travellers.is_empty() {
                        "Add travellers"
                    } else {
                        "Change"
                    })
                    .action_id(ADD_TRAVELLERS.1),
                ),
        )
}

/// The second step, pushed on the first.
pub(crate) fn travellers_step() -> Modal {
    Modal::new("Travellers")
        .callback_id("trip_travellers")
        .submit("Add")
        .close("Back")
        .block(
            InputBlock::new(
                "Who travels with you?",
                MultiUsersSelect::new()
                    .action_id(WHO.1)
                    .max_selected_items(8),
            )
            .block_id(WHO.0),
        )
        .block(
            InputBlock::new(
                "Anything the travel desk should know?",
                PlainTextInput::new().action_id("notes").multiline(true),
            )
            .block_id("notes")
            .optional(true),
        )
}

/// The `views.open` body of the first step.
pub(crate) fn open_view(trigger_id: &str) -> Result<OpenView, Invalid> {
    Ok(OpenView::with_trigger_id(
        trigger_id,
        trip_step(&[]).build()?,
    ))
}

/// What the handler sends back.
pub(crate) enum Reply {
    /// `views.push`: the button was pressed.
    Push(PushView),
    /// An empty HTTP answer to the submission (it closes the second step), then `views.update` of
    /// the first step.
    UpdateParent(UpdateView),
}

/// Your interactivity handler, for the two payloads of the flow.
pub(crate) fn handle_interaction(
    payload: &str,
) -> Result<Option<Reply>, Box<dyn std::error::Error>> {
    match blockkit::from_str(payload)? {
        Interaction::BlockActions(actions) => {
            let pressed = actions
                .actions
                .iter()
                .any(|action| action.is(ADD_TRAVELLERS.0, ADD_TRAVELLERS.1));
            let (true, Some(trigger_id)) = (pressed, actions.trigger_id.as_deref()) else {
                return Ok(None);
            };
            Ok(Some(Reply::Push(PushView::with_trigger_id(
                trigger_id,
                travellers_step().build()?,
            ))))
        }
        Interaction::ViewSubmission(submission)
            if submission.view.callback_id() == Some("trip_travellers") =>
        {
            let Some(parent) = submission.view.previous_view_id.clone() else {
                return Ok(None);
            };
            let travellers: Vec<String> = submission
                .state()
                .get(WHO.0, WHO.1)
                .map(|value| value.selected_users().to_vec())
                .unwrap_or_default();
            let view = trip_step(&travellers).build()?;
            Ok(Some(Reply::UpdateParent(UpdateView::new(
                ViewRef::Id(parent.into()),
                view,
            ))))
        }
        _ => Ok(None),
    }
}

/// What Slack posts when the user presses "Add travellers" (blocks and state shortened).
pub(crate) const BUTTON_PRESSED: &str = r#"{
  "type": "block_actions",
  "user": {"id": "U0456GHIJKL", "username": "ada.lovelace", "name": "ada.lovelace", "team_id": "T0123ABCDEF"},
  "api_app_id": "A0SLACKAPP1",
  "token": "XXYYZZ1234567890abcdefgh",
  "container": {"type": "view", "view_id": "V07TRIPSTP1"},
  "trigger_id": "7212345678907.123456789012.d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9",
  "team": {"id": "T0123ABCDEF", "domain": "acme-eng"},
  "enterprise": null,
  "is_enterprise_install": false,
  "view": {
    "id": "V07TRIPSTP1", "team_id": "T0123ABCDEF", "type": "modal",
    "blocks": [{"type": "section", "block_id": "travellers",
      "text": {"type": "mrkdwn", "text": "*Travellers*\nJust you, so far.", "verbatim": false},
      "accessory": {"type": "button", "action_id": "add_travellers",
        "text": {"type": "plain_text", "text": "Add travellers", "emoji": true}}}],
    "private_metadata": "", "callback_id": "trip",
    "state": {"values": {"destination": {"destination": {"type": "plain_text_input", "value": "Lisbon"}}}},
    "hash": "1718030600.Qw3rTy7u",
    "title": {"type": "plain_text", "text": "New trip", "emoji": true},
    "clear_on_close": false, "notify_on_close": false,
    "close": {"type": "plain_text", "text": "Cancel", "emoji": true},
    "submit": {"type": "plain_text", "text": "Request", "emoji": true},
    "previous_view_id": null, "root_view_id": "V07TRIPSTP1", "app_id": "A0SLACKAPP1",
    "external_id": "", "app_installed_team_id": "T0123ABCDEF", "bot_id": "B0BOTUSER01"
  },
  "actions": [{"type": "button", "action_id": "add_travellers", "block_id": "travellers",
    "text": {"type": "plain_text", "text": "Add travellers", "emoji": true}, "action_ts": "1718030612.000400"}]
}"#;

/// What Slack posts when the second step is submitted (blocks shortened).
pub(crate) const TRAVELLERS_SUBMITTED: &str = r#"{
  "type": "view_submission",
  "team": {"id": "T0123ABCDEF", "domain": "acme-eng"},
  "user": {"id": "U0456GHIJKL", "username": "ada.lovelace", "name": "ada.lovelace", "team_id": "T0123ABCDEF"},
  "api_app_id": "A0SLACKAPP1",
  "token": "XXYYZZ1234567890abcdefgh",
  "trigger_id": "7212345678908.123456789012.e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0",
  "view": {
    "id": "V07TRIPSTP2", "team_id": "T0123ABCDEF", "type": "modal", "blocks": [],
    "private_metadata": "", "callback_id": "trip_travellers",
    "state": {"values": {
      "who": {"who_select": {"type": "multi_users_select", "selected_users": ["U0789MNOPQR", "U0123ABCDEF"]}},
      "notes": {"notes": {"type": "plain_text_input", "value": null}}
    }},
    "hash": "1718030630.Zx8CvB2n",
    "title": {"type": "plain_text", "text": "Travellers", "emoji": true},
    "clear_on_close": false, "notify_on_close": false,
    "close": {"type": "plain_text", "text": "Back", "emoji": true},
    "submit": {"type": "plain_text", "text": "Add", "emoji": true},
    "previous_view_id": "V07TRIPSTP1", "root_view_id": "V07TRIPSTP1", "app_id": "A0SLACKAPP1",
    "external_id": "", "app_installed_team_id": "T0123ABCDEF", "bot_id": "B0BOTUSER01"
  },
  "response_urls": [],
  "is_enterprise_install": false,
  "enterprise": null
}"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let opened = open_view("7212345678901.123456789012.8a1b2c3d4e5f60718293a4b5c6d7e8f9")?;
    println!("1. The first step: POST {}\n", OpenView::url());
    println!("{}\n", serde_json::to_string_pretty(&opened)?);
    println!(
        "Open in Block Kit Builder:\n{}\n",
        blockkit::preview_url(opened.view(), None)
    );

    let Some(Reply::Push(pushed)) = handle_interaction(BUTTON_PRESSED)? else {
        return Err("the button press pushes the second step".into());
    };
    println!("2. \"Add travellers\" pressed: POST {}\n", PushView::url());
    println!("{}\n", serde_json::to_string_pretty(&pushed)?);
    println!(
        "Open in Block Kit Builder:\n{}\n",
        blockkit::preview_url(pushed.view(), None)
    );

    let Some(Reply::UpdateParent(updated)) = handle_interaction(TRAVELLERS_SUBMITTED)? else {
        return Err("the submission updates the first step".into());
    };
    println!(
        "3. Second step submitted: HTTP 200 with an empty body, then POST {}\n",
        UpdateView::url()
    );
    println!("{}\n", serde_json::to_string_pretty(&updated)?);
    println!(
        "Open in Block Kit Builder:\n{}",
        blockkit::preview_url(updated.view(), None)
    );
    Ok(())
}
