//! Serializing: `serde_json::to_string` against `blockkit::to_string` (issue 9), on the typical
//! message and the large modal of the comparison benches (`benches/compare/support`), built the
//! same way with blockkit's builders.
//!
//! Run with `cargo bench -p blockkit --bench serialize`. For instruction counts (repeatable on a
//! noisy machine), run the bench binary under callgrind with `--count <case> <writer> <n>`
//! (`typical`|`modal`, `serde_json`|`blockkit`), which serializes `n` times and nothing else:
//!
//! ```text
//! valgrind --tool=callgrind target/release/deps/serialize-<hash> --count modal blockkit 100
//! ```
//!
//! The difference between `n` = 100 and `n` = 0, divided by 100, is the cost of one call.

use std::hint::black_box;

use blockkit::{
    ActionsBlock, Button, ButtonStyle, Checkboxes, ConfirmDialog, ContextBlock, DatePicker,
    DividerBlock, HeaderBlock, ImageElement, InputBlock, Message, Modal, MrkdwnText, OptionObject,
    PlainTextInput, PostMessage, SectionBlock, StaticSelect, Text,
};
use criterion::Criterion;
use serde::Serialize;

/// The typical message of `benches/compare/support/typical.rs`, number `n`, as a
/// `chat.postMessage` body.
fn typical(n: u64) -> PostMessage {
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
    let summary = format!(
        "*billing-api* v2.{n} is live in `prod` — <https://ci.example.com/runs/{n}|run #{n}>\nChangelog: \"faster\" invoices, “résumé” export"
    );
    let confirm =
        format!("Promote run *#{n}* to \"prod\"? Everyone in <#C0123456789> will be notified.");
    let message = Message::new()
        .text(format!("Deploy #{n} of billing-api finished: \"prod\" ✅"))
        .block(HeaderBlock::new(format!("Deploy #{n} finished 🚀")))
        .block(
            SectionBlock::new()
                .text(MrkdwnText::raw(summary))
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
                            MrkdwnText::raw(confirm),
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
        );
    let message = message
        .build()
        .unwrap_or_else(|invalid| panic!("the typical message is invalid: {invalid}"));
    PostMessage::new("C0123456789", message)
}

/// The large modal of `benches/compare/support/modal.rs`, number `n`: 100 blocks.
fn modal(n: u64) -> Modal {
    const FLAGS: [(&str, &str); 5] = [
        ("Urgent", "urgent"),
        ("Confidential", "confidential"),
        ("Needs review — légal", "review"),
        ("Billable", "billable"),
        ("Follow up", "follow-up"),
    ];
    let options =
        || (0..20).map(|o| OptionObject::new(format!("Option number {o}"), format!("value-{o}")));
    let mut modal = Modal::new("Request")
        .submit("Send")
        .close("Cancel")
        .callback_id(format!("request-{n}"))
        .private_metadata(format!("{{\"request\":{n},\"requester\":\"José\"}}"));
    for i in 0..100 {
        let id = format!("b{i}");
        if i % 2 == 1 {
            let step = format!("*Step {i}* of request #{n}: fill in the field below. _Merci !_");
            modal = modal.block(SectionBlock::new().block_id(id).text(MrkdwnText::raw(step)));
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
                    .options(options())
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
    let modal = modal
        .build()
        .unwrap_or_else(|invalid| panic!("the large modal is invalid: {invalid}"));
    (*modal).clone()
}

/// Benches both writers on `value`, after checking that they write the same bytes.
fn compare<T: Serialize>(c: &mut Criterion, case: &str, value: &T) {
    let expected = serde_json::to_string(value).expect("serializes");
    assert_eq!(blockkit::to_string(value).expect("serializes"), expected);
    let mut group = c.benchmark_group(format!("serialize {case} ({} bytes)", expected.len()));
    group.bench_function("serde_json::to_string", |b| {
        b.iter(|| serde_json::to_string(black_box(value)).expect("serializes"));
    });
    group.bench_function("blockkit::to_string", |b| {
        b.iter(|| blockkit::to_string(black_box(value)).expect("serializes"));
    });
    group.finish();
}

/// `--count <case> <writer> <n>`: serializes `n` times, for callgrind.
fn count(args: &[String]) {
    let [case, writer, n] = args else {
        panic!("usage: --count typical|modal serde_json|blockkit <n>");
    };
    let n: u64 = n.parse().expect("a count");
    let write: fn(&dyn erased::Value) -> String = match writer.as_str() {
        "serde_json" => |value| value.serde_json(),
        "blockkit" => |value| value.blockkit(),
        other => panic!("unknown writer {other}"),
    };
    let (typical, modal) = (typical(42), modal(42));
    let value: &dyn erased::Value = match case.as_str() {
        "typical" => &typical,
        "modal" => &modal,
        other => panic!("unknown case {other}"),
    };
    for _ in 0..n {
        black_box(write(black_box(value)));
    }
}

/// One call per writer for either payload, behind a trait object.
mod erased {
    pub(crate) trait Value {
        fn serde_json(&self) -> String;
        fn blockkit(&self) -> String;
    }

    impl<T: serde::Serialize> Value for T {
        fn serde_json(&self) -> String {
            serde_json::to_string(self).expect("serializes")
        }

        fn blockkit(&self) -> String {
            blockkit::to_string(self).expect("serializes")
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|arg| arg == "--count") {
        count(&args[at + 1..]);
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    compare(&mut c, "typical message", &typical(42));
    compare(&mut c, "large modal", &modal(42));
    c.final_summary();
}
