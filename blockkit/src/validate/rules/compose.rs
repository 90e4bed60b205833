//! Rules of the composition objects (spec §3, §9 rules 32–36, 48–51, 54).

use blockkit_limits as limits;

use crate::validate::Code;
use crate::validate::walker::{Seen, TextKind, Walker};
use crate::{
    ConfirmDialog, ConversationFilter, DispatchActionConfig, FeedbackButton, OptionGroup,
    OptionObject, SlackFile, Workflow,
};

/// Where an option is, which decides its text kind and whether it may have a `url`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OptionPlace {
    /// A select or multi-select menu: plain_text, no url.
    Menu,
    /// An overflow menu: plain_text, url allowed.
    Overflow,
    /// Checkboxes or radio buttons: plain_text or mrkdwn, no url.
    Choice,
}

/// A confirmation dialog at the current pointer (rule 48).
pub(crate) fn confirm(w: &mut Walker<'_>, dialog: &ConfirmDialog) {
    use limits::confirm::{CONFIRM, DENY, TEXT, TITLE};
    for (field, text, limit) in [
        ("title", &dialog.title, &TITLE),
        ("confirm", &dialog.confirm, &CONFIRM),
        ("deny", &dialog.deny, &DENY),
    ] {
        match text {
            Some(text) => w.text(field, text, TextKind::Plain, limit),
            None => w.required("confirm", field),
        }
    }
    w.text("text", &dialog.text, TextKind::Any, &TEXT);
    if let Some(style) = &dialog.style {
        w.known(
            "style",
            style.as_str(),
            style.is_known(),
            crate::ConfirmStyle::KNOWN,
        );
    }
}

/// An option at the current pointer (rules 32–34).
pub(crate) fn option(w: &mut Walker<'_>, option: &OptionObject, place: OptionPlace) {
    use limits::option::{DESCRIPTION, TEXT, URL, VALUE};
    let kind = if place == OptionPlace::Choice {
        TextKind::Any
    } else {
        TextKind::Plain
    };
    w.text("text", &option.text, kind, &TEXT);
    w.string("value", Some(&option.value), &VALUE);
    w.maybe_text(
        "description",
        option.description.as_ref(),
        kind,
        &DESCRIPTION,
    );
    if let Some(url) = &option.url {
        if place == OptionPlace::Overflow {
            w.string("url", Some(url), &URL);
        } else {
            w.at("url", |w| {
                w.error(
                    Code::NotAllowedHere,
                    "an option may have a `url` only in an overflow menu",
                );
            });
        }
    }
}

/// A list of options at `field`: each option, and unique values (spec §3.4).
pub(crate) fn options<'a>(
    w: &mut Walker<'a>,
    field: &'static str,
    options: &'a [OptionObject],
    place: OptionPlace,
) {
    w.each(field, options, |w, item| option(w, item, place));
    unique_values(w, field, options);
}

/// Reports option values used twice within one menu.
fn unique_values(w: &mut Walker<'_>, field: &'static str, options: &[OptionObject]) {
    let mut seen = Seen::with_capacity(options.len());
    for (index, option) in options.iter().enumerate() {
        let value = option.value.as_str();
        if !seen.insert(value) {
            w.at(field, |w| {
                w.at_index(index, |w| {
                    w.at("value", |w| {
                        w.error(
                            Code::Duplicate,
                            format!("option value `{value}` is used twice in this menu"),
                        );
                    });
                });
            });
        }
    }
}

/// An option group at the current pointer (spec §3.5).
pub(crate) fn option_group<'a>(w: &mut Walker<'a>, group: &'a OptionGroup) {
    use limits::option_group::{LABEL, OPTIONS};
    w.text("label", &group.label, TextKind::Plain, &LABEL);
    w.items("option group", "options", group.options.len(), &OPTIONS);
    w.each("options", &group.options, |w, item| {
        option(w, item, OptionPlace::Menu);
    });
}

/// A conversation filter at the current pointer (rule 49): at least one field; `include` 1–4
/// known kinds.
pub(crate) fn filter(w: &mut Walker<'_>, filter: &ConversationFilter) {
    if filter.include.is_empty()
        && filter.exclude_bot_users.is_none()
        && filter.exclude_external_shared_channels.is_none()
    {
        w.error(
            Code::Required,
            "filter needs at least one of `include`, `exclude_external_shared_channels`, `exclude_bot_users`",
        );
    }
    if !filter.include.is_empty() {
        w.items(
            "filter",
            "include",
            filter.include.len(),
            &limits::filter::INCLUDE,
        );
    }
    for (index, kind) in filter.include.iter().enumerate() {
        w.at("include", |w| {
            w.at_index(index, |w| {
                if !kind.is_known() {
                    w.error(
                        Code::InvalidValue,
                        format!(
                            "include is `{kind}`; expected {}",
                            crate::validate::walker::one_of(crate::ConversationKind::KNOWN)
                        ),
                    );
                }
            });
        });
    }
}

/// A dispatch action configuration at the current pointer (rule 54): 1–2 known triggers.
pub(crate) fn dispatch_action_config(w: &mut Walker<'_>, config: &DispatchActionConfig) {
    use limits::dispatch_action_config::TRIGGER_ACTIONS_ON;
    w.items(
        "dispatch_action_config",
        "trigger_actions_on",
        config.trigger_actions_on.len(),
        &TRIGGER_ACTIONS_ON,
    );
    for (index, action) in config.trigger_actions_on.iter().enumerate() {
        w.at("trigger_actions_on", |w| {
            w.at_index(index, |w| {
                if !action.is_known() {
                    w.error(
                        Code::InvalidValue,
                        format!(
                            "trigger_actions_on is `{action}`; expected {}",
                            crate::validate::walker::one_of(crate::TriggerAction::KNOWN)
                        ),
                    );
                }
            });
        });
    }
}

/// A Slack file at the current pointer (rule 50).
pub(crate) fn slack_file(w: &mut Walker<'_>, file: &SlackFile) {
    match (&file.url, &file.id) {
        (Some(_), Some(_)) => w.error(Code::Exclusive, "slack_file takes `url` or `id`, not both"),
        (None, None) => w.error(Code::Required, "slack_file needs `url` or `id`"),
        _ => {}
    }
}

/// A workflow at the current pointer (rule 46).
pub(crate) fn workflow(w: &mut Walker<'_>, workflow: &Workflow) {
    w.at("trigger", |w| {
        if workflow.trigger.url.is_empty() {
            w.at("url", |w| w.error(Code::MinLength, "trigger url is empty"));
        }
        for (index, parameter) in workflow
            .trigger
            .customizable_input_parameters
            .iter()
            .enumerate()
        {
            if parameter.name.is_empty() {
                w.at("customizable_input_parameters", |w| {
                    w.at_index(index, |w| {
                        w.at("name", |w| {
                            w.error(Code::MinLength, "input parameter name is empty");
                        });
                    });
                });
            }
        }
    });
}

/// A feedback button object at the current pointer (rule 52).
pub(crate) fn feedback_button(w: &mut Walker<'_>, button: &FeedbackButton) {
    use limits::feedback_button::{ACCESSIBILITY_LABEL, TEXT, VALUE};
    w.text("text", &button.text, TextKind::Plain, &TEXT);
    w.string("value", Some(&button.value), &VALUE);
    w.string(
        "accessibility_label",
        button.accessibility_label.as_deref(),
        &ACCESSIBILITY_LABEL,
    );
}
