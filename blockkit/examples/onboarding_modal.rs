//! An onboarding modal with every input element Block Kit has (21 of them, from
//! `plain_text_input` to `multi_external_select`), written with the `blocks!` markup, then the
//! `views.update` your app sends when the new hire picks a team: Slack posts a `block_actions`
//! payload (the team menu's input block has `dispatch_action`), the app reads it and answers with
//! the same modal plus a Squad menu for that team. Every other block keeps its `block_id` and
//! `action_id`, so Slack keeps what the user already entered; the `hash` makes Slack refuse the
//! update if the view changed meanwhile. It prints the `views.open` and `views.update` bodies and
//! their Block Kit Builder links; it sends nothing.
//!
//! ```sh
//! cargo run -p blockkit --example onboarding_modal
//! ```
//!
//! The template and the handler are snapshot-tested in `tests/templates/onboarding_modal.rs`,
//! which includes this file.

use blockkit::interaction::Interaction;
use blockkit::{
    Block, Invalid, Modal, OpenView, OptionObject, StaticSelect, UpdateView, ViewRef, WebApiMethod,
    blocks,
};

/// The `block_id` and `action_id` of the team menu, whose changes the app handles at once.
const TEAM: (&str, &str) = ("team", "team_select");

/// A team the new hire can join, and its squads: `(value, label)`.
pub(crate) struct Team {
    pub(crate) value: &'static str,
    pub(crate) label: &'static str,
    pub(crate) squads: &'static [(&'static str, &'static str)],
}

/// The teams, as the HR tool lists them.
pub(crate) const TEAMS: &[Team] = &[
    Team {
        value: "payments",
        label: "Payments",
        squads: &[
            ("checkout", "Checkout"),
            ("billing", "Billing"),
            ("fraud", "Fraud"),
        ],
    },
    Team {
        value: "platform",
        label: "Platform",
        squads: &[
            ("infra", "Infrastructure"),
            ("devex", "Developer experience"),
        ],
    },
];

/// What HR already knows about the new hire.
pub(crate) struct Profile<'a> {
    pub(crate) name: &'a str,
    pub(crate) email: &'a str,
    /// The first day, `YYYY-MM-DD`, and their manager (a Slack user ID).
    pub(crate) first_day: &'a str,
    pub(crate) manager: &'a str,
}

/// Grace's profile, on her first day.
pub(crate) fn sample() -> Profile<'static> {
    Profile {
        name: "Grace Hopper",
        email: "grace@example.com",
        first_day: "2024-06-10",
        manager: "U0123ABCDEF",
    }
}

/// The conversation and channel menus: a function that returns blocks, interpolated among the
/// modal's blocks.
fn slack_blocks() -> Vec<Block> {
    blocks! {
        <header block_id="slack">"Slack"</header>
        <input block_id="team_channel" label="Your team's channel">
            <channels_select action_id="team_channel"/>
        </input>
        <input block_id="channels" label="Channels to join" optional>
            <multi_channels_select action_id="channels" initial_channels="C0GENERAL01"/>
        </input>
        <input block_id="intro_in" label="Where to post your introduction">
            <conversations_select action_id="intro_in" default_to_current_conversation
                filter=<filter include="public" exclude_bot_users/>/>
        </input>
        <input block_id="follow" label="Conversations to follow" optional>
            <multi_conversations_select action_id="follow"
                filter=<filter include="public" exclude_bot_users/>/>
        </input>
    }
}

/// The template: the onboarding modal, before and after the team is chosen. Each input's
/// `block_id` and `action_id` are the same word; the team menu is built with the builders and
/// interpolated, because its `initial_option` depends on the team.
pub(crate) fn modal(profile: &Profile<'_>, team: Option<&Team>) -> Modal {
    let mut team_menu = StaticSelect::new()
        .action_id(TEAM.1)
        .placeholder("Pick your team")
        .options(
            TEAMS
                .iter()
                .map(|team| OptionObject::new(team.label, team.value)),
        );
    if let Some(team) = team {
        team_menu = team_menu.initial_option(OptionObject::new(team.label, team.value));
    }
    blocks! {
        <modal title="Welcome to Acme" callback_id="onboarding" submit="Finish" close="Later">
            <header block_id="about_you">"About you"</header>
            <input block_id="name" label="Preferred name">
                <plain_text_input action_id="name" initial_value={profile.name} focus_on_load/>
            </input>
            <input block_id="email" label="Email">
                <email_text_input action_id="email" initial_value={profile.email}/>
            </input>
            <input block_id="github" label="GitHub profile" optional>
                <url_text_input action_id="github" placeholder="https://github.com/…"/>
            </input>
            <input block_id="experience" label="Years of experience">
                <number_input action_id="experience" is_decimal_allowed=false min_value="0" max_value="60"/>
            </input>
            <input block_id="bio" label="A few words about you" optional hint="Posted with your introduction.">
                <rich_text_input action_id="bio" placeholder="What you did before, what you like…"/>
            </input>
            <input block_id="photo" label="Profile photo" optional>
                <file_input action_id="photo" filetypes={["png", "jpg"]} max_files=1/>
            </input>
            <input block_id="first_day" label="First day">
                <datepicker action_id="first_day" initial_date={profile.first_day}/>
            </input>

            <header block_id="your_work">"Your work"</header>
            <input block_id={TEAM.0} label="Team" dispatch_action>{team_menu}</input>
            if let Some(team) = team {
                <input block_id="squad" label={format!("Squad in {}", team.label)}>
                    <static_select action_id="squad">
                        for (value, label) in team.squads {
                            <option value={*value}>{label}</option>
                        }
                    </static_select>
                </input>
            }
            <input block_id="office" label="Office">
                <external_select action_id="office" placeholder="Type a city" min_query_length=2/>
            </input>
            <input block_id="manager" label="Manager">
                <users_select action_id="manager" initial_user={profile.manager}/>
            </input>
            <input block_id="buddies" label="Onboarding buddies" optional>
                <multi_users_select action_id="buddies" max_selected_items=2/>
            </input>
            <input block_id="setup" label="Where you work">
                <radio_buttons action_id="setup">
                    <option value="office">"At the office"</option>
                    <option value="hybrid">"Hybrid"</option>
                    <option value="remote">"Remote"</option>
                </radio_buttons>
            </input>
            <input block_id="equipment" label="Equipment" optional>
                <checkboxes action_id="equipment">
                    <option value="laptop">"Laptop"</option>
                    <option value="monitor">"Monitor"</option>
                    <option value="headset">"Headset"</option>
                </checkboxes>
            </input>
            <input block_id="standup" label="Daily standup">
                <timepicker action_id="standup" initial_time="09:30" timezone="Europe/Lisbon"/>
            </input>
            <input block_id="intro_call" label="Intro call with your manager">
                <datetimepicker action_id="intro_call" initial_date_time=1_718_013_600/>
            </input>
            <input block_id="languages" label="Languages you speak" optional>
                <multi_static_select action_id="languages">
                    <option value="en">"English"</option>
                    <option value="pt">"Portuguese"</option>
                    <option value="pl">"Polish"</option>
                </multi_static_select>
            </input>
            <input block_id="skills" label="Skills" optional>
                <multi_external_select action_id="skills" placeholder="Type a skill"
                    min_query_length=1 max_selected_items=10/>
            </input>

            {slack_blocks()}
        </modal>
    }
}

/// The `views.open` body, sent with the `trigger_id` of the event that starts onboarding.
pub(crate) fn open_view(trigger_id: &str, profile: &Profile<'_>) -> Result<OpenView, Invalid> {
    Ok(OpenView::with_trigger_id(
        trigger_id,
        modal(profile, None).build()?,
    ))
}

/// Your interactivity handler: when the team menu changes, the `views.update` body that adds the
/// team's squads. `None` for any other payload.
pub(crate) fn handle_interaction(
    profile: &Profile<'_>,
    payload: &str,
) -> Result<Option<UpdateView>, Box<dyn std::error::Error>> {
    let Interaction::BlockActions(actions) = blockkit::from_str(payload)? else {
        return Ok(None);
    };
    let (Some(action), Some(view)) = (
        actions
            .actions
            .iter()
            .find(|action| action.is(TEAM.0, TEAM.1)),
        actions.view.as_ref(),
    ) else {
        return Ok(None);
    };
    let chosen = action
        .value
        .selected_option()
        .map(|option| option.value.as_str());
    let team = TEAMS.iter().find(|team| Some(team.value) == chosen);
    let update = UpdateView::new(
        ViewRef::Id(view.id.as_str().into()),
        modal(profile, team).build()?,
    );
    Ok(Some(update.maybe_hash(view.hash.clone())))
}

/// What Slack posts when Grace picks Platform (the view's blocks are shortened to the one that
/// changed; Slack sends all of them, and the state of every input).
pub(crate) const TEAM_PICKED: &str = r#"{
  "type": "block_actions",
  "user": {"id": "U0789MNOPQR", "username": "grace.hopper", "name": "grace.hopper", "team_id": "T0123ABCDEF"},
  "api_app_id": "A0SLACKAPP1",
  "token": "XXYYZZ1234567890abcdefgh",
  "container": {"type": "view", "view_id": "V07ONBOARD1"},
  "trigger_id": "7212345678906.123456789012.c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6",
  "team": {"id": "T0123ABCDEF", "domain": "acme-eng"},
  "enterprise": null,
  "is_enterprise_install": false,
  "view": {
    "id": "V07ONBOARD1",
    "team_id": "T0123ABCDEF",
    "type": "modal",
    "blocks": [
      {"type": "input", "block_id": "team", "dispatch_action": true, "optional": false,
       "label": {"type": "plain_text", "text": "Team", "emoji": true},
       "element": {"type": "static_select", "action_id": "team_select",
         "placeholder": {"type": "plain_text", "text": "Pick your team", "emoji": true},
         "options": [
           {"text": {"type": "plain_text", "text": "Payments", "emoji": true}, "value": "payments"},
           {"text": {"type": "plain_text", "text": "Platform", "emoji": true}, "value": "platform"}]}}
    ],
    "private_metadata": "",
    "callback_id": "onboarding",
    "state": {"values": {
      "name": {"name": {"type": "plain_text_input", "value": "Grace"}},
      "team": {"team_select": {"type": "static_select", "selected_option": {
        "text": {"type": "plain_text", "text": "Platform", "emoji": true}, "value": "platform"}}},
      "first_day": {"first_day": {"type": "datepicker", "selected_date": "2024-06-10"}}
    }},
    "hash": "1718030500.Xy9ZaB3c",
    "title": {"type": "plain_text", "text": "Welcome to Acme", "emoji": true},
    "clear_on_close": false,
    "notify_on_close": false,
    "close": {"type": "plain_text", "text": "Later", "emoji": true},
    "submit": {"type": "plain_text", "text": "Finish", "emoji": true},
    "previous_view_id": null,
    "root_view_id": "V07ONBOARD1",
    "app_id": "A0SLACKAPP1",
    "external_id": "",
    "app_installed_team_id": "T0123ABCDEF",
    "bot_id": "B0BOTUSER01"
  },
  "actions": [{
    "type": "static_select", "action_id": "team_select", "block_id": "team",
    "selected_option": {"text": {"type": "plain_text", "text": "Platform", "emoji": true}, "value": "platform"},
    "placeholder": {"type": "plain_text", "text": "Pick your team", "emoji": true},
    "action_ts": "1718030511.000300"
  }]
}"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let profile = sample();
    let opened = open_view(
        "7212345678901.123456789012.8a1b2c3d4e5f60718293a4b5c6d7e8f9",
        &profile,
    )?;
    println!("1. The modal: POST {}\n", OpenView::url());
    println!("{}\n", serde_json::to_string_pretty(&opened)?);
    println!(
        "Open in Block Kit Builder:\n{}\n",
        blockkit::preview_url(opened.view(), None)
    );

    let updated = handle_interaction(&profile, TEAM_PICKED)?.ok_or("the payload picks a team")?;
    println!("2. After the team is picked: POST {}\n", UpdateView::url());
    println!("{}\n", serde_json::to_string_pretty(&updated)?);
    println!(
        "Open in Block Kit Builder:\n{}",
        blockkit::preview_url(updated.view(), None)
    );
    Ok(())
}
