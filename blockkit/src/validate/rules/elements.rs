//! Rules of block elements (spec §5, §9 rules 7, 30–47, 52–53).

use blockkit_limits as limits;

use super::compose::{self, OptionPlace};
use super::rich_text;
use crate::validate::walker::{TextKind, Walker};
use crate::validate::{Code, Severity};
use crate::{
    Button, ButtonStyle, Checkboxes, ConfirmDialog, DatePicker, DateTimePicker,
    DispatchActionConfig, Element, FileInput, ImageElement, NumberInput, OptionGroup,
    OptionObject, Overflow, PlainTextInput, RadioButtons, RichTextInput, RichTextInputValue, Text,
    TimePicker,
};

/// The mixins of spec §5.1 that most elements share.
#[derive(Default)]
struct Common<'a> {
    action_id: Option<&'a str>,
    placeholder: Option<&'a Text>,
    confirm: Option<&'a ConfirmDialog>,
    focus_on_load: Option<bool>,
    dispatch_action_config: Option<&'a DispatchActionConfig>,
    max_selected_items: Option<(u32, usize)>,
}

fn common(w: &mut Walker<'_>, c: &Common<'_>) {
    w.string("action_id", c.action_id, &limits::element::ACTION_ID);
    w.maybe_text("placeholder", c.placeholder, TextKind::Plain, &limits::element::PLACEHOLDER);
    if let Some(confirm) = c.confirm {
        w.at("confirm", |w| compose::confirm(w, confirm));
    }
    if c.focus_on_load == Some(true) {
        w.focus_on_load();
    }
    if let Some(config) = c.dispatch_action_config {
        w.at("dispatch_action_config", |w| compose::dispatch_action_config(w, config));
    }
    if let Some((max, selected)) = c.max_selected_items {
        w.number("max_selected_items", Some(u64::from(max)), &limits::multi_select::MAX_SELECTED_ITEMS);
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
pub(crate) fn element<'a>(w: &mut Walker<'a>, element: &'a Element) {
    use Element as E;
    match element {
        E::Button(b) => button(w, b),
        E::Checkboxes(e) => checkboxes(w, e),
        E::DatePicker(e) => date_picker(w, e),
        E::DateTimePicker(e) => date_time_picker(w, e),
        E::EmailInput(e) => common(w, &Common {
            action_id: e.action_id.as_deref(),
            placeholder: e.placeholder.as_ref(),
            focus_on_load: e.focus_on_load,
            dispatch_action_config: e.dispatch_action_config.as_ref(),
            ..Common::default()
        }),
        E::FileInput(e) => file_input(w, e),
        E::Image(e) => image_element(w, e),
        E::StaticSelect(e) => {
            common(w, &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                confirm: e.confirm.as_deref(),
                focus_on_load: e.focus_on_load,
                ..Common::default()
            });
            static_options(w, &e.options, &e.option_groups, e.initial_option.as_slice(), "initial_option");
        }
        E::ExternalSelect(e) => {
            common(w, &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                confirm: e.confirm.as_deref(),
                focus_on_load: e.focus_on_load,
                ..Common::default()
            });
            if let Some(option) = &e.initial_option {
                w.at("initial_option", |w| compose::option(w, option, OptionPlace::Menu));
            }
        }
        E::UsersSelect(e) => common(w, &Common {
            action_id: e.action_id.as_deref(),
            placeholder: e.placeholder.as_ref(),
            confirm: e.confirm.as_deref(),
            focus_on_load: e.focus_on_load,
            ..Common::default()
        }),
        E::ConversationsSelect(e) => {
            common(w, &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                confirm: e.confirm.as_deref(),
                focus_on_load: e.focus_on_load,
                ..Common::default()
            });
            if let Some(filter) = &e.filter {
                w.at("filter", |w| compose::filter(w, filter));
            }
        }
        E::ChannelsSelect(e) => common(w, &Common {
            action_id: e.action_id.as_deref(),
            placeholder: e.placeholder.as_ref(),
            confirm: e.confirm.as_deref(),
            focus_on_load: e.focus_on_load,
            ..Common::default()
        }),
        E::MultiStaticSelect(e) => {
            common(w, &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                confirm: e.confirm.as_deref(),
                focus_on_load: e.focus_on_load,
                max_selected_items: e.max_selected_items.map(|max| (max, e.initial_options.len())),
                ..Common::default()
            });
            static_options(w, &e.options, &e.option_groups, &e.initial_options, "initial_options");
        }
        E::MultiExternalSelect(e) => {
            common(w, &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                confirm: e.confirm.as_deref(),
                focus_on_load: e.focus_on_load,
                max_selected_items: e.max_selected_items.map(|max| (max, e.initial_options.len())),
                ..Common::default()
            });
            compose::options(w, "initial_options", &e.initial_options, OptionPlace::Menu);
        }
        E::MultiUsersSelect(e) => common(w, &Common {
            action_id: e.action_id.as_deref(),
            placeholder: e.placeholder.as_ref(),
            confirm: e.confirm.as_deref(),
            focus_on_load: e.focus_on_load,
            max_selected_items: e.max_selected_items.map(|max| (max, e.initial_users.len())),
            ..Common::default()
        }),
        E::MultiConversationsSelect(e) => {
            common(w, &Common {
                action_id: e.action_id.as_deref(),
                placeholder: e.placeholder.as_ref(),
                confirm: e.confirm.as_deref(),
                focus_on_load: e.focus_on_load,
                max_selected_items: e.max_selected_items.map(|max| (max, e.initial_conversations.len())),
                ..Common::default()
            });
            if let Some(filter) = &e.filter {
                w.at("filter", |w| compose::filter(w, filter));
            }
        }
        E::MultiChannelsSelect(e) => common(w, &Common {
            action_id: e.action_id.as_deref(),
            placeholder: e.placeholder.as_ref(),
            confirm: e.confirm.as_deref(),
            focus_on_load: e.focus_on_load,
            max_selected_items: e.max_selected_items.map(|max| (max, e.initial_channels.len())),
            ..Common::default()
        }),
        E::NumberInput(e) => number_input(w, e),
        E::Overflow(e) => overflow(w, e),
        E::PlainTextInput(e) => plain_text_input(w, e),
        E::RadioButtons(e) => radio_buttons(w, e),
        E::RichTextInput(e) => rich_text_input(w, e),
        E::TimePicker(e) => time_picker(w, e),
        E::UrlInput(e) => common(w, &Common {
            action_id: e.action_id.as_deref(),
            placeholder: e.placeholder.as_ref(),
            focus_on_load: e.focus_on_load,
            dispatch_action_config: e.dispatch_action_config.as_ref(),
            ..Common::default()
        }),
        E::WorkflowButton(e) => {
            required_action_id(w, "workflow_button", e.action_id.as_deref());
            common(w, &Common {
                action_id: e.action_id.as_deref(),
                confirm: e.confirm.as_deref(),
                ..Common::default()
            });
            w.text("text", &e.text, TextKind::Plain, &limits::button::TEXT);
            style(w, e.style.as_ref());
            w.string("accessibility_label", e.accessibility_label.as_deref(), &limits::button::ACCESSIBILITY_LABEL);
            w.at("workflow", |w| compose::workflow(w, &e.workflow));
        }
        E::FeedbackButtons(e) => {
            common(w, &Common { action_id: e.action_id.as_deref(), ..Common::default() });
            w.at("positive_button", |w| compose::feedback_button(w, &e.positive_button));
            w.at("negative_button", |w| compose::feedback_button(w, &e.negative_button));
        }
        E::IconButton(e) => {
            use limits::icon_button::{ACCESSIBILITY_LABEL, VALUE, VISIBLE_TO_USER_IDS};
            common(w, &Common {
                action_id: e.action_id.as_deref(),
                confirm: e.confirm.as_deref(),
                ..Common::default()
            });
            if e.icon != "trash" {
                w.at("icon", |w| {
                    w.warn(Code::InvalidValue, format!("icon is `{}`; the only documented icon is `trash`", e.icon));
                });
            }
            w.text("text", &e.text, TextKind::Plain, &limits::text::TEXT);
            w.string("value", e.value.as_deref(), &VALUE);
            w.string("accessibility_label", e.accessibility_label.as_deref(), &ACCESSIBILITY_LABEL);
            w.items("icon_button", "visible_to_user_ids", e.visible_to_user_ids.len(), &VISIBLE_TO_USER_IDS);
        }
        E::Unknown(raw) => w.unknown_type("element", raw.type_name().unwrap_or_default()),
    }
}

fn required_action_id(w: &mut Walker<'_>, what: &str, action_id: Option<&str>) {
    if action_id.is_none_or(str::is_empty) {
        w.error(Code::Required, format!("a {what} needs an `action_id`"));
    }
}

fn style(w: &mut Walker<'_>, style: Option<&ButtonStyle>) {
    if let Some(style) = style {
        w.known("style", style.as_str(), style.is_known(), ButtonStyle::KNOWN);
    }
}

/// Rules 30–31. Also used for card actions.
pub(crate) fn button(w: &mut Walker<'_>, button: &Button) {
    use limits::button::{ACCESSIBILITY_LABEL, AGENT_PROMPT, TEXT, URL, VALUE};
    common(w, &Common {
        action_id: button.action_id.as_deref(),
        confirm: button.confirm.as_deref(),
        ..Common::default()
    });
    w.text("text", &button.text, TextKind::Plain, &TEXT);
    w.string("url", button.url.as_deref(), &URL);
    w.string("value", button.value.as_deref(), &VALUE);
    style(w, button.style.as_ref());
    w.string("accessibility_label", button.accessibility_label.as_deref(), &ACCESSIBILITY_LABEL);
    w.string("agent_prompt", button.agent_prompt.as_deref(), &AGENT_PROMPT);
    if button.agent_prompt_display.is_some() && button.agent_prompt.is_none() {
        w.at("agent_prompt_display", |w| {
            w.warn(Code::Required, "agent_prompt_display has an effect only with agent_prompt");
        });
    }
}

/// Spec §5.8: exactly one of `image_url` / `slack_file`; `alt_text` ≤ 2000.
pub(crate) fn image_element(w: &mut Walker<'_>, image: &ImageElement) {
    use limits::image_block::{ALT_TEXT, IMAGE_URL};
    w.string("alt_text", Some(&image.alt_text), &ALT_TEXT);
    super::blocks::image_source(w, image.image_url.as_deref(), image.slack_file.as_ref(), &IMAGE_URL);
}

/// Rules 35–36: exactly one of `options`/`option_groups`, their counts, and initial options
/// that equal available ones.
fn static_options<'a>(
    w: &mut Walker<'a>,
    options: &'a [OptionObject],
    groups: &'a [OptionGroup],
    initial: &'a [OptionObject],
    initial_field: &str,
) {
    use limits::static_select::{OPTION_GROUPS, OPTIONS};
    match (options.is_empty(), groups.is_empty()) {
        (false, false) => w.error(Code::Exclusive, "a static menu takes `options` or `option_groups`, not both"),
        (true, true) => w.error(Code::Required, "a static menu needs `options` or `option_groups`"),
        _ => {}
    }
    if !options.is_empty() {
        w.items("static menu", "options", options.len(), &OPTIONS);
    }
    compose::options(w, "options", options, OptionPlace::Menu);
    if !groups.is_empty() {
        w.items("static menu", "option_groups", groups.len(), &OPTION_GROUPS);
    }
    w.each("option_groups", groups, compose::option_group);
    unique_group_values(w, groups);
    let mut all = options.iter().chain(groups.iter().flat_map(|g| g.options.iter()));
    initial_among(w, initial_field, initial, &mut all, OptionPlace::Menu);
}

/// Checks each initial option and that it equals one of `available` (rule 36: text object,
/// value and description are compared).
fn initial_among<'a>(
    w: &mut Walker<'a>,
    field: &str,
    initial: &'a [OptionObject],
    available: &mut dyn Iterator<Item = &'a OptionObject>,
    place: OptionPlace,
) {
    if initial.is_empty() {
        return;
    }
    let available: Vec<&OptionObject> = available.collect();
    let single = field == "initial_option";
    for (index, option) in initial.iter().enumerate() {
        let mut check = |w: &mut Walker<'a>| {
            compose::option(w, option, place);
            let found = available.iter().any(|a| {
                a.value == option.value && a.text == option.text && a.description == option.description
            });
            if !found {
                w.error(
                    Code::InvalidValue,
                    format!("{field} `{}` is not one of the options (text, value and description must match)", option.value),
                );
            }
        };
        if single {
            w.at(field, &mut check);
        } else {
            w.at(field, |w| w.at_index(index, &mut check));
        }
    }
}

fn checkboxes<'a>(w: &mut Walker<'a>, e: &'a Checkboxes) {
    common(w, &Common {
        action_id: e.action_id.as_deref(),
        confirm: e.confirm.as_deref(),
        focus_on_load: e.focus_on_load,
        ..Common::default()
    });
    w.items("checkboxes", "options", e.options.len(), &limits::checkboxes::OPTIONS);
    compose::options(w, "options", &e.options, OptionPlace::Choice);
    initial_among(w, "initial_options", &e.initial_options, &mut e.options.iter(), OptionPlace::Choice);
}

fn radio_buttons<'a>(w: &mut Walker<'a>, e: &'a RadioButtons) {
    common(w, &Common {
        action_id: e.action_id.as_deref(),
        confirm: e.confirm.as_deref(),
        focus_on_load: e.focus_on_load,
        ..Common::default()
    });
    w.items("radio_buttons", "options", e.options.len(), &limits::checkboxes::OPTIONS);
    compose::options(w, "options", &e.options, OptionPlace::Choice);
    initial_among(w, "initial_option", e.initial_option.as_slice(), &mut e.options.iter(), OptionPlace::Choice);
}

/// Rule 38: at most 5 options; fewer than 2 is a warning (older docs, §12).
fn overflow<'a>(w: &mut Walker<'a>, e: &'a Overflow) {
    use limits::overflow::{OPTIONS, OPTIONS_RECOMMENDED_MIN};
    common(w, &Common {
        action_id: e.action_id.as_deref(),
        confirm: e.confirm.as_deref(),
        ..Common::default()
    });
    w.items("overflow", "options", e.options.len(), &OPTIONS);
    if e.options.len() == 1 {
        w.at("options", |w| w.count_items("overflow options", 1, &OPTIONS_RECOMMENDED_MIN));
    }
    compose::options(w, "options", &e.options, OptionPlace::Overflow);
}

/// Rule 41: `YYYY-MM-DD`.
fn date_picker(w: &mut Walker<'_>, e: &DatePicker) {
    common(w, &Common {
        action_id: e.action_id.as_deref(),
        placeholder: e.placeholder.as_ref(),
        confirm: e.confirm.as_deref(),
        focus_on_load: e.focus_on_load,
        ..Common::default()
    });
    if let Some(date) = &e.initial_date
        && !is_date(date)
    {
        w.at("initial_date", |w| {
            w.error(Code::InvalidFormat, format!("initial_date is `{date}`; expected a date as YYYY-MM-DD"));
        });
    }
}

/// Whether `text` is `YYYY-MM-DD` with a month 01–12 and a day that exists in that month.
pub(crate) fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0_u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// Whether `text` is `HH:mm`, 24-hour.
pub(crate) fn is_time(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit())
        && (b[0] - b'0') * 10 + (b[1] - b'0') < 24
        && (b[3] - b'0') * 10 + (b[4] - b'0') < 60
}

/// Rule 41: UNIX seconds, at most 10 digits.
fn date_time_picker(w: &mut Walker<'_>, e: &DateTimePicker) {
    common(w, &Common {
        action_id: e.action_id.as_deref(),
        confirm: e.confirm.as_deref(),
        focus_on_load: e.focus_on_load,
        ..Common::default()
    });
    if let Some(time) = e.initial_date_time {
        let limit = limits::datetimepicker::INITIAL_DATE_TIME;
        match u64::try_from(time) {
            Ok(time) => w.number("initial_date_time", Some(time), &limit),
            Err(_) => w.at("initial_date_time", |w| {
                w.error(Code::OutOfRange, format!("initial_date_time is {time}; it must be UNIX seconds, 0 or more"));
            }),
        }
    }
}

/// Rule 41: `HH:mm`.
fn time_picker(w: &mut Walker<'_>, e: &TimePicker) {
    common(w, &Common {
        action_id: e.action_id.as_deref(),
        placeholder: e.placeholder.as_ref(),
        confirm: e.confirm.as_deref(),
        focus_on_load: e.focus_on_load,
        ..Common::default()
    });
    if let Some(time) = &e.initial_time
        && !is_time(time)
    {
        w.at("initial_time", |w| {
            w.error(Code::InvalidFormat, format!("initial_time is `{time}`; expected a 24-hour time as HH:mm"));
        });
    }
}

/// Rule 42: numeric strings, integers unless decimals are allowed, `min ≤ initial ≤ max`.
fn number_input(w: &mut Walker<'_>, e: &NumberInput) {
    common(w, &Common {
        action_id: e.action_id.as_deref(),
        placeholder: e.placeholder.as_ref(),
        focus_on_load: e.focus_on_load,
        dispatch_action_config: e.dispatch_action_config.as_ref(),
        ..Common::default()
    });
    let parse = |w: &mut Walker<'_>, field: &str, text: Option<&String>| -> Option<f64> {
        let text = text?;
        let value = text.trim().parse::<f64>().ok().filter(|v| v.is_finite());
        match value {
            None => {
                w.at(field, |w| w.error(Code::InvalidFormat, format!("{field} is `{text}`; expected a number")));
                None
            }
            Some(_) if !e.is_decimal_allowed && !text.trim().bytes().all(|c| c.is_ascii_digit() || c == b'-') => {
                w.at(field, |w| {
                    w.error(
                        Code::InvalidFormat,
                        format!("{field} is `{text}`; expected a whole number, as is_decimal_allowed is false"),
                    );
                });
                value
            }
            value => value,
        }
    };
    let min = parse(w, "min_value", e.min_value.as_ref());
    let max = parse(w, "max_value", e.max_value.as_ref());
    let initial = parse(w, "initial_value", e.initial_value.as_ref());
    if let (Some(min), Some(max)) = (min, max)
        && min > max
    {
        w.at("min_value", |w| w.error(Code::InvalidValue, format!("min_value {min} is greater than max_value {max}")));
    }
    if let Some(initial) = initial
        && (min.is_some_and(|min| initial < min) || max.is_some_and(|max| initial > max))
    {
        w.at("initial_value", |w| {
            w.warn(Code::OutOfRange, format!("initial_value {initial} is outside min_value..max_value"));
        });
    }
}

/// Rule 43.
fn plain_text_input(w: &mut Walker<'_>, e: &PlainTextInput) {
    use limits::plain_text_input::{MAX_LENGTH, MIN_LENGTH};
    common(w, &Common {
        action_id: e.action_id.as_deref(),
        placeholder: e.placeholder.as_ref(),
        focus_on_load: e.focus_on_load,
        dispatch_action_config: e.dispatch_action_config.as_ref(),
        ..Common::default()
    });
    w.number("min_length", e.min_length.map(u64::from), &MIN_LENGTH);
    w.number("max_length", e.max_length.map(u64::from), &MAX_LENGTH);
    if let (Some(min), Some(max)) = (e.min_length, e.max_length)
        && min > max
    {
        w.at("min_length", |w| w.error(Code::InvalidValue, format!("min_length {min} is greater than max_length {max}")));
    }
    if let Some(initial) = &e.initial_value {
        let count = initial.chars().count();
        if e.max_length.is_some_and(|max| count > max as usize) || e.min_length.is_some_and(|min| count < min as usize) {
            w.at("initial_value", |w| {
                w.warn(Code::OutOfRange, format!("initial_value is {count} characters, outside min_length..max_length"));
            });
        }
    }
}

/// Rule 44.
fn file_input(w: &mut Walker<'_>, e: &FileInput) {
    common(w, &Common { action_id: e.action_id.as_deref(), ..Common::default() });
    w.number("max_files", e.max_files.map(u64::from), &limits::file_input::MAX_FILES);
}

/// Rule 45.
fn rich_text_input<'a>(w: &mut Walker<'a>, e: &'a RichTextInput) {
    use limits::rich_text_input::{MAX_LINES, MIN_LINES};
    required_action_id(w, "rich_text_input", e.action_id.as_deref());
    common(w, &Common {
        action_id: e.action_id.as_deref(),
        placeholder: e.placeholder.as_ref(),
        focus_on_load: e.focus_on_load,
        dispatch_action_config: e.dispatch_action_config.as_ref(),
        ..Common::default()
    });
    w.number("min_lines", e.min_lines.map(u64::from), &MIN_LINES);
    w.number("max_lines", e.max_lines.map(u64::from), &MAX_LINES);
    if let (Some(min), Some(max)) = (e.min_lines, e.max_lines)
        && min > max
    {
        w.at("min_lines", |w| w.warn(Code::InvalidValue, format!("min_lines {min} is greater than max_lines {max}")));
    }
    match &e.initial_value {
        Some(RichTextInputValue::RichText(value)) => w.at("initial_value", |w| rich_text::rich_text(w, value)),
        Some(RichTextInputValue::Unknown(raw)) => w.at("initial_value", |w| {
            w.error(
                Code::InvalidType,
                format!("initial_value must be a rich_text block, not `{}`", raw.type_name().unwrap_or_default()),
            );
        }),
        _ => {}
    }
}

/// Reports option values used twice across the groups of one menu (spec §3.4).
fn unique_group_values(w: &mut Walker<'_>, groups: &[OptionGroup]) {
    let mut seen: Vec<&str> = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        for (i, option) in group.options.iter().enumerate() {
            let value = option.value.as_str();
            if seen.contains(&value) {
                w.at("option_groups", |w| {
                    w.at_index(g, |w| {
                        w.at("options", |w| {
                            w.at_index(i, |w| {
                                w.at("value", |w| {
                                    w.error(Code::Duplicate, format!("option value `{value}` is used twice in this menu"));
                                });
                            });
                        });
                    });
                });
            } else {
                seen.push(value);
            }
        }
    }
}
