//! RFC 4180 records, once the delimiter is known: the [`Lexer`] cuts the text into fields and hands
//! each non-blank record to the [`Table`]. It works on the bytes of valid UTF-8 text: every byte it
//! acts on is ASCII, so fields are always cut at character boundaries.
//!
//! An unterminated quote: the record is reported at the line where it starts, and reading resumes
//! on the line after the one where the *last* quote of that record opened. All quotes after that
//! one come in `""` pairs (else it would have closed), so the text read again can never leave a
//! quote open across a line break: one resumption at most, linear time (issue 16, item 3).

use super::rows::{Table, HEADER_CELL_MAX, SLOTS};
use crate::input::MAX_FIELD_BYTES;
use crate::issue::{Issue, IssueCode};

/// Text kept to resume after an unterminated quote (beyond it, the rest of the file is lost).
const RESUME_MAX: usize = 2 * MAX_FIELD_BYTES;

/// Bytes that don't make a record non-blank: white space, quotes and the candidate delimiters
/// (a row of `;;;` or `,,` is a blank line as spreadsheets write it).
pub(super) fn is_filler(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'"' | b',' | b';')
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum St {
    FieldStart,
    Unquoted,
    Quoted,
    /// A `"` inside a quoted field: `""` (a quote) or the end of the quotes.
    QuoteInQuoted,
}

#[derive(Debug)]
pub(super) struct Lexer {
    delim: u8,
    st: St,
    /// The previous byte was a CR: a LF now ends the same line.
    skip_lf: bool,
    /// The current physical line (1-based) and the line where the current record started.
    pub(super) line: u64,
    record_line: u64,
    field_index: usize,
    field: Vec<u8>,
    /// Bytes of the current field, kept or not.
    field_len: usize,
    /// Where the current field goes (its slot; 0 for a header cell), `None` when not needed.
    keep: Option<usize>,
    /// The current field is only spaces so far (a `"` after them still opens quotes).
    spaces_only: bool,
    /// A field of the current record is over [`MAX_FIELD_BYTES`].
    record_over: bool,
    /// The current record holds something other than white space, quotes and delimiters.
    record_content: bool,
    /// The row's cells (buffers reused from record to record) and which are set.
    cells: [Vec<u8>; SLOTS],
    set: [bool; SLOTS],
    /// The text after the first line break inside the record's last opened quote, to resume there
    /// if those quotes never close, and the line it starts.
    resume: Option<Vec<u8>>,
    resume_over: bool,
    resume_line: u64,
}

impl Lexer {
    pub(super) fn new(delim: u8, table: &Table) -> Lexer {
        Lexer {
            delim,
            st: St::FieldStart,
            skip_lf: false,
            line: 1,
            record_line: 1,
            field_index: 0,
            field: Vec::new(),
            field_len: 0,
            keep: table.keeps(0),
            spaces_only: true,
            record_over: false,
            record_content: false,
            cells: Default::default(),
            set: [false; SLOTS],
            resume: None,
            resume_over: false,
            resume_line: 0,
        }
    }

    pub(super) fn feed(&mut self, bytes: &[u8], table: &mut Table) {
        let mut i = 0;
        let delim = self.delim;
        while let Some(&b) = bytes.get(i) {
            if self.skip_lf {
                self.skip_lf = false;
                if b == b'\n' {
                    i += 1;
                    continue;
                }
            }
            // Fast path: a whole record on one line, read in place (see `scan`).
            if self.st == St::FieldStart && self.field_index == 0 && table.has_header() {
                if let Some(line) = super::scan::line(bytes.get(i..).unwrap_or(&[]), delim, table) {
                    if line.content {
                        table.record(line.cells, self.line, line.over);
                    }
                    self.line += 1;
                    self.record_line = self.line;
                    self.skip_lf = line.cr;
                    i += line.used;
                    continue;
                }
            }
            // Fast path: a run of ordinary bytes inside a field is handled at once.
            if matches!(self.st, St::Unquoted | St::Quoted) && table.has_header() {
                let rest = bytes.get(i..).unwrap_or(&[]);
                let quoted = self.st == St::Quoted;
                let run = rest
                    .iter()
                    .position(|&c| c == b'"' || c == b'\r' || c == b'\n' || (!quoted && c == delim))
                    .unwrap_or(rest.len());
                if run > 0 {
                    let run = rest.get(..run).unwrap_or(&[]);
                    self.keep_for_resume(run);
                    self.append_run(run);
                    i += run.len();
                    continue;
                }
            }
            self.keep_for_resume(&[b]);
            self.step(b, table);
            i += 1;
        }
    }

    fn keep_for_resume(&mut self, bytes: &[u8]) {
        if let Some(resume) = &mut self.resume {
            if resume.len() + bytes.len() <= RESUME_MAX {
                resume.extend_from_slice(bytes);
            } else {
                self.resume = None;
                self.resume_over = true;
            }
        }
    }

    /// [`Lexer::append`] for a run of bytes that are neither quotes, line breaks nor delimiters
    /// (only once the header is read).
    fn append_run(&mut self, run: &[u8]) {
        if !self.record_content && run.iter().any(|&b| !is_filler(b)) {
            self.record_content = true;
        }
        if self.spaces_only && run.iter().any(|&b| b != b' ' && b != b'\t') {
            self.spaces_only = false;
        }
        self.field_len += run.len();
        if self.field_len > MAX_FIELD_BYTES {
            self.record_over = true;
        }
        if self.keep.is_some() {
            let room = MAX_FIELD_BYTES.saturating_sub(self.field.len());
            self.field.extend_from_slice(run.get(..room.min(run.len())).unwrap_or(&[]));
        }
    }

    fn step(&mut self, b: u8, table: &mut Table) {
        match self.st {
            St::FieldStart | St::Unquoted => self.unquoted(b, table),
            St::Quoted => {
                if b == b'"' {
                    self.st = St::QuoteInQuoted;
                } else {
                    if b == b'\n' || b == b'\r' {
                        self.line += 1;
                        self.skip_lf = b == b'\r';
                        if self.resume.is_none() && !self.resume_over {
                            self.resume = Some(Vec::new());
                            self.resume_line = self.line;
                        }
                    }
                    self.append(b, table);
                }
            }
            St::QuoteInQuoted => {
                if b == b'"' {
                    self.append(b, table);
                    self.st = St::Quoted;
                } else {
                    // Text after the closing quote (`"abc"def`) is kept, as spreadsheets do.
                    self.st = St::Unquoted;
                    self.spaces_only = false;
                    self.unquoted(b, table);
                }
            }
        }
    }

    fn unquoted(&mut self, b: u8, table: &mut Table) {
        if b == self.delim {
            self.end_field(table);
        } else if b == b'\n' || b == b'\r' {
            self.end_record(table);
            self.line += 1;
            self.record_line = self.line;
            self.skip_lf = b == b'\r';
        } else if b == b'"' && self.spaces_only {
            self.field.clear();
            self.field_len = 0;
            self.spaces_only = false;
            self.st = St::Quoted;
            // A new quote: only a line break inside this one is where reading may resume.
            self.resume = None;
            self.resume_over = false;
        } else {
            if b != b' ' && b != b'\t' {
                self.spaces_only = false;
            }
            self.append(b, table);
            self.st = St::Unquoted;
        }
    }

    fn append(&mut self, b: u8, table: &Table) {
        if !is_filler(b) {
            self.record_content = true;
        }
        self.field_len += 1;
        let header = table.has_header();
        if header && self.field_len > MAX_FIELD_BYTES {
            self.record_over = true;
        }
        if self.keep.is_none() {
            return;
        }
        let cap = if header { MAX_FIELD_BYTES } else { HEADER_CELL_MAX };
        if self.field.len() < cap {
            self.field.push(b);
        } else if !header {
            // A header cell this long names no known column.
            self.field.clear();
            self.keep = None;
        }
    }

    fn end_field(&mut self, table: &mut Table) {
        if let Some(slot) = self.keep {
            if !self.record_over {
                if table.has_header() {
                    if let (Some(cell), Some(set)) = (self.cells.get_mut(slot), self.set.get_mut(slot)) {
                        std::mem::swap(cell, &mut self.field);
                        *set = true;
                    }
                } else {
                    table.header_cell(self.field_index, std::str::from_utf8(&self.field).unwrap_or(""));
                }
            }
        }
        self.field.clear();
        self.field_index += 1;
        self.field_len = 0;
        self.keep = table.keeps(self.field_index);
        self.spaces_only = true;
        self.st = St::FieldStart;
    }

    fn end_record(&mut self, table: &mut Table) {
        self.end_field(table);
        if self.record_content {
            let mut cells: [Option<&str>; SLOTS] = [None; SLOTS];
            for ((out, cell), set) in cells.iter_mut().zip(&self.cells).zip(self.set) {
                if set {
                    *out = Some(std::str::from_utf8(cell).unwrap_or(""));
                }
            }
            table.record(cells, self.record_line, self.record_over);
        }
        self.reset_record(table);
    }

    fn reset_record(&mut self, table: &Table) {
        self.field.clear();
        self.field_len = 0;
        self.field_index = 0;
        self.set = [false; SLOTS];
        self.record_over = false;
        self.record_content = false;
        self.resume = None;
        self.resume_over = false;
        self.spaces_only = true;
        self.st = St::FieldStart;
        self.keep = table.keeps(0);
    }

    /// Ends the input: the last record, and an unterminated quote (reported at the line where its
    /// record starts; reading resumes as the module documentation says).
    pub(super) fn finish(mut self, table: &mut Table) {
        loop {
            if self.st != St::Quoted {
                self.end_record(table);
                break;
            }
            if !table.header_failed() {
                table.report(Issue::error(IssueCode::CsvUnterminatedQuote), Some(self.record_line));
            }
            let resume = self.resume.take();
            let next_line = self.resume_line;
            self.reset_record(table);
            self.skip_lf = false;
            let Some(rest) = resume else { break };
            self.line = next_line;
            self.record_line = next_line;
            self.feed(&rest, table);
        }
    }
}
