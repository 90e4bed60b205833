//! Conformance: every payload of the shared corpus (`../shared/corpus`) and of the project's own
//! fixtures (`tests/fixtures`) parses into the model and serializes back to an equal JSON value.
//!
//! What a file holds is decided by its folder: `blocks/` one block, `rich_text/` a rich_text
//! block, sub-element or inline element (by its `type`), `elements/` one element (or a `url`
//! source), `objects/` one composition object (chosen by file name), `messages/` a message,
//! `views/` a view (a Home tab when it has no `type`), `attachments/` an attachment. The
//! `slack-morphism/` files hold a block, an array of blocks or a view, decided by their shape.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use blockkit::{
    Attachment, Block, ConfirmDialog, ConversationFilter, DispatchActionConfig, Element, HomeTab,
    InlineElement, InputParameter, Message, OptionGroup, OptionObject, RichTextElement, Text,
    Trigger, UrlSource, View, Workflow,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The shared corpus, beside the checkout (see `shared/corpus/README.md`).
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus");
/// The project's own valid payloads, in the same folder layout.
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");

/// The corpus holds 110 JSON files; checking fewer means files went missing.
const MIN_CORPUS_FILES: usize = 100;

#[test]
fn shared_corpus_parses_and_round_trips() {
    let root = Path::new(CORPUS);
    if !root.is_dir() {
        println!(
            "NOTHING CHECKED: the shared corpus is not at {} (it lives beside the checkout as \
             `shared/corpus`); skipping corpus conformance",
            root.display()
        );
        return;
    }
    let (checked, failures) = check_tree(root);
    report(root, checked, &failures);
    assert!(
        checked >= MIN_CORPUS_FILES,
        "only {checked} corpus files were checked under {}, expected at least {MIN_CORPUS_FILES}",
        root.display()
    );
}

#[test]
fn project_fixtures_parse_and_round_trip() {
    let root = Path::new(FIXTURES);
    let (checked, failures) = check_tree(root);
    report(root, checked, &failures);
    assert!(
        checked >= 7,
        "only {checked} fixtures were checked under {}",
        root.display()
    );
}

/// Corpus files that depart from the spec in a way the model keeps as an `Unknown` variant (they
/// still round-trip): `(file under the corpus, why)`.
const EXPECTED_UNKNOWN: &[(&str, &str)] = &[(
    "slackblocks/elements/rich_text_input_basic.json",
    "its `initial_value` is a `text` inline element, not the `rich_text` block of spec §5.15",
)];

/// Panics with every failure, one per line.
fn report(root: &Path, checked: usize, failures: &[String]) {
    println!("checked {checked} files under {}", root.display());
    assert!(
        failures.is_empty(),
        "{} of {checked} files under {} failed:\n{}",
        failures.len(),
        root.display(),
        failures.join("\n")
    );
}

/// Checks every `.json` file under `root`; returns how many were checked and the failures.
fn check_tree(root: &Path) -> (usize, Vec<String>) {
    let mut files = Vec::new();
    collect_json(root, &mut files);
    files.sort();
    let mut failures = Vec::new();
    for file in &files {
        let name = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        match check_file(file) {
            Ok(()) => {}
            Err(Failure::KeptUnknown(why))
                if EXPECTED_UNKNOWN.iter().any(|(known, _)| name == *known) =>
            {
                println!("  note: {name}: {why} (expected: see EXPECTED_UNKNOWN)");
            }
            Err(Failure::KeptUnknown(why) | Failure::Wrong(why)) => {
                failures.push(format!("  {name}: {why}"));
            }
        }
    }
    (files.len(), failures)
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            collect_json(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "json") {
            out.push(path);
        }
    }
}

/// What one file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Block,
    Blocks,
    RichTextElement,
    InlineElement,
    Element,
    Message,
    View,
    HomeWithoutType,
    Attachment,
    Confirm,
    OptionGroup,
    Option,
    Text,
    Filter,
    Dispatch,
    Workflow,
    Trigger,
    InputParameter,
    UrlSource,
}

/// Why a file failed.
enum Failure {
    /// It does not parse, or is not written back unchanged.
    Wrong(String),
    /// It round-trips, but a type in it was kept as an `Unknown` variant.
    KeptUnknown(String),
}

impl From<String> for Failure {
    fn from(why: String) -> Self {
        Self::Wrong(why)
    }
}

fn check_file(path: &Path) -> Result<(), Failure> {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let value: Value =
        serde_json::from_str(&text).map_err(|e| format!("not JSON (fix the file): {e}"))?;
    let shape = shape_of(path, &value)?;
    match shape {
        Shape::Block => round_trip::<Block>(&text, &value),
        Shape::Blocks => round_trip::<Vec<Block>>(&text, &value),
        Shape::RichTextElement => round_trip::<RichTextElement>(&text, &value),
        Shape::InlineElement => round_trip::<InlineElement>(&text, &value),
        Shape::Element => round_trip::<Element>(&text, &value),
        Shape::Message => round_trip::<Message>(&text, &value),
        Shape::View => round_trip::<View>(&text, &value),
        Shape::HomeWithoutType => round_trip::<HomeTab>(&text, &value),
        Shape::Attachment => round_trip::<Attachment>(&text, &value),
        Shape::Confirm => round_trip::<ConfirmDialog>(&text, &value),
        Shape::OptionGroup => round_trip::<OptionGroup>(&text, &value),
        Shape::Option => round_trip::<OptionObject>(&text, &value),
        Shape::Text => round_trip::<Text>(&text, &value),
        Shape::Filter => round_trip::<ConversationFilter>(&text, &value),
        Shape::Dispatch => round_trip::<DispatchActionConfig>(&text, &value),
        Shape::Workflow => round_trip::<Workflow>(&text, &value),
        Shape::Trigger => round_trip::<Trigger>(&text, &value),
        Shape::InputParameter => round_trip::<InputParameter>(&text, &value),
        Shape::UrlSource => round_trip::<UrlSource>(&text, &value),
    }
    .map_err(|failure| match failure {
        Failure::Wrong(why) => Failure::Wrong(format!("[as {shape:?}] {why}")),
        Failure::KeptUnknown(why) => Failure::KeptUnknown(format!("[as {shape:?}] {why}")),
    })
}

/// Decides the shape from the file's folder (and, for `objects/`, its name; for
/// `slack-morphism/`, its content).
fn shape_of(path: &Path, value: &Value) -> Result<Shape, String> {
    let folder = path
        .parent()
        .and_then(Path::file_name)
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    let file = path
        .file_stem()
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    let has_type = value.get("type").is_some();
    Ok(match folder {
        "blocks" => Shape::Block,
        // Despite the corpus README, `rich_text/` holds the pieces of rich text: a `rich_text`
        // block, a sub-element or an inline element.
        "rich_text" => match value.get("type").and_then(Value::as_str) {
            Some("rich_text") => Shape::Block,
            Some(kind) if kind.starts_with("rich_text_") => Shape::RichTextElement,
            _ => Shape::InlineElement,
        },
        // The URL source (`"type": "url"`, task_card `sources`) is filed with the elements but is
        // a composition object.
        "elements" if value.get("type").and_then(Value::as_str) == Some("url") => Shape::UrlSource,
        "elements" => Shape::Element,
        "messages" => Shape::Message,
        "attachments" => Shape::Attachment,
        "views" if has_type => Shape::View,
        "views" => Shape::HomeWithoutType,
        "objects" => object_shape(file)?,
        "slack-morphism" => match value {
            Value::Array(_) => Shape::Blocks,
            Value::Object(map) => match map.get("type").and_then(Value::as_str) {
                Some("modal" | "home" | "workflow_step") => Shape::View,
                Some(_) => Shape::Block,
                // A view without its type (slack-morphism writes the tag from an enclosing enum)
                // has view-only fields; `{"blocks": [...]}` alone is a message body.
                None if ["private_metadata", "callback_id", "external_id"]
                    .iter()
                    .any(|key| map.contains_key(*key)) =>
                {
                    Shape::HomeWithoutType
                }
                None => Shape::Message,
            },
            _ => return Err("neither an object nor an array".to_owned()),
        },
        other => return Err(format!("unknown folder `{other}`: say what its files hold")),
    })
}

fn object_shape(file: &str) -> Result<Shape, String> {
    const BY_PREFIX: &[(&str, Shape)] = &[
        ("confirmation_dialogue", Shape::Confirm),
        ("option_group", Shape::OptionGroup),
        ("option", Shape::Option),
        ("text_", Shape::Text),
        ("conversation_filter", Shape::Filter),
        ("dispatch_action_configuration", Shape::Dispatch),
        ("workflow", Shape::Workflow),
        ("trigger", Shape::Trigger),
        ("input_parameter", Shape::InputParameter),
    ];
    BY_PREFIX
        .iter()
        .find(|(prefix, _)| file.starts_with(prefix))
        .map(|(_, shape)| *shape)
        .ok_or_else(|| format!("no composition object is named like `{file}`"))
}

/// Parses `text` as `T` and compares its serialization with `expected`.
fn round_trip<T: DeserializeOwned + Serialize + std::fmt::Debug>(
    text: &str,
    expected: &Value,
) -> Result<(), Failure> {
    let parsed: T = blockkit::from_str(text).map_err(|e| format!("does not parse: {e}"))?;
    let written = serde_json::to_value(&parsed).map_err(|e| format!("does not serialize: {e}"))?;
    if let Some(difference) = first_difference(expected, &written) {
        return Err(Failure::Wrong(format!("does not round-trip: {difference}")));
    }
    // The corpus and the fixtures hold only documented types: an `Unknown` variant means the
    // model missed one (the JSON round-trips either way, so only this check notices).
    let debug = format!("{parsed:?}");
    if let Some(at) = debug.find("Unknown(") {
        let end = debug.len().min(at + 160);
        let snippet = debug.get(at..end).unwrap_or(&debug[at..]);
        return Err(Failure::KeptUnknown(format!(
            "round-trips, but kept something as unknown: {snippet}…"
        )));
    }
    Ok(())
}

/// The first place where `actual` differs from `expected`, as `JSON pointer: what`.
pub(crate) fn first_difference(expected: &Value, actual: &Value) -> Option<String> {
    let mut pointer = String::new();
    walk(expected, actual, &mut pointer)
}

fn walk(expected: &Value, actual: &Value, pointer: &mut String) -> Option<String> {
    match (expected, actual) {
        (Value::Object(want), Value::Object(got)) => {
            for (key, want_value) in want {
                let len = pointer.len();
                push_token(pointer, key);
                let found = match got.get(key) {
                    None => Some(format!(
                        "{}: missing from the output (expected {})",
                        at(pointer),
                        short(want_value)
                    )),
                    Some(got_value) => walk(want_value, got_value, pointer),
                };
                if found.is_some() {
                    return found;
                }
                pointer.truncate(len);
            }
            got.iter()
                .find(|(key, _)| !want.contains_key(*key))
                .map(|(key, value)| {
                    push_token(pointer, key);
                    format!("{}: added by the output ({})", at(pointer), short(value))
                })
        }
        (Value::Array(want), Value::Array(got)) => {
            for (index, (want_item, got_item)) in want.iter().zip(got).enumerate() {
                let len = pointer.len();
                let _ = write!(pointer, "/{index}");
                if let Some(found) = walk(want_item, got_item, pointer) {
                    return Some(found);
                }
                pointer.truncate(len);
            }
            (want.len() != got.len()).then(|| {
                format!(
                    "{}: expected {} items, the output has {}",
                    at(pointer),
                    want.len(),
                    got.len()
                )
            })
        }
        _ if expected == actual => None,
        _ => Some(format!(
            "{}: expected {}, the output has {}",
            at(pointer),
            short(expected),
            short(actual)
        )),
    }
}

fn push_token(pointer: &mut String, key: &str) {
    pointer.push('/');
    pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
}

fn at(pointer: &str) -> &str {
    if pointer.is_empty() {
        "(root)"
    } else {
        pointer
    }
}

/// A value's JSON, cut to a readable length.
fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() <= 120 {
        text
    } else {
        let cut: String = text.chars().take(117).collect();
        format!("{cut}...")
    }
}

#[test]
fn first_difference_names_the_first_differing_pointer() {
    use serde_json::json;
    let want = json!({"blocks": [{"type": "divider"}, {"type": "image", "alt_text": "a/b"}]});
    assert_eq!(first_difference(&want, &want.clone()), None);
    let got = json!({"blocks": [{"type": "divider"}, {"type": "image"}]});
    let found = first_difference(&want, &got).unwrap();
    assert!(found.starts_with("/blocks/1/alt_text: missing"), "{found}");
    let got =
        json!({"blocks": [{"type": "divider"}, {"type": "image", "alt_text": "a/b", "x": 1}]});
    let found = first_difference(&want, &got).unwrap();
    assert!(found.starts_with("/blocks/1/x: added"), "{found}");
    let got = json!({"blocks": [{"type": "divider"}]});
    let found = first_difference(&want, &got).unwrap();
    assert!(found.starts_with("/blocks: expected 2 items"), "{found}");
    let found = first_difference(&json!({"a/b": 1}), &json!({"a/b": 1.0})).unwrap();
    assert!(
        found.starts_with("/a~1b: expected 1, the output has 1.0"),
        "{found}"
    );
}
