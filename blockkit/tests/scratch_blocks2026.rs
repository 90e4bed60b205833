//! Scratch: 2026 corpus files round-trip through `Block`.
#![allow(missing_docs, clippy::pedantic, reason = "scratch")]

use blockkit::Block;
use serde_json::Value;

const FILES: &[&str] = &[
    "slackblocks/blocks/alert_block.json",
    "slackblocks/blocks/card_block.json",
    "slackblocks/blocks/carousel_block.json",
    "slackblocks/blocks/container_block.json",
    "slackblocks/blocks/data_table_block.json",
    "slackblocks/blocks/data_visualization_area.json",
    "slackblocks/blocks/data_visualization_bar.json",
    "slackblocks/blocks/data_visualization_line.json",
    "slackblocks/blocks/data_visualization_pie.json",
    "slackblocks/blocks/plan_block.json",
    "slackblocks/blocks/task_card_block.json",
    "slack-morphism/slack_alert_block.json",
    "slack-morphism/slack_card_block.json",
    "slack-morphism/slack_task_card_block.json",
];

fn check(name: &str, value: Value) -> Result<(), String> {
    let text = value.to_string();
    let block: Block = blockkit::from_str(&text).map_err(|e| format!("{name}: parse: {e}"))?;
    if let Block::Unknown(_) = block {
        return Err(format!("{name}: parsed as Unknown"));
    }
    let back = serde_json::to_value(&block).map_err(|e| format!("{name}: ser: {e}"))?;
    if back != value {
        return Err(format!("{name}: differs:\n  in : {value}\n  out: {back}"));
    }
    // also through from_value (buffered path) with type not first
    let mut obj = value.as_object().unwrap().clone();
    let t = obj.remove("type").unwrap();
    obj.insert("type".into(), t);
    let block2: Block = blockkit::from_value(Value::Object(obj)).map_err(|e| format!("{name}: parse2: {e}"))?;
    if serde_json::to_value(&block2).unwrap() != value {
        return Err(format!("{name}: buffered differs"));
    }
    Ok(())
}

#[test]
fn corpus_2026_round_trips() {
    let mut errors = Vec::new();
    for file in FILES {
        let path = format!("/work/shared/corpus/{file}");
        let text = std::fs::read_to_string(&path).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        let items = match value {
            Value::Array(items) => items,
            other => vec![other],
        };
        for (i, item) in items.into_iter().enumerate() {
            if let Err(e) = check(&format!("{file}[{i}]"), item) {
                errors.push(e);
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn plan_tasks_without_type() {
    let text = std::fs::read_to_string("/work/shared/corpus/slackblocks/blocks/plan_block.json").unwrap();
    let block: Block = blockkit::from_str(&text).unwrap();
    let Block::Plan(plan) = block else { panic!() };
    assert!(!plan.tasks[0].has_type());
    assert_eq!(plan.tasks[0].status, Some(blockkit::TaskStatus::Complete));
}

#[test]
fn wrong_tag_is_error() {
    let r: Result<blockkit::TaskCardBlock, _> =
        blockkit::from_str(r#"{"type":"plan","task_id":"a","title":"b"}"#);
    assert!(r.is_err());
    let r: Result<blockkit::Chart, _> = blockkit::from_str(r#"{"type":"donut","x":1}"#);
    assert!(matches!(r, Ok(blockkit::Chart::Unknown(_))));
}

#[test]
fn schema_builds() {
    let s = schemars::schema_for!(blockkit::Block);
    let _ = serde_json::to_string(&s).unwrap();
}

#[test]
fn option_from_str_deserializer_fails() {
    use serde::Deserialize;
    use serde::de::value::{BorrowedStrDeserializer, Error};
    let r = Option::<String>::deserialize(BorrowedStrDeserializer::<Error>::new("x"));
    println!("{r:?}");
    assert!(r.is_err());
}

#[test]
fn print_schema() {
    let s = schemars::schema_for!(blockkit::TaskCardBlock);
    println!("{}", serde_json::to_string_pretty(&s).unwrap());
    let s = schemars::schema_for!(blockkit::BarChart);
    println!("{}", serde_json::to_string_pretty(&s).unwrap());
}
