//! Table cells (`raw_text`, `raw_number`, spec §3.2) and column settings (spec §3.13).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Number;

use crate::serde_util::Extra;
use crate::tag;
use crate::{RichTextBlock, Str};

tagged_enum! {
    /// A cell of a [`TableBlock`](crate::TableBlock) or [`DataTableBlock`](crate::DataTableBlock).
    ///
    /// ```
    /// use blockkit::{RawNumber, RawText, TableCell};
    ///
    /// let cells: Vec<TableCell> = vec![RawText::new("CPU").into(), RawNumber::new(93, "93 %").into()];
    /// assert_eq!(cells[1].type_name(), "raw_number");
    /// ```
    TableCell expecting "a table cell (`raw_text`, `raw_number` or `rich_text`)" {
        /// Plain text.
        RawText(RawText) = RawText,
        /// A number with its display text (sorts numerically in a data table).
        RawNumber(RawNumber) = RawNumber,
        /// Formatted text.
        RichText(RichTextBlock) = RichText,
    }
}

/// A plain-text table cell (`raw_text`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RawText {
    #[serde(rename = "type")]
    kind: tag::RawText,
    /// The cell's text: at least 1 character.
    pub text: Str,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl RawText {
    /// A text cell.
    pub fn new(text: impl Into<Str>) -> Self {
        Self {
            kind: tag::RawText,
            text: text.into(),
            extra: Extra::new(),
        }
    }
}

impl From<&str> for RawText {
    fn from(text: &str) -> Self {
        Self::new(text)
    }
}

impl From<String> for RawText {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}

impl From<Str> for RawText {
    fn from(text: Str) -> Self {
        Self::new(text)
    }
}

impl From<&str> for TableCell {
    fn from(text: &str) -> Self {
        Self::RawText(RawText::new(text))
    }
}

impl From<String> for TableCell {
    fn from(text: String) -> Self {
        Self::RawText(RawText::new(text))
    }
}

impl From<Str> for TableCell {
    fn from(text: Str) -> Self {
        Self::RawText(RawText::new(text))
    }
}

/// A numeric table cell (`raw_number`): the value, and the text shown for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RawNumber {
    #[serde(rename = "type")]
    kind: tag::RawNumber,
    /// The value, any JSON number (kept exactly as parsed).
    pub value: Number,
    /// How the value is shown: at least 1 character.
    pub text: Str,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl RawNumber {
    /// A number cell; `value` is an integer or a float (a non-finite float becomes 0).
    pub fn new(value: impl Into<Number>, text: impl Into<Str>) -> Self {
        Self {
            kind: tag::RawNumber,
            value: value.into(),
            text: text.into(),
            extra: Extra::new(),
        }
    }

    /// A number cell from a float; `None` when `value` is not finite.
    pub fn from_f64(value: f64, text: impl Into<Str>) -> Option<Self> {
        Number::from_f64(value).map(|value| Self::new(value, text))
    }
}

/// How one column of a [`TableBlock`](crate::TableBlock) is laid out (`column_settings[]`).
///
/// ```
/// use blockkit::{ColumnAlign, ColumnSettings};
///
/// let right = ColumnSettings::new().align(ColumnAlign::Right).is_wrapped(true);
/// assert_eq!(
///     serde_json::to_string(&right).unwrap(),
///     r#"{"align":"right","is_wrapped":true}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ColumnSettings {
    /// The column's alignment. Defaults to `left`.
    pub align: Option<ColumnAlign>,
    /// Whether long text wraps. Defaults to `false`.
    pub is_wrapped: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ColumnSettings {
    /// Default settings.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(ColumnSettings {
    /// The column's alignment.
    align: ColumnAlign,
    /// Whether long text wraps.
    is_wrapped: bool,
});

string_enum! {
    /// A table column's alignment.
    ColumnAlign {
        /// Left (the default).
        Left = "left",
        /// Centered.
        Center = "center",
        /// Right.
        Right = "right",
    }
}
