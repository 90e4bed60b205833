//! What code generation knows about every model type: its constructors, its setters, what its
//! fields hold, and how `blocks!` writes it.
//!
//! Table-driven, one file per family, like the `blocks!` macro's own table: a Slack field is one
//! line. A field the table does not know is kept in the value's `extra` by the generated code.

use std::collections::BTreeSet;

mod blocks;
mod bodies;
mod elements;
mod objects;
mod rich_text;
mod surfaces;

/// One model type.
pub(super) struct Ty {
    /// The Rust type, exported at the crate root.
    pub(super) name: &'static str,
    /// Its `"type"`.
    pub(super) tag: Tag,
    /// Constructors, tried in order: the first whose arguments are all present and fit wins.
    pub(super) ctors: &'static [Ctor],
    /// Every field the model has, in the spec's order.
    pub(super) fields: &'static [Field],
    /// Its `blocks!` tag, when it has one.
    pub(super) markup: Option<&'static str>,
}

/// How a type carries `"type"`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Tag {
    /// Not at all.
    None,
    /// Always, as this string.
    Always(&'static str),
    /// When parsed from JSON that has it; the builders always write it.
    Optional(&'static str),
}

impl Tag {
    pub(super) fn name(self) -> Option<&'static str> {
        match self {
            Self::None => None,
            Self::Always(name) | Self::Optional(name) => Some(name),
        }
    }
}

/// A constructor: `Type::func(args...)`, each argument a field.
pub(super) struct Ctor {
    pub(super) func: &'static str,
    pub(super) args: &'static [&'static str],
}

/// One field.
pub(super) struct Field {
    /// The JSON name (the Rust field is the same, `r#unsafe` aside).
    pub(super) name: &'static str,
    pub(super) kind: Kind,
    pub(super) set: Set,
    pub(super) model: Model,
    pub(super) markup: Mk,
}

/// What a field's value is, which decides the expression written for it.
#[derive(Clone, Copy)]
pub(super) enum Kind {
    /// A string.
    Str,
    /// A text object the builder takes as `impl Into<PlainText>`.
    Plain,
    /// A text object of either kind (`impl Into<Text>`).
    Text,
    Bool,
    U32,
    I64,
    /// Any JSON number (`impl Into<serde_json::Number>`).
    Number,
    /// Any JSON value (`impl Into<serde_json::Value>`).
    Json,
    /// A Slack string enum.
    Enum(&'static Enum),
    /// A struct of the table, by Rust name.
    Obj(&'static str),
    /// One of the types chosen by `"type"`; the builder takes only the `only` tags when given.
    Union(Union, Option<&'static [&'static str]>),
    /// A request body's payload (`Message`, `Modal`, `HomeTab` or `View`), validated:
    /// `payload.build()?`.
    Payload(&'static str),
    /// A `views.update` target, `{"view_id": ..}` or `{"external_id": ..}`: a `ViewRef`.
    ViewRef,
    /// `view_submission` errors, `{"block_id": "message", ..}`: `[("block_id", "message")]`.
    Pairs,
}

/// The enums chosen by `"type"`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Union {
    Block,
    Element,
    /// A context block's item: a text object or an element.
    Context,
    RichText,
    Inline,
    Cell,
    Chart,
    View,
    /// A `rich_text_input`'s `initial_value`.
    RichTextValue,
}

impl Union {
    /// The Rust enum.
    pub(super) fn name(self) -> &'static str {
        match self {
            Self::Block => "Block",
            Self::Element => "Element",
            Self::Context => "ContextElement",
            Self::RichText => "RichTextElement",
            Self::Inline => "InlineElement",
            Self::Cell => "TableCell",
            Self::Chart => "Chart",
            Self::View => "View",
            Self::RichTextValue => "RichTextInputValue",
        }
    }

    /// Whether the enum keeps unknown types (`Unknown(RawObject)`).
    pub(super) fn keeps_unknown(self) -> bool {
        !matches!(self, Self::Context)
    }
}

/// A Slack string enum: its Rust type and `(value, variant)` pairs.
pub(super) struct Enum {
    pub(super) ty: &'static str,
    pub(super) values: &'static [(&'static str, &'static str)],
}

/// How the builder sets a field.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Set {
    /// Only through a constructor.
    Arg,
    /// `.name(value)`.
    One(&'static str),
    /// A list: `.one(item)` per item.
    Each(&'static str),
    /// `.plain(value)` for plain_text, `.text(value)` for mrkdwn.
    PlainOr(&'static str, &'static str),
    /// No setter: the field is assigned.
    Field,
    /// Written by code of its own (rich-text content, table rows).
    Custom,
}

/// The field's type in the model, for assignments.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Model {
    /// `T`.
    Req,
    /// `Option<T>`.
    Opt,
    /// `Option<Box<T>>`.
    OptBox,
    /// `Vec<T>`.
    List,
    /// `Option<Vec<T>>`.
    OptList,
    /// `Vec<Vec<T>>`.
    Rows,
}

/// How `blocks!` writes a field.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mk {
    /// An attribute: `name=value`.
    Attr,
    /// The element's text children.
    Text,
    /// Child elements, each wrapped in this tag when given.
    Items(Option<&'static str>),
    /// Not expressible: the value is built with the builders instead.
    No,
}

// ---- the `const fn`s the tables are written with ----------------------------------------------

pub(super) const fn ty(name: &'static str, tag: Tag) -> Ty {
    Ty {
        name,
        tag,
        ctors: &[Ctor {
            func: "new",
            args: &[],
        }],
        fields: &[],
        markup: None,
    }
}

impl Ty {
    pub(super) const fn ctors(mut self, ctors: &'static [Ctor]) -> Self {
        self.ctors = ctors;
        self
    }

    pub(super) const fn fields(mut self, fields: &'static [Field]) -> Self {
        self.fields = fields;
        self
    }

    pub(super) const fn markup(mut self, tag: &'static str) -> Self {
        self.markup = Some(tag);
        self
    }
}

pub(super) const fn ctor(func: &'static str, args: &'static [&'static str]) -> Ctor {
    Ctor { func, args }
}

/// An optional field with a setter of its own name, written as an attribute.
pub(super) const fn f(name: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        set: Set::One(name),
        model: Model::Opt,
        markup: Mk::Attr,
    }
}

/// A required field set by the constructor.
pub(super) const fn arg(name: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        set: Set::Arg,
        model: Model::Req,
        markup: Mk::Attr,
    }
}

/// A list field whose setter `one` appends one item.
pub(super) const fn each(name: &'static str, one: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        set: Set::Each(one),
        model: Model::List,
        markup: Mk::Attr,
    }
}

impl Field {
    pub(super) const fn model(mut self, model: Model) -> Self {
        self.model = model;
        self
    }

    pub(super) const fn set(mut self, set: Set) -> Self {
        self.set = set;
        self
    }

    pub(super) const fn text(mut self) -> Self {
        self.markup = Mk::Text;
        self
    }

    pub(super) const fn items(mut self) -> Self {
        self.markup = Mk::Items(None);
        self
    }

    pub(super) const fn items_in(mut self, wrapper: &'static str) -> Self {
        self.markup = Mk::Items(Some(wrapper));
        self
    }

    pub(super) const fn no_markup(mut self) -> Self {
        self.markup = Mk::No;
        self
    }
}

/// `block_id`, on every block.
pub(super) const BLOCK_ID: Field = f("block_id", Kind::Str);
/// `action_id`, on most elements.
pub(super) const ACTION_ID: Field = f("action_id", Kind::Str);

// ---- lookups ----------------------------------------------------------------------------------

const TABLES: &[&[Ty]] = &[
    bodies::TYPES,
    blocks::TYPES,
    elements::TYPES,
    objects::TYPES,
    rich_text::TYPES,
    surfaces::TYPES,
];

/// The type named `name` (a Rust name).
pub(super) fn by_name(name: &str) -> Option<&'static Ty> {
    TABLES
        .iter()
        .flat_map(|table| table.iter())
        .find(|ty| ty.name == name)
}

/// The member of `union` tagged `tag`.
pub(super) fn member(union: Union, tag: &str) -> Option<&'static Ty> {
    let names: &[&str] = match union {
        Union::Block => blocks::BLOCKS,
        Union::Element => elements::ELEMENTS,
        Union::Context => &["PlainText", "MrkdwnText"],
        Union::RichText => &[
            "RichTextSection",
            "RichTextList",
            "RichTextPreformatted",
            "RichTextQuote",
        ],
        Union::Inline => rich_text::INLINE,
        Union::Cell => &["RawText", "RawNumber", "RichTextBlock"],
        Union::Chart => &["PieChart", "BarChart", "AreaChart", "LineChart"],
        Union::View => &["Modal", "HomeTab", "WorkflowStepView"],
        Union::RichTextValue => &["RichTextBlock"],
    };
    let found = names
        .iter()
        .filter_map(|name| by_name(name))
        .find(|ty| ty.tag.name() == Some(tag));
    if found.is_none() && union == Union::Context {
        return member(Union::Element, tag);
    }
    found
}

impl Ty {
    /// The field `name`.
    pub(super) fn field(&self, name: &str) -> Option<&'static Field>
    where
        Self: 'static,
    {
        self.fields.iter().find(|field| field.name == name)
    }
}

/// Every name the generated code may use from `blockkit`, for its `use` line.
pub(super) fn known_names() -> BTreeSet<&'static str> {
    let mut names: BTreeSet<&'static str> = [
        "Text",
        "RawObject",
        "ContextElement",
        "ViewRef",
        "Validated",
    ]
    .into_iter()
    .collect();
    for ty in TABLES.iter().flat_map(|table| table.iter()) {
        names.insert(ty.name);
        for field in ty.fields {
            match field.kind {
                Kind::Enum(list) => {
                    names.insert(list.ty);
                }
                Kind::Union(union, _) => {
                    names.insert(union.name());
                }
                _ => {}
            }
        }
    }
    names.extend([
        "BroadcastRange",
        "ParseMode",
        "ResponseType",
        "Block",
        "TableCell",
        "View",
    ]);
    names
}
