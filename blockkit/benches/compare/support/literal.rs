//! A literal-only `blocks!` template: the typical message for iteration 42 (without the
//! channel, which only a validated body carries), every text a literal, against the hand-written
//! floor writing the same literals (escaping them at run time, as it does for dynamic text).

use super::typical::Texts;
use super::typical_rivals::write_message;

/// The strings of the typical message for iteration 42, as literals.
pub(crate) const TEXTS: Texts<'static> = Texts {
    text: "Deploy #42 of billing-api finished: \"prod\" ✅",
    header: "Deploy #42 finished 🚀",
    summary: "*billing-api* v2.42 is live in `prod` — <https://ci.example.com/runs/42|run #42>\nChangelog: \"faster\" invoices, “résumé” export",
    avatar_url: "https://cdn.example.com/avatars/42.png",
    version: "*Version*\nv2.42",
    duration: "*Duration*\n42 s",
    author: "*Author*\n<@U00000042>",
    promote_value: "run-42",
    confirm_text: "Promote run *#42* to \"prod\"? Everyone in <#C0123456789> will be notified.",
    rollback_value: "rollback-42",
    run_url: "https://ci.example.com/runs/42",
    triggered: "Triggered by <@U00000042> · commit `000002a`",
};

/// The literal template: `blocks!` builds the message. Its literals were checked when it
/// compiled; nothing is validated at run time.
pub(crate) fn markup() -> blockkit::Message {
    blockkit::blocks! {
        <message text="Deploy #42 of billing-api finished: \"prod\" ✅">
            <header>"Deploy #42 finished 🚀"</header>
            <section accessory=<image url="https://cdn.example.com/avatars/42.png" alt="avatar of José"/>>
                <mrkdwn>"*billing-api* v2.42 is live in `prod` — <https://ci.example.com/runs/42|run #42>\nChangelog: \"faster\" invoices, “résumé” export"</mrkdwn>
            </section>
            <section>
                <fields>
                    <mrkdwn>"*Service*\nbilling-api"</mrkdwn>
                    <mrkdwn>"*Version*\nv2.42"</mrkdwn>
                    <mrkdwn>"*Environment*\nprod (eu-west-1)"</mrkdwn>
                    <mrkdwn>"*Duration*\n42 s"</mrkdwn>
                    <mrkdwn>"*Author*\n<@U00000042>"</mrkdwn>
                    <mrkdwn>"*Status*\n✅ passed, 0 warnings"</mrkdwn>
                </fields>
            </section>
            <divider/>
            <actions block_id="deploy_actions">
                <button action_id="promote" style="primary" value="run-42"
                    confirm=<confirm title="Promote to prod?" confirm="Promote" deny="Not yet">
                        <mrkdwn>"Promote run *#42* to \"prod\"? Everyone in <#C0123456789> will be notified."</mrkdwn>
                    </confirm>
                >"Promote"</button>
                <button action_id="rollback" style="danger" value="rollback-42">"Roll back"</button>
                <button action_id="open_run" url="https://ci.example.com/runs/42">"Open run"</button>
                <static_select action_id="environment" placeholder="Environment">
                    <option value="prod">"Production"</option>
                    <option value="staging">"Staging"</option>
                    <option value="canary">"Canary — 5 %"</option>
                    <option value="dev">"Development"</option>
                    <option value="preprod">"Préproduction"</option>
                </static_select>
            </actions>
            <context>
                <image url="https://cdn.example.com/logo.png" alt="CI logo"/>
                <mrkdwn>"Triggered by <@U00000042> · commit `000002a`"</mrkdwn>
                <mrkdwn>"Need help? Ask in <#C0123456789|deploys> ⇢ “runbook”"</mrkdwn>
            </context>
        </message>
    }
}

/// `blocks!` then `blockkit::to_string`.
pub(crate) fn markup_json() -> String {
    blockkit::to_string(&markup()).expect("serializes")
}

/// `blocks!`, validated at run time too (`build()`), then serialized.
pub(crate) fn markup_validated_json() -> String {
    let message = markup()
        .build()
        .unwrap_or_else(|invalid| panic!("the literal message is invalid: {invalid}"));
    blockkit::to_string(&*message).expect("serializes")
}

/// The floor: the same literals written by hand.
pub(crate) fn hand_written() -> String {
    write_message(None, &TEXTS)
}
