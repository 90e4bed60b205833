//! Slack Block Kit for Rust.
#![forbid(unsafe_code)]

#[macro_use]
mod macros;

mod parse;
mod serde_util;
mod tag;
mod text;

mod blocks;
mod compose;
mod elements;
mod rich_text;
mod surfaces;

mod preview;
mod validate;

pub use parse::{ParseError, from_slice, from_str, from_value};
pub use serde_util::{Extra, RawObject};
pub use text::{MrkdwnText, PlainText, Text, escape};
pub use blocks::*;
pub use compose::*;
pub use elements::*;
pub use rich_text::*;
pub use surfaces::*;
pub use validate::{
    Code, Invalid, Placement, Report, Severity, Surface, Validate, Validated, ValidationOptions,
    Violation, validate_blocks,
};
pub use preview::{BLOCK_KIT_BUILDER, preview_url};
