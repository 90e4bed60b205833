//! The inputs of the generated code: every file of the shared corpus and of the fixtures, with
//! what it holds (decided by its folder, as the conformance tests decide it).

use std::path::{Path, PathBuf};

use blockkit::codegen::Shape;
use serde_json::Value;

/// The shared corpus, beside the checkout (see `shared/corpus/README.md`).
pub(super) const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus");
/// The project's own valid payloads.
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");

/// One input: its name (`corpus/...` or `fixtures/...`), its JSON and what it holds.
pub(super) struct Input {
    pub(super) name: String,
    pub(super) value: Value,
    pub(super) shape: Shape,
}

/// The file a case name stands for.
pub(super) fn input(name: &str) -> PathBuf {
    match name.split_once('/') {
        Some(("corpus", rest)) => Path::new(CORPUS).join(rest),
        Some(("fixtures", rest)) => Path::new(FIXTURES).join(rest),
        _ => PathBuf::from(name),
    }
}

/// Whether the shared corpus is there.
pub(super) fn present() -> bool {
    Path::new(CORPUS).is_dir()
}

/// Every input, sorted by name.
pub(super) fn inputs() -> Vec<Input> {
    let mut inputs = Vec::new();
    for (root, prefix) in [(CORPUS, "corpus"), (FIXTURES, "fixtures")] {
        let mut files = Vec::new();
        collect(Path::new(root), &mut files);
        for path in files {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let name = format!("{prefix}/{}", relative.display());
            let text = std::fs::read_to_string(&path).expect("the input is readable");
            let value: Value = serde_json::from_str(&text).expect("the input is JSON");
            let shape = shape_of(&path, &value);
            inputs.push(Input { name, value, shape });
        }
    }
    inputs.sort_by(|a, b| a.name.cmp(&b.name));
    inputs
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "json") {
            out.push(path);
        }
    }
}

/// What a file holds: by its folder, and for `objects/` its name, for `slack-morphism/` its
/// content.
fn shape_of(path: &Path, value: &Value) -> Shape {
    let name = |path: Option<&Path>| {
        path.and_then(Path::file_name)
            .and_then(|name| name.to_str())
            .unwrap_or_default()
            .to_owned()
    };
    let folder = name(path.parent());
    let file = name(Some(path));
    let tag = value.get("type").and_then(Value::as_str);
    match (folder.as_str(), tag) {
        ("blocks", _) | ("rich_text", Some("rich_text")) => Shape::Block,
        ("rich_text", Some(tag)) if tag.starts_with("rich_text_") => Shape::RichTextElement,
        ("rich_text", _) => Shape::InlineElement,
        ("elements", Some("url")) => Shape::UrlSource,
        ("elements", _) => Shape::Element,
        ("messages", _) => Shape::Message,
        ("attachments", _) => Shape::Attachment,
        ("views", None) => Shape::HomeTab,
        ("views", Some(_)) | (_, Some("modal" | "home" | "workflow_step")) => Shape::View,
        ("objects", _) => object_shape(&file),
        (_, Some(_)) => Shape::Block,
        _ if value.is_array() => Shape::Blocks,
        _ if ["private_metadata", "callback_id", "external_id"]
            .iter()
            .any(|key| value.get(key).is_some()) =>
        {
            Shape::HomeTab
        }
        _ => Shape::Message,
    }
}

fn object_shape(file: &str) -> Shape {
    const BY_PREFIX: &[(&str, Shape)] = &[
        ("confirmation_dialogue", Shape::ConfirmDialog),
        ("option_group", Shape::OptionGroup),
        ("option", Shape::OptionObject),
        ("text_", Shape::Text),
        ("conversation_filter", Shape::ConversationFilter),
        ("dispatch_action_configuration", Shape::DispatchActionConfig),
        ("workflow", Shape::Workflow),
        ("trigger", Shape::Trigger),
        ("input_parameter", Shape::InputParameter),
    ];
    let found = BY_PREFIX
        .iter()
        .find(|(prefix, _)| file.starts_with(prefix));
    let Some((_, shape)) = found else {
        panic!("no composition object is named like `{file}`");
    };
    *shape
}
