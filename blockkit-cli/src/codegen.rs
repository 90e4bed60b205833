//! `blockkit codegen`: the Rust that builds a payload.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use blockkit::codegen::{Options, Shape, Style, generate};
use serde_json::Value;

use crate::document::Document;
use crate::output::{Out, error_line};
use crate::{Status, SurfaceArg};

/// What `codegen --style` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum StyleArg {
    /// The `blocks!` markup macro (elements and composition objects use the builders).
    Macro,
    /// The constructors and setters.
    Builder,
}

/// How `codegen` was asked to run.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CodegenArgs {
    pub(crate) surface: SurfaceArg,
    pub(crate) style: StyleArg,
    pub(crate) main: bool,
    pub(crate) rustfmt: bool,
}

/// `blockkit codegen`: prints the code; the violations go to standard error, one per line.
pub(crate) fn codegen(path: &Path, args: CodegenArgs) -> Status {
    let Some((input, document)) = crate::commands::load(path, args.surface) else {
        return Status::Unreadable;
    };
    let value = match document
        .to_pretty_json()
        .map(|text| serde_json::from_str::<Value>(&text))
    {
        Ok(Ok(value)) => value,
        Ok(Err(error)) | Err(error) => {
            error_line(&format!(
                "{}: cannot read {}: {error}",
                input.name,
                document.kind()
            ));
            return Status::Unreadable;
        }
    };
    let style = match args.style {
        StyleArg::Macro => Style::Macro,
        StyleArg::Builder => Style::Builder,
    };
    let options = Options::new().style(style).main(args.main);
    // Deeply nested payloads make deeply nested code: parse and print it on a roomy stack.
    let shape = shape(&document);
    let generated = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || generate(&value, shape, &options))
        .map_err(|error| error.to_string())
        .and_then(|thread| {
            thread
                .join()
                .map_err(|_| "code generation failed".to_owned())
        });
    let generated = match generated {
        Ok(Ok(generated)) => generated,
        Ok(Err(error)) => {
            error_line(&format!("{}: {error}", input.name));
            return Status::Unreadable;
        }
        Err(error) => {
            error_line(&format!("{}: {error}", input.name));
            return Status::Unreadable;
        }
    };
    for violation in &generated.violations {
        error_line(&format!("{}: {violation}", input.name));
    }
    let code = if args.rustfmt {
        rustfmt(&generated.code).unwrap_or(generated.code)
    } else {
        generated.code
    };
    Out::new().write(&code);
    Status::Ok
}

/// The code as `rustfmt` lays it out, when rustfmt is installed and done within ten seconds
/// (it can take long on deeply nested code). `None` otherwise: the code is then printed as
/// prettyplease formatted it.
fn rustfmt(code: &str) -> Option<String> {
    const PATIENCE: Duration = Duration::from_secs(10);
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let mut stdout = child.stdout.take()?;
    let code = code.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(code.as_bytes()));
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        stdout.read_to_string(&mut text).map(|_| text)
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() < PATIENCE => {
                std::thread::sleep(Duration::from_millis(20));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    };
    writer.join().ok()?.ok()?;
    let text = reader.join().ok()?.ok()?;
    (status.success() && !text.is_empty()).then_some(text)
}

/// What the document is, for the generator.
fn shape(document: &Document) -> Shape {
    match document {
        Document::Message(_) => Shape::Message,
        Document::Modal(_) => Shape::Modal,
        Document::Home(_) => Shape::HomeTab,
        Document::View(_) => Shape::View,
        Document::Blocks(_) => Shape::Blocks,
        Document::Block(_) => Shape::Block,
        Document::Element(_) => Shape::Element,
        Document::PostMessage(_) => Shape::PostMessage,
        Document::PostEphemeral(_) => Shape::PostEphemeral,
        Document::UpdateMessage(_) => Shape::UpdateMessage,
        Document::ScheduleMessage(_) => Shape::ScheduleMessage,
        Document::DeleteMessage(_) => Shape::DeleteMessage,
        Document::OpenView(_) => Shape::OpenView,
        Document::UpdateView(_) => Shape::UpdateView,
        Document::PublishView(_) => Shape::PublishView,
        Document::ResponseUrl(_) => Shape::ResponseUrlMessage,
        Document::ViewSubmission(_) => Shape::ViewSubmissionResponse,
    }
}
