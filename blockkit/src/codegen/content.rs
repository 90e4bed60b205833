//! The builder calls of rich-text content and table rows, which read best with their own
//! shorthands: `.section("text")`, `.text("...")`, `.user("U123")`, `.row(["a", "b"])`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use super::builder::{Builder, call, type_of};
use super::literal;
use super::notes::{child, item};
use super::table::{self, Field, Kind, Ty, Union};

impl Builder<'_> {
    /// The calls that set a [`Set::Custom`](super::table::Set::Custom) field, or `None` when
    /// they cannot (the field is then assigned).
    pub(super) fn content(
        &mut self,
        ty: &Ty,
        field: &Field,
        value: &Value,
        at: &str,
    ) -> Option<Vec<TokenStream>> {
        let items = value.as_array()?;
        let mut calls = Vec::new();
        match (ty.name, field.name) {
            ("RichTextBlock", "elements") => {
                for (index, element) in items.iter().enumerate() {
                    calls.push(self.rich_text_element(element, &item(at, index)));
                }
            }
            ("RichTextList", "elements") => {
                if !items
                    .iter()
                    .all(|element| type_of(element) == Some("rich_text_section"))
                {
                    return None;
                }
                for (index, section) in items.iter().enumerate() {
                    let section = self.section_arg(section, &item(at, index));
                    calls.push(call("item", &section));
                }
            }
            ("RichTextSection" | "RichTextQuote" | "RichTextPreformatted", "elements") => {
                let all = ty.name != "RichTextPreformatted";
                for (index, element) in items.iter().enumerate() {
                    calls.push(self.inline(element, &item(at, index), all));
                }
            }
            ("TableBlock" | "DataTableBlock", "rows") => {
                for (index, row) in items.iter().enumerate() {
                    let row = self.row(row, &item(at, index));
                    calls.push(call("row", &row));
                }
            }
            _ => return None,
        }
        Some(calls)
    }

    /// One element of a `rich_text` block: `.section(..)`, `.list(..)`, ...
    fn rich_text_element(&mut self, element: &Value, at: &str) -> TokenStream {
        let tag = type_of(element).unwrap_or_default();
        let (setter, value) = match (tag, table::member(Union::RichText, tag)) {
            ("rich_text_section", _) => ("section", self.section_arg(element, at)),
            (_, Some(ty)) => {
                let setter = tag.strip_prefix("rich_text_").unwrap_or(tag);
                let object = self.object(ty, element, at);
                (setter, self.noted(at, &[], object))
            }
            (_, None) => (
                "element",
                self.value(Kind::Union(Union::RichText, None), element, at),
            ),
        };
        call(setter, &value)
    }

    /// A section as `impl Into<RichTextSection>`: its text alone when it is one plain run.
    fn section_arg(&mut self, section: &Value, at: &str) -> TokenStream {
        let plain = section.as_object().is_some_and(|map| {
            map.len() == 2
                && matches!(map.get("elements").and_then(Value::as_array).map(Vec::as_slice),
                    Some([run]) if is_plain_run(run))
        });
        let tokens = if plain {
            let text = section["elements"][0]["text"].as_str().unwrap_or_default();
            let text = literal::string(text);
            quote!(#text)
        } else if let Some(ty) = table::by_name("RichTextSection") {
            self.object(ty, section, at)
        } else {
            self.json(section)
        };
        self.noted(at, &[], tokens)
    }

    /// One inline element of a section, quote or preformatted block (`all` for the first two,
    /// which have the mention shorthands).
    fn inline(&mut self, element: &Value, at: &str, all: bool) -> TokenStream {
        let map = element.as_object();
        let keys: Vec<&str> = map
            .map(|map| {
                map.keys()
                    .map(String::as_str)
                    .filter(|key| *key != "type")
                    .collect()
            })
            .unwrap_or_default();
        let tag = type_of(element).unwrap_or_default();
        let text = |key: &str| {
            let value =
                literal::string(element.get(key).and_then(Value::as_str).unwrap_or_default());
            quote!(#value)
        };
        let shorthand = match (tag, keys.as_slice()) {
            ("text", ["text"]) => Some(("text", text("text"))),
            ("text", ["text", "style"] | ["style", "text"])
                if all && plain_style(&element["style"]) =>
            {
                let style = self.value(
                    Kind::Obj("RichTextStyle"),
                    &element["style"],
                    &child(at, "style"),
                );
                let body = text("text");
                Some(("styled_text", quote!(#body, #style)))
            }
            ("link", ["url", "text"] | ["text", "url"]) => {
                let (url, body) = (text("url"), text("text"));
                Some(("link", quote!(#url, #body)))
            }
            ("emoji", ["name"]) if all => Some(("emoji", text("name"))),
            ("user", ["user_id"]) if all => Some(("user", text("user_id"))),
            ("usergroup", ["usergroup_id"]) if all => Some(("usergroup", text("usergroup_id"))),
            ("channel", ["channel_id"]) if all => Some(("channel", text("channel_id"))),
            ("team", ["team_id"]) if all => Some(("team", text("team_id"))),
            ("color", ["value"]) if all => Some(("color", text("value"))),
            ("broadcast", ["range"]) if all => match element["range"].as_str() {
                Some(range @ ("here" | "channel" | "everyone")) => {
                    let variant = format_ident!("{}", capitalise(range));
                    Some(("broadcast", quote!(BroadcastRange::#variant)))
                }
                _ => None,
            },
            ("date", ["timestamp", "format"]) if all => {
                let timestamp = element["timestamp"]
                    .as_number()
                    .map_or_else(|| quote!(0), literal::int);
                let format = text("format");
                Some(("date", quote!(#timestamp, #format)))
            }
            _ => None,
        };
        let (setter, value) = match shorthand {
            Some((setter, args)) => (setter, self.noted(at, &[], args)),
            None => (
                "element",
                self.value(Kind::Union(Union::Inline, None), element, at),
            ),
        };
        call(setter, &value)
    }

    /// A table row: `["a", "b"]` when every cell is plain text, `[TableCell::from(..), ..]`
    /// otherwise.
    fn row(&mut self, row: &Value, at: &str) -> TokenStream {
        let cells = row.as_array().map(Vec::as_slice).unwrap_or_default();
        if cells.is_empty() {
            return quote!(Vec::<TableCell>::new());
        }
        let simple = |cell: &Value| {
            type_of(cell) == Some("raw_text")
                && cell
                    .as_object()
                    .is_some_and(|map| map.len() == 2 && map.contains_key("text"))
        };
        let all_simple = cells.iter().all(simple);
        let mut out = Vec::new();
        for (index, cell) in cells.iter().enumerate() {
            let at = item(at, index);
            let text =
                literal::string(cell.get("text").and_then(Value::as_str).unwrap_or_default());
            out.push(match (all_simple, simple(cell)) {
                (true, _) => self.noted(&at, &[], quote!(#text)),
                (false, true) => self.noted(&at, &[], quote!(TableCell::from(#text))),
                (false, false) => {
                    let known =
                        type_of(cell).is_some_and(|tag| table::member(Union::Cell, tag).is_some());
                    let cell = self.value(Kind::Union(Union::Cell, None), cell, &at);
                    if known {
                        quote!(TableCell::from(#cell))
                    } else {
                        cell
                    }
                }
            });
        }
        quote!([#(#out),*])
    }
}

/// A `text` element with nothing but its text.
fn is_plain_run(run: &Value) -> bool {
    type_of(run) == Some("text")
        && run
            .as_object()
            .is_some_and(|map| map.len() == 2 && map.contains_key("text"))
}

/// A style of known flags only.
fn plain_style(style: &Value) -> bool {
    style.as_object().is_some_and(|map| {
        map.iter().all(|(key, value)| {
            value.is_boolean()
                && matches!(
                    key.as_str(),
                    "bold"
                        | "italic"
                        | "strike"
                        | "code"
                        | "underline"
                        | "highlight"
                        | "client_highlight"
                        | "unlink"
                )
        })
    })
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
