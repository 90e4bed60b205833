//! Markup for rich-text content and table rows.

use serde_json::Value;

use super::builder::type_of;
use super::literal;
use super::markup::Markup;
use super::notes::item;
use super::print::{Child, Elem};
use super::table::{self, Field, Kind, Ty, Union};

impl Markup<'_, '_> {
    /// The children of a [`Set::Custom`](super::table::Set::Custom) field.
    pub(super) fn content(
        &mut self,
        ty: &Ty,
        field: &Field,
        value: &Value,
        at: &str,
        tag: &'static str,
    ) -> Option<Vec<Child>> {
        let items = value.as_array()?;
        let mut children = Vec::new();
        match (ty.name, field.name) {
            ("RichTextBlock", "elements") => {
                for (index, element) in items.iter().enumerate() {
                    children.push(self.child(
                        Kind::Union(Union::RichText, None),
                        element,
                        &item(at, index),
                        Some(tag),
                        true,
                    )?);
                }
            }
            ("RichTextList", "elements") => {
                for (index, section) in items.iter().enumerate() {
                    if type_of(section) != Some("rich_text_section") {
                        return None;
                    }
                    let at = item(at, index);
                    children.push(match plain_run(section) {
                        Some(text) => {
                            self.builder.rendered.insert(at);
                            Child::Lit(literal::string_source(text))
                        }
                        None => self.child(
                            Kind::Union(Union::RichText, None),
                            section,
                            &at,
                            Some(tag),
                            true,
                        )?,
                    });
                }
            }
            ("RichTextSection" | "RichTextQuote" | "RichTextPreformatted", "elements") => {
                for (index, element) in items.iter().enumerate() {
                    let at = item(at, index);
                    let run = is_run(element)
                        .then(|| element.get("text").and_then(Value::as_str))
                        .flatten();
                    let after_text = matches!(children.last(), Some(Child::Lit(_)));
                    match run {
                        Some(text) if !after_text => {
                            self.builder.rendered.insert(at);
                            children.push(Child::Lit(literal::string_source(text)));
                        }
                        _ => {
                            let ty =
                                table::member(Union::Inline, type_of(element).unwrap_or_default())?;
                            let (elem, _) = self.element(ty, element, &at, Some(tag), false)?;
                            children.push(Child::Elem(elem));
                        }
                    }
                }
            }
            ("TableBlock" | "DataTableBlock", "rows") => {
                for (index, row) in items.iter().enumerate() {
                    let at = item(at, index);
                    self.builder.rendered.insert(at.clone());
                    let mut cells = Vec::new();
                    for (column, cell) in row.as_array()?.iter().enumerate() {
                        let at = item(&at, column);
                        cells.push(if is_plain_cell(cell) {
                            self.builder.rendered.insert(at);
                            Child::Lit(literal::string_source(cell.get("text")?.as_str()?))
                        } else {
                            self.child(
                                Kind::Union(Union::Cell, None),
                                cell,
                                &at,
                                Some("row"),
                                true,
                            )?
                        });
                    }
                    children.push(Child::Elem(Elem {
                        tag: "row",
                        attrs: Vec::new(),
                        children: cells,
                    }));
                }
            }
            _ => return None,
        }
        Some(children)
    }
}

/// A `text` element with nothing but its text.
fn is_run(element: &Value) -> bool {
    type_of(element) == Some("text")
        && element
            .as_object()
            .is_some_and(|map| map.len() == 2 && map.contains_key("text"))
}

/// The text of a section that is one plain run.
fn plain_run(section: &Value) -> Option<&str> {
    let map = section.as_object()?;
    match map.get("elements")?.as_array()?.as_slice() {
        [run] if map.len() == 2 && is_run(run) => run.get("text")?.as_str(),
        _ => None,
    }
}

/// A `raw_text` cell with nothing but its text.
fn is_plain_cell(cell: &Value) -> bool {
    type_of(cell) == Some("raw_text")
        && cell
            .as_object()
            .is_some_and(|map| map.len() == 2 && map.contains_key("text"))
}
