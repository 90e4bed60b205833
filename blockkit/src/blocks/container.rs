//! The `container` block (spec §4.17).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Block, ImageElement, PlainText, RichTextBlock, Str, Text, tag};

/// A titled, optionally collapsible group of blocks (`"type": "container"`, spec §4.17).
///
/// **Pre-release:** the block is documented only in pre-release builds of Slack's docs and in
/// the newest SDKs (`@slack/types` 3.2.0, `slack_sdk` 3.47.0); its fields may still change.
///
/// The title is `title` (`plain_text`) or `rich_text_title`, which wins when both are set.
/// `child_blocks` holds 1 to 10 blocks of the types `actions`, `context`, `divider`, `file`,
/// `header`, `image`, `input`, `rich_text`, `section`, `table` and `video`; the model keeps any
/// block there and validation reports the others.
///
/// ```
/// use blockkit::{ContainerBlock, ContainerWidth, DividerBlock, HeaderBlock, Text};
///
/// let container = ContainerBlock::new("Deployment summary")
///     .subtitle(Text::mrkdwn("Production is *healthy*"))
///     .child_block(HeaderBlock::new("api"))
///     .child_block(DividerBlock::new())
///     .width(ContainerWidth::Wide)
///     .is_collapsible(true);
/// let json = serde_json::to_value(&container).unwrap();
/// assert_eq!(json["type"], "container");
/// assert_eq!(json["title"]["text"], "Deployment summary");
/// assert_eq!(json["child_blocks"][1]["type"], "divider");
/// assert_eq!(json["width"], "wide");
/// assert_eq!(json["is_collapsible"], true);
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ContainerBlock {
    #[serde(rename = "type")]
    kind: tag::Container,
    /// Identifies the block: at most 255 characters, unique within the message or view. Slack
    /// generates one when absent.
    pub block_id: Option<Str>,
    /// The title: `plain_text`, at most 150 characters. Required unless `rich_text_title` is set.
    pub title: Option<Text>,
    /// A formatted title; shown instead of `title` when both are set.
    pub rich_text_title: Option<RichTextBlock>,
    /// A line under the title: `plain_text` or mrkdwn, at most 150 characters.
    pub subtitle: Option<Text>,
    /// The blocks inside: 1 to 10.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub child_blocks: Vec<Block>,
    /// How wide the container is. Defaults to `standard`.
    pub width: Option<ContainerWidth>,
    /// An image beside the title (its URL at most 3000 characters, alt text at most 2000).
    pub icon: Option<ImageElement>,
    /// Whether the user can collapse the container. Defaults to `false`.
    pub is_collapsible: Option<bool>,
    /// Whether the container starts collapsed; only meaningful when `is_collapsible` is `true`.
    /// Defaults to `false`.
    pub default_collapsed: Option<bool>,
    /// Whether a divider separates the title from the blocks; not together with
    /// `is_collapsible: true`. Defaults to `false`.
    pub has_header_divider: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ContainerBlock {
    /// A container with a `plain_text` title (at most 150 characters); add 1 to 10 child blocks.
    pub fn new(title: impl Into<PlainText>) -> Self {
        Self::empty(Some(title.into().into()), None)
    }

    /// A container with a formatted title; add 1 to 10 child blocks.
    pub fn with_rich_text_title(title: RichTextBlock) -> Self {
        Self::empty(None, Some(title))
    }

    fn empty(title: Option<Text>, rich_text_title: Option<RichTextBlock>) -> Self {
        Self {
            kind: tag::Container,
            block_id: None,
            title,
            rich_text_title,
            subtitle: None,
            child_blocks: Vec::new(),
            width: None,
            icon: None,
            is_collapsible: None,
            default_collapsed: None,
            has_header_divider: None,
            extra: Extra::new(),
        }
    }
}

setters!(ContainerBlock {
    /// Identifies the block: at most 255 characters, unique within the message or view.
    block_id: into Str,
    /// The `plain_text` title: at most 150 characters.
    title: into PlainText,
    /// A formatted title, shown instead of `title`.
    rich_text_title: RichTextBlock,
    /// A line under the title: at most 150 characters.
    subtitle: into Text,
    /// A block inside the container: 1 to 10 of `actions`, `context`, `divider`, `file`,
    /// `header`, `image`, `input`, `rich_text`, `section`, `table` or `video`.
    child_blocks: vec child_block Block,
    /// How wide the container is.
    width: ContainerWidth,
    /// An image beside the title.
    icon: ImageElement,
    /// Whether the user can collapse the container.
    is_collapsible: bool,
    /// Whether the container starts collapsed (with `is_collapsible: true`).
    default_collapsed: bool,
    /// Whether a divider separates the title from the blocks (not with `is_collapsible: true`).
    has_header_divider: bool,
});

string_enum! {
    /// How wide a [`ContainerBlock`] is (`width`).
    ContainerWidth {
        /// Narrow.
        Narrow = "narrow",
        /// Standard (the default).
        Standard = "standard",
        /// Wide.
        Wide = "wide",
        /// The full width.
        Full = "full",
    }
}
