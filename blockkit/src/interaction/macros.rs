//! The `form!` macro.

/// Declares a form: a struct whose fields each name their `block_id`, `action_id` and value
/// type, so that the ids are written once, for building the modal and for reading its
/// submission.
///
/// ```text
/// form! {
///     /// docs, derives, attributes
///     pub struct Name {
///         /// docs
///         pub field: Type = ("block_id", "action_id"),
///         ...
///     }
/// }
/// ```
///
/// It generates the struct and, on it:
///
/// * one [`Field`](crate::interaction::Field) constant per field, named after it in upper case
///   (`title` → `Name::TITLE`), to build the field's input block
///   ([`Field::input`](crate::interaction::Field::input)), to pass its ids to builders and
///   `blocks!` (`Name::TITLE.block_id`), and to key its error messages
///   ([`ViewErrors::field`](crate::interaction::ViewErrors::field));
/// * `FIELDS`: the [`Ids`](crate::interaction::Ids) of every field, in order;
/// * `from_submission(&ViewSubmission) -> Result<Self, FormError>` and
///   `from_state(&ViewState) -> Result<Self, FormError>`: every field read, or the first
///   [`FormError`](crate::interaction::FormError);
/// * `from_state_all(&ViewState) -> Result<Self, Vec<FormError>>`: every error at once.
///
/// A field's type is any [`FromStateValue`](crate::interaction::FromStateValue) type (a
/// required field) or an `Option` of one (an optional field, built with `optional: true`).
/// The ids are string literals (at most 255 characters each); a field cannot be named
/// `fields` (its constant would be `FIELDS`).
///
/// ```
/// use blockkit::interaction::{Date, UserId, ViewState};
/// use blockkit::{form, DatePicker, OptionObject, PlainTextInput, StaticSelect, UsersSelect};
///
/// form! {
///     /// A new incident.
///     #[derive(Debug, Clone, PartialEq)]
///     pub struct Incident {
///         /// What is broken.
///         pub title: String = ("title", "title_input"),
///         /// How bad it is.
///         pub severity: OptionObject = ("severity", "severity_select"),
///         /// Who leads the response, if anyone yet.
///         pub lead: Option<UserId> = ("lead", "lead_select"),
///         /// When it started.
///         pub started: Date = ("started", "started_date"),
///     }
/// }
///
/// assert_eq!(Incident::TITLE.block_id, "title");
/// assert_eq!(Incident::FIELDS.len(), 4);
/// let blocks = [
///     Incident::TITLE.input("Title", PlainTextInput::new()),
///     Incident::SEVERITY.input(
///         "Severity",
///         StaticSelect::new().option(OptionObject::new("SEV1", "sev1")).option(OptionObject::new("SEV2", "sev2")),
///     ),
///     Incident::LEAD.input("Lead", UsersSelect::new()),
///     Incident::STARTED.input("Started", DatePicker::new()),
/// ];
/// assert_eq!(blocks[2].optional, Some(true));
///
/// let state: ViewState = blockkit::from_str(r#"{"values": {
///     "title": {"title_input": {"type": "plain_text_input", "value": "API down"}},
///     "severity": {"severity_select": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "SEV1"}, "value": "sev1"}}},
///     "lead": {"lead_select": {"type": "users_select", "selected_user": null}},
///     "started": {"started_date": {"type": "datepicker", "selected_date": "2024-06-10"}}
/// }}"#)?;
/// let incident = Incident::from_state(&state)?;
/// assert_eq!(incident.title, "API down");
/// assert_eq!(incident.severity.value, "sev1");
/// assert_eq!(incident.lead, None);
/// assert_eq!(incident.started.to_string(), "2024-06-10");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[macro_export]
macro_rules! form {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                $field_vis:vis $field:ident : $ty:ty = ($block_id:literal, $action_id:literal)
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $( $(#[$field_meta])* $field_vis $field: $ty, )+
        }

        $crate::interaction::__private::paste! {
            impl $name {
                $(
                    #[doc = concat!(
                        "The ids of `", stringify!($field), "`: block_id `", $block_id,
                        "`, action_id `", $action_id, "`."
                    )]
                    pub const [<$field:upper>]: $crate::interaction::Field<$ty> =
                        $crate::interaction::Field::new($block_id, $action_id)
                            .named(stringify!($field));
                )+

                /// The ids of every field, in order.
                pub const FIELDS: &'static [$crate::interaction::Ids] =
                    &[$( Self::[<$field:upper>].ids(), )+];

                /// Reads every field from a submission.
                ///
                /// # Errors
                ///
                /// The first field that cannot be read.
                pub fn from_submission(
                    submission: &$crate::interaction::ViewSubmission,
                ) -> ::core::result::Result<Self, $crate::interaction::FormError> {
                    Self::from_state(&submission.view.state)
                }

                /// Reads every field from a view's state.
                ///
                /// # Errors
                ///
                /// The first field that cannot be read.
                pub fn from_state(
                    state: &$crate::interaction::ViewState,
                ) -> ::core::result::Result<Self, $crate::interaction::FormError> {
                    ::core::result::Result::Ok(Self {
                        $( $field: Self::[<$field:upper>].read(state)?, )+
                    })
                }

                /// Reads every field from a view's state.
                ///
                /// # Errors
                ///
                /// Every field that cannot be read.
                pub fn from_state_all(
                    state: &$crate::interaction::ViewState,
                ) -> ::core::result::Result<Self, ::std::vec::Vec<$crate::interaction::FormError>> {
                    let mut errors = ::std::vec::Vec::new();
                    $(
                        let $field = match Self::[<$field:upper>].read(state) {
                            ::core::result::Result::Ok(value) => ::core::option::Option::Some(value),
                            ::core::result::Result::Err(error) => {
                                errors.push(error);
                                ::core::option::Option::None
                            }
                        };
                    )+
                    match ($($field,)+) {
                        ($(::core::option::Option::Some($field),)+) => {
                            ::core::result::Result::Ok(Self { $($field,)+ })
                        }
                        _ => ::core::result::Result::Err(errors),
                    }
                }
            }
        }
    };
}
