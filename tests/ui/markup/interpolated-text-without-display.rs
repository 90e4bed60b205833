// Text interpolations need `Display`: the error points at the expression.
use blockkit::blocks;

struct Ticket {
    id: u32,
}

fn main() {
    let ticket = Ticket { id: 7 };
    let _ = ticket.id;
    let _ = blocks! {
        <section>"Ticket " {ticket}</section>
    };
}
