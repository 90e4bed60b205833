// Feedback buttons belong in a context_actions block, not in an actions block.
use blockkit::{ActionsBlock, FeedbackButton, FeedbackButtons};

fn main() {
    let feedback = FeedbackButtons::new(
        FeedbackButton::new("Good", "good"),
        FeedbackButton::new("Bad", "bad"),
    );
    let _actions = ActionsBlock::new().element(feedback);
}
