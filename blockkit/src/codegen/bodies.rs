//! Request bodies: the body's own fields become the constructor and setters, the payload (the
//! message, the view) is built, validated with `.build()?`, and passed in.

use proc_macro2::Ident;
use quote::{format_ident, quote};
use serde_json::{Map, Value, json};

use super::builder::{Builder, type_of};
use super::output::Root;
use super::table;
use super::{CodegenError, Shape};

/// Whether `shape` is a request body.
pub(super) fn is_body(shape: Shape) -> bool {
    matches!(
        shape,
        Shape::PostMessage
            | Shape::PostEphemeral
            | Shape::UpdateMessage
            | Shape::ScheduleMessage
            | Shape::DeleteMessage
            | Shape::OpenView
            | Shape::UpdateView
            | Shape::PublishView
            | Shape::ResponseUrlMessage
            | Shape::ViewSubmissionResponse
    )
}

/// The model type of a shape that is one type of the table.
pub(super) fn type_name(shape: Shape) -> &'static str {
    match shape {
        Shape::Message => "Message",
        Shape::Modal => "Modal",
        Shape::HomeTab => "HomeTab",
        Shape::Attachment => "Attachment",
        Shape::ConfirmDialog => "ConfirmDialog",
        Shape::OptionObject => "OptionObject",
        Shape::OptionGroup => "OptionGroup",
        Shape::ConversationFilter => "ConversationFilter",
        Shape::DispatchActionConfig => "DispatchActionConfig",
        Shape::Workflow => "Workflow",
        Shape::Trigger => "Trigger",
        Shape::InputParameter => "InputParameter",
        Shape::UrlSource => "UrlSource",
        Shape::PostMessage => "PostMessage",
        Shape::PostEphemeral => "PostEphemeral",
        Shape::UpdateMessage => "UpdateMessage",
        Shape::ScheduleMessage => "ScheduleMessage",
        Shape::DeleteMessage => "DeleteMessage",
        Shape::OpenView => "OpenView",
        Shape::UpdateView => "UpdateView",
        Shape::PublishView => "PublishView",
        Shape::ResponseUrlMessage => "ResponseUrlMessage",
        Shape::ViewSubmissionResponse => "ViewSubmissionResponse",
        Shape::View
        | Shape::Blocks
        | Shape::Block
        | Shape::Element
        | Shape::Text
        | Shape::RichTextElement
        | Shape::InlineElement => "",
    }
}

/// The body's fields (the rest is its message).
fn own_fields(shape: Shape) -> &'static [&'static str] {
    match shape {
        Shape::PostMessage => &[
            "channel",
            "parse",
            "link_names",
            "icon_emoji",
            "icon_url",
            "username",
            "as_user",
            "current_draft_last_updated_ts",
        ],
        Shape::PostEphemeral => &[
            "channel",
            "user",
            "icon_emoji",
            "icon_url",
            "username",
            "link_names",
            "parse",
            "as_user",
        ],
        Shape::UpdateMessage => &[
            "channel",
            "ts",
            "link_names",
            "parse",
            "file_ids",
            "as_user",
        ],
        Shape::ScheduleMessage => &["channel", "post_at", "link_names", "parse", "as_user"],
        Shape::ResponseUrlMessage => &["response_type", "replace_original", "delete_original"],
        _ => &[],
    }
}

/// The code of a request body.
pub(super) fn root(
    builder: &mut Builder<'_>,
    shape: Shape,
    value: &Value,
) -> Result<Root, CodegenError> {
    let name = type_name(shape);
    let ty = table::by_name(name).ok_or_else(|| CodegenError::Internal(name.to_owned()))?;
    let empty = Map::new();
    let map = value.as_object().unwrap_or(&empty);
    let ident: Ident = format_ident!("{name}");
    let split = match shape {
        Shape::DeleteMessage => Ok(value.clone()),
        Shape::OpenView => view_body(map, &["modal"]),
        Shape::PublishView => view_body(map, &["home"]),
        Shape::UpdateView => view_body(map, &["modal", "home"]).map(|mut body| {
            if let Some(body) = body.as_object_mut() {
                for key in ["view_id", "external_id"] {
                    if let Some(id) = body.shift_remove(key) {
                        body.insert("target".to_owned(), json!({ key: id }));
                    }
                }
            }
            body
        }),
        Shape::ViewSubmissionResponse => submission(map),
        _ => Ok(message_body(shape, map)),
    };
    let (expr, fallible) = match split {
        Ok(body) => (builder.object(ty, &body, ""), shape != Shape::DeleteMessage),
        Err(why) => (builder.read_json(ty, value, why), false),
    };
    Ok(Root {
        expr,
        ty: quote!(#ident),
        fallible,
        markup: builder.markup.take(),
        prelude: std::mem::take(&mut builder.prelude),
    })
}

/// A `chat.*` or `response_url` body: its own fields, and the rest as `message`.
fn message_body(shape: Shape, map: &Map<String, Value>) -> Value {
    let own = own_fields(shape);
    let mut body = Map::new();
    let mut message = Map::new();
    for (key, value) in map {
        if own.contains(&key.as_str()) {
            body.insert(key.clone(), value.clone());
        } else {
            message.insert(key.clone(), value.clone());
        }
    }
    let delete_only = shape == Shape::ResponseUrlMessage
        && message.is_empty()
        && body.get("delete_original") == Some(&Value::Bool(true));
    if delete_only {
        body.shift_remove("delete_original");
    } else {
        body.insert("message".to_owned(), Value::Object(message));
    }
    Value::Object(body)
}

/// A `views.*` body whose view is of one of the `types` a builder takes.
fn view_body(map: &Map<String, Value>, types: &[&str]) -> Result<Value, &'static str> {
    let view = map.get("view").and_then(type_of).unwrap_or_default();
    let count = |keys: [&str; 2]| keys.iter().filter(|key| map.contains_key(**key)).count();
    let target = match types {
        ["modal"] => count(["trigger_id", "interactivity_pointer"]),
        ["modal", "home"] => count(["view_id", "external_id"]),
        _ => 1,
    };
    if !types.contains(&view) {
        Err("its view is not of a type its constructor takes (a typed modal or Home tab)")
    } else if target != 1 {
        Err("its constructor takes exactly one of the two fields that say where the view goes")
    } else {
        Ok(Value::Object(map.clone()))
    }
}

/// A `view_submission` response, keyed by what its constructor takes.
fn submission(map: &Map<String, Value>) -> Result<Value, &'static str> {
    let action = map
        .get("response_action")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let has_errors = map.contains_key("errors");
    let has_view = map.contains_key("view");
    let mut body = Map::new();
    match (action, has_errors, has_view) {
        ("errors", true, false) => {
            body.insert("errors".to_owned(), map["errors"].clone());
        }
        ("update" | "push", false, true) if type_of(&map["view"]) == Some("modal") => {
            body.insert(action.to_owned(), map["view"].clone());
        }
        ("clear", false, false) => {}
        _ => return Err("its fields do not match what its response_action takes"),
    }
    for (key, value) in map {
        if !matches!(key.as_str(), "response_action" | "errors" | "view") {
            body.insert(key.clone(), value.clone());
        }
    }
    Ok(Value::Object(body))
}
