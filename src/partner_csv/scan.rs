//! The lexer's fast path: a record on one line whose fields are plain or quoted whole (`"a, b"` as
//! spreadsheets write them), read in one pass over the chunk's bytes, each cell a slice of the
//! chunk (no copy). Anything else — a quote inside a plain field, `""` or a line break inside
//! quotes, text after a closing quote, a record cut by the chunk's end — is left to the byte-by-byte
//! [`super::tokenize::Lexer`], which reads it from the same place and gives the same answer.

use super::rows::{Table, SLOTS};
use super::tokenize::is_filler;
use crate::input::MAX_FIELD_BYTES;

/// A record read by [`line`].
#[derive(Debug)]
pub(super) struct Line<'a> {
    /// The cells the rows need, by slot (see [`SLOTS`]).
    pub(super) cells: [Option<&'a str>; SLOTS],
    /// A field is over [`MAX_FIELD_BYTES`].
    pub(super) over: bool,
    /// Something other than white space, quotes and delimiters (else a blank line).
    pub(super) content: bool,
    /// Bytes read, the line end included.
    pub(super) used: usize,
    /// The line ended with a CR (a LF right after it ends the same line).
    pub(super) cr: bool,
}

/// The record at the start of `bytes` (the header read), or `None` to leave it to the lexer.
pub(super) fn line<'a>(bytes: &'a [u8], delim: u8, table: &Table) -> Option<Line<'a>> {
    let mut out = Line { cells: [None; SLOTS], over: false, content: false, used: 0, cr: false };
    let mut at = 0;
    let mut index = 0;
    loop {
        let (field, end) = field(bytes, at, delim)?;
        out.over |= field.len() > MAX_FIELD_BYTES;
        out.content = out.content || field.iter().any(|&b| !is_filler(b));
        if let Some(cell) = table.keeps(index).and_then(|slot| out.cells.get_mut(slot)) {
            // Cut at ASCII bytes of valid UTF-8: always a whole string.
            *cell = Some(std::str::from_utf8(field).unwrap_or(""));
        }
        match bytes.get(end) {
            Some(&c) if c == delim => {
                at = end + 1;
                index += 1;
            }
            Some(&c @ (b'\r' | b'\n')) => {
                out.used = end + 1;
                out.cr = c == b'\r';
                return Some(out);
            }
            _ => return None,
        }
    }
}

/// The field starting at `at` and where it ends (its delimiter or line end), if it is plain or
/// quoted whole.
fn field(bytes: &[u8], at: usize, delim: u8) -> Option<(&[u8], usize)> {
    let rest = bytes.get(at..)?;
    if rest.first() == Some(&b'"') {
        let inner = rest.get(1..)?;
        let close = special(inner, b'"')?;
        let end = at + close + 2;
        let after = *bytes.get(end)?;
        if inner.get(close) != Some(&b'"') || !(after == delim || after == b'\r' || after == b'\n') {
            return None;
        }
        return Some((inner.get(..close)?, end));
    }
    let len = special(rest, delim)?;
    if rest.get(len) == Some(&b'"') {
        return None;
    }
    Some((rest.get(..len)?, at + len))
}

/// Where the first `delim`, `"`, CR or LF of `s` is: eight bytes at a time (the lowest byte that
/// matches is exact in the classic "has a zero byte" test), then byte by byte.
fn special(s: &[u8], delim: u8) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let hit = |word: u64, b: u8| {
        let x = word ^ (LO * u64::from(b));
        x.wrapping_sub(LO) & !x & HI
    };
    let mut at = 0;
    while let Some(Ok(word)) = s.get(at..at + 8).map(<[u8; 8]>::try_from) {
        let w = u64::from_le_bytes(word);
        let found = hit(w, delim) | hit(w, b'"') | hit(w, b'\r') | hit(w, b'\n');
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let tail = s.get(at..)?;
    tail.iter().position(|&c| c == delim || matches!(c, b'"' | b'\r' | b'\n')).map(|p| at + p)
}

#[cfg(test)]
mod tests {
    /// The word-at-a-time search finds what a byte-by-byte search finds, at every place and with bytes
    /// just around the searched ones (0x2B after `,`, 0x0B after LF, 0x80+ around all of them).
    #[test]
    fn aud_csv_special_byte_search_matches_a_plain_search() {
        for special in [b',', b';', b'\t', b'"', b'\r', b'\n'] {
            for len in 0..20 {
                for at in 0..=len {
                    let mut s: Vec<u8> =
                        (0..len).map(|i| [b'a', 0x2B, 0x0B, 0xC3, 0x80, 0xFF][i % 6]).collect();
                    if let Some(b) = s.get_mut(at) {
                        *b = special;
                    }
                    let plain = s.iter().position(|&c| c == b',' || matches!(c, b'"' | b'\r' | b'\n'));
                    assert_eq!(super::special(&s, b','), plain, "{special} at {at} of {len}");
                }
            }
        }
    }
}
