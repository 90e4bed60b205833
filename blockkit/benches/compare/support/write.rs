//! The hand-written floor: JSON written straight into a `String`, strings escaped as
//! `serde_json` escapes them (same bytes, so the outputs compare equal as text too).

use std::fmt::Write as _;

/// Appends `value` as a JSON string literal (quotes included).
pub(crate) fn string(out: &mut String, value: &str) {
    out.push('"');
    let mut start = 0;
    for (index, byte) in value.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(&value[start..index]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{byte:04x}");
        } else {
            out.push_str(escape);
        }
        start = index + 1;
    }
    out.push_str(&value[start..]);
    out.push('"');
}

/// Appends `"key":` (a literal key, needing no escaping) then `value` as a JSON string.
pub(crate) fn field(out: &mut String, key: &str, value: &str) {
    out.push('"');
    out.push_str(key);
    out.push_str("\":");
    string(out, value);
}

/// Appends a `plain_text` object.
pub(crate) fn plain(out: &mut String, text: &str) {
    out.push_str("{\"type\":\"plain_text\",");
    field(out, "text", text);
    out.push('}');
}

/// Appends a `mrkdwn` object.
pub(crate) fn mrkdwn(out: &mut String, text: &str) {
    out.push_str("{\"type\":\"mrkdwn\",");
    field(out, "text", text);
    out.push('}');
}

/// Appends `"key":` then a `plain_text` object.
pub(crate) fn plain_field(out: &mut String, key: &str, text: &str) {
    out.push('"');
    out.push_str(key);
    out.push_str("\":");
    plain(out, text);
}

/// Appends an option object with a `plain_text` text.
pub(crate) fn option(out: &mut String, text: &str, value: &str) {
    out.push('{');
    plain_field(out, "text", text);
    out.push(',');
    field(out, "value", value);
    out.push('}');
}
