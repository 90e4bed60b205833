//! An incident update, built with the builders: a summary, the timeline as a `rich_text` block
//! (dates rendered in each reader's time zone, mentions that notify), and an actions block to
//! acknowledge, change the status, join the incident channel or reach more tools. It prints the
//! `chat.postMessage` body and its Block Kit Builder link; it sends nothing.
//!
//! ```sh
//! cargo run -p blockkit --example incident_update
//! ```
//!
//! The template is snapshot-tested in `tests/templates/incident_update.rs`, which includes this
//! file.

use blockkit::mrkdwn::{channel, emoji, link, user};
use blockkit::{
    ActionsBlock, Button, ButtonStyle, ContextBlock, HeaderBlock, Invalid, Message, MrkdwnText,
    OptionObject, Overflow, PostMessage, RichTextBlock, RichTextList, RichTextQuote,
    RichTextSection, RichTextStyle, SectionBlock, StaticSelect, WebApiMethod, mrkdwn,
};

/// Where an incident stands.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Investigating,
    Identified,
    Monitoring,
    Resolved,
}

impl Status {
    const ALL: [Self; 4] = [
        Self::Investigating,
        Self::Identified,
        Self::Monitoring,
        Self::Resolved,
    ];

    fn label(self) -> &'static str {
        match self {
            Self::Investigating => "Investigating",
            Self::Identified => "Identified",
            Self::Monitoring => "Monitoring",
            Self::Resolved => "Resolved",
        }
    }

    fn value(self) -> &'static str {
        match self {
            Self::Investigating => "investigating",
            Self::Identified => "identified",
            Self::Monitoring => "monitoring",
            Self::Resolved => "resolved",
        }
    }

    /// The menu option of this status. The select's `initial_option` must be one of its
    /// `options`, field for field: both come from here.
    fn option(self) -> OptionObject {
        OptionObject::new(self.label(), self.value())
    }
}

/// One line of the timeline.
pub(crate) struct Event<'a> {
    /// When it happened (UNIX seconds).
    pub(crate) at: i64,
    /// Who wrote it (a Slack user ID).
    pub(crate) author: &'a str,
    /// What happened.
    pub(crate) text: &'a str,
}

/// An incident, as the incident tool knows it.
pub(crate) struct Incident<'a> {
    /// Its ID and title.
    pub(crate) id: &'a str,
    pub(crate) title: &'a str,
    /// `SEV1` to `SEV3`.
    pub(crate) severity: &'a str,
    pub(crate) status: Status,
    /// The incident commander (a user ID) and the incident channel (a channel ID).
    pub(crate) commander: &'a str,
    pub(crate) channel: &'a str,
    /// What users see.
    pub(crate) impact: &'a str,
    pub(crate) status_page: &'a str,
    pub(crate) timeline: &'a [Event<'a>],
    /// When the next update is due (UNIX seconds).
    pub(crate) next_update: i64,
}

/// An incident in its second hour.
pub(crate) fn sample() -> Incident<'static> {
    Incident {
        id: "INC-2041",
        title: "Checkout latency above SLO",
        severity: "SEV2",
        status: Status::Monitoring,
        commander: "U0456GHIJKL",
        channel: "C07INC2041X",
        impact: "About 8% of checkouts take longer than 5 s; no payment is lost.",
        status_page: "https://status.example.com/incidents/2041",
        timeline: &[
            Event {
                at: 1_718_027_400,
                author: "U0789MNOPQR",
                text: "p99 checkout latency alert fired (4.8 s, SLO 1.5 s).",
            },
            Event {
                at: 1_718_028_000,
                author: "U0456GHIJKL",
                text: "Traced to the card gateway's new TLS endpoint; its handshakes take 3 s.",
            },
            Event {
                at: 1_718_029_800,
                author: "U0456GHIJKL",
                text: "Pinned the previous endpoint; latency is back under 1 s.",
            },
        ],
        next_update: 1_718_033_400,
    }
}

/// The timeline: one bullet per event, each with its time (shown in the reader's time zone)
/// and its author (a real mention), then when the next update comes.
fn timeline(incident: &Incident<'_>) -> RichTextBlock {
    let bold = RichTextStyle::new().bold(true);
    let events = incident.timeline.iter().map(|event| {
        RichTextSection::new()
            .date(event.at, "{time}")
            .text(" · ")
            .user(event.author)
            .text(format!(": {}", event.text))
    });
    RichTextBlock::new()
        .block_id("timeline")
        .section(RichTextSection::new().styled_text("Timeline", bold))
        .list(RichTextList::bullet().items(events))
        .quote(
            RichTextQuote::new()
                .text("Next update by ")
                .date(incident.next_update, "{time}"),
        )
}

/// The template: the `chat.postMessage` body posting the update of `incident` to `channel`.
pub(crate) fn post_message(
    channel_id: &str,
    incident: &Incident<'_>,
) -> Result<PostMessage, Invalid> {
    let status_menu = StaticSelect::new()
        .action_id("set_status")
        .placeholder("Set status")
        .options(Status::ALL.map(Status::option))
        .initial_option(incident.status.option());
    let more = Overflow::new()
        .action_id("more")
        .option(OptionObject::new("Page another team", "page"))
        .option(OptionObject::new("Start the postmortem", "postmortem"))
        .option(OptionObject::new("Status page", "status_page").url(incident.status_page));
    let message = Message::new()
        .text(format!(
            "{} {}: {} ({})",
            incident.severity,
            incident.id,
            incident.title,
            incident.status.label()
        ))
        .block(HeaderBlock::new(format!("{} · {}", incident.id, incident.title)).block_id("title"))
        .block(
            SectionBlock::new()
                .block_id("summary")
                .text(mrkdwn!(
                    "{} *{}* · *{}* · commander {}",
                    emoji("rotating_light"),
                    incident.severity,
                    incident.status.label(),
                    user(incident.commander)
                ))
                .field(mrkdwn!("*Impact*\n{}", incident.impact))
                .field(mrkdwn!("*Incident channel*\n{}", channel(incident.channel))),
        )
        .block(timeline(incident))
        .block(
            ActionsBlock::new()
                .block_id("incident_actions")
                .element(
                    Button::new("Acknowledge")
                        .action_id("acknowledge")
                        .value(incident.id)
                        .style(ButtonStyle::Primary),
                )
                .element(status_menu)
                .element(
                    Button::new("Join the channel")
                        .action_id("join")
                        .url(format!(
                            "https://slack.com/app_redirect?channel={}",
                            incident.channel
                        )),
                )
                .element(more),
        )
        .block(
            ContextBlock::new()
                .block_id("footer")
                .element(MrkdwnText::from(mrkdwn!(
                    "Posted by the incident bot · {} is the source of truth",
                    link(incident.status_page, "the status page")
                ))),
        )
        .build()?;
    Ok(PostMessage::new(channel_id, message))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = post_message("C0INCIDENTS", &sample())?;
    println!("POST {}\n", PostMessage::url());
    println!("{}\n", serde_json::to_string_pretty(&body)?);
    println!(
        "Open in Block Kit Builder:\n{}",
        body.message().preview_url()
    );
    Ok(())
}
