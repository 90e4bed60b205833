//! `blocks!` against the builder calls a person would write for the same message (issue 4):
//! the expansion must cost what the builders cost, and a literal-only template must be cheaper
//! (its literals are borrowed `&'static str`s, and its lists are allocated once at their size).
//!
//! Every pair is checked to produce the same JSON before anything is timed.
//!
//! Run with `cargo bench -p blockkit --bench markup`.

use std::hint::black_box;

use blockkit::{
    ActionsBlock, Button, ButtonStyle, ContextBlock, DividerBlock, HeaderBlock, ImageElement,
    Message, MrkdwnText, OptionObject, SectionBlock, StaticSelect, Text, blocks, escape,
};
use criterion::{Criterion, criterion_group, criterion_main};

/// The message with interpolated values, as markup.
fn markup(service: &str, n: u64) -> Message {
    blocks! {
        <message text={format!("Deploy #{n} of {service} finished")}>
            <header>"Deploy #" {n} " of " {service} " finished"</header>
            <section accessory=<image url="https://cdn.example.com/logo.png" alt="CI logo"/>>
                <mrkdwn>"*" {service} "* is live in `prod` — run #" {n}</mrkdwn>
            </section>
            <section>
                <fields>
                    <mrkdwn>"*Service*\n" {service}</mrkdwn>
                    <mrkdwn>"*Run*\n#" {n}</mrkdwn>
                    <mrkdwn>"*Environment*\nprod (eu-west-1)"</mrkdwn>
                </fields>
            </section>
            <divider/>
            <actions block_id="deploy_actions">
                <button action_id="promote" style="primary" value={format!("run-{n}")}>"Promote"</button>
                <button action_id="rollback" style="danger">"Roll back"</button>
                <static_select action_id="environment" placeholder="Environment">
                    <option value="prod">"Production"</option>
                    <option value="staging">"Staging"</option>
                    <option value="dev">"Development"</option>
                </static_select>
            </actions>
            <context>
                <mrkdwn>"Triggered for " {service} " · need help? Ask in <#C0123456789|deploys>"</mrkdwn>
            </context>
        </message>
    }
}

/// The same message through the builders, escaping what lands in mrkdwn as the macro does.
fn builders(service: &str, n: u64) -> Message {
    let escaped = escape(service);
    Message::new()
        .text(format!("Deploy #{n} of {service} finished"))
        .block(HeaderBlock::new(format!(
            "Deploy #{n} of {service} finished"
        )))
        .block(
            SectionBlock::new()
                .text(MrkdwnText::raw(format!(
                    "*{escaped}* is live in `prod` — run #{n}"
                )))
                .accessory(ImageElement::new(
                    "https://cdn.example.com/logo.png",
                    "CI logo",
                )),
        )
        .block(SectionBlock::new().fields([
            MrkdwnText::raw(format!("*Service*\n{escaped}")).into(),
            MrkdwnText::raw(format!("*Run*\n#{n}")).into(),
            Text::mrkdwn("*Environment*\nprod (eu-west-1)"),
        ]))
        .block(DividerBlock::new())
        .block(
            ActionsBlock::new()
                .block_id("deploy_actions")
                .element(
                    Button::new("Promote")
                        .action_id("promote")
                        .style(ButtonStyle::Primary)
                        .value(format!("run-{n}")),
                )
                .element(
                    Button::new("Roll back")
                        .action_id("rollback")
                        .style(ButtonStyle::Danger),
                )
                .element(
                    StaticSelect::new()
                        .action_id("environment")
                        .placeholder("Environment")
                        .option(OptionObject::new("Production", "prod"))
                        .option(OptionObject::new("Staging", "staging"))
                        .option(OptionObject::new("Development", "dev")),
                ),
        )
        .block(ContextBlock::new().element(MrkdwnText::raw(format!(
            "Triggered for {escaped} · need help? Ask in <#C0123456789|deploys>"
        ))))
}

/// A literal-only template, as markup.
fn literal_markup() -> Message {
    blocks! {
        <message text="Deploy of billing-api finished: every check passed">
            <header>"Deploy of billing-api finished"</header>
            <section accessory=<image url="https://cdn.example.com/logo.png" alt="CI logo"/>>
                <mrkdwn>"*billing-api* is live in `prod`: every check passed, no warnings"</mrkdwn>
            </section>
            <section>
                <fields>
                    <mrkdwn>"*Service*\nbilling-api"</mrkdwn>
                    <mrkdwn>"*Environment*\nprod (eu-west-1)"</mrkdwn>
                    <mrkdwn>"*Status*\n✅ passed, 0 warnings"</mrkdwn>
                </fields>
            </section>
            <divider/>
            <actions block_id="deploy_actions">
                <button action_id="promote" style="primary" value="promote-to-production">"Promote to production"</button>
                <button action_id="rollback" style="danger">"Roll back"</button>
                <static_select action_id="environment" placeholder="Choose an environment">
                    <option value="prod">"Production (eu-west-1)"</option>
                    <option value="staging">"Staging"</option>
                    <option value="dev">"Development"</option>
                </static_select>
            </actions>
            <context>
                <mrkdwn>"Need help? Ask in <#C0123456789|deploys> ⇢ “runbook”"</mrkdwn>
            </context>
        </message>
    }
}

/// The same literal template through the builders.
fn literal_builders() -> Message {
    Message::new()
        .text("Deploy of billing-api finished: every check passed")
        .block(HeaderBlock::new("Deploy of billing-api finished"))
        .block(
            SectionBlock::new()
                .text(Text::mrkdwn(
                    "*billing-api* is live in `prod`: every check passed, no warnings",
                ))
                .accessory(ImageElement::new(
                    "https://cdn.example.com/logo.png",
                    "CI logo",
                )),
        )
        .block(SectionBlock::new().fields([
            Text::mrkdwn("*Service*\nbilling-api"),
            Text::mrkdwn("*Environment*\nprod (eu-west-1)"),
            Text::mrkdwn("*Status*\n✅ passed, 0 warnings"),
        ]))
        .block(DividerBlock::new())
        .block(
            ActionsBlock::new()
                .block_id("deploy_actions")
                .element(
                    Button::new("Promote to production")
                        .action_id("promote")
                        .style(ButtonStyle::Primary)
                        .value("promote-to-production"),
                )
                .element(
                    Button::new("Roll back")
                        .action_id("rollback")
                        .style(ButtonStyle::Danger),
                )
                .element(
                    StaticSelect::new()
                        .action_id("environment")
                        .placeholder("Choose an environment")
                        .option(OptionObject::new("Production (eu-west-1)", "prod"))
                        .option(OptionObject::new("Staging", "staging"))
                        .option(OptionObject::new("Development", "dev")),
                ),
        )
        .block(ContextBlock::new().element(Text::mrkdwn(
            "Need help? Ask in <#C0123456789|deploys> ⇢ “runbook”",
        )))
}

fn json(message: &Message) -> serde_json::Value {
    serde_json::to_value(message).expect("a message serializes")
}

fn check() {
    let service = "billing <api> & co";
    assert_eq!(
        json(&markup(service, 7)),
        json(&builders(service, 7)),
        "blocks! and the builders must produce the same message"
    );
    assert_eq!(
        json(&literal_markup()),
        json(&literal_builders()),
        "the literal template and its builders must produce the same message"
    );
}

fn benches(c: &mut Criterion) {
    check();
    let mut group = c.benchmark_group("interpolated message");
    let mut n = 0_u64;
    group.bench_function("blocks!", |b| {
        b.iter(|| {
            n += 1;
            markup(black_box("billing-api"), black_box(n))
        });
    });
    group.bench_function("builders", |b| {
        b.iter(|| {
            n += 1;
            builders(black_box("billing-api"), black_box(n))
        });
    });
    group.finish();

    let mut group = c.benchmark_group("literal template");
    group.bench_function("blocks!", |b| b.iter(literal_markup));
    group.bench_function("builders", |b| b.iter(literal_builders));
    group.bench_function("blocks! + serialize", |b| {
        b.iter(|| blockkit::to_string(&literal_markup()).expect("serializes"));
    });
    group.bench_function("builders + serialize", |b| {
        b.iter(|| blockkit::to_string(&literal_builders()).expect("serializes"));
    });
    group.finish();
}

criterion_group!(markup_benches, benches);
criterion_main!(markup_benches);
