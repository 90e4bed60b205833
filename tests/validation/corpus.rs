//! Zero violations, errors or warnings, on every valid payload of the shared corpus and of the
//! project's fixtures, each validated on the surface it belongs to.
//!
//! `blocks/`, `rich_text/` and the single blocks of `slack-morphism/` are sent as a one-block
//! message; `elements/` are put in the container and on the surface they belong to (and also
//! validated alone); `objects/` are put in the element that carries them; `messages/` are
//! messages, `views/` views, `attachments/` attachments.

use std::fs;
use std::path::{Path, PathBuf};

use blockkit::{Attachment, Block, Element, HomeTab, ValidationOptions};
use serde_json::{Value, json};

use super::{
    Payload, actions, assert_pointers_resolve, check_value, input, message, modal, parse, plain,
};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");

/// Files that break a documented rule, with the violations they must produce
/// (`code pointer`, `(warning)` for warnings), and why the file, not the rule, is wrong. Paths are
/// relative to the corpus or to `tests/fixtures`.
const EXPECTED: &[(&str, &[&str])] = &[
    // slack-morphism writes a view's `"type"` from an enclosing enum, so this file is a Home tab
    // without its tag; a view without `type` is rejected (spec §7.3: `type` is required).
    ("slack-morphism/slack_home_view.json", &["required "]),
    // A bare `{"blocks": [...]}` (slack-morphism's fragment) has no `text` fallback: rule 60
    // (SHOULD) warns, and rightly so for a message that is sent.
    (
        "slack-morphism/slack_image_blocks.json",
        &["required  (warning)"],
    ),
    // A `file` block is read-only: Slack sends it, apps cannot post it (spec §4.5, rule 8).
    // Alone (no surface) it is clean.
    (
        "slackblocks/blocks/file_block_only.json",
        &["not_allowed_here /blocks/0"],
    ),
    // `initial_value` of a rich_text_input must be a rich_text block (spec §5.15); this file puts
    // a rich-text inline `text` element there. Reported alone and inside its input block.
    (
        "slackblocks/elements/rich_text_input_basic.json",
        &[
            "invalid_type /initial_value",
            "invalid_type /blocks/0/element/initial_value",
        ],
    ),
    // A workflow_button needs an `action_id` (rule 46, D); this one has none.
    (
        "slackblocks/elements/workflow_button_basic.json",
        &["required ", "required /blocks/0/elements/0"],
    ),
    // Two sections with the same block_id `fake_block_id` in one message (rule 2, MUST), and no
    // `text` fallback (rule 60, SHOULD).
    (
        "slackblocks/messages/webhook_message_basic.json",
        &["required  (warning)", "duplicate /blocks/1/block_id"],
    ),
    (
        "slackblocks/messages/webhook_message_delete.json",
        &["required  (warning)", "duplicate /blocks/1/block_id"],
    ),
    // `"border": 3` on a rich_text_list: TS types `border` as 0 or 1, JV and SM as pixels (spec
    // §6.1); rule 56 (SHOULD) warns outside 0–1, as the doubt deserves.
    (
        "slackblocks/rich_text/rich_text_list_ordered.json",
        &["out_of_range /blocks/0/elements/0/border (warning)"],
    ),
    // Legacy workflow_step views belong to Steps from Apps, which stopped running in 2024-09
    // (spec §7.2, §7.4): a deliberate warning.
    (
        "views/workflow_step_legacy.json",
        &["not_allowed_here  (warning)"],
    ),
];

#[test]
fn shared_corpus_has_no_violations() {
    let root = Path::new(CORPUS);
    if !root.is_dir() {
        println!(
            "NOTHING CHECKED: the shared corpus is not at {}; skipping",
            root.display()
        );
        return;
    }
    let checked = check_tree(root);
    assert!(checked >= 100, "only {checked} corpus files were validated");
}

#[test]
fn project_fixtures_have_no_violations() {
    let checked = check_tree(Path::new(FIXTURES));
    assert!(checked >= 7, "only {checked} fixtures were validated");
}

/// Validates every `.json` file under `root`; panics with every failure.
fn check_tree(root: &Path) -> usize {
    let mut files = Vec::new();
    collect(root, &mut files);
    files.sort();
    let mut failures = Vec::new();
    for file in &files {
        let name = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        let name = name.replace('\\', "/");
        let found = validate_file(file);
        let expected: Vec<String> = EXPECTED
            .iter()
            .find(|(path, _)| name == *path)
            .map(|(_, violations)| violations.iter().map(|v| (*v).to_owned()).collect())
            .unwrap_or_default();
        if found != expected {
            failures.push(format!("  {name}: expected {expected:?}, found {found:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files have unexpected violations:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    files.len()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "json") {
            out.push(path);
        }
    }
}

/// Validates one file on its surface; returns its violations as `code pointer (severity)`.
fn validate_file(path: &Path) -> Vec<String> {
    let text = fs::read_to_string(path).expect("readable file");
    let value: Value = serde_json::from_str(&text).expect("JSON");
    let folder = path
        .parent()
        .and_then(Path::file_name)
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    let file = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let options = ValidationOptions::default();
    let mut found = Vec::new();
    let mut add = |report: blockkit::Report| {
        found.extend(report.violations().iter().map(|v| {
            let severity = if v.severity == blockkit::Severity::Warning {
                " (warning)"
            } else {
                ""
            };
            format!("{} {}{severity}", v.code, v.pointer)
        }));
    };
    match folder {
        "blocks" => add(surface(&message(json!([value])))),
        // The files of `rich_text/` hold a rich-text sub-element or inline element (not a whole
        // rich_text block, whatever the corpus README says): put them in one.
        "rich_text" => add(surface(&message(json!([rich_text_with(&value)])))),
        "elements" => {
            if value.get("type").and_then(Value::as_str) == Some("url") {
                add(surface(&message(json!([task_card_with_source(&value)]))));
            } else {
                let element: Element = parse(&value);
                add(check_value(&element, &options));
                add(surface(&host_element(&value)));
            }
        }
        "objects" => add(surface(&host_object(file, &value))),
        "messages" | "views" => add(surface(&value)),
        "attachments" => add(check_value(&parse::<Attachment>(&value), &options)),
        "slack-morphism" => match &value {
            Value::Array(_) => add(surface(&message(value.clone()))),
            Value::Object(map) if map.contains_key("type") => {
                let is_view = matches!(
                    map.get("type").and_then(Value::as_str),
                    Some("modal" | "home" | "workflow_step")
                );
                if is_view {
                    add(surface(&value));
                } else {
                    add(surface(&message(json!([value]))));
                }
            }
            Value::Object(map) if map.contains_key("callback_id") => {
                let home = Payload::Home(parse::<HomeTab>(&value));
                let report = home.validate_with(&options);
                assert_pointers_resolve(&home.to_value(), &report);
                add(report);
            }
            _ => add(surface(&value)),
        },
        other => panic!("unknown folder `{other}`"),
    }
    // A block alone (no surface) must be clean too.
    if folder == "blocks" {
        add(check_value(&parse::<Block>(&value), &options));
    }
    found
}

fn surface(json: &Value) -> blockkit::Report {
    super::check(json)
}

/// An element in the container and on the surface it belongs to (spec §5.0).
fn host_element(element: &Value) -> Value {
    let kind = element
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match kind {
        "email_text_input" | "url_text_input" | "number_input" | "file_input"
        | "plain_text_input" | "rich_text_input" | "datetimepicker" => {
            modal(json!([input(element.clone())]))
        }
        "feedback_buttons" | "icon_button" => {
            message(json!([{"type": "context_actions", "elements": [element]}]))
        }
        "image" => message(json!([{"type": "context", "elements": [element]}])),
        _ => message(json!([actions(json!([element]))])),
    }
}

/// A composition object in the element or block that carries it.
fn host_object(file: &str, object: &Value) -> Value {
    let button_with = |field: &str| {
        let mut button = super::button("b");
        button[field] = object.clone();
        message(json!([actions(json!([button]))]))
    };
    let workflow_button = |workflow: Value| {
        message(json!([actions(json!([{
            "type": "workflow_button", "action_id": "w", "text": plain("Run"), "workflow": workflow,
        }]))]))
    };
    let trigger = |parameters: Value| json!({"url": "https://slack.com/shortcuts/Ft0/abc", "customizable_input_parameters": parameters});
    if file.starts_with("confirmation_dialogue") {
        button_with("confirm")
    } else if file.starts_with("option_group") {
        message(json!([actions(json!([{
            "type": "static_select", "action_id": "s", "placeholder": plain("Pick"),
            "option_groups": [object],
        }]))]))
    } else if file.starts_with("option") {
        message(json!([actions(json!([{
            "type": "static_select", "action_id": "s", "placeholder": plain("Pick"),
            "options": [object], "initial_option": object,
        }]))]))
    } else if file.starts_with("text_") {
        message(json!([{"type": "section", "text": object}]))
    } else if file.starts_with("conversation_filter") {
        message(json!([actions(json!([{
            "type": "conversations_select", "action_id": "c", "filter": object,
        }]))]))
    } else if file.starts_with("dispatch_action_configuration") {
        modal(json!([{
            "type": "input", "dispatch_action": true, "label": plain("Label"),
            "element": {"type": "plain_text_input", "action_id": "p", "dispatch_action_config": object},
        }]))
    } else if file.starts_with("workflow") {
        workflow_button(object.clone())
    } else if file.starts_with("trigger") {
        workflow_button(json!({"trigger": object}))
    } else if file.starts_with("input_parameter") {
        workflow_button(json!({"trigger": trigger(json!([object]))}))
    } else {
        panic!("no host for the composition object `{file}`")
    }
}

/// A rich_text block holding a sub-element, or an inline element in a section.
fn rich_text_with(item: &Value) -> Value {
    let kind = item.get("type").and_then(Value::as_str).unwrap_or_default();
    let sub = if kind.starts_with("rich_text_") {
        item.clone()
    } else {
        json!({"type": "rich_text_section", "elements": [item]})
    };
    json!({"type": "rich_text", "elements": [sub]})
}

/// A `task_card` block whose sources hold `source`.
fn task_card_with_source(source: &Value) -> Value {
    json!({"type": "task_card", "task_id": "t", "title": "Task", "status": "complete", "sources": [source]})
}

#[test]
fn the_hosts_are_clean_without_the_object() {
    // The containers the corpus files are put in add nothing of their own.
    let report = surface(&host_element(
        &json!({"type": "button", "text": plain("Go")}),
    ));
    super::assert_clean(&report);
    let report = surface(&host_object("text_x", &plain("Hello")));
    super::assert_clean(&report);
}
