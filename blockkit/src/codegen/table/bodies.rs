//! Request bodies (the `chat.*` and `views.*` methods, `response_url`, `view_submission`
//! responses). Their payload is a field of its own here (`message`, `view`): the code generator
//! splits the body's JSON so.

use super::Kind::{Bool, Enum as E, I64, Pairs, Payload, Str, ViewRef};
use super::Tag::None as Untagged;
use super::{Enum, Field, Set, Ty, arg, ctor, each, f, ty};

const PARSE_MODE: Enum = Enum {
    ty: "ParseMode",
    values: &[("none", "None"), ("full", "Full")],
};

const RESPONSE_TYPE: Enum = Enum {
    ty: "ResponseType",
    values: &[("in_channel", "InChannel"), ("ephemeral", "Ephemeral")],
};

const CHANNEL: Field = arg("channel", Str);
const MESSAGE: Field = arg("message", Payload("Message"));
const PARSE: Field = f("parse", E(&PARSE_MODE));
const LINK_NAMES: Field = f("link_names", Bool);
const AS_USER: Field = f("as_user", Bool);

pub(super) const TYPES: &[Ty] = &[
    ty("PostMessage", Untagged)
        .ctors(&[ctor("new", &["channel", "message"])])
        .fields(&[
            CHANNEL,
            MESSAGE,
            PARSE,
            LINK_NAMES,
            f("icon_emoji", Str),
            f("icon_url", Str),
            f("username", Str),
            AS_USER,
            f("current_draft_last_updated_ts", Str),
        ]),
    ty("PostEphemeral", Untagged)
        .ctors(&[ctor("new", &["channel", "user", "message"])])
        .fields(&[
            CHANNEL,
            arg("user", Str),
            MESSAGE,
            f("icon_emoji", Str),
            f("icon_url", Str),
            f("username", Str),
            LINK_NAMES,
            PARSE,
            AS_USER,
        ]),
    ty("UpdateMessage", Untagged)
        .ctors(&[ctor("new", &["channel", "ts", "message"])])
        .fields(&[
            CHANNEL,
            arg("ts", Str),
            MESSAGE,
            LINK_NAMES,
            PARSE,
            each("file_ids", "file_id", Str),
            AS_USER,
        ]),
    ty("ScheduleMessage", Untagged)
        .ctors(&[ctor("new", &["channel", "post_at", "message"])])
        .fields(&[
            CHANNEL,
            arg("post_at", I64),
            MESSAGE,
            LINK_NAMES,
            PARSE,
            AS_USER,
        ]),
    ty("DeleteMessage", Untagged)
        .ctors(&[ctor("new", &["channel", "ts"])])
        .fields(&[CHANNEL, arg("ts", Str), AS_USER]),
    ty("ResponseUrlMessage", Untagged)
        .ctors(&[ctor("new", &["message"]), ctor("delete_original", &[])])
        .fields(&[
            MESSAGE,
            f("response_type", E(&RESPONSE_TYPE)),
            f("replace_original", Bool),
            f("delete_original", Bool).set(Set::Field),
        ]),
    ty("OpenView", Untagged)
        .ctors(&[
            ctor("with_trigger_id", &["trigger_id", "view"]),
            ctor(
                "with_interactivity_pointer",
                &["interactivity_pointer", "view"],
            ),
        ])
        .fields(&[
            arg("trigger_id", Str),
            arg("interactivity_pointer", Str),
            arg("view", Payload("Modal")),
        ]),
    ty("UpdateView", Untagged)
        .ctors(&[ctor("new", &["target", "view"])])
        .fields(&[
            arg("target", ViewRef),
            arg("view", Payload("View")),
            f("hash", Str),
        ]),
    ty("PublishView", Untagged)
        .ctors(&[ctor("new", &["user_id", "view"])])
        .fields(&[
            arg("user_id", Str),
            arg("view", Payload("HomeTab")),
            f("hash", Str),
            f("interactivity_pointer", Str),
        ]),
    ty("ViewSubmissionResponse", Untagged)
        .ctors(&[
            ctor("errors", &["errors"]),
            ctor("update", &["update"]),
            ctor("push", &["push"]),
            ctor("clear", &[]),
        ])
        .fields(&[
            arg("errors", Pairs),
            arg("update", Payload("Modal")),
            arg("push", Payload("Modal")),
        ]),
];
