//! A Home tab dashboard, written with the `blocks!` markup: a greeting, what waits for the user,
//! their on-call shift if they have one, a team filter, and the recent deploys, each with an
//! overflow menu. Home tabs are published per user with `views.publish`; the app republishes
//! whenever something on it changes. It prints the body and its Block Kit Builder link; it sends
//! nothing.
//!
//! ```sh
//! cargo run -p blockkit --example home_dashboard
//! ```
//!
//! The template is snapshot-tested in `tests/templates/home_dashboard.rs`, which includes this
//! file.

use blockkit::mrkdwn::date;
use blockkit::{Invalid, PublishView, WebApiMethod, blocks, raw_mrkdwn};

/// How a deploy went.
#[derive(Clone, Copy)]
pub(crate) enum Outcome {
    Live,
    Failed,
    RolledBack,
}

/// One recent deploy.
pub(crate) struct DeployRow<'a> {
    pub(crate) service: &'a str,
    pub(crate) version: &'a str,
    pub(crate) environment: &'a str,
    pub(crate) outcome: Outcome,
    /// When it finished (UNIX seconds).
    pub(crate) at: i64,
}

/// What the dashboard shows one user.
pub(crate) struct Dashboard<'a> {
    /// Whose Home tab it is (a Slack user ID), and their first name.
    pub(crate) user_id: &'a str,
    pub(crate) first_name: &'a str,
    pub(crate) approvals_waiting: u32,
    /// The rotation they are on call for, and until when (UNIX seconds).
    pub(crate) on_call: Option<(&'a str, i64)>,
    /// The teams to filter deploys by, `(value, label)`, and the one selected.
    pub(crate) teams: &'a [(&'a str, &'a str)],
    pub(crate) team: usize,
    pub(crate) deploys: &'a [DeployRow<'a>],
}

/// Ada's dashboard on a Monday morning.
pub(crate) fn sample() -> Dashboard<'static> {
    Dashboard {
        user_id: "U0456GHIJKL",
        first_name: "Ada",
        approvals_waiting: 3,
        on_call: Some(("Platform", 1_718_632_800)),
        teams: &[
            ("payments", "Payments"),
            ("platform", "Platform"),
            ("growth", "Growth"),
        ],
        team: 0,
        deploys: &[
            DeployRow {
                service: "billing-api",
                version: "v2.4.1",
                environment: "production",
                outcome: Outcome::Live,
                at: 1_718_030_400,
            },
            DeployRow {
                service: "invoices-worker",
                version: "v1.19.0",
                environment: "production",
                outcome: Outcome::RolledBack,
                at: 1_717_999_200,
            },
            DeployRow {
                service: "checkout-web",
                version: "v5.2.0-rc.1",
                environment: "staging",
                outcome: Outcome::Failed,
                at: 1_717_990_000,
            },
        ],
    }
}

fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Live => ":large_green_circle: live",
        Outcome::Failed => ":red_circle: failed",
        Outcome::RolledBack => ":leftwards_arrow_with_hook: rolled back",
    }
}

/// The template: the `views.publish` body of `dashboard`'s Home tab.
pub(crate) fn publish_view(dashboard: &Dashboard<'_>) -> Result<PublishView, Invalid> {
    let (team_value, team_label) = dashboard.teams[dashboard.team];
    let home = blocks! {
        <home callback_id="dashboard" private_metadata={team_value}>
            <header block_id="greeting">"Good morning, " {dashboard.first_name} " :wave:"</header>
            <section block_id="approvals"
                accessory=<button action_id="review_approvals" style="primary">"Review"</button>>
                <mrkdwn>":inbox_tray: *" {dashboard.approvals_waiting} "* access requests wait for your approval."</mrkdwn>
            </section>
            if let Some((rotation, until)) = dashboard.on_call {
                <section block_id="on_call"
                    accessory=<button action_id="hand_over">"Hand over"</button>>
                    <mrkdwn>
                        ":pager: You are on call for *" {rotation} "* until "
                        {raw_mrkdwn(date(until, "{date_long_pretty} at {time}", "the end of your shift"))} "."
                    </mrkdwn>
                </section>
            }
            <divider/>
            <header block_id="deploys_title">"Recent deploys"</header>
            <actions block_id="filters">
                <static_select action_id="team" placeholder="Team"
                    initial_option=<option value={team_value}>{team_label}</option>>
                    for (value, label) in dashboard.teams {
                        <option value={*value}>{label}</option>
                    }
                </static_select>
                <button action_id="refresh">"Refresh"</button>
            </actions>
            for deploy in dashboard.deploys {
                <section block_id={format!("deploy_{}", deploy.service)}
                    accessory=<overflow action_id="deploy_menu">
                        <option value={format!("logs:{}", deploy.service)}>"View logs"</option>
                        <option value={format!("rollback:{}", deploy.service)}>"Roll back"</option>
                    </overflow>>
                    <mrkdwn>
                        "*" {deploy.service} "* " {deploy.version} " in " {deploy.environment}
                        " · " {outcome_label(deploy.outcome)} "\n"
                        {raw_mrkdwn(date(deploy.at, "{ago}", "recently"))}
                    </mrkdwn>
                </section>
            }
            <context block_id="footer">
                <mrkdwn>"Showing the " {team_label} " team · deploys from the last 7 days"</mrkdwn>
            </context>
        </home>
    }
    .build()?;
    Ok(PublishView::new(dashboard.user_id, home))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = publish_view(&sample())?;
    println!("POST {}\n", PublishView::url());
    println!("{}\n", serde_json::to_string_pretty(&body)?);
    println!(
        "Open in Block Kit Builder:\n{}",
        blockkit::preview_url(body.view(), None)
    );
    Ok(())
}
