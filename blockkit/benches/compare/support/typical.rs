//! The typical message: a `chat.postMessage` body (channel, fallback text) with a header; a
//! section with mrkdwn text and an image accessory; a section with 6 mrkdwn fields; a divider;
//! an actions block with a primary button carrying a confirm dialog, a danger button, a URL
//! button and a `static_select` of 5 options; a context block with an image and 2 mrkdwn texts.
//!
//! Every row but `blocks!` starts from the same strings, formatted from the iteration number
//! ([`Strings::new`]); `blocks!` interpolates the number into its literals, which gives the same
//! text. Some strings need JSON escaping (`"`, `\n`), some are not ASCII.

/// The channel of the body.
pub(crate) const CHANNEL: &str = "C0123456789";
/// The options of the `static_select`: text and value.
pub(crate) const OPTIONS: [(&str, &str); 5] = [
    ("Production", "prod"),
    ("Staging", "staging"),
    ("Canary — 5 %", "canary"),
    ("Development", "dev"),
    ("Préproduction", "preprod"),
];
pub(crate) const FIELD_SERVICE: &str = "*Service*\nbilling-api";
pub(crate) const FIELD_ENV: &str = "*Environment*\nprod (eu-west-1)";
pub(crate) const FIELD_STATUS: &str = "*Status*\n✅ passed, 0 warnings";
pub(crate) const AVATAR_ALT: &str = "avatar of José";
pub(crate) const LOGO_URL: &str = "https://cdn.example.com/logo.png";
pub(crate) const LOGO_ALT: &str = "CI logo";
pub(crate) const HELP: &str = "Need help? Ask in <#C0123456789|deploys> ⇢ “runbook”";
pub(crate) const CONFIRM_TITLE: &str = "Promote to prod?";

/// The dynamic strings of one message.
pub(crate) struct Strings {
    pub(crate) text: String,
    pub(crate) header: String,
    pub(crate) summary: String,
    pub(crate) avatar_url: String,
    pub(crate) version: String,
    pub(crate) duration: String,
    pub(crate) author: String,
    pub(crate) promote_value: String,
    pub(crate) confirm_text: String,
    pub(crate) rollback_value: String,
    pub(crate) run_url: String,
    pub(crate) triggered: String,
}

/// The same strings, borrowed (the hand-written writer's input).
#[derive(Clone, Copy)]
pub(crate) struct Texts<'a> {
    pub(crate) text: &'a str,
    pub(crate) header: &'a str,
    pub(crate) summary: &'a str,
    pub(crate) avatar_url: &'a str,
    pub(crate) version: &'a str,
    pub(crate) duration: &'a str,
    pub(crate) author: &'a str,
    pub(crate) promote_value: &'a str,
    pub(crate) confirm_text: &'a str,
    pub(crate) rollback_value: &'a str,
    pub(crate) run_url: &'a str,
    pub(crate) triggered: &'a str,
}

impl Strings {
    /// The strings of message number `n`.
    pub(crate) fn new(n: u64) -> Self {
        Self {
            text: format!("Deploy #{n} of billing-api finished: \"prod\" ✅"),
            header: format!("Deploy #{n} finished 🚀"),
            summary: format!(
                "*billing-api* v2.{n} is live in `prod` — <https://ci.example.com/runs/{n}|run #{n}>\nChangelog: \"faster\" invoices, “résumé” export"
            ),
            avatar_url: format!("https://cdn.example.com/avatars/{n}.png"),
            version: format!("*Version*\nv2.{n}"),
            duration: format!("*Duration*\n{} s", n % 600),
            author: format!("*Author*\n<@U{n:08}>"),
            promote_value: format!("run-{n}"),
            confirm_text: format!(
                "Promote run *#{n}* to \"prod\"? Everyone in <#C0123456789> will be notified."
            ),
            rollback_value: format!("rollback-{n}"),
            run_url: format!("https://ci.example.com/runs/{n}"),
            triggered: format!("Triggered by <@U{n:08}> · commit `{n:07x}`"),
        }
    }

    /// The strings, borrowed.
    pub(crate) fn texts(&self) -> Texts<'_> {
        Texts {
            text: &self.text,
            header: &self.header,
            summary: &self.summary,
            avatar_url: &self.avatar_url,
            version: &self.version,
            duration: &self.duration,
            author: &self.author,
            promote_value: &self.promote_value,
            confirm_text: &self.confirm_text,
            rollback_value: &self.rollback_value,
            run_url: &self.run_url,
            triggered: &self.triggered,
        }
    }
}

/// blockkit builders: build, validate (`build()`), serialize.
pub(crate) fn blockkit(n: u64) -> String {
    let message = blockkit_message(n)
        .build()
        .unwrap_or_else(|invalid| panic!("the typical message is invalid: {invalid}"));
    blockkit::to_string(&blockkit::PostMessage::new(CHANNEL, message)).expect("serializes")
}

/// blockkit builders, the build alone: the message, not validated.
pub(crate) fn blockkit_message(n: u64) -> blockkit::Message {
    use blockkit::{
        ActionsBlock, Button, ButtonStyle, ConfirmDialog, ContextBlock, DividerBlock, HeaderBlock,
        ImageElement, Message, MrkdwnText, OptionObject, SectionBlock, StaticSelect, Text,
    };
    let s = Strings::new(n);
    let mut select = StaticSelect::new()
        .action_id("environment")
        .placeholder("Environment");
    for (text, value) in OPTIONS {
        select = select.option(OptionObject::new(text, value));
    }
    Message::new()
        .text(s.text)
        .block(HeaderBlock::new(s.header))
        .block(
            SectionBlock::new()
                .text(MrkdwnText::raw(s.summary))
                .accessory(ImageElement::new(s.avatar_url, AVATAR_ALT)),
        )
        .block(SectionBlock::new().fields([
            Text::mrkdwn(FIELD_SERVICE),
            MrkdwnText::raw(s.version).into(),
            Text::mrkdwn(FIELD_ENV),
            MrkdwnText::raw(s.duration).into(),
            MrkdwnText::raw(s.author).into(),
            Text::mrkdwn(FIELD_STATUS),
        ]))
        .block(DividerBlock::new())
        .block(
            ActionsBlock::new()
                .block_id("deploy_actions")
                .element(
                    Button::new("Promote")
                        .action_id("promote")
                        .style(ButtonStyle::Primary)
                        .value(s.promote_value)
                        .confirm(ConfirmDialog::new(
                            CONFIRM_TITLE,
                            MrkdwnText::raw(s.confirm_text),
                            "Promote",
                            "Not yet",
                        )),
                )
                .element(
                    Button::new("Roll back")
                        .action_id("rollback")
                        .style(ButtonStyle::Danger)
                        .value(s.rollback_value),
                )
                .element(Button::new("Open run").action_id("open_run").url(s.run_url))
                .element(select),
        )
        .block(
            ContextBlock::new()
                .element(ImageElement::new(LOGO_URL, LOGO_ALT))
                .element(MrkdwnText::raw(s.triggered))
                .element(Text::mrkdwn(HELP)),
        )
}

/// `blocks!`: the same message as markup, interpolating the number; validated by `build()`.
pub(crate) fn markup(n: u64) -> String {
    let duration = n % 600;
    let message = blockkit::blocks! {
        <message text={format!("Deploy #{n} of billing-api finished: \"prod\" ✅")}>
            <header>"Deploy #" {n} " finished 🚀"</header>
            <section accessory=<image url={format!("https://cdn.example.com/avatars/{n}.png")} alt="avatar of José"/>>
                <mrkdwn>"*billing-api* v2." {n} " is live in `prod` — <https://ci.example.com/runs/" {n} "|run #" {n} ">\nChangelog: \"faster\" invoices, “résumé” export"</mrkdwn>
            </section>
            <section>
                <fields>
                    <mrkdwn>"*Service*\nbilling-api"</mrkdwn>
                    <mrkdwn>"*Version*\nv2." {n}</mrkdwn>
                    <mrkdwn>"*Environment*\nprod (eu-west-1)"</mrkdwn>
                    <mrkdwn>"*Duration*\n" {duration} " s"</mrkdwn>
                    <mrkdwn>"*Author*\n<@U" {format_args!("{n:08}")} ">"</mrkdwn>
                    <mrkdwn>"*Status*\n✅ passed, 0 warnings"</mrkdwn>
                </fields>
            </section>
            <divider/>
            <actions block_id="deploy_actions">
                <button action_id="promote" style="primary" value={format!("run-{n}")}
                    confirm=<confirm title="Promote to prod?" confirm="Promote" deny="Not yet">
                        <mrkdwn>"Promote run *#" {n} "* to \"prod\"? Everyone in <#C0123456789> will be notified."</mrkdwn>
                    </confirm>
                >"Promote"</button>
                <button action_id="rollback" style="danger" value={format!("rollback-{n}")}>"Roll back"</button>
                <button action_id="open_run" url={format!("https://ci.example.com/runs/{n}")}>"Open run"</button>
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
                <mrkdwn>"Triggered by <@U" {format_args!("{n:08}")} "> · commit `" {format_args!("{n:07x}")} "`"</mrkdwn>
                <mrkdwn>"Need help? Ask in <#C0123456789|deploys> ⇢ “runbook”"</mrkdwn>
            </context>
        </message>
    }
    .build()
    .unwrap_or_else(|invalid| panic!("the typical message is invalid: {invalid}"));
    blockkit::to_string(&blockkit::PostMessage::new(CHANNEL, message)).expect("serializes")
}
