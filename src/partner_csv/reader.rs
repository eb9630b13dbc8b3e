//! The streaming reader: chunks of text or bytes, cut anywhere.

use super::detect::{cp1252, Detector, Encoding};
use super::rows::{Rows, Table};
use super::tokenize::Lexer;
use super::{line_param, CsvOptions, PartnerCsvResult};
use crate::issue::{Issue, IssueCode};
use crate::locale::Locale;

/// Reads a partner CSV piece by piece (`new PartnerCsvReader(options)`, `.push(chunk)`, `.finish()`):
/// chunks of bytes or text may be cut anywhere, even inside a character or a quoted field, and
/// `finish()` gives exactly what [`super::parse_partner_csv`] gives for the whole text. Memory holds
/// the partners read plus one record; `bytes_read` tells the progress.
///
/// After `finish()`, `bytes_read` still gives the finished file's total; the next push starts a new
/// file (the reader can be reused).
#[derive(Debug)]
pub struct PartnerCsvReader {
    locale: Locale,
    max_bytes: u64,
    bytes_read: u64,
    too_large: bool,
    /// `finish()` was called and nothing pushed since.
    finished: bool,
    encoding: Encoding,
    /// Bytes that don't make a character yet: the start of a UTF-8 character or a UTF-16 unit or
    /// pair cut by the end of a chunk, or the first byte while the encoding is undecided.
    pending: Vec<u8>,
    /// Some text was seen (a BOM is removed only at the very start).
    started: bool,
    /// Bytes that are not UTF-8 were read as Windows-1252 (reported once).
    cp1252: bool,
    detector: Detector,
    lexer: Option<Lexer>,
    table: Table,
}

impl PartnerCsvReader {
    pub fn new(options: &CsvOptions) -> PartnerCsvReader {
        PartnerCsvReader::with(options.locale(), options.max_bytes())
    }

    fn with(locale: Locale, max_bytes: u64) -> PartnerCsvReader {
        PartnerCsvReader {
            locale,
            max_bytes,
            bytes_read: 0,
            too_large: false,
            finished: false,
            encoding: Encoding::Undecided,
            pending: Vec::new(),
            started: false,
            cp1252: false,
            detector: Detector::default(),
            lexer: None,
            table: Table::new(locale),
        }
    }

    /// Bytes pushed so far (UTF-8 bytes for text chunks); after `finish()`, the finished file's total.
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// Partners read so far (for a progress display).
    pub fn partners_read(&self) -> usize {
        self.table.kept
    }

    /// `finish()` was called and nothing pushed since.
    pub fn finished(&self) -> bool {
        self.finished
    }

    /// The input went over `max_bytes`: the answer is `input_too_large` and no partner.
    pub fn too_large(&self) -> bool {
        self.too_large
    }

    /// The good rows read since the last call (the wasm layer hands them to JS chunk by chunk).
    pub fn take_rows(&mut self) -> Rows {
        std::mem::take(&mut self.table.rows)
    }

    /// Counts `n` more bytes; past `max_bytes` everything is dropped and the answer will be `input_too_large`.
    fn count(&mut self, n: usize) -> bool {
        if self.finished {
            // A push after finish() starts a new file.
            *self = PartnerCsvReader::with(self.locale, self.max_bytes);
        }
        self.bytes_read = self.bytes_read.saturating_add(u64::try_from(n).unwrap_or(u64::MAX));
        if !self.too_large && self.bytes_read > self.max_bytes {
            self.too_large = true;
            self.pending = Vec::new();
            self.detector = Detector::default();
            self.lexer = None;
            self.table = Table::new(self.locale);
        }
        !self.too_large
    }

    /// Pushes a chunk of text.
    pub fn push_str(&mut self, chunk: &str) {
        if !self.count(chunk.len()) {
            return;
        }
        self.flush_pending();
        self.text(chunk);
    }

    /// Pushes a chunk of bytes: UTF-8, or UTF-16 when the first bytes are its BOM; bytes that are
    /// not UTF-8 are read as Windows-1252 with a `csv_encoding` warning.
    pub fn push_bytes(&mut self, chunk: &[u8]) {
        if !self.count(chunk.len()) || chunk.is_empty() {
            return;
        }
        let joined;
        let bytes = if self.pending.is_empty() {
            chunk
        } else {
            let mut j = std::mem::take(&mut self.pending);
            j.extend_from_slice(chunk);
            joined = j;
            joined.as_slice()
        };
        if self.encoding == Encoding::Undecided {
            if bytes.len() < 2 {
                self.pending = bytes.to_vec();
                return;
            }
            self.encoding = Encoding::sniff(bytes);
        }
        match self.encoding {
            Encoding::Utf16Le | Encoding::Utf16Be => self.utf16(bytes),
            _ => self.utf8(bytes),
        }
    }

    /// A chunk that is neither text nor bytes (from JS): reported as `invalid_type`, otherwise ignored.
    pub fn push_invalid(&mut self, received: &str) {
        if self.finished {
            *self = PartnerCsvReader::with(self.locale, self.max_bytes);
        }
        let issue = Issue::error(IssueCode::InvalidType)
            .param("expected", "string | Uint8Array")
            .param("received", received);
        self.table.report(issue, None);
    }

    fn utf8(&mut self, mut rest: &[u8]) {
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    self.text(s);
                    return;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    self.text(std::str::from_utf8(valid).unwrap_or(""));
                    match e.error_len() {
                        Some(n) => {
                            let (bad, after) = after.split_at(n.min(after.len()));
                            self.windows_1252(bad);
                            rest = after;
                        }
                        None => {
                            self.pending = after.to_vec();
                            return;
                        }
                    }
                }
            }
        }
    }

    /// Bytes that are not UTF-8, read as Windows-1252 (the first time: a warning at the current line).
    fn windows_1252(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        if !self.cp1252 {
            self.cp1252 = true;
            let line = self.lexer.as_ref().map_or(1, |l| l.line);
            self.table
                .report(Issue::warning(IssueCode::CsvEncoding).param("encoding", "windows-1252"), Some(line));
        }
        let text: String = bytes.iter().map(|&b| cp1252(b)).collect();
        self.text(&text);
    }

    fn utf16(&mut self, bytes: &[u8]) {
        let le = self.encoding == Encoding::Utf16Le;
        let unit = |p: &[u8]| {
            let pair = <[u8; 2]>::try_from(p).unwrap_or([0, 0]);
            if le {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        };
        let mut units: Vec<u16> = bytes.chunks_exact(2).map(unit).collect();
        let mut keep = bytes.chunks_exact(2).remainder().to_vec();
        if let Some(&last) = units.last() {
            if (0xD800..0xDC00).contains(&last) {
                // A pair cut by the chunk's end: completed by the next chunk.
                units.pop();
                let unit = if le { last.to_le_bytes() } else { last.to_be_bytes() };
                let mut cut = unit.to_vec();
                cut.append(&mut keep);
                keep = cut;
            }
        }
        self.pending = keep;
        let text: String = char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect();
        self.text(&text);
    }

    /// Bytes left over that never made a character (the input ended, or text chunks follow).
    fn flush_pending(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        match self.encoding {
            Encoding::Utf16Le | Encoding::Utf16Be => self.text("\u{FFFD}"),
            Encoding::Undecided => {
                self.encoding = Encoding::Utf8;
                self.utf8(&pending);
                let rest = std::mem::take(&mut self.pending);
                self.windows_1252(&rest);
            }
            Encoding::Utf8 => self.windows_1252(&pending),
        }
    }

    fn text(&mut self, mut s: &str) {
        if s.is_empty() {
            return;
        }
        if !self.started {
            self.started = true;
            s = s.strip_prefix('\u{FEFF}').unwrap_or(s);
        }
        match &mut self.lexer {
            Some(lexer) => lexer.feed(s.as_bytes(), &mut self.table),
            None => {
                if self.detector.scan(s.as_bytes()) {
                    let detector = std::mem::take(&mut self.detector);
                    let mut lexer = Lexer::new(detector.delimiter(), &self.table);
                    lexer.feed(&detector.buf, &mut self.table);
                    lexer.feed(s.as_bytes(), &mut self.table);
                    self.lexer = Some(lexer);
                }
            }
        }
    }

    /// Ends the file: whether it is free of errors, the issues, and the rows not yet taken. The
    /// reader then keeps `bytes_read`; the next push starts a new file.
    pub fn finish_rows(&mut self) -> (bool, Vec<Issue>, Rows) {
        if self.finished {
            *self = PartnerCsvReader::with(self.locale, self.max_bytes);
        }
        self.flush_pending();
        let total = self.bytes_read;
        let mut done = std::mem::replace(self, PartnerCsvReader::with(self.locale, self.max_bytes));
        self.bytes_read = total;
        self.finished = true;
        if done.too_large {
            let issue = Issue::error(IssueCode::InputTooLarge)
                .param("maxBytes", line_param(done.max_bytes))
                .build(done.locale);
            return (false, vec![issue], Rows::default());
        }
        let lexer = match done.lexer.take() {
            Some(l) => l,
            None => {
                let mut l = Lexer::new(done.detector.delimiter(), &done.table);
                l.feed(&done.detector.buf, &mut done.table);
                l
            }
        };
        lexer.finish(&mut done.table);
        done.table.finish()
    }

    /// The result for everything pushed (see [`PartnerCsvReader::finish_rows`]).
    pub fn finish(&mut self) -> PartnerCsvResult {
        let (ok, issues, rows) = self.finish_rows();
        PartnerCsvResult { ok, issues, partners: rows.to_partners() }
    }
}
