//! `views.open`, `views.push`, `views.update` and `views.publish` (spec §8.5–§8.8).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::WebApiMethod;
use super::checks::Checks;
use crate::validate::{Report, Validate, Validated, ValidationOptions};
use crate::{Extra, HomeTab, Modal, Str, View};

/// What opens or pushes a modal: exactly one of `trigger_id` and `interactivity_pointer`.
///
/// ```
/// use blockkit::ViewTrigger;
///
/// let trigger = ViewTrigger::TriggerId("12345.98765.abcd2358fdea".into());
/// assert_eq!(trigger.field(), "trigger_id");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ViewTrigger {
    /// `trigger_id`, from an interaction payload: single use, expires after about 3 seconds.
    TriggerId(Str),
    /// `interactivity_pointer`, from a workflow step or function context.
    InteractivityPointer(Str),
}

impl ViewTrigger {
    /// The JSON field it is sent as (`trigger_id` or `interactivity_pointer`).
    pub fn field(&self) -> &'static str {
        match self {
            Self::TriggerId(_) => "trigger_id",
            Self::InteractivityPointer(_) => "interactivity_pointer",
        }
    }

    fn split(self) -> (Option<Str>, Option<Str>) {
        match self {
            Self::TriggerId(id) => (Some(id), None),
            Self::InteractivityPointer(pointer) => (None, Some(pointer)),
        }
    }

    fn join(trigger_id: Option<&Str>, pointer: Option<&Str>) -> Option<Self> {
        match (trigger_id, pointer) {
            (Some(id), _) => Some(Self::TriggerId(id.clone())),
            (None, Some(pointer)) => Some(Self::InteractivityPointer(pointer.clone())),
            (None, None) => None,
        }
    }
}

/// Which view `views.update` replaces: exactly one of `view_id` and `external_id`.
///
/// ```
/// use blockkit::ViewRef;
///
/// assert_eq!(ViewRef::ExternalId("settings-U0123".into()).field(), "external_id");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ViewRef {
    /// `view_id`: the `id` of the view, from `views.open` or an interaction payload.
    Id(Str),
    /// `external_id`: your own identifier, set on the view; at most 255 characters.
    ExternalId(Str),
}

impl ViewRef {
    /// The JSON field it is sent as (`view_id` or `external_id`).
    pub fn field(&self) -> &'static str {
        match self {
            Self::Id(_) => "view_id",
            Self::ExternalId(_) => "external_id",
        }
    }
}

/// Declares the two bodies that put a modal on screen: `views.open` and `views.push`.
macro_rules! modal_body {
    ($(#[$meta:meta])* $name:ident = $method:literal, $what:literal) => {
        $(#[$meta])*
        #[serde_with::skip_serializing_none]
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[non_exhaustive]
        pub struct $name {
            /// The `trigger_id` of an interaction payload: single use, expires after about 3
            /// seconds. Exactly one of `trigger_id` and `interactivity_pointer`.
            trigger_id: Option<Str>,
            /// The `interactivity_pointer` of a workflow step or function context. Exactly one of
            /// `trigger_id` and `interactivity_pointer`.
            interactivity_pointer: Option<Str>,
            /// The modal.
            #[schemars(with = "Modal")]
            view: View,
            /// Fields this version does not model, kept as parsed.
            #[serde(flatten)]
            pub extra: Extra,
        }

        impl $name {
            #[doc = concat!("A `", $method, "` body ", $what, " `view`.")]
            pub fn new(trigger: ViewTrigger, view: Validated<Modal>) -> Self {
                let (trigger_id, interactivity_pointer) = trigger.split();
                Self {
                    trigger_id,
                    interactivity_pointer,
                    view: view.into_inner().into(),
                    extra: Extra::new(),
                }
            }

            /// A body with a `trigger_id`, from an interaction payload.
            pub fn with_trigger_id(trigger_id: impl Into<Str>, view: Validated<Modal>) -> Self {
                Self::new(ViewTrigger::TriggerId(trigger_id.into()), view)
            }

            /// A body with an `interactivity_pointer`, from a workflow or function context.
            pub fn with_interactivity_pointer(pointer: impl Into<Str>, view: Validated<Modal>) -> Self {
                Self::new(ViewTrigger::InteractivityPointer(pointer.into()), view)
            }

            /// The trigger (`trigger_id` wins if a parsed body had both; `None` if it had
            /// neither — validation reports both cases).
            pub fn trigger(&self) -> Option<ViewTrigger> {
                ViewTrigger::join(self.trigger_id.as_ref(), self.interactivity_pointer.as_ref())
            }

            /// The view (a modal, unless a parsed body says otherwise).
            pub fn view(&self) -> &View {
                &self.view
            }
        }

        impl WebApiMethod for $name {
            const METHOD: &'static str = $method;
        }

        impl Validate for $name {
            fn validate_with(&self, options: &ValidationOptions) -> Report {
                let mut checks = Checks::new(Self::METHOD, options);
                checks.one_of(
                    ("trigger_id", self.trigger_id.is_some()),
                    ("interactivity_pointer", self.interactivity_pointer.is_some()),
                );
                checks.view(&self.view, &["modal", "workflow_step"]);
                checks.finish()
            }
        }
    };
}

modal_body! {
    /// The body of `views.open` (spec §8.5): opens a [`Validated`] modal, within 3 seconds of the
    /// interaction that gave the trigger.
    ///
    /// ```
    /// use blockkit::{DividerBlock, Modal, OpenView};
    /// use serde_json::json;
    ///
    /// let modal = Modal::new("Settings").block(DividerBlock::new()).build()?;
    /// let body = OpenView::with_trigger_id("12345.98765.abcd2358fdea", modal);
    /// assert_eq!(
    ///     serde_json::to_value(&body)?,
    ///     json!({
    ///         "trigger_id": "12345.98765.abcd2358fdea",
    ///         "view": {
    ///             "type": "modal",
    ///             "title": {"type": "plain_text", "text": "Settings"},
    ///             "blocks": [{"type": "divider"}]
    ///         }
    ///     })
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    OpenView = "views.open", "opening"
}

modal_body! {
    /// The body of `views.push` (spec §8.6): pushes a [`Validated`] modal on top of the open one
    /// (at most 3 views in the stack), from an interaction inside that modal.
    ///
    /// ```
    /// use blockkit::{DividerBlock, Modal, PushView, ViewTrigger};
    /// use serde_json::json;
    ///
    /// let modal = Modal::new("Details").block(DividerBlock::new()).build()?;
    /// let body = PushView::new(ViewTrigger::InteractivityPointer("1234.5678.abcd".into()), modal);
    /// assert_eq!(
    ///     serde_json::to_value(&body)?,
    ///     json!({
    ///         "interactivity_pointer": "1234.5678.abcd",
    ///         "view": {
    ///             "type": "modal",
    ///             "title": {"type": "plain_text", "text": "Details"},
    ///             "blocks": [{"type": "divider"}]
    ///         }
    ///     })
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    PushView = "views.push", "pushing"
}

/// The body of `views.update` (spec §8.7): replaces the view named by a [`ViewRef`] with a
/// [`Validated`] modal or Home tab. Pass the last `hash` you saw to fail with `hash_conflict`
/// rather than overwrite a newer version.
///
/// ```
/// use blockkit::{DividerBlock, Modal, UpdateView, ViewRef};
/// use serde_json::json;
///
/// let modal = Modal::new("Saved").block(DividerBlock::new()).build()?;
/// let body = UpdateView::new(ViewRef::Id("V0123456789".into()), modal).hash("156772938.1827394");
/// assert_eq!(
///     serde_json::to_value(&body)?,
///     json!({
///         "view_id": "V0123456789",
///         "hash": "156772938.1827394",
///         "view": {
///             "type": "modal",
///             "title": {"type": "plain_text", "text": "Saved"},
///             "blocks": [{"type": "divider"}]
///         }
///     })
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct UpdateView {
    /// The `id` of the view to replace, from `views.open` or an interaction payload. Exactly one
    /// of `view_id` and `external_id`.
    view_id: Option<Str>,
    /// The `external_id` set on the view to replace: at most 255 characters. Exactly one of
    /// `view_id` and `external_id`.
    external_id: Option<Str>,
    /// The `hash` of the view you last saw, for race protection (`hash_conflict`).
    pub hash: Option<Str>,
    /// The new view: a modal or a Home tab.
    #[schemars(with = "crate::schema::ModalOrHome")]
    view: View,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl UpdateView {
    /// A `views.update` body replacing `target` with `view`: a [`Validated`] [`Modal`] or
    /// [`HomeTab`].
    pub fn new<V: Into<View>>(target: ViewRef, view: Validated<V>) -> Self {
        let (view_id, external_id) = match target {
            ViewRef::Id(id) => (Some(id), None),
            ViewRef::ExternalId(id) => (None, Some(id)),
        };
        Self {
            view_id,
            external_id,
            hash: None,
            view: view.into_inner().into(),
            extra: Extra::new(),
        }
    }

    /// The view replaced (`view_id` wins if a parsed body had both; `None` if it had neither —
    /// validation reports both cases).
    pub fn target(&self) -> Option<ViewRef> {
        match (&self.view_id, &self.external_id) {
            (Some(id), _) => Some(ViewRef::Id(id.clone())),
            (None, Some(id)) => Some(ViewRef::ExternalId(id.clone())),
            (None, None) => None,
        }
    }

    /// The new view.
    pub fn view(&self) -> &View {
        &self.view
    }
}

setters!(UpdateView {
    /// The `hash` of the view you last saw: Slack refuses the update (`hash_conflict`) if the
    /// view changed since.
    hash: into Str,
});

impl WebApiMethod for UpdateView {
    const METHOD: &'static str = "views.update";
}

impl Validate for UpdateView {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        let mut checks = Checks::new(Self::METHOD, options);
        checks.one_of(
            ("view_id", self.view_id.is_some()),
            ("external_id", self.external_id.is_some()),
        );
        checks.max_chars(
            "external_id",
            self.external_id.as_deref(),
            &blockkit_limits::view::EXTERNAL_ID,
        );
        checks.view(&self.view, &[]);
        checks.finish()
    }
}

/// The body of `views.publish` (spec §8.8): publishes a [`Validated`] Home tab for `user_id`.
///
/// ```
/// use blockkit::{DividerBlock, HomeTab, PublishView};
/// use serde_json::json;
///
/// let home = HomeTab::new().block(DividerBlock::new()).build()?;
/// let body = PublishView::new("U0123456789", home);
/// assert_eq!(
///     serde_json::to_value(&body)?,
///     json!({"user_id": "U0123456789", "view": {"type": "home", "blocks": [{"type": "divider"}]}})
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PublishView {
    /// The user whose Home tab this is.
    pub user_id: Str,
    /// The `hash` of the view you last saw, for race protection (`hash_conflict`).
    pub hash: Option<Str>,
    /// An `interactivity_pointer` (listed by Slack without a description).
    pub interactivity_pointer: Option<Str>,
    /// The Home tab.
    #[schemars(with = "HomeTab")]
    view: View,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl PublishView {
    /// A `views.publish` body publishing `view` as the Home tab of `user_id`.
    pub fn new(user_id: impl Into<Str>, view: Validated<HomeTab>) -> Self {
        Self {
            user_id: user_id.into(),
            hash: None,
            interactivity_pointer: None,
            view: view.into_inner().into(),
            extra: Extra::new(),
        }
    }

    /// The view (a Home tab, unless a parsed body says otherwise).
    pub fn view(&self) -> &View {
        &self.view
    }
}

setters!(PublishView {
    /// The `hash` of the view you last saw.
    hash: into Str,
    /// An `interactivity_pointer`.
    interactivity_pointer: into Str,
});

impl WebApiMethod for PublishView {
    const METHOD: &'static str = "views.publish";
}

impl Validate for PublishView {
    fn validate_with(&self, options: &ValidationOptions) -> Report {
        let mut checks = Checks::new(Self::METHOD, options);
        checks.required("user_id", &self.user_id);
        checks.view(&self.view, &["home"]);
        checks.finish()
    }
}
