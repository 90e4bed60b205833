//! Parse: the typical message's JSON (a `chat.postMessage` body) read into each library's model,
//! validated where the library validates, and written back.

use slack_morphism::api::SlackApiChatPostMessageRequest;

/// How many different inputs the bench cycles through.
pub(crate) const INPUTS: usize = 16;

/// The inputs: the typical message's JSON for 16 iteration numbers.
pub(crate) fn inputs() -> Vec<String> {
    (0..INPUTS as u64)
        .map(|n| super::typical_rivals::hand_written(n * 7919 + 1))
        .collect()
}

/// blockkit: parse, validate, serialize.
pub(crate) fn blockkit(json: &str) -> String {
    let body: blockkit::PostMessage = blockkit::from_str(json)
        .unwrap_or_else(|error| panic!("blockkit cannot parse it: {error}"));
    let body = blockkit::Validated::new(body)
        .unwrap_or_else(|invalid| panic!("the parsed message is invalid: {invalid}"));
    blockkit::to_string(&*body).expect("serializes")
}

/// `serde_json::Value`: parse, serialize.
pub(crate) fn value(json: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(json).expect("parses");
    serde_json::to_string(&value).expect("serializes")
}

/// slack-morphism: parse, serialize (it validates nothing).
pub(crate) fn slack_morphism(json: &str) -> String {
    let body: SlackApiChatPostMessageRequest = serde_json::from_str(json).expect("parses");
    serde_json::to_string(&body).expect("serializes")
}

/// slackblocks: checked parsing (validates), serialize.
#[cfg(feature = "slackblocks")]
pub(crate) fn slackblocks(json: &str) -> String {
    let body: slackblocks::MessagePayload = serde_json::from_str(json)
        .unwrap_or_else(|error| panic!("slackblocks cannot parse it: {error}"));
    serde_json::to_string(&body).expect("serializes")
}
