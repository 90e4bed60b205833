//! Snapshot-testing your templates: one line per payload.
//!
//! A template is a function that turns your data into a message, a modal, a Home tab or a request
//! body. Two things can go wrong with it: it can break a Block Kit rule (a header over 150
//! characters, two blocks with the same `block_id`), and it can change without anyone meaning it
//! to. A test that validates the payload and compares its JSON with a reviewed snapshot catches
//! both. [`assert_valid_json`] does the first half and hands the JSON to the snapshot tool of your
//! choice; with [`insta`](https://insta.rs) (`insta = { version = "1", features = ["json"] }` in
//! your `[dev-dependencies]`):
//!
//! ```
//! use blockkit::testing::assert_valid_json;
//! use blockkit::{HeaderBlock, Message, PostMessage, SectionBlock};
//!
//! // Your template: data in, payload out.
//! fn build_finished(build: u32, branch: &str) -> Result<PostMessage, blockkit::Invalid> {
//!     let message = Message::new()
//!         .text(format!("Build {build} finished"))
//!         .block(HeaderBlock::new(format!("Build {build} finished")))
//!         .block(SectionBlock::new().text(blockkit::mrkdwn!("Branch: `{}`", branch)))
//!         .build()?;
//!     Ok(PostMessage::new("C0123456789", message))
//! }
//!
//! // In a test: every rule checked (a violation fails the test with its JSON pointer), then the
//! // JSON compared with the reviewed snapshot.
//! let json = assert_valid_json(&build_finished(42, "main")?);
//! // insta::assert_json_snapshot!(json);
//! assert_eq!(json["blocks"][1]["text"]["text"], "Branch: `main`");
//! # Ok::<(), blockkit::Invalid>(())
//! ```
//!
//! The first run writes the snapshot (`INSTA_UPDATE=always cargo test`, or `cargo insta review`
//! with `cargo-insta`); read it, it is the JSON Slack will get, and commit it. From then on a
//! change to the template shows as a diff of the JSON in the failing test, and a change that
//! breaks a rule fails with every violation listed:
//!
//! ```should_panic
//! use blockkit::{HeaderBlock, Message};
//!
//! let message = Message::new().text("fallback").block(HeaderBlock::new("x".repeat(200)));
//! // Panics with:
//! // 1 Block Kit violation(s):
//! // /blocks/0/text/text: max_length: header text is 200 characters; the limit is 150
//! blockkit::testing::assert_valid_json(&message);
//! ```
//!
//! It takes anything that can be validated and serialized: a [`Message`](crate::Message),
//! [`Modal`](crate::Modal) or [`HomeTab`](crate::HomeTab) before `build()`, and the request
//! bodies ([`PostMessage`](crate::PostMessage), [`UpdateMessage`](crate::UpdateMessage),
//! [`OpenView`](crate::OpenView), [`UpdateView`](crate::UpdateView), [`PushView`](crate::PushView),
//! [`PublishView`](crate::PublishView), [`ViewSubmissionResponse`](crate::ViewSubmissionResponse),
//! ...), whose rules include those of the request. For a value that was already built, pass the
//! payload inside: `assert_valid_json(&*validated)`. Snapshot the request body rather than the
//! bare message when you have one: it is what goes over the wire.
//!
//! Warnings do not fail the assertion (Slack accepts the payload); check
//! [`Report::warnings`](crate::Report::warnings) yourself if you want them to.

use serde::Serialize;

use crate::Validate;

/// Validates `payload` with the default options and returns its JSON, for a snapshot assertion
/// such as `insta::assert_json_snapshot!`. Meant for tests (see the [module docs](self)).
///
/// ```
/// use blockkit::{DividerBlock, HomeTab};
///
/// let json = blockkit::testing::assert_valid_json(&HomeTab::new().block(DividerBlock::new()));
/// assert_eq!(json, serde_json::json!({"type": "home", "blocks": [{"type": "divider"}]}));
/// ```
///
/// # Panics
///
/// When `payload` breaks at least one rule: the message lists every violation (errors and
/// warnings) with its JSON pointer, code and limit. Also when it cannot be serialized to JSON,
/// which no type of this crate does.
#[track_caller]
pub fn assert_valid_json<T>(payload: &T) -> serde_json::Value
where
    T: Validate + Serialize + ?Sized,
{
    if let Err(invalid) = payload.validate().into_result() {
        panic!("{invalid}");
    }
    match serde_json::to_value(payload) {
        Ok(json) => json,
        Err(error) => panic!("the payload does not serialize to JSON: {error}"),
    }
}
