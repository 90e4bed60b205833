//! The image element (spec §5.8).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{SlackFile, Str, tag};

/// A small image (`"type": "image"`, spec §5.8): a section accessory, an item of a context block,
/// a card's `hero_image` or `icon`, a container's `icon`. Not interactive: it has no `action_id`.
///
/// It names its picture with exactly one of `image_url` or `slack_file`; the two constructors
/// set one each.
///
/// ```
/// use blockkit::{ImageElement, SlackFile};
/// use serde_json::json;
///
/// let logo = ImageElement::new("https://example.com/logo.png", "Example logo");
/// assert_eq!(
///     serde_json::to_value(&logo).unwrap(),
///     json!({
///         "type": "image",
///         "alt_text": "Example logo",
///         "image_url": "https://example.com/logo.png"
///     })
/// );
///
/// let kitten = ImageElement::slack_file(SlackFile::id("F0123456"), "A kitten");
/// assert_eq!(
///     serde_json::to_value(&kitten).unwrap(),
///     json!({"type": "image", "alt_text": "A kitten", "slack_file": {"id": "F0123456"}})
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ImageElement {
    #[serde(rename = "type")]
    kind: tag::Image,
    /// A plain-text summary of the image, no markup: at most 2000 characters (Python SDK; Slack's
    /// element page gives no maximum).
    pub alt_text: Str,
    /// The image's public URL: at most 3000 characters. Not together with `slack_file`.
    pub image_url: Option<Str>,
    /// An image hosted by Slack. Not together with `image_url`.
    pub slack_file: Option<SlackFile>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ImageElement {
    /// An image at a public URL (at most 3000 characters), with its alt text.
    pub fn new(image_url: impl Into<Str>, alt_text: impl Into<Str>) -> Self {
        Self {
            kind: tag::Image,
            alt_text: alt_text.into(),
            image_url: Some(image_url.into()),
            slack_file: None,
            extra: Extra::new(),
        }
    }

    /// An image hosted by Slack (a `png`, `jpg`, `jpeg` or `gif` file the poster can see), with
    /// its alt text.
    pub fn slack_file(file: SlackFile, alt_text: impl Into<Str>) -> Self {
        Self {
            kind: tag::Image,
            alt_text: alt_text.into(),
            image_url: None,
            slack_file: Some(file),
            extra: Extra::new(),
        }
    }
}
