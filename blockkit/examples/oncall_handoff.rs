//! An on-call handoff: who hands over to whom, the week's pages as a `table` block (a date cell
//! in rich text that each reader sees in their own time zone, a numeric column aligned right,
//! wrapped text columns), what is still open as a rich-text list, and a button to acknowledge.
//! It prints the `chat.postMessage` body and its Block Kit Builder link; it sends nothing.
//!
//! ```sh
//! cargo run -p blockkit --example oncall_handoff
//! ```
//!
//! The template is snapshot-tested in `tests/templates/oncall_handoff.rs`, which includes this
//! file.

use blockkit::mrkdwn::{date, user};
use blockkit::{
    ActionsBlock, Button, ButtonStyle, ColumnAlign, ColumnSettings, HeaderBlock, Invalid, Message,
    PostMessage, RawNumber, RichTextBlock, RichTextList, RichTextSection, RichTextStyle,
    SectionBlock, TableBlock, TableCell, WebApiMethod, mrkdwn,
};

/// One page of the shift.
pub(crate) struct Page<'a> {
    /// When it fired (UNIX seconds).
    pub(crate) at: i64,
    pub(crate) service: &'a str,
    pub(crate) alert: &'a str,
    /// Minutes until someone acknowledged it.
    pub(crate) ack_minutes: u32,
    pub(crate) outcome: &'a str,
}

/// A shift ending, as the paging tool reports it.
pub(crate) struct Handoff<'a> {
    pub(crate) rotation: &'a str,
    /// Who hands over, and to whom (Slack user IDs).
    pub(crate) from: &'a str,
    pub(crate) to: &'a str,
    /// When the new shift ends (UNIX seconds).
    pub(crate) next_shift_ends: i64,
    pub(crate) pages: &'a [Page<'a>],
    /// What the next person should keep an eye on: `(text, link)`.
    pub(crate) open_items: &'a [(&'a str, &'a str)],
    pub(crate) runbook: &'a str,
}

/// The end of a busy week.
pub(crate) fn sample() -> Handoff<'static> {
    Handoff {
        rotation: "Platform",
        from: "U0456GHIJKL",
        to: "U0789MNOPQR",
        next_shift_ends: 1_718_632_800,
        pages: &[
            Page {
                at: 1_717_480_920,
                service: "billing-api",
                alert: "p99 latency above 1.5 s for 10 min",
                ack_minutes: 3,
                outcome: "Gateway endpoint pinned (INC-2041)",
            },
            Page {
                at: 1_717_601_400,
                service: "search",
                alert: "Disk 90% full on search-3",
                ack_minutes: 12,
                outcome: "Old indices deleted",
            },
            Page {
                at: 1_717_859_700,
                service: "auth",
                alert: "Error rate above 2%",
                ack_minutes: 1,
                outcome: "Flapping health check; silenced and ticketed",
            },
        ],
        open_items: &[
            (
                "search-3 disk grows 4% a day",
                "https://tickets.example.com/OPS-412",
            ),
            (
                "The auth health check still flaps",
                "https://tickets.example.com/OPS-415",
            ),
        ],
        runbook: "https://wiki.example.com/platform/on-call",
    }
}

/// The pages: a header row, then one row per page.
fn pages_table(pages: &[Page<'_>]) -> TableBlock {
    let mut table = TableBlock::new()
        .block_id("pages")
        .row(["When", "Service", "Alert", "Ack", "Outcome"]);
    for page in pages {
        let when = RichTextBlock::new()
            .section(RichTextSection::new().date(page.at, "{date_short} {time}"));
        table = table.row([
            TableCell::from(when),
            page.service.into(),
            page.alert.into(),
            RawNumber::new(page.ack_minutes, format!("{} min", page.ack_minutes)).into(),
            page.outcome.into(),
        ]);
    }
    table
        .column_setting(ColumnSettings::new().align(ColumnAlign::Left))
        .column_setting(ColumnSettings::new().align(ColumnAlign::Left))
        .column_setting(ColumnSettings::new().is_wrapped(true))
        .column_setting(ColumnSettings::new().align(ColumnAlign::Right))
        .column_setting(ColumnSettings::new().is_wrapped(true))
}

/// The template: the `chat.postMessage` body announcing the handoff in `channel`.
pub(crate) fn post_message(channel: &str, handoff: &Handoff<'_>) -> Result<PostMessage, Invalid> {
    let mut acks: Vec<u32> = handoff.pages.iter().map(|page| page.ack_minutes).collect();
    acks.sort_unstable();
    let median = acks.get(acks.len() / 2).copied().unwrap_or(0);
    let open = handoff
        .open_items
        .iter()
        .map(|(text, url)| RichTextSection::new().link(*url, *text));
    let message = Message::new()
        .text(format!("{} on-call handoff", handoff.rotation))
        .block(
            HeaderBlock::new(format!("On-call handoff · {}", handoff.rotation)).block_id("title"),
        )
        .block(
            SectionBlock::new()
                .block_id("who")
                .text(mrkdwn!(
                    "{} hands the pager to {}, on call until {}.",
                    user(handoff.from),
                    user(handoff.to),
                    date(
                        handoff.next_shift_ends,
                        "{date_long_pretty} at {time}",
                        "the end of the shift"
                    )
                ))
                .field(mrkdwn!("*Pages*\n{}", handoff.pages.len()))
                .field(mrkdwn!("*Median time to ack*\n{} min", median)),
        )
        .block(pages_table(handoff.pages))
        .block(
            RichTextBlock::new()
                .block_id("open_items")
                .section(
                    RichTextSection::new()
                        .styled_text("Still open", RichTextStyle::new().bold(true)),
                )
                .list(RichTextList::bullet().items(open)),
        )
        .block(
            ActionsBlock::new()
                .block_id("handoff_actions")
                .element(
                    Button::new("I have the pager")
                        .action_id("acknowledge_handoff")
                        .value(handoff.rotation)
                        .style(ButtonStyle::Primary),
                )
                .element(
                    Button::new("Runbook")
                        .action_id("runbook")
                        .url(handoff.runbook),
                ),
        )
        .build()?;
    Ok(PostMessage::new(channel, message))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = post_message("C0PLATFORM1", &sample())?;
    println!("POST {}\n", PostMessage::url());
    println!("{}\n", serde_json::to_string_pretty(&body)?);
    println!(
        "Open in Block Kit Builder:\n{}",
        body.message().preview_url()
    );
    Ok(())
}
