//! Rules of rich text (spec §6, §9 rules 55–56).

use blockkit_limits as limits;

use crate::validate::Code;
use crate::validate::walker::Walker;
use crate::{InlineElement, RichTextBlock, RichTextElement, RichTextStyle};

/// Checks a rich_text block's elements at the current pointer (its `block_id` is the caller's).
pub(crate) fn rich_text<'a>(w: &mut Walker<'a>, block: &'a RichTextBlock) {
    if block.elements.is_empty() {
        w.at("elements", |w| {
            w.warn(Code::MinItems, "rich_text has no elements");
        });
    }
    w.each("elements", &block.elements, sub_element);
}

fn sub_element<'a>(w: &mut Walker<'a>, element: &'a RichTextElement) {
    match element {
        RichTextElement::Section(section) => inline_list(w, &section.elements, false),
        RichTextElement::List(list) => {
            w.known(
                "style",
                list.style.as_str(),
                list.style.is_known(),
                crate::ListStyle::KNOWN,
            );
            w.number(
                "indent",
                list.indent.map(u64::from),
                &limits::rich_text_list::INDENT,
            );
            w.number(
                "border",
                list.border.map(u64::from),
                &limits::rich_text_list::BORDER,
            );
            w.each("elements", &list.elements, |w, item| {
                if !matches!(item, RichTextElement::Section(_)) {
                    w.error(
                        Code::NotAllowedHere,
                        format!(
                            "a rich_text_list holds rich_text_section items, not {}",
                            item.type_name()
                        ),
                    );
                }
                sub_element(w, item);
            });
        }
        RichTextElement::Preformatted(pre) => {
            w.number(
                "border",
                pre.border.map(u64::from),
                &limits::rich_text_list::BORDER,
            );
            inline_list(w, &pre.elements, true);
        }
        RichTextElement::Quote(quote) => {
            w.number(
                "border",
                quote.border.map(u64::from),
                &limits::rich_text_list::BORDER,
            );
            inline_list(w, &quote.elements, false);
        }
        RichTextElement::Unknown(raw) => {
            w.unknown_type("rich text element", raw.type_name().unwrap_or_default());
        }
    }
}

fn inline_list<'a>(w: &mut Walker<'a>, elements: &'a [InlineElement], preformatted: bool) {
    w.each("elements", elements, |w, element| {
        if preformatted
            && !matches!(
                element,
                InlineElement::Text(_) | InlineElement::Link(_) | InlineElement::Unknown(_)
            )
        {
            w.warn(
                Code::NotAllowedHere,
                format!(
                    "Slack documents only text and link elements in rich_text_preformatted, not {}",
                    element.type_name()
                ),
            );
        }
        inline(w, element);
    });
}

fn non_empty(w: &mut Walker<'_>, field: &'static str, value: &str) {
    if value.is_empty() {
        w.at(field, |w| {
            w.error(Code::MinLength, format!("{field} is empty"));
        });
    }
}

fn inline(w: &mut Walker<'_>, element: &InlineElement) {
    use InlineElement as I;
    let full_style = matches!(element, I::Text(_) | I::Link(_));
    match element {
        I::Text(text) => {
            w.add_bytes(&text.text);
            style(w, text.style.as_ref(), full_style);
        }
        I::Link(link) => {
            w.add_bytes(&link.url);
            w.add_bytes(link.text.as_deref().unwrap_or_default());
            non_empty(w, "url", &link.url);
            style(w, link.style.as_ref(), full_style);
        }
        I::Emoji(emoji) => {
            non_empty(w, "name", &emoji.name);
            style(w, emoji.style.as_ref(), full_style);
        }
        I::User(m) => {
            non_empty(w, "user_id", &m.user_id);
            style(w, m.style.as_ref(), full_style);
        }
        I::Usergroup(m) => {
            non_empty(w, "usergroup_id", &m.usergroup_id);
            style(w, m.style.as_ref(), full_style);
        }
        I::Channel(m) => {
            non_empty(w, "channel_id", &m.channel_id);
            style(w, m.style.as_ref(), full_style);
        }
        I::Team(m) => {
            non_empty(w, "team_id", &m.team_id);
            style(w, m.style.as_ref(), full_style);
        }
        I::Broadcast(m) => {
            w.known(
                "range",
                m.range.as_str(),
                m.range.is_known(),
                crate::BroadcastRange::KNOWN,
            );
            style(w, m.style.as_ref(), full_style);
        }
        I::Color(color) => {
            if !is_hex_colour(&color.value) {
                w.at("value", |w| {
                    w.error(
                        Code::InvalidFormat,
                        format!(
                            "color value is `{}`; expected a hex colour such as #FF5733",
                            color.value
                        ),
                    );
                });
            }
            style(w, color.style.as_ref(), full_style);
        }
        I::Date(date) => {
            non_empty(w, "format", &date.format);
            style(w, date.style.as_ref(), true);
        }
        I::Canvas(canvas) => non_empty(w, "file_id", &canvas.file_id),
        I::Unknown(raw) => w.unknown_type(
            "rich text inline element",
            raw.type_name().unwrap_or_default(),
        ),
    }
}

/// `#` and 3, 6 or 8 hex digits.
pub(crate) fn is_hex_colour(value: &str) -> bool {
    value.strip_prefix('#').is_some_and(|hex| {
        matches!(hex.len(), 3 | 6 | 8) && hex.bytes().all(|c| c.is_ascii_hexdigit())
    })
}

/// Spec §6.3: the union of style members is accepted; strict mode rejects `code` on mentions
/// and the highlight members on text and links.
fn style(w: &mut Walker<'_>, style: Option<&RichTextStyle>, full: bool) {
    let Some(style) = style else { return };
    if !w.options.strict {
        return;
    }
    let misplaced: &[(&str, Option<bool>)] = if full {
        &[
            ("highlight", style.highlight),
            ("client_highlight", style.client_highlight),
            ("unlink", style.unlink),
        ]
    } else {
        &[("code", style.code)]
    };
    for (name, value) in misplaced {
        if value.is_some() {
            w.at("style", |w| {
                w.at(name, |w| {
                    w.error(
                        Code::NotAllowedHere,
                        format!("the `{name}` style does not apply to this element"),
                    );
                });
            });
        }
    }
}

/// The characters of a rich_text value's text, for the table character budget.
pub(crate) fn char_count(block: &RichTextBlock) -> u64 {
    fn inline(elements: &[InlineElement]) -> u64 {
        elements
            .iter()
            .map(|element| match element {
                InlineElement::Text(text) => text.text.chars().count() as u64,
                InlineElement::Link(link) => {
                    link.text.as_deref().unwrap_or(&link.url).chars().count() as u64
                }
                _ => 0,
            })
            .sum()
    }
    fn sub(element: &RichTextElement) -> u64 {
        match element {
            RichTextElement::Section(s) => inline(&s.elements),
            RichTextElement::List(l) => l.elements.iter().map(sub).sum(),
            RichTextElement::Preformatted(p) => inline(&p.elements),
            RichTextElement::Quote(q) => inline(&q.elements),
            RichTextElement::Unknown(_) => 0,
        }
    }
    block.elements.iter().map(sub).sum()
}
