//! Rules of block elements (spec §5, §9 rules 7, 30–47, 52–53): the dispatch over every
//! element type, the mixins they share, buttons and images. Menus and choices are in `choices`,
//! pickers and text inputs in `inputs`.

use blockkit_limits as limits;

use super::choices::{checkboxes, overflow, radio_buttons, static_options};
use super::compose::{self, OptionPlace};
use super::inputs::{
    date_picker, date_time_picker, file_input, number_input, plain_text_input, rich_text_input,
    time_picker,
};
use crate::validate::walker::{TextKind, Walker};
use crate::validate::{Code, Severity};
use crate::{
    Button, ButtonStyle, ConfirmDialog, DispatchActionConfig, Element, ImageElement, Text,
};

/// The mixins of spec §5.1 that most elements share.
#[derive(Default)]
pub(super) struct Common<'a> {
    pub(super) action_id: Option<&'a str>,
    pub(super) placeholder: Option<&'a Text>,
    pub(super) confirm: Option<&'a ConfirmDialog>,
    pub(super) focus_on_load: Option<bool>,
    pub(super) dispatch_action_config: Option<&'a DispatchActionConfig>,
    pub(super) max_selected_items: Option<(u32, usize)>,
}

/// Checks the mixins of spec §5.1.
pub(super) fn common(w: &mut Walker<'_>, c: &Common<'_>) {
    w.string("action_id", c.action_id, &limits::element::ACTION_ID);
    w.maybe_text(
        "placeholder",
        c.placeholder,
        TextKind::Plain,
        &limits::element::PLACEHOLDER,
    );
    if let Some(confirm) = c.confirm {
        w.at("confirm", |w| compose::confirm(w, confirm));
    }
    if c.focus_on_load == Some(true) {
        w.focus_on_load();
    }
    if let Some(config) = c.dispatch_action_config {
        w.at("dispatch_action_config", |w| {
            compose::dispatch_action_config(w, config);
        });
    }
    if let Some((max, selected)) = c.max_selected_items {
        w.number(
            "max_selected_items",
            Some(u64::from(max)),
            &limits::multi_select::MAX_SELECTED_ITEMS,
        );
        if max >= 1 && selected > max as usize {
            w.at("max_selected_items", |w| {
                w.report(
                    Severity::Warning,
                    Code::OutOfRange,
                    format!("{selected} items are selected initially, more than max_selected_items ({max})"),
                    Some((u64::from(max), selected as u64)),
                );
            });
        }
    }
}

/// Checks an element's own rules at the current pointer (placement is checked by the caller).
#[allow(
    clippy::too_many_lines,
    reason = "one arm per element type, most of them short"
)]
pub(crate) fn element<'a>(w: &mut Walker<'a>, element: &'a Element) {
    use Element as E;
    match element {
        E::Button(b) => button(w, b),
        E::Checkboxes(e) => checkboxes(w, e),
        E::DatePicker(e) => date_picker(w, e),
        E::DateTimePicker(e) => date_time_picker(w, e),
        E::EmailInput(e) => common(
            w,
            &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                focus_on_load: e.focus_on_load,
                dispatch_action_config: e.dispatch_action_config.as_ref(),
                ..Common::default()
            },
        ),
        E::FileInput(e) => file_input(w, e),
        E::Image(e) => image_element(w, e),
        E::StaticSelect(e) => {
            common(
                w,
                &Common {
                    action_id: e.action_id.as_deref(),
                    placeholder: e.placeholder.as_ref(),
                    confirm: e.confirm.as_deref(),
                    focus_on_load: e.focus_on_load,
                    ..Common::default()
                },
            );
            static_options(
                w,
                &e.options,
                &e.option_groups,
                e.initial_option.as_slice(),
                "initial_option",
            );
        }
        E::ExternalSelect(e) => {
            common(
                w,
                &Common {
                    action_id: e.action_id.as_deref(),
                    placeholder: e.placeholder.as_ref(),
                    confirm: e.confirm.as_deref(),
                    focus_on_load: e.focus_on_load,
                    ..Common::default()
                },
            );
            if let Some(option) = &e.initial_option {
                w.at("initial_option", |w| {
                    compose::option(w, option, OptionPlace::Menu);
                });
            }
        }
        E::UsersSelect(e) => common(
            w,
            &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                confirm: e.confirm.as_deref(),
                focus_on_load: e.focus_on_load,
                ..Common::default()
            },
        ),
        E::ConversationsSelect(e) => {
            common(
                w,
                &Common {
                    action_id: e.action_id.as_deref(),
                    placeholder: e.placeholder.as_ref(),
                    confirm: e.confirm.as_deref(),
                    focus_on_load: e.focus_on_load,
                    ..Common::default()
                },
            );
            if let Some(filter) = &e.filter {
                w.at("filter", |w| compose::filter(w, filter));
            }
        }
        E::ChannelsSelect(e) => common(
            w,
            &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                confirm: e.confirm.as_deref(),
                focus_on_load: e.focus_on_load,
                ..Common::default()
            },
        ),
        E::MultiStaticSelect(e) => {
            common(
                w,
                &Common {
                    action_id: e.action_id.as_deref(),
                    placeholder: e.placeholder.as_ref(),
                    confirm: e.confirm.as_deref(),
                    focus_on_load: e.focus_on_load,
                    max_selected_items: e
                        .max_selected_items
                        .map(|max| (max, e.initial_options.len())),
                    ..Common::default()
                },
            );
            static_options(
                w,
                &e.options,
                &e.option_groups,
                &e.initial_options,
                "initial_options",
            );
        }
        E::MultiExternalSelect(e) => {
            common(
                w,
                &Common {
                    action_id: e.action_id.as_deref(),
                    placeholder: e.placeholder.as_ref(),
                    confirm: e.confirm.as_deref(),
                    focus_on_load: e.focus_on_load,
                    max_selected_items: e
                        .max_selected_items
                        .map(|max| (max, e.initial_options.len())),
                    ..Common::default()
                },
            );
            compose::options(w, "initial_options", &e.initial_options, OptionPlace::Menu);
        }
        E::MultiUsersSelect(e) => common(
            w,
            &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                confirm: e.confirm.as_deref(),
                focus_on_load: e.focus_on_load,
                max_selected_items: e.max_selected_items.map(|max| (max, e.initial_users.len())),
                ..Common::default()
            },
        ),
        E::MultiConversationsSelect(e) => {
            common(
                w,
                &Common {
                    action_id: e.action_id.as_deref(),
                    placeholder: e.placeholder.as_ref(),
                    confirm: e.confirm.as_deref(),
                    focus_on_load: e.focus_on_load,
                    max_selected_items: e
                        .max_selected_items
                        .map(|max| (max, e.initial_conversations.len())),
                    ..Common::default()
                },
            );
            if let Some(filter) = &e.filter {
                w.at("filter", |w| compose::filter(w, filter));
            }
        }
        E::MultiChannelsSelect(e) => common(
            w,
            &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                confirm: e.confirm.as_deref(),
                focus_on_load: e.focus_on_load,
                max_selected_items: e
                    .max_selected_items
                    .map(|max| (max, e.initial_channels.len())),
                ..Common::default()
            },
        ),
        E::NumberInput(e) => number_input(w, e),
        E::Overflow(e) => overflow(w, e),
        E::PlainTextInput(e) => plain_text_input(w, e),
        E::RadioButtons(e) => radio_buttons(w, e),
        E::RichTextInput(e) => rich_text_input(w, e),
        E::TimePicker(e) => time_picker(w, e),
        E::UrlInput(e) => common(
            w,
            &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                focus_on_load: e.focus_on_load,
                dispatch_action_config: e.dispatch_action_config.as_ref(),
                ..Common::default()
            },
        ),
        E::WorkflowButton(e) => {
            required_action_id(w, "workflow_button", e.action_id.as_deref());
            common(
                w,
                &Common {
                    action_id: e.action_id.as_deref(),
                    confirm: e.confirm.as_deref(),
                    ..Common::default()
                },
            );
            w.text("text", &e.text, TextKind::Plain, &limits::button::TEXT);
            style(w, e.style.as_ref());
            w.string(
                "accessibility_label",
                e.accessibility_label.as_deref(),
                &limits::button::ACCESSIBILITY_LABEL,
            );
            w.at("workflow", |w| compose::workflow(w, &e.workflow));
        }
        E::FeedbackButtons(e) => {
            common(
                w,
                &Common {
                    action_id: e.action_id.as_deref(),
                    ..Common::default()
                },
            );
            w.at("positive_button", |w| {
                compose::feedback_button(w, &e.positive_button);
            });
            w.at("negative_button", |w| {
                compose::feedback_button(w, &e.negative_button);
            });
        }
        E::IconButton(e) => {
            use limits::icon_button::{ACCESSIBILITY_LABEL, VALUE, VISIBLE_TO_USER_IDS};
            common(
                w,
                &Common {
                    action_id: e.action_id.as_deref(),
                    confirm: e.confirm.as_deref(),
                    ..Common::default()
                },
            );
            if e.icon != "trash" {
                w.at("icon", |w| {
                    w.warn(
                        Code::InvalidValue,
                        format!("icon is `{}`; the only documented icon is `trash`", e.icon),
                    );
                });
            }
            w.text("text", &e.text, TextKind::Plain, &limits::text::TEXT);
            w.string("value", e.value.as_deref(), &VALUE);
            w.string(
                "accessibility_label",
                e.accessibility_label.as_deref(),
                &ACCESSIBILITY_LABEL,
            );
            w.items(
                "icon_button",
                "visible_to_user_ids",
                e.visible_to_user_ids.len(),
                &VISIBLE_TO_USER_IDS,
            );
        }
        E::Unknown(raw) => w.unknown_type("element", raw.type_name().unwrap_or_default()),
    }
}

/// Reports an absent or empty `action_id` where one is required (rules 45, 46).
pub(super) fn required_action_id(w: &mut Walker<'_>, what: &str, action_id: Option<&str>) {
    if action_id.is_none_or(str::is_empty) {
        w.error(Code::Required, format!("a {what} needs an `action_id`"));
    }
}

fn style(w: &mut Walker<'_>, style: Option<&ButtonStyle>) {
    if let Some(style) = style {
        w.known(
            "style",
            style.as_str(),
            style.is_known(),
            ButtonStyle::KNOWN,
        );
    }
}

/// Rules 30–31. Also used for card actions.
pub(crate) fn button(w: &mut Walker<'_>, button: &Button) {
    use limits::button::{ACCESSIBILITY_LABEL, AGENT_PROMPT, TEXT, URL, VALUE};
    common(
        w,
        &Common {
            action_id: button.action_id.as_deref(),
            confirm: button.confirm.as_deref(),
            ..Common::default()
        },
    );
    w.text("text", &button.text, TextKind::Plain, &TEXT);
    w.string("url", button.url.as_deref(), &URL);
    w.string("value", button.value.as_deref(), &VALUE);
    style(w, button.style.as_ref());
    w.string(
        "accessibility_label",
        button.accessibility_label.as_deref(),
        &ACCESSIBILITY_LABEL,
    );
    w.string(
        "agent_prompt",
        button.agent_prompt.as_deref(),
        &AGENT_PROMPT,
    );
    if button.agent_prompt_display.is_some() && button.agent_prompt.is_none() {
        w.at("agent_prompt_display", |w| {
            w.warn(
                Code::Required,
                "agent_prompt_display has an effect only with agent_prompt",
            );
        });
    }
}

/// Spec §5.8: exactly one of `image_url` / `slack_file`; `alt_text` ≤ 2000.
pub(crate) fn image_element(w: &mut Walker<'_>, image: &ImageElement) {
    use limits::image_block::{ALT_TEXT, IMAGE_URL};
    w.string("alt_text", Some(&image.alt_text), &ALT_TEXT);
    super::blocks::image_source(
        w,
        image.image_url.as_deref(),
        image.slack_file.as_ref(),
        &IMAGE_URL,
    );
}
