//! The elements and blocks each container accepts (spec §4, §5.0), as new definitions
//! (`SectionAccessory`, `ActionsElement`, ...) and the fields that refer to them.

use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{Value, json};

use super::transform::DEFS;
use crate::{
    ActionsBlock, Button, CardBlock, ChannelsSelect, Checkboxes, ContextBlock, ConversationsSelect,
    DatePicker, DateTimePicker, DividerBlock, EmailInput, ExternalSelect, FeedbackButtons,
    FileBlock, FileInput, HeaderBlock, IconButton, ImageBlock, ImageElement, InputBlock,
    MrkdwnText, MultiChannelsSelect, MultiConversationsSelect, MultiExternalSelect,
    MultiStaticSelect, MultiUsersSelect, NumberInput, Overflow, PlainText, PlainTextInput,
    RadioButtons, RichTextBlock, RichTextInput, SectionBlock, StaticSelect, TableBlock, TimePicker,
    UrlInput, UsersSelect, VideoBlock, WorkflowButton,
};
use crate::{ActionsElement, ContextActionsElement, InputElement, SectionAccessory};

/// The new definitions of the containers, and the fields that refer to them.
pub(super) struct Containers {
    pub(super) defs: Vec<(&'static str, Value)>,
    pub(super) fields: Vec<(&'static str, &'static str, Value)>,
}

/// One `$ref` per type, each checked by the compiler against the container's trait.
macro_rules! refs {
    ($generator:expr, $bound:path: $($ty:ty),+ $(,)?) => {{
        fn one<T: $bound + JsonSchema>(generator: &mut SchemaGenerator) -> Value {
            generator.subschema_for::<T>().to_value()
        }
        vec![$(one::<$ty>($generator)),+]
    }};
}

/// The elements and blocks each container accepts (spec §4, §5.0).
pub(super) fn containers(g: &mut SchemaGenerator) -> Containers {
    let any_of =
        |refs: Vec<Value>, description: &str| json!({"anyOf": refs, "description": description});
    let section = refs!(g, SectionAccessory: Button, Checkboxes, DatePicker, ImageElement, Overflow,
        RadioButtons, TimePicker, WorkflowButton, StaticSelect, ExternalSelect, UsersSelect,
        ConversationsSelect, ChannelsSelect, MultiStaticSelect, MultiExternalSelect,
        MultiUsersSelect, MultiConversationsSelect, MultiChannelsSelect);
    let actions = refs!(g, ActionsElement: Button, Checkboxes, DatePicker, DateTimePicker, Overflow,
        RadioButtons, RichTextInput, TimePicker, WorkflowButton, StaticSelect, ExternalSelect,
        UsersSelect, ConversationsSelect, ChannelsSelect, MultiStaticSelect, MultiExternalSelect,
        MultiUsersSelect, MultiConversationsSelect, MultiChannelsSelect);
    let input = refs!(g, InputElement: Checkboxes, DatePicker, DateTimePicker, EmailInput,
        FileInput, NumberInput, PlainTextInput, RadioButtons, RichTextInput, TimePicker, UrlInput,
        StaticSelect, ExternalSelect, UsersSelect, ConversationsSelect, ChannelsSelect,
        MultiStaticSelect, MultiExternalSelect, MultiUsersSelect, MultiConversationsSelect,
        MultiChannelsSelect);
    let context_actions = refs!(g, ContextActionsElement: FeedbackButtons, IconButton);
    let context = refs!(g, JsonSchema: PlainText, MrkdwnText, ImageElement);
    let children = refs!(g, JsonSchema: ActionsBlock, ContextBlock, DividerBlock, FileBlock,
        HeaderBlock, ImageBlock, InputBlock, RichTextBlock, SectionBlock, TableBlock, VideoBlock);
    let [button, card, overflow] = [
        g.subschema_for::<Button>().to_value(),
        g.subschema_for::<CardBlock>().to_value(),
        g.subschema_for::<Overflow>().to_value(),
    ];
    let reference = |name: &str| json!({"$ref": format!("{DEFS}{name}")});
    Containers {
        defs: vec![
            (
                "SectionAccessory",
                any_of(
                    section,
                    "The accessory of a section block: a button, checkboxes, a date or time picker, an image, an overflow menu, radio buttons, a workflow button, or a select or multi-select menu.",
                ),
            ),
            (
                "ActionsElement",
                any_of(
                    actions,
                    "An element of an actions block: a button, checkboxes, a date, datetime or time picker, an overflow menu, radio buttons, a rich text input, a workflow button, or a select or multi-select menu.",
                ),
            ),
            (
                "InputElement",
                any_of(
                    input,
                    "The element of an input block: a text, email, URL, number, rich text or file input, checkboxes, radio buttons, a date, datetime or time picker, or a select or multi-select menu.",
                ),
            ),
            (
                "ContextActionsElement",
                any_of(
                    context_actions,
                    "An element of a context_actions block: feedback buttons or an icon button.",
                ),
            ),
            (
                "ContextElement",
                any_of(
                    context,
                    "An item of a context block: a text object (`plain_text` or `mrkdwn`) or an image element.",
                ),
            ),
            (
                "ContainerChildBlock",
                any_of(
                    children,
                    "A block inside a container block: actions, context, divider, file, header, image, input, rich_text, section, table or video.",
                ),
            ),
        ],
        fields: vec![
            ("section", "accessory", reference("SectionAccessory")),
            ("actions", "elements[]", reference("ActionsElement")),
            ("input", "element", reference("InputElement")),
            (
                "context_actions",
                "elements[]",
                reference("ContextActionsElement"),
            ),
            ("card", "actions[]", button),
            ("carousel", "elements[]", card),
            (
                "container",
                "child_blocks[]",
                reference("ContainerChildBlock"),
            ),
            ("auth_provider", "accessory", overflow),
        ],
    }
}
