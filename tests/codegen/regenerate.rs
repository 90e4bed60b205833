//! The committed code of [`super::generated`] is what the generator writes now; with
//! `BLOCKKIT_REGENERATE=1`, this test rewrites it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use blockkit::codegen::{Options, Style, generate};

use super::corpus;

/// The one command that rewrites the generated code.
const COMMAND: &str = "BLOCKKIT_REGENERATE=1 cargo test -p blockkit-tests codegen";
/// Where the generated code lives.
const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/codegen/generated");
/// The inputs whose `--main` program is generated too, and run.
const PROGRAMS: &[(&str, Style)] = &[
    (
        "fixtures/messages/message_unknown_fields.json",
        Style::Builder,
    ),
    (
        "corpus/slackblocks/views/modal_with_blocks.json",
        Style::Macro,
    ),
];

#[test]
fn generated_code_is_up_to_date() {
    if !corpus::present() {
        println!(
            "NOTHING CHECKED: the shared corpus is not at {}, so the generated code cannot be \
             regenerated; it is still compiled and its fixtures run",
            corpus::CORPUS
        );
        return;
    }
    let expected = expected_files();
    let actual = committed_files();
    if std::env::var_os("BLOCKKIT_REGENERATE").is_some_and(|value| value == "1") {
        for (path, text) in &expected {
            let path = Path::new(DIR).join(path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).expect("the directory is writable");
            }
            std::fs::write(&path, text).expect("the file is writable");
        }
        for path in actual.keys().filter(|path| !expected.contains_key(*path)) {
            std::fs::remove_file(Path::new(DIR).join(path)).expect("the stale file is removable");
        }
        println!("wrote {} files under {DIR}", expected.len());
        return;
    }
    let mut stale: Vec<&str> = expected
        .iter()
        .filter(|(path, text)| actual.get(*path) != Some(*text))
        .map(|(path, _)| path.as_str())
        .collect();
    stale.extend(
        actual
            .keys()
            .filter(|path| !expected.contains_key(*path))
            .map(String::as_str),
    );
    assert!(
        stale.is_empty(),
        "tests/codegen/generated is stale ({} files differ from what the generator writes now: \
         {}); run `{COMMAND}`",
        stale.len(),
        stale.join(", ")
    );
}

/// Every `.rs` file under [`DIR`], by path relative to it.
fn committed_files() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    let mut dirs = vec![Path::new(DIR).to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let relative = path.strip_prefix(DIR).expect("under DIR");
                let text = std::fs::read_to_string(&path).expect("readable");
                files.insert(relative.display().to_string(), text);
            }
        }
    }
    files
}

/// One test case of the harness: the input and the expression that builds it.
struct Case {
    input: String,
    call: String,
}

/// What the generator writes for every input, and the harness that runs it.
fn expected_files() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    let (mut builder, mut markup, mut programs) = (Vec::new(), Vec::new(), Vec::new());
    for input in corpus::inputs() {
        let module = module_name(&input.name);
        for (style, dir, cases) in [
            (Style::Builder, "builder", &mut builder),
            (Style::Macro, "markup", &mut markup),
        ] {
            let generated = generate(&input.value, input.shape, &Options::new().style(style))
                .unwrap_or_else(|error| panic!("{}: {error}", input.name));
            files.insert(
                format!("{dir}/{module}.rs"),
                header(&input.name) + &generated.code,
            );
            let call = format!("{dir}::{module}::{}()", generated.function);
            let call = if generated.fallible {
                format!("{call}.expect(\"the payload is valid\")")
            } else {
                call
            };
            cases.push(Case {
                input: input.name.clone(),
                call,
            });
        }
        if let Some((_, style)) = PROGRAMS.iter().find(|(name, _)| *name == input.name) {
            let options = Options::new().style(*style).main(true);
            let generated = generate(&input.value, input.shape, &options).expect("generates");
            files.insert(
                format!("main/{module}.rs"),
                header(&input.name) + &generated.code,
            );
            programs.push(module);
        }
    }
    files.insert("mod.rs".to_owned(), harness(&builder, &markup, &programs));
    files
}

/// `corpus/slackblocks/blocks/alert_block.json` → `slackblocks_blocks_alert_block`.
fn module_name(input: &str) -> String {
    let name = input.strip_prefix("corpus/").unwrap_or(input);
    let name = name.strip_suffix(".json").unwrap_or(name);
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

fn header(input: &str) -> String {
    format!("// @generated by `{COMMAND}` from {input}: do not edit.\n\n")
}

/// `generated/mod.rs`: the modules, and one test per style that runs every case.
fn harness(builder: &[Case], markup: &[Case], programs: &[String]) -> String {
    let mut out = format!("// @generated by `{COMMAND}`: do not edit.\n\n");
    out.push_str(
        "//! What `blockkit::codegen` writes for every valid corpus file and fixture, in both \
         styles;\n//! each test runs the code and compares the JSON it builds with the input \
         (see `tests/codegen/mod.rs`).\n\n",
    );
    out.push_str(
        "#![allow(\n    unreachable_pub,\n    clippy::too_many_lines,\n    clippy::unreadable_literal,\n    reason = \
         \"generated code, as the generator writes it\"\n)]\n",
    );
    for (name, cases) in [("builder", builder), ("markup", markup)] {
        let _ = write!(out, "\nmod {name} {{\n");
        for case in cases {
            let module = case.call.split("::").nth(1).unwrap_or_default();
            let _ = writeln!(out, "    pub(super) mod {module};");
        }
        out.push_str("}\n");
    }
    out.push_str("\n/// The programs' `main` is private to their file: each is included in a module.\nmod main {\n");
    for module in programs {
        let _ = write!(
            out,
            "    pub(super) mod {module} {{\n        include!(\"main/{module}.rs\");\n\n        \
             pub(in super::super) fn run() -> Result<(), Box<dyn std::error::Error>> {{\n            \
             main()\n        }}\n    }}\n"
        );
    }
    out.push_str("}\n");
    for (name, style, cases) in [
        ("builder_style", "builder", builder),
        ("macro_style", "macro", markup),
    ] {
        let _ = write!(
            out,
            "\n#[test]\nfn {name}_rebuilds_every_payload() {{\n    super::check(\n        \"{style}\",\n        &[\n"
        );
        for case in cases {
            let _ = writeln!(
                out,
                "            (\"{}\", || super::json({})),",
                case.input, case.call
            );
        }
        out.push_str("        ],\n    );\n}\n");
    }
    out.push_str("\n#[test]\nfn main_programs_run() {\n");
    for module in programs {
        let _ = writeln!(
            out,
            "    main::{module}::run().expect(\"the program runs\");"
        );
    }
    out.push_str("}\n");
    out
}
