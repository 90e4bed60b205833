//! One payload builder per limit of the table: the limited field with `n` characters, items or
//! the value `n`, and the pointer where a violation is expected.

use blockkit::{Code, Severity};
use serde_json::{Value, json};

use super::table::Limit;
use super::{actions, button, input, message, modal, mrkdwn, option, options, plain};

/// An expected violation: code, pointer, severity.
pub(crate) type Expect = (Code, String, Severity);

/// What to expect on one side of a limit besides the violation of the limit itself.
pub(crate) enum Side {
    /// Only the limit's own violation.
    Check,
    /// Not checked here, for the reason given.
    Skip(&'static str),
    /// The limit's violation, then these.
    Also(Vec<Expect>),
}

type Build = Box<dyn Fn(u64, char) -> Value>;

/// How to test one limit.
pub(crate) struct Case {
    /// The payload with `n` characters (made of the char), items or the value `n`.
    pub(crate) build: Build,
    /// Where a violation of the limit is reported.
    pub(crate) pointer: String,
    /// Where `required` is reported when the array is empty (not serialized), if it is.
    pub(crate) parent: Option<String>,
    pub(crate) max: Side,
    pub(crate) min: Side,
    /// What is expected exactly at the minimum (nothing, unless set).
    pub(crate) at_min: Vec<Expect>,
    /// The severity below the minimum, when it is not the limit's own.
    pub(crate) min_severity: Option<Severity>,
}

impl Case {
    pub(super) fn new(pointer: &str, build: Build) -> Self {
        Self {
            build,
            pointer: pointer.to_owned(),
            parent: None,
            max: Side::Check,
            min: Side::Check,
            at_min: Vec::new(),
            min_severity: None,
        }
    }

    /// A string field: `f` receives the string.
    pub(super) fn chars(pointer: &str, f: impl Fn(String) -> Value + 'static) -> Self {
        Self::new(
            pointer,
            Box::new(move |n, c| f(c.to_string().repeat(count(n)))),
        )
    }

    /// A text object: `f` receives the text; the pointer is the text object's.
    pub(super) fn text(pointer: &str, f: impl Fn(String) -> Value + 'static) -> Self {
        Self::chars(&format!("{pointer}/text"), f)
    }

    /// An array field: `f` receives the count; `parent` is the object that has the array.
    pub(super) fn items(pointer: &str, parent: &str, f: impl Fn(usize) -> Value + 'static) -> Self {
        let mut case = Self::new(pointer, Box::new(move |n, _| f(count(n))));
        case.parent = Some(parent.to_owned());
        case
    }

    /// An array whose items are reported one by one (table rows), never `required`.
    pub(super) fn row(pointer: &str, f: impl Fn(usize) -> Value + 'static) -> Self {
        Self::new(pointer, Box::new(move |n, _| f(count(n))))
    }

    /// A number field.
    pub(super) fn value(pointer: &str, f: impl Fn(u64) -> Value + 'static) -> Self {
        Self::new(pointer, Box::new(move |n, _| f(n)))
    }

    pub(super) fn max_also(mut self, also: &[(Code, &str, Severity)]) -> Self {
        self.max = Side::Also(expects(also));
        self
    }

    pub(super) fn min_also(mut self, also: &[(Code, &str, Severity)]) -> Self {
        self.min = Side::Also(expects(also));
        self
    }

    pub(super) fn skip_max(mut self, reason: &'static str) -> Self {
        self.max = Side::Skip(reason);
        self
    }

    pub(super) fn at_min(mut self, expected: &[(Code, &str, Severity)]) -> Self {
        self.at_min = expects(expected);
        self
    }

    /// An empty text object is an error whatever the field's own limit (rule 51).
    pub(super) fn empty_is_error(mut self) -> Self {
        self.min_severity = Some(Severity::Error);
        self
    }
}

fn expects(list: &[(Code, &str, Severity)]) -> Vec<Expect> {
    list.iter()
        .map(|(c, p, s)| (*c, (*p).to_owned(), *s))
        .collect()
}

pub(super) fn count(n: u64) -> usize {
    usize::try_from(n).expect("a small count")
}

pub(super) fn one(block: Value) -> Value {
    message(json!([block]))
}

pub(super) fn in_actions(element: Value) -> Value {
    one(actions(json!([element])))
}

pub(super) fn in_modal_input(element: Value) -> Value {
    modal(json!([input(element)]))
}

fn confirm(field: &'static str) -> Case {
    Case::text(&format!("/blocks/0/elements/0/confirm/{field}"), move |s| {
        let mut dialog = json!({"title": plain("Sure?"), "text": plain("Really?"), "confirm": plain("Yes"), "deny": plain("No")});
        dialog[field] = plain(s);
        let mut button = button("b");
        button["confirm"] = dialog;
        in_actions(button)
    })
}

fn select_with(options: Value) -> Value {
    in_actions(json!({"type": "static_select", "action_id": "s", "options": options}))
}

fn feedback(field: &'static str, text: bool) -> Case {
    let build = move |s: String| {
        let mut positive = json!({"text": plain("Yes"), "value": "y"});
        positive[field] = if text { plain(s) } else { json!(s) };
        one(json!({"type": "context_actions", "elements": [{
            "type": "feedback_buttons", "action_id": "f",
            "positive_button": positive, "negative_button": {"text": plain("No"), "value": "n"},
        }]}))
    };
    if text {
        Case::text(
            &format!("/blocks/0/elements/0/positive_button/{field}"),
            build,
        )
    } else {
        Case::chars(
            &format!("/blocks/0/elements/0/positive_button/{field}"),
            build,
        )
    }
}

pub(super) fn with_field(base: Value, field: &str, value: Value) -> Value {
    let mut base = base;
    base[field] = value;
    base
}

fn icon_button(field: &'static str) -> impl Fn(Value) -> Value {
    move |value| {
        let mut element = json!({"type": "icon_button", "action_id": "i", "icon": "trash", "text": plain("Delete")});
        element[field] = value;
        one(json!({"type": "context_actions", "elements": [element]}))
    }
}

pub(super) fn ordinal(n: usize, prefix: &str) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}{i}")).collect()
}

/// The case of `limit`; `None` for the byte size of a view (tested on its own).
#[allow(clippy::too_many_lines, reason = "one arm per limit of the table")]
pub(crate) fn case(limit: &Limit) -> Option<Case> {
    use Severity::Warning;
    if let Some(case) = super::limit_cases_blocks::case(limit) {
        return Some(case);
    }
    Some(match (limit.object, limit.field) {
        ("text", "text") => Case::text("/blocks/0/elements/0", |s| {
            one(json!({"type": "context", "elements": [mrkdwn(s)]}))
        }),
        ("block", "block_id") => Case::chars("/blocks/0/block_id", |s| {
            one(json!({"type": "divider", "block_id": s}))
        }),
        ("element", "action_id") => {
            Case::chars("/blocks/0/elements/0/action_id", |s| in_actions(button(&s)))
        }
        ("element", "placeholder") => Case::text("/blocks/0/elements/0/placeholder", |s| {
            in_actions(
                json!({"type": "static_select", "placeholder": plain(s), "options": options(1)}),
            )
        }),
        ("confirm", "title") => confirm("title"),
        ("confirm", "text") => confirm("text"),
        ("confirm", "confirm") => confirm("confirm"),
        ("confirm", "deny") => confirm("deny"),
        ("option", "text") => Case::text("/blocks/0/elements/0/options/0/text", |s| {
            select_with(json!([option(&s, "v")]))
        }),
        ("option", "value") => Case::chars("/blocks/0/elements/0/options/0/value", |s| {
            select_with(json!([option("A", &s)]))
        }),
        ("option", "description") => {
            Case::text("/blocks/0/elements/0/options/0/description", |s| {
                select_with(json!([with_field(
                    option("A", "a"),
                    "description",
                    plain(s)
                )]))
            })
        }
        ("option", "url") => Case::chars("/blocks/0/elements/0/options/0/url", |s| {
            in_actions(
                json!({"type": "overflow", "options": [with_field(option("A", "a"), "url", json!(s)), option("B", "b")]}),
            )
        }),
        ("option_group", "label") => {
            Case::text("/blocks/0/elements/0/option_groups/0/label", |s| {
                in_actions(
                    json!({"type": "static_select", "option_groups": [{"label": plain(s), "options": options(1)}]}),
                )
            })
        }
        ("option_group", "options") => Case::items(
            "/blocks/0/elements/0/option_groups/0/options",
            "/blocks/0/elements/0/option_groups/0",
            |n| {
                in_actions(
                    json!({"type": "static_select", "option_groups": [{"label": plain("G"), "options": options(n)}]}),
                )
            },
        ),
        ("dispatch_action_config", "trigger_actions_on") => Case::items(
            "/blocks/0/element/dispatch_action_config/trigger_actions_on",
            "/blocks/0/element/dispatch_action_config",
            |n| {
                let on: Vec<&str> = ["on_enter_pressed", "on_character_entered"]
                    .into_iter()
                    .cycle()
                    .take(n)
                    .collect();
                in_modal_input(
                    json!({"type": "plain_text_input", "dispatch_action_config": {"trigger_actions_on": on}}),
                )
            },
        ),
        ("filter", "include") => Case::items(
            "/blocks/0/elements/0/filter/include",
            "/blocks/0/elements/0/filter",
            |n| {
                let kinds: Vec<&str> = ["im", "mpim", "private", "public"]
                    .into_iter()
                    .cycle()
                    .take(n)
                    .collect();
                in_actions(json!({"type": "conversations_select", "filter": {"include": kinds}}))
            },
        ),
        ("raw_text", "text") => Case::chars("/blocks/0/rows/0/0/text", |s| {
            one(json!({"type": "table", "rows": [[{"type": "raw_text", "text": s}]]}))
        }),
        ("raw_number", "text") => Case::chars("/blocks/0/rows/0/0/text", |s| {
            one(json!({"type": "table", "rows": [[{"type": "raw_number", "value": 1, "text": s}]]}))
        }),
        ("feedback_button", "text") => feedback("text", true),
        ("feedback_button", "value") => feedback("value", false),
        ("feedback_button", "accessibility_label") => feedback("accessibility_label", false),
        ("button", "text") => Case::text("/blocks/0/elements/0/text", |s| {
            in_actions(with_field(button("b"), "text", plain(s)))
        }),
        ("button", field @ ("value" | "url" | "accessibility_label" | "agent_prompt")) => {
            Case::chars(&format!("/blocks/0/elements/0/{field}"), move |s| {
                in_actions(with_field(button("b"), field, json!(s)))
            })
        }
        ("icon_button", field @ ("value" | "accessibility_label")) => {
            let build = icon_button(field);
            Case::chars(&format!("/blocks/0/elements/0/{field}"), move |s| {
                build(json!(s))
            })
        }
        ("icon_button", "visible_to_user_ids") => {
            let build = icon_button("visible_to_user_ids");
            Case::items(
                "/blocks/0/elements/0/visible_to_user_ids",
                "/blocks/0/elements/0",
                move |n| build(json!(ordinal(n, "U"))),
            )
        }
        ("checkboxes", "options") => Case::items(
            "/blocks/0/elements/0/options",
            "/blocks/0/elements/0",
            |n| in_actions(json!({"type": "checkboxes", "options": options(n)})),
        ),
        ("static_select", "options") => Case::items(
            "/blocks/0/elements/0/options",
            "/blocks/0/elements/0",
            |n| select_with(options(n)),
        ),
        ("static_select", "option_groups") => Case::items(
            "/blocks/0/elements/0/option_groups",
            "/blocks/0/elements/0",
            |n| {
                let groups: Vec<Value> = (0..n)
                .map(|i| json!({"label": plain("G"), "options": [option("A", &format!("v{i}"))]}))
                .collect();
                in_actions(json!({"type": "static_select", "option_groups": groups}))
            },
        ),
        ("multi_select", "max_selected_items") => {
            Case::value("/blocks/0/elements/0/max_selected_items", |n| {
                in_actions(json!({"type": "multi_users_select", "max_selected_items": n}))
            })
        }
        // One option is allowed (MUST ≥ 1) but warned about (SHOULD ≥ 2).
        ("overflow", "options") if limit.min == 1 => Case::items(
            "/blocks/0/elements/0/options",
            "/blocks/0/elements/0",
            |n| in_actions(json!({"type": "overflow", "options": options(n)})),
        )
        .at_min(&[(Code::MinItems, "/blocks/0/elements/0/options", Warning)]),
        ("overflow", "options") => Case::items(
            "/blocks/0/elements/0/options",
            "/blocks/0/elements/0",
            |n| in_actions(json!({"type": "overflow", "options": options(n)})),
        )
        .skip_max(
            "the same maximum as the MUST limit overflow.options, reported once, as that one",
        ),
        ("plain_text_input", field @ ("min_length" | "max_length")) => {
            Case::value(&format!("/blocks/0/element/{field}"), move |n| {
                in_modal_input(with_field(
                    json!({"type": "plain_text_input"}),
                    field,
                    json!(n),
                ))
            })
        }
        ("file_input", "max_files") => Case::value("/blocks/0/element/max_files", |n| {
            in_modal_input(json!({"type": "file_input", "max_files": n}))
        }),
        ("rich_text_input", field @ ("min_lines" | "max_lines")) => {
            Case::value(&format!("/blocks/0/element/{field}"), move |n| {
                in_modal_input(with_field(
                    json!({"type": "rich_text_input", "action_id": "r"}),
                    field,
                    json!(n),
                ))
            })
        }
        ("datetimepicker", "initial_date_time") => {
            Case::value("/blocks/0/element/initial_date_time", |n| {
                in_modal_input(json!({"type": "datetimepicker", "initial_date_time": n}))
            })
        }
        ("rich_text_list", field @ ("indent" | "border")) => {
            Case::value(&format!("/blocks/0/elements/0/{field}"), move |n| {
                let list = with_field(
                    json!({"type": "rich_text_list", "style": "bullet", "elements": []}),
                    field,
                    json!(n),
                );
                one(json!({"type": "rich_text", "elements": [list]}))
            })
        }
        ("view", "view") => return None,
        (object, field) => panic!("no case for the limit {object}.{field}: add one"),
    })
}
