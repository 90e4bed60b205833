//! The `table` block (spec §4.12).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::tag;
use crate::{ColumnSettings, Str, TableCell};

/// Rows of cells (`"type": "table"`, messages only, one per message).
///
/// 1–100 rows of at most 20 cells each; the first row is the header, and every row should have
/// the same number of cells. A cell is a `raw_text`, `raw_number` or `rich_text`; `&str` and
/// `String` become `raw_text`. All cells of a message hold at most 10,000 characters together.
///
/// ```
/// use blockkit::{ColumnAlign, ColumnSettings, RawNumber, RichTextBlock, RichTextSection, TableBlock, TableCell};
/// use serde_json::json;
///
/// let table = TableBlock::new()
///     .row(["Service", "Latency"])
///     .row([
///         TableCell::from(RichTextBlock::new().section(RichTextSection::new().link("https://api.example.com", "api"))),
///         RawNumber::new(42, "42 ms").into(),
///     ])
///     .column_setting(ColumnSettings::new().is_wrapped(true))
///     .column_setting(ColumnSettings::new().align(ColumnAlign::Right));
/// let json = serde_json::to_value(&table).unwrap();
/// assert_eq!(json["rows"][0][1], json!({"type": "raw_text", "text": "Latency"}));
/// assert_eq!(json["rows"][1][0]["type"], "rich_text");
/// assert_eq!(json["rows"][1][1]["value"], 42);
/// assert_eq!(json["column_settings"][1], json!({"align": "right"}));
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct TableBlock {
    #[serde(rename = "type")]
    kind: tag::Table,
    /// Identifies the block: at most 255 characters, unique in the message or view.
    pub block_id: Option<Str>,
    /// The rows, header first: 1–100 rows of at most 20 cells each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<Vec<TableCell>>,
    /// How each column is laid out, in column order: at most 20.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub column_settings: Vec<ColumnSettings>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl TableBlock {
    /// An empty table; add 1–100 rows with [`TableBlock::row`], the header first.
    pub fn new() -> Self {
        Self {
            kind: tag::Table,
            block_id: None,
            rows: Vec::new(),
            column_settings: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Appends a row of at most 20 cells; `&str` and `String` become `raw_text`.
    #[must_use = "a setter returns the updated value"]
    pub fn row(mut self, cells: impl IntoIterator<Item = impl Into<TableCell>>) -> Self {
        self.rows.push(cells.into_iter().map(Into::into).collect());
        self
    }
}

impl Default for TableBlock {
    fn default() -> Self {
        Self::new()
    }
}

setters!(TableBlock {
    /// Identifies the block: at most 255 characters, unique in the message or view.
    block_id: into Str,
    /// The settings of the next column; at most 20.
    column_settings: vec column_setting ColumnSettings,
});
