//! The `image` block (spec §4.7).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;
use crate::{PlainText, SlackFile, Str, Text};

/// An image with alt text and an optional title (`"type": "image"`).
///
/// The image is named by exactly one of `image_url` ([`ImageBlock::new`]) or `slack_file`
/// ([`ImageBlock::slack_file`]). Formats: png, jpg, jpeg, gif. Not to be confused with the
/// [`ImageElement`](crate::ImageElement) of context blocks and section accessories.
///
/// ```
/// use blockkit::{ImageBlock, SlackFile};
///
/// let hosted = ImageBlock::new("https://example.com/graph.png", "CPU over the last hour")
///     .title("CPU");
/// assert_eq!(
///     serde_json::to_string(&hosted).unwrap(),
///     r#"{"type":"image","alt_text":"CPU over the last hour","image_url":"https://example.com/graph.png","title":{"type":"plain_text","text":"CPU"}}"#
/// );
///
/// let uploaded = ImageBlock::slack_file(SlackFile::id("F0123456"), "Team photo");
/// assert_eq!(serde_json::to_value(&uploaded).unwrap()["slack_file"]["id"], "F0123456");
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ImageBlock {
    #[serde(rename = "type")]
    kind: tag::Image,
    /// Identifies the block: at most 255 characters, unique in the message or view.
    pub block_id: Option<Str>,
    /// A description for screen readers: plain text without markup, at most 2000 characters.
    pub alt_text: Str,
    /// A publicly reachable URL of the image: at most 3000 characters. Exactly one of
    /// `image_url` and `slack_file`.
    pub image_url: Option<Str>,
    /// An image uploaded to Slack. Exactly one of `image_url` and `slack_file`.
    pub slack_file: Option<SlackFile>,
    /// A title above the image: `plain_text`, at most 2000 characters.
    pub title: Option<Text>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ImageBlock {
    /// An image at a public URL (at most 3000 characters), with its alt text (at most 2000).
    pub fn new(image_url: impl Into<Str>, alt_text: impl Into<Str>) -> Self {
        Self {
            kind: tag::Image,
            block_id: None,
            alt_text: alt_text.into(),
            image_url: Some(image_url.into()),
            slack_file: None,
            title: None,
            extra: Extra::new(),
        }
    }

    /// An image uploaded to Slack, with its alt text (at most 2000 characters).
    pub fn slack_file(slack_file: SlackFile, alt_text: impl Into<Str>) -> Self {
        Self {
            kind: tag::Image,
            block_id: None,
            alt_text: alt_text.into(),
            image_url: None,
            slack_file: Some(slack_file),
            title: None,
            extra: Extra::new(),
        }
    }
}

setters!(ImageBlock {
    /// Identifies the block: at most 255 characters, unique in the message or view.
    block_id: into Str,
    /// A title above the image: `plain_text`, at most 2000 characters.
    title: into PlainText,
});
