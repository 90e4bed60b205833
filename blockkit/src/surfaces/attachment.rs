//! Legacy secondary attachments (spec §7.1).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::serde_util::Extra;
use crate::{Block, Str};

/// A legacy secondary attachment of a [`Message`](crate::Message).
///
/// Slack still renders them, mostly for the coloured bar on the left (`color`) and for
/// `blocks` shown below the message's own. Slack recommends blocks for everything else. The legacy
/// interactive fields (`actions`, `callback_id`, ...) are kept in [`Attachment::extra`].
///
/// ```
/// use blockkit::{Attachment, AttachmentField, SectionBlock, Text};
/// use serde_json::json;
///
/// let attachment = Attachment::new()
///     .color("danger")
///     .fallback("3 checks failed")
///     .block(SectionBlock::new().text(Text::mrkdwn("*3 checks failed* on `main`")))
///     .field(AttachmentField::new("Branch", "main").short(true))
///     .ts(1_718_030_400);
/// assert_eq!(
///     serde_json::to_value(&attachment).unwrap(),
///     json!({
///         "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*3 checks failed* on `main`"}}],
///         "fallback": "3 checks failed",
///         "color": "danger",
///         "fields": [{"title": "Branch", "value": "main", "short": true}],
///         "ts": 1718030400
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Attachment {
    /// Blocks shown in the attachment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<Block>,
    /// Plain text shown where the attachment cannot be (notifications).
    pub fallback: Option<Str>,
    /// The colour of the bar on the left: `good`, `warning`, `danger` or a hex colour (`#439FE0`).
    pub color: Option<Str>,
    /// Text above the attachment.
    pub pretext: Option<Str>,
    /// The author's name, shown small at the top.
    pub author_name: Option<Str>,
    /// A URL that `author_name` links to.
    pub author_link: Option<Str>,
    /// A URL of a 16 × 16 image shown left of `author_name`.
    pub author_icon: Option<Str>,
    /// A large bold title.
    pub title: Option<Str>,
    /// A URL that `title` links to.
    pub title_link: Option<Str>,
    /// The main text; Slack collapses it behind "Show more" above 700 characters or 5 line
    /// breaks.
    pub text: Option<Str>,
    /// A table of fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<AttachmentField>,
    /// A URL of an image shown large in the attachment.
    pub image_url: Option<Str>,
    /// A URL of an image shown as a thumbnail on the right.
    pub thumb_url: Option<Str>,
    /// Small text at the bottom: at most 300 characters.
    pub footer: Option<Str>,
    /// A URL of an icon shown left of `footer`.
    pub footer_icon: Option<Str>,
    /// A UNIX timestamp shown in the footer. Slack sends it as a number or as a string, so it is
    /// kept as the JSON value it was.
    pub ts: Option<Value>,
    /// The fields whose text is parsed as mrkdwn: `pretext`, `text`, `fields`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mrkdwn_in: Vec<Str>,
    /// Fields this version does not model (`actions`, `callback_id`, `id`, ...), kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Attachment {
    /// An empty attachment.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(Attachment {
    /// A block shown in the attachment.
    blocks: vec block Block,
    /// Plain text shown where the attachment cannot be.
    fallback: into Str,
    /// `good`, `warning`, `danger` or a hex colour such as `#439FE0`.
    color: into Str,
    /// Text above the attachment.
    pretext: into Str,
    /// The author's name.
    author_name: into Str,
    /// A URL that `author_name` links to.
    author_link: into Str,
    /// A URL of a 16 × 16 image shown left of `author_name`.
    author_icon: into Str,
    /// A large bold title.
    title: into Str,
    /// A URL that `title` links to.
    title_link: into Str,
    /// The main text.
    text: into Str,
    /// A field of the attachment's table.
    fields: vec field AttachmentField,
    /// A URL of an image shown large.
    image_url: into Str,
    /// A URL of a thumbnail.
    thumb_url: into Str,
    /// Small text at the bottom: at most 300 characters.
    footer: into Str,
    /// A URL of an icon shown left of `footer`.
    footer_icon: into Str,
    /// A UNIX timestamp shown in the footer (a number, or a string such as `"1718030400"`).
    ts: into Value,
    /// A field whose text is parsed as mrkdwn: `"pretext"`, `"text"` or `"fields"`.
    mrkdwn_in: vec mrkdwn_in_field Str,
});

/// One field of an [`Attachment`]'s table.
///
/// Both `title` and `value` are optional in what Slack sends, so parsing accepts either alone;
/// [`AttachmentField::new`] sets both.
///
/// ```
/// use blockkit::AttachmentField;
///
/// let field = AttachmentField::new("Priority", "High").short(true);
/// assert_eq!(
///     serde_json::to_string(&field).unwrap(),
///     r#"{"title":"Priority","value":"High","short":true}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct AttachmentField {
    /// The field's bold heading (no markup).
    pub title: Option<Str>,
    /// The field's text.
    pub value: Option<Str>,
    /// Whether the field is short enough to sit beside another one. Defaults to `false`.
    pub short: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl AttachmentField {
    /// A field with its heading and text.
    pub fn new(title: impl Into<Str>, value: impl Into<Str>) -> Self {
        Self {
            title: Some(title.into()),
            value: Some(value.into()),
            short: None,
            extra: Extra::new(),
        }
    }
}

setters!(AttachmentField {
    /// Whether the field may sit beside another one. Defaults to `false`.
    short: bool,
});
