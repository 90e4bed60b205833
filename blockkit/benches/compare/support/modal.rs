//! The large modal: title, submit, close, `callback_id`, `private_metadata` and 100 blocks,
//! sections between input blocks holding, in turn, a `plain_text_input`, a `static_select` of 20
//! options, a `datepicker` and `checkboxes` of 5 options.
//!
//! Dynamic per iteration: `callback_id`, `private_metadata` (needs escaping, not ASCII) and every
//! section's text; labels and block IDs are formatted from the block's index.

/// The 20 options of each `static_select`: text and value.
pub(crate) const OPTIONS: [(&str, &str); 20] = [
    ("Option number 0", "value-0"),
    ("Option number 1", "value-1"),
    ("Option number 2", "value-2"),
    ("Option number 3", "value-3"),
    ("Option number 4", "value-4"),
    ("Option number 5", "value-5"),
    ("Option number 6", "value-6"),
    ("Option number 7", "value-7"),
    ("Option number 8", "value-8"),
    ("Option number 9", "value-9"),
    ("Option number 10", "value-10"),
    ("Option number 11", "value-11"),
    ("Option number 12", "value-12"),
    ("Option number 13", "value-13"),
    ("Option number 14", "value-14"),
    ("Option number 15", "value-15"),
    ("Option number 16", "value-16"),
    ("Option number 17", "value-17"),
    ("Option number 18", "value-18"),
    ("Option number 19", "value-19"),
];
/// The 5 options of each `checkboxes`: text and value.
pub(crate) const FLAGS: [(&str, &str); 5] = [
    ("Urgent", "urgent"),
    ("Confidential", "confidential"),
    ("Needs review — légal", "review"),
    ("Billable", "billable"),
    ("Follow up", "follow-up"),
];
/// The hint of every input block.
pub(crate) const HINT: &str = "Optional hint text";
/// The placeholder of the `plain_text_input`s.
pub(crate) const WRITE: &str = "Write something…";
/// The `initial_date` of the date pickers.
pub(crate) const DATE: &str = "2026-03-14";

/// The `callback_id` of modal `n`.
pub(crate) fn callback_id(n: u64) -> String {
    format!("request-{n}")
}

/// The `private_metadata` of modal `n`: JSON in a string.
pub(crate) fn private_metadata(n: u64) -> String {
    format!("{{\"request\":{n},\"requester\":\"José\"}}")
}

/// The text of section `i` of modal `n`.
pub(crate) fn step(i: usize, n: u64) -> String {
    format!("*Step {i}* of request #{n}: fill in the field below. _Merci !_")
}

/// The label of input block `i`.
pub(crate) fn label(i: usize) -> String {
    let name = match (i / 2) % 4 {
        0 => "Comment",
        1 => "Choice",
        2 => "Date",
        _ => "Flags",
    };
    format!("{name} {i}")
}

/// blockkit builders: build, validate (`build()`), serialize.
pub(crate) fn blockkit(n: u64) -> String {
    let modal = blockkit_modal(n)
        .build()
        .unwrap_or_else(|invalid| panic!("the large modal is invalid: {invalid}"));
    blockkit::to_string(&*modal).expect("serializes")
}

/// blockkit builders, the build alone: the modal, not validated.
pub(crate) fn blockkit_modal(n: u64) -> blockkit::Modal {
    use blockkit::{
        Checkboxes, DatePicker, InputBlock, Modal, MrkdwnText, OptionObject, PlainTextInput,
        SectionBlock, StaticSelect,
    };
    let mut modal = Modal::new("Request")
        .submit("Send")
        .close("Cancel")
        .callback_id(callback_id(n))
        .private_metadata(private_metadata(n));
    for i in 0..100 {
        let id = format!("b{i}");
        if i % 2 == 1 {
            modal = modal.block(
                SectionBlock::new()
                    .block_id(id)
                    .text(MrkdwnText::raw(step(i, n))),
            );
            continue;
        }
        let label = label(i);
        let input = match (i / 2) % 4 {
            0 => InputBlock::new(
                label,
                PlainTextInput::new()
                    .action_id("comment")
                    .multiline(true)
                    .max_length(3000)
                    .placeholder(WRITE),
            ),
            1 => InputBlock::new(
                label,
                StaticSelect::new()
                    .action_id("choice")
                    .placeholder("Choose one")
                    .options(OPTIONS.map(|(text, value)| OptionObject::new(text, value)))
                    .initial_option(OptionObject::new(OPTIONS[3].0, OPTIONS[3].1)),
            ),
            2 => InputBlock::new(
                label,
                DatePicker::new().action_id("date").initial_date(DATE),
            ),
            _ => InputBlock::new(
                label,
                Checkboxes::new()
                    .action_id("flags")
                    .options(FLAGS.map(|(text, value)| OptionObject::new(text, value))),
            ),
        };
        modal = modal.block(input.block_id(id).hint(HINT));
    }
    modal
}

/// `blocks!`: the same modal as markup; validated by `build()`.
pub(crate) fn markup(n: u64) -> String {
    let modal = blockkit::blocks! {
        <modal title="Request" submit="Send" close="Cancel" callback_id={callback_id(n)}
            private_metadata={private_metadata(n)}>
            for i in 0..100_usize {
                if i % 2 == 1 {
                    <section block_id={format!("b{i}")}>
                        <mrkdwn>"*Step " {i} "* of request #" {n} ": fill in the field below. _Merci !_"</mrkdwn>
                    </section>
                } else {
                    match (i / 2) % 4 {
                        0 => {
                            <input label={label(i)} block_id={format!("b{i}")} hint="Optional hint text">
                                <plain_text_input action_id="comment" multiline max_length=3000
                                    placeholder="Write something…"/>
                            </input>
                        }
                        1 => {
                            <input label={label(i)} block_id={format!("b{i}")} hint="Optional hint text">
                                <static_select action_id="choice" placeholder="Choose one"
                                    initial_option=<option value="value-3">"Option number 3"</option>>
                                    for (text, value) in OPTIONS {
                                        <option value={value}>{text}</option>
                                    }
                                </static_select>
                            </input>
                        }
                        2 => {
                            <input label={label(i)} block_id={format!("b{i}")} hint="Optional hint text">
                                <datepicker action_id="date" initial_date="2026-03-14"/>
                            </input>
                        }
                        _ => {
                            <input label={label(i)} block_id={format!("b{i}")} hint="Optional hint text">
                                <checkboxes action_id="flags">
                                    for (text, value) in FLAGS {
                                        <option value={value}>{text}</option>
                                    }
                                </checkboxes>
                            </input>
                        }
                    }
                }
            }
        </modal>
    }
    .build()
    .unwrap_or_else(|invalid| panic!("the large modal is invalid: {invalid}"));
    blockkit::to_string(&*modal).expect("serializes")
}
