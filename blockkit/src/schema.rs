//! JSON Schema (draft 2020-12) of Block Kit, generated from the model.
//!
//! Slack publishes no schema for Block Kit; these are derived from blockkit's own types, so they
//! accept exactly the shapes the model parses, and they carry every rule a schema can express,
//! read from the same limits table as validation: lengths, item counts, numeric ranges, enums,
//! required fields, patterns (dates, times, colours), the elements each container accepts, the
//! fields that take only `plain_text`, and the simple exactly-one-of and at-least-one-of rules.
//! What a schema cannot say (unique ids, `initial_option` among the options, `min ≤ max`,
//! surface placement, budgets over a whole message) needs [`Validate`](crate::Validate).
//!
//! The repository commits the files under `schema/`; [`write_all`] writes them:
//!
//! ```no_run
//! blockkit::schema::write_all(std::path::Path::new("schema"))?;
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! Every file is self-contained (its own `$defs`), so no resolver is needed:
//!
//! ```
//! let files = blockkit::schema::files();
//! let (name, block) = &files[0];
//! assert_eq!(*name, "block.schema.json");
//! assert_eq!(block["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(block["$ref"], "#/$defs/Block");
//! let header = &block["$defs"]["HeaderBlock"];
//! assert_eq!(header["properties"]["text"]["allOf"][0]["$ref"], "#/$defs/PlainText");
//! ```

use std::io;
use std::path::Path;

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

use crate::Message;

mod containers;
mod cross;
mod docs;
mod rules;
mod tables;
mod transform;

use transform::Defs;

/// The JSON Schema dialect of every file.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The command that regenerates the committed files.
pub const REGENERATE: &str = "cargo run -p blockkit --example export_schema -- schema/";

/// The file with every definition.
const COMBINED: &str = "blockkit.schema.json";

/// One committed file whose root is one definition.
struct File {
    name: &'static str,
    root: &'static str,
    title: &'static str,
    description: &'static str,
}

const FILES: &[File] = &[
    File {
        name: "block.schema.json",
        root: "Block",
        title: "Block Kit block",
        description: "Any one Slack Block Kit block (spec §4), as an item of a message's, modal's \
                      or Home tab's `blocks`.",
    },
    File {
        name: "message.schema.json",
        root: "MessageBody",
        title: "Block Kit message",
        description: "A message body: a `chat.postMessage` request (spec §7.1, §8.1), and also \
                      what a `response_url` or an incoming webhook takes.",
    },
    File {
        name: "modal.schema.json",
        root: "Modal",
        title: "Block Kit modal view",
        description: "A modal view (spec §7.2): the `view` of `views.open`, `views.push` and \
                      `views.update`.",
    },
    File {
        name: "home.schema.json",
        root: "HomeTab",
        title: "Block Kit Home tab view",
        description: "A Home tab view (spec §7.3): the `view` of `views.publish`.",
    },
];

/// A message body (spec §7.1) with the arguments of `chat.postMessage` (spec §8.1) and of
/// `response_url` posts (spec §8.11) that are not part of the message model.
#[derive(JsonSchema)]
#[allow(dead_code, reason = "only its schema is used")]
struct MessageBody {
    /// The conversation to post in: an ID (or a name). Required by `chat.postMessage`; absent
    /// from `response_url` and incoming-webhook bodies.
    channel: Option<String>,
    #[serde(flatten)]
    message: Message,
    /// Standard Markdown instead of `text` and `blocks`: at most 12,000 characters, and never
    /// together with `text` or `blocks`.
    markdown_text: Option<String>,
    /// How the text is parsed: `none` or `full`.
    parse: Option<String>,
    /// Whether user groups and channels named in the text are linked.
    link_names: Option<bool>,
    /// An emoji shown as the bot's icon; it overrides `icon_url`.
    icon_emoji: Option<String>,
    /// An image URL shown as the bot's icon.
    icon_url: Option<String>,
    /// The bot's display name for this message.
    username: Option<String>,
    /// Legacy: post as the authed user (classic apps only).
    as_user: Option<bool>,
    /// `response_url` posts: who sees the message.
    response_type: Option<ResponseType>,
    /// `response_url` posts: replace the message that held the interactive element.
    replace_original: Option<bool>,
    /// `response_url` posts: delete the message that held the interactive element.
    delete_original: Option<bool>,
}

/// Who sees a message posted to a `response_url` (spec §8.11).
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(dead_code, reason = "only its schema is used")]
enum ResponseType {
    /// Everyone in the conversation.
    InChannel,
    /// Only the user who triggered the interaction.
    Ephemeral,
}

/// Every definition, generated and then given the rules the derive cannot express.
fn definitions() -> Defs {
    definitions_and_gaps().0
}

/// The definitions, and the table entries that found no place in them.
fn definitions_and_gaps() -> (Defs, rules::Unapplied) {
    let mut generator = SchemaSettings::draft2020_12().into_generator();
    let _ = generator.subschema_for::<crate::Block>();
    let _ = generator.subschema_for::<crate::Element>();
    let _ = generator.subschema_for::<MessageBody>();
    let _ = generator.subschema_for::<Message>();
    let _ = generator.subschema_for::<crate::View>();
    let _ = generator.subschema_for::<crate::Attachment>();
    let containers = containers::containers(&mut generator);
    let mut defs = Defs::new(generator.take_definitions(true));
    defs.strip_nulls();
    let gaps = rules::apply(&mut defs, &containers);
    docs::document(&mut defs);
    defs.sort();
    (defs, gaps)
}

/// A standalone schema whose root is the definition `root`, with the definitions it reaches.
fn standalone(defs: &Defs, root: &str, title: &str, description: &str) -> Value {
    json!({
        "$schema": DIALECT,
        "$comment": comment(),
        "title": title,
        "description": description,
        "$ref": format!("#/$defs/{root}"),
        "$defs": defs.reachable_from(root),
    })
}

fn comment() -> String {
    format!("Generated from blockkit's Rust model; do not edit. Regenerate with `{REGENERATE}`.")
}

fn combined_from(defs: &Defs) -> Value {
    json!({
        "$schema": DIALECT,
        "$comment": comment(),
        "title": "Slack Block Kit",
        "description": "Every Block Kit definition of blockkit under `$defs`: blocks, elements, \
                        composition objects, rich text, messages and views. Refer to one as \
                        `blockkit.schema.json#/$defs/<Name>`; the root accepts any value.",
        "$defs": Value::Object(defs.map.clone()),
    })
}

/// Every committed file, by name, in a stable order: `block`, `message`, `modal`, `home`, then
/// `blockkit.schema.json` with every definition.
pub fn files() -> Vec<(&'static str, Value)> {
    let defs = definitions();
    let mut files: Vec<(&'static str, Value)> = FILES
        .iter()
        .map(|file| {
            let schema = standalone(&defs, file.root, file.title, file.description);
            (file.name, schema)
        })
        .collect();
    files.push((COMBINED, combined_from(&defs)));
    files
}

/// `blockkit.schema.json`: every definition under `$defs`.
pub fn combined() -> Value {
    combined_from(&definitions())
}

/// A standalone schema for one definition of [`combined`] (`"Button"`, `"OptionObject"`,
/// `"RichTextElement"`, ...), or `None` if there is no such definition.
///
/// ```
/// let schema = blockkit::schema::definition("Button").unwrap();
/// assert_eq!(schema["$ref"], "#/$defs/Button");
/// assert!(blockkit::schema::definition("Nothing").is_none());
/// ```
pub fn definition(name: &str) -> Option<Value> {
    let defs = definitions();
    let description = defs
        .map
        .get(name)?
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    Some(standalone(&defs, name, &docs::title(name), &description))
}

/// The names of every definition of [`combined`].
pub fn definition_names() -> Vec<String> {
    definitions().map.keys().cloned().collect()
}

/// A schema as written to its file: pretty JSON and a final newline.
pub fn render(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes every file of [`files`] into `dir` (created if needed), replacing what is there.
///
/// # Errors
///
/// Whatever creating the directory or writing a file fails with.
pub fn write_all(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, schema) in files() {
        std::fs::write(dir.join(name), render(&schema))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::tables::UNEXPRESSIBLE;

    #[test]
    fn every_table_entry_and_every_must_limit_finds_its_place() {
        let (_, gaps) = super::definitions_and_gaps();
        assert!(
            gaps.entries.is_empty(),
            "entries that found no place: {:?}",
            gaps.entries
        );
        let limits: Vec<String> = gaps
            .limits
            .iter()
            .map(|l| format!("{}.{}", l.object, l.field))
            .collect();
        assert!(
            limits.is_empty(),
            "MUST limits not in the schema: {limits:?} (expressible? else add them to UNEXPRESSIBLE: {UNEXPRESSIBLE:?})"
        );
    }
}
