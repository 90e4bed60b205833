//! The large modal with the other libraries, `json!` and the hand-written floor.

use serde_json::{Value, json};

use super::modal::{DATE, FLAGS, HINT, OPTIONS, WRITE, callback_id, label, private_metadata, step};
use super::write;

/// slack-morphism (models only): build and serialize; it validates nothing.
pub(crate) fn slack_morphism(n: u64) -> String {
    use slack_morphism::prelude::*;

    let mut blocks: Vec<SlackBlock> = Vec::with_capacity(100);
    for i in 0..100 {
        let id = SlackBlockId(format!("b{i}"));
        if i % 2 == 1 {
            blocks.push(
                SlackSectionBlock::new()
                    .with_block_id(id)
                    .with_text(SlackBlockMarkDownText::new(step(i, n)).into())
                    .into(),
            );
            continue;
        }
        let element: SlackInputBlockElement = match (i / 2) % 4 {
            0 => SlackBlockPlainTextInputElement::new()
                .with_action_id("comment".into())
                .with_multiline(true)
                .with_max_length(3000)
                .with_placeholder(WRITE.into())
                .into(),
            1 => SlackBlockStaticSelectElement::new()
                .with_action_id("choice".into())
                .with_placeholder("Choose one".into())
                .with_options(
                    OPTIONS
                        .iter()
                        .map(|&(text, value)| SlackBlockChoiceItem::new(text.into(), value.into()))
                        .collect(),
                )
                .with_initial_option(SlackBlockChoiceItem::new(
                    OPTIONS[3].0.into(),
                    OPTIONS[3].1.into(),
                ))
                .into(),
            2 => SlackBlockDatePickerElement::new()
                .with_action_id("date".into())
                .with_initial_date(DATE.into())
                .into(),
            _ => SlackBlockCheckboxesElement::new(
                FLAGS
                    .iter()
                    .map(|&(text, value)| {
                        SlackBlockChoiceItem::new(
                            SlackBlockPlainTextOnly::from(text).into(),
                            value.into(),
                        )
                    })
                    .collect(),
            )
            .with_action_id("flags".into())
            .into(),
        };
        blocks.push(
            SlackInputBlock::new(label(i).into(), element)
                .with_block_id(id)
                .with_hint(HINT.into())
                .into(),
        );
    }
    let view = SlackView::Modal(
        SlackModalView::new("Request".into(), blocks)
            .with_submit("Send".into())
            .with_close("Cancel".into())
            .with_callback_id(SlackCallbackId(callback_id(n)))
            .with_private_metadata(private_metadata(n)),
    );
    serde_json::to_string(&view).expect("serializes")
}

/// slackblocks: every `build()` validates what it builds.
#[cfg(feature = "slackblocks")]
pub(crate) fn slackblocks(n: u64) -> String {
    slackblocks_modal(n).unwrap_or_else(|error| panic!("slackblocks rejects it: {error}"))
}

#[cfg(feature = "slackblocks")]
fn slackblocks_modal(n: u64) -> Result<String, slackblocks::ValidationError> {
    use slackblocks::{
        CheckboxesElement, DatePickerElement, InputBlock, InputElement, MarkdownText, ModalView,
        PlainTextInputElement, SectionBlock, SelectOption, StaticSelectElement, ValidationError,
    };

    fn option((text, value): (&str, &str)) -> Result<SelectOption, ValidationError> {
        SelectOption::builder().text(text).value(value).build()
    }

    let mut modal = ModalView::builder()
        .title("Request")
        .submit("Send")
        .close("Cancel")
        .callback_id(callback_id(n))
        .private_metadata(private_metadata(n));
    for i in 0..100 {
        let id = format!("b{i}");
        if i % 2 == 1 {
            modal = modal.block(
                SectionBlock::builder()
                    .block_id(id)
                    .text(MarkdownText::new(step(i, n))?)
                    .build()?,
            );
            continue;
        }
        let element: InputElement = match (i / 2) % 4 {
            0 => PlainTextInputElement::builder()
                .action_id("comment")
                .multiline(true)
                .max_length(3000)
                .placeholder(WRITE)
                .build()?
                .into(),
            1 => {
                let mut select = StaticSelectElement::builder()
                    .action_id("choice")
                    .placeholder("Choose one");
                for pair in OPTIONS {
                    select = select.option(option(pair)?);
                }
                select.initial_option(option(OPTIONS[3])?).build()?.into()
            }
            2 => DatePickerElement::builder()
                .action_id("date")
                .initial_date(DATE)
                .build()?
                .into(),
            _ => {
                let mut boxes = CheckboxesElement::builder().action_id("flags");
                for pair in FLAGS {
                    boxes = boxes.option(option(pair)?);
                }
                boxes.build()?.into()
            }
        };
        modal = modal.block(
            InputBlock::builder()
                .label(label(i))
                .element(element)
                .block_id(id)
                .hint(HINT)
                .build()?,
        );
    }
    Ok(serde_json::to_string(&modal.build()?).expect("serializes"))
}

/// `serde_json::json!` then `to_string`.
pub(crate) fn json_macro(n: u64) -> String {
    fn plain(text: impl Into<String>) -> Value {
        json!({"type": "plain_text", "text": text.into()})
    }
    fn option((text, value): (&str, &str)) -> Value {
        json!({"text": plain(text), "value": value})
    }
    let mut blocks = Vec::with_capacity(100);
    for i in 0..100 {
        let id = format!("b{i}");
        if i % 2 == 1 {
            blocks.push(json!({"type": "section", "block_id": id,
                "text": {"type": "mrkdwn", "text": step(i, n)}}));
            continue;
        }
        let element = match (i / 2) % 4 {
            0 => json!({"type": "plain_text_input", "action_id": "comment", "multiline": true,
                "max_length": 3000, "placeholder": plain(WRITE)}),
            1 => json!({"type": "static_select", "action_id": "choice",
                "placeholder": plain("Choose one"),
                "options": OPTIONS.map(option), "initial_option": option(OPTIONS[3])}),
            2 => json!({"type": "datepicker", "action_id": "date", "initial_date": DATE}),
            _ => json!({"type": "checkboxes", "action_id": "flags", "options": FLAGS.map(option)}),
        };
        blocks.push(
            json!({"type": "input", "block_id": id, "label": plain(label(i)),
            "element": element, "hint": plain(HINT)}),
        );
    }
    let modal = json!({
        "type": "modal",
        "title": plain("Request"),
        "blocks": blocks,
        "close": plain("Cancel"),
        "submit": plain("Send"),
        "private_metadata": private_metadata(n),
        "callback_id": callback_id(n),
    });
    serde_json::to_string(&modal).expect("serializes")
}

/// The floor: the JSON written by hand into one `String`, strings escaped at run time.
pub(crate) fn hand_written(n: u64) -> String {
    use std::fmt::Write as _;

    let mut out = String::with_capacity(48 * 1024);
    out.push_str("{\"type\":\"modal\",");
    write::plain_field(&mut out, "title", "Request");
    out.push_str(",\"blocks\":[");
    for i in 0..100 {
        if i > 0 {
            out.push(',');
        }
        if i % 2 == 1 {
            let _ = write!(
                out,
                "{{\"type\":\"section\",\"block_id\":\"b{i}\",\"text\":"
            );
            write::mrkdwn(&mut out, &step(i, n));
            out.push('}');
            continue;
        }
        let _ = write!(out, "{{\"type\":\"input\",\"block_id\":\"b{i}\",");
        write::plain_field(&mut out, "label", &label(i));
        out.push_str(",\"element\":");
        match (i / 2) % 4 {
            0 => {
                out.push_str("{\"type\":\"plain_text_input\",\"action_id\":\"comment\",\"multiline\":true,\"max_length\":3000,");
                write::plain_field(&mut out, "placeholder", WRITE);
                out.push('}');
            }
            1 => {
                out.push_str("{\"type\":\"static_select\",\"action_id\":\"choice\",");
                write::plain_field(&mut out, "placeholder", "Choose one");
                out.push_str(",\"options\":[");
                options(&mut out, &OPTIONS);
                out.push_str("],\"initial_option\":");
                write::option(&mut out, OPTIONS[3].0, OPTIONS[3].1);
                out.push('}');
            }
            2 => {
                out.push_str("{\"type\":\"datepicker\",\"action_id\":\"date\",");
                write::field(&mut out, "initial_date", DATE);
                out.push('}');
            }
            _ => {
                out.push_str("{\"type\":\"checkboxes\",\"action_id\":\"flags\",\"options\":[");
                options(&mut out, &FLAGS);
                out.push_str("]}");
            }
        }
        out.push(',');
        write::plain_field(&mut out, "hint", HINT);
        out.push('}');
    }
    out.push_str("],");
    write::plain_field(&mut out, "close", "Cancel");
    out.push(',');
    write::plain_field(&mut out, "submit", "Send");
    out.push(',');
    write::field(&mut out, "private_metadata", &private_metadata(n));
    out.push(',');
    write::field(&mut out, "callback_id", &callback_id(n));
    out.push('}');
    out
}

fn options(out: &mut String, options: &[(&str, &str)]) {
    for (index, &(text, value)) in options.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        write::option(out, text, value);
    }
}
