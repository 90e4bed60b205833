//! The Slack file object (spec §3.8) and the Slack icon object (spec §3.9).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Str, tag};

/// An image hosted by Slack (`slack_file`), named by exactly one of `url` or `id`.
///
/// ```
/// use blockkit::SlackFile;
///
/// let file = SlackFile::id("F0123456");
/// assert_eq!(serde_json::to_string(&file).unwrap(), r#"{"id":"F0123456"}"#);
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct SlackFile {
    /// The file's `url_private` or `permalink`.
    pub url: Option<Str>,
    /// The file's ID (`F0123456`).
    pub id: Option<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl SlackFile {
    /// A file named by its URL (`url_private` or `permalink`).
    pub fn url(url: impl Into<Str>) -> Self {
        Self {
            url: Some(url.into()),
            ..Self::default()
        }
    }

    /// A file named by its ID.
    pub fn id(id: impl Into<Str>) -> Self {
        Self {
            id: Some(id.into()),
            ..Self::default()
        }
    }
}

/// One of Slack's built-in icons (`"type": "icon"`), used by a card's `slack_icon`.
///
/// *Doubtful:* only Slack's Java SDK and the newest card docs describe it, and no list of names
/// was published, so any name is accepted.
///
/// ```
/// use blockkit::SlackIcon;
///
/// let icon = SlackIcon::new("bot");
/// assert_eq!(serde_json::to_string(&icon).unwrap(), r#"{"type":"icon","name":"bot"}"#);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct SlackIcon {
    #[serde(rename = "type")]
    kind: tag::Icon,
    /// The icon's name.
    pub name: Str,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl SlackIcon {
    /// A built-in icon by name.
    pub fn new(name: impl Into<Str>) -> Self {
        Self {
            kind: tag::Icon,
            name: name.into(),
            extra: Extra::new(),
        }
    }
}
