//! Any text through every `blockkit::mrkdwn` helper and the Markdown conversion: the user's `<`,
//! `>` and `&` never reach Slack as markup.

#![no_main]

use blockkit::mrkdwn::{
    Markup, bold, code, code_block, date, date_with_link, emoji, from_commonmark, italic, link,
    quote, strike, text, user,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let helpers = [
        (text(input), 0),
        (bold(input), 0),
        (italic(strike(input)), 0),
        (code(input), 0),
        (code_block(input), 0),
        (quote(input), 0),
        (link("https://example.com", input), 1),
        (link(input, "label"), 1),
        (date(0, input, input), 1),
        (date_with_link(0, "{date}", input, input), 1),
        (user(input), 1),
        (emoji(input), 0),
        (blockkit::mrkdwn!("{} {}", input, bold(input)), 0),
    ];
    for (markup, tokens) in helpers {
        check(&markup, tokens, input);
    }
    let converted = from_commonmark(input);
    assert!(
        !converted.as_str().contains("<!"),
        "{input:?} → {converted:?}"
    );
    entities_only(&converted, input);
});

/// `markup` has exactly `tokens` `<` and every `&` starts an entity.
fn check(markup: &Markup, tokens: usize, input: &str) {
    let opening = markup.as_str().matches('<').count();
    assert_eq!(opening, tokens, "{input:?} → {markup:?}");
    entities_only(markup, input);
}

fn entities_only(markup: &Markup, input: &str) {
    let text = markup.as_str();
    for (at, _) in text.match_indices('&') {
        let rest = &text[at..];
        assert!(
            rest.starts_with("&amp;") || rest.starts_with("&lt;") || rest.starts_with("&gt;"),
            "{input:?} → {markup:?}"
        );
    }
}
