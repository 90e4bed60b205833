//! Validation: every rule of the Block Kit spec, all violations at once, each with a JSON pointer.
//!
//! A pass walks the whole value, aware of the surface it is on (message, modal, Home tab), and
//! returns a [`Report`] of every [`Violation`]: its JSON pointer into the serialized payload, a
//! stable [`Code`], a message that states the limit and the actual value, and the numbers.
//!
//! The easy path validates: `build()` on a [`Message`](crate::Message), [`Modal`](crate::Modal)
//! or [`HomeTab`](crate::HomeTab) returns a [`Validated`] value or an [`Invalid`] error listing
//! every violation, and the API request bodies take `Validated` payloads. To check a value
//! without consuming it, call [`Validate::validate`].
//!
//! ```
//! use blockkit::{Code, Message, SectionBlock, Text, Validate};
//!
//! let message = Message::new()
//!     .text("Deploy finished")
//!     .block(SectionBlock::new().text(Text::plain("x".repeat(3001))))
//!     .block(SectionBlock::new().block_id("s").text(Text::mrkdwn("*ok*")))
//!     .block(SectionBlock::new().block_id("s").text(Text::mrkdwn("*again*")));
//! let report = message.validate();
//! let codes: Vec<Code> = report.violations().iter().map(|v| v.code).collect();
//! assert_eq!(codes, [Code::MaxLength, Code::Duplicate]);
//! assert_eq!(report.violations()[1].pointer, "/blocks/2/block_id");
//! ```
//!
//! Limits come from one table (`blockkit_limits`), which the `blocks!` macro and the JSON Schema
//! export read too. Characters are counted as Unicode scalar values.

mod report;
mod rules;
mod walker;

pub use report::{Code, Invalid, Report, Severity, Validated, Violation};

/// Where a payload is shown, which decides the block and element placement rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Surface {
    /// A message: `chat.postMessage` and friends, `response_url`, incoming webhooks. Also the blocks
    /// of a legacy attachment.
    Message,
    /// A modal view.
    Modal,
    /// A Home tab view.
    Home,
    /// A list of blocks whose surface is not known: no placement rules are applied.
    Unspecified,
}

impl Surface {
    /// The surface's name as used in messages (`message`, `modal`, `home tab`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Message => "message",
            Self::Modal => "modal",
            Self::Home => "Home tab",
            Self::Unspecified => "unspecified surface",
        }
    }
}

/// Whether a block or element may be placed somewhere, and the policy for placements Slack does
/// not document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Placement {
    /// Allowed (documented, or allowed by policy).
    Allowed,
    /// Not documented either way: reported as a warning.
    Undocumented,
    /// Not allowed: reported as an error.
    Forbidden,
}

/// How a validation pass treats what Slack does not document.
///
/// ```
/// use blockkit::{Placement, ValidationOptions};
///
/// let strict = ValidationOptions::default().strict(true).undocumented_placement(Placement::Forbidden);
/// assert!(strict.strict);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ValidationOptions {
    /// Report unknown block, element and inline types as errors instead of warnings. Defaults to
    /// `false`.
    pub strict: bool,
    /// What to do with a block on a modal or Home tab where Slack does not document whether it
    /// is allowed (the `?` cells of the spec's block × surface matrix: `card`, `carousel`,
    /// `container`, `data_table`, `data_visualization`, `context_actions`, `alert` on Home tabs,
    /// `auth_provider`), and with a `datetimepicker` on a Home tab (the element index lists it
    /// for messages and modals only). Such blocks are allowed in messages. Defaults to
    /// [`Placement::Undocumented`] (a warning).
    pub undocumented_placement: Placement,
}

impl Default for ValidationOptions {
    fn default() -> Self {
        Self {
            strict: false,
            undocumented_placement: Placement::Undocumented,
        }
    }
}

impl ValidationOptions {
    /// Sets [`ValidationOptions::strict`].
    #[must_use = "a setter returns the updated options"]
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    /// Sets [`ValidationOptions::undocumented_placement`].
    #[must_use = "a setter returns the updated options"]
    pub fn undocumented_placement(mut self, placement: Placement) -> Self {
        self.undocumented_placement = placement;
        self
    }
}

/// A value that can be checked against the Block Kit rules.
///
/// Surfaces know where they are shown; a lone block, element or list of blocks is checked
/// without placement rules ([`Surface::Unspecified`]), unless you call
/// [`validate_blocks`] with a surface.
pub trait Validate {
    /// Checks the value with `options`, returning every violation.
    fn validate_with(&self, options: &ValidationOptions) -> Report;

    /// Checks the value with the default options, returning every violation.
    fn validate(&self) -> Report {
        self.validate_with(&ValidationOptions::default())
    }
}

/// Checks a list of blocks as the `blocks` of `surface` (count, placement, unique ids, ...).
/// Pointers start at `/0`.
///
/// ```
/// use blockkit::{validate_blocks, Block, MarkdownBlock, Surface, ValidationOptions};
///
/// let blocks: Vec<Block> = vec![MarkdownBlock::new("**hi**").into()];
/// let report = validate_blocks(&blocks, Surface::Modal, &ValidationOptions::default());
/// assert_eq!(report.violations()[0].pointer, "/0");
/// ```
#[must_use]
pub fn validate_blocks(
    blocks: &[crate::Block],
    surface: Surface,
    options: &ValidationOptions,
) -> Report {
    let mut walker = walker::Walker::new(options, surface);
    rules::blocks::block_list(&mut walker, blocks);
    walker.finish()
}
