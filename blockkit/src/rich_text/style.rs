//! The style object of rich-text inline elements (spec §6.3).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;

/// How an inline element of rich text is styled (`style`).
///
/// Every member is optional and defaults to `false`. This is the union of every member any
/// source documents; Slack does not take all of them on every element:
///
/// * `text`, `link` and `date` (the "full" set): `bold`, `italic`, `strike`, `underline`, and
///   `code` on `text` and `link`;
/// * mentions, `broadcast`, `color` and `emoji` (the "limited" set): `bold`, `italic`, `strike`,
///   `underline`, `highlight`, `client_highlight`, and `unlink` (user, usergroup and channel
///   mentions).
///
/// ```
/// use blockkit::RichTextStyle;
///
/// let style = RichTextStyle::new().bold(true).italic(true);
/// assert_eq!(
///     serde_json::to_string(&style).unwrap(),
///     r#"{"bold":true,"italic":true}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RichTextStyle {
    /// Bold. Defaults to `false`.
    pub bold: Option<bool>,
    /// Italic. Defaults to `false`.
    pub italic: Option<bool>,
    /// Struck through. Defaults to `false`.
    pub strike: Option<bool>,
    /// Inline code (monospace). `text` and `link` only. Defaults to `false`.
    pub code: Option<bool>,
    /// Underlined (added 2025-10). Defaults to `false`.
    pub underline: Option<bool>,
    /// Highlighted. Mentions, `broadcast`, `color` and `emoji` only. Defaults to `false`.
    pub highlight: Option<bool>,
    /// Highlighted the way Slack's own client highlights the viewer's mentions. Mentions,
    /// `broadcast`, `color` and `emoji` only. Defaults to `false`.
    pub client_highlight: Option<bool>,
    /// Shown without its link. User, usergroup and channel mentions only. Defaults to `false`.
    pub unlink: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl RichTextStyle {
    /// A style with nothing set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(RichTextStyle {
    /// Bold.
    bold: bool,
    /// Italic.
    italic: bool,
    /// Struck through.
    strike: bool,
    /// Inline code; `text` and `link` only.
    code: bool,
    /// Underlined.
    underline: bool,
    /// Highlighted; mentions, `broadcast`, `color` and `emoji` only.
    highlight: bool,
    /// Highlighted as Slack highlights the viewer's mentions; mentions, `broadcast`, `color` and
    /// `emoji` only.
    client_highlight: bool,
    /// Shown without its link; user, usergroup and channel mentions only.
    unlink: bool,
});
