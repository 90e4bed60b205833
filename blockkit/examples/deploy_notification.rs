//! A deploy notification, written with the `blocks!` markup: a header, a summary whose values
//! come from the deploy (escaped where they land in mrkdwn), the changes as a rich-text list, a
//! button to the logs, and a footer with a date every reader sees in their own time zone. It prints
//! the `chat.postMessage` body and its Block Kit Builder link; it sends nothing.
//!
//! ```sh
//! cargo run -p blockkit --example deploy_notification
//! ```
//!
//! The template is snapshot-tested in `tests/templates/deploy_notification.rs`, which includes
//! this file: change the template and the snapshot test shows the new JSON.

use blockkit::mrkdwn::{date, link, user};
use blockkit::{Invalid, PostMessage, WebApiMethod, blocks, raw_mrkdwn};

/// What the deploy pipeline knows when it finishes.
pub(crate) struct Deploy<'a> {
    /// The service deployed.
    pub(crate) service: &'a str,
    /// The version now live, and the one it replaced.
    pub(crate) version: &'a str,
    pub(crate) previous: &'a str,
    /// Where it runs.
    pub(crate) environment: &'a str,
    /// The commit deployed (short SHA) and its link.
    pub(crate) commit: &'a str,
    pub(crate) commit_url: &'a str,
    /// Who pressed the button: a Slack user ID.
    pub(crate) deployer: &'a str,
    /// The change log, one line per change. Rich text shows it as typed: nothing to escape.
    pub(crate) changes: &'a [&'a str],
    /// How long the deploy took, in seconds, and when it finished (UNIX seconds).
    pub(crate) duration_secs: u64,
    pub(crate) finished_at: i64,
    /// The deploy's logs.
    pub(crate) logs_url: &'a str,
}

/// A deploy as the pipeline would report it.
pub(crate) fn sample() -> Deploy<'static> {
    Deploy {
        service: "billing-api",
        version: "v2.4.1",
        previous: "v2.4.0",
        environment: "production",
        commit: "9f3c2ab",
        commit_url: "https://git.example.com/billing-api/commit/9f3c2ab",
        deployer: "U0456GHIJKL",
        changes: &[
            "Retry card payments once on gateway timeouts",
            "Show VAT on invoices for <EU> customers & resellers",
            "Drop the legacy /v1/charges endpoint",
        ],
        duration_secs: 312,
        finished_at: 1_718_030_400,
        logs_url: "https://logs.example.com/deploys/billing-api/v2.4.1",
    }
}

/// The template: the `chat.postMessage` body announcing `deploy` in `channel`.
///
/// In `<mrkdwn>`, every `{interpolation}` is escaped (a change log line cannot `@channel`
/// anyone); the mention and the date are markup built by `blockkit::mrkdwn` helpers, passed
/// through `raw_mrkdwn`, the one opt-in.
pub(crate) fn post_message(channel: &str, deploy: &Deploy<'_>) -> Result<PostMessage, Invalid> {
    let duration = format!(
        "{}m {:02}s",
        deploy.duration_secs / 60,
        deploy.duration_secs % 60
    );
    let fallback = format!(
        "{} {} deployed to {}",
        deploy.service, deploy.version, deploy.environment
    );
    let finished = date(
        deploy.finished_at,
        "{date_short_pretty} at {time}",
        "at the time of the deploy",
    );
    let message = blocks! {
        <message text={fallback}>
            <header block_id="title">":rocket: " {deploy.service} " " {deploy.version} " is live"</header>
            <section block_id="summary"
                accessory=<button action_id="view_logs" url={deploy.logs_url}>"View logs"</button>>
                <mrkdwn>
                    "*" {deploy.service} "* is live in *" {deploy.environment} "*, deployed by "
                    {raw_mrkdwn(user(deploy.deployer))} "."
                </mrkdwn>
            </section>
            <section block_id="facts">
                <fields>
                    <mrkdwn>"*Version*\n" {deploy.previous} " → " {deploy.version}</mrkdwn>
                    <mrkdwn>"*Environment*\n" {deploy.environment}</mrkdwn>
                    <mrkdwn>"*Commit*\n" {raw_mrkdwn(link(deploy.commit_url, deploy.commit))}</mrkdwn>
                    <mrkdwn>"*Duration*\n" {duration}</mrkdwn>
                </fields>
            </section>
            if !deploy.changes.is_empty() {
                <rich_text block_id="changes">
                    <rich_text_section><text bold>"What changed"</text></rich_text_section>
                    <rich_text_list style="bullet">
                        for change in deploy.changes {
                            <rich_text_section>{change}</rich_text_section>
                        }
                    </rich_text_list>
                </rich_text>
            }
            <divider/>
            <context block_id="footer">
                <mrkdwn>"Finished " {raw_mrkdwn(&finished)} " · sent by the deploy pipeline"</mrkdwn>
            </context>
        </message>
    }
    .build()?;
    Ok(PostMessage::new(channel, message).unfurl_links(false))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = post_message("C0DEPLOYS01", &sample())?;
    println!("POST {}\n", PostMessage::url());
    println!("{}\n", serde_json::to_string_pretty(&body)?);
    println!(
        "Open in Block Kit Builder:\n{}",
        body.message().preview_url()
    );
    Ok(())
}
