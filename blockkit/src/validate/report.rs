//! What validation reports: [`Violation`]s, their [`Code`] and [`Severity`], the [`Report`] of a
//! whole pass, the [`Invalid`] error, and the [`Validated`] wrapper of a value that passed.

use std::fmt;
use std::ops::Deref;

use serde::{Serialize, Serializer};

/// What kind of rule a [`Violation`] breaks. Modelled on the codes of Slack's `blocks.validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Code {
    /// A string or text is longer than its limit.
    MaxLength,
    /// A string or text is shorter than its minimum (usually: empty).
    MinLength,
    /// An array has more items than its limit.
    MaxItems,
    /// An array has fewer items than its minimum (usually: empty or absent).
    MinItems,
    /// A number is outside its allowed range.
    OutOfRange,
    /// A required field is absent.
    Required,
    /// A block or element is not allowed where it is (in this container, or on this surface).
    NotAllowedHere,
    /// An id that must be unique is used twice.
    Duplicate,
    /// A string does not have the required format (a date, a time, a number).
    InvalidFormat,
    /// A value is not one of the allowed values, or contradicts another field.
    InvalidValue,
    /// A text object of the wrong kind (mrkdwn where only plain_text is allowed).
    InvalidType,
    /// Two fields that exclude each other are both set (or neither of a required pair is).
    Exclusive,
    /// A block, element or object of a type this version of blockkit does not know.
    UnknownType,
}

impl Code {
    /// The code as a stable snake_case string (`max_length`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MaxLength => "max_length",
            Self::MinLength => "min_length",
            Self::MaxItems => "max_items",
            Self::MinItems => "min_items",
            Self::OutOfRange => "out_of_range",
            Self::Required => "required",
            Self::NotAllowedHere => "not_allowed_here",
            Self::Duplicate => "duplicate",
            Self::InvalidFormat => "invalid_format",
            Self::InvalidValue => "invalid_value",
            Self::InvalidType => "invalid_type",
            Self::Exclusive => "exclusive",
            Self::UnknownType => "unknown_type",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Whether a violation stops a payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Slack may still accept it, but something is off (a doubtful limit, an undocumented
    /// placement, an unknown type outside strict mode).
    Warning,
    /// Slack rejects it.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Warning => "warning",
            Self::Error => "error",
        })
    }
}

/// One broken rule: where, what, and the numbers.
///
/// ```
/// use blockkit::{Code, HeaderBlock, Message, Validate};
///
/// let message = Message::new().text("x").block(HeaderBlock::new("h".repeat(151)));
/// let report = message.validate();
/// let violation = &report.violations()[0];
/// assert_eq!(violation.pointer, "/blocks/0/text/text");
/// assert_eq!(violation.code, Code::MaxLength);
/// assert_eq!((violation.limit, violation.actual), (Some(150), Some(151)));
/// assert_eq!(violation.message, "header text is 151 characters; the limit is 150");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Violation {
    /// A JSON pointer into the serialized payload (`/blocks/3/accessory/alt_text`). When the
    /// offending field is absent, it points at the object that lacks it.
    pub pointer: String,
    /// The kind of rule.
    pub code: Code,
    /// A sentence that states the rule, and the limit and actual value where there are numbers.
    pub message: String,
    /// The limit that was crossed, when the rule has a number.
    pub limit: Option<u64>,
    /// The actual count or value, when the rule has a number.
    pub actual: Option<u64>,
    /// Error or warning.
    pub severity: Severity,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, "{pointer}: {}: {}", self.code, self.message)?;
        if self.severity == Severity::Warning {
            f.write_str(" (warning)")?;
        }
        Ok(())
    }
}

/// Everything one validation pass found, errors and warnings, in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Report {
    violations: Vec<Violation>,
}

impl Report {
    pub(crate) fn new(violations: Vec<Violation>) -> Self {
        Self { violations }
    }

    /// Every violation, errors and warnings.
    #[must_use]
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// The violations that are errors.
    pub fn errors(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Error)
    }

    /// The violations that are warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Warning)
    }

    /// Whether there are no errors (warnings allowed).
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }

    /// Whether there is nothing at all to report.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// Takes the violations out.
    #[must_use]
    pub fn into_violations(self) -> Vec<Violation> {
        self.violations
    }

    /// `Ok` with the warnings when there are no errors, else [`Invalid`] with everything.
    ///
    /// # Errors
    ///
    /// [`Invalid`] when at least one violation is an error.
    pub fn into_result(self) -> Result<Vec<Violation>, Invalid> {
        if self.is_valid() {
            Ok(self.violations)
        } else {
            Err(Invalid {
                violations: self.violations,
            })
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, violation) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{violation}")?;
        }
        Ok(())
    }
}

/// The error of a payload that breaks at least one rule. It carries every violation found,
/// warnings included.
///
/// ```
/// use blockkit::{Message, SectionBlock};
///
/// let error = Message::new().text("hi").block(SectionBlock::new()).build().unwrap_err();
/// assert_eq!(error.errors().count(), 1);
/// assert!(error.to_string().contains("/blocks/0: required:"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} Block Kit violation(s):\n{}", self.errors().count(), Report { violations: self.violations.clone() })]
pub struct Invalid {
    violations: Vec<Violation>,
}

impl Invalid {
    /// Every violation, errors and warnings.
    #[must_use]
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// The violations that are errors (at least one).
    pub fn errors(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Error)
    }
}

/// A value that passed validation, with the warnings that were found.
///
/// It serializes exactly as the value does. Make one with `build()` on a surface
/// ([`Message::build`](crate::Message::build), [`Modal::build`](crate::Modal::build),
/// [`HomeTab::build`](crate::HomeTab::build)) or with [`Validated::new`].
#[derive(Debug, Clone, PartialEq)]
pub struct Validated<T> {
    value: T,
    warnings: Vec<Violation>,
}

impl<T: super::Validate> Validated<T> {
    /// Validates `value` with the default options.
    ///
    /// # Errors
    ///
    /// [`Invalid`] with every violation when at least one is an error.
    pub fn new(value: T) -> Result<Self, Invalid> {
        Self::with_options(value, &super::ValidationOptions::default())
    }

    /// Validates `value` with `options`.
    ///
    /// # Errors
    ///
    /// [`Invalid`] with every violation when at least one is an error.
    pub fn with_options(value: T, options: &super::ValidationOptions) -> Result<Self, Invalid> {
        let warnings = value.validate_with(options).into_result()?;
        Ok(Self { value, warnings })
    }
}

impl<T> Validated<T> {
    /// The warnings found when it was validated.
    pub fn warnings(&self) -> &[Violation] {
        &self.warnings
    }

    /// The value, to edit it (validate it again before sending).
    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T> Deref for Validated<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> AsRef<T> for Validated<T> {
    fn as_ref(&self) -> &T {
        &self.value
    }
}

impl<T: Serialize> Serialize for Validated<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}
