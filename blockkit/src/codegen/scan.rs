//! A small lexer over generated source: where string literals and comments are, so that
//! re-indenting lines and matching brackets leave the text of multi-line literals alone.

/// What the scanner is inside of.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Code,
    /// A `"..."` literal.
    Str,
    /// A raw string literal with this many `#`.
    Raw(usize),
    /// A `//` comment.
    Comment,
}

/// For each line of `text`, whether it starts inside a string literal (a continuation line of
/// a multi-line literal, which must not be re-indented).
pub(super) fn in_literal(text: &str) -> Vec<bool> {
    let mut lines = vec![false];
    scan(text, |_, state, c| {
        if c == '\n' {
            lines.push(matches!(state, State::Str | State::Raw(_)));
        }
    });
    lines
}

/// The byte index of the bracket that closes the one at `open`, outside literals and comments.
pub(super) fn closing(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut found = None;
    scan(&text[open..], |index, state, c| {
        if found.is_some() || state != State::Code {
            return;
        }
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    found = Some(open + index);
                }
            }
            _ => {}
        }
    });
    found
}

/// Calls `visit(index, state, c)` for every character, with the state it is read in.
fn scan(text: &str, mut visit: impl FnMut(usize, State, char)) {
    let bytes = text.as_bytes();
    let mut state = State::Code;
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        visit(index, state, c);
        state = match state {
            State::Code => match c {
                '/' if bytes.get(index + 1) == Some(&b'/') => State::Comment,
                '"' => State::Str,
                'r' if !ident_before(bytes, index) => {
                    raw_start(bytes, index).map_or(State::Code, State::Raw)
                }
                _ => State::Code,
            },
            State::Str => match c {
                '\\' => {
                    if let Some((next, escaped)) = chars.next() {
                        visit(next, state, escaped);
                    }
                    State::Str
                }
                '"' => State::Code,
                _ => State::Str,
            },
            State::Raw(hashes) => {
                let closes =
                    c == '"' && (1..=hashes).all(|offset| bytes.get(index + offset) == Some(&b'#'));
                if closes {
                    for _ in 0..hashes {
                        if let Some((next, hash)) = chars.next() {
                            visit(next, State::Code, hash);
                        }
                    }
                    State::Code
                } else {
                    State::Raw(hashes)
                }
            }
            State::Comment if c == '\n' => State::Code,
            State::Comment => State::Comment,
        };
        if let State::Raw(hashes) = state
            && c == 'r'
        {
            // Skip the `#`s and the opening quote of `r#"`.
            for _ in 0..=hashes {
                if let Some((next, skipped)) = chars.next() {
                    visit(next, state, skipped);
                }
            }
        }
    }
}

/// Whether the character before `index` belongs to an identifier (`for` is not `r"`).
fn ident_before(bytes: &[u8], index: usize) -> bool {
    index > 0 && (bytes[index - 1].is_ascii_alphanumeric() || bytes[index - 1] == b'_')
}

/// The number of `#` of a raw string that starts at `index` (`r"`, `r#"`, ...).
fn raw_start(bytes: &[u8], index: usize) -> Option<usize> {
    let hashes = bytes[index + 1..]
        .iter()
        .take_while(|&&b| b == b'#')
        .count();
    (bytes.get(index + 1 + hashes) == Some(&b'"')).then_some(hashes)
}
