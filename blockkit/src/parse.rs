//! Parsing Block Kit JSON into the model, with errors that say where.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::serde_util::{join_paths, path_string, split_nested};

/// The deepest nesting of arrays and objects the parsers accept. Real Block Kit payloads nest
/// about 15 levels deep (a list in a rich_text block in a container); every level costs stack in
/// the recursive deserializers (several KB in debug builds), so a hostile payload nested up to
/// `serde_json`'s own limit of 128 could overflow a small thread's stack. 64 leaves room for any
/// real payload and keeps the worst case well within a 2 MB thread.
pub const MAX_DEPTH: usize = 64;

/// Why a JSON document could not be read into the model.
///
/// It names the place (`blocks[2].accessory`), what was wrong there, and, when the input was text,
/// the line and column.
///
/// ```
/// let json = r#"{"blocks": [{"type": "divider"}, {"type": "image", "image_url": "https://x"}]}"#;
/// let error = blockkit::from_str::<blockkit::Message>(json).unwrap_err();
/// assert_eq!(error.path(), "blocks[1]");
/// assert_eq!(error.pointer(), "/blocks/1");
/// assert!(error.to_string().starts_with("blocks[1]: missing field `alt_text`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    path: String,
    message: String,
    line: usize,
    column: usize,
}

impl ParseError {
    /// Where the error is, as `blocks[2].accessory`; empty for the document itself.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Where the error is, as a JSON pointer (`/blocks/2/accessory`).
    pub fn pointer(&self) -> String {
        let mut pointer = String::new();
        for part in self.path.split(['.', '[']).filter(|part| !part.is_empty()) {
            pointer.push('/');
            let part = part.strip_suffix(']').unwrap_or(part);
            pointer.push_str(&part.replace('~', "~0").replace('/', "~1"));
        }
        pointer
    }

    /// What was wrong, without the place.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The 1-based line of the input text where the error was noticed; 0 when the input was a
    /// [`Value`].
    pub fn line(&self) -> usize {
        self.line
    }

    /// The 1-based column of the input text where the error was noticed; 0 when the input was a
    /// [`Value`].
    pub fn column(&self) -> usize {
        self.column
    }

    fn new(error: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let outer = path_string(error.path());
        Self::from_json(&outer, &error.into_inner())
    }

    fn from_json(outer: &str, inner: &serde_json::Error) -> Self {
        let (line, column) = (inner.line(), inner.column());
        let text = inner.to_string();
        let text = if line == 0 {
            text.as_str()
        } else {
            let suffix = format!(" at line {line} column {column}");
            text.strip_suffix(suffix.as_str()).unwrap_or(&text)
        };
        let (nested, message) = split_nested(text);
        Self {
            path: join_paths(outer, nested.unwrap_or("")),
            message: message.to_owned(),
            line,
            column,
        }
    }

    fn too_deep() -> Self {
        Self {
            path: String::new(),
            message: format!("the value is nested more than {MAX_DEPTH} levels deep"),
            line: 0,
            column: 0,
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)?;
        if self.line != 0 {
            write!(f, " (line {}, column {})", self.line, self.column)?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseError {}

/// Parses JSON text into any model type: a [`Message`](crate::Message), a
/// [`Modal`](crate::Modal), a [`Block`](crate::Block), a `Vec<Block>`, an element...
///
/// ```
/// use blockkit::Block;
///
/// let block: Block = blockkit::from_str(r#"{"type": "divider"}"#)?;
/// assert_eq!(block.type_name(), "divider");
/// # Ok::<(), blockkit::ParseError>(())
/// ```
///
/// # Errors
///
/// A [`ParseError`] naming the path, the line and the column when the text is not JSON or does
/// not fit the model (a missing required field, a wrong type).
pub fn from_str<T: DeserializeOwned>(json: &str) -> Result<T, ParseError> {
    text_too_deep(json.as_bytes())?;
    // See `from_slice` for why a failed parse runs twice.
    serde_json::from_str(json).map_err(|_| tracked_error::<T>(json.as_bytes()))
}

/// Parses JSON bytes; see [`from_str`].
///
/// # Errors
///
/// As [`from_str`]; bytes that are not UTF-8 are reported as a JSON syntax error.
pub fn from_slice<T: DeserializeOwned>(json: &[u8]) -> Result<T, ParseError> {
    text_too_deep(json)?;
    // Tracking the path costs time on every value, so the common, valid case goes without it;
    // only a failed parse is run again with tracking, to say where it failed.
    serde_json::from_slice(json).map_err(|_| tracked_error::<T>(json))
}

/// Parses `json` again, tracking the path, to explain why it failed.
fn tracked_error<T: DeserializeOwned>(json: &[u8]) -> ParseError {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Err(error) => ParseError::new(error),
        Ok(_) => match deserializer.end() {
            Err(error) => ParseError::from_json("", &error),
            Ok(()) => ParseError {
                path: String::new(),
                message: "the input could not be parsed".to_owned(),
                line: 0,
                column: 0,
            },
        },
    }
}

/// Converts a [`Value`] into a model type; see [`from_str`].
///
/// ```
/// use blockkit::Block;
/// use serde_json::json;
///
/// let block: Block = blockkit::from_value(json!({"type": "divider", "block_id": "d1"}))?;
/// assert_eq!(block.block_id(), Some("d1"));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
///
/// # Errors
///
/// A [`ParseError`] naming the path when the value does not fit the model, or when it is nested
/// more than 128 levels deep.
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, ParseError> {
    if depth_exceeds(&value, MAX_DEPTH) {
        return Err(ParseError::too_deep());
    }
    // As in `from_slice`: no tracking unless the conversion fails.
    T::deserialize(&value).map_err(|_| match serde_path_to_error::deserialize::<_, T>(value) {
        Err(error) => ParseError::new(error),
        Ok(_) => ParseError {
            path: String::new(),
            message: "the value could not be converted".to_owned(),
            line: 0,
            column: 0,
        },
    })
}

/// Refuses JSON text whose arrays and objects nest deeper than [`MAX_DEPTH`], in one linear pass
/// without recursion (strings are skipped, so brackets inside them do not count).
fn text_too_deep(json: &[u8]) -> Result<(), ParseError> {
    let (mut depth, mut in_string, mut escaped) = (0_usize, false, false);
    let (mut line, mut column) = (1_usize, 0_usize);
    for &byte in json {
        column += 1;
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(ParseError {
                        line,
                        column,
                        ..ParseError::too_deep()
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => {
                line += 1;
                column = 0;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Whether `value` nests deeper than `limit`, found without recursion.
fn depth_exceeds(value: &Value, limit: usize) -> bool {
    let mut stack = vec![(value, 0_usize)];
    while let Some((value, depth)) = stack.pop() {
        if depth > limit {
            return true;
        }
        match value {
            Value::Array(items) => stack.extend(items.iter().map(|item| (item, depth + 1))),
            Value::Object(map) => stack.extend(map.values().map(|item| (item, depth + 1))),
            _ => {}
        }
    }
    false
}
