//! Compile errors of `blocks!`, one mistake per file in `ui/markup/`, each named after the mistake;
//! and cases that must compile in `ui/markup-pass/`. Regenerate the `.stderr` files with
//! `TRYBUILD=overwrite cargo test -p blockkit-tests markup::ui` and read the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/markup/*.rs");
    cases.pass("ui/markup-pass/*.rs");
}
