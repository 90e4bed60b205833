//! A poll with live counts: the `chat.postMessage` that asks, then — when someone votes — the
//! `block_actions` payload Slack posts to your app, and the `chat.update` that redraws the counts.
//! One template renders the poll in every state. It prints both bodies and their Block Kit
//! Builder links; it sends nothing.
//!
//! ```sh
//! cargo run -p blockkit --example poll
//! ```
//!
//! The template and the vote handler are snapshot-tested in `tests/templates/poll.rs`, which
//! includes this file.

use blockkit::interaction::Interaction;
use blockkit::mrkdwn::{Markup, bold, code, user};
use blockkit::{
    Button, ContextBlock, DividerBlock, Invalid, Message, MrkdwnText, PostMessage, SectionBlock,
    UpdateMessage, WebApiMethod, mrkdwn,
};

/// The `action_id` of every Vote button; the `block_id` of its section names the choice.
const VOTE: &str = "vote";

/// One answer of the poll.
pub(crate) struct Choice {
    /// Sent back as the Vote button's `value`.
    pub(crate) value: &'static str,
    pub(crate) label: &'static str,
}

/// A poll and its votes, as your app stores them.
pub(crate) struct Poll {
    pub(crate) question: String,
    /// Who asked (a Slack user ID).
    pub(crate) author: String,
    pub(crate) choices: Vec<Choice>,
    /// `(user ID, choice value)`, at most one per user.
    pub(crate) votes: Vec<(String, String)>,
}

impl Poll {
    /// Records `voter`'s vote for `choice`: a vote replaces the voter's previous one, and voting
    /// again for the same choice takes the vote back. An unknown choice is ignored.
    pub(crate) fn vote(&mut self, voter: &str, choice: &str) {
        if !self.choices.iter().any(|known| known.value == choice) {
            return;
        }
        let previous = self.votes.iter().position(|(user, _)| user == voter);
        let same = previous.is_some_and(|index| self.votes[index].1 == choice);
        if let Some(index) = previous {
            self.votes.remove(index);
        }
        if !same {
            self.votes.push((voter.to_owned(), choice.to_owned()));
        }
    }

    fn voters(&self, choice: &str) -> Vec<&str> {
        self.votes
            .iter()
            .filter(|(_, voted)| voted == choice)
            .map(|(user, _)| user.as_str())
            .collect()
    }
}

/// A poll just created by `/poll`, with two votes already.
pub(crate) fn sample() -> Poll {
    Poll {
        question: "Where do we hold the Q3 offsite?".to_owned(),
        author: "U0123ABCDEF".to_owned(),
        choices: vec![
            Choice {
                value: "lisbon",
                label: "Lisbon :flag-pt:",
            },
            Choice {
                value: "krakow",
                label: "Kraków :flag-pl:",
            },
            Choice {
                value: "remote",
                label: "Stay remote :house_with_garden:",
            },
        ],
        votes: vec![
            ("U0456GHIJKL".to_owned(), "lisbon".to_owned()),
            ("U0789MNOPQR".to_owned(), "remote".to_owned()),
        ],
    }
}

/// A 10-character bar and the rounded percentage of `count` out of `total`.
fn bar(count: usize, total: usize) -> (String, usize) {
    if total == 0 {
        return ("░".repeat(10), 0);
    }
    let filled = (count * 10 + total / 2) / total;
    let bar = format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled));
    (bar, (count * 100 + total / 2) / total)
}

/// "1 vote", "2 votes".
fn count(votes: usize) -> String {
    format!("{votes} vote{}", if votes == 1 { "" } else { "s" })
}

/// The template: the poll with its current counts, each choice a section with a Vote button.
pub(crate) fn message(poll: &Poll) -> Message {
    let total = poll.votes.len();
    let mut message = Message::new()
        .text(format!("Poll: {}", poll.question))
        .block(
            SectionBlock::new()
                .block_id("question")
                .text(bold(poll.question.as_str())),
        );
    for choice in &poll.choices {
        let voters = poll.voters(choice.value);
        let (bar, percent) = bar(voters.len(), total);
        message = message.block(
            SectionBlock::new()
                .block_id(format!("choice_{}", choice.value))
                .text(mrkdwn!(
                    "*{}*\n{} {} ({}%)",
                    choice.label,
                    code(bar),
                    count(voters.len()),
                    percent
                ))
                .accessory(Button::new("Vote").action_id(VOTE).value(choice.value)),
        );
        if !voters.is_empty() {
            let mentions = Markup::join(voters.into_iter().map(user), ", ");
            message = message.block(
                ContextBlock::new()
                    .block_id(format!("voters_{}", choice.value))
                    .element(MrkdwnText::from(mentions)),
            );
        }
    }
    message
        .block(DividerBlock::new())
        .block(
            ContextBlock::new()
                .block_id("footer")
                .element(MrkdwnText::from(mrkdwn!(
                    "{} {} · asked by {} · vote again to take your vote back",
                    total,
                    if total == 1 { "vote" } else { "votes" },
                    user(&poll.author)
                ))),
        )
}

/// The `chat.postMessage` body that posts `poll` in `channel`.
pub(crate) fn post_message(channel: &str, poll: &Poll) -> Result<PostMessage, Invalid> {
    Ok(PostMessage::new(channel, message(poll).build()?))
}

/// Your interactivity handler: reads the payload Slack posted (the JSON of its `payload` form
/// field; see `Interaction::from_form`), records the vote, and returns the `chat.update` body
/// that redraws the poll in place. `None` when the payload is not a vote.
pub(crate) fn handle_interaction(
    poll: &mut Poll,
    payload: &str,
) -> Result<Option<UpdateMessage>, Box<dyn std::error::Error>> {
    let Interaction::BlockActions(actions) = blockkit::from_str(payload)? else {
        return Ok(None);
    };
    let (Some(vote), Some(container)) = (
        actions
            .actions
            .iter()
            .find(|action| action.action_id == VOTE),
        actions.container.as_ref(),
    ) else {
        return Ok(None);
    };
    let (Some(choice), Some(channel), Some(ts)) = (
        vote.value.value(),
        container.channel_id.as_deref(),
        container.message_ts.as_deref(),
    ) else {
        return Ok(None);
    };
    poll.vote(&actions.user.id, choice);
    Ok(Some(UpdateMessage::new(
        channel,
        ts,
        message(poll).build()?,
    )))
}

/// What Slack posts when Grace presses Vote next to Lisbon (the message is shortened to its
/// first block; Slack sends all of them).
pub(crate) const VOTE_PAYLOAD: &str = r#"{
  "type": "block_actions",
  "user": {"id": "U0789MNOPQR", "username": "grace.hopper", "name": "grace.hopper", "team_id": "T0123ABCDEF"},
  "api_app_id": "A0SLACKAPP1",
  "token": "XXYYZZ1234567890abcdefgh",
  "container": {"type": "message", "message_ts": "1718030400.000200", "channel_id": "C0OFFSITE01", "is_ephemeral": false},
  "trigger_id": "7212345678901.123456789012.0f1e2d3c4b5a69788796a5b4c3d2e1f0",
  "team": {"id": "T0123ABCDEF", "domain": "acme-eng"},
  "enterprise": null,
  "is_enterprise_install": false,
  "channel": {"id": "C0OFFSITE01", "name": "offsite"},
  "message": {
    "type": "message", "subtype": "bot_message", "user": "U0BOTUSER01", "bot_id": "B0BOTUSER01",
    "ts": "1718030400.000200", "text": "Poll: Where do we hold the Q3 offsite?",
    "blocks": [{"type": "section", "block_id": "question",
      "text": {"type": "mrkdwn", "text": "*Where do we hold the Q3 offsite?*", "verbatim": false}}]
  },
  "state": {"values": {}},
  "response_url": "https://hooks.slack.com/actions/T0123ABCDEF/7212345678901/aBcDeFgHiJkLmNoPqRsTuVwX",
  "actions": [{
    "action_id": "vote", "block_id": "choice_lisbon", "type": "button", "value": "lisbon",
    "text": {"type": "plain_text", "text": "Vote", "emoji": true}, "action_ts": "1718030460.441273"
  }]
}"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut poll = sample();
    let posted = post_message("C0OFFSITE01", &poll)?;
    println!("1. The poll: POST {}\n", PostMessage::url());
    println!("{}\n", serde_json::to_string_pretty(&posted)?);
    println!(
        "Open in Block Kit Builder:\n{}\n",
        posted.message().preview_url()
    );

    let updated = handle_interaction(&mut poll, VOTE_PAYLOAD)?.ok_or("the payload is a vote")?;
    println!("2. After Grace's vote: POST {}\n", UpdateMessage::url());
    println!("{}\n", serde_json::to_string_pretty(&updated)?);
    println!(
        "Open in Block Kit Builder:\n{}",
        updated.message().preview_url()
    );
    Ok(())
}
