//! The `card` block (spec §4.15).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Button, Element, ImageElement, SlackIcon, Str, Text, tag};

/// A card: a banner image, an icon, a title, a body and up to three buttons (`"type": "card"`,
/// spec §4.15; new in 2026). Cards stand alone or go side by side in a
/// [`CarouselBlock`](crate::CarouselBlock).
///
/// At least one of `hero_image`, `title`, `actions` and `body` must be set (validation checks
/// it). Older docs allowed only mrkdwn in the text fields; the newest accept `plain_text` or
/// mrkdwn, and so does blockkit.
///
/// ```
/// use blockkit::{Button, CardBlock, Text};
///
/// let card = CardBlock::new()
///     .title(Text::mrkdwn("*Lumon Industries*"))
///     .body(Text::plain("Please enjoy each card equally."))
///     .action(Button::new("Open").action_id("open"));
/// let json = serde_json::to_value(&card).unwrap();
/// assert_eq!(json["type"], "card");
/// assert_eq!(json["title"]["type"], "mrkdwn");
/// assert_eq!(json["body"]["text"], "Please enjoy each card equally.");
/// assert_eq!(json["actions"][0]["action_id"], "open");
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct CardBlock {
    #[serde(rename = "type")]
    kind: tag::Card,
    /// Identifies the block: at most 255 characters, unique within the message or view (cards
    /// in a carousel count too). Slack generates one when absent.
    pub block_id: Option<Str>,
    /// The banner image: an image element (its URL at most 3000 characters, alt text at most
    /// 2000).
    pub hero_image: Option<ImageElement>,
    /// A small image beside the title. Not together with `slack_icon`.
    pub icon: Option<ImageElement>,
    /// A built-in Slack icon beside the title. Not together with `icon`.
    pub slack_icon: Option<SlackIcon>,
    /// The title: `plain_text` or mrkdwn, at most 150 characters.
    pub title: Option<Text>,
    /// A line under the title: `plain_text` or mrkdwn, at most 150 characters.
    pub subtitle: Option<Text>,
    /// The body: `plain_text` or mrkdwn, at most 200 characters.
    pub body: Option<Text>,
    /// Small text under the body: `plain_text` or mrkdwn, at most 200 characters.
    pub subtext: Option<Text>,
    /// The card's buttons: only `button` elements, at most 3. `danger` buttons are placed on
    /// the left, the others on the right with `primary` furthest right.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Element>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl CardBlock {
    /// An empty card; set at least one of `hero_image`, `title`, `actions` and `body`.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(CardBlock {
    /// Identifies the block: at most 255 characters, unique within the message or view.
    block_id: into Str,
    /// The banner image.
    hero_image: ImageElement,
    /// A small image beside the title (not together with `slack_icon`).
    icon: ImageElement,
    /// A built-in Slack icon beside the title (not together with `icon`).
    slack_icon: SlackIcon,
    /// The title: at most 150 characters.
    title: into Text,
    /// A line under the title: at most 150 characters.
    subtitle: into Text,
    /// The body: at most 200 characters.
    body: into Text,
    /// Small text under the body: at most 200 characters.
    subtext: into Text,
    /// A button: a card has at most 3.
    actions: vec action Button,
});
