//! Roots: `<message>`, `<modal>`, `<home>` and a bare list of blocks; run-time values are checked
//! by `.build()`.

use blockkit::{Code, HomeTab, Message, Modal, Validate, blocks};

use super::json;

#[test]
fn a_message() {
    let message: Message = blocks! {
        <message text="fallback" mrkdwn=false reply_broadcast thread_ts="1.2">
            <section>"Hello"</section>
            <attachment color="good" fallback="old">
                <section>"In an attachment"</section>
                <field title="Env" value="prod" short/>
            </attachment>
        </message>
    };
    let json = json(&message);
    assert_eq!(json["text"], "fallback");
    assert_eq!(json["reply_broadcast"], true);
    assert_eq!(
        json["attachments"][0]["blocks"][0]["text"]["text"],
        "In an attachment"
    );
    assert_eq!(json["attachments"][0]["fields"][0]["short"], true);
    assert!(message.build().is_ok());
}

#[test]
fn a_modal() {
    let modal: Modal = blocks! {
        <modal title="Feedback" submit="Send" close="Cancel" callback_id="fb"
            private_metadata="42" notify_on_close clear_on_close=false external_id="ext">
            <input label="Text"><plain_text_input action_id="t"/></input>
        </modal>
    };
    let json = json(&modal);
    assert_eq!(json["type"], "modal");
    assert_eq!(json["close"]["text"], "Cancel");
    assert!(modal.build().is_ok());
}

#[test]
fn a_home_tab() {
    let home: HomeTab = blocks! {
        <home callback_id="home" private_metadata="x">
            <header>"Welcome"</header>
        </home>
    };
    assert_eq!(json(&home)["type"], "home");
    assert!(home.build().is_ok());
}

#[test]
fn a_bare_list() {
    let blocks: Vec<blockkit::Block> = blocks! { <divider/> <divider/> };
    assert_eq!(blocks.len(), 2);
    let empty: Vec<blockkit::Block> = blocks! {};
    assert!(empty.is_empty());
}

#[test]
fn run_time_values_are_checked_by_build() {
    let label = "x".repeat(3001);
    let modal = blocks! {
        <modal title="Ok">
            <section>{label}</section>
        </modal>
    };
    let report = modal.validate();
    assert_eq!(report.violations()[0].code, Code::MaxLength);
    assert_eq!(report.violations()[0].pointer, "/blocks/0/text/text");
    assert!(modal.build().is_err());
}

#[test]
fn a_literal_template_gives_a_fresh_value_each_time() {
    let make = || blocks! { <header>"Status"</header> <section><mrkdwn>"*ok*"</mrkdwn></section> };
    let mut first = make();
    first.clear();
    let second = make();
    assert_eq!(second.len(), 2);
    assert_eq!(json(&second), json(&make()));
}
