//! The workspace's one test binary.

mod api;
mod codegen;
mod conformance;
mod enums;
mod errors;
mod interaction;
mod json;
mod markup;
mod mrkdwn;
mod robustness;
mod roundtrip;
mod schema;
mod templates;
mod ui;
mod validation;
