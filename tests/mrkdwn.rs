//! Safe mrkdwn: text from users stays inert through every helper of `blockkit::mrkdwn`, the
//! `mrkdwn!` macro and the Markdown conversion; `plain_text` is never escaped; every helper
//! handles 1 MB of adversarial input (correctness is asserted, never timing).

use blockkit::mrkdwn::{
    Markup, at_channel, at_everyone, at_here, bare_link, bold, bullets, channel, code, code_block,
    date, date_with_link, emoji, from_commonmark, italic, link, quote, strike, text, user,
    usergroup,
};
use blockkit::{Button, HeaderBlock, Message, MrkdwnText, PlainText, SectionBlock, Text, mrkdwn};
use serde_json::json;

/// Input a user might type to mention, notify, disguise a link or smuggle an entity.
const HOSTILE: &[&str] = &[
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U0123>",
    "<#C0123>",
    "<!subteam^S0123>",
    "<https://evil.example|your bank>",
    "<https://evil.example>",
    "&amp;",
    "&lt;!channel&gt;",
    "<!date^0^{date}|x>",
    "a > b < c & d",
    "<<>>|&&",
    "*_~`>",
];

/// Every helper that takes user text, by name, applied to `input`.
fn every_helper(input: &str) -> Vec<(&'static str, Markup)> {
    vec![
        ("text", text(input)),
        ("Markup::from", Markup::from(input)),
        ("Markup::from(String)", Markup::from(input.to_owned())),
        ("add", Markup::new() + input + input),
        ("line", Markup::new().line(input)),
        ("join", Markup::join([input, input], input)),
        ("collect", [input, input].into_iter().collect()),
        ("bold", bold(input)),
        ("italic", italic(input)),
        ("strike", strike(input)),
        ("nested", bold(italic(strike(input)))),
        ("code", code(input)),
        ("code_block", code_block(input)),
        ("quote", quote(input)),
        ("bullets", bullets([input, input])),
        ("link label", link("https://example.com", input)),
        ("link url", link(input, "label")),
        ("bare_link", bare_link(input)),
        ("date format", date(0, input, "fallback")),
        ("date fallback", date(0, "{date}", input)),
        ("date link", date_with_link(0, "{date}", input, "fallback")),
        ("user", user(input)),
        ("channel", channel(input)),
        ("usergroup", usergroup(input)),
        ("emoji", emoji(input)),
        ("mrkdwn!", mrkdwn!("{} and {}", input, input.to_owned())),
        (
            "mrkdwn! with markup",
            mrkdwn!("*{}* {}", bold(input), input),
        ),
        (
            "MrkdwnText::escaped",
            Markup::raw(MrkdwnText::escaped(input).text),
        ),
    ]
}

/// The control characters of `markup`: its `<` and `>`, and whether every `&` starts an entity.
/// One pass over the bytes (the 1 MB tests run it on unoptimized builds).
fn controls(markup: &str) -> (usize, usize, bool) {
    let bytes = markup.as_bytes();
    let (mut lt, mut gt, mut entities_only) = (0, 0, true);
    for (at, byte) in bytes.iter().enumerate() {
        match byte {
            b'<' => lt += 1,
            b'>' => gt += 1,
            b'&' => {
                let rest = &bytes[at..];
                entities_only &= rest.starts_with(b"&amp;")
                    || rest.starts_with(b"&lt;")
                    || rest.starts_with(b"&gt;");
            }
            _ => {}
        }
    }
    (lt, gt, entities_only)
}

#[test]
fn hostile_input_stays_inert_through_every_helper() {
    // Whatever the input, each helper writes the same control characters as for a harmless
    // word: the user's `<`, `>` and `&` never reach Slack as markup.
    let harmless = every_helper("word");
    for input in HOSTILE {
        for ((name, output), (_, baseline)) in every_helper(input).iter().zip(&harmless) {
            let (opening, closing, entities_only) = controls(output.as_str());
            let expected = controls(baseline.as_str());
            assert!(
                entities_only,
                "{name}({input:?}) = {output:?} has a bare `&`"
            );
            assert_eq!(
                opening, expected.0,
                "{name}({input:?}) = {output:?} gained a `<`"
            );
            assert_eq!(
                closing, expected.1,
                "{name}({input:?}) = {output:?} gained a `>`"
            );
            // The mention helpers are asked for a mention (of the ID's letters and digits).
            if !matches!(*name, "user" | "channel" | "usergroup") {
                for token in [
                    "<!channel",
                    "<!here",
                    "<!everyone",
                    "<!subteam",
                    "<@",
                    "<#",
                    "<https://evil",
                ] {
                    assert!(
                        !output.as_str().contains(token),
                        "{name}({input:?}) = {output:?} contains {token}"
                    );
                }
            }
        }
    }
}

#[test]
fn hostile_input_stays_inert_through_commonmark() {
    // The conversion writes the markup its input asks for: a `>` starting a quote line, and a
    // link for an autolink (`<https://evil.example>` shows its own URL). Nothing else.
    for input in HOSTILE {
        let output = from_commonmark(input);
        let (_, _, entities_only) = controls(output.as_str());
        assert!(entities_only, "{input:?} gave {output:?}");
        for token in ["<!", "<@", "<#"] {
            assert!(
                !output.as_str().contains(token),
                "{input:?} gave {output:?}"
            );
        }
        for line in output.as_str().lines() {
            let rest = line.strip_prefix('>').unwrap_or(line);
            if let Some(url) = rest.strip_prefix('<') {
                assert_eq!(rest, format!("<{url}"));
                let (target, label) = url.trim_end_matches('>').split_once('|').unwrap();
                assert_eq!(target, label, "{input:?} gave {output:?}");
            } else {
                assert!(!rest.contains(['<', '>']), "{input:?} gave {output:?}");
            }
        }
    }
}

#[test]
fn hostile_input_is_shown_as_typed() {
    assert_eq!(text("<!channel>").as_str(), "&lt;!channel&gt;");
    assert_eq!(text("&amp;").as_str(), "&amp;amp;");
    assert_eq!(
        bold("<https://evil.example|your bank>").as_str(),
        "*&lt;https://evil.example|your bank&gt;*"
    );
    assert_eq!(
        link("https://example.com", "<@U0123>").as_str(),
        "<https://example.com|&lt;@U0123&gt;>"
    );
    assert_eq!(
        link("https://evil.example|your bank>", "x").as_str(),
        "<https://evil.example%7Cyour%20bank%3E|x>"
    );
    assert_eq!(link("<!channel>", "x").as_str(), "<%3C!channel%3E|x>");
    assert_eq!(link("@U0123", "x").as_str(), "<%40U0123|x>");
    assert_eq!(user("<!channel>").as_str(), "<@channel>");
    assert_eq!(emoji("<!here>").as_str(), ":here:");
    assert_eq!(
        date(5, "{date}|<!here>^x", "<!here>").as_str(),
        "<!date^5^{date}｜&lt;!here&gt;＾x|&lt;!here&gt;>"
    );
    assert_eq!(
        mrkdwn!("{} says {}", "<@U0123>", "&amp;").as_str(),
        "&lt;@U0123&gt; says &amp;amp;"
    );
    assert_eq!(
        from_commonmark("<@U0123> <https://evil.example|your bank> &amp;").as_str(),
        "&lt;@U0123&gt; &lt;https://evil.example|your bank&gt; &amp;"
    );
    // `<!` starts an HTML block, shown as typed (entities and all).
    assert_eq!(
        from_commonmark("<!channel> &amp;").as_str(),
        "&lt;!channel&gt; &amp;amp;"
    );
}

#[test]
fn explicit_helpers_write_special_mentions() {
    let markup = Markup::join([at_here(), at_channel(), at_everyone()], " ");
    assert_eq!(markup.as_str(), "<!here> <!channel> <!everyone>");
    assert_eq!(usergroup("S0123").as_str(), "<!subteam^S0123>");
    assert_eq!(channel("C0123").as_str(), "<#C0123>");
    // The one opt-in for markup built at run time.
    assert_eq!(Markup::raw("<!here>").as_str(), "<!here>");
    assert_eq!(MrkdwnText::raw("<!here>").text, "<!here>");
}

#[test]
fn helpers_compose() {
    let markup = Markup::literal("*Deploy*")
        .line(bold(link("https://ci.example/1?a=1&b=2", "build <1>")))
        .line(quote(
            Markup::from("from ").push(user("U1")).line("ok & done"),
        ))
        .line(bullets([code("a`b"), italic("c\nd")]))
        .line(code_block("x ``` y"));
    assert_eq!(
        markup.as_str(),
        "*Deploy*\n\
         *<https://ci.example/1?a=1&amp;b=2|build &lt;1&gt;>*\n\
         >from <@U1>\n\
         >ok &amp; done\n\
         • `aˋb`\n\
         • _c_\n\
         _d_\n\
         ```x ``\u{200B}` y```"
    );
}

#[test]
fn emphasis_keeps_whitespace_and_blank_lines_outside_the_markers() {
    assert_eq!(bold("").as_str(), "");
    assert_eq!(bold("   ").as_str(), "   ");
    assert_eq!(italic(" a \n\n b ").as_str(), " _a_ \n\n _b_ ");
    assert_eq!(strike("a\r\nb").as_str(), "~a~\r\n~b~");
}

#[test]
fn code_cannot_be_closed_from_inside() {
    assert_eq!(code("``").as_str(), "`ˋˋ`");
    assert_eq!(code("a\nb").as_str(), "`a b`");
    for content in ["`", "``", "```", "````", "a```", "```a", "`a`"] {
        let block = code_block(content);
        let inner = &block.as_str()[3..block.len() - 3];
        assert!(!inner.contains("```"), "{content:?} → {block:?}");
        assert!(
            !inner.starts_with('`') && !inner.ends_with('`'),
            "{content:?} → {block:?}"
        );
        assert_eq!(inner.replace('\u{200B}', ""), content);
    }
}

#[test]
fn link_urls_cannot_end_the_token() {
    assert_eq!(
        bare_link("https://a.example/?q=1 2").as_str(),
        "<https://a.example/?q=1%202>"
    );
    assert_eq!(
        link("https://a.example/\n", "").as_str(),
        "<https://a.example/%0A>"
    );
    assert_eq!(
        link("mailto:a@b.example", "mail").as_str(),
        "<mailto:a@b.example|mail>"
    );
    assert_eq!(
        link("https://é.example/ü", "x").as_str(),
        "<https://é.example/ü|x>"
    );
    assert_eq!(link("#C1", "x").as_str(), "<%23C1|x>");
    assert_eq!(
        link("https://a.example", link("https://b.example", "b")).as_str(),
        "<https://a.example|<https://b.example|b>>"
    );
}

#[test]
fn mrkdwn_macro_escapes_strings_and_keeps_markup() {
    let name = String::from("Ann & <Bob>");
    let count = 3_u32;
    let markup = mrkdwn!(
        "{{{}}} {} met {} {} times{}",
        'x',
        name,
        user("U1"),
        count,
        '!'
    );
    assert_eq!(
        markup.as_str(),
        "{x} Ann &amp; &lt;Bob&gt; met <@U1> 3 times!"
    );
    // Arguments are borrowed, not moved.
    assert_eq!(name, "Ann & <Bob>");
    assert_eq!(mrkdwn!("plain").as_str(), "plain");
    assert_eq!(mrkdwn!("{}", 1.5_f64).as_str(), "1.5");
    assert_eq!(mrkdwn!("{} {}", true, -7_i64).as_str(), "true -7");
}

#[test]
fn markup_fills_mrkdwn_fields() {
    let user_input = "<!channel> please";
    let message = Message::new()
        .text(mrkdwn!("{} asked", user_input).into_string())
        .block(
            SectionBlock::new()
                .text(bold(user_input))
                .field(text(user_input)),
        )
        .block(SectionBlock::new().text(MrkdwnText::escaped(user_input)));
    let json = serde_json::to_value(&message).unwrap();
    assert_eq!(json["text"], "&lt;!channel&gt; please asked");
    assert_eq!(
        json["blocks"][0]["text"],
        json!({"type": "mrkdwn", "text": "*&lt;!channel&gt; please*"})
    );
    assert_eq!(
        json["blocks"][0]["fields"][0]["text"],
        "&lt;!channel&gt; please"
    );
    assert_eq!(json["blocks"][1]["text"]["text"], "&lt;!channel&gt; please");
}

#[test]
fn plain_text_is_never_escaped() {
    for input in HOSTILE {
        let header = serde_json::to_value(HeaderBlock::new(*input)).unwrap();
        assert_eq!(header["text"], json!({"type": "plain_text", "text": input}));
        let button = serde_json::to_value(Button::new(*input)).unwrap();
        assert_eq!(button["text"]["text"], *input);
        assert_eq!(PlainText::new(*input).text, *input);
        assert_eq!(Text::plain(*input).text(), *input);
        let section = SectionBlock::new().text(Text::plain(*input));
        assert_eq!(
            serde_json::to_value(section).unwrap()["text"]["text"],
            *input
        );
    }
}

#[test]
fn commonmark_converts_the_common_subset() {
    let markdown = "\
# Title

Some *em*, **strong**, ~~gone~~ and `code < 1`.\\
Next line with [a link](https://example.com/?a=1&b=2 \"title\") and ![logo](https://img.example/l.png).

> quoted
> text

1. one
2. two
   - nested
   - [x] done

```rust
fn main() {}
```

| a | b |
|---|---|
| 1 | 2 |

---
<div>html</div>
";
    assert_eq!(
        from_commonmark(markdown).as_str(),
        "*Title*\n\
         \n\
         Some _em_, *strong*, ~gone~ and `code &lt; 1`.\n\
         Next line with <https://example.com/?a=1&amp;b=2|a link> and \
         <https://img.example/l.png|logo>.\n\
         \n\
         >quoted text\n\
         \n\
         1. one\n\
         2. two\n\
         \x20   ◦ nested\n\
         \x20   ◦ ☑ done\n\
         \n\
         ```fn main() {}```\n\
         \n\
         *a* | *b*\n\
         1 | 2\n\
         \n\
         ———\n\
         \n\
         &lt;div&gt;html&lt;/div&gt;"
    );
}

#[test]
fn commonmark_keeps_quotes_and_emphasis_across_lines() {
    assert_eq!(
        from_commonmark("> a\n>\n> b\n>\n> ```\n> x\n>\n> y\n> ```").as_str(),
        ">a\n>\n>b\n>\n>```x\n>\n>y```"
    );
    assert_eq!(from_commonmark("**a\\\nb**").as_str(), "*a*\n*b*");
    assert_eq!(from_commonmark("**a **b** c**").as_str(), "*a b c*");
    assert_eq!(
        from_commonmark("<a@b.example>").as_str(),
        "<mailto:a@b.example|a@b.example>"
    );
    assert_eq!(
        from_commonmark("[![alt](https://i.example)](https://l.example)").as_str(),
        "<https://l.example|alt>"
    );
    assert_eq!(from_commonmark("[x](!channel)").as_str(), "<%21channel|x>");
}

/// 1 MB (2^20 bytes) of `unit`, repeated.
fn megabyte(unit: &str) -> String {
    unit.repeat((1 << 20) / unit.len())
}

/// Each helper once, on `input`.
fn each_helper_once(input: &str) -> Vec<(&'static str, Markup)> {
    vec![
        ("text", text(input)),
        ("bold", bold(input)),
        ("italic", italic(input)),
        ("strike", strike(input)),
        ("code", code(input)),
        ("code_block", code_block(input)),
        ("quote", quote(input)),
        ("bullets", bullets([input])),
        ("link label", link("https://example.com", input)),
        ("link url", link(input, "label")),
        ("date format", date(0, input, "fallback")),
        ("date fallback", date(0, "{date}", input)),
        ("date link", date_with_link(0, "{date}", input, "fallback")),
        ("user", user(input)),
        ("usergroup", usergroup(input)),
        ("emoji", emoji(input)),
        ("mrkdwn!", mrkdwn!("{}", input)),
    ]
}

#[test]
fn one_megabyte_of_adversarial_input_through_every_helper() {
    // Every character with a meaning in mrkdwn, runs of them, line breaks and a special mention,
    // mixed: 1 MB of it through each helper.
    let input = megabyte("<&>|^`*_~\n``` <!channel>é:*_~`>>&amp;\r\n\n");
    let escaped = input
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let lines = input.matches('\n').count();
    for (name, output) in each_helper_once(&input) {
        let (lt, _, entities_only) = controls(output.as_str());
        assert!(entities_only, "{name}: a bare `&` in the output");
        assert!(lt <= 1, "{name}: {lt} `<`");
        assert!(
            output.len() <= 4 * input.len() + 64,
            "{name}: {} bytes",
            output.len()
        );
        match name {
            "text" | "mrkdwn!" => assert_eq!(output.as_str(), escaped, "{name}"),
            "bold" | "italic" | "strike" | "bullets" => {
                assert_eq!(output.as_str().matches('\n').count(), lines, "{name}");
            }
            "quote" => assert_eq!(output.as_str().matches("\n>").count(), lines),
            "code_block" => {
                let inner = &output.as_str()[3..output.len() - 3];
                assert!(!inner.contains("```") && !inner.ends_with('`'));
                assert_eq!(inner.replace('\u{200B}', ""), escaped);
            }
            "code" => assert_eq!(output.as_str().matches('`').count(), 2),
            "user" | "usergroup" | "emoji" => assert!(output.as_str().is_ascii()),
            _ => {}
        }
    }
}

#[test]
fn one_megabyte_runs_of_one_character() {
    // The worst case of each helper that treats runs or lines specially.
    let backticks = megabyte("`");
    let block = code_block(backticks.as_str());
    let inner = &block.as_str()[3..block.len() - 3];
    assert_eq!(inner.matches('`').count(), backticks.len());
    assert!(!inner.contains("```") && !inner.starts_with('`') && !inner.ends_with('`'));
    assert_eq!(code(backticks.as_str()).as_str().matches('`').count(), 2);

    let breaks = megabyte("\n");
    assert_eq!(bold(breaks.as_str()).as_str(), breaks);
    assert_eq!(quote(breaks.as_str()).len(), 2 * breaks.len() + 1);

    let bars = megabyte("|");
    assert_eq!(link(&bars, "x").len(), 3 * bars.len() + 4);
    assert_eq!(
        date(0, &bars, "x").as_str().matches('｜').count(),
        bars.len()
    );

    let nested = megabyte("*_~");
    assert_eq!(
        bold(italic(strike(nested.as_str()))).len(),
        nested.len() + 6
    );
}

#[test]
fn one_megabyte_of_adversarial_markdown() {
    // Nesting, unclosed delimiters and long runs: each converts, stays inert and is checked.
    for unit in ["*_", "[a](", "> ", "- ", "`", "\\\n", "<!channel>&amp;"] {
        let input = megabyte(unit);
        let output = from_commonmark(&input);
        let (_, _, entities_only) = controls(output.as_str());
        assert!(entities_only, "a bare `&` for {unit:?}");
        assert!(
            !output.as_str().contains("<!"),
            "a special mention for {unit:?}"
        );
        assert!(
            output.len() <= 12 * input.len() + 64,
            "{unit:?}: {} bytes",
            output.len()
        );
    }
}
