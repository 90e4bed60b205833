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

pub use parse::{ParseError, from_slice, from_str, from_value};
pub use serde_util::{Extra, RawObject};
pub use text::{MrkdwnText, PlainText, Text, escape};
pub use blocks::*;
pub use compose::*;
pub use elements::*;
