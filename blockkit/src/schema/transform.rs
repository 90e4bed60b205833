//! The generic machinery of the post-processing: the definitions, the limit objects each one
//! answers to, and field paths (`rows[]`, `chart.segments[].label`) resolved to the places in
//! the definitions where a rule goes.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

/// Where a definition refers to another.
pub(super) const DEFS: &str = "#/$defs/";

/// The definitions being built, by name.
pub(super) struct Defs {
    pub(super) map: Map<String, Value>,
}

/// One step of a field path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step<'a> {
    /// A property.
    Field(&'a str),
    /// The items of an array.
    Items,
}

/// A place in the definitions: a definition's name and a JSON pointer inside it.
pub(super) type Place = (String, String);

impl Defs {
    pub(super) fn new(map: Map<String, Value>) -> Self {
        Self { map }
    }

    /// The `$ref` to a definition.
    pub(super) fn reference(name: &str) -> Value {
        json!({ "$ref": format!("{DEFS}{name}") })
    }

    /// The definitions whose `anyOf` lists `name`'s variants (`Block`, `Element`).
    pub(super) fn variants(&self, name: &str) -> Vec<String> {
        self.map
            .get(name)
            .and_then(|schema| schema.get("anyOf"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(ref_name)
            .map(str::to_owned)
            .collect()
    }

    /// The `"type"` a definition is tagged with, if it has one.
    pub(super) fn tag(&self, name: &str) -> Option<&str> {
        let tag = self.map.get(name)?.pointer("/properties/type")?;
        tag.get("const")
            .or_else(|| tag.get("enum").and_then(|values| values.get(0)))
            .and_then(Value::as_str)
    }

    /// Resolves `path` (`text`, `fields[]`, `chart.segments[].label`) from the definition
    /// `name`, following references and `anyOf`/`oneOf`/`allOf` branches.
    pub(super) fn locate(&self, name: &str, path: &str) -> Vec<Place> {
        let steps: Vec<Step<'_>> = path
            .split('.')
            .flat_map(|part| match part.strip_suffix("[]") {
                Some(field) => vec![Step::Field(field), Step::Items],
                None => vec![Step::Field(part)],
            })
            .collect();
        let mut places = Vec::new();
        self.walk(name, String::new(), &steps, &mut places, 0);
        places
    }

    fn walk(
        &self,
        name: &str,
        pointer: String,
        steps: &[Step<'_>],
        out: &mut Vec<Place>,
        depth: u8,
    ) {
        let Some(schema) = self.map.get(name).and_then(|def| def.pointer(&pointer)) else {
            return;
        };
        let Some((step, rest)) = steps.split_first() else {
            out.push((name.to_owned(), pointer));
            return;
        };
        if depth > 8 {
            return;
        }
        if let Some(target) = ref_name(schema) {
            self.walk(target, String::new(), steps, out, depth + 1);
        }
        for keyword in ["anyOf", "oneOf", "allOf"] {
            let count = schema
                .get(keyword)
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            for index in 0..count {
                self.walk(
                    name,
                    format!("{pointer}/{keyword}/{index}"),
                    steps,
                    out,
                    depth + 1,
                );
            }
        }
        let next = match step {
            Step::Field(field) => schema
                .pointer(&format!("/properties/{}", escape(field)))
                .map(|_| format!("{pointer}/properties/{}", escape(field))),
            Step::Items => schema.get("items").map(|_| format!("{pointer}/items")),
        };
        if let Some(next) = next {
            self.walk(name, next, rest, out, depth);
        }
    }

    /// The schema at a place.
    pub(super) fn at_mut(&mut self, (name, pointer): &Place) -> Option<&mut Map<String, Value>> {
        self.map
            .get_mut(name)?
            .pointer_mut(pointer)?
            .as_object_mut()
    }

    /// A definition's object.
    pub(super) fn def_mut(&mut self, name: &str) -> Option<&mut Map<String, Value>> {
        self.map.get_mut(name)?.as_object_mut()
    }

    /// Adds `field` to a definition's `required`.
    pub(super) fn require(&mut self, name: &str, field: &str) {
        let Some(def) = self.def_mut(name) else {
            return;
        };
        let required = def.entry("required").or_insert_with(|| json!([]));
        if let Some(list) = required.as_array_mut()
            && !list.iter().any(|item| item == field)
        {
            list.push(json!(field));
        }
    }

    /// Adds a rule to a definition's `allOf`.
    pub(super) fn add_rule(&mut self, name: &str, rule: Value) {
        let Some(def) = self.def_mut(name) else {
            return;
        };
        if let Some(list) = def
            .entry("allOf")
            .or_insert_with(|| json!([]))
            .as_array_mut()
        {
            list.push(rule);
        }
    }

    /// Optional fields are omitted, never `null` (spec §1.2): removes the `null` that the derive
    /// allows for every `Option`. Also removes the Rust number formats (`uint32`, `int64`) that
    /// JSON Schema does not define, which strict validators (Ajv) refuse: `minimum` and `maximum`
    /// say the range.
    pub(super) fn strip_nulls(&mut self) {
        for schema in self.map.values_mut() {
            strip_nulls(schema);
        }
    }

    /// Sorts the definitions by name.
    pub(super) fn sort(&mut self) {
        let mut entries: Vec<(String, Value)> = std::mem::take(&mut self.map).into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        self.map = entries.into_iter().collect();
    }

    /// The definitions `root` reaches, itself included, sorted by name.
    pub(super) fn reachable_from(&self, root: &str) -> Value {
        let mut seen = BTreeSet::new();
        let mut pending = vec![root.to_owned()];
        while let Some(name) = pending.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            if let Some(schema) = self.map.get(&name) {
                let mut refs = Vec::new();
                collect_refs(schema, &mut refs);
                pending.extend(refs);
            }
        }
        let map: Map<String, Value> = self
            .map
            .iter()
            .filter(|(name, _)| seen.contains(*name))
            .map(|(name, schema)| (name.clone(), schema.clone()))
            .collect();
        Value::Object(map)
    }
}

/// The formats JSON Schema 2020-12 defines.
const FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// The name a `{"$ref": "#/$defs/Name"}` points to.
pub(super) fn ref_name(schema: &Value) -> Option<&str> {
    schema.get("$ref")?.as_str()?.strip_prefix(DEFS)
}

/// Escapes a JSON pointer token.
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn collect_refs(schema: &Value, out: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(name) = ref_name(schema) {
                out.push(name.to_owned());
            }
            for value in map.values() {
                collect_refs(value, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_refs(item, out)),
        _ => {}
    }
}

fn strip_nulls(schema: &mut Value) {
    let Value::Object(map) = schema else {
        if let Value::Array(items) = schema {
            items.iter_mut().for_each(strip_nulls);
        }
        return;
    };
    if let Some(Value::Array(types)) = map.get_mut("type") {
        types.retain(|kind| kind != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            map.insert("type".to_owned(), only);
        }
    }
    if map
        .get("format")
        .and_then(Value::as_str)
        .is_some_and(|format| !FORMATS.contains(&format))
    {
        map.remove("format");
    }
    if let Some(Value::Array(values)) = map.get_mut("enum") {
        values.retain(|value| !value.is_null());
    }
    let is_null = |branch: &Value| branch.get("type").is_some_and(|kind| kind == "null");
    if let Some(Value::Array(branches)) = map.get("anyOf")
        && branches.len() == 2
        && branches.iter().any(is_null)
    {
        let kept = branches.iter().find(|branch| !is_null(branch)).cloned();
        map.remove("anyOf");
        if let Some(Value::Object(kept)) = kept {
            for (key, value) in kept {
                map.entry(key).or_insert(value);
            }
        }
    }
    map.values_mut().for_each(strip_nulls);
}
