//! JSON string escaping, eight bytes at a time.
//!
//! A JSON string must escape `"`, `\` and the control characters below U+0020; everything else,
//! non-ASCII included, is written as is. Strings are scanned a word (`u64`) at a time for those
//! bytes, and every run between them is copied with one `push_str`. The escapes are `serde_json`'s:
//! `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, and `\u00XX` (lowercase hex) for the other control
//! characters.

use std::fmt::{self, Write as _};

/// `0x01` in every byte of a word.
const ONES: u64 = u64::from_le_bytes([0x01; 8]);
/// The high bit of every byte of a word.
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
/// `"` in every byte of a word.
const QUOTES: u64 = u64::from_le_bytes([b'"'; 8]);
/// `\` in every byte of a word.
const BACKSLASHES: u64 = u64::from_le_bytes([b'\\'; 8]);

/// The bytes of `word` (eight bytes of a string, little-endian) that JSON escapes, as the high bit
/// of each such byte: below `0x20`, `"` or `\`.
///
/// Only the lowest set bit is sure to mark such a byte (a borrow can mark a byte above the first
/// match too), which is all the scan needs: whether a word is clean, and its first byte to escape.
#[inline(always)]
const fn specials(word: u64) -> u64 {
    // A byte below 0x20 borrows when 0x20 is taken from it; `!word` drops the bytes ≥ 0x80, which
    // set their high bit without borrowing.
    let control = word.wrapping_sub(ONES * 0x20) & !word;
    // A byte equal to `"` or `\` is zero after the XOR, and borrows when 1 is taken from it.
    let quote = word ^ QUOTES;
    let quote = quote.wrapping_sub(ONES) & !quote;
    let backslash = word ^ BACKSLASHES;
    let backslash = backslash.wrapping_sub(ONES) & !backslash;
    (control | quote | backslash) & HIGHS
}

/// Whether JSON escapes `byte`.
#[inline]
const fn is_special(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// The index of the first byte of `bytes` that JSON escapes.
#[inline]
fn first_special(bytes: &[u8]) -> Option<usize> {
    let (words, tail) = bytes.as_chunks::<8>();
    let mut offset = 0;
    for word in words {
        let found = specials(u64::from_le_bytes(*word));
        if found != 0 {
            return Some(offset + (found.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    if tail.is_empty() {
        return None;
    }
    if let Some(last) = bytes.last_chunk::<8>() {
        // At least one full word was read: read the last eight bytes, overlapping bytes already
        // known to need nothing, so the first match is in the tail.
        let found = specials(u64::from_le_bytes(*last));
        return (found != 0).then(|| bytes.len() - 8 + (found.trailing_zeros() / 8) as usize);
    }
    tail.iter().position(|&byte| is_special(byte))
}

/// Whether `bytes`, at most 16 of them, hold nothing JSON escapes: two overlapping words (or
/// half-words) cover them.
#[inline(always)]
fn is_clean_short(bytes: &[u8]) -> bool {
    if let (Some(first), Some(last)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        specials(u64::from_le_bytes(*first)) | specials(u64::from_le_bytes(*last)) == 0
    } else if let (Some(first), Some(last)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        let word =
            u64::from(u32::from_le_bytes(*first)) | (u64::from(u32::from_le_bytes(*last)) << 32);
        specials(word) == 0
    } else {
        !bytes.iter().any(|&byte| is_special(byte))
    }
}

/// Whether `bytes` holds nothing JSON escapes: read a word at a time, the last word overlapping
/// the one before.
#[inline]
fn is_clean(bytes: &[u8]) -> bool {
    let Some(last) = bytes.last_chunk::<8>() else {
        return is_clean_short(bytes);
    };
    let mut found = specials(u64::from_le_bytes(*last));
    for word in bytes.as_chunks::<8>().0 {
        found |= specials(u64::from_le_bytes(*word));
    }
    found == 0
}

/// Appends `text` as a JSON string, quotes included. Short strings that need no escaping (most
/// values) are checked and copied inline; the rest out of line.
#[inline(always)]
pub(crate) fn push_string(out: &mut String, text: &str) {
    if text.len() <= 16 && is_clean_short(text.as_bytes()) {
        out.push('"');
        out.push_str(text);
        out.push('"');
    } else {
        push_long(out, text, "\"");
    }
}

/// Appends `key` as a JSON object key: the string and its colon. As [`push_string`].
#[inline(always)]
pub(crate) fn push_key(out: &mut String, key: &str) {
    if key.len() <= 16 && is_clean_short(key.as_bytes()) {
        out.push('"');
        out.push_str(key);
        out.push_str("\":");
    } else {
        push_long(out, key, "\":");
    }
}

/// [`push_string`] and [`push_key`] for a string longer than 16 bytes or one that needs escaping.
#[inline(never)]
fn push_long(out: &mut String, text: &str, end: &str) {
    out.reserve(text.len() + 1 + end.len());
    out.push('"');
    if is_clean(text.as_bytes()) {
        out.push_str(text);
    } else {
        push_contents(out, text);
    }
    out.push_str(end);
}

/// Appends `text`, escaped, without quotes: the runs between the bytes to escape are copied whole.
pub(crate) fn push_contents(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = first_special(rest.as_bytes()) {
        // `at` is the index of an ASCII byte, so always a character boundary.
        let Some((run, special)) = rest.split_at_checked(at) else {
            return push_contents_slowly(out, rest);
        };
        out.push_str(run);
        push_escape(out, special.as_bytes().first().copied().unwrap_or_default());
        rest = special.get(1..).unwrap_or_default();
    }
    out.push_str(rest);
}

/// [`push_contents`] one character at a time.
#[cold]
fn push_contents_slowly(out: &mut String, text: &str) {
    for c in text.chars() {
        match u8::try_from(c) {
            Ok(byte) if is_special(byte) => push_escape(out, byte),
            _ => out.push(c),
        }
    }
}

/// Appends the escape of `special`, a byte JSON escapes.
#[inline]
fn push_escape(out: &mut String, special: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match special {
        b'"' => '"',
        b'\\' => '\\',
        b'\n' => 'n',
        b'\r' => 'r',
        b'\t' => 't',
        0x08 => 'b',
        0x0c => 'f',
        _ => {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(special >> 4)]));
            out.push(char::from(HEX[usize::from(special & 0xf)]));
            return;
        }
    };
    out.push('\\');
    out.push(short);
}

/// Appends `value`'s `Display` text as a JSON string (serde's `collect_str`), without building
/// it first.
pub(crate) fn push_display<T: ?Sized + fmt::Display>(out: &mut String, value: &T) -> fmt::Result {
    out.push('"');
    write!(Escaping(out), "{value}")?;
    out.push('"');
    Ok(())
}

/// A [`fmt::Write`] that escapes what it is given.
struct Escaping<'a>(&'a mut String);

impl fmt::Write for Escaping<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        push_contents(self.0, text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{first_special, is_clean, is_clean_short, is_special, push_contents, specials};

    #[test]
    fn the_word_scan_finds_the_first_special_byte_of_any_word() {
        for special in (0..0x20).chain([b'"', b'\\']) {
            for at in 0..8_u32 {
                for fill in [
                    b'a', b' ', 0x7f, 0x80, 0xa0, 0xe2, 0xff, b'!', b'#', b'[', b']',
                ] {
                    let mut word = [fill; 8];
                    word[at as usize] = special;
                    let found = specials(u64::from_le_bytes(word));
                    assert_eq!(found.trailing_zeros() / 8, at, "{word:?}");
                }
            }
        }
        for byte in 0..=u8::MAX {
            let found = specials(u64::from_le_bytes([byte; 8]));
            assert_eq!(found != 0, is_special(byte), "{byte:#x}");
        }
    }

    /// `serde_json`'s escaping, a byte at a time.
    fn reference(text: &str) -> String {
        use std::fmt::Write as _;

        let mut out = String::new();
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if c < ' ' => write!(out, "\\u{:04x}", u32::from(c)).unwrap(),
                c => out.push(c),
            }
        }
        out
    }

    #[test]
    fn specials_at_every_offset_of_every_length_are_escaped() {
        let specials = ['\0', '\n', '\u{1f}', '"', '\\'];
        for fill in ["x", "é"] {
            for len in 0..40 {
                let clean = fill.repeat(len);
                assert!(is_clean(clean.as_bytes()), "{clean:?}");
                assert!(len > 16 || is_clean_short(clean.as_bytes()), "{clean:?}");
                for at in 0..=len {
                    for special in specials {
                        for second in [None, Some(at / 2), Some(at + 1), Some(len)] {
                            let mut chars: Vec<char> = clean.chars().collect();
                            chars.insert(at, special);
                            if let Some(second) = second.filter(|&i| i <= chars.len()) {
                                chars.insert(second, specials[second % specials.len()]);
                            }
                            let text: String = chars.into_iter().collect();
                            assert!(!is_clean(text.as_bytes()), "{text:?}");
                            let first = text.bytes().position(is_special);
                            assert_eq!(first_special(text.as_bytes()), first, "{text:?}");
                            let short = text.len() <= 16;
                            assert!(!short || !is_clean_short(text.as_bytes()), "{text:?}");
                            let mut out = String::new();
                            push_contents(&mut out, &text);
                            assert_eq!(out, reference(&text), "{text:?}");
                        }
                    }
                }
            }
        }
    }
}
