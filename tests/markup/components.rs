//! Components: a struct implementing `Component` used as a tag, and a function returning blocks
//! used as `{interpolation}` (anything `IntoBlocks`).

use blockkit::{Block, Component, DividerBlock, HeaderBlock, IntoBlocks, SectionBlock, blocks};

use super::json;

struct DeployCard<'a> {
    service: &'a str,
    env: &'a str,
    ok: bool,
}

impl Component for DeployCard<'_> {
    fn render(self) -> impl IntoBlocks {
        let status = if self.ok { "is live" } else { "failed" };
        blocks! {
            <section><mrkdwn>"*" {self.service} "* " {status} " in " {self.env}</mrkdwn></section>
        }
    }
}

mod cards {
    /// A component reached by a path.
    pub(crate) struct Banner {
        pub(crate) title: String,
    }

    impl blockkit::Component for Banner {
        fn render(self) -> impl blockkit::IntoBlocks {
            blockkit::HeaderBlock::new(self.title)
        }
    }
}

fn footer(note: &str) -> Vec<Block> {
    blocks! { <divider/> <context><plain>{note}</plain></context> }
}

#[test]
fn a_struct_component_is_a_tag() {
    let name = "api";
    let blocks = blocks! {
        <DeployCard service={name} env="prod" ok/>
        <DeployCard service="web" env="dev" ok=false/>
        <cards::Banner title={"Done".to_owned()}/>
    };
    let json = json(&blocks);
    assert_eq!(json[0]["text"]["text"], "*api* is live in prod");
    assert_eq!(json[1]["text"]["text"], "*web* failed in dev");
    assert_eq!(json[2]["text"]["text"], "Done");
}

#[test]
fn a_function_returning_blocks_is_an_interpolation() {
    let maybe: Option<DividerBlock> = None;
    let sections = (1..=3).map(|i| SectionBlock::new().text(blockkit::Text::plain(i.to_string())));
    let blocks = blocks! {
        {HeaderBlock::new("Report")}
        {sections}
        {maybe}
        {footer("generated")}
    };
    assert_eq!(blocks.len(), 1 + 3 + 2);
    assert_eq!(json(&blocks)[5]["elements"][0]["text"], "generated");
}

#[test]
fn components_inside_containers_and_surfaces() {
    let modal = blocks! {
        <modal title="Deploys">
            <DeployCard service="api" env="prod" ok/>
            <container title="More">
                <DeployCard service="db" env="prod" ok=false/>
            </container>
        </modal>
    };
    let json = json(&modal);
    assert_eq!(
        json["blocks"][1]["child_blocks"][0]["text"]["text"],
        "*db* failed in prod"
    );
}
