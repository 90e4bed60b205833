//! JSON Schema (draft 2020-12) of Block Kit, generated from the model.
//!
//! Slack publishes no schema for Block Kit; these are derived from blockkit's own types, so they
//! accept exactly the shapes the model parses, and they carry every rule a schema can express,
//! read from the same limits table as validation: lengths, item counts, numeric ranges, enums,
//! required fields, patterns (dates, times, colours), the elements each container accepts, the
//! fields that take only `plain_text`, the simple exactly-one-of and at-least-one-of rules, and
//! the arguments of each request body (spec §8).
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
//!
//! Each request body ([`PostMessage`](crate::PostMessage), [`OpenView`](crate::OpenView), ...) has
//! its own file, named after its method, whose root is the type of the same name:
//!
//! ```
//! let files = blockkit::schema::files();
//! let (_, open) = files.iter().find(|(name, _)| *name == "views.open.schema.json").unwrap();
//! assert_eq!(open["$ref"], "#/$defs/OpenView");
//! let body = &open["$defs"]["OpenView"];
//! assert_eq!(body["properties"]["view"]["$ref"], "#/$defs/Modal");
//! assert_eq!(body["required"], serde_json::json!(["view"]));
//! ```

use std::io;
use std::path::Path;

use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

use crate::Message;

mod bodies;
mod containers;
mod cross;
mod docs;
mod rules;
mod tables;
mod transform;

pub(crate) use bodies::{ModalOrHome, message_fields};
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
        description: "A message payload in general (spec §7.1): the message fields with the \
                      arguments of `chat.postMessage` (§8.1) and of `response_url` posts (§8.11), \
                      none required. For one method's exact body, use its own file.",
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
    File {
        name: "chat.postMessage.schema.json",
        root: "PostMessage",
        title: "chat.postMessage request body",
        description: "The JSON body of `chat.postMessage` (spec §8.1).",
    },
    File {
        name: "chat.postEphemeral.schema.json",
        root: "PostEphemeral",
        title: "chat.postEphemeral request body",
        description: "The JSON body of `chat.postEphemeral` (spec §8.2).",
    },
    File {
        name: "chat.update.schema.json",
        root: "UpdateMessage",
        title: "chat.update request body",
        description: "The JSON body of `chat.update` (spec §8.3).",
    },
    File {
        name: "chat.scheduleMessage.schema.json",
        root: "ScheduleMessage",
        title: "chat.scheduleMessage request body",
        description: "The JSON body of `chat.scheduleMessage` (spec §8.4).",
    },
    File {
        name: "chat.delete.schema.json",
        root: "DeleteMessage",
        title: "chat.delete request body",
        description: "The JSON body of `chat.delete`.",
    },
    File {
        name: "views.open.schema.json",
        root: "OpenView",
        title: "views.open request body",
        description: "The JSON body of `views.open` (spec §8.5).",
    },
    File {
        name: "views.push.schema.json",
        root: "PushView",
        title: "views.push request body",
        description: "The JSON body of `views.push` (spec §8.6).",
    },
    File {
        name: "views.update.schema.json",
        root: "UpdateView",
        title: "views.update request body",
        description: "The JSON body of `views.update` (spec §8.7).",
    },
    File {
        name: "views.publish.schema.json",
        root: "PublishView",
        title: "views.publish request body",
        description: "The JSON body of `views.publish` (spec §8.8).",
    },
    File {
        name: "response_url.schema.json",
        root: "ResponseUrlMessage",
        title: "response_url post",
        description: "What you POST to the `response_url` of an interaction or a slash command \
                      (spec §8.11).",
    },
    File {
        name: "slash_command_response.schema.json",
        root: "SlashCommandResponse",
        title: "Slash command response",
        description: "The immediate HTTP response to a slash command (spec §8.11).",
    },
    File {
        name: "incoming_webhook.schema.json",
        root: "WebhookMessage",
        title: "Incoming webhook post",
        description: "What you POST to an incoming webhook (spec §8.12).",
    },
    File {
        name: "view_submission_response.schema.json",
        root: "ViewSubmissionResponse",
        title: "view_submission response",
        description: "The HTTP response to a `view_submission` that does not just close the \
                      modal (spec §8.13).",
    },
];

/// The request bodies (spec §8), generated with the model.
macro_rules! bodies {
    ($generator:expr) => {{
        let _ = $generator.subschema_for::<crate::PostMessage>();
        let _ = $generator.subschema_for::<crate::PostEphemeral>();
        let _ = $generator.subschema_for::<crate::UpdateMessage>();
        let _ = $generator.subschema_for::<crate::ScheduleMessage>();
        let _ = $generator.subschema_for::<crate::DeleteMessage>();
        let _ = $generator.subschema_for::<crate::OpenView>();
        let _ = $generator.subschema_for::<crate::PushView>();
        let _ = $generator.subschema_for::<crate::UpdateView>();
        let _ = $generator.subschema_for::<crate::PublishView>();
        let _ = $generator.subschema_for::<crate::ResponseUrlMessage>();
        let _ = $generator.subschema_for::<crate::SlashCommandResponse>();
        let _ = $generator.subschema_for::<crate::WebhookMessage>();
        let _ = $generator.subschema_for::<crate::ViewSubmissionResponse>();
    }};
}

/// A doc comment as a description: no code blocks, rustdoc links reduced to their text (the
/// description of each `string_enum!`).
pub(crate) fn doc_description(doc: &str) -> String {
    docs::clean(doc)
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
    let _ = generator.subschema_for::<Message>();
    let _ = generator.subschema_for::<crate::View>();
    let _ = generator.subschema_for::<crate::Attachment>();
    bodies!(generator);
    let containers = containers::containers(&mut generator);
    let mut defs = Defs::new(generator.take_definitions(true));
    defs.strip_nulls();
    let gaps = rules::apply(&mut defs, &containers);
    bodies::finish(&mut defs);
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
                        composition objects, rich text, messages, views and request bodies. \
                        Refer to one as `blockkit.schema.json#/$defs/<Name>`; the root accepts \
                        any value.",
        "$defs": Value::Object(defs.map.clone()),
    })
}

/// Every committed file, by name, in a stable order: `block`, `message`, `modal`, `home`, one
/// file per request body (`chat.postMessage`, ..., `view_submission_response`), then
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
