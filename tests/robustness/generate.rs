//! Generated Block Kit payloads: a template for every block, element, rich-text and composition
//! type, filled from a proptest-chosen [`Source`] of strings (huge and non-ASCII ones included),
//! numbers and choices.
//!
//! Template language: a string `"$s"` is an arbitrary string, `"$b"` a bool, `"$u"` a `u32`, `"$i"`
//! an `i64`, `"$n"` a JSON number; `"$text"`, `"$plain"`, `"$element"`, `"$block"`, ... are a
//! value of that kind; a key ending in `?` is present or not; `["$many", t]` is 1–3 copies of
//! `t`, `["$any", t]` 0–3 copies; `["$one", a, b, ...]` is one of the alternatives.

use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// The values a generated payload is filled from, taken in turn (and again from the start when
/// used up).
#[derive(Debug, Clone)]
pub(crate) struct Source {
    strings: Vec<String>,
    numbers: Vec<i64>,
    choices: Vec<u8>,
    at: [usize; 3],
}

impl Source {
    /// A source of these values (each list must not be empty).
    pub(crate) fn new(strings: Vec<String>, numbers: Vec<i64>, choices: Vec<u8>) -> Self {
        Self {
            strings,
            numbers,
            choices,
            at: [0; 3],
        }
    }

    fn string(&mut self) -> String {
        let at = self.at[0] % self.strings.len();
        self.at[0] += 1;
        self.strings[at].clone()
    }

    fn number(&mut self) -> i64 {
        let at = self.at[1] % self.numbers.len();
        self.at[1] += 1;
        self.numbers[at]
    }

    fn choice(&mut self, count: usize) -> usize {
        let at = self.at[2] % self.choices.len();
        self.at[2] += 1;
        usize::from(self.choices[at]) % count
    }

    fn flag(&mut self) -> bool {
        self.choice(2) == 1
    }
}

/// Strings as users and Slack send them: anything printable or not, markup, and now and then a
/// huge one.
pub(crate) fn any_string() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => any::<String>(),
        4 => "\\PC{0,40}",
        2 => Just(String::new()),
        2 => prop::sample::select(vec![
            "<!channel>", "&amp;", "\u{0}", "\u{FEFF}", "👩‍👩‍👧‍👦", "é", "\u{301}", "\\", "\"",
            "plain_text", "mrkdwn", "section", "\u{10FFFF}", "\r\n", "primary", "danger",
        ])
        .prop_map(str::to_owned),
        // Huge strings are tested at 1 MB in `adversarial`; here they are common enough to meet
        // every field.
        1 => ("\\PC{1,4}", 4_000..40_000_usize).prop_map(|(unit, len)| unit.repeat(len / unit.len().max(1))),
    ]
}

/// A [`Source`] for one payload.
pub(crate) fn source() -> impl Strategy<Value = Source> {
    (
        prop::collection::vec(any_string(), 1..12),
        prop::collection::vec(
            prop_oneof![
                any::<i64>(),
                -3..1_000_i64,
                Just(0),
                Just(i64::from(u32::MAX))
            ],
            1..6,
        ),
        prop::collection::vec(any::<u8>(), 1..64),
    )
        .prop_map(|(strings, numbers, choices)| Source::new(strings, numbers, choices))
}

/// Fills `template` from `source`; `depth` bounds nested blocks.
pub(crate) fn fill(template: &Value, source: &mut Source, depth: usize) -> Value {
    match template {
        Value::String(name) => fill_named(name, source, depth),
        Value::Array(items) => match items.first().and_then(Value::as_str) {
            Some("$many" | "$any") => {
                let least = usize::from(items[0] == "$many");
                let count = least + source.choice(4 - least);
                (0..count).map(|_| fill(&items[1], source, depth)).collect()
            }
            Some("$one") => {
                let pick = 1 + source.choice(items.len() - 1);
                fill(&items[pick], source, depth)
            }
            _ => items.iter().map(|item| fill(item, source, depth)).collect(),
        },
        Value::Object(fields) => {
            let mut out = Map::new();
            for (key, value) in fields {
                if let Some(key) = key.strip_suffix('?') {
                    if source.flag() {
                        out.insert(key.to_owned(), fill(value, source, depth));
                    }
                } else {
                    out.insert(key.clone(), fill(value, source, depth));
                }
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

fn fill_named(name: &str, source: &mut Source, depth: usize) -> Value {
    match name {
        "$s" => Value::String(source.string()),
        "$b" => Value::Bool(source.flag()),
        "$u" => json!(u32::try_from(source.number().rem_euclid(1 << 32)).unwrap_or(0)),
        "$i" => json!(source.number()),
        // Integers, and floats with a short exact decimal form (they print and parse back alike).
        "$n" => {
            let number = source.number();
            if source.flag() {
                json!(number)
            } else {
                json!(f64::from(i32::try_from(number % 1_000_000).unwrap_or(0)) / 4.0)
            }
        }
        "$json" => json!({"id": source.string(), "n": [source.number(), null, true]}),
        "$block" => {
            let templates = blocks();
            let pick = if depth == 0 {
                0
            } else {
                source.choice(templates.len())
            };
            fill(&templates[pick], source, depth.saturating_sub(1))
        }
        "$element" => {
            let templates = elements();
            let pick = source.choice(templates.len());
            fill(&templates[pick], source, depth)
        }
        "$rich" => {
            let templates = rich_elements();
            let pick = source.choice(templates.len());
            fill(&templates[pick], source, depth)
        }
        "$inline" => {
            let templates = inline_elements();
            let pick = source.choice(templates.len());
            fill(&templates[pick], source, depth)
        }
        other => match named(other) {
            Some(template) => fill(&template, source, depth),
            None => Value::String(other.to_owned()),
        },
    }
}

/// The templates referred to by name.
fn named(name: &str) -> Option<Value> {
    Some(match name {
        "$plain" => json!({"type": "plain_text", "text": "$s", "emoji?": "$b"}),
        "$mrkdwn" => json!({"type": "mrkdwn", "text": "$s", "verbatim?": "$b"}),
        "$text" => json!(["$one", "$plain", "$mrkdwn"]),
        "$confirm" => json!({
            "title?": "$plain", "text": "$text", "confirm?": "$plain", "deny?": "$plain",
            "style?": "$s"
        }),
        "$option" => json!({
            "text": "$text", "value": "$s", "description?": "$plain", "url?": "$s"
        }),
        "$option_group" => json!({"label": "$plain", "options": ["$many", "$option"]}),
        "$dispatch" => json!({"trigger_actions_on?": ["$many", "$s"]}),
        "$filter" => json!({
            "include?": ["$many", "$s"], "exclude_external_shared_channels?": "$b",
            "exclude_bot_users?": "$b"
        }),
        "$image" => json!({
            "type": "image", "alt_text": "$s", "image_url?": "$s",
            "slack_file?": {"url?": "$s", "id?": "$s"}
        }),
        "$button" => json!({
            "type": "button", "text": "$plain", "action_id?": "$s", "url?": "$s", "value?": "$s",
            "style?": "$s", "confirm?": "$confirm", "accessibility_label?": "$s",
            "agent_prompt?": "$s", "agent_prompt_display?": "$s",
            "visible_to_user_ids?": ["$many", "$s"]
        }),
        "$rich_text" => {
            json!({"type": "rich_text", "block_id?": "$s", "elements": ["$any", "$rich"]})
        }
        "$style" => json!({
            "bold?": "$b", "italic?": "$b", "strike?": "$b", "code?": "$b", "underline?": "$b",
            "highlight?": "$b", "client_highlight?": "$b", "unlink?": "$b"
        }),
        "$section" => json!({"type": "rich_text_section", "elements": ["$any", "$inline"]}),
        "$cell" => json!(["$one",
            {"type": "raw_text", "text": "$s"},
            {"type": "raw_number", "value": "$n", "text": "$s"},
            "$rich_text"
        ]),
        "$card" => json!({
            "type": "card", "block_id?": "$s", "hero_image?": "$image", "icon?": "$image",
            "slack_icon?": {"type": "icon", "name": "$s"}, "title?": "$text",
            "subtitle?": "$text", "body?": "$text", "subtext?": "$text",
            "actions?": ["$many", "$button"]
        }),
        "$task" => json!({
            "type": "task_card", "block_id?": "$s", "task_id": "$s", "title": "$s",
            "details?": "$rich_text", "output?": "$rich_text",
            "sources?": ["$many", {"type": "url", "url": "$s", "text": "$s"}], "status?": "$s"
        }),
        "$series" => json!({
            "series?": ["$many", {"name": "$s", "data?": ["$many", {"label": "$s", "value": "$n"}]}],
            "axis_config": {"categories?": ["$many", "$s"], "x_label?": "$s", "y_label?": "$s"}
        }),
        _ => return None,
    })
}

/// One template per block type; the first has no nested blocks.
pub(crate) fn blocks() -> Vec<Value> {
    let mut series = Vec::new();
    for kind in ["bar", "area", "line"] {
        let mut chart = named("$series").unwrap_or_default();
        chart["type"] = json!(kind);
        series.push(chart);
    }
    vec![
        json!({"type": "divider", "block_id?": "$s"}),
        json!({"type": "actions", "block_id?": "$s", "elements?": ["$many", "$element"]}),
        json!({"type": "context", "block_id?": "$s", "elements?": ["$many", ["$one", "$text", "$image"]]}),
        json!({"type": "context_actions", "block_id?": "$s", "elements?": ["$many", ["$one",
            {"type": "feedback_buttons", "action_id?": "$s",
             "positive_button": {"text": "$plain", "value": "$s", "accessibility_label?": "$s"},
             "negative_button": {"text": "$plain", "value": "$s", "accessibility_label?": "$s"}},
            {"type": "icon_button", "icon": "$s", "text": "$plain", "action_id?": "$s",
             "value?": "$s", "confirm?": "$confirm", "accessibility_label?": "$s",
             "visible_to_user_ids?": ["$many", "$s"]}
        ]]}),
        json!({"type": "file", "block_id?": "$s", "external_id": "$s", "source": "$s"}),
        json!({"type": "header", "block_id?": "$s", "text": "$plain"}),
        json!({"type": "image", "block_id?": "$s", "alt_text": "$s", "image_url?": "$s",
               "slack_file?": {"url?": "$s", "id?": "$s"}, "title?": "$plain"}),
        json!({"type": "input", "block_id?": "$s", "label": "$plain", "element": "$element",
               "dispatch_action?": "$b", "hint?": "$plain", "optional?": "$b"}),
        json!({"type": "markdown", "block_id?": "$s", "text": "$s"}),
        named("$rich_text").unwrap_or_default(),
        json!({"type": "section", "block_id?": "$s", "text?": "$text",
               "fields?": ["$many", "$text"], "accessory?": "$element", "expand?": "$b"}),
        json!({"type": "table", "block_id?": "$s", "rows?": ["$many", ["$many", "$cell"]],
               "column_settings?": ["$many", {"align?": "$s", "is_wrapped?": "$b"}]}),
        json!({"type": "video", "block_id?": "$s", "alt_text": "$s", "video_url": "$s",
               "thumbnail_url": "$s", "title": "$plain", "title_url?": "$s",
               "description?": "$plain", "author_name?": "$s", "provider_name?": "$s",
               "provider_icon_url?": "$s"}),
        json!({"type": "alert", "block_id?": "$s", "text": "$text", "level?": "$s"}),
        named("$card").unwrap_or_default(),
        json!({"type": "carousel", "block_id?": "$s", "elements?": ["$many", "$card"]}),
        json!({"type": "container", "block_id?": "$s", "title?": "$plain",
               "rich_text_title?": "$rich_text", "subtitle?": "$text",
               "child_blocks?": ["$many", "$block"], "width?": "$s", "icon?": "$image",
               "is_collapsible?": "$b", "default_collapsed?": "$b", "has_header_divider?": "$b"}),
        json!({"type": "data_table", "block_id?": "$s", "rows?": ["$many", ["$many", "$cell"]],
               "caption": "$s", "page_size?": "$u", "row_header_column_index?": "$u"}),
        json!({"type": "data_visualization", "block_id?": "$s", "title": "$s", "chart": ["$one",
            {"type": "pie", "segments?": ["$many", {"label": "$s", "value": "$n"}]},
            series[0], series[1], series[2]
        ]}),
        json!({"type": "plan", "block_id?": "$s", "title": "$s", "tasks?": ["$many", "$task"]}),
        named("$task").unwrap_or_default(),
        json!({"type": "auth_provider", "block_id?": "$s", "value": "$s", "name": "$plain",
               "is_connected": "$b", "description?": "$plain", "icon_url?": "$s",
               "auth_url?": "$s", "disconnect_url?": "$s", "connected_identity?": "$plain",
               "connected_context?": "$plain",
               "accessory?": {"type": "overflow", "options?": ["$many", "$option"]},
               "fallback?": ["$many", "$block"]}),
        json!({"type": "call", "block_id?": "$s", "call_id?": "$s",
               "api_decoration_available?": "$b", "call?": "$json"}),
        json!({"type": "share_shortcut", "block_id?": "$s", "app_id?": "$s", "title?": "$s"}),
    ]
}

/// One template per element type.
pub(crate) fn elements() -> Vec<Value> {
    let mut out = vec![
        named("$button").unwrap_or_default(),
        json!({"type": "workflow_button", "text": "$plain", "action_id?": "$s", "style?": "$s",
               "accessibility_label?": "$s", "confirm?": "$confirm",
               "workflow": {"trigger": {"url": "$s", "customizable_input_parameters?":
                   ["$many", {"name": "$s", "value": ["$one", "$s", "$json"]}]}}}),
        json!({"type": "checkboxes", "options?": ["$many", "$option"],
               "initial_options?": ["$many", "$option"], "action_id?": "$s",
               "confirm?": "$confirm", "focus_on_load?": "$b"}),
        json!({"type": "radio_buttons", "options?": ["$many", "$option"],
               "initial_option?": "$option", "action_id?": "$s", "confirm?": "$confirm",
               "focus_on_load?": "$b"}),
        json!({"type": "overflow", "options?": ["$many", "$option"], "action_id?": "$s",
               "confirm?": "$confirm"}),
        named("$image").unwrap_or_default(),
        json!({"type": "plain_text_input", "initial_value?": "$s", "multiline?": "$b",
               "min_length?": "$u", "max_length?": "$u", "action_id?": "$s",
               "dispatch_action_config?": "$dispatch", "focus_on_load?": "$b",
               "placeholder?": "$plain"}),
        json!({"type": "number_input", "is_decimal_allowed": "$b", "initial_value?": "$s",
               "min_value?": "$s", "max_value?": "$s", "action_id?": "$s",
               "dispatch_action_config?": "$dispatch", "focus_on_load?": "$b",
               "placeholder?": "$plain"}),
        json!({"type": "file_input", "filetypes?": ["$many", "$s"], "max_files?": "$u",
               "action_id?": "$s"}),
        json!({"type": "datepicker", "initial_date?": "$s", "action_id?": "$s",
               "confirm?": "$confirm", "focus_on_load?": "$b", "placeholder?": "$plain"}),
        json!({"type": "datetimepicker", "initial_date_time?": "$i", "action_id?": "$s",
               "confirm?": "$confirm", "focus_on_load?": "$b"}),
        json!({"type": "timepicker", "initial_time?": "$s", "timezone?": "$s",
               "action_id?": "$s", "confirm?": "$confirm", "focus_on_load?": "$b",
               "placeholder?": "$plain"}),
        json!({"type": "rich_text_input", "action_id?": "$s", "initial_value?": "$rich_text",
               "min_lines?": "$u", "max_lines?": "$u", "dispatch_action_config?": "$dispatch",
               "focus_on_load?": "$b", "placeholder?": "$plain"}),
        json!({"type": "feedback_buttons", "action_id?": "$s",
               "positive_button": {"text": "$plain", "value": "$s"},
               "negative_button": {"text": "$plain", "value": "$s"}}),
        json!({"type": "icon_button", "icon": "$s", "text": "$plain", "action_id?": "$s"}),
    ];
    for kind in ["email_text_input", "url_text_input"] {
        out.push(
            json!({"type": kind, "initial_value?": "$s", "action_id?": "$s",
                        "dispatch_action_config?": "$dispatch", "focus_on_load?": "$b",
                        "placeholder?": "$plain"}),
        );
    }
    out.extend(selects());
    out
}

/// One template per select menu (single and multi).
fn selects() -> Vec<Value> {
    let mut out = Vec::new();
    let common = json!({"action_id?": "$s", "placeholder?": "$plain", "confirm?": "$confirm",
                        "focus_on_load?": "$b"});
    let selects = [
        (
            "static_select",
            json!({"options?": ["$many", "$option"],
            "option_groups?": ["$many", "$option_group"], "initial_option?": "$option"}),
        ),
        (
            "external_select",
            json!({"initial_option?": "$option", "min_query_length?": "$u"}),
        ),
        ("users_select", json!({"initial_user?": "$s"})),
        (
            "conversations_select",
            json!({"initial_conversation?": "$s",
            "default_to_current_conversation?": "$b", "response_url_enabled?": "$b",
            "filter?": "$filter"}),
        ),
        (
            "channels_select",
            json!({"initial_channel?": "$s", "response_url_enabled?": "$b"}),
        ),
        (
            "multi_static_select",
            json!({"options?": ["$many", "$option"],
            "option_groups?": ["$many", "$option_group"],
            "initial_options?": ["$many", "$option"], "max_selected_items?": "$u"}),
        ),
        (
            "multi_external_select",
            json!({"initial_options?": ["$many", "$option"],
            "min_query_length?": "$u", "max_selected_items?": "$u"}),
        ),
        (
            "multi_users_select",
            json!({"initial_users?": ["$many", "$s"],
            "max_selected_items?": "$u"}),
        ),
        (
            "multi_conversations_select",
            json!({"initial_conversations?": ["$many", "$s"],
            "default_to_current_conversation?": "$b", "filter?": "$filter",
            "max_selected_items?": "$u"}),
        ),
        (
            "multi_channels_select",
            json!({"initial_channels?": ["$many", "$s"],
            "max_selected_items?": "$u"}),
        ),
    ];
    for (kind, fields) in selects {
        let mut select = common.clone();
        select["type"] = json!(kind);
        if let (Some(select), Value::Object(fields)) = (select.as_object_mut(), fields) {
            select.extend(fields);
        }
        out.push(select);
    }
    out
}

/// One template per rich-text block element.
fn rich_elements() -> Vec<Value> {
    vec![
        named("$section").unwrap_or_default(),
        json!({"type": "rich_text_list", "style": ["$one", "bullet", "ordered", "$s"],
               "elements": ["$any", "$section"], "indent?": "$u", "offset?": "$u",
               "border?": "$u"}),
        json!({"type": "rich_text_preformatted", "elements": ["$any", "$inline"],
               "border?": "$u", "language?": "$s"}),
        json!({"type": "rich_text_quote", "elements": ["$any", "$inline"], "border?": "$u"}),
    ]
}

/// One template per rich-text inline element.
fn inline_elements() -> Vec<Value> {
    let mut out = vec![
        json!({"type": "text", "text": "$s", "style?": "$style"}),
        json!({"type": "link", "url": "$s", "text?": "$s", "style?": "$style"}),
        json!({"type": "emoji", "name": "$s", "unicode?": "$s", "url?": "$s",
               "skin_tone?": "$u", "style?": "$style"}),
        json!({"type": "broadcast", "range": ["$one", "here", "channel", "everyone", "$s"],
               "style?": "$style"}),
        json!({"type": "color", "value": "$s", "style?": "$style"}),
        json!({"type": "date", "timestamp": "$i", "format": "$s", "url?": "$s",
               "fallback?": "$s", "style?": "$style"}),
        json!({"type": "canvas", "file_id": "$s"}),
    ];
    for (kind, field) in [
        ("user", "user_id"),
        ("usergroup", "usergroup_id"),
        ("channel", "channel_id"),
        ("team", "team_id"),
    ] {
        out.push(json!({"type": kind, field: "$s", "style?": "$style"}));
    }
    out
}

/// A message, modal or Home tab of generated blocks (by `surface`: 0, 1 or 2).
pub(crate) fn surface(surface: usize, source: &mut Source) -> Value {
    let blocks = fill(&json!(["$many", "$block"]), source, 2);
    let template = match surface {
        0 => json!({"text?": "$s", "thread_ts?": "$s", "mrkdwn?": "$b", "unfurl_links?": "$b",
                    "attachments?": ["$many", {"color?": "$s", "fallback?": "$s", "text?": "$s",
                        "fields?": ["$many", {"title?": "$s", "value?": "$s", "short?": "$b"}]}]}),
        1 => json!({"type": "modal", "title": "$plain", "close?": "$plain", "submit?": "$plain",
                    "private_metadata?": "$s", "callback_id?": "$s", "clear_on_close?": "$b",
                    "notify_on_close?": "$b", "external_id?": "$s", "submit_disabled?": "$b"}),
        _ => json!({"type": "home", "private_metadata?": "$s", "callback_id?": "$s",
                    "external_id?": "$s"}),
    };
    // Filled first, so that generated strings are never read as template names.
    let mut out = fill(&template, source, 0);
    out["blocks"] = blocks;
    out
}
