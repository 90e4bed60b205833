//! blockkit against the other Rust libraries for Block Kit (issue 9), side by side in one run.
//!
//! Cases: the typical message (a `chat.postMessage` body, about 2.4 KB), the large modal (100
//! blocks, about 46 KB), parse (+ validate + serialize) of the typical message, and a
//! literal-only `blocks!` template against the hand-written floor. Every row of a case produces
//! the same JSON (checked as `serde_json::Value` before timing); strings are formatted from the
//! iteration number so nothing can be hoisted. See `support/` for the cases.
//!
//! Run everything with `scripts/bench.sh` from the workspace root, or this bench alone with
//! `cargo bench --manifest-path blockkit/benches/compare/Cargo.toml --bench libraries --
//! --warm-up-time 1 --measurement-time 3` (`--no-default-features` leaves slackblocks out, and
//! with it `serde_json`'s `arbitrary_precision`, which it turns on for every crate of the build).

#[path = "support/mod.rs"]
mod support;

use std::hint::black_box;

use blockkit::Validate;
use criterion::{
    BenchmarkGroup, Criterion, criterion_group, criterion_main, measurement::WallTime,
};

use support::{LITERAL, MODAL, PARSE, Row, TYPICAL, modal, parse, typical};

fn rows(group: &mut BenchmarkGroup<'_, WallTime>, rows: &[Row]) {
    for &(name, f) in rows {
        let mut n = 0_u64;
        group.bench_function(name, |b| {
            b.iter(|| {
                n += 1;
                f(black_box(n))
            });
        });
    }
}

fn cases(c: &mut Criterion) {
    let (typical_len, modal_len) = support::check();
    println!("typical message: {typical_len} bytes, large modal: {modal_len} bytes");

    let mut group = c.benchmark_group("typical message");
    rows(&mut group, &TYPICAL);
    let mut n = 0_u64;
    group.bench_function("blockkit: build only", |b| {
        b.iter(|| {
            n += 1;
            typical::blockkit_message(black_box(n))
        });
    });
    let message = typical::blockkit_message(42);
    group.bench_function("blockkit: validate only", |b| {
        b.iter(|| black_box(&message).validate());
    });
    let body =
        blockkit::PostMessage::new(typical::CHANNEL, message.clone().build().expect("valid"));
    group.bench_function("blockkit: serialize only", |b| {
        b.iter(|| blockkit::to_string(black_box(&body)).expect("serializes"));
    });
    group.bench_function("blockkit: serialize only, through serde_json", |b| {
        b.iter(|| serde_json::to_string(black_box(&body)).expect("serializes"));
    });
    group.finish();

    let mut group = c.benchmark_group("large modal");
    rows(&mut group, &MODAL);
    let mut n = 0_u64;
    group.bench_function("blockkit: build only", |b| {
        b.iter(|| {
            n += 1;
            modal::blockkit_modal(black_box(n))
        });
    });
    let modal = modal::blockkit_modal(42);
    group.bench_function("blockkit: validate only", |b| {
        b.iter(|| black_box(&modal).validate());
    });
    group.bench_function("blockkit: serialize only", |b| {
        b.iter(|| blockkit::to_string(black_box(&modal)).expect("serializes"));
    });
    group.bench_function("blockkit: serialize only, through serde_json", |b| {
        b.iter(|| serde_json::to_string(black_box(&modal)).expect("serializes"));
    });
    group.finish();

    let inputs = parse::inputs();
    let mut group = c.benchmark_group("parse");
    for &(name, f) in &PARSE {
        let mut index = 0;
        group.bench_function(name, |b| {
            b.iter(|| {
                index = (index + 1) % parse::INPUTS;
                f(black_box(&inputs[index]))
            });
        });
    }
    group.finish();

    let mut group = c.benchmark_group("literal template");
    for &(name, f) in &LITERAL {
        group.bench_function(name, |b| b.iter(f));
    }
    group.finish();
}

criterion_group!(benches, cases);
criterion_main!(benches);
