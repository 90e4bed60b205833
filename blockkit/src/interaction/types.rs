//! Small typed values read from submissions: IDs, dates, times, numbers and files.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::serde_util::Extra;

/// Why a value Slack sent could not be read as the type asked for.
///
/// ```
/// use blockkit::interaction::Date;
///
/// let error = "2024-13-01".parse::<Date>().unwrap_err();
/// assert_eq!(error.to_string(), "`2024-13-01` is not a date (YYYY-MM-DD)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not {expected}")]
#[non_exhaustive]
pub struct ValueError {
    /// The value as Slack sent it.
    pub value: String,
    /// What it should have been ("an integer", "a date (YYYY-MM-DD)", ...).
    pub expected: &'static str,
}

impl ValueError {
    /// The error for `value`, which should have been `expected` ("a date (YYYY-MM-DD)").
    pub fn new(value: impl Into<String>, expected: &'static str) -> Self {
        Self {
            value: value.into(),
            expected,
        }
    }
}

/// Parses the string of a `number_input` into a JSON number: an integer when it is one, else a
/// finite decimal.
pub(crate) fn parse_number(text: &str) -> Result<serde_json::Number, ValueError> {
    let trimmed = text.trim();
    if let Ok(integer) = trimmed.parse::<i64>() {
        return Ok(integer.into());
    }
    if let Ok(integer) = trimmed.parse::<u64>() {
        return Ok(integer.into());
    }
    trimmed
        .parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
        .ok_or_else(|| ValueError::new(text, "a number"))
}

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The ID as a string.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

id_type! {
    /// A user ID (`U…`, `W…`), as chosen in a `users_select` or `multi_users_select`.
    ///
    /// ```
    /// use blockkit::interaction::UserId;
    ///
    /// let user = UserId::from("U0123456789");
    /// assert_eq!(user, "U0123456789");
    /// assert_eq!(format!("<@{user}>"), "<@U0123456789>");
    /// ```
    UserId
}

id_type! {
    /// A conversation ID (`C…`, `D…`, `G…`), as chosen in a conversations or channels select.
    ///
    /// ```
    /// use blockkit::interaction::ConversationId;
    ///
    /// let channel = ConversationId::from("C0123456789");
    /// assert_eq!(channel.as_str(), "C0123456789");
    /// ```
    ConversationId
}

/// A calendar date, as a `datepicker` sends it (`YYYY-MM-DD`).
///
/// ```
/// use blockkit::interaction::Date;
///
/// let date: Date = "2024-02-29".parse()?;
/// assert_eq!((date.year, date.month, date.day), (2024, 2, 29));
/// assert_eq!(date.to_string(), "2024-02-29");
/// # Ok::<(), blockkit::interaction::ValueError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct Date {
    /// The year, 0 to 9999.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31 (not checked against the month's length).
    pub day: u8,
}

impl Date {
    /// A date; `None` when the month is not 1 to 12, the day not 1 to 31 or the year above 9999.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        ((1..=12).contains(&month) && (1..=31).contains(&day) && year <= 9999).then_some(Self {
            year,
            month,
            day,
        })
    }
}

/// Parses `digits` fixed-width ASCII digits.
fn digits<T: FromStr>(text: &str, width: usize) -> Option<T> {
    (text.len() == width && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

impl FromStr for Date {
    type Err = ValueError;

    fn from_str(text: &str) -> Result<Self, ValueError> {
        let mut parts = text.split('-');
        let parsed = match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(year), Some(month), Some(day), None) => {
                match (digits(year, 4), digits(month, 2), digits(day, 2)) {
                    (Some(year), Some(month), Some(day)) => Self::new(year, month, day),
                    _ => None,
                }
            }
            _ => None,
        };
        parsed.ok_or_else(|| ValueError::new(text, "a date (YYYY-MM-DD)"))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A time of day, as a `timepicker` sends it (`HH:mm`, 24-hour). The time zone, when the
/// element has one, is the [`TimePickerValue::timezone`](super::TimePickerValue::timezone).
///
/// ```
/// use blockkit::interaction::Time;
///
/// let time: Time = "09:30".parse()?;
/// assert_eq!((time.hour, time.minute), (9, 30));
/// assert_eq!(time.to_string(), "09:30");
/// assert!("24:00".parse::<Time>().is_err());
/// # Ok::<(), blockkit::interaction::ValueError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct Time {
    /// The hour, 0 to 23.
    pub hour: u8,
    /// The minute, 0 to 59.
    pub minute: u8,
}

impl Time {
    /// A time; `None` when the hour is above 23 or the minute above 59.
    pub fn new(hour: u8, minute: u8) -> Option<Self> {
        (hour < 24 && minute < 60).then_some(Self { hour, minute })
    }
}

impl FromStr for Time {
    type Err = ValueError;

    fn from_str(text: &str) -> Result<Self, ValueError> {
        text.split_once(':')
            .and_then(|(hour, minute)| Self::new(digits(hour, 2)?, digits(minute, 2)?))
            .ok_or_else(|| ValueError::new(text, "a time (HH:mm)"))
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// A moment, as a `datetimepicker` sends it: UNIX time in seconds.
///
/// ```
/// use blockkit::interaction::DateTime;
///
/// let moment = DateTime(1_628_633_820);
/// assert_eq!(moment.timestamp(), 1_628_633_820);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DateTime(pub i64);

impl DateTime {
    /// The UNIX time, in seconds.
    pub fn timestamp(self) -> i64 {
        self.0
    }
}

/// A file uploaded with a `file_input` (an item of its `files`).
///
/// Slack sends the file object: its `id` always, its details (`name`, `mimetype`,
/// `url_private`, ...) with the `files:read` scope. Fields not modelled here are in `extra`.
///
/// ```
/// use blockkit::interaction::UploadedFile;
///
/// let file: UploadedFile = blockkit::from_str(
///     r#"{"id": "F0123456789", "name": "report.pdf", "mimetype": "application/pdf", "size": 52311}"#,
/// )?;
/// assert_eq!(file.id, "F0123456789");
/// assert_eq!(file.size, Some(52311));
/// # Ok::<(), blockkit::ParseError>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct UploadedFile {
    /// The file ID (`F…`).
    pub id: String,
    /// The file name.
    pub name: Option<String>,
    /// The file's title.
    pub title: Option<String>,
    /// The MIME type.
    pub mimetype: Option<String>,
    /// Slack's file type (`pdf`, `png`, ...).
    pub filetype: Option<String>,
    /// The size in bytes.
    pub size: Option<u64>,
    /// The URL to download it with a token.
    pub url_private: Option<String>,
    /// The URL to the file's page in Slack.
    pub permalink: Option<String>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}
