//! The conversation filter object (spec §3.7).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;

/// Which conversations a conversations select menu lists (`filter`).
///
/// At least one field must be set.
///
/// ```
/// use blockkit::{ConversationFilter, ConversationKind};
///
/// let filter = ConversationFilter::new()
///     .include([ConversationKind::Public, ConversationKind::Private])
///     .exclude_bot_users(true);
/// assert_eq!(
///     serde_json::to_string(&filter).unwrap(),
///     r#"{"include":["public","private"],"exclude_bot_users":true}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ConversationFilter {
    /// The kinds of conversation listed; not empty when present.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub include: Vec<ConversationKind>,
    /// Leave out channels shared with other organisations. Defaults to `false`.
    pub exclude_external_shared_channels: Option<bool>,
    /// Leave out bot users. Defaults to `false`.
    pub exclude_bot_users: Option<bool>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ConversationFilter {
    /// An empty filter; set at least one field.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(ConversationFilter {
    /// A kind of conversation to list.
    include: vec include_kind ConversationKind,
    /// Leave out channels shared with other organisations.
    exclude_external_shared_channels: bool,
    /// Leave out bot users.
    exclude_bot_users: bool,
});

string_enum! {
    /// A kind of conversation, for [`ConversationFilter::include`].
    ConversationKind {
        /// Direct messages.
        Im = "im",
        /// Group direct messages.
        Mpim = "mpim",
        /// Private channels.
        Private = "private",
        /// Public channels.
        Public = "public",
    }
}
