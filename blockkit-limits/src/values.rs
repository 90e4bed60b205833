//! The documented values of Slack's string enums (`style`, `level`, `width`, ...).
//!
//! `blocks!` checks literal values against these lists and names the Rust variants after them
//! (`"in_progress"` → `TaskStatus::InProgress`); the model's `KNOWN` lists are tested equal to
//! them, so the two cannot drift apart.
//!
//! ```
//! use blockkit_limits::values;
//!
//! assert_eq!(values::BUTTON_STYLE.values, ["primary", "danger"]);
//! assert_eq!(values::TASK_STATUS.variant_name("in_progress"), "InProgress");
//! ```

/// A string enum: the name of its Rust type in `blockkit` and the values Slack documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StringEnum {
    /// The type in `blockkit` (`"ButtonStyle"`).
    pub name: &'static str,
    /// The documented values, in the order of the spec.
    pub values: &'static [&'static str],
}

impl StringEnum {
    /// Whether `value` is documented.
    pub fn contains(&self, value: &str) -> bool {
        self.values.contains(&value)
    }

    /// The Rust variant of a value: `UpperCamelCase` of its `snake_case` (`"on_enter_pressed"` →
    /// `OnEnterPressed`).
    pub fn variant_name(&self, value: &str) -> String {
        value
            .split('_')
            .map(|word| {
                let mut chars = word.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_uppercase().chain(chars).collect::<String>()
                })
            })
            .collect()
    }
}

macro_rules! string_enums {
    ($($(#[doc = $doc:literal])* $name:ident = $ty:literal [$($value:literal),+ $(,)?];)+) => {
        $(
            $(#[doc = $doc])*
            pub const $name: StringEnum = StringEnum { name: $ty, values: &[$($value),+] };
        )+

        /// Every string enum of this table.
        pub const ALL: &[StringEnum] = &[$($name),+];
    };
}

string_enums! {
    /// `alert.level` (spec §4).
    ALERT_LEVEL = "AlertLevel" ["default", "info", "warning", "error", "success"];
    /// `container.width`.
    CONTAINER_WIDTH = "ContainerWidth" ["narrow", "standard", "wide", "full"];
    /// `task_card.status`.
    TASK_STATUS = "TaskStatus" ["pending", "in_progress", "complete", "error"];
    /// `button.style`.
    BUTTON_STYLE = "ButtonStyle" ["primary", "danger"];
    /// `confirm.style`.
    CONFIRM_STYLE = "ConfirmStyle" ["primary", "danger"];
    /// `filter.include`.
    CONVERSATION_KIND = "ConversationKind" ["im", "mpim", "private", "public"];
    /// `dispatch_action_config.trigger_actions_on`.
    TRIGGER_ACTION = "TriggerAction" ["on_enter_pressed", "on_character_entered"];
    /// `column_settings.align`.
    COLUMN_ALIGN = "ColumnAlign" ["left", "center", "right"];
    /// `rich_text_list.style`.
    LIST_STYLE = "ListStyle" ["bullet", "ordered"];
    /// `broadcast.range`.
    BROADCAST_RANGE = "BroadcastRange" ["here", "channel", "everyone"];
}
