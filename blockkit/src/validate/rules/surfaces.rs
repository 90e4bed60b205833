//! Rules of surfaces (spec §2, §7, §9 rules 1–12, 60).

use blockkit_limits as limits;

use super::blocks;
use crate::validate::walker::{TextKind, Walker};
use crate::validate::{Code, Severity, Surface};
use crate::{Attachment, Block, HomeTab, Message, Modal, View, WorkflowStepView};

/// A message at the current pointer (rules 1, 9–11, 60).
pub(crate) fn message<'a>(w: &mut Walker<'a>, message: &'a Message) {
    use limits::message::{ATTACHMENTS, MARKDOWN_TEXT, TEXT};
    let markdown_text = message
        .extra
        .get("markdown_text")
        .and_then(serde_json::Value::as_str);
    if message.text.is_none()
        && message.blocks.is_empty()
        && message.attachments.is_empty()
        && markdown_text.is_none()
    {
        w.error(
            Code::Required,
            "a message needs `text`, `blocks`, `attachments` or `markdown_text`",
        );
    } else if message.text.is_none() && markdown_text.is_none() && !message.blocks.is_empty() {
        w.warn(
            Code::Required,
            "a message with blocks should have `text`: it is shown in notifications and read by screen readers",
        );
    }
    if let Some(markdown) = markdown_text {
        w.string("markdown_text", Some(markdown), &MARKDOWN_TEXT);
        if message.text.is_some() || !message.blocks.is_empty() {
            w.at("markdown_text", |w| {
                w.error(
                    Code::Exclusive,
                    "markdown_text cannot be combined with `text` or `blocks`",
                );
            });
        }
    }
    w.string("text", message.text.as_deref(), &TEXT);
    blocks::block_count(w, "message", message.blocks.len());
    w.at("blocks", |w| blocks::block_list(w, &message.blocks));
    message_budgets(w);
    w.items(
        "message",
        "attachments",
        message.attachments.len(),
        &ATTACHMENTS,
    );
    w.each("attachments", &message.attachments, |w, attachment| {
        w.with_block_id_scope(|w| self::attachment(w, attachment));
    });
}

/// The budgets shared by a message's blocks: markdown text (rule 10) and the cells of its table
/// and `data_table` blocks together (§2, §4.18, §12: "over all table cells of one message").
fn message_budgets(w: &mut Walker<'_>) {
    let markdown = limits::message::MARKDOWN_TOTAL;
    if w.markdown_chars > markdown.max {
        let chars = w.markdown_chars;
        w.report(
            Severity::Warning,
            Code::MaxLength,
            format!(
                "the markdown blocks hold {chars} characters; the limit for a message is {}",
                markdown.max
            ),
            Some((markdown.max, chars)),
        );
    }
    let cells = limits::table::CELL_CHARS;
    if w.cell_blocks > 1 && w.table_chars > cells.max {
        let chars = w.table_chars;
        w.report(
            Severity::Error,
            Code::MaxLength,
            format!(
                "the message's table cells hold {chars} characters; the limit is {}",
                cells.max
            ),
            Some((cells.max, chars)),
        );
    }
}

/// A legacy attachment at the current pointer. Its blocks follow the message rules, with their
/// own `block_id` scope.
pub(crate) fn attachment<'a>(w: &mut Walker<'a>, attachment: &'a Attachment) {
    w.string(
        "footer",
        attachment.footer.as_deref(),
        &limits::attachment::FOOTER,
    );
    if let Some(color) = &attachment.color
        && !matches!(color.as_str(), "good" | "warning" | "danger")
        && !super::rich_text::is_hex_colour(color)
    {
        w.at("color", |w| {
            w.error(
                Code::InvalidFormat,
                format!("color is `{color}`; expected good, warning, danger or a hex colour"),
            );
        });
    }
    blocks::block_count(w, "attachment", attachment.blocks.len());
    w.at("blocks", |w| blocks::block_list(w, &attachment.blocks));
}

fn view_common(
    w: &mut Walker<'_>,
    private_metadata: Option<&str>,
    callback_id: Option<&str>,
    external_id: Option<&str>,
) {
    use limits::view::{CALLBACK_ID, EXTERNAL_ID, PRIVATE_METADATA};
    w.string("private_metadata", private_metadata, &PRIVATE_METADATA);
    w.string("callback_id", callback_id, &CALLBACK_ID);
    w.string("external_id", external_id, &EXTERNAL_ID);
}

/// Whether any block, container children included, is an input block.
fn has_input(blocks: &[Block]) -> bool {
    blocks.iter().any(|block| match block {
        Block::Input(_) => true,
        Block::Container(container) => has_input(&container.child_blocks),
        _ => false,
    })
}

/// A modal at the current pointer (rules 1–7, 12).
pub(crate) fn modal<'a>(w: &mut Walker<'a>, modal: &'a Modal) {
    use limits::modal::{CLOSE, SUBMIT, TITLE};
    if !modal.has_type() {
        w.error(Code::Required, "a modal view needs `\"type\": \"modal\"`");
    }
    w.text("title", &modal.title, TextKind::Plain, &TITLE);
    w.maybe_text("submit", modal.submit.as_ref(), TextKind::Plain, &SUBMIT);
    w.maybe_text("close", modal.close.as_ref(), TextKind::Plain, &CLOSE);
    if modal.submit.is_none() && has_input(&modal.blocks) {
        w.error(Code::Required, "a modal with an input block needs `submit`");
    }
    view_common(
        w,
        modal.private_metadata.as_deref(),
        modal.callback_id.as_deref(),
        modal.external_id.as_deref(),
    );
    if modal.submit_disabled.is_some() {
        w.at("submit_disabled", |w| {
            w.warn(
                Code::NotAllowedHere,
                "submit_disabled belongs to legacy workflow_step views, not modals",
            );
        });
    }
    blocks::block_count(w, "modal", modal.blocks.len());
    w.at("blocks", |w| blocks::block_list(w, &modal.blocks));
    view_size(w, modal);
}

/// A Home tab at the current pointer (rules 1, 5–7, 12).
pub(crate) fn home<'a>(w: &mut Walker<'a>, home: &'a HomeTab) {
    if !home.has_type() {
        w.error(Code::Required, "a Home tab view needs `\"type\": \"home\"`");
    }
    for field in ["title", "submit", "close"] {
        if home.extra.contains_key(field) {
            w.at(field, |w| {
                w.error(Code::NotAllowedHere, format!("a Home tab has no `{field}`"));
            });
        }
    }
    // Slack's own views.publish responses carry `clear_on_close: false` and
    // `notify_on_close: false`, so only a `true` (which would mean something) is reported.
    for field in ["clear_on_close", "notify_on_close"] {
        if home
            .extra
            .get(field)
            .is_some_and(|value| value != &serde_json::Value::Bool(false))
        {
            w.at(field, |w| {
                w.error(Code::NotAllowedHere, format!("a Home tab has no `{field}`"));
            });
        }
    }
    view_common(
        w,
        home.private_metadata.as_deref(),
        home.callback_id.as_deref(),
        home.external_id.as_deref(),
    );
    blocks::block_count(w, "Home tab", home.blocks.len());
    w.at("blocks", |w| blocks::block_list(w, &home.blocks));
    view_size(w, home);
}

/// A legacy `workflow_step` view: the modal limits on its blocks and metadata.
pub(crate) fn workflow_step<'a>(w: &mut Walker<'a>, view: &'a WorkflowStepView) {
    w.warn(
        Code::NotAllowedHere,
        "workflow_step views belong to Steps from Apps, which stopped running in 2024",
    );
    view_common(
        w,
        view.private_metadata.as_deref(),
        view.callback_id.as_deref(),
        view.external_id.as_deref(),
    );
    blocks::block_count(w, "workflow_step view", view.blocks.len());
    w.at("blocks", |w| blocks::block_list(w, &view.blocks));
}

/// Rule 12: a view of more than 250 kB is refused (`view_too_large`). Serializing to measure
/// costs as much as sending, so it is done only for views with many blocks.
fn view_size(w: &mut Walker<'_>, view: &impl serde::Serialize) {
    struct Counter(u64);
    impl std::io::Write for Counter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len() as u64;
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let limit = limits::view::SIZE;
    if w.string_bytes() < limit.max / 4 {
        return;
    }
    let mut counter = Counter(0);
    if serde_json::to_writer(&mut counter, view).is_ok() && counter.0 > limit.max {
        let size = counter.0;
        w.report(
            Severity::Warning,
            Code::MaxLength,
            format!(
                "the view is {size} bytes of JSON; Slack refuses views over {} (view_too_large)",
                limit.max
            ),
            Some((limit.max, size)),
        );
    }
}

/// Any view.
pub(crate) fn view<'a>(w: &mut Walker<'a>, view: &'a View) {
    match view {
        View::Modal(modal) => self::modal(w, modal),
        View::Home(home) => self::home(w, home),
        View::WorkflowStep(step) => workflow_step(w, step),
        View::Unknown(raw) => w.unknown_type("view", raw.type_name().unwrap_or_default()),
    }
}

/// The surface a view is shown on.
pub(crate) fn view_surface(view: &View) -> Surface {
    match view {
        View::Home(_) => Surface::Home,
        View::Modal(_) | View::WorkflowStep(_) => Surface::Modal,
        View::Unknown(_) => Surface::Unspecified,
    }
}
