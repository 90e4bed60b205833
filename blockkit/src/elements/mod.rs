//! Block elements (spec §5): buttons, menus, inputs, pickers and images.
//!
//! Every element converts into [`Element`]. Where an element may go is typed: a section
//! accessory takes only a [`SectionAccessory`], an actions block only an [`ActionsElement`], an
//! input block only an [`InputElement`], a `context_actions` block only a
//! [`ContextActionsElement`]. Putting anything else there is a compile error:
//!
//! ```compile_fail
//! use blockkit::{FileInput, SectionBlock, Text};
//!
//! // error: `FileInput` cannot be the accessory of a section block
//! let section = SectionBlock::new().text(Text::plain("Upload")).accessory(FileInput::new());
//! ```

use serde_json::Value;

mod button;
mod choice;
mod image;
mod input;
mod multi_select;
mod picker;
mod rich_text_input;
mod select;

pub use button::{Button, ButtonStyle, FeedbackButtons, IconButton, WorkflowButton};
pub use choice::{Checkboxes, Overflow, RadioButtons};
pub use image::ImageElement;
pub use input::{EmailInput, FileInput, NumberInput, PlainTextInput, UrlInput};
pub use multi_select::{
    MultiChannelsSelect, MultiConversationsSelect, MultiExternalSelect, MultiStaticSelect,
    MultiUsersSelect,
};
pub use picker::{DatePicker, DateTimePicker, TimePicker};
pub use rich_text_input::{RichTextInput, RichTextInputValue};
pub use select::{ChannelsSelect, ConversationsSelect, ExternalSelect, StaticSelect, UsersSelect};

tagged_enum! {
    /// Any block element.
    ///
    /// ```
    /// use blockkit::{Button, Element};
    ///
    /// let element: Element = Button::new("Go").action_id("go").into();
    /// assert_eq!(element.type_name(), "button");
    /// assert_eq!(element.action_id(), Some("go"));
    /// ```
    Element expecting "a block element" {
        /// `button`.
        Button(Button) = Button,
        /// `checkboxes`.
        Checkboxes(Checkboxes) = Checkboxes,
        /// `datepicker`.
        DatePicker(DatePicker) = Datepicker,
        /// `datetimepicker`.
        DateTimePicker(DateTimePicker) = Datetimepicker,
        /// `email_text_input`.
        EmailInput(EmailInput) = EmailTextInput,
        /// `file_input`.
        FileInput(FileInput) = FileInput,
        /// `image`.
        Image(ImageElement) = Image,
        /// `static_select`.
        StaticSelect(StaticSelect) = StaticSelect,
        /// `external_select`.
        ExternalSelect(ExternalSelect) = ExternalSelect,
        /// `users_select`.
        UsersSelect(UsersSelect) = UsersSelect,
        /// `conversations_select`.
        ConversationsSelect(ConversationsSelect) = ConversationsSelect,
        /// `channels_select`.
        ChannelsSelect(ChannelsSelect) = ChannelsSelect,
        /// `multi_static_select`.
        MultiStaticSelect(MultiStaticSelect) = MultiStaticSelect,
        /// `multi_external_select`.
        MultiExternalSelect(MultiExternalSelect) = MultiExternalSelect,
        /// `multi_users_select`.
        MultiUsersSelect(MultiUsersSelect) = MultiUsersSelect,
        /// `multi_conversations_select`.
        MultiConversationsSelect(MultiConversationsSelect) = MultiConversationsSelect,
        /// `multi_channels_select`.
        MultiChannelsSelect(MultiChannelsSelect) = MultiChannelsSelect,
        /// `number_input`.
        NumberInput(NumberInput) = NumberInput,
        /// `overflow`.
        Overflow(Overflow) = Overflow,
        /// `plain_text_input`.
        PlainTextInput(PlainTextInput) = PlainTextInput,
        /// `radio_buttons`.
        RadioButtons(RadioButtons) = RadioButtons,
        /// `rich_text_input`.
        RichTextInput(RichTextInput) = RichTextInput,
        /// `timepicker`.
        TimePicker(TimePicker) = Timepicker,
        /// `url_text_input`.
        UrlInput(UrlInput) = UrlTextInput,
        /// `workflow_button`.
        WorkflowButton(WorkflowButton) = WorkflowButton,
        /// `feedback_buttons`.
        FeedbackButtons(FeedbackButtons) = FeedbackButtons,
        /// `icon_button`.
        IconButton(IconButton) = IconButton,
    }
}

impl Element {
    /// The element's `action_id`, when it has one.
    ///
    /// `None` for an image (which has no `action_id`) and for an element that does not set it.
    /// For an [`Element::Unknown`] it is the object's `"action_id"` when that is a string.
    ///
    /// ```
    /// use blockkit::{Element, ImageElement, RichTextInput};
    ///
    /// let input: Element = RichTextInput::new("notes").into();
    /// assert_eq!(input.action_id(), Some("notes"));
    /// let image: Element = ImageElement::new("https://example.com/a.png", "A").into();
    /// assert_eq!(image.action_id(), None);
    /// ```
    pub fn action_id(&self) -> Option<&str> {
        match self {
            Self::Button(e) => e.action_id.as_deref(),
            Self::Checkboxes(e) => e.action_id.as_deref(),
            Self::DatePicker(e) => e.action_id.as_deref(),
            Self::DateTimePicker(e) => e.action_id.as_deref(),
            Self::EmailInput(e) => e.action_id.as_deref(),
            Self::FileInput(e) => e.action_id.as_deref(),
            Self::Image(_) => None,
            Self::StaticSelect(e) => e.action_id.as_deref(),
            Self::ExternalSelect(e) => e.action_id.as_deref(),
            Self::UsersSelect(e) => e.action_id.as_deref(),
            Self::ConversationsSelect(e) => e.action_id.as_deref(),
            Self::ChannelsSelect(e) => e.action_id.as_deref(),
            Self::MultiStaticSelect(e) => e.action_id.as_deref(),
            Self::MultiExternalSelect(e) => e.action_id.as_deref(),
            Self::MultiUsersSelect(e) => e.action_id.as_deref(),
            Self::MultiConversationsSelect(e) => e.action_id.as_deref(),
            Self::MultiChannelsSelect(e) => e.action_id.as_deref(),
            Self::NumberInput(e) => e.action_id.as_deref(),
            Self::Overflow(e) => e.action_id.as_deref(),
            Self::PlainTextInput(e) => e.action_id.as_deref(),
            Self::RadioButtons(e) => e.action_id.as_deref(),
            Self::RichTextInput(e) => e.action_id.as_deref(),
            Self::TimePicker(e) => e.action_id.as_deref(),
            Self::UrlInput(e) => e.action_id.as_deref(),
            Self::WorkflowButton(e) => e.action_id.as_deref(),
            Self::FeedbackButtons(e) => e.action_id.as_deref(),
            Self::IconButton(e) => e.action_id.as_deref(),
            Self::Unknown(raw) => raw.fields().get("action_id").and_then(Value::as_str),
        }
    }

    /// Whether the element sets `focus_on_load` to `true` (at most one element per view may).
    ///
    /// `false` for elements that have no such field (buttons, overflow menus, file inputs,
    /// images). For an [`Element::Unknown`] it reads the object's `"focus_on_load"`.
    ///
    /// ```
    /// use blockkit::{Element, PlainTextInput};
    ///
    /// let input: Element = PlainTextInput::new().focus_on_load(true).into();
    /// assert!(input.focus_on_load());
    /// ```
    pub fn focus_on_load(&self) -> bool {
        let flag = match self {
            Self::Checkboxes(e) => e.focus_on_load,
            Self::DatePicker(e) => e.focus_on_load,
            Self::DateTimePicker(e) => e.focus_on_load,
            Self::EmailInput(e) => e.focus_on_load,
            Self::StaticSelect(e) => e.focus_on_load,
            Self::ExternalSelect(e) => e.focus_on_load,
            Self::UsersSelect(e) => e.focus_on_load,
            Self::ConversationsSelect(e) => e.focus_on_load,
            Self::ChannelsSelect(e) => e.focus_on_load,
            Self::MultiStaticSelect(e) => e.focus_on_load,
            Self::MultiExternalSelect(e) => e.focus_on_load,
            Self::MultiUsersSelect(e) => e.focus_on_load,
            Self::MultiConversationsSelect(e) => e.focus_on_load,
            Self::MultiChannelsSelect(e) => e.focus_on_load,
            Self::NumberInput(e) => e.focus_on_load,
            Self::PlainTextInput(e) => e.focus_on_load,
            Self::RadioButtons(e) => e.focus_on_load,
            Self::RichTextInput(e) => e.focus_on_load,
            Self::TimePicker(e) => e.focus_on_load,
            Self::UrlInput(e) => e.focus_on_load,
            Self::Button(_)
            | Self::FileInput(_)
            | Self::Image(_)
            | Self::Overflow(_)
            | Self::WorkflowButton(_)
            | Self::FeedbackButtons(_)
            | Self::IconButton(_) => None,
            Self::Unknown(raw) => raw.fields().get("focus_on_load").and_then(Value::as_bool),
        };
        flag == Some(true)
    }
}

mod sealed {
    pub trait Sealed {}
}

/// Declares which element types a container accepts.
macro_rules! container_trait {
    (
        $(#[$meta:meta])*
        $trait:ident, $message:literal, $note:literal: $($ty:ident),+ $(,)?
    ) => {
        $(#[$meta])*
        #[diagnostic::on_unimplemented(message = $message, label = "not allowed here", note = $note)]
        pub trait $trait: Into<Element> + sealed::Sealed {}
        $( impl $trait for $ty {} )+
    };
}

macro_rules! sealed {
    ($($ty:ident),+ $(,)?) => { $( impl sealed::Sealed for $ty {} )+ };
}

sealed!(
    Button,
    Checkboxes,
    DatePicker,
    DateTimePicker,
    EmailInput,
    FileInput,
    ImageElement,
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
    NumberInput,
    Overflow,
    PlainTextInput,
    RadioButtons,
    RichTextInput,
    TimePicker,
    UrlInput,
    WorkflowButton,
    FeedbackButtons,
    IconButton,
);

container_trait!(
    /// An element that may be a section block's `accessory` (spec §4.11, §5.0).
    SectionAccessory,
    "`{Self}` cannot be the accessory of a section block",
    "a section accessory is a button, checkboxes, datepicker, image, overflow, radio_buttons, timepicker, workflow_button, or a select or multi-select menu":
    Button, Checkboxes, DatePicker, ImageElement, Overflow, RadioButtons, TimePicker,
    WorkflowButton, StaticSelect, ExternalSelect, UsersSelect, ConversationsSelect,
    ChannelsSelect, MultiStaticSelect, MultiExternalSelect, MultiUsersSelect,
    MultiConversationsSelect, MultiChannelsSelect,
);

container_trait!(
    /// An element that may be in an actions block's `elements` (spec §4.1, §5.0).
    ActionsElement,
    "`{Self}` cannot be an element of an actions block",
    "an actions block holds buttons, checkboxes, date, datetime and time pickers, overflow menus, radio_buttons, rich_text_input, workflow buttons, and select and multi-select menus":
    Button, Checkboxes, DatePicker, DateTimePicker, Overflow, RadioButtons, RichTextInput,
    TimePicker, WorkflowButton, StaticSelect, ExternalSelect, UsersSelect, ConversationsSelect,
    ChannelsSelect, MultiStaticSelect, MultiExternalSelect, MultiUsersSelect,
    MultiConversationsSelect, MultiChannelsSelect,
);

container_trait!(
    /// An element that may be an input block's `element` (spec §4.8, §5.0).
    InputElement,
    "`{Self}` cannot be the element of an input block",
    "an input block holds a text, email, url, number, rich text or file input, checkboxes, radio_buttons, a date, datetime or time picker, or a select or multi-select menu":
    Checkboxes, DatePicker, DateTimePicker, EmailInput, FileInput, NumberInput,
    PlainTextInput, RadioButtons, RichTextInput, TimePicker, UrlInput, StaticSelect,
    ExternalSelect, UsersSelect, ConversationsSelect, ChannelsSelect, MultiStaticSelect,
    MultiExternalSelect, MultiUsersSelect, MultiConversationsSelect, MultiChannelsSelect,
);

container_trait!(
    /// An element that may be in a `context_actions` block's `elements` (spec §4.3, §5.0).
    ContextActionsElement,
    "`{Self}` cannot be an element of a context_actions block",
    "a context_actions block holds feedback_buttons and icon_button elements":
    FeedbackButtons, IconButton,
);
