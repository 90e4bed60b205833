//! What a JSON value holds: how it parses, validates and is returned.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{CodegenError, Shape};
use crate::{Report, Surface, Validate, ValidationOptions, Violation};

/// The model's JSON of `value` read as `shape` (equal to `value` for every valid payload), and
/// the violations validation finds in it.
pub(super) fn normalize(
    shape: Shape,
    value: &Value,
    options: &ValidationOptions,
) -> Result<(Value, Vec<Violation>), CodegenError> {
    use crate as b;
    match shape {
        Shape::Message => checked::<b::Message>(value, options),
        Shape::Modal => checked::<b::Modal>(value, options),
        Shape::HomeTab => checked::<b::HomeTab>(value, options),
        Shape::View => checked::<b::View>(value, options),
        Shape::Block => checked::<b::Block>(value, options),
        Shape::Element => checked::<b::Element>(value, options),
        Shape::Attachment => checked::<b::Attachment>(value, options),
        Shape::Blocks => {
            let blocks: Vec<b::Block> = crate::from_value(value.clone())?;
            let report = crate::validate_blocks(&blocks, Surface::Unspecified, options);
            Ok((to_value(&blocks)?, report.into_violations()))
        }
        Shape::PostMessage => checked::<b::PostMessage>(value, options),
        Shape::PostEphemeral => checked::<b::PostEphemeral>(value, options),
        Shape::UpdateMessage => checked::<b::UpdateMessage>(value, options),
        Shape::ScheduleMessage => checked::<b::ScheduleMessage>(value, options),
        Shape::DeleteMessage => checked::<b::DeleteMessage>(value, options),
        Shape::OpenView => checked::<b::OpenView>(value, options),
        Shape::UpdateView => checked::<b::UpdateView>(value, options),
        Shape::PublishView => checked::<b::PublishView>(value, options),
        Shape::ResponseUrlMessage => checked::<b::ResponseUrlMessage>(value, options),
        Shape::ViewSubmissionResponse => checked::<b::ViewSubmissionResponse>(value, options),
        Shape::Text => unchecked::<b::Text>(value),
        Shape::ConfirmDialog => unchecked::<b::ConfirmDialog>(value),
        Shape::OptionObject => unchecked::<b::OptionObject>(value),
        Shape::OptionGroup => unchecked::<b::OptionGroup>(value),
        Shape::ConversationFilter => unchecked::<b::ConversationFilter>(value),
        Shape::DispatchActionConfig => unchecked::<b::DispatchActionConfig>(value),
        Shape::Workflow => unchecked::<b::Workflow>(value),
        Shape::Trigger => unchecked::<b::Trigger>(value),
        Shape::InputParameter => unchecked::<b::InputParameter>(value),
        Shape::UrlSource => unchecked::<b::UrlSource>(value),
        Shape::RichTextElement => unchecked::<b::RichTextElement>(value),
        Shape::InlineElement => unchecked::<b::InlineElement>(value),
    }
}

fn checked<T: DeserializeOwned + Serialize + Validate>(
    value: &Value,
    options: &ValidationOptions,
) -> Result<(Value, Vec<Violation>), CodegenError> {
    let parsed: T = crate::from_value(value.clone())?;
    let report: Report = parsed.validate_with(options);
    Ok((to_value(&parsed)?, report.into_violations()))
}

fn unchecked<T: DeserializeOwned + Serialize>(
    value: &Value,
) -> Result<(Value, Vec<Violation>), CodegenError> {
    let parsed: T = crate::from_value(value.clone())?;
    Ok((to_value(&parsed)?, Vec::new()))
}

fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, CodegenError> {
    serde_json::to_value(value).map_err(|error| CodegenError::Internal(error.to_string()))
}

impl Shape {
    /// The name of the generated function and of the variable in `--main`.
    pub(super) fn function(self) -> &'static str {
        match self {
            Self::Message => "message",
            Self::Modal => "modal",
            Self::HomeTab => "home_tab",
            Self::View => "view",
            Self::Blocks => "blocks",
            Self::Block => "block",
            Self::Element => "element",
            Self::Attachment => "attachment",
            Self::Text => "text",
            Self::ConfirmDialog => "confirm_dialog",
            Self::OptionObject => "option",
            Self::OptionGroup => "option_group",
            Self::ConversationFilter => "filter",
            Self::DispatchActionConfig => "dispatch_action_config",
            Self::Workflow => "workflow",
            Self::Trigger => "trigger",
            Self::InputParameter => "input_parameter",
            Self::UrlSource => "url_source",
            Self::RichTextElement => "rich_text_element",
            Self::InlineElement => "inline_element",
            Self::PostMessage
            | Self::PostEphemeral
            | Self::UpdateMessage
            | Self::ScheduleMessage
            | Self::DeleteMessage
            | Self::OpenView
            | Self::UpdateView
            | Self::PublishView
            | Self::ResponseUrlMessage
            | Self::ViewSubmissionResponse => "body",
        }
    }
}
