//! Compile-fail tests: the builders reject, at compile time, what Slack would reject at run time.
//!
//! Each file of `tests/ui/` makes one mistake and is named after it; its `.stderr` holds the
//! expected compiler error. Regenerate them with
//! `TRYBUILD=overwrite cargo test -p blockkit-tests ui` and read the diff before committing.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
    cases.pass("ui/pass/*.rs");
}
