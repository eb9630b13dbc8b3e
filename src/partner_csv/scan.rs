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
        let close = inner.iter().position(|&c| matches!(c, b'"' | b'\r' | b'\n'))?;
        let end = at + close + 2;
        let after = *bytes.get(end)?;
        if inner.get(close) != Some(&b'"') || !(after == delim || after == b'\r' || after == b'\n') {
            return None;
        }
        return Some((inner.get(..close)?, end));
    }
    let len = rest.iter().position(|&c| c == delim || matches!(c, b'"' | b'\r' | b'\n'))?;
    if rest.get(len) == Some(&b'"') {
        return None;
    }
    Some((rest.get(..len)?, at + len))
}
