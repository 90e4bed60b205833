//! Which Rust type reads which element's value ([`FromStateValue`]), and which element builds a
//! field of that type ([`InputFor`]).

use super::types::parse_number;
use super::{ConversationId, Date, DateTime, StateValue, Time, UploadedFile, UserId, ValueError};
use crate::{
    ChannelsSelect, Checkboxes, ConversationsSelect, DatePicker, DateTimePicker, EmailInput,
    ExternalSelect, FileInput, MultiChannelsSelect, MultiConversationsSelect, MultiExternalSelect,
    MultiStaticSelect, MultiUsersSelect, NumberInput, OptionObject, PlainTextInput, RadioButtons,
    RichTextBlock, RichTextInput, StaticSelect, TimePicker, UrlInput, UsersSelect,
};

/// Why one element's value could not be read as the type asked for (without the ids: see
/// [`FormError`](super::FormError), which names them).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReadError {
    /// The state has no value for the element.
    Missing,
    /// The element is empty (no text, no option, no date, ...).
    Empty,
    /// The value is of an element type the Rust type does not read.
    WrongType,
    /// The value is of the right element type but does not parse (a date, a number).
    Invalid(ValueError),
}

/// A Rust type read from the value of one element.
///
/// Implemented for `String` (plain-text, email and URL inputs), [`RichTextBlock`] (rich text
/// input), `i32`, `i64`, `u32`, `u64`, `f64` and [`serde_json::Number`] (number input),
/// [`OptionObject`] (static or external select, radio buttons) and `Vec<OptionObject>` (multi
/// static or multi external select, checkboxes), [`UserId`] and `Vec<UserId>` (users selects),
/// [`ConversationId`] and `Vec<ConversationId>` (conversations and channels selects), [`Date`],
/// [`Time`], [`DateTime`] (the pickers), `Vec<UploadedFile>` (file input), and [`StateValue`]
/// itself (any element). Implement it for your own types, usually by delegating:
///
/// ```
/// use blockkit::interaction::{FromStateValue, ReadError, StateValue, ValueError};
/// use blockkit::OptionObject;
///
/// #[derive(Debug, PartialEq)]
/// enum Priority { Low, High }
///
/// impl FromStateValue for Priority {
///     const EXPECTED: &'static str = OptionObject::EXPECTED;
///
///     fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
///         let option = OptionObject::from_state_value(value)?;
///         match option.value.as_str() {
///             "low" => Ok(Priority::Low),
///             "high" => Ok(Priority::High),
///             other => Err(ReadError::Invalid(ValueError::new(other, "low or high"))),
///         }
///     }
/// }
///
/// let value: StateValue = blockkit::from_str(
///     r#"{"type": "radio_buttons", "selected_option": {"text": {"type": "plain_text", "text": "High"}, "value": "high"}}"#,
/// )?;
/// assert_eq!(Priority::from_state_value(&value), Ok(Priority::High));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
pub trait FromStateValue: Sized {
    /// The element types read, for error messages: `"static_select, external_select or
    /// radio_buttons"`.
    const EXPECTED: &'static str;

    /// Reads `value`.
    ///
    /// # Errors
    ///
    /// [`ReadError::Empty`] when the element holds nothing (lists read as empty instead),
    /// [`ReadError::WrongType`] when it is another element type, [`ReadError::Invalid`] when
    /// its value does not parse.
    fn from_state_value(value: &StateValue) -> Result<Self, ReadError>;
}

/// Reads one optional value out of the variants listed; `Empty` when it is `None`.
macro_rules! read {
    ($value:expr, $($variant:ident => |$v:ident| $read:expr),+ $(,)?) => {
        match $value {
            $( StateValue::$variant($v) => $read.ok_or(ReadError::Empty), )+
            _ => Err(ReadError::WrongType),
        }
    };
}

impl FromStateValue for String {
    const EXPECTED: &'static str = "plain_text_input, email_text_input or url_text_input";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value,
            PlainTextInput => |v| v.value.clone(),
            EmailInput => |v| v.value.clone(),
            UrlInput => |v| v.value.clone(),
        )
    }
}

impl FromStateValue for RichTextBlock {
    const EXPECTED: &'static str = "rich_text_input";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value, RichTextInput => |v| v.rich_text_value.clone())
    }
}

/// The string a `number_input` holds.
fn number_text(value: &StateValue) -> Result<&str, ReadError> {
    read!(value, NumberInput => |v| v.value.as_deref())
}

macro_rules! numbers {
    ($($ty:ty => $expected:literal),+ $(,)?) => {$(
        impl FromStateValue for $ty {
            const EXPECTED: &'static str = "number_input";

            fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
                let text = number_text(value)?;
                text.trim()
                    .parse()
                    .map_err(|_| ReadError::Invalid(ValueError::new(text, $expected)))
            }
        }
    )+};
}

numbers! {
    i32 => "an integer (32 bits)",
    i64 => "an integer",
    u32 => "a non-negative integer (32 bits)",
    u64 => "a non-negative integer",
}

impl FromStateValue for f64 {
    const EXPECTED: &'static str = "number_input";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        let text = number_text(value)?;
        text.trim()
            .parse::<f64>()
            .ok()
            .filter(|number| number.is_finite())
            .ok_or_else(|| ReadError::Invalid(ValueError::new(text, "a number")))
    }
}

impl FromStateValue for serde_json::Number {
    const EXPECTED: &'static str = "number_input";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        parse_number(number_text(value)?).map_err(ReadError::Invalid)
    }
}

impl FromStateValue for OptionObject {
    const EXPECTED: &'static str = "static_select, external_select or radio_buttons";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value,
            StaticSelect => |v| v.selected_option.clone(),
            ExternalSelect => |v| v.selected_option.clone(),
            RadioButtons => |v| v.selected_option.clone(),
        )
    }
}

impl FromStateValue for Vec<OptionObject> {
    const EXPECTED: &'static str = "multi_static_select, multi_external_select or checkboxes";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value,
            MultiStaticSelect => |v| Some(v.selected_options.clone()),
            MultiExternalSelect => |v| Some(v.selected_options.clone()),
            Checkboxes => |v| Some(v.selected_options.clone()),
        )
    }
}

impl FromStateValue for UserId {
    const EXPECTED: &'static str = "users_select";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value, UsersSelect => |v| v.selected_user.clone().map(UserId))
    }
}

impl FromStateValue for Vec<UserId> {
    const EXPECTED: &'static str = "multi_users_select";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value, MultiUsersSelect => |v| Some(ids(&v.selected_users)))
    }
}

impl FromStateValue for ConversationId {
    const EXPECTED: &'static str = "conversations_select or channels_select";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value,
            ConversationsSelect => |v| v.selected_conversation.clone().map(ConversationId),
            ChannelsSelect => |v| v.selected_channel.clone().map(ConversationId),
        )
    }
}

impl FromStateValue for Vec<ConversationId> {
    const EXPECTED: &'static str = "multi_conversations_select or multi_channels_select";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value,
            MultiConversationsSelect => |v| Some(ids(&v.selected_conversations)),
            MultiChannelsSelect => |v| Some(ids(&v.selected_channels)),
        )
    }
}

fn ids<T: From<String>>(ids: &[String]) -> Vec<T> {
    ids.iter().cloned().map(T::from).collect()
}

impl FromStateValue for Date {
    const EXPECTED: &'static str = "datepicker";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value, DatePicker => |v| v.selected_date.as_deref())?
            .parse()
            .map_err(ReadError::Invalid)
    }
}

impl FromStateValue for Time {
    const EXPECTED: &'static str = "timepicker";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value, TimePicker => |v| v.selected_time.as_deref())?
            .parse()
            .map_err(ReadError::Invalid)
    }
}

impl FromStateValue for DateTime {
    const EXPECTED: &'static str = "datetimepicker";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value, DateTimePicker => |v| v.selected_date_time.map(DateTime))
    }
}

impl FromStateValue for Vec<UploadedFile> {
    const EXPECTED: &'static str = "file_input";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        read!(value, FileInput => |v| Some(v.files.clone()))
    }
}

impl FromStateValue for StateValue {
    const EXPECTED: &'static str = "any element";

    fn from_state_value(value: &StateValue) -> Result<Self, ReadError> {
        Ok(value.clone())
    }
}

mod sealed {
    /// An element whose `action_id` a [`Field`](super::super::Field) sets.
    pub trait SetActionId {
        fn set_action_id(&mut self, action_id: &str);
    }
}

/// An element that produces a value of type `T`: what [`Field::input`](super::Field::input)
/// and [`Field::element`](super::Field::element) take, so that a form field is built with an
/// element that can fill it.
///
/// ```compile_fail
/// use blockkit::interaction::Field;
/// use blockkit::PlainTextInput;
///
/// const DUE: Field<blockkit::interaction::Date> = Field::new("due", "due_date");
/// // error: a `PlainTextInput` does not produce a `Date`
/// let block = DUE.input("Due", PlainTextInput::new());
/// ```
#[diagnostic::on_unimplemented(
    message = "a `{Self}` does not produce a `{T}`",
    label = "this element cannot fill the field",
    note = "see `FromStateValue` for which element fills which type"
)]
pub trait InputFor<T>: sealed::SetActionId {}

macro_rules! input_for {
    ($($ty:ty => $($element:ident),+;)+) => {$($(
        impl InputFor<$ty> for $element {}
    )+)+};
}

input_for! {
    String => PlainTextInput, EmailInput, UrlInput;
    RichTextBlock => RichTextInput;
    i32 => NumberInput;
    i64 => NumberInput;
    u32 => NumberInput;
    u64 => NumberInput;
    f64 => NumberInput;
    serde_json::Number => NumberInput;
    OptionObject => StaticSelect, ExternalSelect, RadioButtons;
    Vec<OptionObject> => MultiStaticSelect, MultiExternalSelect, Checkboxes;
    UserId => UsersSelect;
    Vec<UserId> => MultiUsersSelect;
    ConversationId => ConversationsSelect, ChannelsSelect;
    Vec<ConversationId> => MultiConversationsSelect, MultiChannelsSelect;
    Date => DatePicker;
    Time => TimePicker;
    DateTime => DateTimePicker;
    Vec<UploadedFile> => FileInput;
}

impl<T, E: InputFor<T>> InputFor<Option<T>> for E {}

impl<E: sealed::SetActionId> InputFor<StateValue> for E {}

macro_rules! set_action_id {
    ($($element:ident),+ $(,)?) => {$(
        impl sealed::SetActionId for $element {
            fn set_action_id(&mut self, action_id: &str) {
                self.action_id = Some(action_id.into());
            }
        }
    )+};
}

set_action_id!(
    PlainTextInput,
    EmailInput,
    UrlInput,
    NumberInput,
    RichTextInput,
    StaticSelect,
    ExternalSelect,
    UsersSelect,
    ConversationsSelect,
    ChannelsSelect,
    MultiStaticSelect,
    MultiExternalSelect,
    MultiUsersSelect,
    MultiConversationsSelect,
    MultiChannelsSelect,
    Checkboxes,
    RadioButtons,
    DatePicker,
    TimePicker,
    DateTimePicker,
    FileInput,
);

/// Sets the `action_id` of an element (through the sealed trait).
pub(super) fn set_action_id<E: sealed::SetActionId>(element: &mut E, action_id: &str) {
    element.set_action_id(action_id);
}
