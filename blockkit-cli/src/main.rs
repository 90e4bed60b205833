//! `blockkit`: validate, normalise and preview Slack Block Kit JSON from the command line, and
//! generate the Rust that builds it.
//!
//! Exit codes: 0 when everything is valid (warnings allowed), 1 when a rule is violated (or,
//! for `fmt --check`, a file is not formatted), 2 when an input cannot be read or is not
//! JSON of a known shape.

mod codegen;
mod commands;
mod document;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

const ABOUT: &str = "Validate, normalise and preview Slack Block Kit JSON: messages, modals, \
Home tabs, blocks, and the chat.* / views.* request bodies that carry them; generate the Rust \
that builds them.";

const EXAMPLES: &str = "\
Examples:
  blockkit validate message.json              check a file (the kind of payload is detected)
  blockkit validate --format json *.json      every violation as JSON
  curl -s $URL | blockkit validate -          read standard input
  blockkit fmt --check payloads/*.json        fail when a file is not normalised
  blockkit schema --out schema/               write the JSON Schema files
  blockkit preview modal.json                 print a Block Kit Builder link
  blockkit codegen message.json               print the Rust that builds it

Exit codes: 0 valid (warnings allowed), 1 a rule is violated or a file is not formatted,
2 an input cannot be read or is not JSON of a known shape.";

const VALIDATE_EXAMPLES: &str = "\
Examples:
  blockkit validate message.json
  blockkit validate --surface modal view.json other-view.json
  blockkit validate --surface blocks --format json blocks.json
  blockkit validate --strict payload.json     fail on warnings and unknown types too
  echo '{\"type\": \"divider\"}' | blockkit validate -

Text output: one line per violation, `FILE: POINTER: CODE: MESSAGE` (warnings end with
`(warning)`). JSON output: an array of {file, pointer, code, message, limit, actual, severity}.
Exit codes: 0 valid (warnings allowed), 1 a rule is violated, 2 an input cannot be read or is
not JSON (reported as `FILE:LINE:COLUMN: MESSAGE`).";

const FMT_EXAMPLES: &str = "\
Examples:
  blockkit fmt message.json > normalised.json
  blockkit fmt --check payloads/*.json        list the files that are not normalised
  cat view.json | blockkit fmt -

The normal form is the model's own JSON, pretty-printed with two spaces and a final newline.
Unknown block types and unknown fields are kept. Exit codes: 0 formatted, 1 (with --check) a
file is not in normal form, 2 an input cannot be read or is not JSON.";

const SCHEMA_EXAMPLES: &str = "\
Examples:
  blockkit schema > blockkit.schema.json      the combined schema on standard output
  blockkit schema --out schema/               one file per surface, written into schema/";

const PREVIEW_EXAMPLES: &str = "\
Examples:
  blockkit preview message.json               a link showing the message's blocks and attachments
  blockkit preview modal.json                 a link showing the view
  xdg-open \"$(blockkit preview home.json)\"

For a chat.* body the message is shown, for a views.* body its view.";

const CODEGEN_EXAMPLES: &str = "\
Examples:
  blockkit codegen message.json               the blocks! markup that builds it, as a function
  blockkit codegen --style builder modal.json with the constructors and setters instead
  blockkit codegen --main payload.json > src/main.rs
                                              a program that prints the payload's JSON

Reads what `validate` reads. The code uses only the blockkit and serde_json crates and rebuilds
a value whose JSON equals the input: types and fields blockkit does not know are kept as raw
JSON, with a comment that says so. An invalid input still generates code: its violations are
printed on standard error and written as comments where they are. The code is formatted with
rustfmt when it is installed (prettyplease otherwise). Exit codes: 0 code printed, 2 the input
cannot be read or is not JSON of a known shape.";

/// The command line.
#[derive(Debug, Parser)]
#[command(name = "blockkit", version, about = ABOUT, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
enum Command {
    /// Check payloads against every Block Kit rule; report each violation with a JSON pointer.
    #[command(after_help = VALIDATE_EXAMPLES)]
    Validate {
        /// What the files hold; `auto` recognises a message, a view, a chat.* or views.*
        /// request body, an array of blocks, or a single block.
        #[arg(long, value_enum, default_value_t = SurfaceArg::Auto)]
        surface: SurfaceArg,
        /// How violations are printed.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Fail on warnings too (exit code 1), and report unknown types as errors.
        #[arg(long)]
        strict: bool,
        /// The files to check; `-` reads standard input.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Parse payloads into the model and print them back as pretty JSON (a normaliser).
    #[command(after_help = FMT_EXAMPLES)]
    Fmt {
        /// Print nothing but the names of the files not in normal form; exit 1 if there are any.
        #[arg(long)]
        check: bool,
        /// The files to format; `-` reads standard input.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the combined JSON Schema, or write the schema files into a directory.
    #[command(after_help = SCHEMA_EXAMPLES)]
    Schema {
        /// Write one file per schema into this directory instead of printing the combined one.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Print the Block Kit Builder link of a payload.
    #[command(after_help = PREVIEW_EXAMPLES)]
    Preview {
        /// The payload; `-` reads standard input.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Print the Rust that builds a payload, with the `blocks!` macro or the builders.
    #[command(after_help = CODEGEN_EXAMPLES)]
    Codegen {
        /// How the code builds the payload.
        #[arg(long, value_enum, default_value_t = codegen::StyleArg::Macro)]
        style: codegen::StyleArg,
        /// Print a complete program whose standard output is the payload's JSON.
        #[arg(long)]
        main: bool,
        /// What the file holds, as for `validate`.
        #[arg(long, value_enum, default_value_t = SurfaceArg::Auto)]
        surface: SurfaceArg,
        /// Do not run rustfmt on the code (it is formatted with prettyplease).
        #[arg(long)]
        no_rustfmt: bool,
        /// The payload; `-` reads standard input.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

/// What `validate --surface` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SurfaceArg {
    /// Recognise the payload from its fields.
    Auto,
    /// A message payload (chat.* fields are kept as extra fields).
    Message,
    /// A modal view.
    Modal,
    /// A Home tab view.
    Home,
    /// An array of blocks (or one block), without surface placement rules.
    Blocks,
}

/// What `validate --format` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// `FILE: POINTER: CODE: MESSAGE`, one line per violation.
    Text,
    /// One JSON array of every violation.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Validate {
            surface,
            format,
            strict,
            files,
        } => commands::validate(&files, surface, format, strict),
        Command::Fmt { check, files } => commands::fmt(&files, check),
        Command::Schema { out } => commands::schema(out.as_deref()),
        Command::Preview { file } => commands::preview(&file),
        Command::Codegen {
            style,
            main,
            surface,
            no_rustfmt,
            file,
        } => codegen::codegen(
            &file,
            codegen::CodegenArgs {
                surface,
                style,
                main,
                rustfmt: !no_rustfmt,
            },
        ),
    };
    ExitCode::from(status.code())
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Status {
    /// Everything valid.
    Ok,
    /// A rule violated, or a file not formatted.
    Violations,
    /// An input unreadable or not JSON of a known shape.
    Unreadable,
}

impl Status {
    fn code(self) -> u8 {
        match self {
            Self::Ok => 0,
            Self::Violations => 1,
            Self::Unreadable => 2,
        }
    }
}
