//! The `carousel` block (spec §4.16).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Block, CardBlock, Str, tag};

/// Cards side by side (`"type": "carousel"`, spec §4.16; new in 2026).
///
/// `elements` holds 1 to 10 `card` blocks. The model keeps any block there (validation reports
/// the others); the builder takes only [`CardBlock`]s.
///
/// ```
/// use blockkit::{CardBlock, CarouselBlock, Text};
///
/// let carousel = CarouselBlock::new()
///     .card(CardBlock::new().title(Text::plain("First result")).block_id("card_1"))
///     .card(CardBlock::new().title(Text::plain("Second result")).block_id("card_2"));
/// let json = serde_json::to_value(&carousel).unwrap();
/// assert_eq!(json["type"], "carousel");
/// assert_eq!(json["elements"][1]["type"], "card");
/// assert_eq!(json["elements"][1]["block_id"], "card_2");
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct CarouselBlock {
    #[serde(rename = "type")]
    kind: tag::Carousel,
    /// Identifies the block: at most 255 characters, unique within the message or view. Slack
    /// generates one when absent.
    pub block_id: Option<Str>,
    /// The cards: 1 to 10 `card` blocks, each of which may have its own `block_id`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<Block>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl CarouselBlock {
    /// An empty carousel; add 1 to 10 cards.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(CarouselBlock {
    /// Identifies the block: at most 255 characters, unique within the message or view.
    block_id: into Str,
    /// A card: a carousel has 1 to 10.
    elements: vec card CardBlock,
});
