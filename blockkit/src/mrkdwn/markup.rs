//! [`Markup`]: mrkdwn in which every string from a variable was escaped.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::ops::{Add, AddAssign};

use crate::text::{MrkdwnText, Text, escape};

/// A piece of Slack mrkdwn that is safe to send: text from variables in it was escaped, and its
/// `<…>` tokens (links, mentions, dates) were written by the helpers of [`mrkdwn`](mod@crate::mrkdwn).
///
/// * A string converts into it **escaped**: `Markup::from("<!here>")` is `&lt;!here&gt;`, which
///   Slack shows as typed. So does [`Markup::text`].
/// * [`Markup::literal`] takes markup written in the source (`&'static str`), as is.
/// * [`Markup::raw`] takes markup built at run time, as is: the one explicit opt-in.
///
/// It displays as its markup, and converts into [`MrkdwnText`] and [`Text`] for any field that
/// takes mrkdwn.
///
/// ```
/// use blockkit::mrkdwn::{bold, Markup};
/// use blockkit::{MrkdwnText, Text};
///
/// let order = "#42 <fragile>";
/// let markup = Markup::literal("*Order* ") + order + " " + bold("shipped");
/// assert_eq!(markup.to_string(), "*Order* #42 &lt;fragile&gt; *shipped*");
///
/// let text: Text = markup.clone().into();
/// assert!(text.is_mrkdwn());
/// assert_eq!(MrkdwnText::from(markup).text, "*Order* #42 &lt;fragile&gt; *shipped*");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Markup(String);

impl Markup {
    /// Empty markup, to [`push`](Markup::push) onto.
    pub fn new() -> Self {
        Self(String::new())
    }

    /// Text shown as typed: `&`, `<` and `>` are escaped. The same as `Markup::from(text)`.
    pub fn text(text: impl AsRef<str>) -> Self {
        Self(escape(text.as_ref()).into_owned())
    }

    /// Markup written in the source code, used as is (like [`MrkdwnText::new`]).
    pub fn literal(markup: &'static str) -> Self {
        Self(markup.to_owned())
    }

    /// Markup built at run time, used **unescaped**: whatever is in it (`<!channel>`,
    /// `<https://evil.example|your bank>`) Slack renders. Use it only for markup you made;
    /// everything else goes through [`Markup::text`] or the helpers.
    pub fn raw(markup: impl Into<String>) -> Self {
        Self(markup.into())
    }

    /// The markup, as Slack will read it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The markup, as Slack will read it.
    pub fn into_string(self) -> String {
        self.0
    }

    /// Whether there is no markup at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The length of the markup in bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Appends `part`: a string (escaped) or [`Markup`] (as is).
    ///
    /// ```
    /// use blockkit::mrkdwn::{emoji, Markup};
    ///
    /// let markup = Markup::new().push(emoji("tada")).push(" 1 < 2");
    /// assert_eq!(markup.as_str(), ":tada: 1 &lt; 2");
    /// ```
    #[must_use = "`push` returns the extended markup"]
    pub fn push(mut self, part: impl Into<Markup>) -> Self {
        self.append(part);
        self
    }

    /// Appends a line break, then `line`: a string (escaped) or [`Markup`] (as is).
    ///
    /// ```
    /// use blockkit::mrkdwn::{bold, Markup};
    ///
    /// let markup = Markup::from(bold("Status")).line("all good");
    /// assert_eq!(markup.as_str(), "*Status*\nall good");
    /// ```
    #[must_use = "`line` returns the extended markup"]
    pub fn line(mut self, line: impl Into<Markup>) -> Self {
        self.0.push('\n');
        self.append(line);
        self
    }

    /// Appends `part` in place: a string (escaped) or [`Markup`] (as is).
    pub fn append(&mut self, part: impl Into<Markup>) {
        let part = part.into();
        if self.0.is_empty() {
            self.0 = part.0;
        } else {
            self.0.push_str(&part.0);
        }
    }

    /// The parts, each escaped if it is a string, with `separator` between them.
    ///
    /// ```
    /// use blockkit::mrkdwn::{user, Markup};
    ///
    /// let users = Markup::join(["U1", "U2", "U3"].map(user), ", ");
    /// assert_eq!(users.as_str(), "<@U1>, <@U2>, <@U3>");
    /// ```
    pub fn join(
        parts: impl IntoIterator<Item = impl Into<Markup>>,
        separator: impl Into<Markup>,
    ) -> Self {
        let separator = separator.into();
        let mut out = Self::new();
        for (index, part) in parts.into_iter().enumerate() {
            if index > 0 {
                out.0.push_str(&separator.0);
            }
            out.append(part);
        }
        out
    }

    /// A `mrkdwn` text object holding this markup.
    pub fn to_mrkdwn(&self) -> MrkdwnText {
        MrkdwnText::raw(self.0.clone())
    }

    /// Appends markup this module wrote.
    pub(super) fn push_raw(&mut self, markup: &str) {
        self.0.push_str(markup);
    }

    /// Appends one character this module chose.
    pub(super) fn push_char(&mut self, c: char) {
        self.0.push(c);
    }

    /// Appends `text`, escaped.
    pub(super) fn push_escaped(&mut self, text: &str) {
        self.0.push_str(&escape(text));
    }

    /// Markup of `capacity` bytes to fill.
    pub(super) fn with_capacity(capacity: usize) -> Self {
        Self(String::with_capacity(capacity))
    }

    /// Writes `args` as markup: the `mrkdwn!` macro's template, whose arguments escape
    /// themselves.
    #[doc(hidden)]
    pub fn __from_template(args: fmt::Arguments<'_>) -> Self {
        let mut out = String::new();
        // Writing into a `String` cannot fail, and the arguments' `Display` never fails.
        let _ = out.write_fmt(args);
        Self(out)
    }
}

impl fmt::Display for Markup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Markup {
    /// Escapes `text`.
    fn from(text: &str) -> Self {
        Self::text(text)
    }
}

impl From<&String> for Markup {
    /// Escapes `text`.
    fn from(text: &String) -> Self {
        Self::text(text)
    }
}

impl From<String> for Markup {
    /// Escapes `text`, reusing its buffer when there is nothing to escape.
    fn from(text: String) -> Self {
        match escape(&text) {
            Cow::Borrowed(_) => Self(text),
            Cow::Owned(escaped) => Self(escaped),
        }
    }
}

impl From<Cow<'_, str>> for Markup {
    /// Escapes `text`.
    fn from(text: Cow<'_, str>) -> Self {
        Self::text(text)
    }
}

impl From<char> for Markup {
    /// Escapes `c`.
    fn from(c: char) -> Self {
        Self::text(c.encode_utf8(&mut [0; 4]))
    }
}

impl From<&Markup> for Markup {
    fn from(markup: &Markup) -> Self {
        markup.clone()
    }
}

impl From<Markup> for MrkdwnText {
    fn from(markup: Markup) -> Self {
        MrkdwnText::raw(markup.0)
    }
}

impl From<Markup> for Text {
    fn from(markup: Markup) -> Self {
        Text::Mrkdwn(markup.into())
    }
}

impl From<Markup> for String {
    fn from(markup: Markup) -> Self {
        markup.0
    }
}

impl<T: Into<Markup>> Add<T> for Markup {
    type Output = Markup;

    /// Appends `part`: a string (escaped) or [`Markup`] (as is).
    fn add(self, part: T) -> Markup {
        self.push(part)
    }
}

impl<T: Into<Markup>> AddAssign<T> for Markup {
    /// Appends `part`: a string (escaped) or [`Markup`] (as is).
    fn add_assign(&mut self, part: T) {
        self.append(part);
    }
}

impl<T: Into<Markup>> Extend<T> for Markup {
    fn extend<I: IntoIterator<Item = T>>(&mut self, parts: I) {
        for part in parts {
            self.append(part);
        }
    }
}

impl<T: Into<Markup>> FromIterator<T> for Markup {
    fn from_iter<I: IntoIterator<Item = T>>(parts: I) -> Self {
        let mut out = Self::new();
        out.extend(parts);
        out
    }
}
