//! Code generation: Block Kit JSON in, Rust source out.
//!
//! Paste what Block Kit Builder shows and get the Rust that builds it: with the
//! [`blocks!`](crate::blocks!) markup macro ([`Style::Macro`], the default), or with the
//! builders ([`Style::Builder`]). The code is formatted (prettyplease), uses only `blockkit` and
//! `serde_json`, and rebuilds a value whose JSON equals the input.
//!
//! ```
//! use blockkit::codegen::{Options, Shape, Style, generate};
//! use serde_json::json;
//!
//! let payload = json!({
//!     "type": "section",
//!     "text": {"type": "mrkdwn", "text": "*Deploy* finished"},
//!     "accessory": {
//!         "type": "button",
//!         "text": {"type": "plain_text", "text": "Open"},
//!         "action_id": "open"
//!     }
//! });
//! let generated = generate(&payload, Shape::Block, &Options::new().style(Style::Builder))?;
//! assert!(generated.code.contains(r#"SectionBlock::new()"#));
//! assert!(generated.code.contains(r#".accessory(Button::new("Open").action_id("open"))"#));
//! assert!(generated.violations.is_empty());
//! # Ok::<(), blockkit::codegen::CodegenError>(())
//! ```
//!
//! * **Exact.** Every field the input has is set; defaults and absent fields are left out. A type
//!   blockkit does not know is kept as a [`RawObject`](crate::RawObject), a field it does not
//!   model goes into the value's `extra`; a comment says so each time.
//! * **Invalid input still generates code.** The [`Generated::violations`] are also written as
//!   comments on the code that builds the offending value (and in the macro style, that value
//!   is built with the builders, so the macro's compile-time checks do not reject the code).
//! * **Readable.** Multi-line text becomes raw strings, plain runs of rich text use the
//!   shorthands (`.section("...")`, `.user("U123")`), names are stable: the function is named
//!   after what the input is (`message`, `modal`, `blocks`, ...).
//!
//! The `blockkit codegen` command of `blockkit-cli` recognises what a file holds and calls
//! [`generate`].

mod assign;
mod bodies;
mod builder;
mod content;
mod literal;
mod markup;
mod markup_attrs;
mod markup_content;
mod notes;
mod output;
mod print;
mod scan;
mod shape;
mod table;
mod values;

use serde_json::Value;

use crate::{ParseError, ValidationOptions, Violation};

/// How the generated code builds the value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Style {
    /// With the [`blocks!`](crate::blocks!) markup macro, where the value is a message, a view
    /// or blocks; anything the markup cannot say is interpolated as builder code. Elements and
    /// composition objects, which the macro does not build on their own, use the builders.
    #[default]
    Macro,
    /// With the constructors and setters.
    Builder,
}

/// What a JSON value holds. The `blockkit` CLI recognises it from the value's fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape {
    /// A [`Message`](crate::Message).
    Message,
    /// A [`Modal`](crate::Modal).
    Modal,
    /// A [`HomeTab`](crate::HomeTab).
    HomeTab,
    /// A [`View`](crate::View): a modal, Home tab or workflow step, chosen by its `type`.
    View,
    /// An array of blocks.
    Blocks,
    /// One [`Block`](crate::Block).
    Block,
    /// One [`Element`](crate::Element).
    Element,
    /// A legacy [`Attachment`](crate::Attachment).
    Attachment,
    /// A [`Text`](crate::Text) object.
    Text,
    /// A [`ConfirmDialog`](crate::ConfirmDialog).
    ConfirmDialog,
    /// An [`OptionObject`](crate::OptionObject).
    OptionObject,
    /// An [`OptionGroup`](crate::OptionGroup).
    OptionGroup,
    /// A [`ConversationFilter`](crate::ConversationFilter).
    ConversationFilter,
    /// A [`DispatchActionConfig`](crate::DispatchActionConfig).
    DispatchActionConfig,
    /// A [`Workflow`](crate::Workflow).
    Workflow,
    /// A [`Trigger`](crate::Trigger).
    Trigger,
    /// An [`InputParameter`](crate::InputParameter).
    InputParameter,
    /// A [`UrlSource`](crate::UrlSource).
    UrlSource,
    /// A rich-text sub-element ([`RichTextElement`](crate::RichTextElement)).
    RichTextElement,
    /// A rich-text inline element ([`InlineElement`](crate::InlineElement)).
    InlineElement,
    /// A `chat.postMessage` body ([`PostMessage`](crate::PostMessage)).
    PostMessage,
    /// A `chat.postEphemeral` body ([`PostEphemeral`](crate::PostEphemeral)).
    PostEphemeral,
    /// A `chat.update` body ([`UpdateMessage`](crate::UpdateMessage)).
    UpdateMessage,
    /// A `chat.scheduleMessage` body ([`ScheduleMessage`](crate::ScheduleMessage)).
    ScheduleMessage,
    /// A `chat.delete` body ([`DeleteMessage`](crate::DeleteMessage)).
    DeleteMessage,
    /// A `views.open` or `views.push` body ([`OpenView`](crate::OpenView)).
    OpenView,
    /// A `views.update` body ([`UpdateView`](crate::UpdateView)).
    UpdateView,
    /// A `views.publish` body ([`PublishView`](crate::PublishView)).
    PublishView,
    /// A message sent to a `response_url` ([`ResponseUrlMessage`](crate::ResponseUrlMessage)).
    ResponseUrlMessage,
    /// A `view_submission` response ([`ViewSubmissionResponse`](crate::ViewSubmissionResponse)).
    ViewSubmissionResponse,
}

/// What to generate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Markup or builders. Defaults to [`Style::Macro`].
    pub style: Style,
    /// A complete program (`fn main`) that prints the payload's JSON, instead of a function
    /// that returns the value. Defaults to `false`.
    pub main: bool,
    /// How the input is validated.
    pub validation: ValidationOptions,
}

impl Options {
    /// The defaults: the macro style, a function.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the style.
    #[must_use = "a setter returns the updated value"]
    pub fn style(mut self, style: Style) -> Self {
        self.style = style;
        self
    }

    /// Generates a complete program instead of a function.
    #[must_use = "a setter returns the updated value"]
    pub fn main(mut self, main: bool) -> Self {
        self.main = main;
        self
    }

    /// Sets how the input is validated.
    #[must_use = "a setter returns the updated value"]
    pub fn validation(mut self, validation: ValidationOptions) -> Self {
        self.validation = validation;
        self
    }
}

/// Generated code, and what validation found in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Generated {
    /// The Rust source: `use` lines, then a function (`pub fn message() -> Message`), or
    /// `fn main` with [`Options::main`]. Formatted, with a final newline.
    pub code: String,
    /// Every violation validation found in the input, also written as comments in the code.
    pub violations: Vec<Violation>,
    /// The name of the generated function (`message`, `blocks`, `block`, ...).
    pub function: &'static str,
    /// Whether the function returns a `Result<_, blockkit::Invalid>`: request bodies take a
    /// validated payload, so building one validates it.
    pub fallible: bool,
}

/// Why code could not be generated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CodegenError {
    /// The input is not JSON of the shape asked for.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// A bug in code generation: the generated tokens are not Rust. Please report it.
    #[error("internal error in code generation: {0}")]
    Internal(String),
}

/// Generates the Rust source that rebuilds `value`, read as `shape`.
///
/// The value is parsed into the model first (so it must be JSON of that shape; unknown types
/// and fields are fine) and validated; the violations come back in
/// [`Generated::violations`] and as comments in the code.
///
/// # Errors
///
/// [`CodegenError::Parse`] when `value` is not of the shape asked for.
pub fn generate(value: &Value, shape: Shape, options: &Options) -> Result<Generated, CodegenError> {
    let (value, violations) = shape::normalize(shape, value, &options.validation)?;
    let first = output::render(&value, shape, options, &notes::Notes::default())?;
    let notes = notes::Notes::place(&violations, &first.pointers);
    let rendered = output::render(&value, shape, options, &notes)?;
    Ok(Generated {
        code: rendered.code,
        violations,
        function: shape.function(),
        fallible: rendered.fallible,
    })
}
