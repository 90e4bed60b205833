//! The `task_card` block (spec §4.21).

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::serde_util::Extra;
use crate::{RichTextBlock, Str, UrlSource, tag};

/// One step of an agent's work (`"type": "task_card"`, spec §4.21; new in 2026, for agent
/// messages). It stands alone as a block or is one of a [`PlanBlock`](crate::PlanBlock)'s
/// `tasks`.
///
/// **The `"type"` is optional here.** Slack's examples of a plan list its tasks without
/// `"type": "task_card"`, so a task card parses with or without it and is written back the way
/// it came. [`TaskCardBlock::new`] always sets it, and a task card used as a block must have it.
///
/// **`status`:** Slack's pre-release docs make it optional, `@slack/types` and `slack_sdk`
/// require it. The constructor does not force it; set it always.
///
/// ```
/// use blockkit::{TaskCardBlock, TaskStatus, UrlSource};
///
/// let task = TaskCardBlock::new("task_1", "Fetching weather data")
///     .status(TaskStatus::InProgress)
///     .source(UrlSource::new("https://weather.com/", "weather.com"));
/// assert_eq!(
///     serde_json::to_string(&task).unwrap(),
///     concat!(
///         r#"{"type":"task_card","task_id":"task_1","title":"Fetching weather data","#,
///         r#""sources":[{"type":"url","url":"https://weather.com/","text":"weather.com"}],"#,
///         r#""status":"in_progress"}"#,
///     )
/// );
///
/// // A plan's task without "type" round-trips unchanged.
/// let bare: TaskCardBlock =
///     blockkit::from_str(r#"{"task_id":"call_002","title":"Check","status":"pending"}"#).unwrap();
/// assert!(!bare.has_type());
/// assert_eq!(
///     serde_json::to_string(&bare).unwrap(),
///     r#"{"task_id":"call_002","title":"Check","status":"pending"}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct TaskCardBlock {
    #[serde(
        rename = "type",
        default,
        deserialize_with = "present_tag",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "tag::TaskCard")]
    kind: Option<tag::TaskCard>,
    /// Identifies the block: at most 255 characters, unique within the message. Slack generates
    /// one when absent.
    pub block_id: Option<Str>,
    /// Identifies the task, for later updates.
    pub task_id: Str,
    /// The task's title: a plain string, not a text object.
    pub title: Str,
    /// What the task does: a `rich_text` block (a single element).
    pub details: Option<RichTextBlock>,
    /// What the task produced: a `rich_text` block (a single element).
    pub output: Option<RichTextBlock>,
    /// The sources the task used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<UrlSource>,
    /// Where the task stands. Optional when parsed; `@slack/types` and `slack_sdk` require it.
    pub status: Option<TaskStatus>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Reads a `"type"` that is present (a missing one is `None` through `default`). Needed because
/// the block's `"type"` may be replayed as a bare string, which `Option`'s own deserializer
/// refuses.
fn present_tag<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<tag::TaskCard>, D::Error> {
    tag::TaskCard::deserialize(deserializer).map(Some)
}

impl TaskCardBlock {
    /// A task card with its id and title, tagged `"type": "task_card"`. Set its `status` too:
    /// Slack's SDKs require it.
    pub fn new(task_id: impl Into<Str>, title: impl Into<Str>) -> Self {
        Self {
            kind: Some(tag::TaskCard),
            block_id: None,
            task_id: task_id.into(),
            title: title.into(),
            details: None,
            output: None,
            sources: Vec::new(),
            status: None,
            extra: Extra::new(),
        }
    }

    /// Whether the card carries `"type": "task_card"`. Only a plan's tasks may lack it (when
    /// parsed from JSON that left it out).
    pub fn has_type(&self) -> bool {
        self.kind.is_some()
    }

    /// Adds `"type": "task_card"` when it is missing, so the card can be used as a block.
    #[must_use = "a setter returns the updated value"]
    pub fn with_type(mut self) -> Self {
        self.kind = Some(tag::TaskCard);
        self
    }
}

setters!(TaskCardBlock {
    /// Identifies the block: at most 255 characters, unique within the message.
    block_id: into Str,
    /// What the task does.
    details: RichTextBlock,
    /// What the task produced.
    output: RichTextBlock,
    /// A source the task used.
    sources: vec source UrlSource,
    /// Where the task stands.
    status: TaskStatus,
});

string_enum! {
    /// Where a [`TaskCardBlock`] stands (`status`).
    TaskStatus {
        /// Not started.
        Pending = "pending",
        /// Running.
        InProgress = "in_progress",
        /// Finished.
        Complete = "complete",
        /// Failed.
        Error = "error",
    }
}
