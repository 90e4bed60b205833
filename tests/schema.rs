//! JSON Schema export (issue 5):
//!
//! 1. the files under `schema/` are exactly what `blockkit::schema` exports;
//! 2. every valid payload of the shared corpus and of the fixtures validates against the schema
//!    of its kind, with a real validator (`jsonschema`) ([`corpus`]);
//! 3. single-rule violations are rejected: every MUST limit of the table one past its bounds
//!    ([`limits`]), missing required fields, wrong enum values, disallowed elements, plain_text
//!    only fields, patterns and cross-field rules ([`violations`]), the element × container
//!    matrix ([`containers`]) — and wherever both judge a payload, the schema agrees with
//!    `blockkit validate`;
//! 4. every file passes the meta-schema of its dialect;
//! 5. each request body (spec §8) has its file, which its built bodies validate against, which
//!    rejects single-rule violations of the body as `blockkit validate` does, and which lists the
//!    message fields its method takes ([`bodies`], [`body_rules`]).
//!
//! The validators are compiled once ([`SCHEMAS`]).

#![allow(
    clippy::needless_pass_by_value,
    reason = "the payload builders take values, as `json!` does"
)]

mod bodies;
mod body_rules;
mod containers;
mod corpus;
mod limits;
mod violations;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::sync::LazyLock;

use blockkit::{Block, HomeTab, Message, Modal, Report, Severity, Validate};
use jsonschema::Validator;
use serde_json::{Value, json};

/// The committed schema files.
const SCHEMA_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema");

/// How to regenerate the committed files.
const REGENERATE: &str = "`cargo run -p blockkit --example export_schema -- schema/` (or, with the \
                          CLI, `cargo run -p blockkit-cli -- schema --out schema/`)";

/// Every file, compiled on its own (so each is proven self-contained), and every definition of
/// `blockkit.schema.json`, compiled once as the properties of one object: a value is checked
/// against the definition `Name` as `{"Name": value}`.
struct Schemas {
    files: Vec<(&'static str, Value)>,
    by_file: BTreeMap<&'static str, Validator>,
    definitions: Validator,
}

static SCHEMAS: LazyLock<Schemas> = LazyLock::new(|| {
    let files = blockkit::schema::files();
    let by_file = files
        .iter()
        .map(|(name, schema)| {
            let validator = jsonschema::validator_for(schema)
                .unwrap_or_else(|e| panic!("{name} does not compile: {e}"));
            (*name, validator)
        })
        .collect();
    let combined = blockkit::schema::combined();
    let properties: serde_json::Map<String, Value> = combined["$defs"]
        .as_object()
        .expect("$defs")
        .keys()
        .map(|name| (name.clone(), json!({"$ref": format!("#/$defs/{name}")})))
        .collect();
    let by_name = json!({
        "$schema": combined["$schema"],
        "properties": properties,
        "additionalProperties": false,
        "$defs": combined["$defs"],
    });
    let definitions = jsonschema::validator_for(&by_name)
        .unwrap_or_else(|e| panic!("blockkit.schema.json does not compile: {e}"));
    Schemas {
        files,
        by_file,
        definitions,
    }
});

/// The schema's errors for `value` against a file (`"block.schema.json"`) or a definition
/// (`"Button"`), as `pointer: message`.
fn schema_errors(key: &str, value: &Value) -> Vec<String> {
    let schemas = &*SCHEMAS;
    if let Some(validator) = schemas.by_file.get(key) {
        return validator
            .iter_errors(value)
            .map(|error| format!("{}: {error}", error.instance_path()))
            .collect();
    }
    assert!(
        schemas
            .files
            .iter()
            .any(|(_, combined)| combined["$defs"].get(key).is_some()),
        "no schema file or definition `{key}`"
    );
    let wrapped = json!({ key: value });
    let prefix = format!("/{key}");
    schemas
        .definitions
        .iter_errors(&wrapped)
        .map(|error| {
            let pointer = error.instance_path().to_string();
            format!(
                "{}: {error}",
                pointer.strip_prefix(&prefix).unwrap_or(&pointer)
            )
        })
        .collect()
}

fn accepts(key: &str, value: &Value) -> bool {
    schema_errors(key, value).is_empty()
}

/// The file a surface belongs in: a modal, a Home tab or a message.
fn surface_file(surface: &Value) -> &'static str {
    match surface.get("type").and_then(Value::as_str) {
        Some("modal") => "modal.schema.json",
        Some("home") => "home.schema.json",
        _ => "message.schema.json",
    }
}

/// What `blockkit validate` reports as errors for a message or view, parsed as the type of
/// `file` (its parse error, if it does not parse).
fn blockkit_errors(file: &str, surface: &Value) -> Vec<String> {
    let surface = surface.clone();
    let report = match file {
        "modal.schema.json" => blockkit::from_value::<Modal>(surface).map(|m| m.validate()),
        "home.schema.json" => blockkit::from_value::<HomeTab>(surface).map(|h| h.validate()),
        _ => blockkit::from_value::<Message>(surface).map(|m| m.validate()),
    };
    match report {
        Ok(report) => errors_of(&report),
        Err(error) => vec![format!("does not parse: {error}")],
    }
}

/// What `blockkit validate` reports as errors for a block on its own.
fn block_errors(block: &Value) -> Vec<String> {
    match blockkit::from_value::<Block>(block.clone()) {
        Ok(block) => errors_of(&block.validate()),
        Err(error) => vec![format!("does not parse: {error}")],
    }
}

fn errors_of(report: &Report) -> Vec<String> {
    report
        .violations()
        .iter()
        .filter(|v| v.severity == Severity::Error)
        .map(|v| format!("{} {}: {}", v.code, v.pointer, v.message))
        .collect()
}

fn plain(text: impl Into<String>) -> Value {
    json!({"type": "plain_text", "text": text.into()})
}

fn mrkdwn(text: impl Into<String>) -> Value {
    json!({"type": "mrkdwn", "text": text.into()})
}

fn message(blocks: Value) -> Value {
    json!({"text": "fallback", "blocks": blocks})
}

fn modal(blocks: Value) -> Value {
    json!({"type": "modal", "title": plain("Title"), "submit": plain("Send"), "blocks": blocks})
}

fn option(text: &str, value: &str) -> Value {
    json!({"text": plain(text), "value": value})
}

// 1. The committed files.

#[test]
fn committed_files_are_what_the_code_exports() {
    let dir = Path::new(SCHEMA_DIR);
    let mut stale = Vec::new();
    for (name, schema) in &SCHEMAS.files {
        let expected = blockkit::schema::render(schema);
        match fs::read_to_string(dir.join(name)) {
            Ok(committed) if committed == expected => {}
            Ok(_) => stale.push(format!("schema/{name} is stale")),
            Err(e) => stale.push(format!("schema/{name} is missing ({e})")),
        }
    }
    let exported: Vec<&str> = SCHEMAS.files.iter().map(|(name, _)| *name).collect();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
    {
        let name = entry
            .expect("directory entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if Path::new(&name)
            .extension()
            .is_some_and(|ext| ext == "json")
            && !exported.contains(&name.as_str())
        {
            stale.push(format!("schema/{name} is no longer exported: delete it"));
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nregenerate them with {REGENERATE}",
        stale.join("\n")
    );
}

// 4. The meta-schema.

#[test]
fn every_file_passes_the_meta_schema() {
    for (name, schema) in &SCHEMAS.files {
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{name}"
        );
        if let Err(error) = jsonschema::meta::validate(schema) {
            panic!(
                "{name} fails the draft 2020-12 meta-schema at {}: {error}",
                error.instance_path()
            );
        }
    }
}

#[test]
fn every_definition_has_a_title_and_a_description() {
    let combined = blockkit::schema::combined();
    let defs = combined["$defs"].as_object().expect("$defs");
    assert!(defs.len() > 100, "only {} definitions", defs.len());
    for (name, def) in defs {
        assert!(
            def["title"].as_str().is_some_and(|t| !t.is_empty()),
            "{name} has no title"
        );
        let description = def["description"].as_str().unwrap_or_default();
        assert!(!description.is_empty(), "{name} has no description");
        assert!(
            !description.contains("```"),
            "{name}'s description keeps a code block"
        );
    }
}
