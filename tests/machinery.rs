use blockkit::{Block, Text};
use serde_json::json;

#[test]
fn scratch() {
    let b: Block = blockkit::from_str(r#"{"block_id":"x","type":"divider","zzz":1}"#).unwrap();
    println!("{}", serde_json::to_string(&b).unwrap());
    let b: Block = blockkit::from_str(r#"{"type":"divider","block_id":"x","zzz":1}"#).unwrap();
    println!("{}", serde_json::to_string(&b).unwrap());
    let b: Vec<Block> = blockkit::from_value(json!([{"type":"divider"},{"type":"nope","a":[1]}])).unwrap();
    println!("{}", serde_json::to_string(&b).unwrap());
    let e = blockkit::from_str::<Vec<Block>>(r#"[{"type":"divider"},{"type":"divider","block_id":3}]"#).unwrap_err();
    println!("{e}");
    let e = blockkit::from_str::<Vec<Block>>(r#"[{"type":"divider"},{"block_id":3, "type":"divider"}]"#).unwrap_err();
    println!("{e}");
    let e = blockkit::from_str::<Vec<Text>>(r#"[{"text":"a", "type":"plain_text"},{"type":"mrkdwn","text":4}]"#).unwrap_err();
    println!("{e}");
    let e = blockkit::from_str::<Vec<Vec<Text>>>(r#"[[{"text":"a", "type":"plain_text"}],[{"type":"mrkdwn"}]]"#).unwrap_err();
    println!("{e}");
    let e = blockkit::from_str::<Vec<Vec<Text>>>(r#"[[{"text":"a", "type":"plain_text"}],[{"type":"text"}]]"#).unwrap_err();
    println!("{e}");
}
