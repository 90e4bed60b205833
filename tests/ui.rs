//! Compile-fail tests: the builders and `blocks!` reject, at compile time, what Slack would
//! reject at run time.
//!
//! Each file of `tests/ui/` (builders) and `tests/ui/markup/` (`blocks!`) makes one mistake and
//! is named after it; its `.stderr` holds the expected compiler error. `ui/pass/` and
//! `ui/markup-pass/` must compile. One `TestCases` runs them all, so they build as one project.
//! Regenerate with `TRYBUILD=overwrite cargo test -p blockkit-tests ui` and read the diff before
//! committing.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
    cases.compile_fail("ui/markup/*.rs");
    cases.pass("ui/pass/*.rs");
    cases.pass("ui/markup-pass/*.rs");
}
