//! The rules, one module per part of the spec, and the [`Validate`] implementations.

pub(crate) mod blocks;
mod blocks_2026;
mod choices;
pub(crate) mod compose;
mod elements;
mod inputs;
pub(crate) mod placement;
mod rich_text;
mod surfaces;
mod tables;

use super::walker::Walker;
use super::{Invalid, Report, Surface, Validate, Validated, ValidationOptions};
use crate::{Attachment, Block, Element, HomeTab, Message, Modal, View};

fn run<'a>(
    options: &'a ValidationOptions,
    surface: Surface,
    f: impl FnOnce(&mut Walker<'a>),
) -> Report {
    let mut walker = Walker::new(options, surface);
    f(&mut walker);
    walker.finish()
}

impl Validate for Message {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        run(options, Surface::Message, |w| surfaces::message(w, self))
    }
}

impl Validate for Attachment {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        run(options, Surface::Message, |w| surfaces::attachment(w, self))
    }
}

impl Validate for Modal {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        run(options, Surface::Modal, |w| surfaces::modal(w, self))
    }
}

impl Validate for HomeTab {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        run(options, Surface::Home, |w| surfaces::home(w, self))
    }
}

impl Validate for View {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        run(options, surfaces::view_surface(self), |w| {
            surfaces::view(w, self);
        })
    }
}

/// A lone block, checked without placement rules.
impl Validate for Block {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        run(options, Surface::Unspecified, |w| blocks::block(w, self))
    }
}

/// A list of blocks, checked without placement rules; see
/// [`validate_blocks`](crate::validate_blocks) to give it a surface.
impl Validate for [Block] {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        run(options, Surface::Unspecified, |w| {
            blocks::block_list(w, self);
        })
    }
}

impl Validate for Vec<Block> {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        self.as_slice().validate_with(options)
    }
}

/// A lone element, checked without container or placement rules.
impl Validate for Element {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        run(options, Surface::Unspecified, |w| {
            elements::element(w, self);
        })
    }
}

macro_rules! build {
    ($($ty:ident: $example:literal;)+) => {$(
        impl $ty {
            /// Validates it with the default options and, when nothing is an error, returns it
            /// as a [`Validated`] value ready to send (warnings are kept on it).
            ///
            #[doc = $example]
            ///
            /// # Errors
            ///
            /// [`Invalid`], listing every violation, when at least one is an error.
            pub fn build(self) -> Result<Validated<Self>, Invalid> {
                Validated::new(self)
            }
        }
    )+};
}

build! {
    Message: "```\nlet message = blockkit::Message::new().text(\"Hello\").build()?;\nassert!(message.warnings().is_empty());\n# Ok::<(), blockkit::Invalid>(())\n```";
    Modal: "```\nuse blockkit::{InputBlock, Modal, PlainTextInput};\n\nlet error = Modal::new(\"Feedback\")\n    .block(InputBlock::new(\"Comment\", PlainTextInput::new().action_id(\"comment\")))\n    .build()\n    .unwrap_err();\nassert!(error.to_string().contains(\"needs `submit`\"));\n```";
    HomeTab: "```\nuse blockkit::{DividerBlock, HomeTab};\n\nlet home = HomeTab::new().block(DividerBlock::new()).build()?;\nassert_eq!(serde_json::to_value(&home)?[\"type\"], \"home\");\n# Ok::<(), Box<dyn std::error::Error>>(())\n```";
}
