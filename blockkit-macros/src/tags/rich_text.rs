//! Rich text (spec §6): sub-elements, inline elements and style flags.

use super::Family::Object;
use super::Kind::{Bool, Enum as E, Expr, I64, Str, U32};
use super::TextPolicy::Str as StrOnly;
use super::{Arg, Attr, Setter, Slot, SlotKind, Tag, attr, ctor, items, tag, text_slot};
use blockkit_limits as l;
use blockkit_limits::values::{BROADCAST_RANGE, LIST_STYLE};

/// The inline elements of a rich-text section, quote or preformatted block.
pub(crate) const INLINE: &[&str] = &[
    "text",
    "link",
    "emoji",
    "user",
    "usergroup",
    "channel",
    "team",
    "broadcast",
    "color",
    "date",
    "canvas",
];

const fn flag(name: &'static str) -> Attr {
    attr(name, Bool).setter(Setter::Style)
}

/// The attributes of a styled inline element: its own, then `style={expr}` and the style flags
/// (each `true` when bare).
macro_rules! styled {
    ($($attr:expr),* $(,)?) => {
        &[
            $($attr,)*
            attr("style", Expr),
            flag("bold"),
            flag("italic"),
            flag("strike"),
            flag("code"),
            flag("underline"),
            flag("highlight"),
            flag("client_highlight"),
            flag("unlink"),
        ]
    };
}

const INLINE_SLOT: Slot = Slot {
    name: "elements",
    kind: SlotKind::Inline,
    setter: Setter::Vec {
        one: "element",
        many: "elements",
    },
    required: false,
    single: false,
    limit: None,
    chars: None,
};

pub(crate) const TAGS: &[Tag] = &[
    tag("rich_text_section", Object, "RichTextSection").slots(&[INLINE_SLOT]),
    tag("rich_text_quote", Object, "RichTextQuote")
        .attrs(&[attr("border", U32)])
        .slots(&[INLINE_SLOT]),
    tag("rich_text_preformatted", Object, "RichTextPreformatted")
        .attrs(&[attr("border", U32), attr("language", Str)])
        .slots(&[INLINE_SLOT]),
    tag("rich_text_list", Object, "RichTextList")
        .ctors(&[ctor("new", &[Arg::Attr("style")])])
        .attrs(&[
            attr("style", E(&LIST_STYLE)).ctor_only(),
            attr("indent", U32).limit(&l::rich_text_list::INDENT),
            attr("offset", U32),
            attr("border", U32).limit(&l::rich_text_list::BORDER),
        ])
        .slots(&[items(
            "elements",
            Object,
            &["rich_text_section"],
            Setter::Vec {
                one: "item",
                many: "items",
            },
        )
        .literal()]),
    tag("text", Object, "InlineText")
        .ctors(&[ctor("new", &[Arg::Slot("text")])])
        .attrs(styled![])
        .slots(&[text_slot(StrOnly, Setter::None, true)]),
    tag("link", Object, "Link")
        .ctors(&[ctor("new", &[Arg::Attr("url")])])
        .attrs(styled![attr("url", Str).ctor_only(), attr("unsafe", Bool)])
        .slots(&[text_slot(StrOnly, Setter::One("text"), false)]),
    tag("emoji", Object, "Emoji")
        .ctors(&[ctor("new", &[Arg::Attr("name")])])
        .attrs(styled![
            attr("name", Str).ctor_only(),
            attr("unicode", Str),
            attr("url", Str),
            attr("skin_tone", U32),
        ]),
    tag("user", Object, "UserMention")
        .ctors(&[ctor("new", &[Arg::Attr("user_id")])])
        .attrs(styled![attr("user_id", Str).ctor_only()]),
    tag("usergroup", Object, "UsergroupMention")
        .ctors(&[ctor("new", &[Arg::Attr("usergroup_id")])])
        .attrs(styled![attr("usergroup_id", Str).ctor_only()]),
    tag("channel", Object, "ChannelMention")
        .ctors(&[ctor("new", &[Arg::Attr("channel_id")])])
        .attrs(styled![attr("channel_id", Str).ctor_only()]),
    tag("team", Object, "TeamMention")
        .ctors(&[ctor("new", &[Arg::Attr("team_id")])])
        .attrs(styled![attr("team_id", Str).ctor_only()]),
    tag("broadcast", Object, "BroadcastMention")
        .ctors(&[ctor("new", &[Arg::Attr("range")])])
        .attrs(styled![attr("range", E(&BROADCAST_RANGE)).ctor_only()]),
    tag("color", Object, "Color")
        .ctors(&[ctor("new", &[Arg::Attr("value")])])
        .attrs(styled![attr("value", Str).ctor_only()]),
    tag("date", Object, "Date")
        .ctors(&[ctor("new", &[Arg::Attr("timestamp"), Arg::Attr("format")])])
        .attrs(styled![
            attr("timestamp", I64).ctor_only(),
            attr("format", Str).ctor_only(),
            attr("url", Str),
            attr("fallback", Str),
        ]),
    tag("canvas", Object, "CanvasMention")
        .ctors(&[ctor("new", &[Arg::Attr("file_id")])])
        .attrs(&[attr("file_id", Str).ctor_only()]),
];
