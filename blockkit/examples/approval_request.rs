//! An approval request, written with the `blocks!` markup: who asks for what and why, and
//! Approve / Deny buttons that each ask for confirmation (a `confirm` dialog, the danger-styled
//! one for Deny). Once someone decides, the same template renders the decision in place of the
//! buttons, sent as a `chat.update` of the original message. It prints both bodies and their
//! Block Kit Builder links; it sends nothing.
//!
//! ```sh
//! cargo run -p blockkit --example approval_request
//! ```
//!
//! The template is snapshot-tested in `tests/templates/approval_request.rs`, which includes this
//! file.

use blockkit::mrkdwn::{date, user};
use blockkit::{Invalid, Message, PostMessage, UpdateMessage, WebApiMethod, blocks, raw_mrkdwn};

/// A request for temporary access, as the access tool stores it.
pub(crate) struct AccessRequest<'a> {
    /// The request's ID, sent back as the buttons' `value`.
    pub(crate) id: &'a str,
    /// Who asks (a Slack user ID).
    pub(crate) requester: &'a str,
    /// What for, and for how long.
    pub(crate) resource: &'a str,
    pub(crate) hours: u32,
    /// Why, in the requester's words (escaped: it is user input).
    pub(crate) reason: &'a str,
    /// When it was asked (UNIX seconds).
    pub(crate) requested_at: i64,
}

/// What an approver decided.
pub(crate) struct Decision<'a> {
    pub(crate) approved: bool,
    /// Who decided (a Slack user ID), and when (UNIX seconds).
    pub(crate) by: &'a str,
    pub(crate) at: i64,
}

/// A request as the access tool would file it.
pub(crate) fn sample() -> AccessRequest<'static> {
    AccessRequest {
        id: "AR-7731",
        requester: "U0456GHIJKL",
        resource: "prod-billing-db (read-only)",
        hours: 4,
        reason: "Reconcile the invoices <INV-88xx> that failed during INC-2041 & refund them",
        requested_at: 1_718_030_400,
    }
}

/// The decision taken on the sample request.
pub(crate) fn sample_decision() -> Decision<'static> {
    Decision {
        approved: true,
        by: "U0123ABCDEF",
        at: 1_718_031_000,
    }
}

/// The template: the request, with buttons while it is pending and the decision once taken.
pub(crate) fn message(request: &AccessRequest<'_>, decision: Option<&Decision<'_>>) -> Message {
    let asked_at = date(
        request.requested_at,
        "{date_short_pretty} at {time}",
        "earlier",
    );
    let summary = format!("{} hours of access to {}", request.hours, request.resource);
    blocks! {
        <message text={format!("Access request {}: {summary}", request.id)}>
            <header block_id="title">"Access request " {request.id}</header>
            <section block_id="request">
                <mrkdwn>{raw_mrkdwn(user(request.requester))} " asks for *" {summary} "*."</mrkdwn>
            </section>
            <section block_id="details">
                <fields>
                    <mrkdwn>"*Resource*\n" {request.resource}</mrkdwn>
                    <mrkdwn>"*Duration*\n" {request.hours} " hours"</mrkdwn>
                    <mrkdwn>"*Reason*\n" {request.reason}</mrkdwn>
                    <mrkdwn>"*Requested*\n" {raw_mrkdwn(&asked_at)}</mrkdwn>
                </fields>
            </section>
            if let Some(decision) = decision {
                <context block_id="decision">
                    <mrkdwn>
                        {if decision.approved { ":white_check_mark: Approved" } else { ":no_entry: Denied" }}
                        " by " {raw_mrkdwn(user(decision.by))} " "
                        {raw_mrkdwn(date(decision.at, "{date_short_pretty} at {time}", "just now"))}
                    </mrkdwn>
                </context>
            } else {
                <actions block_id="decision">
                    <button action_id="approve" value={request.id} style="primary"
                        confirm=<confirm title="Approve this access?" confirm="Approve" deny="Not yet">
                            {request.hours} " hours of access to " {request.resource} ", starting now."
                        </confirm>>
                        "Approve"
                    </button>
                    <button action_id="deny" value={request.id} style="danger"
                        confirm=<confirm title="Deny this access?" confirm="Deny" deny="Not yet" style="danger">
                            "The requester is told, and can ask again."
                        </confirm>>
                        "Deny"
                    </button>
                </actions>
            }
        </message>
    }
}

/// The `chat.postMessage` body asking the approvers in `channel`.
pub(crate) fn post_message(
    channel: &str,
    request: &AccessRequest<'_>,
) -> Result<PostMessage, Invalid> {
    Ok(PostMessage::new(channel, message(request, None).build()?))
}

/// The `chat.update` body that replaces the buttons of the message `ts` with the decision.
pub(crate) fn update_message(
    channel: &str,
    ts: &str,
    request: &AccessRequest<'_>,
    decision: &Decision<'_>,
) -> Result<UpdateMessage, Invalid> {
    Ok(UpdateMessage::new(
        channel,
        ts,
        message(request, Some(decision)).build()?,
    ))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let request = sample();
    let posted = post_message("C0APPROVALS", &request)?;
    println!("1. The request: POST {}\n", PostMessage::url());
    println!("{}\n", serde_json::to_string_pretty(&posted)?);
    println!(
        "Open in Block Kit Builder:\n{}\n",
        posted.message().preview_url()
    );

    // Slack answered the post with the message's `ts`; an approver pressed Approve and confirmed.
    let updated = update_message(
        "C0APPROVALS",
        "1718030400.000200",
        &request,
        &sample_decision(),
    )?;
    println!("2. After the decision: POST {}\n", UpdateMessage::url());
    println!("{}\n", serde_json::to_string_pretty(&updated)?);
    println!(
        "Open in Block Kit Builder:\n{}",
        updated.message().preview_url()
    );
    Ok(())
}
