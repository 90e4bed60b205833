//! Posts a message with `chat.postMessage`, using a plain HTTP client (ureq): blockkit builds and
//! checks the body, any client sends it.
//!
//! ```text
//! SLACK_BOT_TOKEN=xoxb-… SLACK_CHANNEL=C0123456789 cargo run -p blockkit --example send
//! ```
//!
//! Without both variables it only prints the request it would send, and contacts nothing. A
//! `429 Too Many Requests` answer is retried after its `Retry-After` delay, a few times at most.
//! `SLACK_API_URL` replaces `https://slack.com/api/` (for `https://slack-gov.com/api/`, a proxy,
//! or a local fake).

use std::error::Error;
use std::time::Duration;

use blockkit::{
    ActionsBlock, Button, ButtonStyle, HeaderBlock, Message, MrkdwnText, PostMessage, SectionBlock,
    WebApiMethod,
};

/// How many times a rate-limited request is sent before giving up.
const MAX_ATTEMPTS: u32 = 4;
/// The longest `Retry-After` delay honoured, in seconds.
const MAX_RETRY_AFTER: u64 = 60;

fn main() -> Result<(), Box<dyn Error>> {
    let token = non_empty_var("SLACK_BOT_TOKEN");
    let channel = non_empty_var("SLACK_CHANNEL");

    let user = std::env::var("USER").unwrap_or_else(|_| "someone".to_owned());
    let message = Message::new()
        .text(format!("Hello from blockkit, sent by {user}"))
        .block(HeaderBlock::new("Hello from blockkit :wave:"))
        .block(SectionBlock::new().text(MrkdwnText::escaped(format!(
            "Sent by {user} with the `send` example."
        ))))
        .block(
            ActionsBlock::new().element(
                Button::new("Open the docs")
                    .url("https://docs.rs/blockkit")
                    .action_id("docs")
                    .style(ButtonStyle::Primary),
            ),
        )
        .build()?;
    for warning in message.warnings() {
        eprintln!("warning: {warning}");
    }
    let body = PostMessage::new(
        channel.clone().unwrap_or_else(|| "C0123456789".to_owned()),
        message,
    )
    .unfurl_links(false);

    if let (Some(token), Some(_)) = (token, channel) {
        return send(&token, &body);
    }
    println!(
        "SLACK_BOT_TOKEN and SLACK_CHANNEL are not both set: this is the request that would be sent.\n"
    );
    println!("POST {}", PostMessage::url());
    println!("Content-Type: application/json; charset=utf-8");
    println!("Authorization: Bearer $SLACK_BOT_TOKEN");
    println!();
    println!("{}", serde_json::to_string_pretty(&body)?);
    Ok(())
}

/// The variable's value, when it is set and not empty.
fn non_empty_var(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .filter(|value| !value.trim().is_empty())
}

/// Sends `body`, waiting out `429` answers, and prints Slack's answer.
fn send(token: &str, body: &PostMessage) -> Result<(), Box<dyn Error>> {
    let json = blockkit::to_string(body)?;
    let url = match non_empty_var("SLACK_API_URL") {
        Some(base) => format!("{}/{}", base.trim_end_matches('/'), PostMessage::METHOD),
        None => PostMessage::url(),
    };
    let config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build();
    let agent = ureq::Agent::new_with_config(config);
    for attempt in 1..=MAX_ATTEMPTS {
        let mut response = agent
            .post(&url)
            .header("Authorization", format!("Bearer {token}"))
            .header("Content-Type", "application/json; charset=utf-8")
            .send(json.as_str())?;
        if response.status().as_u16() == 429 {
            let wait = response
                .headers()
                .get("retry-after")
                .and_then(|value| value.to_str().ok())
                .and_then(|value| value.trim().parse::<u64>().ok())
                .unwrap_or(1)
                .min(MAX_RETRY_AFTER);
            if attempt == MAX_ATTEMPTS {
                return Err(format!("still rate limited after {MAX_ATTEMPTS} attempts").into());
            }
            eprintln!("rate limited: retrying in {wait} s (attempt {attempt} of {MAX_ATTEMPTS})");
            std::thread::sleep(Duration::from_secs(wait));
            continue;
        }
        let status = response.status();
        let answer: serde_json::Value =
            serde_json::from_str(&response.body_mut().read_to_string()?)?;
        if answer["ok"] == true {
            println!("posted: channel {}, ts {}", answer["channel"], answer["ts"]);
            return Ok(());
        }
        return Err(format!("{} answered HTTP {status}: {answer}", PostMessage::METHOD).into());
    }
    Err("no attempt was made".into())
}
