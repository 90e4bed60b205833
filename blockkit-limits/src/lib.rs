//! The one table of Slack Block Kit limits.
//!
//! Internal to `blockkit`: validation, the `blocks!` macro's compile-time checks and the JSON
//! Schema export all read these numbers, so they cannot drift apart. A proc-macro crate cannot
//! depend on the crate that re-exports it, which is why the table lives in a crate of its own.
//!
//! # Characters
//!
//! Slack states limits in "characters" without saying which. Its Node and Java SDKs count UTF-16
//! code units, its Python SDK counts code points. blockkit counts **Unicode scalar values**
//! (`str::chars().count()`): 3000 × `é` is a valid section text, 3001 ASCII characters are not.
//! A text made of astral-plane characters (most emoji) counts half as long here as in UTF-16, so
//! Slack may still judge such a text differently; no documented payload has shown it doing so.
//!
//! # "Less than"
//!
//! Where Slack's docs say "less than N" (video `title`, `description`, `author_name`), the maximum
//! here is `N - 1`.
//!
//! ```
//! use blockkit_limits::{section, Unit};
//!
//! assert_eq!(section::TEXT.max, 3000);
//! assert_eq!(section::FIELDS.unit, Unit::Items);
//! assert!(blockkit_limits::find("section", "text").is_some());
//! ```

#![forbid(unsafe_code)]

pub mod values;

/// What a limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Characters (Unicode scalar values) of a string, or of a text object's `text`.
    Chars,
    /// Items of an array.
    Items,
    /// A number's value.
    Value,
    /// Bytes of serialized JSON.
    Bytes,
}

/// How firmly Slack holds a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Strength {
    /// Documented by Slack or enforced by its servers: breaking it is an error.
    Must,
    /// Seen in one SDK only, or inferred: breaking it is a warning.
    Should,
}

/// One limit: `min ..= max` of `unit` for `field` of `object`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limit {
    /// The object's `type` as Slack spells it (`"section"`, `"button"`), or the name of a
    /// composition object or surface (`"option"`, `"confirm"`, `"modal"`, `"message"`).
    pub object: &'static str,
    /// The field, as Slack spells it; `fields[]` for each item of an array.
    pub field: &'static str,
    /// What is counted.
    pub unit: Unit,
    /// The smallest allowed count (0 when there is none).
    pub min: u64,
    /// The largest allowed count ([`u64::MAX`] when there is none).
    pub max: u64,
    /// Whether breaking it is an error or a warning.
    pub strength: Strength,
    /// Where the number comes from, with the spec's source tags (D, TS, PY, ...).
    pub source: &'static str,
}

impl Limit {
    /// Whether `count` is within the limit.
    pub const fn allows(&self, count: u64) -> bool {
        count >= self.min && count <= self.max
    }

    /// Whether the limit has an upper bound.
    pub const fn has_max(&self) -> bool {
        self.max != u64::MAX
    }
}

macro_rules! limits {
    ($(
        $(#[$mmeta:meta])*
        mod $module:ident = $object:literal {
            $( $name:ident = $field:literal, $unit:ident, $min:expr, $max:expr, $strength:ident, $source:literal; )+
        }
    )+) => {
        $(
            $(#[$mmeta])*
            pub mod $module {
                use super::{Limit, Strength, Unit};
                $(
                    #[doc = concat!("`", $object, ".", $field, "` (", $source, ").")]
                    pub const $name: Limit = Limit {
                        object: $object,
                        field: $field,
                        unit: Unit::$unit,
                        min: $min,
                        max: $max,
                        strength: Strength::$strength,
                        source: $source,
                    };
                )+
            }
        )+

        /// Every limit, in the order of the spec.
        pub const ALL: &[Limit] = &[ $( $( $module::$name, )+ )+ ];
    };
}

/// The limit of `field` on `object`, if there is one.
pub fn find(object: &str, field: &str) -> Option<&'static Limit> {
    ALL.iter()
        .find(|limit| limit.object == object && limit.field == field)
}

limits! {
    /// Every text object (spec §3.1).
    mod text = "text" {
        TEXT = "text", Chars, 1, 3000, Must, "D, TS";
    }
    /// Every `block_id` (spec §2).
    mod block = "block" {
        BLOCK_ID = "block_id", Chars, 0, 255, Must, "D, TS, PY";
    }
    /// Every element's `action_id` and `placeholder` (spec §5.1).
    mod element = "element" {
        ACTION_ID = "action_id", Chars, 0, 255, Must, "D, TS, PY";
        PLACEHOLDER = "placeholder", Chars, 1, 150, Must, "D";
    }
    /// Confirmation dialog (spec §3.3).
    mod confirm = "confirm" {
        TITLE = "title", Chars, 1, 100, Must, "D, TS, PY";
        TEXT = "text", Chars, 1, 300, Must, "D, TS, PY";
        CONFIRM = "confirm", Chars, 1, 30, Must, "D, TS, PY";
        DENY = "deny", Chars, 1, 30, Must, "D, TS, PY";
    }
    /// Option object (spec §3.4).
    mod option = "option" {
        TEXT = "text", Chars, 1, 75, Must, "D, TS, PY";
        VALUE = "value", Chars, 0, 150, Must, "D, PY (TS says 75, stale)";
        DESCRIPTION = "description", Chars, 1, 75, Must, "D, TS";
        URL = "url", Chars, 0, 3000, Must, "D";
    }
    /// Option group (spec §3.5).
    mod option_group = "option_group" {
        LABEL = "label", Chars, 1, 75, Must, "D, PY";
        OPTIONS = "options", Items, 1, 100, Must, "D, TS, PY";
    }
    /// Dispatch action configuration (spec §3.6).
    mod dispatch_action_config = "dispatch_action_config" {
        TRIGGER_ACTIONS_ON = "trigger_actions_on", Items, 1, 2, Must, "D, SM";
    }
    /// Conversation filter (spec §3.7).
    mod filter = "filter" {
        INCLUDE = "include", Items, 1, 4, Must, "D, TS";
    }
    /// Table cells (spec §3.2).
    mod raw_text = "raw_text" {
        TEXT = "text", Chars, 1, u64::MAX, Must, "D, TS";
    }
    /// Numeric table cells (spec §3.2).
    mod raw_number = "raw_number" {
        TEXT = "text", Chars, 1, u64::MAX, Must, "D";
    }
    /// Feedback button object (spec §3.11).
    mod feedback_button = "feedback_button" {
        TEXT = "text", Chars, 1, 75, Must, "D, PY";
        VALUE = "value", Chars, 0, 2000, Must, "D, PY";
        ACCESSIBILITY_LABEL = "accessibility_label", Chars, 0, 75, Must, "D";
    }
    /// `actions` block (spec §4.1).
    mod actions = "actions" {
        ELEMENTS = "elements", Items, 1, 25, Must, "D, TS, PY";
    }
    /// `context` block (spec §4.2).
    mod context = "context" {
        ELEMENTS = "elements", Items, 1, 10, Must, "D, TS, PY";
    }
    /// `context_actions` block (spec §4.3).
    mod context_actions = "context_actions" {
        ELEMENTS = "elements", Items, 1, 5, Must, "D, TS, PY";
    }
    /// `header` block (spec §4.6).
    mod header = "header" {
        TEXT = "text", Chars, 1, 150, Must, "D, TS, PY";
    }
    /// `image` block (spec §4.7).
    mod image_block = "image" {
        ALT_TEXT = "alt_text", Chars, 0, 2000, Must, "D, TS, PY";
        IMAGE_URL = "image_url", Chars, 0, 3000, Must, "D, PY";
        TITLE = "title", Chars, 1, 2000, Must, "D, TS, PY";
    }
    /// `input` block (spec §4.8).
    mod input = "input" {
        LABEL = "label", Chars, 1, 2000, Must, "D, TS, PY";
        HINT = "hint", Chars, 1, 2000, Must, "D, TS, PY";
    }
    /// `markdown` block (spec §4.9).
    mod markdown = "markdown" {
        TEXT = "text", Chars, 1, 12_000, Must, "D";
    }
    /// `section` block (spec §4.11).
    mod section = "section" {
        TEXT = "text", Chars, 1, 3000, Must, "D, TS, PY";
        FIELDS = "fields", Items, 1, 10, Must, "D, TS, PY";
        FIELD_TEXT = "fields[]", Chars, 1, 2000, Must, "D, TS, PY";
    }
    /// `table` block (spec §4.12).
    mod table = "table" {
        ROWS = "rows", Items, 1, 100, Must, "TS, PY, SM, SK";
        CELLS = "rows[]", Items, 1, 20, Must, "TS, PY, SM";
        COLUMN_SETTINGS = "column_settings", Items, 0, 20, Must, "TS, PY, SM";
        CELL_CHARS = "cells", Chars, 0, 10_000, Must, "D, ISS (per table and per message)";
    }
    /// `video` block (spec §4.13); "less than N" is `N - 1` here.
    mod video = "video" {
        TITLE = "title", Chars, 1, 199, Must, "D, PY";
        DESCRIPTION = "description", Chars, 1, 199, Must, "D";
        AUTHOR_NAME = "author_name", Chars, 0, 49, Must, "D, TS, PY";
    }
    /// `alert` block (spec §4.14).
    mod alert = "alert" {
        TEXT = "text", Chars, 1, 200, Should, "JV only";
    }
    /// `card` block (spec §4.15).
    mod card = "card" {
        TITLE = "title", Chars, 1, 150, Must, "D, TS, PY";
        SUBTITLE = "subtitle", Chars, 1, 150, Must, "D, TS, PY";
        BODY = "body", Chars, 1, 200, Must, "D, TS, PY";
        SUBTEXT = "subtext", Chars, 1, 200, Must, "D (newest), JV";
        ACTIONS = "actions", Items, 0, 3, Must, "D (newest), JV";
    }
    /// `carousel` block (spec §4.16).
    mod carousel = "carousel" {
        ELEMENTS = "elements", Items, 1, 10, Must, "D, TS, PY, JV";
    }
    /// `container` block (spec §4.17).
    mod container = "container" {
        TITLE = "title", Chars, 1, 150, Must, "Dp, TS, PY";
        SUBTITLE = "subtitle", Chars, 1, 150, Must, "Dp, TS";
        CHILD_BLOCKS = "child_blocks", Items, 1, 10, Must, "Dp, TS, PY";
    }
    /// `data_table` block (spec §4.18).
    mod data_table = "data_table" {
        ROWS = "rows", Items, 2, 101, Must, "D, TS, SM";
        CELLS = "rows[]", Items, 1, 20, Must, "D, TS, SM";
        PAGE_SIZE = "page_size", Value, 1, 100, Must, "D, TS";
        CELL_CHARS = "cells", Chars, 0, 10_000, Must, "D";
    }
    /// `data_visualization` block (spec §4.19).
    mod data_visualization = "data_visualization" {
        TITLE = "title", Chars, 1, 50, Must, "D, SM";
        SEGMENTS = "chart.segments", Items, 1, 6, Must, "D";
        SERIES = "chart.series", Items, 1, 6, Must, "D";
        SEGMENT_LABEL = "chart.segments[].label", Chars, 1, 20, Must, "D";
        SERIES_NAME = "chart.series[].name", Chars, 1, 20, Should, "SM";
        SERIES_DATA = "chart.series[].data", Items, 1, 20, Should, "SM";
        POINT_LABEL = "chart.series[].data[].label", Chars, 1, 20, Should, "SM";
        CATEGORY = "chart.axis_config.categories[]", Chars, 1, 20, Should, "SM";
        AXIS_LABEL = "chart.axis_config.x_label", Chars, 0, 50, Should, "SM";
    }
    /// `auth_provider` block (spec §4.22; preview, PY only).
    mod auth_provider = "auth_provider" {
        VALUE = "value", Chars, 1, 150, Should, "PY";
        NAME = "name", Chars, 1, 75, Should, "PY";
        DESCRIPTION = "description", Chars, 1, 150, Should, "PY";
        URL = "auth_url", Chars, 0, 3000, Should, "PY (also icon_url, disconnect_url)";
        IDENTITY = "connected_identity", Chars, 1, 75, Should, "PY (also connected_context)";
    }
    /// `button` and `workflow_button` (spec §5.2, §5.18).
    mod button = "button" {
        TEXT = "text", Chars, 1, 75, Must, "D, TS, PY";
        VALUE = "value", Chars, 0, 2000, Must, "D";
        URL = "url", Chars, 0, 3000, Must, "D";
        ACCESSIBILITY_LABEL = "accessibility_label", Chars, 0, 75, Must, "D";
        AGENT_PROMPT = "agent_prompt", Chars, 0, 4000, Should, "PY 3.47 only";
    }
    /// `icon_button` (spec §5.20).
    mod icon_button = "icon_button" {
        VALUE = "value", Chars, 0, 2000, Must, "D";
        ACCESSIBILITY_LABEL = "accessibility_label", Chars, 0, 75, Must, "D";
        VISIBLE_TO_USER_IDS = "visible_to_user_ids", Items, 0, 10, Should, "PY docstring";
    }
    /// `checkboxes` and `radio_buttons` (spec §5.3, §5.14).
    mod checkboxes = "checkboxes" {
        OPTIONS = "options", Items, 1, 10, Must, "D, TS";
    }
    /// `static_select` and `multi_static_select` (spec §5.9, §5.10).
    mod static_select = "static_select" {
        OPTIONS = "options", Items, 1, 100, Must, "D, TS, PY";
        OPTION_GROUPS = "option_groups", Items, 1, 100, Must, "D, TS, PY";
    }
    /// Multi-select menus (spec §5.10).
    mod multi_select = "multi_select" {
        MAX_SELECTED_ITEMS = "max_selected_items", Value, 1, u64::MAX, Must, "D";
    }
    /// `overflow` (spec §5.12); fewer than 2 options is a warning (older docs).
    mod overflow = "overflow" {
        OPTIONS = "options", Items, 1, 5, Must, "D, TS, SM";
        OPTIONS_RECOMMENDED_MIN = "options", Items, 2, 5, Should, "Dold, JV";
    }
    /// `plain_text_input` (spec §5.13).
    mod plain_text_input = "plain_text_input" {
        MIN_LENGTH = "min_length", Value, 0, 3000, Must, "D (newer)";
        MAX_LENGTH = "max_length", Value, 1, 3000, Must, "D (newer)";
    }
    /// `file_input` (spec §5.7).
    mod file_input = "file_input" {
        MAX_FILES = "max_files", Value, 1, 10, Must, "D, TS, SM";
    }
    /// `rich_text_input` (spec §5.15).
    mod rich_text_input = "rich_text_input" {
        MIN_LINES = "min_lines", Value, 1, 100, Must, "TS, PY, JV";
        MAX_LINES = "max_lines", Value, 1, 100, Must, "TS, PY, JV";
    }
    /// `datetimepicker` (spec §5.5): UNIX seconds, at most 10 digits.
    mod datetimepicker = "datetimepicker" {
        INITIAL_DATE_TIME = "initial_date_time", Value, 0, 9_999_999_999, Must, "D, PY";
    }
    /// `rich_text_list` and the borders of rich text (spec §6.1).
    mod rich_text_list = "rich_text_list" {
        INDENT = "indent", Value, 0, 8, Should, "TS";
        BORDER = "border", Value, 0, 1, Should, "TS";
    }
    /// A message (spec §2, §7.1).
    mod message = "message" {
        BLOCKS = "blocks", Items, 0, 50, Must, "D, SM";
        ATTACHMENTS = "attachments", Items, 0, 100, Must, "API";
        TEXT = "text", Chars, 0, 40_000, Should, "Dold (truncated above)";
        MARKDOWN_TOTAL = "markdown", Chars, 0, 12_000, Should, "SK (cumulative over markdown blocks)";
        MARKDOWN_TEXT = "markdown_text", Chars, 1, 12_000, Must, "API";
    }
    /// A legacy attachment (spec §7.1).
    mod attachment = "attachment" {
        FOOTER = "footer", Chars, 0, 300, Must, "TS";
    }
    /// A modal view (spec §7.2).
    mod modal = "modal" {
        TITLE = "title", Chars, 1, 24, Must, "D, TS, PY";
        SUBMIT = "submit", Chars, 1, 24, Must, "D, TS, PY";
        CLOSE = "close", Chars, 1, 24, Must, "D, TS, PY";
        BLOCKS = "blocks", Items, 1, 100, Must, "D, TS, PY";
    }
    /// A Home tab view (spec §7.3).
    mod home = "home" {
        BLOCKS = "blocks", Items, 1, 100, Must, "D, TS, PY";
    }
    /// Fields common to views (spec §2, §7.2, §7.3).
    mod view = "view" {
        PRIVATE_METADATA = "private_metadata", Chars, 0, 3000, Must, "D, TS, PY";
        CALLBACK_ID = "callback_id", Chars, 0, 255, Must, "D, TS, PY";
        EXTERNAL_ID = "external_id", Chars, 0, 255, Must, "D, API";
        SIZE = "view", Bytes, 0, 250_000, Should, "API (view_too_large)";
    }
}
