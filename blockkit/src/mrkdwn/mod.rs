//! Building Slack `mrkdwn` safely: escaping, formatting helpers and the [`mrkdwn!`](crate::mrkdwn!)
//! macro.
//!
//! Slack reads `&`, `<` and `>` as control characters in mrkdwn: `<@U0123>` mentions someone,
//! `<!channel>` notifies a whole channel, `<https://evil.example|your bank>` shows a link under any
//! label. Text that comes from a variable must therefore be escaped (`&amp;`, `&lt;`, `&gt;`)
//! before it goes into mrkdwn, and the safe way should be the easy way. Here it is:
//!
//! * [`Markup`] is a piece of mrkdwn whose every `<…>` token was written by a helper of this
//!   module. A string converts into it **escaped** (`Markup::from(user_input)`), so every helper
//!   that takes `impl Into<Markup>` escapes the strings it is given and keeps the [`Markup`] it is
//!   given, which makes helpers compose: `bold(link(url, name))`.
//! * The helpers — [`bold`], [`italic`], [`strike`], [`code`], [`code_block`], [`quote`](quote()),
//!   [`link`], [`user`], [`channel`], [`usergroup`], [`at_here`], [`at_channel`],
//!   [`at_everyone`], [`date`], [`emoji`] — write Slack's syntax around it.
//! * [`mrkdwn!`](crate::mrkdwn!) fills a template written in the source with escaped arguments.
//! * A [`Markup`] becomes a text object with `.into()`: it converts into
//!   [`MrkdwnText`](crate::MrkdwnText) and [`Text`](crate::Text).
//! * The one way to put markup built at run time in, unescaped, is [`Markup::raw`] (like
//!   [`MrkdwnText::raw`](crate::MrkdwnText::raw) for whole text objects): grep for `raw` to find
//!   every place where text is trusted.
//!
//! ```
//! use blockkit::mrkdwn::{bold, link, user, Markup};
//! use blockkit::SectionBlock;
//!
//! let name = "<!channel> & friends"; // typed by a user
//! let markup = Markup::from("Hello ")
//!     .push(bold(name))
//!     .push(", from ")
//!     .push(user("U0123ABC"))
//!     .push(" — ")
//!     .push(link("https://example.com/a?b=1&c=2", "the docs"));
//! assert_eq!(
//!     markup.as_str(),
//!     "Hello *&lt;!channel&gt; &amp; friends*, from <@U0123ABC> — \
//!      <https://example.com/a?b=1&amp;c=2|the docs>"
//! );
//! let section = SectionBlock::new().text(markup);
//! assert_eq!(serde_json::to_value(&section)?["text"]["type"], "mrkdwn");
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! `plain_text` is never escaped: it shows exactly what it holds, so a
//! [`PlainText`](crate::PlainText) takes the string as it is.
//!
//! # What escaping does not cover
//!
//! Slack has no escape for the emphasis characters `*`, `_`, `~` and `` ` ``: in escaped text they
//! stay formatting characters (`a *b* c` shows `b` in bold). They cannot mention, link or notify
//! anyone. A line of escaped text that starts with `>` (escaped as `&gt;`) may still be shown as a
//! quote by Slack.
//!
//! Every function of this module runs in time linear in its input, with no regular expressions.

mod format;
mod markup;
mod template;
mod tokens;

#[cfg(feature = "commonmark")]
mod commonmark;

pub use format::{bold, bullets, code, code_block, italic, quote, strike, text};
pub use markup::Markup;
pub use template::MarkupArg;
pub use tokens::{
    at_channel, at_everyone, at_here, bare_link, channel, date, date_with_link, emoji, link, user,
    usergroup,
};

#[doc(hidden)]
pub use template::{
    TemplateArg as __TemplateArg, is_positional_template as __is_positional_template,
};

#[cfg(feature = "commonmark")]
#[cfg_attr(docsrs, doc(cfg(feature = "commonmark")))]
pub use commonmark::from_commonmark;

pub use crate::text::escape;
