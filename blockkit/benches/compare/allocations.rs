//! Allocations per operation for every row of the `libraries` bench, counted by a global
//! allocator (`stats_alloc`), printed as a table. Each operation runs once before it is counted.
//!
//! Run with `cargo bench --manifest-path blockkit/benches/compare/Cargo.toml --bench allocations`.

#[path = "support/mod.rs"]
mod support;

use std::alloc::System;
use std::hint::black_box;

use blockkit::Validate;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

use support::{LITERAL, MODAL, PARSE, TYPICAL, modal, parse, typical};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

fn count<R>(case: &str, row: &str, mut f: impl FnMut() -> R) {
    drop(black_box(f()));
    let region = Region::new(GLOBAL);
    let result = black_box(f());
    let stats = region.change();
    drop(result);
    println!(
        "| {case} | {row} | {} | {} | {} |",
        stats.allocations, stats.reallocations, stats.bytes_allocated
    );
}

fn main() {
    support::check();
    println!("| case | row | allocations | reallocations | bytes allocated |");
    println!("|---|---|---:|---:|---:|");
    for (case, rows) in [("typical message", &TYPICAL), ("large modal", &MODAL)] {
        for &(row, f) in rows {
            count(case, row, || f(black_box(42)));
        }
    }
    let message = typical::blockkit_message(42);
    count("typical message", "blockkit: build only", || {
        typical::blockkit_message(black_box(42))
    });
    count("typical message", "blockkit: validate only", || {
        black_box(&message).validate()
    });
    let body = blockkit::PostMessage::new(typical::CHANNEL, message.build().expect("valid"));
    count("typical message", "blockkit: serialize only", || {
        blockkit::to_string(black_box(&body)).expect("serializes")
    });
    let modal = modal::blockkit_modal(42);
    count("large modal", "blockkit: build only", || {
        modal::blockkit_modal(black_box(42))
    });
    count("large modal", "blockkit: validate only", || {
        black_box(&modal).validate()
    });
    count("large modal", "blockkit: serialize only", || {
        blockkit::to_string(black_box(&modal)).expect("serializes")
    });
    let inputs = parse::inputs();
    for &(row, f) in &PARSE {
        count("parse", row, || f(black_box(&inputs[0])));
    }
    for &(row, f) in &LITERAL {
        count("literal template", row, f);
    }
}
