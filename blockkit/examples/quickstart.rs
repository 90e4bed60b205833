//! The README's main job: build a message and a modal, validate them, print their JSON and their
//! Block Kit Builder links.
//!
//! ```sh
//! cargo run -p blockkit --example quickstart
//! ```

use blockkit::{
    ActionsBlock, Button, ButtonStyle, ConfirmDialog, ContextBlock, DatePicker, DividerBlock,
    HeaderBlock, ImageElement, InputBlock, Message, Modal, MrkdwnText, OptionObject,
    PlainTextInput, SectionBlock, StaticSelect, Text, escape,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Values that would come from your app, some of them from users.
    let service = "billing-api";
    let version = "v2.4.1";
    let deployer = "Zoë <ops>"; // escaped below: it cannot inject markup

    let message = Message::new()
        .text(format!("{service} {version} deployed"))
        .block(HeaderBlock::new(format!("Deploy of {service} finished")))
        .block(
            SectionBlock::new()
                .text(MrkdwnText::raw(format!(
                    "*{}* {} is live in *production*.\nDeployed by {}.",
                    escape(service),
                    escape(version),
                    escape(deployer),
                )))
                .accessory(ImageElement::new(
                    "https://api.slack.com/img/blocks/bkb_template_images/approvalsNewDevice.png",
                    "deploy icon",
                )),
        )
        .block(
            SectionBlock::new()
                .field(Text::mrkdwn("*Environment*\nproduction"))
                .field(MrkdwnText::raw(format!("*Version*\n{}", escape(version)))),
        )
        .block(DividerBlock::new())
        .block(
            ActionsBlock::new()
                .block_id("deploy_actions")
                .element(
                    Button::new("Roll back")
                        .action_id("rollback")
                        .style(ButtonStyle::Danger)
                        .confirm(ConfirmDialog::new(
                            "Roll back?",
                            Text::plain(format!("{service} returns to the previous release.")),
                            "Roll back",
                            "Cancel",
                        )),
                )
                .element(
                    Button::new("Open dashboard")
                        .action_id("dashboard")
                        .url("https://grafana.example.com/d/billing"),
                ),
        )
        .block(ContextBlock::new().element(Text::mrkdwn("Sent by *blockkit* quickstart")))
        .build()?;

    let modal = Modal::new("Request access")
        .callback_id("access_request")
        .submit("Request")
        .close("Cancel")
        .block(
            InputBlock::new(
                "System",
                StaticSelect::new()
                    .action_id("system")
                    .placeholder("Pick a system")
                    .option(OptionObject::new("Billing", "billing"))
                    .option(OptionObject::new("Payroll", "payroll"))
                    .option(OptionObject::new("Warehouse", "warehouse")),
            )
            .block_id("system"),
        )
        .block(
            InputBlock::new(
                "Until",
                DatePicker::new()
                    .action_id("until")
                    .initial_date("2026-12-31"),
            )
            .block_id("until"),
        )
        .block(
            InputBlock::new(
                "Why do you need it?",
                PlainTextInput::new()
                    .action_id("reason")
                    .multiline(true)
                    .max_length(500),
            )
            .block_id("reason")
            .hint("Your manager sees this."),
        )
        .build()?;

    println!("Message (chat.postMessage blocks):");
    println!("{}", serde_json::to_string_pretty(&message)?);
    println!("\nOpen in Block Kit Builder:\n{}\n", message.preview_url());

    println!("Modal (views.open view):");
    println!("{}", serde_json::to_string_pretty(&modal)?);
    println!("\nOpen in Block Kit Builder:\n{}", modal.preview_url());
    Ok(())
}
