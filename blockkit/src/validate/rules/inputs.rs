//! Rules of pickers and text inputs (spec §5.4–§5.7, §5.11, §5.13, §5.15, §5.16; §9 rules
//! 41–45).

use blockkit_limits as limits;

use super::elements::{Common, common, required_action_id};
use super::rich_text;
use crate::validate::Code;
use crate::validate::walker::Walker;
use crate::{
    DatePicker, DateTimePicker, FileInput, NumberInput, PlainTextInput, RichTextInput,
    RichTextInputValue, TimePicker,
};

/// Rule 41: `YYYY-MM-DD`.
pub(super) fn date_picker(w: &mut Walker<'_>, e: &DatePicker) {
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
    if let Some(date) = &e.initial_date
        && !is_date(date)
    {
        w.at("initial_date", |w| {
            w.error(
                Code::InvalidFormat,
                format!("initial_date is `{date}`; expected a date as YYYY-MM-DD"),
            );
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
        b[range].iter().try_fold(0_u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
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
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
        && (b[0] - b'0') * 10 + (b[1] - b'0') < 24
        && (b[3] - b'0') * 10 + (b[4] - b'0') < 60
}

/// Rule 41: UNIX seconds, at most 10 digits.
pub(super) fn date_time_picker(w: &mut Walker<'_>, e: &DateTimePicker) {
    common(
        w,
        &Common {
            action_id: e.action_id.as_deref(),
            confirm: e.confirm.as_deref(),
            focus_on_load: e.focus_on_load,
            ..Common::default()
        },
    );
    if let Some(time) = e.initial_date_time {
        let limit = limits::datetimepicker::INITIAL_DATE_TIME;
        match u64::try_from(time) {
            Ok(time) => w.number("initial_date_time", Some(time), &limit),
            Err(_) => w.at("initial_date_time", |w| {
                w.error(
                    Code::OutOfRange,
                    format!("initial_date_time is {time}; it must be UNIX seconds, 0 or more"),
                );
            }),
        }
    }
}

/// Rule 41: `HH:mm`.
pub(super) fn time_picker(w: &mut Walker<'_>, e: &TimePicker) {
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
    if let Some(time) = &e.initial_time
        && !is_time(time)
    {
        w.at("initial_time", |w| {
            w.error(
                Code::InvalidFormat,
                format!("initial_time is `{time}`; expected a 24-hour time as HH:mm"),
            );
        });
    }
}

/// Rule 42: numeric strings, integers unless decimals are allowed, `min ≤ initial ≤ max`.
pub(super) fn number_input(w: &mut Walker<'_>, e: &NumberInput) {
    common(
        w,
        &Common {
            action_id: e.action_id.as_deref(),
            placeholder: e.placeholder.as_ref(),
            focus_on_load: e.focus_on_load,
            dispatch_action_config: e.dispatch_action_config.as_ref(),
            ..Common::default()
        },
    );
    let parse = |w: &mut Walker<'_>,
                 field: &'static str,
                 text: Option<&crate::Str>|
     -> Option<f64> {
        let text = text?;
        let value = text.trim().parse::<f64>().ok().filter(|v| v.is_finite());
        match value {
            None => {
                w.at(field, |w| {
                    w.error(
                        Code::InvalidFormat,
                        format!("{field} is `{text}`; expected a number"),
                    );
                });
                None
            }
            Some(_)
                if !e.is_decimal_allowed
                    && !text.trim().bytes().all(|c| c.is_ascii_digit() || c == b'-') =>
            {
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
        w.at("min_value", |w| {
            w.error(
                Code::InvalidValue,
                format!("min_value {min} is greater than max_value {max}"),
            );
        });
    }
    if let Some(initial) = initial
        && (min.is_some_and(|min| initial < min) || max.is_some_and(|max| initial > max))
    {
        w.at("initial_value", |w| {
            w.warn(
                Code::OutOfRange,
                format!("initial_value {initial} is outside min_value..max_value"),
            );
        });
    }
}

/// Rule 43.
pub(super) fn plain_text_input(w: &mut Walker<'_>, e: &PlainTextInput) {
    use limits::plain_text_input::{MAX_LENGTH, MIN_LENGTH};
    common(
        w,
        &Common {
            action_id: e.action_id.as_deref(),
            placeholder: e.placeholder.as_ref(),
            focus_on_load: e.focus_on_load,
            dispatch_action_config: e.dispatch_action_config.as_ref(),
            ..Common::default()
        },
    );
    w.number("min_length", e.min_length.map(u64::from), &MIN_LENGTH);
    w.number("max_length", e.max_length.map(u64::from), &MAX_LENGTH);
    if let (Some(min), Some(max)) = (e.min_length, e.max_length)
        && min > max
    {
        w.at("min_length", |w| {
            w.error(
                Code::InvalidValue,
                format!("min_length {min} is greater than max_length {max}"),
            );
        });
    }
    if let Some(initial) = &e.initial_value {
        let count = initial.chars().count();
        if e.max_length.is_some_and(|max| count > max as usize)
            || e.min_length.is_some_and(|min| count < min as usize)
        {
            w.at("initial_value", |w| {
                w.warn(
                    Code::OutOfRange,
                    format!("initial_value is {count} characters, outside min_length..max_length"),
                );
            });
        }
    }
}

/// Rule 44.
pub(super) fn file_input(w: &mut Walker<'_>, e: &FileInput) {
    common(
        w,
        &Common {
            action_id: e.action_id.as_deref(),
            ..Common::default()
        },
    );
    w.number(
        "max_files",
        e.max_files.map(u64::from),
        &limits::file_input::MAX_FILES,
    );
}

/// Rule 45.
pub(super) fn rich_text_input<'a>(w: &mut Walker<'a>, e: &'a RichTextInput) {
    use limits::rich_text_input::{MAX_LINES, MIN_LINES};
    required_action_id(w, "rich_text_input", e.action_id.as_deref());
    common(
        w,
        &Common {
            action_id: e.action_id.as_deref(),
            placeholder: e.placeholder.as_ref(),
            focus_on_load: e.focus_on_load,
            dispatch_action_config: e.dispatch_action_config.as_ref(),
            ..Common::default()
        },
    );
    w.number("min_lines", e.min_lines.map(u64::from), &MIN_LINES);
    w.number("max_lines", e.max_lines.map(u64::from), &MAX_LINES);
    if let (Some(min), Some(max)) = (e.min_lines, e.max_lines)
        && min > max
    {
        w.at("min_lines", |w| {
            w.warn(
                Code::InvalidValue,
                format!("min_lines {min} is greater than max_lines {max}"),
            );
        });
    }
    match &e.initial_value {
        Some(RichTextInputValue::RichText(value)) => {
            w.at("initial_value", |w| rich_text::rich_text(w, value));
        }
        Some(RichTextInputValue::Unknown(raw)) => w.at("initial_value", |w| {
            w.error(
                Code::InvalidType,
                format!(
                    "initial_value must be a rich_text block, not `{}`",
                    raw.type_name().unwrap_or_default()
                ),
            );
        }),
        _ => {}
    }
}
