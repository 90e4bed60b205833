//! The `plan` block (spec §4.20).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Str, TaskCardBlock, tag};

/// The steps of an agent's plan (`"type": "plan"`, spec §4.20; new in 2026, for agent
/// messages).
///
/// ```
/// use blockkit::{PlanBlock, TaskCardBlock, TaskStatus};
///
/// let plan = PlanBlock::new("Thinking completed")
///     .task(TaskCardBlock::new("call_001", "Fetched user profile").status(TaskStatus::Complete))
///     .task(TaskCardBlock::new("call_002", "Checked permissions").status(TaskStatus::Pending));
/// let json = serde_json::to_value(&plan).unwrap();
/// assert_eq!(json["type"], "plan");
/// assert_eq!(json["title"], "Thinking completed");
/// assert_eq!(json["tasks"][0]["type"], "task_card");
/// assert_eq!(json["tasks"][1]["status"], "pending");
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PlanBlock {
    #[serde(rename = "type")]
    kind: tag::Plan,
    /// Identifies the block: at most 255 characters, unique within the message. Slack generates
    /// one when absent.
    pub block_id: Option<Str>,
    /// The plan's title: a plain string, not a text object.
    pub title: Str,
    /// The steps, in order. Slack's own examples leave out the tasks' `"type"`; such tasks parse
    /// and are written back without it (see [`TaskCardBlock`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<TaskCardBlock>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl PlanBlock {
    /// A plan titled `title`, with no tasks yet.
    pub fn new(title: impl Into<Str>) -> Self {
        Self {
            kind: tag::Plan,
            block_id: None,
            title: title.into(),
            tasks: Vec::new(),
            extra: Extra::new(),
        }
    }
}

setters!(PlanBlock {
    /// Identifies the block: at most 255 characters, unique within the message.
    block_id: into Str,
    /// A step, after the ones already added.
    tasks: vec task TaskCardBlock,
});
