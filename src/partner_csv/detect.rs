//! What the bytes and the first record say: the encoding (UTF-8, UTF-16 with a BOM, else
//! Windows-1252 for bytes that are not UTF-8) and the delimiter.

use super::tokenize::{is_filler, St};
use crate::input::MAX_FIELD_BYTES;

/// The delimiter is decided at the end of the first non-blank record, or after this much text.
const DETECT_MAX: usize = MAX_FIELD_BYTES;

/// Windows-1252 characters of the bytes 0x80–0x9F (the bytes 0xA0–0xFF are Latin-1's); the five
/// bytes it leaves undefined map to the C1 control of the same number, as WHATWG's decoder does.
const CP1252_80_9F: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{2C6}',
    '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}', '\u{90}', '\u{2018}',
    '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}',
    '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// A byte read as Windows-1252.
pub(super) fn cp1252(b: u8) -> char {
    match b {
        0x80..=0x9F => CP1252_80_9F.get(usize::from(b - 0x80)).copied().unwrap_or('\u{FFFD}'),
        _ => char::from(b),
    }
}

/// The encoding of byte chunks, from the first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Encoding {
    /// Fewer than two bytes seen.
    Undecided,
    /// UTF-8 (with or without BOM); invalid sequences read as Windows-1252.
    Utf8,
    Utf16Le,
    Utf16Be,
}

impl Encoding {
    /// From the first two bytes (or fewer at the end of the input).
    pub(super) fn sniff(first: &[u8]) -> Encoding {
        match first {
            [0xFF, 0xFE, ..] => Encoding::Utf16Le,
            [0xFE, 0xFF, ..] => Encoding::Utf16Be,
            _ => Encoding::Utf8,
        }
    }
}

/// Finds the delimiter in the first non-blank record: the most frequent of `,`, `;` and tab outside
/// quotes (ties in that order; `,` when there is none). Quotes follow the [`super::tokenize::Lexer`]'s rules, with
/// any candidate delimiter ending a field.
#[derive(Debug)]
pub(super) struct Detector {
    /// The text so far, replayed into the [`super::tokenize::Lexer`] once the delimiter is known.
    pub(super) buf: Vec<u8>,
    st: St,
    /// Only spaces since the start of the field.
    spaces_only: bool,
    counts: [usize; 3],
    content: bool,
}

impl Default for Detector {
    fn default() -> Self {
        Detector { buf: Vec::new(), st: St::FieldStart, spaces_only: true, counts: [0; 3], content: false }
    }
}

impl Detector {
    pub(super) fn delimiter(&self) -> u8 {
        let mut best = (0, b',');
        for (count, delim) in self.counts.iter().zip([b',', b';', b'\t']) {
            if *count > best.0 {
                best = (*count, delim);
            }
        }
        best.1
    }

    /// Scans `bytes`; `true` once the delimiter is decided (the caller then replays `buf` and `bytes`).
    pub(super) fn scan(&mut self, bytes: &[u8]) -> bool {
        for (i, &b) in bytes.iter().enumerate() {
            if !is_filler(b) {
                self.content = true;
            }
            match (self.st, b) {
                (St::Quoted, b'"') => self.st = St::QuoteInQuoted,
                (St::Quoted, _) => {}
                (St::QuoteInQuoted, b'"') => self.st = St::Quoted,
                (_, b',' | b';' | b'\t') => {
                    if let Some(count) =
                        self.counts.get_mut(usize::from(b == b';') + 2 * usize::from(b == b'\t'))
                    {
                        *count += 1;
                    }
                    self.st = St::FieldStart;
                    self.spaces_only = true;
                }
                (_, b'\r' | b'\n') if self.content => return true,
                (_, b'\r' | b'\n') => {
                    self.counts = [0; 3];
                    self.st = St::FieldStart;
                    self.spaces_only = true;
                }
                (St::FieldStart | St::Unquoted, b'"') if self.spaces_only => self.st = St::Quoted,
                (_, b' ') => self.st = St::Unquoted,
                _ => {
                    self.st = St::Unquoted;
                    self.spaces_only = false;
                }
            }
            if self.buf.len() + i + 1 >= DETECT_MAX {
                return true;
            }
        }
        self.buf.extend_from_slice(bytes);
        false
    }
}
