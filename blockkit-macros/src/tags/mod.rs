//! The table of tags: for every tag its Rust type, constructors, attributes and children.
//!
//! Table-driven: adding a Slack field is one line in the family's file. Limits are references
//! into `blockkit_limits`, never numbers.

mod blocks;
mod elements;
mod objects;
mod rich_text;
mod surfaces;

use blockkit_limits::Limit;

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

/// A Slack string enum: its Rust type and `(value, variant)` pairs.
pub(crate) struct Enum {
    pub(crate) ty: &'static str,
    pub(crate) values: &'static [(&'static str, &'static str)],
}

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

// ---- constructors for the table -------------------------------------------------------------

pub(crate) const fn attr(name: &'static str, kind: Kind) -> Attr {
    Attr {
        name,
        aliases: &[],
        kind,
        setter: Setter::One(name),
        limit: None,
    }
}

impl Attr {
    pub(crate) const fn limit(mut self, limit: &'static Limit) -> Self {
        self.limit = Some(limit);
        self
    }

    /// A constructor argument with no setter.
    pub(crate) const fn ctor_only(mut self) -> Self {
        self.setter = Setter::None;
        self
    }

    /// A list field: `one` appends one item, the field's own name appends many.
    pub(crate) const fn list(mut self, one: &'static str) -> Self {
        self.setter = Setter::Vec {
            one,
            many: self.name,
        };
        self
    }

    pub(crate) const fn setter(mut self, setter: Setter) -> Self {
        self.setter = setter;
        self
    }

    pub(crate) const fn aliases(mut self, aliases: &'static [&'static str]) -> Self {
        self.aliases = aliases;
        self
    }
}

pub(crate) const fn text_slot(policy: TextPolicy, setter: Setter, required: bool) -> Slot {
    Slot {
        name: "text",
        kind: SlotKind::Text(policy),
        setter,
        required,
        single: false,
        limit: None,
        chars: None,
    }
}

pub(crate) const fn items(
    name: &'static str,
    family: Family,
    tags: &'static [&'static str],
    setter: Setter,
) -> Slot {
    Slot {
        name,
        kind: SlotKind::Items {
            family,
            tags,
            interp: InterpMode::One,
            literal: false,
        },
        setter,
        required: false,
        single: false,
        limit: None,
        chars: None,
    }
}

impl Slot {
    pub(crate) const fn limit(mut self, limit: &'static Limit) -> Self {
        self.limit = Some(limit);
        self
    }

    pub(crate) const fn chars(mut self, limit: &'static Limit) -> Self {
        self.chars = Some(limit);
        self
    }

    pub(crate) const fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub(crate) const fn single(mut self) -> Self {
        self.single = true;
        self
    }

    pub(crate) const fn literal(mut self) -> Self {
        if let SlotKind::Items {
            family,
            tags,
            interp,
            ..
        } = self.kind
        {
            self.kind = SlotKind::Items {
                family,
                tags,
                interp,
                literal: true,
            };
        }
        self
    }

    pub(crate) const fn blocks(mut self) -> Self {
        if let SlotKind::Items {
            family,
            tags,
            literal,
            ..
        } = self.kind
        {
            self.kind = SlotKind::Items {
                family,
                tags,
                interp: InterpMode::Blocks,
                literal,
            };
        }
        self
    }

    pub(crate) const fn no_interp(mut self) -> Self {
        if let SlotKind::Items {
            family,
            tags,
            literal,
            ..
        } = self.kind
        {
            self.kind = SlotKind::Items {
                family,
                tags,
                interp: InterpMode::No,
                literal,
            };
        }
        self
    }
}

pub(crate) const fn ctor(func: &'static str, args: &'static [Arg]) -> Ctor {
    Ctor {
        func,
        args,
        literal_only: false,
    }
}

pub(crate) const NEW: &[Ctor] = &[ctor("new", &[])];

pub(crate) const fn tag(name: &'static str, family: Family, ty: &'static str) -> Tag {
    Tag {
        name,
        family,
        ty,
        ctors: NEW,
        attrs: &[],
        slots: &[],
        forbidden_on: &[],
        unavailable: None,
        one_of: &[],
    }
}

impl Tag {
    pub(crate) const fn ctors(mut self, ctors: &'static [Ctor]) -> Self {
        self.ctors = ctors;
        self
    }

    pub(crate) const fn attrs(mut self, attrs: &'static [Attr]) -> Self {
        self.attrs = attrs;
        self
    }

    pub(crate) const fn slots(mut self, slots: &'static [Slot]) -> Self {
        self.slots = slots;
        self
    }

    pub(crate) const fn forbidden_on(mut self, surfaces: &'static [&'static str]) -> Self {
        self.forbidden_on = surfaces;
        self
    }

    pub(crate) const fn unavailable(mut self, why: &'static str) -> Self {
        self.unavailable = Some(why);
        self
    }

    pub(crate) const fn one_of(mut self, names: &'static [&'static str]) -> Self {
        self.one_of = names;
        self
    }
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

/// Closest candidate to `name` by edit distance, if close enough to be a likely typo.
pub(crate) fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|candidate| (levenshtein(name, candidate), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance over characters.
pub(crate) fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current.clear();
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous.get(j).map_or(usize::MAX, |d| d + usize::from(ca != *cb));
            let insertion = current.get(j).map_or(usize::MAX, |d| d + 1);
            let deletion = previous.get(j + 1).map_or(usize::MAX, |d| d + 1);
            current.push(substitution.min(insertion).min(deletion));
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous.last().copied().unwrap_or_default()
}
