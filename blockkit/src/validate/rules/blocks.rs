//! Rules of blocks (spec §4, §9 rules 2, 8, 9, 13–24): the dispatch over every block type, the
//! classic blocks, and the helpers the 2026 blocks share.

use blockkit_limits as limits;

use super::placement::{self, Container};
use super::{blocks_2026, compose, elements, rich_text, tables};
use crate::validate::walker::{Seen, TextKind, Walker};
use crate::validate::{Code, Placement, Surface};
use crate::{
    ActionsBlock, Block, ContextActionsBlock, ContextBlock, ContextElement, Element, HeaderBlock,
    ImageBlock, InputBlock, MarkdownBlock, SectionBlock, VideoBlock,
};

/// Checks every block of a list at the current pointer: placement on the walker's surface, then
/// the block itself.
pub(crate) fn block_list<'a>(w: &mut Walker<'a>, blocks: &'a [Block]) {
    w.expect_block_ids(blocks.len());
    for (index, block) in blocks.iter().enumerate() {
        w.at_index(index, |w| {
            placed_on_surface(w, block);
            self::block(w, block);
        });
    }
}

/// Checks the number of top-level blocks of a surface (rule 1).
pub(crate) fn block_count(w: &mut Walker<'_>, object: &str, count: usize) {
    let limit = match w.surface {
        Surface::Message | Surface::Unspecified => limits::message::BLOCKS,
        Surface::Modal => limits::modal::BLOCKS,
        Surface::Home => limits::home::BLOCKS,
    };
    w.items(object, "blocks", count, &limit);
}

/// Checks that `block` may be on the walker's surface (spec §4.0): top-level blocks and the
/// children of a container, which are shown on the same surface.
pub(crate) fn placed_on_surface(w: &mut Walker<'_>, block: &Block) {
    let surface = w.surface;
    match placement::block_on_surface(block, surface) {
        Placement::Allowed => {}
        Placement::Forbidden if !block.is_sendable() => w.error(
            Code::NotAllowedHere,
            format!(
                "{} blocks are read-only: Slack sends them, apps cannot post them",
                block.type_name()
            ),
        ),
        Placement::Forbidden => w.error(
            Code::NotAllowedHere,
            format!(
                "a {} block is not allowed in a {}",
                block.type_name(),
                surface.name()
            ),
        ),
        Placement::Undocumented => w.undocumented(format!(
            "Slack does not document {} blocks in a {}",
            block.type_name(),
            surface.name()
        )),
    }
}

/// Checks one block at the current pointer (its `block_id` and its own rules).
pub(crate) fn block<'a>(w: &mut Walker<'a>, block: &'a Block) {
    if let Some(id) = block.block_id() {
        w.string("block_id", Some(id), &limits::block::BLOCK_ID);
        w.block_id(id);
    }
    match block {
        Block::Actions(b) => actions(w, b),
        Block::Context(b) => context(w, b),
        Block::ContextActions(b) => context_actions(w, b),
        Block::Header(b) => header(w, b),
        Block::Image(b) => image(w, b),
        Block::Input(b) => input(w, b),
        Block::Markdown(b) => markdown(w, b),
        Block::RichText(b) => rich_text::rich_text(w, b),
        Block::Section(b) => section(w, b),
        Block::Table(b) => tables::table(w, b),
        Block::Video(b) => video(w, b),
        Block::Alert(b) => blocks_2026::alert(w, b),
        Block::Card(b) => blocks_2026::card(w, b),
        Block::Carousel(b) => blocks_2026::carousel(w, b),
        Block::Container(b) => blocks_2026::container(w, b),
        Block::DataTable(b) => blocks_2026::data_table(w, b),
        Block::DataVisualization(b) => blocks_2026::data_visualization(w, b),
        Block::Plan(b) => blocks_2026::plan(w, b),
        Block::TaskCard(b) => blocks_2026::task_card(w, b),
        Block::AuthProvider(b) => blocks_2026::auth_provider(w, b),
        Block::Unknown(raw) => w.unknown_type("block", raw.type_name().unwrap_or_default()),
        // Divider has no fields to check; file, call and share_shortcut are read-only and
        // reported by their placement.
        _ => {}
    }
}

/// Checks an element held by a container at the current pointer: that the container accepts
/// it, that the surface accepts it, and the element's own rules.
pub(crate) fn contained<'a>(w: &mut Walker<'a>, element: &'a Element, container: Container) {
    if !placement::element_in_container(element, container) {
        w.error(
            Code::NotAllowedHere,
            format!(
                "a {} element cannot be {}",
                element.type_name(),
                container.name()
            ),
        );
    }
    let surface = w.surface;
    match placement::element_on_surface(element, surface) {
        Placement::Allowed => {}
        Placement::Forbidden => w.error(
            Code::NotAllowedHere,
            format!(
                "a {} element is not allowed in a {}",
                element.type_name(),
                surface.name()
            ),
        ),
        Placement::Undocumented => w.undocumented(format!(
            "Slack does not document {} elements in a {}",
            element.type_name(),
            surface.name()
        )),
    }
    elements::element(w, element);
}

/// Checks a list of contained elements and that their `action_id`s are unique in the block
/// (rule 14).
pub(crate) fn contained_list<'a>(
    w: &mut Walker<'a>,
    field: &'static str,
    items: &'a [Element],
    container: Container,
) {
    w.each(field, items, |w, element| contained(w, element, container));
    unique_action_ids(w, field, items);
}

/// Reports `action_id`s used twice among one block's elements (rule 14).
fn unique_action_ids(w: &mut Walker<'_>, field: &'static str, elements: &[Element]) {
    let mut seen = Seen::with_capacity(elements.len());
    for (index, element) in elements.iter().enumerate() {
        let Some(id) = element.action_id() else {
            continue;
        };
        if !seen.insert(id) {
            let first = elements
                .iter()
                .position(|e| e.action_id() == Some(id))
                .unwrap_or_default();
            w.at(field, |w| {
                w.at_index(index, |w| {
                    w.at("action_id", |w| {
                        w.error(
                            Code::Duplicate,
                            format!(
                                "action_id `{id}` is already used by element {first} of this block"
                            ),
                        );
                    });
                });
            });
        }
    }
}

fn actions<'a>(w: &mut Walker<'a>, block: &'a ActionsBlock) {
    w.items(
        "actions block",
        "elements",
        block.elements.len(),
        &limits::actions::ELEMENTS,
    );
    contained_list(w, "elements", &block.elements, Container::Actions);
}

fn context<'a>(w: &mut Walker<'a>, block: &'a ContextBlock) {
    w.items(
        "context block",
        "elements",
        block.elements.len(),
        &limits::context::ELEMENTS,
    );
    w.each("elements", &block.elements, |w, item| match item {
        ContextElement::Text(text) => {
            w.text_here("context text", text, TextKind::Any, &limits::text::TEXT);
        }
        ContextElement::Element(Element::Image(image)) => elements::image_element(w, image),
        ContextElement::Element(Element::Unknown(raw)) => {
            w.unknown_type("context element", raw.type_name().unwrap_or_default());
        }
        ContextElement::Element(other) => w.error(
            Code::NotAllowedHere,
            format!(
                "a {} element cannot be in a context block, which holds images and text only",
                other.type_name()
            ),
        ),
    });
}

fn context_actions<'a>(w: &mut Walker<'a>, block: &'a ContextActionsBlock) {
    w.items(
        "context_actions block",
        "elements",
        block.elements.len(),
        &limits::context_actions::ELEMENTS,
    );
    contained_list(w, "elements", &block.elements, Container::ContextActions);
}

fn header(w: &mut Walker<'_>, block: &HeaderBlock) {
    w.text("text", &block.text, TextKind::Plain, &limits::header::TEXT);
}

fn image<'a>(w: &mut Walker<'a>, block: &'a ImageBlock) {
    use limits::image_block::{ALT_TEXT, IMAGE_URL, TITLE};
    w.string("alt_text", Some(&block.alt_text), &ALT_TEXT);
    image_source(
        w,
        block.image_url.as_deref(),
        block.slack_file.as_ref(),
        &IMAGE_URL,
    );
    w.maybe_text("title", block.title.as_ref(), TextKind::Plain, &TITLE);
}

/// Exactly one of `image_url` / `slack_file` (rule 20, spec §5.8).
pub(crate) fn image_source(
    w: &mut Walker<'_>,
    image_url: Option<&str>,
    slack_file: Option<&crate::SlackFile>,
    url_limit: &blockkit_limits::Limit,
) {
    match (image_url, slack_file) {
        (Some(_), Some(_)) => w.error(
            Code::Exclusive,
            "an image takes `image_url` or `slack_file`, not both",
        ),
        (None, None) => w.error(Code::Required, "an image needs `image_url` or `slack_file`"),
        _ => {}
    }
    w.string("image_url", image_url, url_limit);
    if let Some(file) = slack_file {
        w.at("slack_file", |w| compose::slack_file(w, file));
    }
}

fn input<'a>(w: &mut Walker<'a>, block: &'a InputBlock) {
    use limits::input::{HINT, LABEL};
    w.text("label", &block.label, TextKind::Plain, &LABEL);
    w.maybe_text("hint", block.hint.as_ref(), TextKind::Plain, &HINT);
    w.at("element", |w| {
        contained(w, &block.element, Container::Input);
    });
    if block.dispatch_action == Some(true) && matches!(block.element, Element::FileInput(_)) {
        w.at("dispatch_action", |w| {
            w.error(
                Code::InvalidValue,
                "dispatch_action cannot be true with a file_input element",
            );
        });
    }
}

fn markdown(w: &mut Walker<'_>, block: &MarkdownBlock) {
    w.at("text", |w| {
        w.check_chars("markdown text", &block.text, &limits::markdown::TEXT);
    });
    w.markdown_chars += block.text.chars().count() as u64;
}

fn section<'a>(w: &mut Walker<'a>, block: &'a SectionBlock) {
    use limits::section::{FIELD_TEXT, FIELDS, TEXT};
    if block.text.is_none() && block.fields.is_empty() {
        w.error(Code::Required, "a section block needs `text` or `fields`");
    }
    w.maybe_text("text", block.text.as_ref(), TextKind::Any, &TEXT);
    if !block.fields.is_empty() {
        w.items("section block", "fields", block.fields.len(), &FIELDS);
    }
    w.each("fields", &block.fields, |w, field| {
        w.text_here("each of section fields", field, TextKind::Any, &FIELD_TEXT);
    });
    if let Some(accessory) = &block.accessory {
        w.at("accessory", |w| {
            contained(w, accessory, Container::SectionAccessory);
        });
    }
}

fn video(w: &mut Walker<'_>, block: &VideoBlock) {
    use limits::video::{AUTHOR_NAME, DESCRIPTION, TITLE};
    for (field, value) in [
        ("alt_text", &block.alt_text),
        ("video_url", &block.video_url),
        ("thumbnail_url", &block.thumbnail_url),
    ] {
        if value.is_empty() {
            w.at(field, |w| {
                w.error(Code::MinLength, format!("video {field} is empty"));
            });
        }
    }
    w.text("title", &block.title, TextKind::Plain, &TITLE);
    w.maybe_text(
        "description",
        block.description.as_ref(),
        TextKind::Plain,
        &DESCRIPTION,
    );
    w.string("author_name", block.author_name.as_deref(), &AUTHOR_NAME);
}
