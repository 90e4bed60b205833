//! `examples/poll.rs`: the poll, and the `chat.update` after a vote.

#[allow(
    dead_code,
    reason = "the example's `main` runs with `cargo run --example`, not here"
)]
#[path = "../../blockkit/examples/poll.rs"]
mod example;

use super::checked;

#[test]
fn post_message() {
    let body = example::post_message("C0OFFSITE01", &example::sample()).expect("a valid message");
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn update_message_after_a_vote() {
    let mut poll = example::sample();
    let body = example::handle_interaction(&mut poll, example::VOTE_PAYLOAD)
        .expect("the payload parses")
        .expect("the payload is a vote");
    assert_eq!(
        (body.channel.as_str(), body.ts.as_str()),
        ("C0OFFSITE01", "1718030400.000200")
    );
    insta::assert_json_snapshot!(checked(&body));
}

#[test]
fn voting_again_takes_the_vote_back() {
    let mut poll = example::sample();
    poll.vote("U0456GHIJKL", "lisbon");
    assert_eq!(
        poll.votes,
        [("U0789MNOPQR".to_owned(), "remote".to_owned())]
    );
    poll.vote("U0789MNOPQR", "krakow");
    assert_eq!(
        poll.votes,
        [("U0789MNOPQR".to_owned(), "krakow".to_owned())]
    );
    poll.vote("U0789MNOPQR", "atlantis");
    assert_eq!(poll.votes.len(), 1);
    poll.votes.clear();
    checked(&example::message(&poll));
}

#[test]
fn other_payloads_are_not_votes() {
    let mut poll = example::sample();
    let shortcut = r#"{"type": "shortcut", "callback_id": "new_poll", "trigger_id": "1.2.abc",
        "user": {"id": "U0123ABCDEF"}}"#;
    assert!(
        example::handle_interaction(&mut poll, shortcut)
            .expect("parses")
            .is_none()
    );
}
