//! Rules of menus and choices (spec §3.4, §3.5, §5.3, §5.9, §5.10, §5.12, §5.14; §9 rules 33–38).

use blockkit_limits as limits;

use super::compose::{self, OptionPlace};
use super::elements::{Common, common};
use crate::validate::Code;
use crate::validate::walker::{Seen, Walker};
use crate::{Checkboxes, OptionGroup, OptionObject, Overflow, RadioButtons};

/// Rules 35–36: exactly one of `options`/`option_groups`, their counts, and initial options
/// that equal available ones.
pub(super) fn static_options<'a>(
    w: &mut Walker<'a>,
    options: &'a [OptionObject],
    groups: &'a [OptionGroup],
    initial: &'a [OptionObject],
    initial_field: &'static str,
) {
    use limits::static_select::{OPTION_GROUPS, OPTIONS};
    match (options.is_empty(), groups.is_empty()) {
        (false, false) => w.error(
            Code::Exclusive,
            "a static menu takes `options` or `option_groups`, not both",
        ),
        (true, true) => w.error(
            Code::Required,
            "a static menu needs `options` or `option_groups`",
        ),
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
    initial_among(
        w,
        initial_field,
        initial,
        options,
        groups,
        OptionPlace::Menu,
    );
}

/// Checks each initial option and that it equals one of the `options` or of the options of the
/// `groups` (rule 36: text object, value and description are compared).
fn initial_among<'a>(
    w: &mut Walker<'a>,
    field: &'static str,
    initial: &'a [OptionObject],
    options: &[OptionObject],
    groups: &[OptionGroup],
    place: OptionPlace,
) {
    let single = field == "initial_option";
    for (index, option) in initial.iter().enumerate() {
        let check = |w: &mut Walker<'a>| {
            compose::option(w, option, place);
            let mut available = options.iter().chain(groups.iter().flat_map(|g| &g.options));
            let found = available.any(|a| {
                a.value == option.value
                    && a.text == option.text
                    && a.description == option.description
            });
            if !found {
                w.error(
                    Code::InvalidValue,
                    format!("{field} `{}` is not one of the options (text, value and description must match)", option.value),
                );
            }
        };
        if single {
            w.at(field, check);
        } else {
            w.at(field, |w| w.at_index(index, check));
        }
    }
}

pub(super) fn checkboxes<'a>(w: &mut Walker<'a>, e: &'a Checkboxes) {
    common(
        w,
        &Common {
            action_id: e.action_id.as_deref(),
            confirm: e.confirm.as_deref(),
            focus_on_load: e.focus_on_load,
            ..Common::default()
        },
    );
    w.items(
        "checkboxes",
        "options",
        e.options.len(),
        &limits::checkboxes::OPTIONS,
    );
    compose::options(w, "options", &e.options, OptionPlace::Choice);
    initial_among(
        w,
        "initial_options",
        &e.initial_options,
        &e.options,
        &[],
        OptionPlace::Choice,
    );
}

pub(super) fn radio_buttons<'a>(w: &mut Walker<'a>, e: &'a RadioButtons) {
    common(
        w,
        &Common {
            action_id: e.action_id.as_deref(),
            confirm: e.confirm.as_deref(),
            focus_on_load: e.focus_on_load,
            ..Common::default()
        },
    );
    w.items(
        "radio_buttons",
        "options",
        e.options.len(),
        &limits::checkboxes::OPTIONS,
    );
    compose::options(w, "options", &e.options, OptionPlace::Choice);
    initial_among(
        w,
        "initial_option",
        e.initial_option.as_slice(),
        &e.options,
        &[],
        OptionPlace::Choice,
    );
}

/// Rule 38: at most 5 options; fewer than 2 is a warning (older docs, §12).
pub(super) fn overflow<'a>(w: &mut Walker<'a>, e: &'a Overflow) {
    use limits::overflow::{OPTIONS, OPTIONS_RECOMMENDED_MIN};
    common(
        w,
        &Common {
            action_id: e.action_id.as_deref(),
            confirm: e.confirm.as_deref(),
            ..Common::default()
        },
    );
    w.items("overflow", "options", e.options.len(), &OPTIONS);
    if e.options.len() == 1 {
        w.at("options", |w| {
            w.count_items("overflow options", 1, &OPTIONS_RECOMMENDED_MIN);
        });
    }
    compose::options(w, "options", &e.options, OptionPlace::Overflow);
}

/// Reports option values used twice across the groups of one menu (spec §3.4).
fn unique_group_values(w: &mut Walker<'_>, groups: &[OptionGroup]) {
    if groups.is_empty() {
        return;
    }
    let mut seen = Seen::with_capacity(groups.iter().map(|g| g.options.len()).sum());
    for (g, group) in groups.iter().enumerate() {
        for (i, option) in group.options.iter().enumerate() {
            let value = option.value.as_str();
            if !seen.insert(value) {
                w.at("option_groups", |w| {
                    w.at_index(g, |w| {
                        w.at("options", |w| {
                            w.at_index(i, |w| {
                                w.at("value", |w| {
                                    w.error(
                                        Code::Duplicate,
                                        format!(
                                            "option value `{value}` is used twice in this menu"
                                        ),
                                    );
                                });
                            });
                        });
                    });
                });
            }
        }
    }
}
