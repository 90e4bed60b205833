//! Expansion snapshots: `expand` on representative inputs, pretty-printed.

use proc_macro2::TokenStream;
use quote::quote;

use crate::{suggest, tags};

/// The expansion of `input`, pretty-printed inside a function (or as tokens if that does not
/// parse).
fn expansion(input: &TokenStream) -> String {
    let tokens = crate::expand(input);
    let file = quote!(fn expansion() { let _ = #tokens; });
    match syn::parse2::<syn::File>(file.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => file.to_string(),
    }
}

#[test]
fn deploy_message() {
    insta::assert_snapshot!(expansion(&quote! {
        <header>"Deploy of " {service} " finished"</header>
        <section accessory=<image url={logo} alt="logo"/>>
            <mrkdwn>"*" {service} "* is live in " {env}</mrkdwn>
        </section>
        <actions>
            <button action_id="rollback" style="danger">"Roll back"</button>
        </actions>
    }));
}

#[test]
fn literal_only_uses_static_strings() {
    insta::assert_snapshot!(expansion(&quote! {
        <header>"Status"</header>
        <section><mrkdwn>"*All* systems go"</mrkdwn></section>
        <divider/>
    }));
}

#[test]
fn a_loop_of_blocks_reserves_from_the_size_hint() {
    insta::assert_snapshot!(expansion(&quote! {
        <header>"Services"</header>
        for service in services {
            if service.up {
                <section>{service.name} " is up"</section>
            } else {
                <section>{service.name} " is down"</section>
                <divider/>
            }
        }
    }));
}

#[test]
fn control_flow() {
    insta::assert_snapshot!(expansion(&quote! {
        if failed {
            <header>"Failed"</header>
        } else {
            <header>"Passed"</header>
        }
        <actions>
            for choice in choices {
                <button action_id={choice}>{choice}</button>
            }
        </actions>
        match status {
            Status::Up => { <section>"up"</section> }
            _ => {}
        }
    }));
}

#[test]
fn modal_with_input() {
    insta::assert_snapshot!(expansion(&quote! {
        <modal title="Feedback" submit="Send" callback_id={callback}>
            <input label="Your feedback" block_id="fb" optional>
                <plain_text_input action_id="text" multiline max_length=500/>
            </input>
            <section>
                <fields><mrkdwn>"*Env*"</mrkdwn><plain>"prod"</plain></fields>
            </section>
        </modal>
    }));
}

#[test]
fn components_and_interpolated_blocks() {
    insta::assert_snapshot!(expansion(&quote! {
        <DeployCard service={name} env="prod" ok/>
        {footer()}
    }));
}

#[test]
fn errors_fall_back_to_a_typed_value() {
    insta::assert_snapshot!(expansion(&quote! {
        <modal title="Feedback">
            <secton>{name}</secton>
            <actions><button stlye="danger">"Go"</button></actions>
        </modal>
    }));
}

/// Every tag's constructors name attributes and slots that exist, every slot with a setter or a
/// constructor use, at most one slot of a tag takes bare text or `{expr}`.
#[test]
fn the_table_is_consistent() {
    for tag in tags::all() {
        for ctor in tag.ctors {
            for arg in ctor.args {
                match arg {
                    tags::Arg::Attr(name) => {
                        assert!(tag.find_attr(name).is_some(), "{}.{name}", tag.name);
                    }
                    tags::Arg::Slot(name) => {
                        assert!(tag.slot(name).is_some(), "{}.{name}", tag.name);
                    }
                }
            }
        }
        for slot in tag.slots {
            let used = tag.ctors.iter().any(|ctor| {
                ctor.args
                    .iter()
                    .any(|arg| matches!(arg, tags::Arg::Slot(name) if *name == slot.name))
            });
            let list = matches!(tag.family, tags::Family::List { .. });
            assert!(
                used || list || slot.setter != tags::Setter::None,
                "{}.{}",
                tag.name,
                slot.name
            );
        }
        let literal = tag
            .slots
            .iter()
            .filter(|slot| match slot.kind {
                tags::SlotKind::Text(_) | tags::SlotKind::Inline => true,
                tags::SlotKind::Items { literal, .. } => literal,
            })
            .count();
        assert!(literal <= 1, "{}", tag.name);
    }
}

#[test]
fn levenshtein() {
    assert_eq!(suggest::levenshtein("secton", "section"), 1);
    assert_eq!(suggest::levenshtein("", "abc"), 3);
    assert_eq!(suggest::closest("stlye", ["style", "value"]), Some("style"));
    assert_eq!(suggest::closest("zzzzzz", ["style", "value"]), None);
}

#[test]
fn dates_and_times() {
    use crate::check::{valid_date, valid_time};
    assert!(valid_date("2024-02-29"));
    assert!(!valid_date("2026-02-29"));
    assert!(!valid_date("2026-13-01"));
    assert!(!valid_date("26-01-01"));
    assert!(valid_time("23:59"));
    assert!(!valid_time("24:00"));
    assert!(!valid_time("9:30"));
}
