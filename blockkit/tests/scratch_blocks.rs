//! Scratch: classic blocks and rich text of the corpus parse and round-trip.
#![allow(missing_docs, clippy::unwrap_used, reason = "scratch")]

use std::fs;
use std::path::Path;

use blockkit::{Block, InlineElement, RichTextElement};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn check<T: DeserializeOwned + Serialize + std::fmt::Debug>(path: &Path) -> Result<(), String> {
    let text = fs::read_to_string(path).unwrap();
    let parsed: T = blockkit::from_str(&text).map_err(|e| format!("parse: {e}"))?;
    let debug = format!("{parsed:?}");
    if debug.contains("Unknown(") {
        return Err(format!("unknown somewhere: {debug}"));
    }
    let back = serde_json::to_value(&parsed).unwrap();
    let original: Value = serde_json::from_str(&text).unwrap();
    if back == original {
        Ok(())
    } else {
        Err(format!("round-trip differs:\n  got  {back}\n  want {original}"))
    }
}

#[test]
fn corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    let mine = [
        "actions", "context", "divider", "file", "header", "image", "input", "markdown",
        "rich_text", "section", "table", "video",
    ];
    let mut failures = Vec::new();
    let mut checked = 0;
    for entry in fs::read_dir(root.join("slackblocks/blocks")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if !mine.iter().any(|m| name.starts_with(m)) {
            continue;
        }
        checked += 1;
        if let Err(e) = check::<Block>(&path) {
            failures.push(format!("{name}: {e}"));
        }
    }
    for entry in fs::read_dir(root.join("slackblocks/rich_text")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        checked += 1;
        let result = if name.contains("list")
            || name.contains("quote")
            || name.contains("code_block")
            || name.contains("section")
        {
            check::<RichTextElement>(&path)
        } else {
            check::<InlineElement>(&path)
        };
        if let Err(e) = result {
            failures.push(format!("{name}: {e}"));
        }
    }
    for name in [
        "slack_rich_text_block.json",
        "slack_table_block.json",
        "slack_context_actions_block.json",
    ] {
        checked += 1;
        if let Err(e) = check::<Block>(&root.join("slack-morphism").join(name)) {
            failures.push(format!("{name}: {e}"));
        }
    }
    {
        let text = fs::read_to_string(root.join("slack-morphism/slack_image_blocks.json")).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        for block in value["blocks"].as_array().unwrap() {
            checked += 1;
            let parsed: Block = blockkit::from_value(block.clone()).unwrap();
            if &serde_json::to_value(&parsed).unwrap() != block {
                failures.push(format!("slack_image_blocks: {block}"));
            }
        }
    }
    for dir in ["slackblocks/messages", "slackblocks/views", "slackblocks/attachments"] {
        for entry in fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let value: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            let mut blocks: Vec<Value> = value["blocks"].as_array().cloned().unwrap_or_default();
            if let Some(atts) = value["attachments"].as_array() {
                for a in atts {
                    blocks.extend(a["blocks"].as_array().cloned().unwrap_or_default());
                }
            }
            for block in blocks {
                let ty = block["type"].as_str().unwrap_or_default().to_owned();
                if !mine.iter().any(|m| ty.starts_with(m)) {
                    continue;
                }
                checked += 1;
                match blockkit::from_value::<Block>(block.clone()) {
                    Ok(parsed) => {
                        if serde_json::to_value(&parsed).unwrap() != block {
                            failures.push(format!("{}: {ty} differs", path.display()));
                        }
                    }
                    Err(e) => failures.push(format!("{}: {ty}: {e}", path.display())),
                }
            }
        }
    }
    println!("checked {checked}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
