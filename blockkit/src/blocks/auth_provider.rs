//! The `auth_provider` block (spec §4.22).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{Block, Element, Overflow, PlainText, Str, Text, tag};

/// A card that lets the user connect an external account (`"type": "auth_provider"`,
/// spec §4.22).
///
/// **Preview, doubtful:** only the Python SDK (`slack_sdk` 3.47.0) describes this block; Slack's
/// docs and other SDKs do not. Its fields may change.
///
/// The connect button's `action_id` is derived from `value` as `auth_provider_connect_<value>`.
///
/// ```
/// use blockkit::AuthProviderBlock;
///
/// let block = AuthProviderBlock::new("github", "GitHub", false)
///     .description("Link your GitHub account")
///     .auth_url("https://github.com/login/oauth/authorize");
/// assert_eq!(
///     serde_json::to_string(&block).unwrap(),
///     concat!(
///         r#"{"type":"auth_provider","value":"github","name":{"type":"plain_text","text":"GitHub"},"#,
///         r#""is_connected":false,"description":{"type":"plain_text","text":"Link your GitHub account"},"#,
///         r#""auth_url":"https://github.com/login/oauth/authorize"}"#,
///     )
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct AuthProviderBlock {
    #[serde(rename = "type")]
    kind: tag::AuthProvider,
    /// Identifies the block: at most 255 characters, unique within the message or view. Slack
    /// generates one when absent.
    pub block_id: Option<Str>,
    /// The provider's id: 1 to 150 characters.
    pub value: Str,
    /// The provider's name: `plain_text`, at most 75 characters.
    pub name: Text,
    /// Whether the user's account is connected.
    pub is_connected: bool,
    /// What connecting does: `plain_text`, at most 150 characters.
    pub description: Option<Text>,
    /// The provider's icon: an HTTPS URL, at most 3000 characters. Defaults to the app's avatar.
    pub icon_url: Option<Str>,
    /// Where the user connects: an HTTPS URL, at most 3000 characters, whose host is in the app
    /// manifest's `features.user_connections.auth_hosts` (or a subdomain of one).
    pub auth_url: Option<Str>,
    /// Where the user disconnects: same rules as `auth_url`.
    pub disconnect_url: Option<Str>,
    /// The connected account: `plain_text`, at most 75 characters.
    pub connected_identity: Option<Text>,
    /// More about the connection: `plain_text`, at most 75 characters.
    pub connected_context: Option<Text>,
    /// An overflow menu (the only element allowed here).
    pub accessory: Option<Element>,
    /// Blocks shown by clients that do not support this block.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fallback: Vec<Block>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl AuthProviderBlock {
    /// A provider with its id (1 to 150 characters), its name (at most 75 characters) and
    /// whether the user is connected.
    pub fn new(value: impl Into<Str>, name: impl Into<PlainText>, is_connected: bool) -> Self {
        Self {
            kind: tag::AuthProvider,
            block_id: None,
            value: value.into(),
            name: name.into().into(),
            is_connected,
            description: None,
            icon_url: None,
            auth_url: None,
            disconnect_url: None,
            connected_identity: None,
            connected_context: None,
            accessory: None,
            fallback: Vec::new(),
            extra: Extra::new(),
        }
    }
}

setters!(AuthProviderBlock {
    /// Identifies the block: at most 255 characters, unique within the message or view.
    block_id: into Str,
    /// What connecting does: at most 150 characters.
    description: into PlainText,
    /// The provider's icon: an HTTPS URL, at most 3000 characters.
    icon_url: into Str,
    /// Where the user connects: an HTTPS URL on a host listed in the app manifest.
    auth_url: into Str,
    /// Where the user disconnects: an HTTPS URL on a host listed in the app manifest.
    disconnect_url: into Str,
    /// The connected account: at most 75 characters.
    connected_identity: into PlainText,
    /// More about the connection: at most 75 characters.
    connected_context: into PlainText,
    /// An overflow menu.
    accessory: into Overflow,
    /// A block shown by clients that do not support this block.
    fallback: vec fallback_block Block,
});
