//! `if`/`else`, `if let`, `for` and `match` wherever children go: among blocks, elements,
//! options, text, rich text and table cells.

use blockkit::blocks;

use super::json;

#[test]
fn if_else_among_blocks() {
    for (failed, expected) in [(true, "Failed"), (false, "Passed")] {
        let blocks = blocks! {
            if failed { <header>"Failed"</header> } else { <header>"Passed"</header> }
            <divider/>
        };
        assert_eq!(json(&blocks)[0]["text"]["text"], expected);
        assert_eq!(blocks.len(), 2);
    }
}

#[test]
fn else_if_and_if_let() {
    let pick = |n: i32, note: Option<&str>| {
        blocks! {
            if n < 0 { <header>"negative"</header> }
            else if n == 0 { <header>"zero"</header> }
            else { <header>"positive"</header> }
            if let Some(note) = note { <context><plain>{note}</plain></context> }
        }
    };
    assert_eq!(json(&pick(-1, None))[0]["text"]["text"], "negative");
    assert_eq!(json(&pick(0, None))[0]["text"]["text"], "zero");
    let with_note = pick(5, Some("hi"));
    assert_eq!(json(&with_note)[1]["elements"][0]["text"], "hi");
}

#[test]
fn for_among_elements_and_options() {
    let colors = ["red", "green", "blue"];
    let blocks = blocks! {
        <actions>
            for (i, color) in colors.iter().enumerate() {
                <button action_id={format!("color-{i}")} value={*color}>{color}</button>
            }
            <static_select action_id="pick">
                for color in colors { <option value={color}>{color}</option> }
            </static_select>
        </actions>
    };
    let json = json(&blocks);
    assert_eq!(json[0]["elements"][2]["action_id"], "color-2");
    assert_eq!(json[0]["elements"][3]["options"][1]["value"], "green");
}

#[test]
fn match_with_guards() {
    enum Status {
        Up,
        Down(u32),
    }
    let render = |status: Status| {
        blocks! {
            match status {
                Status::Up => { <section>"up"</section> }
                Status::Down(minutes) if minutes > 60 => { <header>"Outage"</header> <divider/> }
                Status::Down(minutes) => { <section>"down " {minutes} " min"</section> }
            }
        }
    };
    assert_eq!(json(&render(Status::Up))[0]["text"]["text"], "up");
    assert_eq!(render(Status::Down(90)).len(), 2);
    assert_eq!(
        json(&render(Status::Down(5)))[0]["text"]["text"],
        "down 5 min"
    );
}

#[test]
fn control_flow_in_text_rich_text_and_rows() {
    let items = ["a", "b"];
    let urgent = true;
    let blocks = blocks! {
        <section>"Items: " for item in items { {item} ";" } if urgent { " (urgent)" }</section>
        <rich_text>
            <rich_text_section>
                "x" if urgent { <text bold>"!"</text> }
            </rich_text_section>
            <rich_text_list style="bullet">for item in items { {item} }</rich_text_list>
        </rich_text>
        <table>
            for item in items { <row>{item} "1"</row> }
        </table>
    };
    let json = json(&blocks);
    assert_eq!(json[0]["text"]["text"], "Items: a;b; (urgent)");
    assert_eq!(json[1]["elements"][0]["elements"][1]["style"]["bold"], true);
    assert_eq!(
        json[1]["elements"][1]["elements"][1]["elements"][0]["text"],
        "b"
    );
    assert_eq!(json[2]["rows"][1][0]["text"], "b");
}

#[test]
fn the_same_literal_id_in_exclusive_branches_is_fine() {
    let edit = true;
    let blocks = blocks! {
        if edit {
            <section block_id="body">"Edit"</section>
        } else {
            <section block_id="body">"View"</section>
        }
    };
    assert_eq!(json(&blocks)[0]["block_id"], "body");
}
