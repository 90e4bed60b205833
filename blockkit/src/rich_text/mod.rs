//! Rich text (spec §6): the sub-elements of a [`RichTextBlock`](crate::RichTextBlock), their
//! inline elements, and the style object.
//!
//! ```text
//! rich_text.elements[]                 -> RichTextElement: section, list, preformatted, quote
//!   rich_text_section.elements[]       -> InlineElement: text, link, emoji, mentions, color, date
//!   rich_text_list.elements[]          -> rich_text_section, one per item
//!   rich_text_preformatted.elements[]  -> InlineElement (text and link; styles are ignored)
//!   rich_text_quote.elements[]         -> InlineElement
//! ```
//!
//! Sections and quotes have a method per inline element, so a line reads as it renders:
//!
//! ```
//! use blockkit::{RichTextBlock, RichTextList, RichTextSection, RichTextStyle};
//!
//! let block = RichTextBlock::new()
//!     .section(
//!         RichTextSection::new()
//!             .text("Hello ")
//!             .styled_text("world", RichTextStyle::new().bold(true))
//!             .text(", ask ")
//!             .user("U0123456789"),
//!     )
//!     .list(RichTextList::bullet().item("first").item("second"));
//! let json = serde_json::to_value(&block).unwrap();
//! assert_eq!(json["elements"][0]["elements"][1]["style"]["bold"], true);
//! assert_eq!(json["elements"][1]["elements"][1]["elements"][0]["text"], "second");
//! ```
//!
//! Nested lists are not nested in JSON: they are consecutive lists with increasing `indent`.

/// Generates the chained methods that append inline elements to a rich-text sub-element's
/// `elements`. `all` adds one method per inline element; `code` only the ones Slack renders in
/// preformatted text (`text` and `link`).
macro_rules! inline_methods {
    (code $ty:ty) => {
        impl $ty {
            /// Appends any inline element.
            #[must_use = "a setter returns the updated value"]
            pub fn element(mut self, element: impl Into<$crate::InlineElement>) -> Self {
                self.elements.push(element.into());
                self
            }

            /// Appends every inline element of `elements`.
            #[must_use = "a setter returns the updated value"]
            pub fn elements(
                mut self,
                elements: impl IntoIterator<Item = impl Into<$crate::InlineElement>>,
            ) -> Self {
                self.elements.extend(elements.into_iter().map(Into::into));
                self
            }

            /// Appends a run of unstyled text (`"type": "text"`).
            #[must_use = "a setter returns the updated value"]
            pub fn text(self, text: impl Into<crate::Str>) -> Self {
                self.element($crate::InlineText::new(text))
            }

            /// Appends a link to `url` labelled `text`. For a link labelled with its URL, append
            /// [`Link::new(url)`]($crate::Link::new) with `element`.
            #[must_use = "a setter returns the updated value"]
            pub fn link(self, url: impl Into<crate::Str>, text: impl Into<crate::Str>) -> Self {
                self.element($crate::Link::new(url).text(text))
            }
        }
    };
    (all $ty:ty) => {
        inline_methods!(code $ty);

        impl $ty {
            /// Appends a run of styled text.
            #[must_use = "a setter returns the updated value"]
            pub fn styled_text(
                self,
                text: impl Into<crate::Str>,
                style: $crate::RichTextStyle,
            ) -> Self {
                self.element($crate::InlineText::new(text).style(style))
            }

            /// Appends an emoji by name, without colons (`"wave"`).
            #[must_use = "a setter returns the updated value"]
            pub fn emoji(self, name: impl Into<crate::Str>) -> Self {
                self.element($crate::Emoji::new(name))
            }

            /// Appends a user mention (`U0123456789`).
            #[must_use = "a setter returns the updated value"]
            pub fn user(self, user_id: impl Into<crate::Str>) -> Self {
                self.element($crate::UserMention::new(user_id))
            }

            /// Appends a user group mention (`S0123456789`).
            #[must_use = "a setter returns the updated value"]
            pub fn usergroup(self, usergroup_id: impl Into<crate::Str>) -> Self {
                self.element($crate::UsergroupMention::new(usergroup_id))
            }

            /// Appends a channel mention (`C0123456789`).
            #[must_use = "a setter returns the updated value"]
            pub fn channel(self, channel_id: impl Into<crate::Str>) -> Self {
                self.element($crate::ChannelMention::new(channel_id))
            }

            /// Appends a workspace mention (`T0123456789`).
            #[must_use = "a setter returns the updated value"]
            pub fn team(self, team_id: impl Into<crate::Str>) -> Self {
                self.element($crate::TeamMention::new(team_id))
            }

            /// Appends `@here`, `@channel` or `@everyone`.
            #[must_use = "a setter returns the updated value"]
            pub fn broadcast(self, range: $crate::BroadcastRange) -> Self {
                self.element($crate::BroadcastMention::new(range))
            }

            /// Appends a hex colour with its swatch (`"#FF5733"`).
            #[must_use = "a setter returns the updated value"]
            pub fn color(self, value: impl Into<crate::Str>) -> Self {
                self.element($crate::Color::new(value))
            }

            /// Appends a date: UNIX seconds shown with a template (see [`Date`]($crate::Date)).
            #[must_use = "a setter returns the updated value"]
            pub fn date(self, timestamp: i64, format: impl Into<crate::Str>) -> Self {
                self.element($crate::Date::new(timestamp, format))
            }
        }
    };
}

mod elements;
mod inline;
mod mention;
mod style;

pub use elements::{
    ListStyle, RichTextElement, RichTextList, RichTextPreformatted, RichTextQuote, RichTextSection,
};
pub use inline::{Color, Date, Emoji, InlineElement, InlineText, Link};
pub use mention::{
    BroadcastMention, BroadcastRange, CanvasMention, ChannelMention, TeamMention, UserMention,
    UsergroupMention,
};
pub use style::RichTextStyle;
