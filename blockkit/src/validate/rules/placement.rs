//! Where blocks and elements may go: the block × surface matrix (spec §4.0), the element ×
//! container matrix (spec §5.0) and the element × surface column (spec §5.0, rule 9.8).

use crate::validate::{Placement, Surface};
use crate::{Block, Element};

use Placement::{Allowed, Forbidden, Undocumented};

/// Whether `block` may be a top-level block of `surface` (spec §4.0).
///
/// `✓` and `(✓)` cells are allowed, `–` cells forbidden, and `?` cells undocumented — allowed in
/// messages, left to [`ValidationOptions::undocumented_placement`](crate::ValidationOptions) on
/// modals and Home tabs. The `alert` conflict (§12: messages per Slack's own sample, "modals only"
/// per the Java SDK) is settled as the spec recommends: allowed in messages and modals,
/// undocumented on Home tabs.
pub(crate) fn block_on_surface(block: &Block, surface: Surface) -> Placement {
    use Surface::{Home, Message, Modal, Unspecified};
    if surface == Unspecified {
        return Allowed;
    }
    let (message, modal, home) = match block {
        Block::Actions(_)
        | Block::Context(_)
        | Block::Divider(_)
        | Block::Header(_)
        | Block::Image(_)
        | Block::Input(_)
        | Block::RichText(_)
        | Block::Section(_)
        | Block::Video(_)
        // Unknown types are reported as such; their placement cannot be judged.
        | Block::Unknown(_) => (Allowed, Allowed, Allowed),
        Block::Markdown(_) | Block::Table(_) | Block::Plan(_) | Block::TaskCard(_) => {
            (Allowed, Forbidden, Forbidden)
        }
        Block::Alert(_) => (Allowed, Allowed, Undocumented),
        Block::ContextActions(_)
        | Block::Card(_)
        | Block::Carousel(_)
        | Block::Container(_)
        | Block::DataTable(_)
        | Block::DataVisualization(_)
        | Block::AuthProvider(_) => (Allowed, Undocumented, Undocumented),
        Block::File(_) | Block::Call(_) | Block::ShareShortcut(_) => (Forbidden, Forbidden, Forbidden),
    };
    match surface {
        Message => message,
        Modal => modal,
        Home => home,
        Unspecified => Allowed,
    }
}

/// Whether `element` may be used on `surface` (spec §5.0 surfaces column, rule 9.8). Only the
/// documented restrictions are applied: the text-like inputs and `file_input` only in modals,
/// `workflow_button` only in messages, `rich_text_input` not in messages, `datetimepicker` not on
/// Home tabs.
pub(crate) fn element_on_surface(element: &Element, surface: Surface) -> Placement {
    use Surface::{Home, Message, Modal};
    match (element, surface) {
        (
            Element::EmailInput(_)
            | Element::UrlInput(_)
            | Element::NumberInput(_)
            | Element::FileInput(_),
            Message | Home,
        )
        | (Element::WorkflowButton(_), Modal | Home)
        | (Element::RichTextInput(_), Message) => Forbidden,
        (Element::DateTimePicker(_), Home) => Undocumented,
        _ => Allowed,
    }
}

/// A container of elements (spec §5.0 columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Container {
    /// A section's `accessory`.
    SectionAccessory,
    /// An actions block's `elements`.
    Actions,
    /// An input block's `element`.
    Input,
    /// A `context_actions` block's `elements`.
    ContextActions,
    /// A card's `actions`.
    CardActions,
    /// An `auth_provider` block's `accessory`.
    AuthProviderAccessory,
}

impl Container {
    /// How messages name the container.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::SectionAccessory => "the accessory of a section block",
            Self::Actions => "an element of an actions block",
            Self::Input => "the element of an input block",
            Self::ContextActions => "an element of a context_actions block",
            Self::CardActions => "an action of a card block (buttons only)",
            Self::AuthProviderAccessory => {
                "the accessory of an auth_provider block (overflow only)"
            }
        }
    }
}

/// Whether `element` may be in `container` (spec §5.0). Unknown types are allowed here and
/// reported as unknown instead.
pub(crate) fn element_in_container(element: &Element, container: Container) -> bool {
    use Element as E;
    let selects = matches!(
        element,
        E::StaticSelect(_)
            | E::ExternalSelect(_)
            | E::UsersSelect(_)
            | E::ConversationsSelect(_)
            | E::ChannelsSelect(_)
            | E::MultiStaticSelect(_)
            | E::MultiExternalSelect(_)
            | E::MultiUsersSelect(_)
            | E::MultiConversationsSelect(_)
            | E::MultiChannelsSelect(_)
    );
    if matches!(element, E::Unknown(_)) {
        return true;
    }
    match container {
        Container::SectionAccessory => {
            selects
                || matches!(
                    element,
                    E::Button(_)
                        | E::Checkboxes(_)
                        | E::DatePicker(_)
                        | E::Image(_)
                        | E::Overflow(_)
                        | E::RadioButtons(_)
                        | E::TimePicker(_)
                        | E::WorkflowButton(_)
                )
        }
        Container::Actions => {
            selects
                || matches!(
                    element,
                    E::Button(_)
                        | E::Checkboxes(_)
                        | E::DatePicker(_)
                        | E::DateTimePicker(_)
                        | E::Overflow(_)
                        | E::RadioButtons(_)
                        | E::RichTextInput(_)
                        | E::TimePicker(_)
                        | E::WorkflowButton(_)
                )
        }
        Container::Input => {
            selects
                || matches!(
                    element,
                    E::Checkboxes(_)
                        | E::DatePicker(_)
                        | E::DateTimePicker(_)
                        | E::EmailInput(_)
                        | E::FileInput(_)
                        | E::NumberInput(_)
                        | E::PlainTextInput(_)
                        | E::RadioButtons(_)
                        | E::RichTextInput(_)
                        | E::TimePicker(_)
                        | E::UrlInput(_)
                )
        }
        Container::ContextActions => matches!(element, E::FeedbackButtons(_) | E::IconButton(_)),
        Container::CardActions => matches!(element, E::Button(_)),
        Container::AuthProviderAccessory => matches!(element, E::Overflow(_)),
    }
}
