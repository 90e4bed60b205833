// The expansion names everything by absolute path: it compiles without the prelude.
#![no_implicit_prelude]

struct Card<'a> {
    title: &'a str,
}

impl ::blockkit::Component for Card<'_> {
    fn render(self) -> impl ::blockkit::IntoBlocks {
        ::blockkit::blocks! { <header>{self.title}</header> }
    }
}

fn main() {
    let name = "Ada";
    let items = ["a", "b"];
    let urgent = true;
    let count: ::std::option::Option<u32> = ::std::option::Option::Some(3);
    let blocks = ::blockkit::blocks! {
        <header>"Hello " {name}</header>
        <section accessory=<button action_id="go" style="primary">"Go"</button>>
            <mrkdwn>"*" {name} "* " {::blockkit::raw_mrkdwn("<!here>")}</mrkdwn>
        </section>
        if urgent { <divider/> } else { <section>"calm"</section> }
        <actions>
            for item in items { <button action_id={item}>{item}</button> }
        </actions>
        match count {
            ::std::option::Option::Some(n) => { <section>{n}</section> }
            ::std::option::Option::None => {}
        }
        <Card title="card"/>
        {::blockkit::DividerBlock::new()}
        <table><row>"a" <raw_number value=1.5>"1.5"</raw_number></row></table>
        <section><fields><plain>"a"</plain></fields></section>
        <rich_text><rich_text_section>"x" {name} <user user_id="U1"/></rich_text_section></rich_text>
    };
    let _ = blocks;
    let literal = ::blockkit::blocks! { <divider/> };
    let _ = literal;
    let modal = ::blockkit::blocks! {
        <modal title="Hi" submit="Ok"><input label="L"><plain_text_input/></input></modal>
    };
    let _ = modal;
}
