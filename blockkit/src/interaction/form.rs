//! Ids declared once: [`Field`] names a `block_id`/`action_id` pair and the Rust type its value
//! reads as; the builders take it to build the element, the reader takes it to read the
//! submission. [`form!`](crate::form!) declares a struct of fields.

use std::fmt;
use std::marker::PhantomData;

use super::readers::set_action_id;
use super::{BlockAction, FromStateValue, InputFor, ReadError, StateValue, ValueError, ViewState};
use crate::{InputBlock, InputElement, PlainText};

/// The type of a form field: a [`FromStateValue`] type (a required field), or an `Option` of one
/// (an optional field: `None` when the element is empty or absent from the state).
///
/// It is implemented for every [`FromStateValue`] type and every `Option` of one; implement
/// [`FromStateValue`] for your own types.
pub trait FieldType: Sized {
    /// The element types read, for error messages.
    const EXPECTED: &'static str;
    /// Whether the field may be empty: the input block is built with `optional: true`.
    const OPTIONAL: bool;

    /// Reads the field from the element's value (`None`: the state has no such element).
    ///
    /// # Errors
    ///
    /// [`ReadError::Missing`] when a required field has no element, [`ReadError::Empty`] when
    /// it is empty, [`ReadError::WrongType`] or [`ReadError::Invalid`] when it cannot be read.
    fn from_field(value: Option<&StateValue>) -> Result<Self, ReadError>;
}

impl<T: FromStateValue> FieldType for T {
    const EXPECTED: &'static str = T::EXPECTED;
    const OPTIONAL: bool = false;

    fn from_field(value: Option<&StateValue>) -> Result<Self, ReadError> {
        T::from_state_value(value.ok_or(ReadError::Missing)?)
    }
}

impl<T: FromStateValue> FieldType for Option<T> {
    const EXPECTED: &'static str = T::EXPECTED;
    const OPTIONAL: bool = true;

    fn from_field(value: Option<&StateValue>) -> Result<Self, ReadError> {
        match value.map(T::from_state_value) {
            None | Some(Err(ReadError::Empty)) => Ok(None),
            Some(result) => result.map(Some),
        }
    }
}

/// One field of a form: its `block_id`, its `action_id`, and the Rust type its value reads as.
///
/// Declare it once (as a `const`, or with [`form!`](crate::form!)) and use it both ways:
/// [`Field::input`] builds the input block with these ids, [`Field::read`] reads the value back
/// from a submission. The ids are public `&'static str`s, for the builders and `blocks!`
/// (`block_id={TITLE.block_id}`).
///
/// ```
/// use blockkit::interaction::{Field, ViewState};
/// use blockkit::{NumberInput, PlainTextInput};
/// use serde_json::json;
///
/// const TITLE: Field<String> = Field::new("title", "title_input");
/// const SEATS: Field<Option<u32>> = Field::new("seats", "seats_input");
///
/// let title = TITLE.input("Title", PlainTextInput::new());
/// let seats = SEATS.input("Seats", NumberInput::new(false));
/// assert_eq!(
///     serde_json::to_value(&seats)?,
///     json!({
///         "type": "input",
///         "block_id": "seats",
///         "label": {"type": "plain_text", "text": "Seats"},
///         "element": {"type": "number_input", "action_id": "seats_input", "is_decimal_allowed": false},
///         "optional": true
///     })
/// );
///
/// let state: ViewState = blockkit::from_value(json!({"values": {
///     "title": {"title_input": {"type": "plain_text_input", "value": "Offsite"}},
///     "seats": {"seats_input": {"type": "number_input", "value": null}}
/// }}))?;
/// assert_eq!(TITLE.read(&state)?, "Offsite");
/// assert_eq!(SEATS.read(&state)?, None);
/// # let _ = title;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// In `blocks!`, interpolate the ids:
///
/// ```
/// use blockkit::interaction::Field;
/// use blockkit::{PlainTextInput, blocks};
///
/// const TITLE: Field<String> = Field::new("title", "title_input");
/// let blocks = blocks! {
///     <input block_id={TITLE.block_id} label="Title">
///         <plain_text_input action_id={TITLE.action_id}/>
///     </input>
/// };
/// assert_eq!(blocks, vec![TITLE.input("Title", PlainTextInput::new()).into()]);
/// ```
pub struct Field<T> {
    /// The `block_id` of the block holding the element.
    pub block_id: &'static str,
    /// The element's `action_id`.
    pub action_id: &'static str,
    /// The field's name, for error messages (the Rust field name in a [`form!`](crate::form!);
    /// the `action_id` by default).
    pub name: &'static str,
    value: PhantomData<fn() -> T>,
}

impl<T> Field<T> {
    /// A field with its `block_id` and `action_id` (each at most 255 characters).
    pub const fn new(block_id: &'static str, action_id: &'static str) -> Self {
        Self {
            block_id,
            action_id,
            name: action_id,
            value: PhantomData,
        }
    }

    /// Names the field in error messages.
    #[must_use = "a setter returns the updated value"]
    pub const fn named(mut self, name: &'static str) -> Self {
        self.name = name;
        self
    }

    /// The element with this field's `action_id` set, for a block you build yourself (an
    /// actions block, a section accessory); give that block this field's `block_id`.
    ///
    /// ```
    /// use blockkit::interaction::{Field, UserId};
    /// use blockkit::{ActionsBlock, UsersSelect};
    ///
    /// const OWNER: Field<UserId> = Field::new("owner", "owner_select");
    /// let block = ActionsBlock::new()
    ///     .block_id(OWNER.block_id)
    ///     .element(OWNER.element(UsersSelect::new()));
    /// assert_eq!(block.elements[0].action_id(), Some("owner_select"));
    /// ```
    pub fn element<E: InputFor<T>>(&self, mut element: E) -> E {
        set_action_id(&mut element, self.action_id);
        element
    }

    /// The field's name and ids.
    pub const fn ids(&self) -> Ids {
        Ids {
            field: self.name,
            block_id: self.block_id,
            action_id: self.action_id,
        }
    }

    /// Whether a `block_actions` action comes from this field's element.
    pub fn matches(&self, action: &BlockAction) -> bool {
        action.is(self.block_id, self.action_id)
    }
}

impl<T: FieldType> Field<T> {
    /// The input block of this field: `label` (`plain_text`, at most 2000 characters) over
    /// `element`, with the field's `block_id` and `action_id`; `optional: true` when `T` is an
    /// `Option`. Only an element that produces a `T` is accepted (see [`InputFor`]).
    pub fn input<E>(&self, label: impl Into<PlainText>, element: E) -> InputBlock
    where
        E: InputFor<T> + InputElement,
    {
        let block = InputBlock::new(label, self.element(element)).block_id(self.block_id);
        if T::OPTIONAL {
            block.optional(true)
        } else {
            block
        }
    }

    /// Reads the field from a view's state: the value of `state.values[block_id][action_id]`
    /// as a `T`, or a [`FormError`] naming the field and what was wrong.
    ///
    /// # Errors
    ///
    /// [`FormError::MissingBlock`] or [`FormError::UnknownAction`] when a required field is not
    /// in the state, [`FormError::Empty`] when it is empty, [`FormError::WrongType`] when its
    /// element does not produce a `T`, [`FormError::Invalid`] when its value does not parse.
    pub fn read(&self, state: &ViewState) -> Result<T, FormError> {
        let block = state.block(self.block_id);
        let value = block.and_then(|block| block.get(self.action_id));
        T::from_field(value).map_err(|error| {
            self.error(error, value, || {
                block.map(|block| block.keys().cloned().collect())
            })
        })
    }

    /// Reads the value of a `block_actions` action of this field (see [`Field::matches`]).
    ///
    /// # Errors
    ///
    /// As [`Field::read`]; [`FormError::UnknownAction`] when the action is not this field's.
    ///
    /// ```
    /// use blockkit::interaction::{BlockAction, Field, UserId};
    ///
    /// const OWNER: Field<UserId> = Field::new("owner", "owner_select");
    /// let action: BlockAction = blockkit::from_str(
    ///     r#"{"type": "users_select", "action_id": "owner_select", "block_id": "owner",
    ///         "selected_user": "U0123456789", "action_ts": "1718030400.1"}"#,
    /// )?;
    /// assert!(OWNER.matches(&action));
    /// assert_eq!(OWNER.read_action(&action)?, "U0123456789");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn read_action(&self, action: &BlockAction) -> Result<T, FormError> {
        let value = self.matches(action).then_some(&action.value);
        T::from_field(value)
            .map_err(|error| self.error(error, value, || Some(vec![action.action_id.clone()])))
    }

    fn error(
        &self,
        error: ReadError,
        value: Option<&StateValue>,
        actions: impl FnOnce() -> Option<Vec<String>>,
    ) -> FormError {
        let ids = self.ids();
        match error {
            ReadError::Missing => match actions() {
                None => FormError::MissingBlock { ids },
                Some(found) => FormError::UnknownAction { ids, found },
            },
            ReadError::Empty => FormError::Empty { ids },
            ReadError::Invalid(source) => FormError::Invalid { ids, source },
            ReadError::WrongType => FormError::WrongType {
                ids,
                expected: T::EXPECTED,
                found: value.map_or_else(String::new, |value| match value.type_name() {
                    "" => "a value without `type`".to_owned(),
                    name => name.to_owned(),
                }),
            },
        }
    }
}

impl<T> Clone for Field<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Field<T> {}

impl<T> fmt::Debug for Field<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Field")
            .field("name", &self.name)
            .field("block_id", &self.block_id)
            .field("action_id", &self.action_id)
            .finish()
    }
}

/// Which field an error is about: the field's name and its ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Ids {
    /// The field's name.
    pub field: &'static str,
    /// The field's `block_id`.
    pub block_id: &'static str,
    /// The field's `action_id`.
    pub action_id: &'static str,
}

impl fmt::Display for Ids {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "field `{}` (block_id `{}`, action_id `{}`)",
            self.field, self.block_id, self.action_id
        )
    }
}

/// Why a field could not be read from a submission. Each error names the field, its
/// `block_id` and its `action_id`.
///
/// ```
/// use blockkit::interaction::{Date, Field, FormError, ViewState};
///
/// let state: ViewState = blockkit::from_str(
///     r#"{"values": {"due": {"due_date": {"type": "plain_text_input", "value": "tomorrow"}}}}"#,
/// )?;
/// const DUE: Field<Date> = Field::new("due", "due_date");
/// let error = DUE.read(&state).unwrap_err();
/// assert!(matches!(error, FormError::WrongType { .. }));
/// assert_eq!(
///     error.to_string(),
///     "field `due_date` (block_id `due`, action_id `due_date`): expected datepicker, found plain_text_input"
/// );
/// assert_eq!(error.block_id(), "due");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum FormError {
    /// The state has no block with the field's `block_id`.
    #[error("{ids}: the state has no block `{block_id}`", block_id = .ids.block_id)]
    MissingBlock {
        /// The field.
        ids: Ids,
    },
    /// The block is there, but has no element with the field's `action_id`.
    #[error("{ids}: block `{block_id}` has no action `{action_id}` (it has {found:?})", block_id = .ids.block_id, action_id = .ids.action_id)]
    UnknownAction {
        /// The field.
        ids: Ids,
        /// The `action_id`s the block has.
        found: Vec<String>,
    },
    /// The element is of another type than the field reads.
    #[error("{ids}: expected {expected}, found {found}")]
    WrongType {
        /// The field.
        ids: Ids,
        /// The element types the field reads.
        expected: &'static str,
        /// The element type found.
        found: String,
    },
    /// A required field is empty.
    #[error("{ids} is required but empty")]
    Empty {
        /// The field.
        ids: Ids,
    },
    /// The value does not parse as the field's type.
    #[error("{ids}: {source}")]
    Invalid {
        /// The field.
        ids: Ids,
        /// What was wrong with the value.
        source: ValueError,
    },
}

impl FormError {
    /// The field the error is about.
    pub fn ids(&self) -> Ids {
        match self {
            Self::MissingBlock { ids }
            | Self::UnknownAction { ids, .. }
            | Self::WrongType { ids, .. }
            | Self::Empty { ids }
            | Self::Invalid { ids, .. } => *ids,
        }
    }

    /// The field's name.
    pub fn field(&self) -> &'static str {
        self.ids().field
    }

    /// The field's `block_id`: the key of the `response_action: errors` answer.
    pub fn block_id(&self) -> &'static str {
        self.ids().block_id
    }

    /// The field's `action_id`.
    pub fn action_id(&self) -> &'static str {
        self.ids().action_id
    }
}
