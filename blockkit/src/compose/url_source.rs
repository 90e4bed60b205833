//! The URL source element (`"type": "url"`, spec §3.12).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Str, tag};

/// A source a task card cites (`"type": "url"`), in [`TaskCardBlock::sources`](crate::TaskCardBlock).
///
/// ```
/// use blockkit::UrlSource;
///
/// let source = UrlSource::new("https://docs.slack.dev", "Slack docs");
/// assert_eq!(
///     serde_json::to_string(&source).unwrap(),
///     r#"{"type":"url","url":"https://docs.slack.dev","text":"Slack docs"}"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct UrlSource {
    #[serde(rename = "type")]
    kind: tag::Url,
    /// The source's address.
    pub url: Str,
    /// What the user sees.
    pub text: Str,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl UrlSource {
    /// A source with its address and display text.
    pub fn new(url: impl Into<Str>, text: impl Into<Str>) -> Self {
        Self {
            kind: tag::Url,
            url: url.into(),
            text: text.into(),
            extra: Extra::new(),
        }
    }
}
