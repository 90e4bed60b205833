//! For the same content, `blocks!` and the builders give identical JSON.

use blockkit::{
    ActionsBlock, Block, Button, ButtonStyle, Checkboxes, ConfirmDialog, ConfirmStyle,
    ContextBlock, DatePicker, DividerBlock, HeaderBlock, ImageElement, InputBlock, Message,
    MrkdwnText, OptionObject, PlainText, PlainTextInput, RichTextBlock, RichTextList,
    RichTextSection, RichTextStyle, SectionBlock, StaticSelect, TableBlock, Text, blocks,
};

use super::json;

#[test]
fn the_issue_example() {
    let (service, env, logo) = ("api", "prod", "https://example.com/logo.png");
    let markup = blocks! {
        <header>"Deploy of " {service} " finished"</header>
        <section accessory=<image url={logo} alt="logo"/>>
            <mrkdwn>"*" {service} "* is live in " {env}</mrkdwn>
        </section>
        <actions>
            <button action_id="rollback" style="danger">"Roll back"</button>
        </actions>
    };
    let built: Vec<Block> = vec![
        HeaderBlock::new(format!("Deploy of {service} finished")).into(),
        SectionBlock::new()
            .text(MrkdwnText::raw(format!("*{service}* is live in {env}")))
            .accessory(ImageElement::new(logo, "logo"))
            .into(),
        ActionsBlock::new()
            .element(
                Button::new("Roll back")
                    .action_id("rollback")
                    .style(ButtonStyle::Danger),
            )
            .into(),
    ];
    assert_eq!(json(&markup), json(&built));
}

#[test]
fn a_message_with_a_confirm_dialog_and_options() {
    let markup = blocks! {
        <message text="Pick a date" thread_ts="123.456" unfurl_links=false>
            <section block_id="when">
                <mrkdwn>"*When?*"</mrkdwn>
                <datepicker action_id="date" initial_date="2026-01-31" placeholder="Pick"
                    confirm=<confirm title="Sure?" confirm="Yes" deny="No" style="danger">
                        <mrkdwn>"Really *move* it?"</mrkdwn>
                    </confirm>/>
            </section>
            <input label="Team" hint="Who works on it" block_id="team" dispatch_action>
                <static_select action_id="team" placeholder="Choose"
                    initial_option=<option value="a">"Alpha"</option>>
                    <option value="a" description="First">"Alpha"</option>
                    <option value="b">"Beta"</option>
                </static_select>
            </input>
            <section>
                <plain emoji>"Choose :smile:"</plain>
                <checkboxes action_id="flags">
                    <option value="x" description=<mrkdwn>"_x_"</mrkdwn>><mrkdwn>"*X*"</mrkdwn></option>
                </checkboxes>
            </section>
            <context><plain>"a"</plain><mrkdwn>"*b*"</mrkdwn><image url="https://x.example/i.png" alt="i"/></context>
            <divider block_id="end"/>
        </message>
    };
    let built = Message::new()
        .text("Pick a date")
        .thread_ts("123.456")
        .unfurl_links(false)
        .block(
            SectionBlock::new()
                .block_id("when")
                .text(Text::mrkdwn("*When?*"))
                .accessory(
                    DatePicker::new()
                        .action_id("date")
                        .initial_date("2026-01-31")
                        .placeholder("Pick")
                        .confirm(
                            ConfirmDialog::new(
                                "Sure?",
                                Text::mrkdwn("Really *move* it?"),
                                "Yes",
                                "No",
                            )
                            .style(ConfirmStyle::Danger),
                        ),
                ),
        )
        .block(
            InputBlock::new(
                "Team",
                StaticSelect::new()
                    .action_id("team")
                    .placeholder("Choose")
                    .initial_option(OptionObject::new("Alpha", "a"))
                    .option(OptionObject::new("Alpha", "a").description("First"))
                    .option(OptionObject::new("Beta", "b")),
            )
            .hint("Who works on it")
            .block_id("team")
            .dispatch_action(true),
        )
        .block(
            SectionBlock::new()
                .text(PlainText::new("Choose :smile:").emoji(true))
                .accessory(
                    Checkboxes::new().action_id("flags").option(
                        OptionObject::with_text(MrkdwnText::new("*X*"), "x")
                            .description_text(MrkdwnText::new("_x_")),
                    ),
                ),
        )
        .block(
            ContextBlock::new()
                .element(PlainText::new("a"))
                .element(MrkdwnText::new("*b*"))
                .element(ImageElement::new("https://x.example/i.png", "i")),
        )
        .block(DividerBlock::new().block_id("end"));
    assert_eq!(json(&markup), json(&built));
}

#[test]
fn rich_text_and_tables() {
    let who = "U0123";
    let markup = blocks! {
        <rich_text block_id="rt">
            <rich_text_section>
                "Hello " <user user_id={who}/> ", " <text bold italic>"welcome"</text>
                <link url="https://example.com">"docs"</link> <emoji name="wave"/>
            </rich_text_section>
            <rich_text_list style="ordered" indent=1>"one" "two"</rich_text_list>
            <rich_text_quote>"quoted"</rich_text_quote>
            <rich_text_preformatted>"code"</rich_text_preformatted>
        </rich_text>
        <table>
            <row>"Name" "Count"</row>
            <row>"apples" <raw_number value=3>"3"</raw_number></row>
        </table>
    };
    let built: Vec<Block> = vec![
        RichTextBlock::new()
            .block_id("rt")
            .section(
                RichTextSection::new()
                    .text("Hello ")
                    .user(who)
                    .text(", ")
                    .styled_text("welcome", RichTextStyle::new().bold(true).italic(true))
                    .link("https://example.com", "docs")
                    .emoji("wave"),
            )
            .list(RichTextList::ordered().indent(1).item("one").item("two"))
            .quote(blockkit::RichTextQuote::new().text("quoted"))
            .preformatted(blockkit::RichTextPreformatted::new().text("code"))
            .into(),
        TableBlock::new()
            .row(["Name", "Count"])
            .row([
                blockkit::TableCell::from("apples"),
                blockkit::RawNumber::new(3, "3").into(),
            ])
            .into(),
    ];
    assert_eq!(json(&markup), json(&built));
}

#[test]
fn an_input_with_dynamic_values() {
    let max = 500;
    let placeholder = String::from("Say something");
    let markup = blocks! {
        <input label="Feedback" optional>
            <plain_text_input action_id="text" multiline max_length={max} placeholder={placeholder.clone()}/>
        </input>
    };
    let built: Vec<Block> = vec![
        InputBlock::new(
            "Feedback",
            PlainTextInput::new()
                .action_id("text")
                .multiline(true)
                .max_length(max)
                .placeholder(placeholder),
        )
        .optional(true)
        .into(),
    ];
    assert_eq!(json(&markup), json(&built));
}
