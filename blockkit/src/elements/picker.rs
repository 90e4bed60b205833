//! Date and time pickers: `datepicker` (spec §5.4), `datetimepicker` (§5.5) and `timepicker`
//! (§5.16).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{ConfirmDialog, PlainText, Str, Text, tag};

/// A calendar to pick a date (`"type": "datepicker"`, spec §5.4).
///
/// ```
/// use blockkit::DatePicker;
/// use serde_json::json;
///
/// let picker = DatePicker::new()
///     .initial_date("2026-12-24")
///     .action_id("due")
///     .placeholder("Due date");
/// assert_eq!(
///     serde_json::to_value(&picker).unwrap(),
///     json!({
///         "type": "datepicker",
///         "initial_date": "2026-12-24",
///         "action_id": "due",
///         "placeholder": {"type": "plain_text", "text": "Due date"}
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DatePicker {
    #[serde(rename = "type")]
    kind: tag::Datepicker,
    /// The date selected at first, `YYYY-MM-DD`.
    pub initial_date: Option<Str>,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the picker has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// Shown before a date is picked: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DatePicker {
    /// A picker with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(DatePicker {
    /// `YYYY-MM-DD` (checked by validation).
    initial_date: into Str,
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At most 150 characters.
    placeholder: into PlainText,
});

/// A date and a time picker in one (`"type": "datetimepicker"`, spec §5.5). It has no
/// placeholder.
///
/// ```
/// use blockkit::DateTimePicker;
/// use serde_json::json;
///
/// let picker = DateTimePicker::new().initial_date_time(1_628_633_820).action_id("when");
/// assert_eq!(
///     serde_json::to_value(&picker).unwrap(),
///     json!({"type": "datetimepicker", "initial_date_time": 1628633820, "action_id": "when"})
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DateTimePicker {
    #[serde(rename = "type")]
    kind: tag::Datetimepicker,
    /// The moment selected at first: a UNIX time in seconds, 10 digits (`1628633820`).
    pub initial_date_time: Option<i64>,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the picker has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DateTimePicker {
    /// A picker with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(DateTimePicker {
    /// A UNIX time in seconds (10 digits).
    initial_date_time: i64,
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
});

/// A clock to pick a time of day (`"type": "timepicker"`, spec §5.16).
///
/// ```
/// use blockkit::TimePicker;
/// use serde_json::json;
///
/// let picker = TimePicker::new()
///     .initial_time("09:30")
///     .timezone("Europe/Paris")
///     .action_id("standup");
/// assert_eq!(
///     serde_json::to_value(&picker).unwrap(),
///     json!({
///         "type": "timepicker",
///         "initial_time": "09:30",
///         "timezone": "Europe/Paris",
///         "action_id": "standup"
///     })
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct TimePicker {
    #[serde(rename = "type")]
    kind: tag::Timepicker,
    /// The time selected at first: `HH:mm`, 24-hour, `00:00`–`23:59`.
    pub initial_time: Option<Str>,
    /// An IANA time zone name (`America/Chicago`), shown as hint text and echoed back in payloads.
    pub timezone: Option<Str>,
    /// Identifies the action: at most 255 characters, unique within the containing block.
    pub action_id: Option<Str>,
    /// A dialog asking the user to confirm the choice.
    pub confirm: Option<Box<ConfirmDialog>>,
    /// Whether the picker has the focus when the view opens. Defaults to `false`; at most one
    /// element per view may set it.
    pub focus_on_load: Option<bool>,
    /// Shown before a time is picked: `plain_text`, at most 150 characters.
    pub placeholder: Option<Text>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl TimePicker {
    /// A picker with no field set.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(TimePicker {
    /// `HH:mm`, 24-hour (checked by validation).
    initial_time: into Str,
    /// An IANA time zone name.
    timezone: into Str,
    /// At most 255 characters, unique within the containing block.
    action_id: into Str,
    /// A dialog asking the user to confirm the choice.
    confirm: ConfirmDialog,
    /// At most one element per view may set it.
    focus_on_load: bool,
    /// At most 150 characters.
    placeholder: into PlainText,
});
