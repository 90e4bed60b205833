//! Composition objects (spec §3): the small objects blocks and elements are made of.

mod confirm;
mod dispatch;
mod feedback;
mod filter;
mod option;
mod slack_file;
mod table_cell;
mod url_source;
mod workflow;

pub use confirm::{ConfirmDialog, ConfirmStyle};
pub use dispatch::{DispatchActionConfig, TriggerAction};
pub use feedback::FeedbackButton;
pub use filter::{ConversationFilter, ConversationKind};
pub use option::{OptionGroup, OptionObject};
pub use slack_file::{SlackFile, SlackIcon};
pub use table_cell::{ColumnAlign, ColumnSettings, RawNumber, RawText, TableCell};
pub use url_source::UrlSource;
pub use workflow::{InputParameter, Trigger, Workflow};
