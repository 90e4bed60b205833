//! The request bodies (spec §8): the message fields each one takes, the view each one carries,
//! and what the tables cannot say — a `response_url` post that deletes the original, the `parse`
//! values a method documents beyond `none` and `full`, and the general message payload of
//! `message.schema.json`.

use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value, json};

use super::transform::Defs;
use crate::{HomeTab, Modal};

/// The fields of a message, in the order of spec §8.1: the properties of `Message`, and
/// `markdown_text`, which the model keeps in `Message::extra`.
const MESSAGE_FIELDS: &[&str] = &[
    "text",
    "blocks",
    "attachments",
    "markdown_text",
    "thread_ts",
    "reply_broadcast",
    "unfurl_links",
    "unfurl_media",
    "mrkdwn",
    "metadata",
];

/// The transform of a body that carries a message (its fields flattened into the body): keeps
/// the message fields of `takes` (the same list validation warns by) and drops the others, and
/// adds `markdown_text` after `attachments` when the method takes it.
pub(crate) fn message_fields(takes: &'static [&'static str]) -> impl FnMut(&mut Schema) {
    move |schema: &mut Schema| {
        let Some(Value::Object(properties)) = schema.get_mut("properties") else {
            return;
        };
        let markdown = takes.contains(&"markdown_text");
        for (name, value) in std::mem::take(properties) {
            let message_field = MESSAGE_FIELDS.contains(&name.as_str());
            if message_field && !takes.contains(&name.as_str()) {
                continue;
            }
            let attachments = name == "attachments";
            properties.insert(name, value);
            if attachments && markdown {
                properties.insert("markdown_text".to_owned(), markdown_text());
            }
        }
        if markdown && !properties.contains_key("markdown_text") {
            properties.insert("markdown_text".to_owned(), markdown_text());
        }
    }
}

/// `markdown_text`; its length comes from the limits table (`message.markdown_text`).
fn markdown_text() -> Value {
    json!({
        "description": "Standard Markdown instead of `text` and `blocks`: at most 12,000 characters, \
                        and never together with `text` or `blocks`.",
        "type": "string",
    })
}

/// A modal or a Home tab: the `view` of `views.update`.
#[derive(JsonSchema)]
#[serde(untagged)]
#[schemars(inline)]
#[allow(dead_code, reason = "only its schema is used")]
pub(crate) enum ModalOrHome {
    Modal(Modal),
    Home(HomeTab),
}

/// Values of `parse` that a method documents besides `none` and `full` (spec §8.2, §8.3);
/// [`ParseMode`](crate::ParseMode) keeps them as `Unknown`.
const MORE_PARSE_VALUES: &[(&str, &[&str])] = &[
    ("UpdateMessage", &["client"]),
    ("PostEphemeral", &["", "mrkdwn", "false"]),
];

/// What the tables cannot say, once they are applied.
pub(super) fn finish(defs: &mut Defs) {
    for (body, values) in MORE_PARSE_VALUES {
        if let Some(Value::Object(parse)) = defs
            .map
            .get_mut(*body)
            .and_then(|def| def.pointer_mut("/properties/parse"))
            && let Some(reference) = parse.remove("$ref")
        {
            let any_of = json!([{"$ref": reference}, {"type": "string", "enum": values}]);
            parse.insert("anyOf".to_owned(), any_of);
        }
    }
    delete_original(defs);
    general_message(defs);
}

/// A `response_url` post with `delete_original: true` deletes the original (its content is
/// ignored), and cannot also replace it; any other post is a message and obeys its rules.
fn delete_original(defs: &mut Defs) {
    let Some(def) = defs.def_mut("ResponseUrlMessage") else {
        return;
    };
    let message_rules = def.remove("allOf").unwrap_or_else(|| json!([]));
    let set = |field: &str| json!({"required": [field], "properties": {field: {"const": true}}});
    def.insert(
        "allOf".to_owned(),
        json!([{
            "if": set("delete_original"),
            "then": {"not": set("replace_original")},
            "else": {"allOf": message_rules},
        }]),
    );
}

/// The bodies whose arguments make up the general message payload (`MessageBody`).
const GENERAL: &[&str] = &["PostMessage", "ResponseUrlMessage"];

/// `MessageBody`, the root of `message.schema.json`: every property of a `chat.postMessage` body
/// and of a `response_url` post, none required, with the message's rules.
fn general_message(defs: &mut Defs) {
    let mut properties = Map::new();
    for body in GENERAL {
        let Some(Value::Object(fields)) = defs.map.get(*body).and_then(|d| d.get("properties"))
        else {
            continue;
        };
        for (name, schema) in fields {
            properties
                .entry(name.clone())
                .or_insert_with(|| schema.clone());
        }
    }
    let rules = defs
        .map
        .get("Message")
        .and_then(|message| message.get("allOf"))
        .cloned()
        .unwrap_or_else(|| json!([]));
    defs.map.insert(
        "MessageBody".to_owned(),
        json!({
            "description": "A message payload in general: the fields of a message (spec §7.1) with \
                            the arguments of `chat.postMessage` (spec §8.1) and of `response_url` \
                            posts (spec §8.11), none of them required. Each method's own schema \
                            requires its arguments and lists only the message fields it takes.",
            "type": "object",
            "properties": properties,
            "additionalProperties": true,
            "allOf": rules,
        }),
    );
}

#[cfg(test)]
mod tests {
    use schemars::SchemaGenerator;

    use super::MESSAGE_FIELDS;
    use crate::Message;

    #[test]
    fn message_fields_are_the_message_properties_and_markdown_text() {
        let schema = SchemaGenerator::default().into_root_schema_for::<Message>();
        let properties = schema.get("properties").and_then(|p| p.as_object());
        let mut names: Vec<&str> = properties
            .into_iter()
            .flat_map(|p| p.keys().map(String::as_str))
            .collect();
        names.push("markdown_text");
        names.sort_unstable();
        let mut expected = MESSAGE_FIELDS.to_vec();
        expected.sort_unstable();
        assert_eq!(names, expected);
    }
}
