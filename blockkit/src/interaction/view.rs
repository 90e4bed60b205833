//! A view as interaction payloads carry it: the [`View`] plus what Slack adds (its `id`, the
//! `state` of its inputs, its `hash`, ...).

use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use super::ViewState;
use super::keep::{Kept, prefixed, tracked};
use crate::View;
use crate::serde_util::JsonObject;

/// The fields Slack adds to a view in interaction payloads, in the order it writes them.
const ADDED: &[&str] = &[
    "id",
    "team_id",
    "state",
    "hash",
    "previous_view_id",
    "root_view_id",
    "app_id",
    "app_installed_team_id",
    "bot_id",
];

/// A view as Slack sends it in `view_submission`, `view_closed` and `block_actions` payloads:
/// the [`View`] your app built, plus the fields Slack adds.
///
/// The view's own fields (`type`, `title`, `blocks`, `callback_id`, `private_metadata`, ...) are
/// in [`InteractionView::view`]; what the user entered is in [`InteractionView::state`].
///
/// Written back, it is the JSON that came: fields Slack sends as `null` (`"close": null`,
/// `"previous_view_id": null`) or as `[]` stay so, even where the model leaves them out.
///
/// ```
/// use blockkit::interaction::InteractionView;
/// use serde_json::json;
///
/// let json = json!({
///     "id": "V0123456789",
///     "type": "modal",
///     "title": {"type": "plain_text", "text": "Deploy"},
///     "close": null,
///     "callback_id": "deploy",
///     "state": {"values": {"env": {"env_select": {"type": "static_select", "selected_option": null}}}},
///     "hash": "1718030400.abcd",
///     "previous_view_id": null
/// });
/// let view: InteractionView = blockkit::from_value(json.clone())?;
/// assert_eq!(view.id, "V0123456789");
/// assert_eq!(view.view.callback_id(), Some("deploy"));
/// assert!(view.state.get("env", "env_select").is_some());
/// assert_eq!(serde_json::to_value(&view)?, json);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InteractionView {
    /// The view: its `type`, `title`, `blocks`, `callback_id`, `private_metadata`, ... Fields the
    /// model does not know are in its `extra`.
    pub view: View,
    /// The view's ID (`V…`), for `views.update`.
    pub id: String,
    /// The workspace of the view.
    pub team_id: Option<String>,
    /// The values of the view's stateful elements, by `block_id` and `action_id`.
    pub state: ViewState,
    /// A version of the view, passed to `views.update` to refuse updating a newer one.
    pub hash: Option<String>,
    /// The view this one was pushed on, if any.
    pub previous_view_id: Option<String>,
    /// The first view of the stack.
    pub root_view_id: Option<String>,
    /// The app that opened the view.
    pub app_id: Option<String>,
    /// The workspace the app is installed on.
    pub app_installed_team_id: Option<String>,
    /// The app's bot user.
    pub bot_id: Option<String>,
    /// Top-level fields that came as `null` or `[]`, written back where the model leaves them
    /// out.
    kept: Kept,
}

impl InteractionView {
    /// A view as Slack would send it, with its ID and an empty state (to build payloads in
    /// tests).
    ///
    /// ```
    /// use blockkit::interaction::InteractionView;
    /// use blockkit::Modal;
    ///
    /// let view = InteractionView::new(Modal::new("Deploy"), "V0123456789");
    /// assert_eq!(serde_json::to_value(&view)?["id"], "V0123456789");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new(view: impl Into<View>, id: impl Into<String>) -> Self {
        Self {
            view: view.into(),
            id: id.into(),
            team_id: None,
            state: ViewState::new(),
            hash: None,
            previous_view_id: None,
            root_view_id: None,
            app_id: None,
            app_installed_team_id: None,
            bot_id: None,
            kept: Kept::default(),
        }
    }

    /// Sets the view's state (what the user entered).
    #[must_use = "a setter returns the updated value"]
    pub fn state(mut self, state: ViewState) -> Self {
        self.state = state;
        self
    }

    /// The view's `callback_id`, when it has one.
    pub fn callback_id(&self) -> Option<&str> {
        self.view.callback_id()
    }

    /// The view's `private_metadata`, when it has one.
    pub fn private_metadata(&self) -> Option<&str> {
        match &self.view {
            View::Modal(view) => view.private_metadata.as_deref(),
            View::Home(view) => view.private_metadata.as_deref(),
            View::WorkflowStep(view) => view.private_metadata.as_deref(),
            View::Unknown(raw) => raw.0.get("private_metadata").and_then(Value::as_str),
        }
    }
}

/// Takes the field `key` out of `object` and deserializes it, with its path in the error.
fn take<T: for<'de> Deserialize<'de>>(
    object: &mut JsonObject,
    key: &str,
) -> Result<Option<T>, String> {
    match object.shift_remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => tracked(value)
            .map(Some)
            .map_err(|error| prefixed(key, &error)),
    }
}

impl<'de> Deserialize<'de> for InteractionView {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut object = JsonObject::deserialize(deserializer)?;
        let kept = Kept::of(&object);
        let id = take::<String>(&mut object, "id").map_err(D::Error::custom)?;
        let view = Self {
            id: id.ok_or_else(|| D::Error::missing_field("id"))?,
            team_id: take(&mut object, "team_id").map_err(D::Error::custom)?,
            state: take(&mut object, "state")
                .map_err(D::Error::custom)?
                .unwrap_or_default(),
            hash: take(&mut object, "hash").map_err(D::Error::custom)?,
            previous_view_id: take(&mut object, "previous_view_id").map_err(D::Error::custom)?,
            root_view_id: take(&mut object, "root_view_id").map_err(D::Error::custom)?,
            app_id: take(&mut object, "app_id").map_err(D::Error::custom)?,
            app_installed_team_id: take(&mut object, "app_installed_team_id")
                .map_err(D::Error::custom)?,
            bot_id: take(&mut object, "bot_id").map_err(D::Error::custom)?,
            view: tracked(Value::Object(object)).map_err(D::Error::custom)?,
            kept,
        };
        Ok(view)
    }
}

impl Serialize for InteractionView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Value::Object(mut object) =
            serde_json::to_value(&self.view).map_err(S::Error::custom)?
        else {
            return Err(S::Error::custom("a view serializes as a JSON object"));
        };
        let state = serde_json::to_value(&self.state).map_err(S::Error::custom)?;
        let added = [
            Some(Value::String(self.id.clone())),
            self.team_id.clone().map(Value::String),
            Some(state),
            self.hash.clone().map(Value::String),
            self.previous_view_id.clone().map(Value::String),
            self.root_view_id.clone().map(Value::String),
            self.app_id.clone().map(Value::String),
            self.app_installed_team_id.clone().map(Value::String),
            self.bot_id.clone().map(Value::String),
        ];
        for (key, value) in ADDED.iter().zip(added) {
            if let Some(value) = value {
                object.insert((*key).to_owned(), value);
            }
        }
        self.kept.restore(&mut object);
        object.serialize(serializer)
    }
}
