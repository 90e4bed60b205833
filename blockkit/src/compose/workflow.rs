//! The workflow, trigger and input parameter objects of a workflow button (spec §3.10).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Str;
use crate::serde_util::Extra;

/// The workflow a [`WorkflowButton`](crate::WorkflowButton) starts.
///
/// ```
/// use blockkit::{InputParameter, Trigger, Workflow};
///
/// let workflow = Workflow::new(
///     Trigger::new("https://slack.com/shortcuts/Ft0123/abc")
///         .customizable_input_parameter(InputParameter::new("ticket", "T-42")),
/// );
/// assert_eq!(
///     serde_json::to_value(&workflow).unwrap()["trigger"]["customizable_input_parameters"][0]["name"],
///     "ticket"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Workflow {
    /// The link trigger that starts the workflow.
    pub trigger: Trigger,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Workflow {
    /// A workflow started by `trigger`.
    pub fn new(trigger: Trigger) -> Self {
        Self {
            trigger,
            extra: Extra::new(),
        }
    }
}

/// A workflow's link trigger.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Trigger {
    /// The link trigger's URL (`https://slack.com/shortcuts/Ft…/…`).
    pub url: Str,
    /// Values for the workflow's customizable inputs. Values are visible to clients: never put
    /// secrets in them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub customizable_input_parameters: Vec<InputParameter>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Trigger {
    /// A trigger with its URL.
    pub fn new(url: impl Into<Str>) -> Self {
        Self {
            url: url.into(),
            customizable_input_parameters: Vec::new(),
            extra: Extra::new(),
        }
    }
}

setters!(Trigger {
    /// A value for one of the workflow's customizable inputs.
    customizable_input_parameters: vec customizable_input_parameter InputParameter,
});

/// A value for one customizable input of a workflow.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct InputParameter {
    /// The input's name in the workflow.
    pub name: Str,
    /// The value; its type must match the workflow input's (usually a string).
    pub value: Value,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl InputParameter {
    /// A parameter with a value (a string converts into a JSON string).
    pub fn new(name: impl Into<Str>, value: impl Into<Value>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
            extra: Extra::new(),
        }
    }
}
