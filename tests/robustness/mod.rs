//! Robustness: generated model values round-trip and validate (proptest); arbitrary and broken
//! JSON never makes parsing or validation panic; 1 MB and deeply nested inputs are handled
//! correctly. Case counts are modest so that the suite runs in seconds; the cargo-fuzz target in
//! `fuzz/` explores further (see the README's "Fuzzing" section).

mod adversarial;
mod generate;
mod json;
mod model;

/// 64 cases per property, or `PROPTEST_CASES` when it is set.
fn config() -> proptest::test_runner::Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(64);
    proptest::test_runner::Config::with_cases(cases)
}
