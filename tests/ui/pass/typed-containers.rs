// What the compile-fail cases get wrong, done right.
use blockkit::{
    ActionsBlock, Button, ContextActionsBlock, DatePicker, DateTimePicker, FeedbackButton,
    FeedbackButtons, FileInput, HeaderBlock, ImageBlock, InputBlock, Message, Modal, PlainText,
    PlainTextInput, SectionBlock, Text,
};

fn main() {
    let modal = Modal::new("Report")
        .block(HeaderBlock::new("Status"))
        .block(HeaderBlock::new(
            PlainText::new("Status :rocket:").emoji(true),
        ))
        .block(ImageBlock::new(
            "https://example.com/chart.png",
            "Error rate, last 24 hours",
        ))
        .block(InputBlock::new(
            "Report",
            FileInput::new().action_id("report"),
        ))
        .block(InputBlock::new(
            "When?",
            DateTimePicker::new().action_id("when"),
        ))
        .block(InputBlock::new(
            "Notes",
            PlainTextInput::new().action_id("notes"),
        ))
        .block(
            SectionBlock::with_text(Text::mrkdwn("*Due*"))
                .accessory(DatePicker::new().action_id("due")),
        )
        .block(ActionsBlock::new().element(Button::new("OK").action_id("ok")))
        .submit("Send");
    assert_eq!(modal.blocks.len(), 8);

    let message =
        Message::new()
            .text("Was this helpful?")
            .block(ContextActionsBlock::new().element(FeedbackButtons::new(
                FeedbackButton::new("Good", "good"),
                FeedbackButton::new("Bad", "bad"),
            )));
    assert_eq!(message.blocks.len(), 1);
}
