//! Rich text (spec §6): sub-elements, inline elements, styles.

use super::Kind::{Bool, Enum as E, I64, Obj, Str, U32, Union as U};
use super::Tag::{Always, None as Untagged};
use super::Union::{Inline, RichText};
use super::{Enum, Field, Set, Ty, arg, ctor, each, f, ty};

/// The inline elements, by Rust name.
pub(super) const INLINE: &[&str] = &[
    "InlineText",
    "Link",
    "Emoji",
    "UserMention",
    "UsergroupMention",
    "ChannelMention",
    "TeamMention",
    "BroadcastMention",
    "Color",
    "Date",
    "CanvasMention",
];

pub(super) const LIST_STYLE: Enum = Enum {
    ty: "ListStyle",
    values: &[("bullet", "Bullet"), ("ordered", "Ordered")],
};

const BROADCAST_RANGE: Enum = Enum {
    ty: "BroadcastRange",
    values: &[
        ("here", "Here"),
        ("channel", "Channel"),
        ("everyone", "Everyone"),
    ],
};

const STYLE: Field = f("style", Obj("RichTextStyle"));
const INLINE_CONTENT: Field = each("elements", "element", U(Inline, None))
    .set(Set::Custom)
    .items();

const fn flag(name: &'static str) -> Field {
    f(name, Bool)
}

pub(super) const TYPES: &[Ty] = &[
    ty("RichTextSection", Always("rich_text_section"))
        .markup("rich_text_section")
        .fields(&[INLINE_CONTENT]),
    ty("RichTextList", Always("rich_text_list"))
        .markup("rich_text_list")
        .ctors(&[ctor("new", &["style"])])
        .fields(&[
            each(
                "elements",
                "item",
                U(RichText, Some(&["rich_text_section"])),
            )
            .set(Set::Custom)
            .items(),
            arg("style", E(&LIST_STYLE)),
            f("indent", U32),
            f("offset", U32),
            f("border", U32),
        ]),
    ty("RichTextPreformatted", Always("rich_text_preformatted"))
        .markup("rich_text_preformatted")
        .fields(&[INLINE_CONTENT, f("border", U32), f("language", Str)]),
    ty("RichTextQuote", Always("rich_text_quote"))
        .markup("rich_text_quote")
        .fields(&[INLINE_CONTENT, f("border", U32)]),
    ty("InlineText", Always("text"))
        .markup("text")
        .ctors(&[ctor("new", &["text"])])
        .fields(&[arg("text", Str).text(), STYLE]),
    ty("Link", Always("link"))
        .markup("link")
        .ctors(&[ctor("new", &["url"])])
        .fields(&[
            arg("url", Str),
            f("text", Str).text(),
            f("unsafe", Bool),
            STYLE,
        ]),
    ty("Emoji", Always("emoji"))
        .markup("emoji")
        .ctors(&[ctor("new", &["name"])])
        .fields(&[
            arg("name", Str),
            f("unicode", Str),
            f("url", Str),
            f("skin_tone", U32),
            STYLE,
        ]),
    ty("UserMention", Always("user"))
        .markup("user")
        .ctors(&[ctor("new", &["user_id"])])
        .fields(&[arg("user_id", Str), STYLE]),
    ty("UsergroupMention", Always("usergroup"))
        .markup("usergroup")
        .ctors(&[ctor("new", &["usergroup_id"])])
        .fields(&[arg("usergroup_id", Str), STYLE]),
    ty("ChannelMention", Always("channel"))
        .markup("channel")
        .ctors(&[ctor("new", &["channel_id"])])
        .fields(&[arg("channel_id", Str), STYLE]),
    ty("TeamMention", Always("team"))
        .markup("team")
        .ctors(&[ctor("new", &["team_id"])])
        .fields(&[arg("team_id", Str), STYLE]),
    ty("BroadcastMention", Always("broadcast"))
        .markup("broadcast")
        .ctors(&[ctor("new", &["range"])])
        .fields(&[arg("range", E(&BROADCAST_RANGE)), STYLE]),
    ty("Color", Always("color"))
        .markup("color")
        .ctors(&[ctor("new", &["value"])])
        .fields(&[arg("value", Str), STYLE]),
    ty("Date", Always("date"))
        .markup("date")
        .ctors(&[ctor("new", &["timestamp", "format"])])
        .fields(&[
            arg("timestamp", I64),
            arg("format", Str),
            f("url", Str),
            f("fallback", Str),
            STYLE,
        ]),
    ty("CanvasMention", Always("canvas"))
        .markup("canvas")
        .ctors(&[ctor("new", &["file_id"])])
        .fields(&[arg("file_id", Str)]),
    ty("RichTextStyle", Untagged).fields(&[
        flag("bold"),
        flag("italic"),
        flag("strike"),
        flag("code"),
        flag("underline"),
        flag("highlight"),
        flag("client_highlight"),
        flag("unlink"),
    ]),
];
