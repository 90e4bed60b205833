//! Validating the 100-block modal against serializing it (issue 3: validation must cost less
//! than serialization).
//!
//! Run with `cargo bench -p blockkit --bench validate -- --quick`.

use std::hint::black_box;

use blockkit::{
    Checkboxes, DatePicker, InputBlock, Modal, MrkdwnText, OptionObject, PlainTextInput,
    SectionBlock, StaticSelect, Validate,
};
use criterion::{Criterion, criterion_group, criterion_main};

/// 100 blocks: sections between input blocks holding, in turn, a `plain_text_input`, a
/// `static_select` of 20 options, a `datepicker` and `checkboxes`.
fn modal() -> Modal {
    let mut modal = Modal::new("Request").submit("Send").close("Cancel");
    for i in 0..100 {
        let id = format!("b{i}");
        if i % 2 == 1 {
            modal = modal.block(
                SectionBlock::new()
                    .block_id(id)
                    .text(MrkdwnText::raw(format!(
                        "*Step {i}*: fill in the field below. _Thanks!_"
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
                    .placeholder("Write something"),
            ),
            1 => {
                let mut select = StaticSelect::new()
                    .action_id("choice")
                    .placeholder("Choose one");
                for o in 0..20 {
                    select = select.option(OptionObject::new(
                        format!("Option number {o}"),
                        format!("value-{o}"),
                    ));
                }
                InputBlock::new(
                    format!("Choice {i}"),
                    select.initial_option(OptionObject::new("Option number 3", "value-3")),
                )
            }
            2 => InputBlock::new(
                format!("Date {i}"),
                DatePicker::new()
                    .action_id("date")
                    .initial_date("2026-03-14"),
            ),
            _ => {
                let mut boxes = Checkboxes::new().action_id("flags");
                for o in 0..5 {
                    boxes =
                        boxes.option(OptionObject::new(format!("Flag {o}"), format!("flag-{o}")));
                }
                InputBlock::new(format!("Flags {i}"), boxes)
            }
        };
        modal = modal.block(input.block_id(id).hint("Optional hint text"));
    }
    modal
}

fn bench(c: &mut Criterion) {
    let modal = modal();
    assert!(
        modal.validate().is_empty(),
        "the bench modal must be valid:\n{}",
        modal.validate()
    );
    let mut group = c.benchmark_group("100-block modal");
    group.bench_function("validate", |b| b.iter(|| black_box(&modal).validate()));
    group.bench_function("serde_json::to_string", |b| {
        b.iter(|| serde_json::to_string(black_box(&modal)).expect("serializes"));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
