//! Literals as a person would write them: strings (raw strings where they read better), numbers,
//! and JSON for `serde_json::json!`.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::{Number, Value};

/// A string literal: a raw string when the text spans several lines or holds quotes or
/// backslashes (and a raw string can hold it), an ordinary one otherwise.
pub(super) fn string(text: &str) -> Literal {
    raw_string(text)
        .and_then(|raw| raw.parse().ok())
        .unwrap_or_else(|| Literal::string(text))
}

/// The source text of [`string`]'s literal.
pub(super) fn string_source(text: &str) -> String {
    raw_string(text).unwrap_or_else(|| escaped(text))
}

/// `r#"..."#` for `text`, when a raw string reads better than an escaped one.
fn raw_string(text: &str) -> Option<String> {
    let lines = text.matches('\n').count();
    let multi_line = lines >= 2 || (lines == 1 && text.chars().count() >= 40);
    let quoted = lines == 0 && text.contains(['"', '\\']);
    if !(multi_line || quoted) || text.chars().any(|c| c.is_control() && c != '\n') {
        return None;
    }
    if text.ends_with('\n') && lines == 1 {
        return None;
    }
    let mut hashes = String::new();
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    Some(format!("r{hashes}\"{text}\"{hashes}"))
}

/// An ordinary string literal's source: `"..."` with Rust escapes.
pub(super) fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\0' if chars.peek().is_some_and(char::is_ascii_digit) => out.push_str("\\x00"),
            '\'' => out.push(c),
            _ => out.extend(c.escape_debug()),
        }
    }
    out.push('"');
    out
}

/// A number as a literal whose type the context infers (`u32`, `i64`, ... parameters).
pub(super) fn int(number: &Number) -> TokenStream {
    if let Some(value) = number.as_u64() {
        let literal = Literal::u64_unsuffixed(value);
        quote!(#literal)
    } else if let Some(value) = number.as_i64() {
        let literal = Literal::u64_unsuffixed(value.unsigned_abs());
        quote!(-#literal)
    } else {
        float(number.as_f64().unwrap_or_default())
    }
}

/// A number for an `impl Into<Number>` or `impl Into<Value>` parameter: unsuffixed when it fits
/// an `i32` (the default integer type), suffixed otherwise. `None` for a float, which
/// `serde_json::Number` does not convert from.
pub(super) fn typed_int(number: &Number) -> Option<TokenStream> {
    let (negative, magnitude, suffix) = if let Some(value) = number.as_i64() {
        let suffix = if i32::try_from(value).is_ok() {
            ""
        } else {
            "_i64"
        };
        (value < 0, value.unsigned_abs(), suffix)
    } else {
        (false, number.as_u64()?, "_u64")
    };
    let literal: Literal = format!("{magnitude}{suffix}").parse().ok()?;
    Some(if negative {
        quote!(-#literal)
    } else {
        quote!(#literal)
    })
}

/// A float literal.
pub(super) fn float(value: f64) -> TokenStream {
    let literal = Literal::f64_unsuffixed(value.abs());
    if value.is_sign_negative() {
        quote!(-#literal)
    } else {
        quote!(#literal)
    }
}

/// The text of `value` inside `serde_json::json!( )`: on one line, or over several with the
/// lines after the first indented by `indent` spaces.
pub(super) fn json_source(value: &Value, indent: usize, pretty: bool) -> String {
    if !pretty || !is_container(value) {
        return json_flat(value);
    }
    let mut out = String::new();
    json_pretty(value, indent, &mut out);
    out
}

/// An item of a pretty-printed container: on one line when it fits in 60 columns.
fn json_item(value: &Value, indent: usize) -> String {
    let flat = json_flat(value);
    if flat.chars().count() <= 60 {
        flat
    } else {
        json_source(value, indent, true)
    }
}

/// `value` on one line.
pub(super) fn json_flat(value: &Value) -> String {
    match value {
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(json_flat).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(map) if map.is_empty() => "{}".to_owned(),
        Value::Object(map) => {
            let fields: Vec<String> = map
                .iter()
                .map(|(key, value)| format!("{}: {}", escaped(key), json_flat(value)))
                .collect();
            format!("{{{}}}", fields.join(", "))
        }
        other => scalar(other),
    }
}

pub(super) fn is_container(value: &Value) -> bool {
    matches!(value, Value::Array(items) if !items.is_empty())
        || matches!(value, Value::Object(map) if !map.is_empty())
}

fn json_pretty(value: &Value, indent: usize, out: &mut String) {
    let inner = " ".repeat(indent + 4);
    let close = " ".repeat(indent);
    match value {
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&inner);
                out.push_str(&json_item(item, indent + 4));
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&close);
            out.push(']');
        }
        Value::Object(map) if !map.is_empty() => {
            out.push_str("{\n");
            for (i, (key, item)) in map.iter().enumerate() {
                out.push_str(&inner);
                out.push_str(&escaped(key));
                out.push_str(": ");
                out.push_str(&json_item(item, indent + 4));
                out.push_str(if i + 1 < map.len() { ",\n" } else { "\n" });
            }
            out.push_str(&close);
            out.push('}');
        }
        other => out.push_str(&json_flat(other)),
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) if number.is_f64() => float(number.as_f64().unwrap_or_default())
            .to_string()
            .replace(' ', ""),
        Value::Number(number) => number.to_string(),
        Value::String(text) => escaped(text),
        Value::Array(_) | Value::Object(_) => json_flat(value),
    }
}
