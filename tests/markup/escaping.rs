//! Interpolated text that lands in mrkdwn is escaped (`&`, `<`, `>`), so it stays inert: no
//! broadcast, no mention, no disguised link, no double-decoded entity. plain_text is never
//! escaped; literals are markup; `raw_mrkdwn` is the one opt-in.

use blockkit::{blocks, raw_mrkdwn};

use super::json;

fn mrkdwn_of(input: &str) -> String {
    let blocks = blocks! { <section><mrkdwn>"> " {input}</mrkdwn></section> };
    let json = json(&blocks);
    assert_eq!(json[0]["text"]["type"], "mrkdwn");
    json[0]["text"]["text"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn broadcasts_mentions_and_links_stay_inert() {
    assert_eq!(mrkdwn_of("<!channel>"), "> &lt;!channel&gt;");
    assert_eq!(mrkdwn_of("<@U0123>"), "> &lt;@U0123&gt;");
    assert_eq!(
        mrkdwn_of("<https://evil.example|your bank>"),
        "> &lt;https://evil.example|your bank&gt;"
    );
    assert_eq!(mrkdwn_of("&amp;"), "> &amp;amp;");
    assert_eq!(mrkdwn_of("fish & chips"), "> fish &amp; chips");
}

#[test]
fn any_display_value_is_escaped() {
    struct Shouty;
    impl std::fmt::Display for Shouty {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("<!here>")
        }
    }
    let blocks = blocks! { <context><mrkdwn>{Shouty} " " {42}</mrkdwn></context> };
    assert_eq!(json(&blocks)[0]["elements"][0]["text"], "&lt;!here&gt; 42");
}

#[test]
fn literals_are_markup() {
    let user = "<@U0123>";
    let blocks = blocks! { <section><mrkdwn>"<!here> *hi* " {user}</mrkdwn></section> };
    assert_eq!(
        json(&blocks)[0]["text"]["text"],
        "<!here> *hi* &lt;@U0123&gt;"
    );
}

#[test]
fn raw_mrkdwn_is_the_opt_in() {
    let mention = format!("<@{}>", "U0123");
    let blocks = blocks! { <section><mrkdwn>"cc " {raw_mrkdwn(&mention)}</mrkdwn></section> };
    assert_eq!(json(&blocks)[0]["text"]["text"], "cc <@U0123>");
}

#[test]
fn plain_text_is_never_escaped() {
    let input = "<!channel> & <@U0123>";
    let blocks = blocks! {
        <header>{input}</header>
        <section>{input}</section>
        <actions><button>{input}</button></actions>
    };
    let json = json(&blocks);
    assert_eq!(json[0]["text"]["text"], input);
    assert_eq!(
        json[1]["text"],
        serde_json::json!({"type": "plain_text", "text": input})
    );
    assert_eq!(json[2]["elements"][0]["text"]["text"], input);
}

#[test]
fn control_flow_inside_mrkdwn_escapes_too() {
    let names = ["<!everyone>", "bob"];
    let blocks = blocks! {
        <section><mrkdwn>for name in names { "• " {name} "\n" }</mrkdwn></section>
    };
    assert_eq!(
        json(&blocks)[0]["text"]["text"],
        "• &lt;!everyone&gt;\n• bob\n"
    );
}
