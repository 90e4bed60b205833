//! The typical message with the other libraries, `json!` and the hand-written floor.

use serde_json::json;

use super::typical::{
    AVATAR_ALT, CHANNEL, CONFIRM_TITLE, FIELD_ENV, FIELD_SERVICE, FIELD_STATUS, HELP, LOGO_ALT,
    LOGO_URL, OPTIONS, Strings, Texts,
};
use super::write;

/// slack-morphism (models only): build and serialize; it validates nothing. Its URLs are
/// `url::Url`, parsed when built.
pub(crate) fn slack_morphism(n: u64) -> String {
    use slack_morphism::api::SlackApiChatPostMessageRequest;
    use slack_morphism::prelude::*;
    use url::Url;

    fn md(text: impl Into<String>) -> SlackBlockText {
        SlackBlockMarkDownText::new(text.into()).into()
    }
    fn url(text: &str) -> Url {
        Url::parse(text).expect("a valid URL")
    }
    fn image(image_url: &str, alt: &str) -> SlackBlockImageElement {
        SlackBlockImageElement::new(
            SlackImageUrlOrFile::ImageUrl {
                image_url: url(image_url),
            },
            alt.into(),
        )
    }

    let s = Strings::new(n);
    let options = OPTIONS
        .iter()
        .map(|&(text, value)| SlackBlockChoiceItem::new(text.into(), value.into()))
        .collect();
    let blocks: Vec<SlackBlock> = vec![
        SlackHeaderBlock::new(s.header.into()).into(),
        SlackSectionBlock::new()
            .with_text(md(s.summary))
            .with_accessory(image(&s.avatar_url, AVATAR_ALT).into())
            .into(),
        SlackSectionBlock::new()
            .with_fields(vec![
                md(FIELD_SERVICE),
                md(s.version),
                md(FIELD_ENV),
                md(s.duration),
                md(s.author),
                md(FIELD_STATUS),
            ])
            .into(),
        SlackDividerBlock::new().into(),
        SlackActionsBlock::new(vec![
            SlackBlockButtonElement::new("Promote".into())
                .with_action_id("promote".into())
                .with_style(SlackBlockButtonStyle::Primary)
                .with_value(s.promote_value)
                .with_confirm(SlackBlockConfirmItem::new(
                    CONFIRM_TITLE.into(),
                    md(s.confirm_text),
                    "Promote".into(),
                    "Not yet".into(),
                ))
                .into(),
            SlackBlockButtonElement::new("Roll back".into())
                .with_action_id("rollback".into())
                .with_style(SlackBlockButtonStyle::Danger)
                .with_value(s.rollback_value)
                .into(),
            SlackBlockButtonElement::new("Open run".into())
                .with_action_id("open_run".into())
                .with_url(url(&s.run_url))
                .into(),
            SlackBlockStaticSelectElement::new()
                .with_action_id("environment".into())
                .with_placeholder("Environment".into())
                .with_options(options)
                .into(),
        ])
        .with_block_id("deploy_actions".into())
        .into(),
        SlackContextBlock::new(vec![
            image(LOGO_URL, LOGO_ALT).into(),
            SlackBlockMarkDownText::new(s.triggered).into(),
            SlackBlockMarkDownText::new(HELP.into()).into(),
        ])
        .into(),
    ];
    let request = SlackApiChatPostMessageRequest::new(
        CHANNEL.into(),
        SlackMessageContent::new()
            .with_text(s.text)
            .with_blocks(blocks),
    );
    serde_json::to_string(&request).expect("serializes")
}

/// slackblocks: every `build()` validates what it builds.
#[cfg(feature = "slackblocks")]
pub(crate) fn slackblocks(n: u64) -> String {
    slackblocks_message(n).unwrap_or_else(|error| panic!("slackblocks rejects it: {error}"))
}

#[cfg(feature = "slackblocks")]
fn slackblocks_message(n: u64) -> Result<String, slackblocks::ValidationError> {
    use slackblocks::{
        ActionsBlock, ButtonElement, ButtonStyle, ConfirmationDialogue, ContextBlock, DividerBlock,
        HeaderBlock, ImageElement, MarkdownText, MessagePayload, SectionBlock, SelectOption,
        StaticSelectElement,
    };

    fn image(
        url: impl Into<String>,
        alt: &str,
    ) -> Result<ImageElement, slackblocks::ValidationError> {
        ImageElement::builder().image_url(url).alt_text(alt).build()
    }

    let s = Strings::new(n);
    let mut select = StaticSelectElement::builder()
        .action_id("environment")
        .placeholder("Environment");
    for (text, value) in OPTIONS {
        select = select.option(SelectOption::builder().text(text).value(value).build()?);
    }
    // `MessagePayload` sets `"mrkdwn": true` (Slack's default) unless cleared.
    let message = MessagePayload::builder(CHANNEL)
        .clear_mrkdwn()
        .text(s.text)
        .block(HeaderBlock::builder().text(s.header).build()?)
        .block(
            SectionBlock::builder()
                .text(MarkdownText::new(s.summary)?)
                .accessory(image(s.avatar_url, AVATAR_ALT)?)
                .build()?,
        )
        .block(
            SectionBlock::builder()
                .field(MarkdownText::new(FIELD_SERVICE)?)
                .field(MarkdownText::new(s.version)?)
                .field(MarkdownText::new(FIELD_ENV)?)
                .field(MarkdownText::new(s.duration)?)
                .field(MarkdownText::new(s.author)?)
                .field(MarkdownText::new(FIELD_STATUS)?)
                .build()?,
        )
        .block(DividerBlock::builder().build()?)
        .block(
            ActionsBlock::builder()
                .block_id("deploy_actions")
                .element(
                    ButtonElement::builder()
                        .text("Promote")
                        .action_id("promote")
                        .style(ButtonStyle::Primary)
                        .value(s.promote_value)
                        .confirm(
                            ConfirmationDialogue::builder()
                                .title(CONFIRM_TITLE)
                                .text(MarkdownText::new(s.confirm_text)?)
                                .confirm("Promote")
                                .deny("Not yet")
                                .build()?,
                        )
                        .build()?,
                )
                .element(
                    ButtonElement::builder()
                        .text("Roll back")
                        .action_id("rollback")
                        .style(ButtonStyle::Danger)
                        .value(s.rollback_value)
                        .build()?,
                )
                .element(
                    ButtonElement::builder()
                        .text("Open run")
                        .action_id("open_run")
                        .url(s.run_url)
                        .build()?,
                )
                .element(select.build()?)
                .build()?,
        )
        .block(
            ContextBlock::builder()
                .element(image(LOGO_URL, LOGO_ALT)?)
                .element(MarkdownText::new(s.triggered)?)
                .element(MarkdownText::new(HELP)?)
                .build()?,
        )
        .build()?;
    Ok(serde_json::to_string(&message).expect("serializes"))
}

/// `serde_json::json!` then `to_string`.
pub(crate) fn json_macro(n: u64) -> String {
    fn md(text: impl Into<String>) -> serde_json::Value {
        json!({"type": "mrkdwn", "text": text.into()})
    }
    fn plain(text: impl Into<String>) -> serde_json::Value {
        json!({"type": "plain_text", "text": text.into()})
    }
    let s = Strings::new(n);
    let options: Vec<serde_json::Value> = OPTIONS
        .iter()
        .map(|&(text, value)| json!({"text": plain(text), "value": value}))
        .collect();
    let body = json!({
        "channel": CHANNEL,
        "text": s.text,
        "blocks": [
            {"type": "header", "text": plain(s.header)},
            {"type": "section", "text": md(s.summary),
             "accessory": {"type": "image", "image_url": s.avatar_url, "alt_text": AVATAR_ALT}},
            {"type": "section", "fields": [
                md(FIELD_SERVICE), md(s.version), md(FIELD_ENV),
                md(s.duration), md(s.author), md(FIELD_STATUS),
            ]},
            {"type": "divider"},
            {"type": "actions", "block_id": "deploy_actions", "elements": [
                {"type": "button", "text": plain("Promote"), "action_id": "promote",
                 "value": s.promote_value, "style": "primary",
                 "confirm": {"title": plain(CONFIRM_TITLE), "text": md(s.confirm_text),
                             "confirm": plain("Promote"), "deny": plain("Not yet")}},
                {"type": "button", "text": plain("Roll back"), "action_id": "rollback",
                 "value": s.rollback_value, "style": "danger"},
                {"type": "button", "text": plain("Open run"), "action_id": "open_run",
                 "url": s.run_url},
                {"type": "static_select", "action_id": "environment",
                 "placeholder": plain("Environment"), "options": options},
            ]},
            {"type": "context", "elements": [
                {"type": "image", "image_url": LOGO_URL, "alt_text": LOGO_ALT},
                md(s.triggered),
                md(HELP),
            ]},
        ],
    });
    serde_json::to_string(&body).expect("serializes")
}

/// The floor: the JSON written by hand into one `String`, strings escaped at run time.
pub(crate) fn hand_written(n: u64) -> String {
    let s = Strings::new(n);
    write_message(Some(CHANNEL), &s.texts())
}

/// Writes the message (the body when `channel` is given) by hand.
pub(crate) fn write_message(channel: Option<&str>, s: &Texts<'_>) -> String {
    let mut out = String::with_capacity(2560);
    out.push('{');
    if let Some(channel) = channel {
        write::field(&mut out, "channel", channel);
        out.push(',');
    }
    write::field(&mut out, "text", s.text);
    out.push_str(",\"blocks\":[{\"type\":\"header\",");
    write::plain_field(&mut out, "text", s.header);
    out.push_str("},{\"type\":\"section\",\"text\":");
    write::mrkdwn(&mut out, s.summary);
    out.push_str(",\"accessory\":{\"type\":\"image\",");
    write::field(&mut out, "image_url", s.avatar_url);
    out.push(',');
    write::field(&mut out, "alt_text", AVATAR_ALT);
    out.push_str("}},{\"type\":\"section\",\"fields\":[");
    for (index, field) in [
        FIELD_SERVICE,
        s.version,
        FIELD_ENV,
        s.duration,
        s.author,
        FIELD_STATUS,
    ]
    .into_iter()
    .enumerate()
    {
        if index > 0 {
            out.push(',');
        }
        write::mrkdwn(&mut out, field);
    }
    out.push_str("]},{\"type\":\"divider\"},{\"type\":\"actions\",\"block_id\":\"deploy_actions\",\"elements\":[{\"type\":\"button\",");
    write::plain_field(&mut out, "text", "Promote");
    out.push_str(",\"action_id\":\"promote\",");
    write::field(&mut out, "value", s.promote_value);
    out.push_str(",\"style\":\"primary\",\"confirm\":{");
    write::plain_field(&mut out, "title", CONFIRM_TITLE);
    out.push_str(",\"text\":");
    write::mrkdwn(&mut out, s.confirm_text);
    out.push(',');
    write::plain_field(&mut out, "confirm", "Promote");
    out.push(',');
    write::plain_field(&mut out, "deny", "Not yet");
    out.push_str("}},{\"type\":\"button\",");
    write::plain_field(&mut out, "text", "Roll back");
    out.push_str(",\"action_id\":\"rollback\",");
    write::field(&mut out, "value", s.rollback_value);
    out.push_str(",\"style\":\"danger\"},{\"type\":\"button\",");
    write::plain_field(&mut out, "text", "Open run");
    out.push_str(",\"action_id\":\"open_run\",");
    write::field(&mut out, "url", s.run_url);
    out.push_str("},{\"type\":\"static_select\",\"action_id\":\"environment\",");
    write::plain_field(&mut out, "placeholder", "Environment");
    out.push_str(",\"options\":[");
    for (index, (text, value)) in OPTIONS.into_iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        write::option(&mut out, text, value);
    }
    out.push_str("]}]},{\"type\":\"context\",\"elements\":[{\"type\":\"image\",");
    write::field(&mut out, "image_url", LOGO_URL);
    out.push(',');
    write::field(&mut out, "alt_text", LOGO_ALT);
    out.push_str("},");
    write::mrkdwn(&mut out, s.triggered);
    out.push(',');
    write::mrkdwn(&mut out, HELP);
    out.push_str("]}]}");
    out
}
