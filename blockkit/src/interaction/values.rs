//! The value of each element type, as `state.values` and `block_actions` carry it.
//!
//! Each struct keeps its element's `"type"` tag, the value fields Slack sends, and any other
//! field in `extra`. Single values are always written, as `null` when empty (as Slack sends
//! them); lists are always written, `[]` when empty.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::UploadedFile;
use crate::serde_util::Extra;
use crate::{ButtonStyle, OptionObject, RichTextBlock, Text, tag};

/// Declares the value structs: their `type` tag, their fields and a constructor taking them.
macro_rules! values {
    ($(
        $(#[$meta:meta])*
        $name:ident = $tag:ident {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty, )+
        }
    )+) => {$(
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[non_exhaustive]
        pub struct $name {
            #[serde(rename = "type")]
            kind: tag::$tag,
            $( $(#[$fmeta])* pub $field: $ty, )+
            /// Fields this version does not model, kept as parsed.
            #[serde(flatten)]
            pub extra: Extra,
        }

        impl $name {
            /// The value with its fields, to build states in tests (Slack sends the values you read).
            pub fn new($($field: $ty),+) -> Self {
                Self { kind: tag::$tag, $($field,)+ extra: Extra::new() }
            }
        }
    )+};
}

values! {
    /// The value of a `plain_text_input`: what the user typed.
    PlainTextValue = PlainTextInput {
        /// The text; `null` when the field was left empty.
        value: Option<String>,
    }

    /// The value of an `email_text_input`.
    EmailValue = EmailTextInput {
        /// The address; `null` when the field was left empty.
        value: Option<String>,
    }

    /// The value of a `url_text_input`.
    UrlValue = UrlTextInput {
        /// The URL; `null` when the field was left empty.
        value: Option<String>,
    }

    /// The value of a `number_input`: Slack sends the number as a string, kept as sent; read it
    /// with [`NumberValue::number`].
    NumberValue = NumberInput {
        /// The number as typed (`"42"`, `"-0.25"`); `null` when the field was left empty.
        value: Option<String>,
    }

    /// The value of a `rich_text_input`: a `rich_text` block.
    RichTextValue = RichTextInput {
        /// The formatted text; `null` when the field was left empty.
        rich_text_value: Option<RichTextBlock>,
    }

    /// The value of a `static_select`.
    StaticSelectValue = StaticSelect {
        /// The chosen option; `null` when none is.
        selected_option: Option<OptionObject>,
    }

    /// The value of an `external_select`.
    ExternalSelectValue = ExternalSelect {
        /// The chosen option; `null` when none is.
        selected_option: Option<OptionObject>,
    }

    /// The value of `radio_buttons`.
    RadioButtonsValue = RadioButtons {
        /// The chosen option; `null` when none is.
        selected_option: Option<OptionObject>,
    }

    /// The option chosen in an `overflow` menu (`block_actions` only: overflow menus have no
    /// state).
    OverflowValue = Overflow {
        /// The chosen option.
        selected_option: Option<OptionObject>,
    }

    /// The value of a `multi_static_select`.
    MultiStaticSelectValue = MultiStaticSelect {
        /// The chosen options, in the order chosen.
        #[serde(default)]
        selected_options: Vec<OptionObject>,
    }

    /// The value of a `multi_external_select`.
    MultiExternalSelectValue = MultiExternalSelect {
        /// The chosen options, in the order chosen.
        #[serde(default)]
        selected_options: Vec<OptionObject>,
    }

    /// The value of `checkboxes`.
    CheckboxesValue = Checkboxes {
        /// The ticked options.
        #[serde(default)]
        selected_options: Vec<OptionObject>,
    }

    /// The value of a `users_select`.
    UsersSelectValue = UsersSelect {
        /// The chosen user's ID; `null` when none is.
        selected_user: Option<String>,
    }

    /// The value of a `multi_users_select`.
    MultiUsersSelectValue = MultiUsersSelect {
        /// The chosen users' IDs.
        #[serde(default)]
        selected_users: Vec<String>,
    }

    /// The value of a `conversations_select`.
    ConversationsSelectValue = ConversationsSelect {
        /// The chosen conversation's ID; `null` when none is.
        selected_conversation: Option<String>,
    }

    /// The value of a `multi_conversations_select`.
    MultiConversationsSelectValue = MultiConversationsSelect {
        /// The chosen conversations' IDs.
        #[serde(default)]
        selected_conversations: Vec<String>,
    }

    /// The value of a `channels_select`.
    ChannelsSelectValue = ChannelsSelect {
        /// The chosen channel's ID; `null` when none is.
        selected_channel: Option<String>,
    }

    /// The value of a `multi_channels_select`.
    MultiChannelsSelectValue = MultiChannelsSelect {
        /// The chosen channels' IDs.
        #[serde(default)]
        selected_channels: Vec<String>,
    }

    /// The value of a `datepicker`.
    DatePickerValue = Datepicker {
        /// The date, `YYYY-MM-DD`; `null` when none is chosen. See [`super::Date`].
        selected_date: Option<String>,
    }

    /// The value of a `timepicker`.
    TimePickerValue = Timepicker {
        /// The time, `HH:mm` (24-hour); `null` when none is chosen. See [`super::Time`].
        selected_time: Option<String>,
        /// The element's IANA time zone, echoed back when it set one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        timezone: Option<String>,
    }

    /// The value of a `datetimepicker`.
    DateTimePickerValue = Datetimepicker {
        /// The moment chosen, as UNIX time in seconds; `null` when none is.
        selected_date_time: Option<i64>,
    }

    /// The value of a `file_input`: the uploaded files.
    FileInputValue = FileInput {
        /// The files, with their IDs and (with the `files:read` scope) their details.
        #[serde(default)]
        files: Vec<UploadedFile>,
    }

    /// A `button` click (`block_actions` only).
    ButtonValue = Button {
        /// The button's text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<Text>,
        /// The button's `value`, when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<String>,
        /// The button's style, when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        style: Option<ButtonStyle>,
        /// The URL the button opened, when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        url: Option<String>,
    }

    /// An `icon_button` click (`block_actions` only).
    IconButtonValue = IconButton {
        /// The button's text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<Text>,
        /// The button's `value`, when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<String>,
    }

    /// A click on one of `feedback_buttons` (`block_actions` only).
    FeedbackButtonsValue = FeedbackButtons {
        /// The `value` of the button clicked.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<String>,
    }
}

impl NumberValue {
    /// The number, parsed from the string Slack sent: `None` when the field was empty, an error
    /// when the string is not a number.
    ///
    /// ```
    /// use blockkit::interaction::NumberValue;
    ///
    /// let value = NumberValue::new(Some("-0.25".to_owned()));
    /// assert_eq!(value.number().unwrap().unwrap().as_f64(), Some(-0.25));
    /// assert!(NumberValue::new(None).number().is_none());
    /// assert!(NumberValue::new(Some("abc".to_owned())).number().unwrap().is_err());
    /// ```
    pub fn number(&self) -> Option<Result<serde_json::Number, super::ValueError>> {
        self.value.as_deref().map(super::types::parse_number)
    }
}
