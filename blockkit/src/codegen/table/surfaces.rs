//! Surfaces (spec §7): messages and views.

use super::Kind::{Bool, Obj, Plain, Str, Union as U};
use super::Tag::{Always, None as Untagged, Optional};
use super::Union::Block;
use super::{Field, Set, Ty, arg, ctor, each, f, ty};

const BLOCKS: Field = each("blocks", "block", U(Block, None)).items();
const PRIVATE_METADATA: Field = f("private_metadata", Str);
const CALLBACK_ID: Field = f("callback_id", Str);
const EXTERNAL_ID: Field = f("external_id", Str);

pub(super) const TYPES: &[Ty] = &[
    ty("Message", Untagged).markup("message").fields(&[
        f("text", Str),
        BLOCKS,
        each("attachments", "attachment", Obj("Attachment")).items(),
        f("thread_ts", Str),
        f("mrkdwn", Bool),
        f("reply_broadcast", Bool),
        f("unfurl_links", Bool),
        f("unfurl_media", Bool),
        f("metadata", Obj("MessageMetadata")),
    ]),
    ty("Modal", Optional("modal"))
        .markup("modal")
        .ctors(&[ctor("new", &["title"])])
        .fields(&[
            arg("title", Plain),
            BLOCKS,
            f("close", Plain),
            f("submit", Plain),
            PRIVATE_METADATA,
            CALLBACK_ID,
            f("clear_on_close", Bool),
            f("notify_on_close", Bool),
            EXTERNAL_ID,
            f("submit_disabled", Bool).set(Set::Field).no_markup(),
        ]),
    ty("HomeTab", Optional("home")).markup("home").fields(&[
        BLOCKS,
        PRIVATE_METADATA,
        CALLBACK_ID,
        EXTERNAL_ID,
    ]),
    ty("WorkflowStepView", Always("workflow_step")).fields(&[
        BLOCKS,
        PRIVATE_METADATA,
        CALLBACK_ID,
        EXTERNAL_ID,
        f("submit_disabled", Bool),
    ]),
];
