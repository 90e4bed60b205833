//! Applies the tables ([`super::tables`]) and the limits table to the definitions.

use blockkit_limits::{ALL, Limit, Strength, Unit};
use serde_json::{Map, Value, json};

use super::containers::Containers;
use super::tables::{
    ALIASES, CONDITIONAL, NON_EMPTY, NOT_OBJECTS, OPTION_FIELDS, PATTERNS, PLAIN_ONLY, REQUIRED,
    UNEXPRESSIBLE,
};
use super::transform::{DEFS, Defs, Place, ref_name};

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
            unapplied
                .entries
                .push(format!("plain_text only: {object}.{field}"));
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
        set_on_strings(
            defs,
            &index,
            object,
            field,
            "pattern",
            &json!(pattern),
            &mut unapplied,
        );
    }
    for (object, field) in NON_EMPTY {
        set_on_strings(
            defs,
            &index,
            object,
            field,
            "minLength",
            &json!(1),
            &mut unapplied,
        );
    }
    for (object, field) in REQUIRED {
        let names: Vec<String> = index.defs(object).map(str::to_owned).collect();
        if names.is_empty() {
            unapplied
                .entries
                .push(format!("required: {object}.{field}"));
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
    require_tags_in_unions(defs);
    unapplied
}

/// In a union chosen by `"type"` (`Block`, `Element`, ...), every variant needs its `"type"`,
/// even one whose definition makes it optional elsewhere (a task card in a plan's `tasks`).
fn require_tags_in_unions(defs: &mut Defs) {
    let untagged: Vec<String> = defs
        .map
        .iter()
        .filter(|(_, schema)| {
            schema.pointer("/properties/type").is_some()
                && !schema
                    .get("required")
                    .and_then(Value::as_array)
                    .is_some_and(|required| required.iter().any(|field| field == "type"))
        })
        .map(|(name, _)| format!("{DEFS}{name}"))
        .collect();
    for schema in defs.map.values_mut() {
        let Some(Value::Array(variants)) = schema.get_mut("anyOf") else {
            continue;
        };
        for variant in variants.iter_mut().filter_map(Value::as_object_mut) {
            if variant
                .get("$ref")
                .and_then(Value::as_str)
                .is_some_and(|r| untagged.iter().any(|u| u == r))
            {
                variant.insert("required".to_owned(), json!(["type"]));
            }
        }
    }
}

/// `MenuOption`, `OverflowOption` and `ChoiceOption`: the option object as each kind of menu
/// takes it.
fn add_option_kinds(defs: &mut Defs) {
    let plain = json!({"$ref": format!("{DEFS}PlainText")});
    let no_url = json!({"not": {"required": ["url"]}});
    let kinds = [
        (
            "MenuOption",
            "An option of a select or multi-select menu, or of an option group: `plain_text` text and description, no `url`.",
            Some(&plain),
            true,
        ),
        (
            "OverflowOption",
            "An option of an overflow menu: `plain_text` text and description; it may have a `url`.",
            Some(&plain),
            false,
        ),
        (
            "ChoiceOption",
            "An option of checkboxes or radio buttons: `plain_text` or `mrkdwn` text and description, no `url`.",
            None,
            true,
        ),
    ];
    for (name, description, text, without_url) in kinds {
        let mut all_of = vec![Defs::reference("OptionObject")];
        if let Some(text) = text {
            all_of.push(json!({"properties": {"text": text, "description": text}}));
        }
        if without_url {
            all_of.push(no_url.clone());
        }
        defs.map.insert(
            name.to_owned(),
            json!({"allOf": all_of, "description": description}),
        );
    }
}

/// The text-object definition a schema refers to, if it is one.
fn text_ref(schema: &Map<String, Value>) -> Option<&str> {
    let name = ref_name(&Value::Object(schema.clone()))?.to_owned();
    ["Text", "PlainText", "MrkdwnText"]
        .into_iter()
        .find(|text| *text == name)
}

fn is_type(schema: &Map<String, Value>, kind: &str) -> bool {
    schema.get("type").is_some_and(|t| t == kind)
}

/// Applies one limit wherever it resolves; whether it applied anywhere.
fn apply_limit(defs: &mut Defs, index: &Index, limit: &'static Limit) -> bool {
    let mut applied = false;
    for place in index.places(defs, limit.object, limit.field) {
        let Some(schema) = defs.at_mut(&place) else {
            continue;
        };
        if !constrain(schema, limit) {
            continue;
        }
        applied = true;
        let direct = place
            .1
            .strip_prefix("/properties/")
            .filter(|field| !field.contains('/'));
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
        Unit::Chars if is_type(schema, "string") => {
            schema.extend(bounds("minLength", "maxLength", 0));
        }
        Unit::Chars if text_ref(schema).is_some() => {
            let text = bounds("minLength", "maxLength", blockkit_limits::text::TEXT.min);
            let target = schema.remove("$ref").unwrap_or_default();
            let all_of = vec![
                json!({"$ref": target}),
                json!({"properties": {"text": text}}),
            ];
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
    value: &Value,
    unapplied: &mut Unapplied,
) {
    let mut done = false;
    for place in index.places(defs, object, field) {
        if let Some(schema) = defs.at_mut(&place)
            && is_type(schema, "string")
        {
            schema
                .entry(key.to_owned())
                .or_insert_with(|| value.clone());
            done = true;
        }
    }
    if !done {
        unapplied.entries.push(format!("{key}: {object}.{field}"));
    }
}
