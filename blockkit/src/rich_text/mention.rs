//! Rich-text mentions (spec §6.2): user, usergroup, channel, team, broadcast and canvas.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::RichTextStyle;
use crate::serde_util::Extra;
use crate::{Str, tag};

/// Declares a mention: a struct with one required ID field and an optional style.
macro_rules! mention {
    (
        $(#[$meta:meta])*
        $name:ident, $tag:ident, $field:ident: $field_doc:literal, $style_doc:literal
    ) => {
        $(#[$meta])*
        #[serde_with::skip_serializing_none]
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[non_exhaustive]
        pub struct $name {
            #[serde(rename = "type")]
            kind: tag::$tag,
            #[doc = $field_doc]
            pub $field: Str,
            #[doc = $style_doc]
            pub style: Option<RichTextStyle>,
            /// Fields this version does not model, kept as parsed.
            #[serde(flatten)]
            pub extra: Extra,
        }

        impl $name {
            #[doc = concat!("A mention of `", stringify!($field), "`.")]
            pub fn new($field: impl Into<Str>) -> Self {
                Self {
                    kind: tag::$tag,
                    $field: $field.into(),
                    style: None,
                    extra: Extra::new(),
                }
            }
        }

        setters!($name {
            #[doc = $style_doc]
            style: RichTextStyle,
        });
    };
}

mention!(
    /// A user mention (`"type": "user"`): shows `@name` and notifies the user.
    ///
    /// ```
    /// use blockkit::{RichTextStyle, UserMention};
    ///
    /// let user = UserMention::new("U0123456789").style(RichTextStyle::new().unlink(true));
    /// assert_eq!(
    ///     serde_json::to_string(&user).unwrap(),
    ///     r#"{"type":"user","user_id":"U0123456789","style":{"unlink":true}}"#
    /// );
    /// ```
    UserMention, User, user_id: "The user's ID (`U0123456789`).",
    "Bold, italic, strike, underline, highlight, `client_highlight`, unlink."
);

mention!(
    /// A user group mention (`"type": "usergroup"`): notifies the group's members.
    ///
    /// ```
    /// use blockkit::UsergroupMention;
    ///
    /// let group = UsergroupMention::new("S0123456789");
    /// assert_eq!(
    ///     serde_json::to_string(&group).unwrap(),
    ///     r#"{"type":"usergroup","usergroup_id":"S0123456789"}"#
    /// );
    /// ```
    UsergroupMention, Usergroup, usergroup_id: "The user group's ID (`S0123456789`).",
    "Bold, italic, strike, underline, highlight, `client_highlight`, unlink."
);

mention!(
    /// A channel mention (`"type": "channel"`): shows `#name` as a link to the channel.
    ///
    /// ```
    /// use blockkit::ChannelMention;
    ///
    /// let channel = ChannelMention::new("C0123456789");
    /// assert_eq!(
    ///     serde_json::to_string(&channel).unwrap(),
    ///     r#"{"type":"channel","channel_id":"C0123456789"}"#
    /// );
    /// ```
    ChannelMention, Channel, channel_id: "The channel's ID (`C0123456789`).",
    "Bold, italic, strike, underline, highlight, `client_highlight`, unlink."
);

mention!(
    /// A workspace mention (`"type": "team"`).
    ///
    /// ```
    /// use blockkit::TeamMention;
    ///
    /// let team = TeamMention::new("T0123456789");
    /// assert_eq!(
    ///     serde_json::to_string(&team).unwrap(),
    ///     r#"{"type":"team","team_id":"T0123456789"}"#
    /// );
    /// ```
    TeamMention, Team, team_id: "The workspace's ID (`T0123456789`).",
    "Bold, italic, strike, underline, highlight, `client_highlight`."
);

/// A broadcast mention (`"type": "broadcast"`): `@here`, `@channel` or `@everyone`, which
/// notifies many people.
///
/// ```
/// use blockkit::{BroadcastMention, BroadcastRange};
///
/// let here = BroadcastMention::new(BroadcastRange::Here);
/// assert_eq!(
///     serde_json::to_string(&here).unwrap(),
///     r#"{"type":"broadcast","range":"here"}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct BroadcastMention {
    #[serde(rename = "type")]
    kind: tag::Broadcast,
    /// Who is notified.
    pub range: BroadcastRange,
    /// Bold, italic, strike, underline, highlight, `client_highlight`.
    pub style: Option<RichTextStyle>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl BroadcastMention {
    /// A broadcast to `range`.
    pub fn new(range: BroadcastRange) -> Self {
        Self {
            kind: tag::Broadcast,
            range,
            style: None,
            extra: Extra::new(),
        }
    }
}

setters!(BroadcastMention {
    /// Bold, italic, strike, underline, highlight, `client_highlight`.
    style: RichTextStyle,
});

string_enum! {
    /// Who a [`BroadcastMention`] notifies.
    BroadcastRange {
        /// `@here`: the channel's active members.
        Here = "here",
        /// `@channel`: every member of the channel.
        Channel = "channel",
        /// `@everyone`: everyone in the workspace.
        Everyone = "everyone",
    }
}

/// A canvas mention (`"type": "canvas"`). Read-side: only the Java SDK describes it, so expect
/// it in what Slack sends rather than build it.
///
/// ```
/// use blockkit::CanvasMention;
///
/// let canvas = CanvasMention::new("F0123456789");
/// assert_eq!(
///     serde_json::to_string(&canvas).unwrap(),
///     r#"{"type":"canvas","file_id":"F0123456789"}"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct CanvasMention {
    #[serde(rename = "type")]
    kind: tag::Canvas,
    /// The canvas's file ID (`F0123456789`).
    pub file_id: Str,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl CanvasMention {
    /// A mention of the canvas with this file ID.
    pub fn new(file_id: impl Into<Str>) -> Self {
        Self {
            kind: tag::Canvas,
            file_id: file_id.into(),
            extra: Extra::new(),
        }
    }
}
