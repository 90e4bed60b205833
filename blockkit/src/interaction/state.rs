//! `state.values`: what the user entered, by `block_id` and `action_id`, typed by element.

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::keep::{prefixed, tracked};
use super::values::{
    ButtonValue, ChannelsSelectValue, CheckboxesValue, ConversationsSelectValue, DatePickerValue,
    DateTimePickerValue, EmailValue, ExternalSelectValue, FeedbackButtonsValue, FileInputValue,
    IconButtonValue, MultiChannelsSelectValue, MultiConversationsSelectValue,
    MultiExternalSelectValue, MultiStaticSelectValue, MultiUsersSelectValue, NumberValue,
    OverflowValue, PlainTextValue, RadioButtonsValue, RichTextValue, StaticSelectValue,
    TimePickerValue, UrlValue, UsersSelectValue,
};
use super::{Field, FieldType, FormError, UploadedFile, ValueError};
use crate::serde_util::Extra;
use crate::{OptionObject, RawObject, RichTextBlock};

tagged_enum! {
    /// The value of one element, chosen by the element's `"type"`: an item of
    /// `state.values[block_id][action_id]`, and the value part of each `block_actions` action.
    ///
    /// Every input element has its variant; buttons, icon buttons, feedback buttons and overflow
    /// menus appear only in `block_actions`. A value of an unknown type, or one without `type`,
    /// is kept whole as [`StateValue::Unknown`].
    ///
    /// The accessors read a value whatever the element: [`StateValue::value`] is the text of a
    /// text, email, URL or number input (and a button's `value`), [`StateValue::selected_option`]
    /// the option of a single select or radio buttons, and so on.
    ///
    /// ```
    /// use blockkit::interaction::StateValue;
    ///
    /// let value: StateValue = blockkit::from_str(
    ///     r#"{"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "High"}, "value": "p1"}}"#,
    /// )?;
    /// assert_eq!(value.type_name(), "static_select");
    /// assert_eq!(value.selected_option().map(|option| option.value.as_str()), Some("p1"));
    /// assert!(!value.is_empty());
    ///
    /// let empty: StateValue = blockkit::from_str(r#"{"type": "plain_text_input", "value": null}"#)?;
    /// assert_eq!(empty.value(), None);
    /// assert!(empty.is_empty());
    /// # Ok::<(), blockkit::ParseError>(())
    /// ```
    StateValue expecting "an element value" {
        /// `plain_text_input`.
        PlainTextInput(PlainTextValue) = PlainTextInput,
        /// `email_text_input`.
        EmailInput(EmailValue) = EmailTextInput,
        /// `url_text_input`.
        UrlInput(UrlValue) = UrlTextInput,
        /// `number_input`.
        NumberInput(NumberValue) = NumberInput,
        /// `rich_text_input`.
        RichTextInput(RichTextValue) = RichTextInput,
        /// `static_select`.
        StaticSelect(StaticSelectValue) = StaticSelect,
        /// `external_select`.
        ExternalSelect(ExternalSelectValue) = ExternalSelect,
        /// `users_select`.
        UsersSelect(UsersSelectValue) = UsersSelect,
        /// `conversations_select`.
        ConversationsSelect(ConversationsSelectValue) = ConversationsSelect,
        /// `channels_select`.
        ChannelsSelect(ChannelsSelectValue) = ChannelsSelect,
        /// `multi_static_select`.
        MultiStaticSelect(MultiStaticSelectValue) = MultiStaticSelect,
        /// `multi_external_select`.
        MultiExternalSelect(MultiExternalSelectValue) = MultiExternalSelect,
        /// `multi_users_select`.
        MultiUsersSelect(MultiUsersSelectValue) = MultiUsersSelect,
        /// `multi_conversations_select`.
        MultiConversationsSelect(MultiConversationsSelectValue) = MultiConversationsSelect,
        /// `multi_channels_select`.
        MultiChannelsSelect(MultiChannelsSelectValue) = MultiChannelsSelect,
        /// `checkboxes`.
        Checkboxes(CheckboxesValue) = Checkboxes,
        /// `radio_buttons`.
        RadioButtons(RadioButtonsValue) = RadioButtons,
        /// `datepicker`.
        DatePicker(DatePickerValue) = Datepicker,
        /// `timepicker`.
        TimePicker(TimePickerValue) = Timepicker,
        /// `datetimepicker`.
        DateTimePicker(DateTimePickerValue) = Datetimepicker,
        /// `file_input`.
        FileInput(FileInputValue) = FileInput,
        /// `button` (`block_actions` only).
        Button(ButtonValue) = Button,
        /// `overflow` (`block_actions` only).
        Overflow(OverflowValue) = Overflow,
        /// `icon_button` (`block_actions` only).
        IconButton(IconButtonValue) = IconButton,
        /// `feedback_buttons` (`block_actions` only).
        FeedbackButtons(FeedbackButtonsValue) = FeedbackButtons,
    }
}

impl StateValue {
    /// The text entered in a plain-text, email, URL or number input (the number as Slack sent
    /// it), or the `value` of a button, icon button or feedback button; `None` when empty or for
    /// other elements.
    pub fn value(&self) -> Option<&str> {
        match self {
            Self::PlainTextInput(v) => v.value.as_deref(),
            Self::EmailInput(v) => v.value.as_deref(),
            Self::UrlInput(v) => v.value.as_deref(),
            Self::NumberInput(v) => v.value.as_deref(),
            Self::Button(v) => v.value.as_deref(),
            Self::IconButton(v) => v.value.as_deref(),
            Self::FeedbackButtons(v) => v.value.as_deref(),
            _ => None,
        }
    }

    /// The number entered in a `number_input`, parsed (`None` when empty or for other
    /// elements).
    ///
    /// ```
    /// use blockkit::interaction::StateValue;
    ///
    /// let value: StateValue = blockkit::from_str(r#"{"type": "number_input", "value": "12"}"#)?;
    /// assert_eq!(value.number().unwrap().unwrap().as_i64(), Some(12));
    /// # Ok::<(), blockkit::ParseError>(())
    /// ```
    pub fn number(&self) -> Option<Result<serde_json::Number, ValueError>> {
        match self {
            Self::NumberInput(v) => v.number(),
            _ => None,
        }
    }

    /// The formatted text of a `rich_text_input`.
    pub fn rich_text_value(&self) -> Option<&RichTextBlock> {
        match self {
            Self::RichTextInput(v) => v.rich_text_value.as_ref(),
            _ => None,
        }
    }

    /// The option chosen in a static or external select, radio buttons or an overflow menu.
    pub fn selected_option(&self) -> Option<&OptionObject> {
        match self {
            Self::StaticSelect(v) => v.selected_option.as_ref(),
            Self::ExternalSelect(v) => v.selected_option.as_ref(),
            Self::RadioButtons(v) => v.selected_option.as_ref(),
            Self::Overflow(v) => v.selected_option.as_ref(),
            _ => None,
        }
    }

    /// The options chosen in a multi static or multi external select, or the ticked checkboxes
    /// (empty for other elements).
    pub fn selected_options(&self) -> &[OptionObject] {
        match self {
            Self::MultiStaticSelect(v) => &v.selected_options,
            Self::MultiExternalSelect(v) => &v.selected_options,
            Self::Checkboxes(v) => &v.selected_options,
            _ => &[],
        }
    }

    /// The user chosen in a `users_select`.
    pub fn selected_user(&self) -> Option<&str> {
        match self {
            Self::UsersSelect(v) => v.selected_user.as_deref(),
            _ => None,
        }
    }

    /// The users chosen in a `multi_users_select` (empty for other elements).
    pub fn selected_users(&self) -> &[String] {
        match self {
            Self::MultiUsersSelect(v) => &v.selected_users,
            _ => &[],
        }
    }

    /// The conversation chosen in a `conversations_select` or the channel chosen in a
    /// `channels_select`.
    pub fn selected_conversation(&self) -> Option<&str> {
        match self {
            Self::ConversationsSelect(v) => v.selected_conversation.as_deref(),
            Self::ChannelsSelect(v) => v.selected_channel.as_deref(),
            _ => None,
        }
    }

    /// The conversations chosen in a `multi_conversations_select` or the channels chosen in a
    /// `multi_channels_select` (empty for other elements).
    pub fn selected_conversations(&self) -> &[String] {
        match self {
            Self::MultiConversationsSelect(v) => &v.selected_conversations,
            Self::MultiChannelsSelect(v) => &v.selected_channels,
            _ => &[],
        }
    }

    /// The date chosen in a `datepicker`, `YYYY-MM-DD`.
    pub fn selected_date(&self) -> Option<&str> {
        match self {
            Self::DatePicker(v) => v.selected_date.as_deref(),
            _ => None,
        }
    }

    /// The time chosen in a `timepicker`, `HH:mm`.
    pub fn selected_time(&self) -> Option<&str> {
        match self {
            Self::TimePicker(v) => v.selected_time.as_deref(),
            _ => None,
        }
    }

    /// The moment chosen in a `datetimepicker`, as UNIX time in seconds.
    pub fn selected_date_time(&self) -> Option<i64> {
        match self {
            Self::DateTimePicker(v) => v.selected_date_time,
            _ => None,
        }
    }

    /// The files uploaded with a `file_input` (empty for other elements).
    pub fn files(&self) -> &[UploadedFile] {
        match self {
            Self::FileInput(v) => &v.files,
            _ => &[],
        }
    }

    /// Whether the element holds nothing: an empty input, no option, no user, no date, no
    /// file. Buttons are never empty; an unknown value is empty.
    pub fn is_empty(&self) -> bool {
        match self {
            Self::Button(_) | Self::IconButton(_) | Self::FeedbackButtons(_) => false,
            Self::RichTextInput(v) => v.rich_text_value.is_none(),
            Self::DateTimePicker(v) => v.selected_date_time.is_none(),
            _ => {
                self.value().is_none()
                    && self.selected_option().is_none()
                    && self.selected_options().is_empty()
                    && self.selected_user().is_none()
                    && self.selected_users().is_empty()
                    && self.selected_conversation().is_none()
                    && self.selected_conversations().is_empty()
                    && self.selected_date().is_none()
                    && self.selected_time().is_none()
                    && self.files().is_empty()
            }
        }
    }
}

/// The `state` of a view (or of a message, in `block_actions`): the value of every stateful
/// element, by `block_id` then `action_id`.
///
/// Read one value with [`ViewState::get`], or a typed field with [`ViewState::read`] (see
/// [`Field`]).
///
/// ```
/// use blockkit::interaction::{Field, ViewState};
///
/// let state: ViewState = blockkit::from_str(
///     r#"{"values": {"title": {"title_input": {"type": "plain_text_input", "value": "Outage"}}}}"#,
/// )?;
/// assert_eq!(state.get("title", "title_input").and_then(|v| v.value()), Some("Outage"));
///
/// const TITLE: Field<String> = Field::new("title", "title_input");
/// assert_eq!(state.read(&TITLE)?, "Outage");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ViewState {
    /// The values: `values[block_id][action_id]`. Always written, `{}` when empty.
    #[serde(default, deserialize_with = "values")]
    pub values: BTreeMap<String, BTreeMap<String, StateValue>>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ViewState {
    /// An empty state.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a value (to build states in tests).
    ///
    /// ```
    /// use blockkit::interaction::{PlainTextValue, ViewState};
    ///
    /// let state = ViewState::new().with("title", "title_input", PlainTextValue::new(Some("Outage".into())));
    /// assert_eq!(state.get("title", "title_input").and_then(|v| v.value()), Some("Outage"));
    /// ```
    #[must_use = "a setter returns the updated value"]
    pub fn with(
        mut self,
        block_id: impl Into<String>,
        action_id: impl Into<String>,
        value: impl Into<StateValue>,
    ) -> Self {
        self.values
            .entry(block_id.into())
            .or_default()
            .insert(action_id.into(), value.into());
        self
    }

    /// The value of element `action_id` in block `block_id`.
    pub fn get(&self, block_id: &str, action_id: &str) -> Option<&StateValue> {
        self.values.get(block_id)?.get(action_id)
    }

    /// The values of block `block_id`, by `action_id`.
    pub fn block(&self, block_id: &str) -> Option<&BTreeMap<String, StateValue>> {
        self.values.get(block_id)
    }

    /// Every value, as `(block_id, action_id, value)`, ordered by ids.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, &StateValue)> {
        self.values.iter().flat_map(|(block_id, actions)| {
            actions
                .iter()
                .map(move |(action_id, value)| (block_id.as_str(), action_id.as_str(), value))
        })
    }

    /// Reads the field's value, typed.
    ///
    /// # Errors
    ///
    /// A [`FormError`] when the field cannot be read (see [`Field::read`]).
    pub fn read<T: FieldType>(&self, field: &Field<T>) -> Result<T, FormError> {
        field.read(self)
    }
}

/// Deserializes `values`, keeping a value without `type` as [`StateValue::Unknown`].
fn values<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, BTreeMap<String, StateValue>>, D::Error> {
    let raw = BTreeMap::<String, BTreeMap<String, Value>>::deserialize(deserializer)?;
    let mut values = BTreeMap::new();
    for (block_id, actions) in raw {
        let mut block = BTreeMap::new();
        for (action_id, value) in actions {
            let value = match value {
                Value::Object(object) if !object.contains_key("type") => {
                    StateValue::Unknown(RawObject(object))
                }
                other => tracked(other).map_err(|error| {
                    D::Error::custom(prefixed(&format!("{block_id}.{action_id}"), &error))
                })?,
            };
            block.insert(action_id, value);
        }
        values.insert(block_id, block);
    }
    Ok(values)
}
