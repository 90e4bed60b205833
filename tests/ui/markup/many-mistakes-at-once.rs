// Every mistake of one invocation is reported at once, each on its token; the value keeps its
// type, so the code after the macro and the variable used only inside it cause no further error
// or warning.
use blockkit::{Modal, blocks};

fn main() {
    let who = "Ada";
    let modal: Modal = blocks! {
        <modal title="Review">
            <secton>"Hi " {who}</secton>
            <actions>
                <button style="secondary">"A"</button>
                <datepicker initial_date="2026-02-30"/>
            </actions>
            <header><mrkdwn>"*no*"</mrkdwn></header>
        </modal>
    };
    let _ = modal.build();
}
