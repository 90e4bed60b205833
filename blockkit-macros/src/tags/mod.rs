//! The table of tags: for every tag its Rust type, constructors, attributes and children.
//!
//! Table-driven: adding a Slack field is one line in the family's file. Limits are references
//! into `blockkit_limits`, never numbers.

mod blocks;
mod build;
mod elements;
mod objects;
mod rich_text;
mod surfaces;

use blockkit_limits::Limit;

pub(crate) use build::{attr, ctor, items, tag, text_slot};

/// What kind of thing a tag builds, which decides where it may go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// `message`, `modal`, `home`: only at the root.
    Surface,
    /// A block.
    Block,
    /// A block element.
    Element,
    /// A composition object, text object, chart, table cell or rich-text part.
    Object,
    /// A list value (`fields`, `row`): an array of `item`s.
    List { item: &'static str },
}

/// One tag.
pub(crate) struct Tag {
    /// The name as written in markup.
    pub(crate) name: &'static str,
    pub(crate) family: Family,
    /// The Rust type, under `::blockkit::`.
    pub(crate) ty: &'static str,
    /// Constructors, tried in order; the first whose arguments are all given is used.
    pub(crate) ctors: &'static [Ctor],
    pub(crate) attrs: &'static [Attr],
    pub(crate) slots: &'static [Slot],
    /// Surfaces (`message`, `modal`, `home`) this block may not be on (spec §4.0 `–` cells).
    pub(crate) forbidden_on: &'static [&'static str],
    /// Why the tag cannot be used at all, when it cannot.
    pub(crate) unavailable: Option<&'static str>,
    /// Slots or attributes of which at least one must be given.
    pub(crate) one_of: &'static [&'static str],
}

/// A constructor: `Type::func(args...)`.
pub(crate) struct Ctor {
    pub(crate) func: &'static str,
    pub(crate) args: &'static [Arg],
    /// Only when every text argument is a literal (`MrkdwnText::new` takes `&'static str`).
    pub(crate) literal_only: bool,
}

/// Where a constructor argument comes from.
#[derive(Clone, Copy)]
pub(crate) enum Arg {
    Attr(&'static str),
    Slot(&'static str),
}

/// One attribute.
pub(crate) struct Attr {
    pub(crate) name: &'static str,
    pub(crate) aliases: &'static [&'static str],
    pub(crate) kind: Kind,
    pub(crate) setter: Setter,
    pub(crate) limit: Option<&'static Limit>,
}

/// How a value reaches the builder.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Setter {
    /// Only a constructor argument.
    None,
    /// `.name(value)`.
    One(&'static str),
    /// A list: a literal or element appends one with `.one(..)`, `{expr}` appends many with
    /// `.many(..)`.
    Vec {
        one: &'static str,
        many: &'static str,
    },
    /// A rich-text style flag, gathered into `.style(RichTextStyle::new().flag(true))`.
    Style,
    /// `.plain(..)` for plain_text, `.text(..)` for a `<mrkdwn>` value.
    PlainOrText {
        plain: &'static str,
        text: &'static str,
    },
}

/// What an attribute's value is.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    /// A string (`impl Into<String>`).
    Str,
    /// plain_text: a string literal, `<plain>`, or `{expr}` (`impl Into<PlainText>`).
    Plain,
    /// Either text kind: a string literal is plain_text; `<plain>`, `<mrkdwn>`, or `{expr}`.
    Text,
    Bool,
    U32,
    I64,
    /// Any JSON number (`impl Into<Number>`).
    Number,
    /// A number written as a string (`number_input`): a numeric or string literal.
    NumStr,
    /// `YYYY-MM-DD`.
    Date,
    /// `HH:mm`.
    Time,
    Enum(&'static Enum),
    /// Several enum values in one literal, separated by spaces or commas.
    EnumList(&'static Enum),
    /// One of these tags, or `{expr}`.
    Tags(Family, &'static [&'static str]),
    /// A string literal passed to `::blockkit::<path>(..)`.
    Wrap(&'static str),
    /// A literal passed as is (`impl Into<serde_json::Value>`).
    Json,
    /// Only `{expr}`.
    Expr,
}

/// A Slack string enum: its Rust type and documented values, from the one table in
/// `blockkit_limits::values` (the model's `KNOWN` lists are tested equal to it).
pub(crate) use blockkit_limits::values::StringEnum as Enum;

/// A place for children.
pub(crate) struct Slot {
    pub(crate) name: &'static str,
    pub(crate) kind: SlotKind,
    pub(crate) setter: Setter,
    /// At least one child (or the text is not empty).
    pub(crate) required: bool,
    /// At most one child.
    pub(crate) single: bool,
    /// A count limit (`Items`) or a length limit (`Chars`).
    pub(crate) limit: Option<&'static Limit>,
    /// A length limit on the text of each item.
    pub(crate) chars: Option<&'static Limit>,
}

/// What a slot holds.
#[derive(Clone, Copy)]
pub(crate) enum SlotKind {
    /// Text: bare strings and `{expr}` concatenated, or one text tag as the policy allows.
    Text(TextPolicy),
    /// Child tags of `family` named in `tags`; `interp` says what `{expr}` is; `literal` makes a
    /// string literal one item.
    Items {
        family: Family,
        tags: &'static [&'static str],
        interp: InterpMode,
        literal: bool,
    },
    /// Rich-text inline content: runs of text become `text` elements, plus inline tags.
    Inline,
}

/// Which text kinds a text slot takes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum TextPolicy {
    /// plain_text only: bare text or `<plain>`.
    Plain,
    /// Either kind: bare text is plain_text; `<plain>` or `<mrkdwn>`.
    Either,
    /// An option's text: mrkdwn only inside `<checkboxes>` and `<radio_buttons>`.
    Option,
    /// A plain string, no text object (`markdown`, rich text, table cells).
    Str,
    /// The content of `<mrkdwn>`: literals are markup, interpolations are escaped.
    Mrkdwn,
}

/// What `{expr}` means among a slot's items.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum InterpMode {
    /// Not allowed.
    No,
    /// One item, passed to the one-item setter.
    One,
    /// Any number of blocks (`IntoBlocks`); components go here too.
    Blocks,
}

// ---- lookups --------------------------------------------------------------------------------

const TABLES: &[&[Tag]] = &[
    surfaces::TAGS,
    blocks::TAGS,
    elements::TAGS,
    objects::TAGS,
    rich_text::TAGS,
];

pub(crate) use rich_text::INLINE;
pub(crate) use surfaces::ROOT;

/// Every tag.
pub(crate) fn all() -> impl Iterator<Item = &'static Tag> {
    TABLES.iter().flat_map(|table| table.iter())
}

/// The tag `name`, preferring one of `family` (`image` is both a block and an element,
/// `rich_text` is a block and a table cell).
pub(crate) fn find(name: &str, family: Family) -> Option<&'static Tag> {
    all()
        .find(|tag| tag.name == name && tag.family == family)
        .or_else(|| find_any(name))
}

/// Any tag called `name`.
pub(crate) fn find_any(name: &str) -> Option<&'static Tag> {
    all().find(|tag| tag.name == name)
}

impl Tag {
    pub(crate) fn find_attr(&self, name: &str) -> Option<&'static Attr>
    where
        Self: 'static,
    {
        self.attrs
            .iter()
            .find(|attr| attr.name == name || attr.aliases.contains(&name))
    }

    pub(crate) fn slot(&self, name: &str) -> Option<&Slot> {
        self.slots.iter().find(|slot| slot.name == name)
    }

    /// The family of the tags a slot holds.
    pub(crate) fn child_family(slot: &Slot) -> Family {
        match slot.kind {
            SlotKind::Items { family, .. } => family,
            SlotKind::Text(_) | SlotKind::Inline => Family::Object,
        }
    }
}

/// Whether `slot` takes the child tag `name`: text slots claim `plain` and `mrkdwn` (whether the
/// policy allows them is checked later), item slots the tags they list.
pub(crate) fn slot_takes_tag(slot: &Slot, name: &str) -> bool {
    match slot.kind {
        SlotKind::Text(policy) => {
            !matches!(policy, TextPolicy::Str | TextPolicy::Mrkdwn)
                && matches!(name, "plain" | "mrkdwn")
        }
        SlotKind::Items { tags, .. } => tags.contains(&name),
        SlotKind::Inline => rich_text::INLINE.contains(&name),
    }
}
