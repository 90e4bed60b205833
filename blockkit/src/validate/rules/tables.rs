//! Rules of tables (spec §3.2, §3.13, §4.12, §4.18; §9 rules 9, 23, 24): rows, cells, column
//! settings, and the character budget of a table and of a message.

use blockkit_limits as limits;

use super::rich_text;
use crate::validate::walker::Walker;
use crate::validate::{Code, Surface};
use crate::{TableBlock, TableCell};

/// Checks a `table` block at the current pointer.
pub(crate) fn table<'a>(w: &mut Walker<'a>, block: &'a TableBlock) {
    use limits::table::{CELL_CHARS, CELLS, COLUMN_SETTINGS, ROWS};
    w.tables += 1;
    if w.surface == Surface::Message && w.tables > 1 {
        w.error(
            Code::NotAllowedHere,
            "a message may have one table block; this is another one",
        );
    }
    w.items("table block", "rows", block.rows.len(), &ROWS);
    let chars = table_rows(w, &block.rows, &CELLS, false);
    check_cell_budget(w, chars, &CELL_CHARS);
    w.items(
        "table block",
        "column_settings",
        block.column_settings.len(),
        &COLUMN_SETTINGS,
    );
    for (index, settings) in block.column_settings.iter().enumerate() {
        if let Some(align) = &settings.align {
            w.at("column_settings", |w| {
                w.at_index(index, |w| {
                    w.known(
                        "align",
                        align.as_str(),
                        align.is_known(),
                        crate::ColumnAlign::KNOWN,
                    );
                });
            });
        }
    }
}

/// Checks table rows (cells per row, equal lengths, each cell) and returns their characters.
/// `strict_lengths` makes unequal rows an error (`data_table`) instead of a warning (`table`).
pub(crate) fn table_rows<'a>(
    w: &mut Walker<'a>,
    rows: &'a [Vec<TableCell>],
    cells_limit: &blockkit_limits::Limit,
    strict_lengths: bool,
) -> u64 {
    let mut chars = 0;
    let width = rows.first().map_or(0, Vec::len);
    w.at("rows", |w| {
        for (index, row) in rows.iter().enumerate() {
            w.at_index(index, |w| {
                w.count_items("table row", row.len() as u64, cells_limit);
                if row.len() != width {
                    let message = format!(
                        "row {index} has {} cells; the first row has {width}",
                        row.len()
                    );
                    if strict_lengths {
                        w.error(Code::InvalidValue, message);
                    } else {
                        w.warn(Code::InvalidValue, message);
                    }
                }
                for (column, cell) in row.iter().enumerate() {
                    w.at_index(column, |w| chars += table_cell(w, cell));
                }
            });
        }
    });
    chars
}

/// Checks one cell and returns its characters.
fn table_cell<'a>(w: &mut Walker<'a>, cell: &'a TableCell) -> u64 {
    match cell {
        TableCell::RawText(raw) => {
            w.at("text", |w| {
                w.check_chars("raw_text text", &raw.text, &limits::raw_text::TEXT);
            });
            raw.text.chars().count() as u64
        }
        TableCell::RawNumber(raw) => {
            w.at("text", |w| {
                w.check_chars("raw_number text", &raw.text, &limits::raw_number::TEXT);
            });
            raw.text.chars().count() as u64
        }
        TableCell::RichText(rich) => {
            rich_text::rich_text(w, rich);
            rich_text::char_count(rich)
        }
        TableCell::Unknown(raw) => {
            w.unknown_type("table cell", raw.type_name().unwrap_or_default());
            0
        }
    }
}

/// Checks one table's cell characters against its budget and adds them to the message's.
pub(crate) fn check_cell_budget(w: &mut Walker<'_>, chars: u64, limit: &blockkit_limits::Limit) {
    w.cell_blocks += 1;
    w.table_chars += chars;
    if chars > limit.max {
        w.at("rows", |w| {
            w.report(
                crate::validate::Severity::Error,
                Code::MaxLength,
                format!(
                    "the table's cells hold {chars} characters; the limit is {}",
                    limit.max
                ),
                Some((limit.max, chars)),
            );
        });
    }
}
