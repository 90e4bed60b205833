//! Slack Block Kit for Rust: a typed model of every block, element, composition object and
//! surface; builders whose mistakes are compile errors; validation of every documented rule with
//! all violations at once; exact JSON both ways.
//!
//! # A guided tour
//!
//! ## Build
//!
//! Every block and element has a constructor that takes its required fields and chained setters
//! named after the Slack fields. Where Slack accepts only some elements, the builder does too: a
//! [`SectionBlock`] accessory is a [`SectionAccessory`], an [`ActionsBlock`] element an
//! [`ActionsElement`], an [`InputBlock`] element an [`InputElement`].
//!
//! ```
//! use blockkit::{ActionsBlock, Button, ButtonStyle, HeaderBlock, Message, SectionBlock, Text};
//!
//! let message = Message::new()
//!     .text("Build 42 failed")
//!     .block(HeaderBlock::new("Build 42 failed"))
//!     .block(SectionBlock::new().text(Text::mrkdwn("*Branch:* main")))
//!     .block(ActionsBlock::new().element(
//!         Button::new("Retry").action_id("retry").style(ButtonStyle::Primary),
//!     ));
//! assert_eq!(message.blocks.len(), 3);
//! ```
//!
//! A `&str` becomes `plain_text` where only plain_text is allowed; mrkdwn is always explicit:
//! [`Text::mrkdwn`] for markup written in the source, [`MrkdwnText::escaped`] for user input
//! (shown as typed, it cannot `@channel` anyone), and [`MrkdwnText::raw`] as the one opt-in for
//! markup built at run time — escape what goes into it with [`escape`].
//!
//! The model's strings (ids, values, URLs, text) are [`Str`]s, which read as `&str` and compare
//! equal to `&str` and `String`. Setters take a `&str`, a `String` or a `Str`: a string of up to
//! 24 bytes is kept inline, a `String` keeps its buffer, and [`Str::from_static`] (what
//! [`Text::mrkdwn`] and `blocks!` literals use) borrows a literal without copying it.
//!
//! ## Validate
//!
//! `build()` on a [`Message`], [`Modal`] or [`HomeTab`] checks every rule of the spec and returns
//! a [`Validated`] value, or an [`Invalid`] error listing every violation with a JSON pointer, a
//! stable [`Code`], and the limit and actual value:
//!
//! ```
//! use blockkit::{HeaderBlock, Message};
//!
//! let error = Message::new()
//!     .text("fallback")
//!     .block(HeaderBlock::new("x".repeat(200)))
//!     .build()
//!     .unwrap_err();
//! assert_eq!(error.violations()[0].pointer, "/blocks/0/text/text");
//! assert_eq!(error.violations()[0].message, "header text is 200 characters; the limit is 150");
//! ```
//!
//! [`Validate::validate`] checks without consuming, for blocks, elements and views too; see the
//! [`validate`](crate::Validate) docs and [`ValidationOptions`] for strict mode and the policy on
//! placements Slack does not document.
//!
//! ## Write markup: `blocks!`
//!
//! The same model, written like markup. Literal mistakes are compile errors on the offending
//! token (unknown tags and attributes, text over its limit, an element a container refuses,
//! `style="secondary"`, duplicate ids); interpolated text is escaped where it lands in mrkdwn.
//! See [`blocks!`] for the grammar, one example per construct.
//!
//! ```
//! use blockkit::blocks;
//!
//! let service = "billing-api";
//! let message = blocks! {
//!     <message text={format!("{service} deployed")}>
//!         <header>"Deploy of " {service} " finished"</header>
//!         <section><mrkdwn>"*" {service} "* is live"</mrkdwn></section>
//!         <actions>
//!             <button action_id="rollback" style="danger">"Roll back"</button>
//!         </actions>
//!     </message>
//! }
//! .build()?;
//! assert_eq!(message.blocks.len(), 3);
//! # Ok::<(), blockkit::Invalid>(())
//! ```
//!
//! ## Send
//!
//! Values serialize to exactly the JSON Slack takes (absent fields omitted, never `null`). The
//! request bodies of the Web API methods — [`PostMessage`], [`PostEphemeral`], [`UpdateMessage`],
//! [`ScheduleMessage`], [`DeleteMessage`], [`OpenView`], [`PushView`], [`UpdateView`],
//! [`PublishView`] — and the replies that are not Web API calls — [`ResponseUrlMessage`],
//! [`WebhookMessage`], [`SlashCommandResponse`], [`ViewSubmissionResponse`] — take
//! [`Validated`] payloads, so the easy path cannot send an unchecked one. Any HTTP client sends
//! them (`examples/send.rs` uses `ureq`); [`WebApiMethod`] gives each body its method and URL.
//!
//! [`to_string`] (and [`to_vec`], [`to_writer`]) writes the JSON: the same bytes as
//! `serde_json::to_string`, which works too, in less than half the time (see [`json`]).
//!
//! ```
//! use blockkit::{Message, PostMessage, WebApiMethod};
//!
//! let body = PostMessage::new("C0123456789", Message::new().text("Hello").build()?);
//! assert_eq!(PostMessage::url(), "https://slack.com/api/chat.postMessage");
//! assert_eq!(blockkit::to_string(&body)?, r#"{"channel":"C0123456789","text":"Hello"}"#);
//! assert_eq!(serde_json::to_string(&body)?, blockkit::to_string(&body)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`Message::preview_url`], [`Modal::preview_url`] and [`HomeTab::preview_url`] open a payload
//! in Block Kit Builder.
//!
//! ## Parse
//!
//! [`from_str`], [`from_slice`] and [`from_value`] read any Block Kit JSON into the model. Unknown
//! block, element and rich-text types are kept whole ([`RawObject`]), unknown fields are kept in
//! each type's `extra` ([`Extra`]), so parse → edit → send loses nothing. A broken known type is
//! an error that names its path:
//!
//! ```
//! let error = blockkit::from_str::<blockkit::Block>(r#"{"type": "header"}"#).unwrap_err();
//! assert_eq!(error.to_string(), "missing field `text` (line 1, column 18)");
//! ```
//!
//! ## Read the answers
//!
//! [`interaction`] parses what Slack sends to an app (`block_actions`, `view_submission`,
//! `view_closed`, shortcuts, slash commands) with typed state values, and [`form!`] declares a
//! modal's fields once: the same ids build the modal and read the submission into a struct.
//!
//! ## Safe text
//!
//! [`mrkdwn`](mod@mrkdwn) has the formatting helpers (bold, links, mentions, dates, ...) with escaping on by
//! default; `@channel` and friends only through explicit helpers.
//!
//! ## Schema and code generation
//!
//! [`schema`] exports a JSON Schema (draft 2020-12) of every type, committed under `schema/` for
//! tools in other languages. The `codegen` module (feature `codegen`) turns Block Kit JSON —
//! from Block Kit Builder, say — into Rust source using `blocks!` or the builders. The `blockkit`
//! command line (crate `blockkit-cli`) exposes `validate`, `fmt`, `schema`, `codegen` and
//! `preview`.
//!
//! ## Limits
//!
//! Every limit comes from one table, `blockkit_limits`, which validation reads. Characters are
//! counted as Unicode scalar values.
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[macro_use]
mod macros;

mod extra;
mod parse;
mod serde_util;
mod str;
mod tag;
mod text;

mod blocks;
mod compose;
mod elements;
mod rich_text;
mod surfaces;

mod api;
#[cfg(feature = "codegen")]
#[cfg_attr(docsrs, doc(cfg(feature = "codegen")))]
pub mod codegen;
pub mod interaction;
pub mod json;
mod markup;
pub mod mrkdwn;
mod preview;
pub mod schema;
pub mod testing;
mod validate;

pub use api::*;
pub use blocks::*;
pub use compose::*;
pub use elements::*;
pub use extra::Extra;
pub use json::{to_string, to_vec, to_writer};
pub use markup::*;
pub use parse::{MAX_DEPTH, ParseError, from_slice, from_str, from_value};
pub use preview::{BLOCK_KIT_BUILDER, preview_url};
pub use rich_text::*;
pub use serde_util::RawObject;
pub use str::Str;
pub use surfaces::*;
pub use text::{MrkdwnText, PlainText, Text, escape};
pub use validate::{
    Code, Invalid, Placement, Report, Severity, Surface, Validate, Validated, ValidationOptions,
    Violation, validate_blocks,
};

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
