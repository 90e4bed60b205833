//! The workspace's one test binary.

mod conformance;
mod errors;
mod roundtrip;
mod ui;
mod validation;
