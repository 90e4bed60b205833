//! Validation against serialization (issue 3: validation must cost less than serialization;
//! issue 9: at most 20% of build + validate + serialize), on the two payloads of the comparison
//! benches (`benches/compare/support/typical.rs` and `modal.rs`, copied here): the typical
//! message and the large modal.
//!
//! Run with `cargo bench -p blockkit --bench validate -- --quick`.

use std::hint::black_box;

use blockkit::{
    ActionsBlock, Button, ButtonStyle, Checkboxes, ConfirmDialog, ContextBlock, DatePicker,
    DividerBlock, HeaderBlock, ImageElement, InputBlock, Message, Modal, MrkdwnText, OptionObject,
    PlainTextInput, SectionBlock, StaticSelect, Text, Validate,
};
use criterion::{Criterion, criterion_group, criterion_main};

/// The typical message (`typical::blockkit_message` of the comparison benches): a header; a
/// section with mrkdwn text and an image accessory; a section with 6 mrkdwn fields; a divider;
/// an actions block with a primary button carrying a confirm dialog, a danger button, a URL
/// button and a `static_select` of 5 options; a context block with an image and 2 mrkdwn texts.
fn typical_message(n: u64) -> Message {
    const OPTIONS: [(&str, &str); 5] = [
        ("Production", "prod"),
        ("Staging", "staging"),
        ("Canary — 5 %", "canary"),
        ("Development", "dev"),
        ("Préproduction", "preprod"),
    ];
    let mut select = StaticSelect::new()
        .action_id("environment")
        .placeholder("Environment");
    for (text, value) in OPTIONS {
        select = select.option(OptionObject::new(text, value));
    }
    Message::new()
        .text(format!("Deploy #{n} of billing-api finished: \"prod\" ✅"))
        .block(HeaderBlock::new(format!("Deploy #{n} finished 🚀")))
        .block(
            SectionBlock::new()
                .text(MrkdwnText::raw(format!(
                    "*billing-api* v2.{n} is live in `prod` — <https://ci.example.com/runs/{n}|run #{n}>\nChangelog: \"faster\" invoices, “résumé” export"
                )))
                .accessory(ImageElement::new(
                    format!("https://cdn.example.com/avatars/{n}.png"),
                    "avatar of José",
                )),
        )
        .block(SectionBlock::new().fields([
            Text::mrkdwn("*Service*\nbilling-api"),
            MrkdwnText::raw(format!("*Version*\nv2.{n}")).into(),
            Text::mrkdwn("*Environment*\nprod (eu-west-1)"),
            MrkdwnText::raw(format!("*Duration*\n{} s", n % 600)).into(),
            MrkdwnText::raw(format!("*Author*\n<@U{n:08}>")).into(),
            Text::mrkdwn("*Status*\n✅ passed, 0 warnings"),
        ]))
        .block(DividerBlock::new())
        .block(
            ActionsBlock::new()
                .block_id("deploy_actions")
                .element(
                    Button::new("Promote")
                        .action_id("promote")
                        .style(ButtonStyle::Primary)
                        .value(format!("run-{n}"))
                        .confirm(ConfirmDialog::new(
                            "Promote to prod?",
                            MrkdwnText::raw(format!(
                                "Promote run *#{n}* to \"prod\"? Everyone in <#C0123456789> will be notified."
                            )),
                            "Promote",
                            "Not yet",
                        )),
                )
                .element(
                    Button::new("Roll back")
                        .action_id("rollback")
                        .style(ButtonStyle::Danger)
                        .value(format!("rollback-{n}")),
                )
                .element(
                    Button::new("Open run")
                        .action_id("open_run")
                        .url(format!("https://ci.example.com/runs/{n}")),
                )
                .element(select),
        )
        .block(
            ContextBlock::new()
                .element(ImageElement::new(
                    "https://cdn.example.com/logo.png",
                    "CI logo",
                ))
                .element(MrkdwnText::raw(format!(
                    "Triggered by <@U{n:08}> · commit `{n:07x}`"
                )))
                .element(Text::mrkdwn(
                    "Need help? Ask in <#C0123456789|deploys> ⇢ “runbook”",
                )),
        )
}

/// The large modal (`modal::blockkit_modal` of the comparison benches): title, submit, close,
/// `callback_id`, `private_metadata` and 100 blocks, sections between input blocks holding, in
/// turn, a `plain_text_input`, a `static_select` of 20 options, a `datepicker` and
/// `checkboxes` of 5 options.
fn large_modal(n: u64) -> Modal {
    const FLAGS: [(&str, &str); 5] = [
        ("Urgent", "urgent"),
        ("Confidential", "confidential"),
        ("Needs review — légal", "review"),
        ("Billable", "billable"),
        ("Follow up", "follow-up"),
    ];
    let mut modal = Modal::new("Request")
        .submit("Send")
        .close("Cancel")
        .callback_id(format!("request-{n}"))
        .private_metadata(format!("{{\"request\":{n},\"requester\":\"José\"}}"));
    for i in 0..100 {
        let id = format!("b{i}");
        if i % 2 == 1 {
            modal = modal.block(
                SectionBlock::new()
                    .block_id(id)
                    .text(MrkdwnText::raw(format!(
                        "*Step {i}* of request #{n}: fill in the field below. _Merci !_"
                    ))),
            );
            continue;
        }
        let input = match (i / 2) % 4 {
            0 => InputBlock::new(
                format!("Comment {i}"),
                PlainTextInput::new()
                    .action_id("comment")
                    .multiline(true)
                    .max_length(3000)
                    .placeholder("Write something…"),
            ),
            1 => InputBlock::new(
                format!("Choice {i}"),
                StaticSelect::new()
                    .action_id("choice")
                    .placeholder("Choose one")
                    .options((0..20).map(|o| {
                        OptionObject::new(format!("Option number {o}"), format!("value-{o}"))
                    }))
                    .initial_option(OptionObject::new("Option number 3", "value-3")),
            ),
            2 => InputBlock::new(
                format!("Date {i}"),
                DatePicker::new()
                    .action_id("date")
                    .initial_date("2026-03-14"),
            ),
            _ => InputBlock::new(
                format!("Flags {i}"),
                Checkboxes::new()
                    .action_id("flags")
                    .options(FLAGS.map(|(text, value)| OptionObject::new(text, value))),
            ),
        };
        modal = modal.block(input.block_id(id).hint("Optional hint text"));
    }
    modal
}

fn bench(c: &mut Criterion) {
    let message = typical_message(42);
    let modal = large_modal(42);
    for report in [message.validate(), modal.validate()] {
        assert!(
            report.is_empty(),
            "the bench payloads must be valid:\n{report}"
        );
    }

    let mut group = c.benchmark_group("typical message");
    group.bench_function("validate", |b| b.iter(|| black_box(&message).validate()));
    group.bench_function("serde_json::to_string", |b| {
        b.iter(|| serde_json::to_string(black_box(&message)).expect("serializes"));
    });
    group.finish();

    let mut group = c.benchmark_group("large modal");
    group.bench_function("validate", |b| b.iter(|| black_box(&modal).validate()));
    group.bench_function("serde_json::to_string", |b| {
        b.iter(|| serde_json::to_string(black_box(&modal)).expect("serializes"));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
