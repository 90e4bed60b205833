//! The rules the derive cannot express, as tables keyed like the limits table: an object
//! (`"section"`, `"button"`, `"option"`, `"element"` for every element, `"block"` for every
//! block) and a field path.

use blockkit_limits::{ALL, Limit, Strength, Unit};
use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{Map, Value, json};

use super::transform::{DEFS, Defs, Place, ref_name};
use crate::{
    ActionsBlock, Button, CardBlock, ChannelsSelect, Checkboxes, ContextBlock, ConversationsSelect,
    DatePicker, DateTimePicker, DividerBlock, EmailInput, ExternalSelect, FeedbackButtons,
    FileBlock, FileInput, HeaderBlock, IconButton, ImageBlock, ImageElement, InputBlock,
    MrkdwnText, MultiChannelsSelect, MultiConversationsSelect, MultiExternalSelect,
    MultiStaticSelect, MultiUsersSelect, NumberInput, Overflow, PlainText, PlainTextInput,
    RadioButtons, RichTextBlock, RichTextInput, SectionBlock, StaticSelect, TableBlock, TimePicker,
    UrlInput, UsersSelect, VideoBlock, WorkflowButton,
};
use crate::{ActionsElement, ContextActionsElement, InputElement, SectionAccessory};

/// Definitions that answer to a limit object besides their own `"type"`.
const ALIASES: &[(&str, &str)] = &[
    ("PlainText", "text"),
    ("MrkdwnText", "text"),
    ("OptionObject", "option"),
    ("OptionGroup", "option_group"),
    ("ConfirmDialog", "confirm"),
    ("DispatchActionConfig", "dispatch_action_config"),
    ("ConversationFilter", "filter"),
    ("FeedbackButton", "feedback_button"),
    ("SlackFile", "slack_file"),
    ("WorkflowButton", "button"),
    ("RadioButtons", "checkboxes"),
    ("MultiStaticSelect", "static_select"),
    ("MultiStaticSelect", "multi_select"),
    ("MultiExternalSelect", "multi_select"),
    ("MultiUsersSelect", "multi_select"),
    ("MultiConversationsSelect", "multi_select"),
    ("MultiChannelsSelect", "multi_select"),
    ("Modal", "view"),
    ("HomeTab", "view"),
    ("WorkflowStepView", "view"),
    ("Message", "message"),
    ("MessageBody", "message"),
    ("Attachment", "attachment"),
];

/// `"type"` values that name a different limit object: the rich-text `text` element is not a
/// text object.
const NOT_OBJECTS: &[&str] = &["text"];

/// Limits a schema cannot express: character budgets over many cells, and a byte size.
pub(super) const UNEXPRESSIBLE: &[(&str, &str)] =
    &[("table", "cells"), ("data_table", "cells"), ("view", "view")];

/// Arrays with a minimum that are needed only when another field is absent (or are optional):
/// their minimum applies when present, but they are not `required`.
const CONDITIONAL: &[(&str, &str)] = &[
    ("section", "fields"),
    ("static_select", "options"),
    ("static_select", "option_groups"),
    ("filter", "include"),
];

/// Fields that take only `plain_text` (spec §3.1).
const PLAIN_ONLY: &[(&str, &str)] = &[
    ("header", "text"),
    ("input", "label"),
    ("input", "hint"),
    ("element", "placeholder"),
    ("modal", "title"),
    ("modal", "submit"),
    ("modal", "close"),
    ("confirm", "title"),
    ("confirm", "confirm"),
    ("confirm", "deny"),
    ("option_group", "label"),
    ("button", "text"),
    ("icon_button", "text"),
    ("feedback_button", "text"),
    ("image", "title"),
    ("video", "title"),
    ("video", "description"),
    ("container", "title"),
    ("auth_provider", "name"),
    ("auth_provider", "description"),
    ("auth_provider", "connected_identity"),
    ("auth_provider", "connected_context"),
];

/// Where options go, and which kind (spec §3.4): plain_text and no `url` in menus, plain_text
/// with `url` in overflow menus, either text type and no `url` in checkboxes and radio buttons.
const OPTION_FIELDS: &[(&str, &str, &str)] = &[
    ("static_select", "options[]", "MenuOption"),
    ("static_select", "initial_option", "MenuOption"),
    ("static_select", "initial_options[]", "MenuOption"),
    ("external_select", "initial_option", "MenuOption"),
    ("multi_external_select", "initial_options[]", "MenuOption"),
    ("option_group", "options[]", "MenuOption"),
    ("overflow", "options[]", "OverflowOption"),
    ("checkboxes", "options[]", "ChoiceOption"),
    ("checkboxes", "initial_options[]", "ChoiceOption"),
    ("checkboxes", "initial_option", "ChoiceOption"),
];

/// `YYYY-MM-DD` with a month 01–12 and a day that exists in some year (29 February included).
const DATE: &str = "^[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))$";
/// `HH:mm`, 24-hour.
const TIME: &str = "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$";
/// `#` and 3, 6 or 8 hex digits.
const HEX: &str = "^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$";
/// An attachment colour: `good`, `warning`, `danger` or a hex colour.
const ATTACHMENT_COLOR: &str =
    "^(?:good|warning|danger|#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8}))$";

const PATTERNS: &[(&str, &str, &str)] = &[
    ("datepicker", "initial_date", DATE),
    ("timepicker", "initial_time", TIME),
    ("color", "value", HEX),
    ("attachment", "color", ATTACHMENT_COLOR),
];

/// Strings that must not be empty.
const NON_EMPTY: &[(&str, &str)] = &[
    ("link", "url"),
    ("emoji", "name"),
    ("user", "user_id"),
    ("usergroup", "usergroup_id"),
    ("channel", "channel_id"),
    ("team", "team_id"),
    ("date", "format"),
    ("canvas", "file_id"),
    ("data_table", "caption"),
    ("icon", "name"),
    ("workflow_button", "action_id"),
    ("rich_text_input", "action_id"),
];

/// Fields the model keeps optional (to parse anything) that Slack requires.
const REQUIRED: &[(&str, &str)] = &[
    ("workflow_button", "action_id"),
    ("rich_text_input", "action_id"),
    ("confirm", "title"),
    ("confirm", "confirm"),
    ("confirm", "deny"),
    ("modal", "type"),
    ("home", "type"),
];

/// The new definitions of the containers, and the fields that refer to them.
pub(super) struct Containers {
    defs: Vec<(&'static str, Value)>,
    fields: Vec<(&'static str, &'static str, Value)>,
}

/// One `$ref` per type, each checked by the compiler against the container's trait.
macro_rules! refs {
    ($generator:expr, $bound:path: $($ty:ty),+ $(,)?) => {{
        fn one<T: $bound + JsonSchema>(generator: &mut SchemaGenerator) -> Value {
            generator.subschema_for::<T>().to_value()
        }
        vec![$(one::<$ty>($generator)),+]
    }};
}

/// The elements and blocks each container accepts (spec §4, §5.0).
pub(super) fn containers(g: &mut SchemaGenerator) -> Containers {
    let any_of = |refs: Vec<Value>, description: &str| json!({"anyOf": refs, "description": description});
    let section = refs!(g, SectionAccessory: Button, Checkboxes, DatePicker, ImageElement, Overflow,
        RadioButtons, TimePicker, WorkflowButton, StaticSelect, ExternalSelect, UsersSelect,
        ConversationsSelect, ChannelsSelect, MultiStaticSelect, MultiExternalSelect,
        MultiUsersSelect, MultiConversationsSelect, MultiChannelsSelect);
    let actions = refs!(g, ActionsElement: Button, Checkboxes, DatePicker, DateTimePicker, Overflow,
        RadioButtons, RichTextInput, TimePicker, WorkflowButton, StaticSelect, ExternalSelect,
        UsersSelect, ConversationsSelect, ChannelsSelect, MultiStaticSelect, MultiExternalSelect,
        MultiUsersSelect, MultiConversationsSelect, MultiChannelsSelect);
    let input = refs!(g, InputElement: Checkboxes, DatePicker, DateTimePicker, EmailInput,
        FileInput, NumberInput, PlainTextInput, RadioButtons, RichTextInput, TimePicker, UrlInput,
        StaticSelect, ExternalSelect, UsersSelect, ConversationsSelect, ChannelsSelect,
        MultiStaticSelect, MultiExternalSelect, MultiUsersSelect, MultiConversationsSelect,
        MultiChannelsSelect);
    let context_actions = refs!(g, ContextActionsElement: FeedbackButtons, IconButton);
    let context = refs!(g, JsonSchema: PlainText, MrkdwnText, ImageElement);
    let children = refs!(g, JsonSchema: ActionsBlock, ContextBlock, DividerBlock, FileBlock,
        HeaderBlock, ImageBlock, InputBlock, RichTextBlock, SectionBlock, TableBlock, VideoBlock);
    let [button, card, overflow] = [
        g.subschema_for::<Button>().to_value(),
        g.subschema_for::<CardBlock>().to_value(),
        g.subschema_for::<Overflow>().to_value(),
    ];
    let reference = |name: &str| json!({"$ref": format!("{DEFS}{name}")});
    Containers {
        defs: vec![
            ("SectionAccessory", any_of(section, "The accessory of a section block: a button, checkboxes, a date or time picker, an image, an overflow menu, radio buttons, a workflow button, or a select or multi-select menu.")),
            ("ActionsElement", any_of(actions, "An element of an actions block: a button, checkboxes, a date, datetime or time picker, an overflow menu, radio buttons, a rich text input, a workflow button, or a select or multi-select menu.")),
            ("InputElement", any_of(input, "The element of an input block: a text, email, URL, number, rich text or file input, checkboxes, radio buttons, a date, datetime or time picker, or a select or multi-select menu.")),
            ("ContextActionsElement", any_of(context_actions, "An element of a context_actions block: feedback buttons or an icon button.")),
            ("ContextElement", any_of(context, "An item of a context block: a text object (`plain_text` or `mrkdwn`) or an image element.")),
            ("ContainerChildBlock", any_of(children, "A block inside a container block: actions, context, divider, file, header, image, input, rich_text, section, table or video.")),
        ],
        fields: vec![
            ("section", "accessory", reference("SectionAccessory")),
            ("actions", "elements[]", reference("ActionsElement")),
            ("input", "element", reference("InputElement")),
            ("context_actions", "elements[]", reference("ContextActionsElement")),
            ("card", "actions[]", button),
            ("carousel", "elements[]", card),
            ("container", "child_blocks[]", reference("ContainerChildBlock")),
            ("auth_provider", "accessory", overflow),
        ],
    }
}

/// The definitions answering to each limit object.
struct Index(Vec<(String, Vec<String>)>);

impl Index {
    fn new(defs: &Defs) -> Self {
        let blocks = defs.variants("Block");
        let elements = defs.variants("Element");
        let entries = defs
            .map
            .keys()
            .map(|name| {
                let mut objects: Vec<String> = defs
                    .tag(name)
                    .filter(|tag| !NOT_OBJECTS.contains(tag))
                    .map(str::to_owned)
                    .into_iter()
                    .collect();
                if blocks.contains(name) {
                    objects.push("block".to_owned());
                }
                if elements.contains(name) {
                    objects.push("element".to_owned());
                }
                objects.extend(
                    ALIASES
                        .iter()
                        .filter(|(def, _)| def == name)
                        .map(|(_, object)| (*object).to_owned()),
                );
                (name.clone(), objects)
            })
            .collect();
        Self(entries)
    }

    /// Every place `object.path` resolves to.
    fn places(&self, defs: &Defs, object: &str, path: &str) -> Vec<Place> {
        self.0
            .iter()
            .filter(|(_, objects)| objects.iter().any(|o| o == object))
            .flat_map(|(name, _)| defs.locate(name, path))
            .collect()
    }

    fn defs(&self, object: &str) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .filter(move |(_, objects)| objects.iter().any(|o| o == object))
            .map(|(name, _)| name.as_str())
    }
}

/// What could not be applied: table entries that found no place.
#[derive(Debug, Default)]
pub(super) struct Unapplied {
    pub(super) limits: Vec<&'static Limit>,
    pub(super) entries: Vec<String>,
}

/// Applies every table to the definitions.
pub(super) fn apply(defs: &mut Defs, containers: &Containers) -> Unapplied {
    let mut unapplied = Unapplied::default();
    for (name, schema) in &containers.defs {
        defs.map.insert((*name).to_owned(), schema.clone());
    }
    add_option_kinds(defs);
    let index = Index::new(defs);
    let mut retarget = |object: &str, path: &str, target: &Value, unapplied: &mut Unapplied| {
        let places = index.places(defs, object, path);
        if places.is_empty() {
            unapplied.entries.push(format!("{object}.{path}"));
        }
        for place in places {
            if let (Some(schema), Some(target)) = (defs.at_mut(&place), target.get("$ref")) {
                schema.insert("$ref".to_owned(), target.clone());
            }
        }
    };
    for (object, path, target) in &containers.fields {
        retarget(object, path, target, &mut unapplied);
    }
    for (object, path, kind) in OPTION_FIELDS {
        retarget(object, path, &Defs::reference(kind), &mut unapplied);
    }
    for (object, field) in PLAIN_ONLY {
        let places = index.places(defs, object, field);
        let mut done = false;
        for place in places {
            if let Some(schema) = defs.at_mut(&place)
                && text_ref(schema).is_some()
            {
                schema.insert("$ref".to_owned(), json!(format!("{DEFS}PlainText")));
                done = true;
            }
        }
        if !done {
            unapplied.entries.push(format!("plain_text only: {object}.{field}"));
        }
    }
    for limit in ALL.iter().filter(|limit| limit.strength == Strength::Must) {
        if UNEXPRESSIBLE.contains(&(limit.object, limit.field)) {
            continue;
        }
        if !apply_limit(defs, &index, limit) {
            unapplied.limits.push(limit);
        }
    }
    for (object, field, pattern) in PATTERNS {
        set_on_strings(defs, &index, object, field, "pattern", json!(pattern), &mut unapplied);
    }
    for (object, field) in NON_EMPTY {
        set_on_strings(defs, &index, object, field, "minLength", json!(1), &mut unapplied);
    }
    for (object, field) in REQUIRED {
        let names: Vec<String> = index.defs(object).map(str::to_owned).collect();
        if names.is_empty() {
            unapplied.entries.push(format!("required: {object}.{field}"));
        }
        for name in names {
            defs.require(&name, field);
        }
    }
    for (object, rule) in super::cross::rules() {
        let names: Vec<String> = index.defs(object).map(str::to_owned).collect();
        if names.is_empty() {
            unapplied.entries.push(format!("rule on {object}"));
        }
        for name in names {
            defs.add_rule(&name, rule.clone());
        }
    }
    unapplied
}

/// `MenuOption`, `OverflowOption` and `ChoiceOption`: the option object as each kind of menu
/// takes it.
fn add_option_kinds(defs: &mut Defs) {
    let plain = json!({"$ref": format!("{DEFS}PlainText")});
    let no_url = json!({"not": {"required": ["url"]}});
    let kinds = [
        ("MenuOption", "An option of a select or multi-select menu, or of an option group: `plain_text` text and description, no `url`.", Some(&plain), true),
        ("OverflowOption", "An option of an overflow menu: `plain_text` text and description; it may have a `url`.", Some(&plain), false),
        ("ChoiceOption", "An option of checkboxes or radio buttons: `plain_text` or `mrkdwn` text and description, no `url`.", None, true),
    ];
    for (name, description, text, without_url) in kinds {
        let mut all_of = vec![Defs::reference("OptionObject")];
        if let Some(text) = text {
            all_of.push(json!({"properties": {"text": text, "description": text}}));
        }
        if without_url {
            all_of.push(no_url.clone());
        }
        defs.map.insert(name.to_owned(), json!({"allOf": all_of, "description": description}));
    }
}

/// The text-object definition a schema refers to, if it is one.
fn text_ref(schema: &Map<String, Value>) -> Option<&str> {
    let name = ref_name(&Value::Object(schema.clone()))?.to_owned();
    ["Text", "PlainText", "MrkdwnText"].into_iter().find(|text| *text == name)
}

fn is_type(schema: &Map<String, Value>, kind: &str) -> bool {
    schema.get("type").is_some_and(|t| t == kind)
}

/// Applies one limit wherever it resolves; whether it applied anywhere.
fn apply_limit(defs: &mut Defs, index: &Index, limit: &'static Limit) -> bool {
    let mut applied = false;
    for place in index.places(defs, limit.object, limit.field) {
        let Some(schema) = defs.at_mut(&place) else { continue };
        if !constrain(schema, limit) {
            continue;
        }
        applied = true;
        let direct = place.1.strip_prefix("/properties/").filter(|field| !field.contains('/'));
        if let Some(field) = direct
            && limit.unit == Unit::Items
            && limit.min > 0
            && !CONDITIONAL.contains(&(limit.object, limit.field))
        {
            let field = field.to_owned();
            defs.require(&place.0, &field);
        }
    }
    applied
}

/// Puts a limit on one schema: a string's length, a text object's `text`, an array's items, a
/// number's range. Whether it applied.
fn constrain(schema: &mut Map<String, Value>, limit: &Limit) -> bool {
    let bounds = |min_key: &str, max_key: &str, floor: u64| {
        let mut bounds = Map::new();
        if limit.min > floor {
            bounds.insert(min_key.to_owned(), json!(limit.min));
        }
        if limit.has_max() {
            bounds.insert(max_key.to_owned(), json!(limit.max));
        }
        bounds
    };
    match limit.unit {
        Unit::Chars if is_type(schema, "string") => schema.extend(bounds("minLength", "maxLength", 0)),
        Unit::Chars if text_ref(schema).is_some() => {
            let text = bounds("minLength", "maxLength", blockkit_limits::text::TEXT.min);
            let target = schema.remove("$ref").unwrap_or_default();
            let all_of = vec![json!({"$ref": target}), json!({"properties": {"text": text}})];
            schema.insert("allOf".to_owned(), Value::Array(all_of));
        }
        Unit::Items if is_type(schema, "array") => schema.extend(bounds("minItems", "maxItems", 0)),
        Unit::Value if is_type(schema, "integer") || is_type(schema, "number") => {
            schema.insert("minimum".to_owned(), json!(limit.min));
            if limit.has_max() {
                schema.insert("maximum".to_owned(), json!(limit.max));
            }
        }
        _ => return false,
    }
    true
}

fn set_on_strings(
    defs: &mut Defs,
    index: &Index,
    object: &str,
    field: &str,
    key: &str,
    value: Value,
    unapplied: &mut Unapplied,
) {
    let mut done = false;
    for place in index.places(defs, object, field) {
        if let Some(schema) = defs.at_mut(&place)
            && is_type(schema, "string")
        {
            schema.entry(key.to_owned()).or_insert_with(|| value.clone());
            done = true;
        }
    }
    if !done {
        unapplied.entries.push(format!("{key}: {object}.{field}"));
    }
}
