//! The `video` block (spec §4.13).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;
use crate::{PlainText, Str, Text};

/// An embedded video player (`"type": "video"`). Needs the `links.embed:write` scope, and
/// `video_url` must match one of the app's unfurl domains.
///
/// ```
/// use blockkit::VideoBlock;
/// use serde_json::json;
///
/// let video = VideoBlock::new(
///     "Release demo",
///     "What's new in 2.0",
///     "https://videos.example.com/demo.png",
///     "https://videos.example.com/embed/demo",
/// )
/// .author_name("Product team")
/// .provider_name("Example Video");
/// assert_eq!(
///     serde_json::to_value(&video).unwrap(),
///     json!({
///         "type": "video",
///         "alt_text": "Release demo",
///         "video_url": "https://videos.example.com/embed/demo",
///         "thumbnail_url": "https://videos.example.com/demo.png",
///         "title": {"type": "plain_text", "text": "What's new in 2.0"},
///         "author_name": "Product team",
///         "provider_name": "Example Video",
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct VideoBlock {
    #[serde(rename = "type")]
    kind: tag::Video,
    /// Identifies the block: at most 255 characters, unique in the message or view.
    pub block_id: Option<Str>,
    /// A tooltip and description for screen readers.
    pub alt_text: Str,
    /// The embeddable player's URL: HTTPS, on one of the app's unfurl domains.
    pub video_url: Str,
    /// The thumbnail's URL.
    pub thumbnail_url: Str,
    /// The title: `plain_text`, less than 200 characters.
    pub title: Text,
    /// The video's own (non-embeddable) page: HTTPS. Recommended.
    pub title_url: Option<Str>,
    /// A description: `plain_text`, less than 200 characters. Recommended.
    pub description: Option<Text>,
    /// The author's name: less than 50 characters.
    pub author_name: Option<Str>,
    /// The video service's name (`"YouTube"`).
    pub provider_name: Option<Str>,
    /// The video service's icon.
    pub provider_icon_url: Option<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl VideoBlock {
    /// A video with its alt text, title (`plain_text`, less than 200 characters), thumbnail and
    /// embeddable player URL.
    pub fn new(
        alt_text: impl Into<Str>,
        title: impl Into<PlainText>,
        thumbnail_url: impl Into<Str>,
        video_url: impl Into<Str>,
    ) -> Self {
        Self {
            kind: tag::Video,
            block_id: None,
            alt_text: alt_text.into(),
            video_url: video_url.into(),
            thumbnail_url: thumbnail_url.into(),
            title: title.into().into(),
            title_url: None,
            description: None,
            author_name: None,
            provider_name: None,
            provider_icon_url: None,
            extra: Extra::new(),
        }
    }
}

setters!(VideoBlock {
    /// Identifies the block: at most 255 characters, unique in the message or view.
    block_id: into Str,
    /// The video's own (non-embeddable) page: HTTPS.
    title_url: into Str,
    /// A description: `plain_text`, less than 200 characters.
    description: into PlainText,
    /// The author's name: less than 50 characters.
    author_name: into Str,
    /// The video service's name.
    provider_name: into Str,
    /// The video service's icon.
    provider_icon_url: into Str,
});
