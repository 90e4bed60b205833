//! The slash-command request: a form post, not JSON.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::ParseError;
use crate::serde_util::Extra;

/// The request Slack sends when a user runs one of your app's slash commands: an
/// `application/x-www-form-urlencoded` POST, read with [`SlashCommand::from_form`].
///
/// Answer within 3 seconds (a [`SlashCommandResponse`](crate::SlashCommandResponse), or an
/// empty body), then post more with the `response_url` or open a modal with the `trigger_id`.
/// Verify the request's signature (`X-Slack-Signature`) on the raw body before trusting it.
///
/// Fields Slack always sends are `String`s (empty when absent); fields it does not model are
/// kept in `extra`, as strings.
///
/// ```
/// use blockkit::interaction::SlashCommand;
///
/// let body = "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example\
///             &channel_id=C2147483705&channel_name=test&user_id=U2147483697&user_name=Steve\
///             &command=%2Fweather&text=94070+tomorrow&api_app_id=A123456\
///             &is_enterprise_install=false\
///             &response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678\
///             &trigger_id=13345224609.738474920.8088930838d88f008e0";
/// let command = SlashCommand::from_form(body.as_bytes())?;
/// assert_eq!(command.command, "/weather");
/// assert_eq!(command.text, "94070 tomorrow");
/// assert_eq!(command.arguments().collect::<Vec<_>>(), ["94070", "tomorrow"]);
/// assert_eq!(command.is_enterprise_install, Some(false));
/// assert_eq!(SlashCommand::from_form(command.to_form().as_bytes())?, command);
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SlashCommand {
    /// The deprecated verification token: verify the request's signature instead.
    #[serde(default)]
    pub token: String,
    /// The workspace.
    #[serde(default)]
    pub team_id: String,
    /// The workspace's subdomain.
    #[serde(default)]
    pub team_domain: String,
    /// The Enterprise Grid organization, for workspaces in one.
    pub enterprise_id: Option<String>,
    /// The organization's name.
    pub enterprise_name: Option<String>,
    /// The conversation the command was run in.
    #[serde(default)]
    pub channel_id: String,
    /// The conversation's name (`directmessage`, `privategroup` for some).
    #[serde(default)]
    pub channel_name: String,
    /// The user who ran the command.
    #[serde(default)]
    pub user_id: String,
    /// The user's handle (deprecated by Slack: use `user_id`).
    #[serde(default)]
    pub user_name: String,
    /// The command, with its slash (`/weather`).
    pub command: String,
    /// What follows the command, as typed (empty when nothing does).
    #[serde(default)]
    pub text: String,
    /// Your app's ID.
    #[serde(default)]
    pub api_app_id: String,
    /// Whether the app is installed org-wide (sent as `"true"`/`"false"`).
    #[serde(default, with = "bool_string")]
    pub is_enterprise_install: Option<bool>,
    /// Where to post replies (30 minutes, at most 5 posts).
    #[serde(default)]
    pub response_url: String,
    /// Opens a modal, for 3 seconds.
    #[serde(default)]
    pub trigger_id: String,
    /// Fields this version does not model, kept as parsed (as strings).
    #[serde(flatten)]
    pub extra: Extra,
}

impl SlashCommand {
    /// Reads the body of the POST (`application/x-www-form-urlencoded`). A field that appears
    /// twice keeps its last value. Only `command` is required.
    ///
    /// # Errors
    ///
    /// A [`ParseError`] when `command` is missing or `is_enterprise_install` is neither `true`
    /// nor `false`.
    pub fn from_form(body: &[u8]) -> Result<Self, ParseError> {
        let fields = form_urlencoded::parse(body)
            .map(|(key, value)| (key.into_owned(), Value::String(value.into_owned())))
            .collect();
        crate::from_value(Value::Object(fields))
    }

    /// The command as a form body again, as Slack would send it.
    pub fn to_form(&self) -> String {
        let mut form = form_urlencoded::Serializer::new(String::new());
        if let Ok(Value::Object(fields)) = serde_json::to_value(self) {
            for (key, value) in &fields {
                match value {
                    Value::Null => {}
                    Value::String(text) => {
                        form.append_pair(key, text);
                    }
                    other => {
                        form.append_pair(key, &other.to_string());
                    }
                }
            }
        }
        form.finish()
    }

    /// The words of `text`, split on whitespace.
    pub fn arguments(&self) -> std::str::SplitWhitespace<'_> {
        self.text.split_whitespace()
    }
}

/// A bool sent as the string `"true"` or `"false"`.
mod bool_string {
    use super::{Deserialize, Deserializer, Serializer};

    #[allow(
        clippy::trivially_copy_pass_by_ref,
        clippy::ref_option,
        reason = "serde's `with` passes the field by reference"
    )]
    pub(super) fn serialize<S: Serializer>(
        value: &Option<bool>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(true) => serializer.serialize_str("true"),
            Some(false) => serializer.serialize_str("false"),
            None => serializer.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<bool>, D::Error> {
        match String::deserialize(deserializer)?.as_str() {
            "true" => Ok(Some(true)),
            "false" => Ok(Some(false)),
            other => Err(serde::de::Error::custom(format!(
                "expected `true` or `false`, found `{other}`"
            ))),
        }
    }
}
