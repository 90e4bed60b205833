//! Surfaces (spec §7): the root tags.

use blockkit_limits as l;

use super::Family::{Block, Object, Surface};
use super::Kind::{Bool, Expr, Plain, Str};
use super::blocks::ALL_BLOCKS;
use super::{Arg, Attr, Setter, Slot, Tag, attr, ctor, items, tag};

const BLOCKS: Slot = items(
    "blocks",
    Block,
    ALL_BLOCKS,
    Setter::Vec {
        one: "block",
        many: "blocks",
    },
)
.blocks();

const PRIVATE_METADATA: Attr = attr("private_metadata", Str).limit(&l::view::PRIVATE_METADATA);
const CALLBACK_ID: Attr = attr("callback_id", Str).limit(&l::view::CALLBACK_ID);
const EXTERNAL_ID: Attr = attr("external_id", Str).limit(&l::view::EXTERNAL_ID);

pub(crate) const TAGS: &[Tag] = &[
    tag("message", Surface, "Message")
        .attrs(&[
            attr("text", Str).limit(&l::message::TEXT),
            attr("thread_ts", Str),
            attr("mrkdwn", Bool),
            attr("reply_broadcast", Bool),
            attr("unfurl_links", Bool),
            attr("unfurl_media", Bool),
            attr("metadata", Expr),
            attr("attachments", Expr).list("attachment"),
        ])
        .slots(&[
            BLOCKS.limit(&l::message::BLOCKS),
            items(
                "attachments",
                Object,
                &["attachment"],
                Setter::Vec {
                    one: "attachment",
                    many: "attachments",
                },
            )
            .no_interp()
            .limit(&l::message::ATTACHMENTS),
        ]),
    tag("modal", Surface, "Modal")
        .ctors(&[ctor("new", &[Arg::Attr("title")])])
        .attrs(&[
            attr("title", Plain).ctor_only().limit(&l::modal::TITLE),
            attr("close", Plain).limit(&l::modal::CLOSE),
            attr("submit", Plain).limit(&l::modal::SUBMIT),
            PRIVATE_METADATA,
            CALLBACK_ID,
            attr("clear_on_close", Bool),
            attr("notify_on_close", Bool),
            EXTERNAL_ID,
        ])
        .slots(&[BLOCKS.required().limit(&l::modal::BLOCKS)]),
    tag("home", Surface, "HomeTab")
        .attrs(&[PRIVATE_METADATA, CALLBACK_ID, EXTERNAL_ID])
        .slots(&[BLOCKS.required().limit(&l::home::BLOCKS)]),
];

/// The root of a bare list of blocks.
pub(crate) const ROOT: Tag = tag("blocks!", Surface, "").slots(&[BLOCKS]);
