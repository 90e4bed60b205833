//! The `data_table` block (spec §4.18).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Str, TableCell, tag};

/// A sortable, paginated table (`"type": "data_table"`, spec §4.18; new in 2026).
///
/// The first row is the header. A table has 2 to 101 rows (the header and at most 100 data
/// rows) of 1 to 20 cells each, every row the same length; header cells may not be `rich_text`.
/// All cells together hold at most 10,000 characters (newer docs count this over every table of
/// the message). A column sorts numerically when all its cells are `raw_number`, otherwise
/// alphabetically.
///
/// ```
/// use blockkit::{DataTableBlock, RawNumber, TableCell};
///
/// let table = DataTableBlock::new("Team scores")
///     .row(["Name", "Score"])
///     .row([TableCell::from("Alice"), RawNumber::new(42, "42").into()])
///     .page_size(5);
/// assert_eq!(
///     serde_json::to_string(&table).unwrap(),
///     concat!(
///         r#"{"type":"data_table","rows":[[{"type":"raw_text","text":"Name"},"#,
///         r#"{"type":"raw_text","text":"Score"}],[{"type":"raw_text","text":"Alice"},"#,
///         r#"{"type":"raw_number","value":42,"text":"42"}]],"caption":"Team scores","page_size":5}"#,
///     )
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DataTableBlock {
    #[serde(rename = "type")]
    kind: tag::DataTable,
    /// Identifies the block: at most 255 characters, unique within the message or view. Slack
    /// generates one when absent.
    pub block_id: Option<Str>,
    /// The rows, header first: 2 to 101 rows of 1 to 20 `raw_text`, `raw_number` or `rich_text`
    /// cells, all rows the same length.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<Vec<TableCell>>,
    /// The table's caption (its HTML `<caption>`).
    pub caption: Str,
    /// Data rows per page: 1 to 100. Defaults to 5.
    pub page_size: Option<u32>,
    /// The 0-based index of the column that names each row for screen readers. Defaults to 0.
    pub row_header_column_index: Option<u32>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DataTableBlock {
    /// An empty table with its caption; add the header row, then the data rows.
    pub fn new(caption: impl Into<Str>) -> Self {
        Self {
            kind: tag::DataTable,
            block_id: None,
            rows: Vec::new(),
            caption: caption.into(),
            page_size: None,
            row_header_column_index: None,
            extra: Extra::new(),
        }
    }

    /// Appends a row: the header row first (no `rich_text` cells there), then the data rows.
    /// `&str` and `String` cells become `raw_text`.
    #[must_use = "a setter returns the updated value"]
    pub fn row(mut self, cells: impl IntoIterator<Item = impl Into<TableCell>>) -> Self {
        self.rows.push(cells.into_iter().map(Into::into).collect());
        self
    }
}

setters!(DataTableBlock {
    /// Identifies the block: at most 255 characters, unique within the message or view.
    block_id: into Str,
    /// Data rows per page: 1 to 100.
    page_size: u32,
    /// The 0-based index of the column that names each row for screen readers.
    row_header_column_index: u32,
});
