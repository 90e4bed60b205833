//! The `context` block (spec §4.2) and its items.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::serde_util::{Extra, TaggedEnum, deserialize_tagged};
use crate::tag;
use crate::{Element, ImageElement, MrkdwnText, PlainText, Str, Text};

/// Small images and text (`"type": "context"`), shown in a smaller, grey font.
///
/// It holds 1–10 items: `plain_text`, `mrkdwn` or `image` elements (see [`ContextItem`]).
/// Nothing in it is interactive.
///
/// ```
/// use blockkit::{ContextBlock, ImageElement, Text};
/// use serde_json::json;
///
/// let context = ContextBlock::new()
///     .element(ImageElement::new("https://example.com/avatar.png", "avatar"))
///     .element(Text::mrkdwn("Triggered by <@U0123456789>"));
/// let json = serde_json::to_value(&context).unwrap();
/// assert_eq!(json["type"], "context");
/// assert_eq!(json["elements"][0]["type"], "image");
/// assert_eq!(
///     json["elements"][1],
///     json!({"type": "mrkdwn", "text": "Triggered by <@U0123456789>"})
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ContextBlock {
    #[serde(rename = "type")]
    kind: tag::Context,
    /// Identifies the block: at most 255 characters, unique in the message or view.
    pub block_id: Option<Str>,
    /// The items: 1–10 text objects or `image` elements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<ContextElement>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ContextBlock {
    /// An empty context block; add 1–10 items with [`ContextBlock::element`].
    pub fn new() -> Self {
        Self {
            kind: tag::Context,
            block_id: None,
            elements: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Appends an item: a text object (mrkdwn stays explicit: [`Text::mrkdwn`]) or an image.
    #[must_use = "a setter returns the updated value"]
    pub fn element(mut self, element: impl ContextItem) -> Self {
        self.elements.push(element.into());
        self
    }

    /// Appends every item of `elements`.
    #[must_use = "a setter returns the updated value"]
    pub fn elements(mut self, elements: impl IntoIterator<Item = impl ContextItem>) -> Self {
        self.elements.extend(elements.into_iter().map(Into::into));
        self
    }
}

impl Default for ContextBlock {
    fn default() -> Self {
        Self::new()
    }
}

setters!(ContextBlock {
    /// Identifies the block: at most 255 characters, unique in the message or view.
    block_id: into Str,
});

/// An item of a [`ContextBlock`]: a text object or an element.
///
/// Slack allows only `plain_text`, `mrkdwn` and `image` elements; any other element found when
/// parsing is kept as [`ContextElement::Element`] so that validation can report it, and an
/// object of unknown type becomes [`Element::Unknown`].
///
/// ```
/// use blockkit::{ContextElement, Text};
///
/// let item: ContextElement = blockkit::from_str(r#"{"type": "mrkdwn", "text": "_hi_"}"#).unwrap();
/// assert_eq!(item, ContextElement::Text(Text::mrkdwn("_hi_")));
/// let image: ContextElement =
///     blockkit::from_str(r#"{"type": "image", "image_url": "https://example.com/a.png", "alt_text": "a"}"#)
///         .unwrap();
/// assert_eq!(image.type_name(), "image");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
#[non_exhaustive]
#[allow(
    clippy::large_enum_variant,
    reason = "`Element` is held unboxed everywhere in the model; a Box here would only make matching clumsier"
)]
pub enum ContextElement {
    /// `plain_text` or `mrkdwn`.
    Text(Text),
    /// An `image` element, or (from parsing only) any other element, which Slack rejects here.
    Element(Element),
}

impl ContextElement {
    /// The item's `"type"`.
    pub fn type_name(&self) -> &str {
        match self {
            Self::Text(text) => text.type_name(),
            Self::Element(element) => element.type_name(),
        }
    }
}

impl TaggedEnum for ContextElement {
    const EXPECTING: &'static str = "a context item (`plain_text`, `mrkdwn` or `image`)";

    fn is_known(tag: &str) -> bool {
        <Text as TaggedEnum>::is_known(tag) || <Element as TaggedEnum>::is_known(tag)
    }

    fn deserialize_known<'de, D: Deserializer<'de>>(
        tag: &str,
        deserializer: D,
    ) -> Result<Self, D::Error> {
        if <Text as TaggedEnum>::is_known(tag) {
            <Text as TaggedEnum>::deserialize_known(tag, deserializer).map(Self::Text)
        } else {
            <Element as TaggedEnum>::deserialize_known(tag, deserializer).map(Self::Element)
        }
    }

    fn from_unknown(object: crate::serde_util::JsonObject) -> Result<Self, String> {
        <Element as TaggedEnum>::from_unknown(object).map(Self::Element)
    }
}

impl<'de> Deserialize<'de> for ContextElement {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_tagged(deserializer)
    }
}

impl From<Text> for ContextElement {
    fn from(text: Text) -> Self {
        Self::Text(text)
    }
}

impl From<PlainText> for ContextElement {
    fn from(text: PlainText) -> Self {
        Self::Text(text.into())
    }
}

impl From<MrkdwnText> for ContextElement {
    fn from(text: MrkdwnText) -> Self {
        Self::Text(text.into())
    }
}

impl From<ImageElement> for ContextElement {
    fn from(image: ImageElement) -> Self {
        Self::Element(image.into())
    }
}

impl From<Element> for ContextElement {
    fn from(element: Element) -> Self {
        Self::Element(element)
    }
}

mod sealed {
    pub trait Sealed {}
}

/// What may be an item of a [`ContextBlock`] (spec §4.2): [`Text`], [`PlainText`],
/// [`MrkdwnText`] or [`ImageElement`].
///
/// ```compile_fail
/// use blockkit::{Button, ContextBlock};
///
/// // error: `Button` cannot be an item of a context block
/// let context = ContextBlock::new().element(Button::new("Go"));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be an item of a context block",
    label = "not allowed here",
    note = "a context block holds text objects (`Text::plain(..)`, `Text::mrkdwn(..)`, `PlainText`, `MrkdwnText`) and `ImageElement`s"
)]
pub trait ContextItem: Into<ContextElement> + sealed::Sealed {}

macro_rules! context_items {
    ($($ty:ident),+) => {$(
        impl sealed::Sealed for $ty {}
        impl ContextItem for $ty {}
    )+};
}

context_items!(Text, PlainText, MrkdwnText, ImageElement);
