//! Every valid payload of the shared corpus and of the project's fixtures validates against the
//! schema of its kind: a file (`block`, `message`, `modal`, `home`, and for a message the request
//! body it is) or a definition of `blockkit.schema.json` (`Element`, `OptionObject`, ...), chosen
//! by the file's folder.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::schema_errors;

/// The shared corpus, beside the checkout (see `shared/corpus/README.md`).
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus");
/// The project's own valid payloads.
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");

/// Files that break a documented rule the schema expresses, and why the file, not the schema,
/// is wrong (validation reports each of them too: see `validation/corpus.rs`).
const EXPECTED_REJECTED: &[(&str, &str)] = &[
    (
        "slack-morphism/slack_home_view.json",
        "a Home tab without its `type` (slack-morphism writes it from an enclosing enum); Slack requires it",
    ),
    (
        "slackblocks/elements/rich_text_input_basic.json",
        "its `initial_value` is a rich-text `text` element, not the rich_text block of spec §5.15",
    ),
    (
        "slackblocks/elements/workflow_button_basic.json",
        "a workflow_button needs an `action_id` (rule 46)",
    ),
    (
        "views/home_with_response_fields.json",
        "a Home tab as Slack returns it, with `clear_on_close` and `notify_on_close` (rule 5)",
    ),
];

#[test]
fn shared_corpus_validates() {
    let root = Path::new(CORPUS);
    if !root.is_dir() {
        println!(
            "NOTHING CHECKED: the shared corpus is not at {}; skipping the corpus schema test",
            root.display()
        );
        return;
    }
    let checked = check_tree(root);
    assert!(checked >= 100, "only {checked} corpus files were checked");
}

#[test]
fn project_fixtures_validate() {
    let checked = check_tree(Path::new(FIXTURES));
    assert!(checked >= 7, "only {checked} fixtures were checked");
}

/// Validates every `.json` file under `root` against its schema; returns how many.
fn check_tree(root: &Path) -> usize {
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
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{name}: {e}"));
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let errors: Vec<String> = targets(file, &value)
            .into_iter()
            .flat_map(|(key, item)| {
                schema_errors(key, &item)
                    .into_iter()
                    .map(move |e| format!("[{key}] {e}"))
            })
            .collect();
        match EXPECTED_REJECTED.iter().find(|(known, _)| name == *known) {
            Some((_, why)) if errors.is_empty() => {
                failures.push(format!(
                    "  {name}: expected to be rejected ({why}), but validates"
                ));
            }
            Some(_) => {}
            None if errors.is_empty() => {}
            None => failures.push(format!("  {name}:\n    {}", errors.join("\n    "))),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files under {}:\n{}",
        failures.len(),
        files.len(),
        root.display(),
        failures.join("\n")
    );
    files.len()
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
    {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            collect_json(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "json") {
            out.push(path);
        }
    }
}

/// The schema (file or definition) each value of a file is checked against, decided by the
/// file's folder as in `shared/corpus/README.md` (see also `conformance.rs`).
fn targets(path: &Path, value: &Value) -> Vec<(&'static str, Value)> {
    let folder = path
        .parent()
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let file = path
        .file_stem()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let kind = value.get("type").and_then(Value::as_str);
    let key = match (folder, kind) {
        ("blocks", _) | ("rich_text", Some("rich_text")) => "block.schema.json",
        ("rich_text", Some(kind)) if kind.starts_with("rich_text_") => "RichTextElement",
        ("rich_text", _) => "InlineElement",
        ("elements", Some("url")) => "UrlSource",
        ("elements", _) => "Element",
        ("messages", _) => return message_targets(value),
        ("attachments", _) => "Attachment",
        ("views" | "slack-morphism", Some("modal")) => "modal.schema.json",
        ("views" | "slack-morphism", Some("home")) | ("views", None) => "home.schema.json",
        ("views" | "slack-morphism", Some("workflow_step")) => "View",
        ("objects", _) => object_definition(file),
        ("slack-morphism", Some(_)) => "block.schema.json",
        ("slack-morphism", None) => match value {
            Value::Array(blocks) => {
                return blocks
                    .iter()
                    .map(|block| ("block.schema.json", block.clone()))
                    .collect();
            }
            Value::Object(map)
                if ["private_metadata", "callback_id", "external_id"]
                    .iter()
                    .any(|key| map.contains_key(*key)) =>
            {
                "home.schema.json"
            }
            _ => "message.schema.json",
        },
        (other, _) => panic!("unknown folder `{other}`: say what its files hold"),
    };
    vec![(key, value.clone())]
}

/// A message payload: `message.schema.json`, and the request body it is by its arguments — a
/// `chat.postMessage` body with a `channel`, a `response_url` post with `response_type`,
/// `replace_original` or `delete_original`.
fn message_targets(value: &Value) -> Vec<(&'static str, Value)> {
    let has = |key: &str| value.get(key).is_some();
    let mut targets = vec![("message.schema.json", value.clone())];
    if has("channel") {
        targets.push(("chat.postMessage.schema.json", value.clone()));
    }
    if ["response_type", "replace_original", "delete_original"]
        .iter()
        .any(|key| has(key))
    {
        targets.push(("response_url.schema.json", value.clone()));
    }
    targets
}

fn object_definition(file: &str) -> &'static str {
    const BY_PREFIX: &[(&str, &str)] = &[
        ("confirmation_dialogue", "ConfirmDialog"),
        ("option_group", "OptionGroup"),
        ("option", "OptionObject"),
        ("text_", "Text"),
        ("conversation_filter", "ConversationFilter"),
        ("dispatch_action_configuration", "DispatchActionConfig"),
        ("workflow", "Workflow"),
        ("trigger", "Trigger"),
        ("input_parameter", "InputParameter"),
    ];
    BY_PREFIX
        .iter()
        .find(|(prefix, _)| file.starts_with(prefix))
        .map_or_else(
            || panic!("no composition object is named like `{file}`"),
            |(_, def)| *def,
        )
}
