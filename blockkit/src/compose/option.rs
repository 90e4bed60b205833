//! The option and option group objects (spec §3.4, §3.5).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;
use crate::{PlainText, Str, Text};

/// One choice of a select menu, an overflow menu, checkboxes or radio buttons.
///
/// The text is plain_text in menus; checkboxes and radio buttons also take mrkdwn (build those
/// with [`OptionObject::with_text`]).
///
/// ```
/// use blockkit::{OptionObject, Text};
///
/// let option = OptionObject::new("Production", "prod").description("Careful");
/// assert_eq!(
///     serde_json::to_string(&option).unwrap(),
///     r#"{"text":{"type":"plain_text","text":"Production"},"value":"prod","description":{"type":"plain_text","text":"Careful"}}"#
/// );
/// let rich = OptionObject::with_text(Text::mrkdwn("*Staging*"), "staging");
/// assert!(rich.text.is_mrkdwn());
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct OptionObject {
    /// What the user sees: at most 75 characters.
    pub text: Text,
    /// What your app receives: at most 150 characters, unique within the menu.
    pub value: Str,
    /// A line under the text: at most 75 characters.
    pub description: Option<Text>,
    /// A URL opened when the option is chosen: at most 3000 characters; overflow menus only.
    pub url: Option<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl OptionObject {
    /// An option with plain_text, for any menu.
    pub fn new(text: impl Into<PlainText>, value: impl Into<Str>) -> Self {
        Self::with_text(text.into(), value)
    }

    /// An option with any text object (mrkdwn is allowed in checkboxes and radio buttons only).
    pub fn with_text(text: impl Into<Text>, value: impl Into<Str>) -> Self {
        Self {
            text: text.into(),
            value: value.into(),
            description: None,
            url: None,
            extra: Extra::new(),
        }
    }
}

impl OptionObject {
    /// Sets `description` to any text object: mrkdwn is allowed in checkboxes and radio buttons
    /// only. [`OptionObject::description`] takes plain text.
    #[must_use = "a setter returns the updated value"]
    pub fn description_text(mut self, description: impl Into<Text>) -> Self {
        self.description = Some(description.into());
        self
    }
}

setters!(OptionObject {
    /// A line under the text, as plain_text; see [`OptionObject::description_text`] for mrkdwn.
    description: into PlainText,
    /// A URL opened when the option is chosen; overflow menus only.
    url: into Str,
});

/// A labelled group of options in a static select menu (`option_groups`).
///
/// ```
/// use blockkit::{OptionGroup, OptionObject};
///
/// let group = OptionGroup::new("Europe")
///     .option(OptionObject::new("Paris", "cdg"))
///     .option(OptionObject::new("Berlin", "ber"));
/// assert_eq!(group.options.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct OptionGroup {
    /// The group's label: plain_text, at most 75 characters.
    pub label: Text,
    /// The group's options: at most 100.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionObject>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl OptionGroup {
    /// An empty group; add options with [`OptionGroup::option`].
    pub fn new(label: impl Into<PlainText>) -> Self {
        Self {
            label: label.into().into(),
            options: Vec::new(),
            extra: Extra::new(),
        }
    }
}

setters!(OptionGroup {
    /// An option of the group.
    options: vec option OptionObject,
});
