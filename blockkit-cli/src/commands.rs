//! The subcommands.

use std::path::{Path, PathBuf};

use blockkit::{ValidationOptions, Violation};
use serde::Serialize;

use crate::document::{Document, Input};
use crate::output::{Out, error_line};
use crate::{Format, Status, SurfaceArg};

/// Reads and parses one input, reporting why it cannot be.
pub(crate) fn load(path: &Path, surface: SurfaceArg) -> Option<(Input, Document)> {
    let input = Input::read(path).map_err(|error| error_line(&error)).ok()?;
    let document = Document::parse(&input, surface)
        .map_err(|error| error_line(&error))
        .ok()?;
    Some((input, document))
}

/// One row of `validate --format json`.
#[derive(Serialize)]
struct Row<'a> {
    file: &'a str,
    #[serde(flatten)]
    violation: Violation,
}

/// `blockkit validate`.
pub(crate) fn validate(
    files: &[PathBuf],
    surface: SurfaceArg,
    format: Format,
    strict: bool,
) -> Status {
    let options = ValidationOptions::default().strict(strict);
    let mut status = Status::Ok;
    let mut out = Out::new();
    let mut rows = Vec::new();
    let mut names = Vec::new();
    for path in files {
        let Some((input, document)) = load(path, surface) else {
            status = status.max(Status::Unreadable);
            continue;
        };
        let report = document.validate(&options);
        if !report.is_valid() || (strict && !report.is_empty()) {
            status = status.max(Status::Violations);
        }
        match format {
            Format::Text => {
                for violation in report.violations() {
                    out.line(&format!("{}: {violation}", input.name));
                }
            }
            Format::Json => rows.extend(
                report
                    .into_violations()
                    .into_iter()
                    .map(|v| (names.len(), v)),
            ),
        }
        names.push(input.name);
    }
    if format == Format::Json {
        let rows: Vec<Row<'_>> = rows
            .into_iter()
            .map(|(file, violation)| Row {
                file: &names[file],
                violation,
            })
            .collect();
        match serde_json::to_string_pretty(&rows) {
            Ok(json) => out.line(&json),
            Err(error) => {
                error_line(&format!("cannot write the report: {error}"));
                status = status.max(Status::Unreadable);
            }
        }
    }
    status
}

/// `blockkit fmt`.
pub(crate) fn fmt(files: &[PathBuf], check: bool) -> Status {
    let mut status = Status::Ok;
    let mut out = Out::new();
    for path in files {
        let Some((input, document)) = load(path, SurfaceArg::Auto) else {
            status = status.max(Status::Unreadable);
            continue;
        };
        let text = match document.to_pretty_json() {
            Ok(text) => text,
            Err(error) => {
                error_line(&format!(
                    "{}: cannot write {}: {error}",
                    input.name,
                    document.kind()
                ));
                status = status.max(Status::Unreadable);
                continue;
            }
        };
        if !check {
            out.write(&text);
        } else if text.as_bytes() != input.bytes.as_slice() {
            out.line(&input.name);
            status = status.max(Status::Violations);
        }
    }
    status
}

/// `blockkit preview`.
pub(crate) fn preview(path: &Path) -> Status {
    let Some((input, document)) = load(path, SurfaceArg::Auto) else {
        return Status::Unreadable;
    };
    if let Some(url) = document.preview_url() {
        Out::new().line(&url);
        Status::Ok
    } else {
        error_line(&format!(
            "{}: {} has nothing Block Kit Builder can show; expected a message, a view or blocks",
            input.name,
            document.kind()
        ));
        Status::Unreadable
    }
}

/// `blockkit schema`: the combined schema on standard output, or every file of `schema/` written
/// into `out_dir` (each path printed).
pub(crate) fn schema(out_dir: Option<&Path>) -> Status {
    let mut out = Out::new();
    let Some(dir) = out_dir else {
        out.write(&blockkit::schema::render(&blockkit::schema::combined()));
        return Status::Ok;
    };
    if let Err(error) = std::fs::create_dir_all(dir) {
        error_line(&format!(
            "{}: cannot create the directory: {error}",
            dir.display()
        ));
        return Status::Unreadable;
    }
    for (name, schema) in blockkit::schema::files() {
        let path = dir.join(name);
        if let Err(error) = std::fs::write(&path, blockkit::schema::render(&schema)) {
            error_line(&format!("{}: cannot write: {error}", path.display()));
            return Status::Unreadable;
        }
        out.line(&path.display().to_string());
    }
    Status::Ok
}
