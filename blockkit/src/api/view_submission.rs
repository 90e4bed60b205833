//! The acknowledgement of a `view_submission` (spec §8.13).

use std::fmt;

use schemars::JsonSchema;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::checks::Checks;
use crate::validate::{Code, Report, Validate, Validated, ValidationOptions};
use crate::{Extra, Modal, Str, View};

string_enum! {
    /// What Slack does with the modal after a `view_submission` (`response_action`).
    ///
    /// ```
    /// use blockkit::ResponseAction;
    ///
    /// assert_eq!(ResponseAction::Errors.as_str(), "errors");
    /// ```
    ResponseAction {
        /// `errors`: keep the modal open and show a message under input blocks.
        Errors = "errors",
        /// `update`: replace the submitted view.
        Update = "update",
        /// `push`: push a new view on top of it.
        Push = "push",
        /// `clear`: close every view of the stack.
        Clear = "clear",
    }
}

/// What your HTTP handler returns for a `view_submission`, within 3 seconds (spec §8.13). To just
/// close the modal, return an empty body instead.
///
/// ```
/// use blockkit::{DividerBlock, Modal, ViewSubmissionResponse};
/// use serde_json::json;
///
/// let errors = ViewSubmissionResponse::errors([("email", "That address is already taken")]);
/// assert_eq!(
///     serde_json::to_value(&errors)?,
///     json!({"response_action": "errors", "errors": {"email": "That address is already taken"}})
/// );
///
/// let next = Modal::new("Step 2").block(DividerBlock::new()).build()?;
/// let push = ViewSubmissionResponse::push(next);
/// assert_eq!(
///     serde_json::to_value(&push)?,
///     json!({
///         "response_action": "push",
///         "view": {"type": "modal", "title": {"type": "plain_text", "text": "Step 2"}, "blocks": [{"type": "divider"}]}
///     })
/// );
///
/// assert_eq!(serde_json::to_string(&ViewSubmissionResponse::clear())?, r#"{"response_action":"clear"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ViewSubmissionResponse {
    /// What Slack does with the modal.
    response_action: ResponseAction,
    /// With `errors`: the message to show under each `input` block, by its `block_id`.
    #[serde(default, with = "pairs", skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "std::collections::BTreeMap<String, String>")]
    errors: Vec<(Str, Str)>,
    /// With `update` or `push`: the modal to show.
    #[schemars(with = "Option<Modal>")]
    view: Option<View>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ViewSubmissionResponse {
    fn with(response_action: ResponseAction, view: Option<View>) -> Self {
        Self {
            response_action,
            errors: Vec::new(),
            view,
            extra: Extra::new(),
        }
    }

    /// `errors`: keeps the modal open and shows each message under the `input` block whose
    /// `block_id` it is paired with.
    pub fn errors<K: Into<Str>, M: Into<Str>>(errors: impl IntoIterator<Item = (K, M)>) -> Self {
        let mut response = Self::with(ResponseAction::Errors, None);
        response.errors = errors
            .into_iter()
            .map(|(block, message)| (block.into(), message.into()))
            .collect();
        response
    }

    /// `update`: replaces the submitted view with `view`.
    pub fn update(view: Validated<Modal>) -> Self {
        Self::with(ResponseAction::Update, Some(view.into_inner().into()))
    }

    /// `push`: pushes `view` on top of the submitted one (at most 3 views in the stack).
    pub fn push(view: Validated<Modal>) -> Self {
        Self::with(ResponseAction::Push, Some(view.into_inner().into()))
    }

    /// `clear`: closes every view of the stack.
    pub fn clear() -> Self {
        Self::with(ResponseAction::Clear, None)
    }

    /// The action.
    pub fn response_action(&self) -> &ResponseAction {
        &self.response_action
    }

    /// The error messages of `errors`, by `block_id`, in order.
    pub fn error_messages(&self) -> &[(Str, Str)] {
        &self.errors
    }

    /// The view of `update` or `push`.
    pub fn view(&self) -> Option<&View> {
        self.view.as_ref()
    }
}

impl Validate for ViewSubmissionResponse {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        let mut checks = Checks::new("a view_submission response", options);
        let action = &self.response_action;
        let needs_view = matches!(action, ResponseAction::Update | ResponseAction::Push);
        match action {
            ResponseAction::Errors if self.errors.is_empty() => checks.error(
                "/errors",
                Code::MinItems,
                "response_action `errors` needs at least one message in `errors`".to_owned(),
            ),
            ResponseAction::Errors => {
                for (block_id, message) in &self.errors {
                    if message.is_empty() {
                        let pointer =
                            format!("/errors/{}", block_id.replace('~', "~0").replace('/', "~1"));
                        checks.error(
                            &pointer,
                            Code::MinLength,
                            format!("the error message for `{block_id}` is empty"),
                        );
                    }
                }
            }
            ResponseAction::Unknown(other) => checks.error(
                "/response_action",
                Code::InvalidValue,
                format!("response_action is `{other}`; expected errors, update, push or clear"),
            ),
            _ => {}
        }
        if !self.errors.is_empty() && *action != ResponseAction::Errors {
            checks.warn(
                "/errors",
                Code::NotAllowedHere,
                format!("`errors` is ignored with response_action `{action}`"),
            );
        }
        match &self.view {
            Some(view) if needs_view => checks.view(view, &["modal"]),
            Some(_) => checks.warn(
                "/view",
                Code::NotAllowedHere,
                format!("`view` is ignored with response_action `{action}`"),
            ),
            None if needs_view => {
                checks.error(
                    "",
                    Code::Required,
                    format!("response_action `{action}` needs a `view`"),
                );
            }
            None => {}
        }
        checks.finish()
    }
}

/// `errors`: a JSON object of `block_id` → message, kept in order as pairs.
mod pairs {
    use super::{Deserializer, MapAccess, SerializeMap, Serializer, Str, Visitor, fmt};

    pub(super) fn serialize<S: Serializer>(
        pairs: &[(Str, Str)],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(pairs.len()))?;
        for (key, value) in pairs {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<(Str, Str)>, D::Error> {
        struct PairsVisitor;
        impl<'de> Visitor<'de> for PairsVisitor {
            type Value = Vec<(Str, Str)>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of block_id to error message")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = access.next_entry::<Str, Str>()? {
                    pairs.push(pair);
                }
                Ok(pairs)
            }
        }
        deserializer.deserialize_map(PairsVisitor)
    }
}
