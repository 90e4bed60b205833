//! Titles and descriptions: every definition gets a title (its name in words, which type
//! generators turn back into the name) and a description taken from the doc comments, without
//! the Rust examples and with rustdoc links reduced to their text.

use serde_json::Value;

use super::transform::{DEFS, Defs};

/// `SectionBlock` → `Section block`.
pub(super) fn title(name: &str) -> String {
    let mut title = String::new();
    for (index, c) in name.chars().enumerate() {
        if c.is_uppercase() && index > 0 {
            title.push(' ');
            title.extend(c.to_lowercase());
        } else {
            title.push(c);
        }
    }
    title
}

/// Gives every definition a title and a clean description.
pub(super) fn document(defs: &mut Defs) {
    for schema in defs.map.values_mut() {
        clean_descriptions(schema);
    }
    let names: Vec<String> = defs.map.keys().cloned().collect();
    for name in names {
        let inherited = match defs
            .map
            .get(&name)
            .and_then(|schema| schema.get("description"))
        {
            Some(_) => None,
            None => Some(described_by_user(defs, &name)),
        };
        let Some(def) = defs.def_mut(&name) else {
            continue;
        };
        def.insert("title".to_owned(), Value::String(title(&name)));
        if let Some(description) = inherited {
            def.insert("description".to_owned(), Value::String(description));
        }
        let mut entries: Vec<(String, Value)> = std::mem::take(def).into_iter().collect();
        entries.sort_by_key(|(key, _)| ORDER.iter().position(|k| k == key).unwrap_or(ORDER.len()));
        *def = entries.into_iter().collect();
    }
}

/// The order of a definition's keywords: what it is, then its shape, then its rules.
const ORDER: &[&str] = &[
    "title",
    "description",
    "type",
    "const",
    "enum",
    "properties",
    "required",
    "additionalProperties",
    "anyOf",
    "oneOf",
    "allOf",
];

/// A description for a definition without one (the string enums): the description of the
/// first field that uses it, and its values.
fn described_by_user(defs: &Defs, name: &str) -> String {
    let target = format!("{DEFS}{name}");
    let from_field = defs
        .map
        .values()
        .find_map(|schema| field_description(schema, &target))
        .unwrap_or_default();
    let values = defs
        .map
        .get(name)
        .and_then(|schema| schema.get("enum"))
        .and_then(Value::as_array)
        .map(|values| {
            let listed: Vec<String> = values
                .iter()
                .map(|v| format!("`{}`", v.as_str().unwrap_or_default()))
                .collect();
            format!("One of {}.", listed.join(", "))
        });
    match (from_field.is_empty(), values) {
        (false, Some(values)) => format!("{from_field}\n\n{values}"),
        (false, None) => from_field,
        (true, Some(values)) => values,
        (true, None) => title(name),
    }
}

/// The description next to the first `$ref` to `target`, searched depth-first.
fn field_description(schema: &Value, target: &str) -> Option<String> {
    match schema {
        Value::Object(map) => {
            let refers = map.get("$ref").is_some_and(|r| r == target)
                || map
                    .get("items")
                    .and_then(|items| items.get("$ref"))
                    .is_some_and(|r| r == target);
            if refers && let Some(Value::String(description)) = map.get("description") {
                return Some(description.clone());
            }
            map.values()
                .find_map(|value| field_description(value, target))
        }
        Value::Array(items) => items
            .iter()
            .find_map(|item| field_description(item, target)),
        _ => None,
    }
}

/// Cleans every description and puts it first in its object, keeping the order of the rest.
fn clean_descriptions(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    Value::String(text) if key == "description" => *text = clean(text),
                    _ => clean_descriptions(value),
                }
            }
            // A string: a description, not a property named `description`.
            if map.get("description").is_some_and(Value::is_string)
                && let Some(description) = map.shift_remove("description")
            {
                let rest = std::mem::take(map);
                map.insert("description".to_owned(), description);
                map.extend(rest);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(clean_descriptions),
        _ => {}
    }
}

/// A doc comment as a description: no code blocks, rustdoc links reduced to their text, the
/// lines of a paragraph joined (list items keep their own lines).
pub(super) fn clean(doc: &str) -> String {
    let mut text = String::new();
    let mut in_code = false;
    let mut paragraph_break = false;
    for line in doc.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        if trimmed.is_empty() {
            paragraph_break = true;
            continue;
        }
        let line = links(trimmed);
        let own_line = line.starts_with("* ") || line.starts_with("- ") || line.starts_with('|');
        if !text.is_empty() {
            text.push_str(if paragraph_break {
                "\n\n"
            } else if own_line {
                "\n"
            } else {
                " "
            });
        }
        text.push_str(&line);
        paragraph_break = false;
    }
    text
}

/// `[`X`](crate::X)` and `[`X`]` become `` `X` ``; web links are kept.
fn links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let label = &after[..close];
        let tail = &after[close + 1..];
        if let Some(target) = tail.strip_prefix('(')
            && let Some(end) = target.find(')')
        {
            if target[..end].contains("://") {
                out.push_str(&rest[open..=open + 1 + close + 2 + end]);
            } else {
                out.push_str(label);
            }
            rest = &target[end + 1..];
        } else if label.starts_with('`') && label.ends_with('`') {
            out.push_str(label);
            rest = tail;
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{clean, title};

    #[test]
    fn docs_lose_examples_and_rustdoc_links() {
        let doc = "A menu (see [`Overflow`](crate::Overflow) and [`Button`]).\nIt wraps.\n\n```\nlet x = 1;\n```\n\n* one\n* two [docs](https://example.com/a)";
        assert_eq!(
            clean(doc),
            "A menu (see `Overflow` and `Button`). It wraps.\n\n* one\n* two [docs](https://example.com/a)"
        );
        assert_eq!(clean("[x] and [`a`][b]"), "[x] and `a`[b]");
    }

    #[test]
    fn titles_are_names_in_words() {
        assert_eq!(title("SectionBlock"), "Section block");
        assert_eq!(title("Text"), "Text");
    }
}
