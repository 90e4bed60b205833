//! The `blockkit` binary, run as a user would: exit codes, output formats, and inputs that must
//! not make it panic.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Runs the binary with `args`, feeding `stdin` when given.
fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_blockkit"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("the binary runs");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        // The binary may stop reading early; a closed pipe is not the test's concern.
        let _ = pipe.write_all(bytes);
    }
    child.wait_with_output().expect("the binary finishes")
}

fn code(output: &Output) -> i32 {
    output
        .status
        .code()
        .expect("the binary exits normally, not by a signal")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn data(name: &str) -> String {
    format!("tests/data/{name}")
}

/// A directory of generated inputs, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.subsec_nanos());
        let path = std::env::temp_dir().join(format!(
            "blockkit-cli-{name}-{}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&path).expect("temp dir is writable");
        Self(path)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("temp file is writable");
        path.display().to_string()
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Asserts a clean failure: the expected exit code, one line of error, no panic.
fn assert_clean_failure(output: &Output, expected: i32, what: &str) {
    let err = stderr(output);
    assert_eq!(code(output), expected, "{what}: stderr {err}");
    assert!(!err.contains("panicked"), "{what}: {err}");
    if expected == 2 {
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{what}: one line of error: {err}"
        );
    }
}

#[test]
fn valid_files_of_every_kind_exit_0_silently() {
    for name in [
        "message_valid.json",
        "modal_valid.json",
        "home_valid.json",
        "blocks_valid.json",
        "block_valid.json",
        "post_message_valid.json",
        "views_publish_valid.json",
    ] {
        let output = run(&["validate", &data(name)], None);
        assert_eq!(
            code(&output),
            0,
            "{name}: {}{}",
            stdout(&output),
            stderr(&output)
        );
        assert_eq!(stdout(&output), "", "{name}");
    }
}

#[test]
fn invalid_files_of_every_kind_exit_1_with_one_line_per_violation() {
    let cases = [
        (
            "message_invalid.json",
            "/blocks/0/text/text: max_length: header text is",
        ),
        ("message_invalid.json", "/blocks/2/block_id: duplicate:"),
        ("modal_invalid.json", "/title/text: max_length:"),
        (
            "modal_invalid.json",
            ": required: a modal with an input block needs `submit`",
        ),
        ("home_invalid.json", "/blocks/0: not_allowed_here:"),
        (
            "blocks_invalid.json",
            "/1: required: actions block needs `elements`",
        ),
        ("post_message_invalid.json", "/markdown_text: exclusive:"),
        (
            "views_open_invalid.json",
            "/interactivity_pointer: exclusive:",
        ),
        (
            "views_open_invalid.json",
            "/view/blocks/0/text/type: invalid_type:",
        ),
    ];
    for (name, expected) in cases {
        let file = data(name);
        let output = run(&["validate", &file], None);
        let out = stdout(&output);
        assert_eq!(code(&output), 1, "{name}: {out}{}", stderr(&output));
        assert!(
            out.lines()
                .any(|line| line.starts_with(&format!("{file}: ")) && line.contains(expected)),
            "{name}: no line with {expected:?} in\n{out}"
        );
    }
}

#[test]
fn several_files_take_the_worst_exit_code() {
    let valid = data("message_valid.json");
    let invalid = data("message_invalid.json");
    assert_eq!(code(&run(&["validate", &valid, &valid], None)), 0);
    assert_eq!(code(&run(&["validate", &valid, &invalid], None)), 1);
    let output = run(
        &[
            "validate",
            &invalid,
            "tests/data/does-not-exist.json",
            &valid,
        ],
        None,
    );
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).starts_with("tests/data/does-not-exist.json: cannot read"),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).contains("duplicate"),
        "the other files are still checked"
    );
}

#[test]
fn json_format_is_an_array_of_violations_with_every_field() {
    let file = data("message_invalid.json");
    let output = run(
        &[
            "validate",
            "--format",
            "json",
            &file,
            &data("message_valid.json"),
        ],
        None,
    );
    assert_eq!(code(&output), 1);
    let rows: Value = serde_json::from_str(&stdout(&output)).expect("stdout is JSON");
    let rows = rows.as_array().expect("an array");
    assert!(!rows.is_empty());
    for row in rows {
        let keys: Vec<&str> = row
            .as_object()
            .expect("objects")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "file", "pointer", "code", "message", "limit", "actual", "severity"
            ]
        );
        assert_eq!(row["file"], file.as_str());
    }
    assert_eq!(rows[0]["pointer"], "/blocks/0/text/text");
    assert_eq!(rows[0]["code"], "max_length");
    assert_eq!(rows[0]["limit"], 150);
    assert_eq!(rows[0]["severity"], "error");

    let output = run(
        &["validate", "--format", "json", &data("message_valid.json")],
        None,
    );
    assert_eq!((code(&output), stdout(&output).trim()), (0, "[]"));
}

#[test]
fn stdin_is_read_for_a_dash() {
    let output = run(&["validate", "-"], Some(br#"{"type": "divider"}"#));
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let output = run(
        &["validate", "-"],
        Some(b"\xEF\xBB\xBF{\"type\": \"divider\"}"),
    );
    assert_eq!(
        code(&output),
        0,
        "a byte order mark is skipped: {}",
        stderr(&output)
    );
    let output = run(
        &["validate", "-"],
        Some(br#"{"type": "header", "text": {"type": "mrkdwn", "text": "x"}}"#),
    );
    assert_eq!(code(&output), 1);
    assert!(
        stdout(&output).starts_with("<stdin>: /text/type: invalid_type:"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn surface_is_forced_by_the_flag() {
    let message = data("message_valid.json");
    let output = run(&["validate", "--surface", "modal", &message], None);
    assert_clean_failure(&output, 2, "a message read as a modal");
    assert!(
        stderr(&output).contains("missing field `title`"),
        "{}",
        stderr(&output)
    );

    // A markdown block is fine in a message, not on a Home tab.
    let blocks = r#"{"type": "home", "blocks": [{"type": "markdown", "text": "**hi**"}]}"#;
    let output = run(
        &["validate", "--surface", "home", "-"],
        Some(blocks.as_bytes()),
    );
    assert_eq!(code(&output), 1, "{}", stdout(&output));
    let output = run(&["validate", "--surface", "message", &message], None);
    assert_eq!(code(&output), 0);
    let output = run(
        &[
            "validate",
            "--surface",
            "blocks",
            &data("blocks_valid.json"),
        ],
        None,
    );
    assert_eq!(code(&output), 0);
}

#[test]
fn strict_fails_on_warnings() {
    let file = data("warnings_only.json");
    let output = run(&["validate", &file], None);
    assert_eq!(code(&output), 0);
    assert!(
        stdout(&output).contains("(warning)"),
        "the warning is printed: {}",
        stdout(&output)
    );
    assert_eq!(code(&run(&["validate", "--strict", &file], None)), 1);

    let unknown = data("unknown_kept.json");
    assert_eq!(
        code(&run(&["validate", &unknown], None)),
        0,
        "unknown types are warnings"
    );
    let output = run(
        &["validate", "--strict", "--format", "json", &unknown],
        None,
    );
    assert_eq!(code(&output), 1);
    let rows: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert!(rows.as_array().is_some_and(|rows| {
        rows.iter()
            .any(|row| row["code"] == "unknown_type" && row["severity"] == "error")
    }));
}

#[test]
fn parse_errors_name_the_file_line_and_column() {
    let dir = TempDir::new("parse");
    let file = dir.file(
        "broken.json",
        b"{\n  \"blocks\": [\n    {\"type\": \"divider\"},\n    {\"type\": \"header\"}\n  ]\n}\n",
    );
    let output = run(&["validate", &file], None);
    assert_clean_failure(&output, 2, "missing field");
    assert_eq!(
        stderr(&output).trim_end(),
        format!("{file}:4:22: blocks[1]: missing field `text`")
    );

    let file = dir.file(
        "body.json",
        b"{\"channel\": \"C1\",\n \"blocks\": [{\"type\": \"image\", \"image_url\": 5}]}",
    );
    let output = run(&["validate", &file], None);
    assert_clean_failure(&output, 2, "wrong type in a request body");
    assert!(
        stderr(&output).starts_with(&format!("{file}:2:")),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("blocks[0]"), "{}", stderr(&output));
}

#[test]
fn fmt_prints_the_normal_form_and_keeps_unknown_things() {
    let output = run(&["fmt", &data("unknown_kept.json")], None);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let formatted = stdout(&output);
    let value: Value = serde_json::from_str(&formatted).expect("JSON");
    assert_eq!(value["blocks"][0]["glitter"], 3);
    assert_eq!(value["blocks"][1]["shiny"], true);
    assert_eq!(value["custom"]["a"], 1);
    assert!(
        formatted.starts_with("{\n  \"text\": \"x\",\n"),
        "{formatted}"
    );
    assert!(formatted.ends_with("}\n"));

    let dir = TempDir::new("fmt");
    let clean = dir.file("clean.json", formatted.as_bytes());
    let messy = data("unknown_kept.json");
    let output = run(&["fmt", "--check", &clean], None);
    assert_eq!((code(&output), stdout(&output)), (0, String::new()));
    let output = run(&["fmt", "--check", &clean, &messy], None);
    assert_eq!(code(&output), 1);
    assert_eq!(stdout(&output), format!("{messy}\n"));

    // The normal form is a fixed point, for every kind of payload.
    for name in [
        "modal_valid.json",
        "post_message_valid.json",
        "views_open_invalid.json",
        "blocks_valid.json",
    ] {
        let once = stdout(&run(&["fmt", &data(name)], None));
        let again = run(&["fmt", "-"], Some(once.as_bytes()));
        assert_eq!(stdout(&again), once, "{name}");
        let file = dir.file(name, once.as_bytes());
        assert_eq!(code(&run(&["fmt", "--check", &file], None)), 0, "{name}");
    }
}

#[test]
fn preview_prints_a_block_kit_builder_link() {
    let output = run(&["preview", &data("message_valid.json")], None);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let url = stdout(&output);
    assert!(
        url.starts_with("https://app.slack.com/block-kit-builder/#%7B%22blocks%22"),
        "{url}"
    );
    assert_eq!(url.lines().count(), 1);

    let output = run(&["preview", &data("modal_valid.json")], None);
    assert!(
        stdout(&output)
            .starts_with("https://app.slack.com/block-kit-builder/#%7B%22type%22%3A%22modal%22")
    );
    let output = run(&["preview", &data("views_publish_valid.json")], None);
    assert!(
        stdout(&output)
            .starts_with("https://app.slack.com/block-kit-builder/#%7B%22type%22%3A%22home%22")
    );
    let output = run(&["preview", &data("blocks_valid.json")], None);
    assert!(
        stdout(&output).starts_with("https://app.slack.com/block-kit-builder/#%7B%22blocks%22")
    );

    let output = run(
        &["preview", "-"],
        Some(br#"{"channel": "C1", "ts": "1.2"}"#),
    );
    assert_clean_failure(&output, 2, "a chat.delete body has nothing to show");
}

#[test]
fn help_has_examples_for_every_subcommand() {
    let output = run(&["--help"], None);
    assert_eq!(code(&output), 0);
    assert!(stdout(&output).contains("Examples:"));
    for command in ["validate", "fmt", "schema", "preview", "codegen"] {
        let output = run(&[command, "--help"], None);
        assert_eq!(code(&output), 0, "{command}");
        assert!(
            stdout(&output).contains(&format!("Examples:\n  blockkit {command}")),
            "{command}: {}",
            stdout(&output)
        );
    }
    assert_eq!(code(&run(&["validate"], None)), 2, "a usage error");
    assert_eq!(code(&run(&["codegen"], None)), 2, "a usage error: no FILE");
    assert_eq!(code(&run(&["transmogrify"], None)), 2, "no such subcommand");
}

/// Deterministic pseudo-random bytes (xorshift).
fn random_bytes(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed.to_le_bytes()[0]
        })
        .collect()
}

#[test]
fn hostile_inputs_never_panic() {
    let dir = TempDir::new("hostile");
    let twenty_mb = "x".repeat(20 * 1024 * 1024);
    let header =
        format!(r#"{{"type": "header", "text": {{"type": "plain_text", "text": "{twenty_mb}"}}}}"#);
    let message = format!(r#"{{"text": "{twenty_mb}"}}"#);
    let cases: Vec<(&str, Vec<u8>, i32)> = vec![
        (
            "truncated",
            br#"{"blocks": [{"type": "section", "text": {"type": "mrk"#.to_vec(),
            2,
        ),
        ("random", random_bytes(4096, 0x2545_f491_4f6c_dd1d), 2),
        (
            "random-ascii",
            random_bytes(4096, 7)
                .into_iter()
                .map(|b| b % 95 + 32)
                .collect(),
            2,
        ),
        ("empty", Vec::new(), 2),
        ("whitespace", b" \n\t ".to_vec(), 2),
        ("nested-arrays", "[".repeat(100_000).into_bytes(), 2),
        ("nested-objects", "{\"a\":".repeat(100_000).into_bytes(), 2),
        (
            "nested-in-blocks",
            format!("{{\"blocks\": {}", "[".repeat(100_000)).into_bytes(),
            2,
        ),
        (
            "nested-closed",
            format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(),
            2,
        ),
        ("huge-header", header.into_bytes(), 1),
        ("huge-text", message.into_bytes(), 0),
        ("wrong-type-blocks", br#"{"blocks": "divider"}"#.to_vec(), 2),
        (
            "wrong-type-text",
            br#"{"type": "header", "text": 5}"#.to_vec(),
            2,
        ),
        (
            "wrong-type-view",
            br#"{"trigger_id": "1", "view": []}"#.to_vec(),
            2,
        ),
        (
            "wrong-type-post-at",
            br#"{"channel": "C1", "post_at": "soon", "text": "x"}"#.to_vec(),
            2,
        ),
        ("number", b"42".to_vec(), 2),
        ("string", b"\"hello\"".to_vec(), 2),
        ("null", b"null".to_vec(), 2),
        ("empty-object", b"{}".to_vec(), 2),
        ("array-of-numbers", b"[1, 2, 3]".to_vec(), 2),
        ("trailing", br#"{"type": "divider"} {"#.to_vec(), 2),
        ("bad-utf8-string", b"{\"text\": \"\xff\xfe\"}".to_vec(), 2),
    ];
    for (name, bytes, expected) in &cases {
        let file = dir.file(&format!("{name}.json"), bytes);
        let output = run(&["validate", &file], None);
        assert_clean_failure(&output, *expected, name);
        if *expected == 2 {
            assert!(
                stderr(&output).starts_with(&format!("{file}:")),
                "{name}: {}",
                stderr(&output)
            );
        }
        for args in [vec!["fmt", file.as_str()], vec!["preview", file.as_str()]] {
            let output = run(&args, None);
            assert!(
                !stderr(&output).contains("panicked"),
                "{name} {args:?}: {}",
                stderr(&output)
            );
            assert!(
                matches!(code(&output), 0 | 2),
                "{name} {args:?}: {}",
                stderr(&output)
            );
        }
    }
    let output = run(&["validate", "-"], Some(&random_bytes(1 << 16, 99)));
    assert_clean_failure(&output, 2, "random bytes on stdin");
    assert!(dir.path().exists());
}

#[test]
fn error_messages_say_what_was_expected() {
    let output = run(&["validate", "-"], Some(b"42"));
    assert_eq!(
        stderr(&output).trim_end(),
        "<stdin>:1:1: expected a message, a view, a chat.* or views.* request body, a view_submission response, an array of blocks or a block; found a number"
    );
    let output = run(&["validate", "-"], Some(b"\n  {\"foo\": 1}"));
    assert!(
        stderr(&output).starts_with("<stdin>:2:3: expected a message"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).ends_with("found an object with the fields foo\n"),
        "{}",
        stderr(&output)
    );
    let output = run(&["validate", "-"], Some(b""));
    assert_eq!(
        stderr(&output).trim_end(),
        "<stdin>:1:0: EOF while parsing a value"
    );
}

#[test]
fn closed_stdout_is_not_a_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_blockkit"))
        .args([
            "fmt",
            "tests/data/message_invalid.json",
            "tests/data/modal_valid.json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("it finishes");
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
}

#[test]
fn schema_prints_the_combined_schema_or_writes_the_files() {
    let output = run(&["schema"], None);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let combined = stdout(&output);
    let schema: Value = serde_json::from_str(&combined).expect("JSON");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(schema["$defs"]["HeaderBlock"].is_object());

    let dir = TempDir::new("schema");
    let out = dir.path().join("schema");
    let out = out.to_str().expect("a UTF-8 temp path");
    let output = run(&["schema", "--out", out], None);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let written: Vec<String> = stdout(&output).lines().map(str::to_owned).collect();
    assert!(
        written
            .iter()
            .any(|path| path.ends_with("block.schema.json")),
        "{written:?}"
    );
    for path in &written {
        assert!(Path::new(path).is_file(), "{path}");
    }
    let file =
        std::fs::read_to_string(Path::new(out).join("blockkit.schema.json")).expect("written");
    assert_eq!(file, combined);

    let blocker = dir.file("not-a-dir", b"x");
    let output = run(&["schema", "--out", &blocker], None);
    assert_clean_failure(&output, 2, "--out names a file");
}

#[test]
fn nesting_up_to_the_depth_limit_is_fine_and_deeper_is_a_clear_error() {
    // Containers nested up to blockkit's depth limit (64 levels of JSON: the message, its
    // blocks, then two levels per container), with `type` last (the buffered parse path), in a
    // request body.
    let nest = |containers: usize| {
        let mut block = r#"{"block_id": "d", "type": "divider"}"#.to_owned();
        for _ in 0..containers {
            block = format!(
                r#"{{"title": {{"text": "t", "type": "plain_text"}}, "child_blocks": [{block}], "type": "container"}}"#
            );
        }
        format!(r#"{{"channel": "C1", "text": "x", "blocks": [{block}]}}"#)
    };
    let dir = TempDir::new("deep");
    let deep = dir.file("deep.json", nest(30).as_bytes());
    for command in ["validate", "fmt", "preview", "codegen"] {
        // rustfmt takes long on code nested this deep: the code is printed as generated.
        let args: &[&str] = if command == "codegen" {
            &[command, "--no-rustfmt", &deep]
        } else {
            &[command, &deep]
        };
        let output = run(args, None);
        assert!(
            matches!(code(&output), 0 | 1),
            "deep {command}: {}",
            stderr(&output)
        );
    }
    let too_deep = dir.file("too_deep.json", nest(31).as_bytes());
    for command in ["validate", "fmt", "preview", "codegen"] {
        let output = run(&[command, &too_deep], None);
        assert_eq!(code(&output), 2, "too deep {command}: {}", stderr(&output));
        assert!(
            stderr(&output).contains("nested more than 64 levels"),
            "too deep {command}: {}",
            stderr(&output)
        );
    }
}

/// Every data file, with what `validate` finds in it.
const CODEGEN_INPUTS: &[(&str, bool)] = &[
    ("message_valid.json", true),
    ("modal_valid.json", true),
    ("home_valid.json", true),
    ("blocks_valid.json", true),
    ("block_valid.json", true),
    ("post_message_valid.json", true),
    ("views_publish_valid.json", true),
    ("unknown_kept.json", true),
    ("warnings_only.json", true),
    ("message_invalid.json", false),
    ("modal_invalid.json", false),
    ("home_invalid.json", false),
    ("blocks_invalid.json", false),
    ("post_message_invalid.json", false),
    ("views_open_invalid.json", false),
];

#[test]
fn codegen_prints_code_for_everything_validate_reads() {
    for &(name, valid) in CODEGEN_INPUTS {
        for style in ["macro", "builder"] {
            let output = run(&["codegen", "--style", style, &data(name)], None);
            let (out, err) = (stdout(&output), stderr(&output));
            assert_eq!(code(&output), 0, "{name} {style}: {err}");
            assert!(out.starts_with("use blockkit::"), "{name} {style}: {out}");
            assert!(out.contains("pub fn "), "{name} {style}: {out}");
            // In the macro style an invalid root the macro would refuse is built with the builders.
            if valid {
                assert_eq!(
                    style == "macro",
                    out.contains("blocks! {"),
                    "{name} {style}: {out}"
                );
            }
            let validated = run(&["validate", &data(name)], None);
            // The violations are those `validate` prints, on standard error.
            assert_eq!(err, stdout(&validated), "{name} {style}");
            if !valid {
                assert!(out.contains("// error ("), "{name} {style}: {out}");
            }
        }
    }
}

#[test]
fn codegen_main_prints_a_program_and_stdin_works() {
    let bytes = std::fs::read(data("message_valid.json")).expect("the data file");
    let output = run(&["codegen", "--main", "-"], Some(&bytes));
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("fn main() -> Result<(), Box<dyn std::error::Error>> {"),
        "{out}"
    );
    assert!(
        out.contains("println!(\"{}\", serde_json::to_string_pretty(&message)?);"),
        "{out}"
    );
}

#[test]
fn codegen_output_is_rustfmt_clean_when_rustfmt_is_installed() {
    let rustfmt = |code: &str| {
        let mut child = Command::new("rustfmt")
            .args(["--edition", "2024", "--check"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .ok()?;
        let _ = child.stdin.take()?.write_all(code.as_bytes());
        child.wait_with_output().ok()
    };
    if rustfmt("").is_none() {
        println!("NOTHING CHECKED: rustfmt is not installed");
        return;
    }
    for &(name, _) in CODEGEN_INPUTS {
        for style in ["macro", "builder"] {
            let output = run(&["codegen", "--style", style, &data(name)], None);
            let checked = rustfmt(&stdout(&output)).expect("rustfmt runs");
            assert!(
                checked.status.success(),
                "{name} {style}: {}",
                String::from_utf8_lossy(&checked.stdout)
            );
        }
    }
}

#[test]
fn codegen_refuses_what_validate_refuses() {
    let dir = TempDir::new("codegen");
    let not_json = dir.file("broken.json", b"{\"type\": ");
    assert_clean_failure(&run(&["codegen", &not_json], None), 2, "not JSON");
    let unknown = dir.file("unknown.json", br#"{"hello": "world"}"#);
    assert_clean_failure(&run(&["codegen", &unknown], None), 2, "not a known shape");
    let missing = dir.path().join("missing.json");
    let missing = missing.to_str().expect("a UTF-8 temp path");
    assert_clean_failure(&run(&["codegen", missing], None), 2, "no such file");
}
