//! Markup attributes and text: literals, `<plain>`/`<mrkdwn>`, elements as values, lists.

use quote::quote;
use serde_json::Value;

use super::builder::type_of;
use super::literal;
use super::markup::Markup;
use super::notes::item;
use super::print::{Attr, Child, expr_source};
use super::table::{self, Field, Kind, Model, Set};

impl Markup<'_, '_> {
    /// An attribute's value.
    pub(super) fn attr(&mut self, field: &Field, value: &Value, at: &str) -> Option<Attr> {
        if self.builder.notes_under(at) {
            return None;
        }
        self.builder.rendered.insert(at.to_owned());
        if field.name == "block_id"
            && let Some(id) = value.as_str()
            && !self.block_ids.insert(id.to_owned())
        {
            return None;
        }
        if matches!(field.set, Set::Each(_)) || field.model == Model::List {
            return self.list_attr(field, value, at);
        }
        let kind = if matches!(field.set, Set::PlainOr(..)) {
            Kind::Text
        } else {
            field.kind
        };
        Some(match (kind, value) {
            (Kind::Bool, Value::Bool(true)) => Attr::Bare,
            (Kind::Enum(list), Value::String(text)) => {
                list.values
                    .iter()
                    .any(|(known, _)| known == text)
                    .then_some(())?;
                Attr::Lit(literal::escaped(text))
            }
            (Kind::Str | Kind::Json, Value::String(text)) => {
                Attr::Lit(literal::string_source(text))
            }
            (
                Kind::Bool | Kind::U32 | Kind::I64 | Kind::Number | Kind::Json,
                Value::Bool(_) | Value::Number(_),
            ) => Attr::Lit(scalar_source(value)),
            (Kind::Plain | Kind::Text, _) => self.text_attr(kind, value, at)?,
            (Kind::Obj("SlackIcon"), _) if value.as_object().is_some_and(|map| map.len() == 2) => {
                Attr::Lit(literal::string_source(value.get("name")?.as_str()?))
            }
            (Kind::Obj(_) | Kind::Union(..), _) => {
                match self.child(field.kind, value, at, None, true)? {
                    Child::Elem(elem) => Attr::Elem(elem),
                    Child::Expr(code) => Attr::Expr(code),
                    Child::Lit(_) => return None,
                }
            }
            _ => Attr::Expr(self.expr(field.kind, value, at)?),
        })
    }

    /// A list attribute: one item as is, several as an expression (`{["a", "b"]}`); enum lists
    /// as one comma-separated literal.
    pub(super) fn list_attr(&mut self, field: &Field, value: &Value, at: &str) -> Option<Attr> {
        let items = value.as_array()?;
        match (field.kind, items.as_slice()) {
            (Kind::Enum(list), _) => {
                let known = items.iter().all(|entry| {
                    list.values
                        .iter()
                        .any(|(value, _)| Some(*value) == entry.as_str())
                });
                let joined: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
                known.then(|| Attr::Lit(literal::escaped(&joined.join(","))))
            }
            (Kind::Str, [one]) if field.model != Model::List || field.set != Set::Arg => {
                Some(Attr::Lit(literal::string_source(one.as_str()?)))
            }
            (Kind::Str, _) => {
                let strings: Vec<String> = items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(literal::string_source)
                    .collect();
                Some(Attr::Expr(format!("[{}]", strings.join(", "))))
            }
            (Kind::Obj(_), [one]) => match self.child(field.kind, one, &item(at, 0), None, true)? {
                Child::Elem(elem) => Some(Attr::Elem(elem)),
                Child::Expr(code) => Some(Attr::Expr(code)),
                Child::Lit(_) => None,
            },
            (Kind::Obj(_), _) => {
                let mut entries = Vec::new();
                for (index, entry) in items.iter().enumerate() {
                    entries.push(self.builder.value(field.kind, entry, &item(at, index)));
                }
                expr_source(&quote!([#(#entries),*])).map(Attr::Expr)
            }
            _ => None,
        }
    }

    /// A text object as an attribute: a string literal for plain text, `<plain>` or
    /// `<mrkdwn>` otherwise.
    pub(super) fn text_attr(&mut self, kind: Kind, value: &Value, at: &str) -> Option<Attr> {
        match self.text_object(kind, value, at)? {
            Child::Lit(text) => Some(Attr::Lit(text)),
            Child::Elem(elem) => Some(Attr::Elem(elem)),
            Child::Expr(code) => Some(Attr::Expr(code)),
        }
    }

    /// A text slot's content.
    pub(super) fn text(
        &mut self,
        kind: Kind,
        value: &Value,
        at: &str,
        parent: Option<&str>,
        tag: &str,
    ) -> Option<Child> {
        if self.builder.notes_under(at) {
            return None;
        }
        self.builder.rendered.insert(at.to_owned());
        if let Value::String(text) = value {
            return Some(Child::Lit(literal::string_source(text)));
        }
        let mrkdwn_ok = tag != "option" || matches!(parent, Some("checkboxes" | "radio_buttons"));
        match self.text_object(kind, value, at)? {
            Child::Elem(elem) if elem.tag == "mrkdwn" && !mrkdwn_ok => None,
            Child::Expr(_) => None,
            other => Some(other),
        }
    }

    /// A text object: a literal when it is plain text and nothing else, `<plain emoji>` or
    /// `<mrkdwn>` otherwise (`None` for mrkdwn where only plain_text goes).
    pub(super) fn text_object(&mut self, kind: Kind, value: &Value, at: &str) -> Option<Child> {
        let map = value.as_object()?;
        let plain = type_of(value) == Some("plain_text");
        if !plain && matches!(kind, Kind::Plain) {
            return None;
        }
        if plain && map.len() == 2 {
            return Some(Child::Lit(literal::string_source(
                map.get("text")?.as_str()?,
            )));
        }
        let name = if plain { "PlainText" } else { "MrkdwnText" };
        let (elem, _) = self.element(table::by_name(name)?, value, at, None, false)?;
        Some(Child::Elem(elem))
    }
}

/// The flags of a rich-text `style` as attributes (`bold`, `italic=false`), when it has
/// nothing else.
pub(super) fn style_flags(style: &Value, attrs: &mut Vec<(String, Attr)>) -> bool {
    const FLAGS: &[&str] = &[
        "bold",
        "italic",
        "strike",
        "code",
        "underline",
        "highlight",
        "client_highlight",
        "unlink",
    ];
    let Some(map) = style.as_object() else {
        return false;
    };
    if !map
        .iter()
        .all(|(key, value)| FLAGS.contains(&key.as_str()) && value.is_boolean())
    {
        return false;
    }
    for (key, value) in map {
        let value = if value.as_bool() == Some(true) {
            Attr::Bare
        } else {
            Attr::Lit("false".to_owned())
        };
        attrs.push((key.clone(), value));
    }
    true
}

/// A bool or number as a literal.
fn scalar_source(value: &Value) -> String {
    match value {
        Value::Number(number) if number.is_f64() => {
            literal::float(number.as_f64().unwrap_or_default())
                .to_string()
                .replace(' ', "")
        }
        other => other.to_string(),
    }
}
