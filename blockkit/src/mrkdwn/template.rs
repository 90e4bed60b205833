//! The [`mrkdwn!`](crate::mrkdwn!) macro: a template written in the source, filled with escaped
//! arguments.

use std::borrow::Cow;
use std::fmt;

use super::Markup;

/// Builds [`Markup`] from a template written in the source and positional arguments, each
/// escaped.
///
/// The template is markup, used as is (it is a literal: you wrote it). Each `{}` is replaced by
/// the next argument: a string (`&str`, `String`, `Cow<str>`, `char`) is escaped, a [`Markup`]
/// (from a helper such as [`bold`](crate::mrkdwn::bold) or [`user`](crate::mrkdwn::user)) is kept,
/// a number or `bool` is written as it is. Arguments are taken by reference. `{{` and `}}` write
/// `{` and `}`.
///
/// Only `{}` placeholders are accepted: a named or inline one (`{name}`), an index (`{0}`) or a
/// format spec (`{:?}`) is a compile error, because `format!` would fill an inline `{name}`
/// straight from the variable, unescaped.
///
/// ```
/// use blockkit::mrkdwn;
/// use blockkit::mrkdwn::{emoji, user};
///
/// let service = "billing <!channel>"; // from a request
/// let markup = mrkdwn!("{} *{}* deployed {} times by {}", emoji("rocket"), service, 3, user("U0123"));
/// assert_eq!(
///     markup.as_str(),
///     ":rocket: *billing &lt;!channel&gt;* deployed 3 times by <@U0123>"
/// );
/// ```
///
/// ```compile_fail
/// let service = "billing";
/// let markup = blockkit::mrkdwn!("*{service}* deployed"); // inline captures are refused
/// ```
#[macro_export]
macro_rules! mrkdwn {
    ($template:literal $(, $arg:expr)* $(,)?) => {{
        const _: () = ::std::assert!(
            $crate::mrkdwn::__is_positional_template($template),
            "mrkdwn!: use `{{}}` placeholders only (no `{{name}}`, `{{0}}` or `{{:?}}`): every argument is escaped"
        );
        $crate::mrkdwn::Markup::__from_template(::std::format_args!(
            $template
            $(, $crate::mrkdwn::__TemplateArg(&$arg))*
        ))
    }};
}

/// Whether `template` has only `{}` placeholders (and `{{`, `}}` escapes). Checked at compile time
/// by [`mrkdwn!`](crate::mrkdwn!).
#[doc(hidden)]
pub const fn is_positional_template(template: &str) -> bool {
    let bytes = template.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'{' {
            if index + 1 < bytes.len() && (bytes[index + 1] == b'{' || bytes[index + 1] == b'}') {
                index += 2;
                continue;
            }
            return false;
        }
        index += 1;
    }
    true
}

/// A value [`mrkdwn!`](crate::mrkdwn!) accepts as an argument, and how it is written: strings
/// escaped, [`Markup`] as is, numbers and `bool` as they display.
///
/// Other types are not accepted, so that nothing reaches the markup unescaped by accident: pass
/// `value.to_string()` (escaped) or a [`Markup`].
pub trait MarkupArg {
    /// Writes the value as mrkdwn.
    ///
    /// # Errors
    ///
    /// When the formatter fails.
    fn write_markup(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// Writes `text` with `&`, `<` and `>` escaped.
fn write_escaped(text: &str, out: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut rest = text;
    while let Some(found) = rest.find(['&', '<', '>']) {
        out.write_str(&rest[..found])?;
        out.write_str(match rest.as_bytes()[found] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            _ => "&gt;",
        })?;
        rest = &rest[found + 1..];
    }
    out.write_str(rest)
}

impl MarkupArg for str {
    fn write_markup(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_escaped(self, out)
    }
}

impl MarkupArg for String {
    fn write_markup(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_escaped(self, out)
    }
}

impl MarkupArg for Cow<'_, str> {
    fn write_markup(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_escaped(self, out)
    }
}

impl MarkupArg for char {
    fn write_markup(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_escaped(self.encode_utf8(&mut [0; 4]), out)
    }
}

impl MarkupArg for Markup {
    fn write_markup(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        out.write_str(self.as_str())
    }
}

impl<T: MarkupArg + ?Sized> MarkupArg for &T {
    fn write_markup(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).write_markup(out)
    }
}

/// Numbers and `bool` display without `&`, `<` or `>`.
macro_rules! display_args {
    ($($ty:ty),+) => {$(
        impl MarkupArg for $ty {
            fn write_markup(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, out)
            }
        }
    )+};
}

display_args!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, f32, f64, bool
);

/// An argument of [`mrkdwn!`](crate::mrkdwn!), displayed through [`MarkupArg`].
#[doc(hidden)]
pub struct TemplateArg<'a, T: ?Sized>(pub &'a T);

impl<T: MarkupArg + ?Sized> fmt::Display for TemplateArg<'_, T> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_markup(out)
    }
}
