//! The partner list as CSV (SPEC AUD-CSV): import of what spreadsheets write, export that
//! spreadsheets open safely, and a streaming reader for big files.
//!
//! Import: a header row names the columns (tenant ID required; name and country optional; other
//! columns ignored), matched case-insensitively ignoring spaces, `_` and `-`. The delimiter is
//! detected from the header (`,`, `;` as Excel writes in French locales, or tab); UTF-8 with or
//! without BOM; CRLF, LF or CR line ends; RFC 4180 quotes (`""` inside quotes, line breaks inside
//! quoted fields). Each bad row is reported with the 1-based line where it starts and skipped; the
//! good rows are kept. One pass, linear time, memory bounded by the partners kept plus one record.
//!
//! Export: header `tenantId,name,country`, CRLF, fields quoted where needed; a cell that a
//! spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, tab or CR) gets a `'`
//! prefix, which import removes again, so `parse(export(x))` gives `x` back.

use crate::audience::{Count, List, Partner, PARTNER_NAME_MAX};
use crate::input::{collapse_whitespace, Loose, Text, ValueKind, MAX_FIELD_BYTES};
use crate::issue::{no_errors, Issue, IssueBuilder, IssueCode};
use crate::locale::Locale;
use crate::tenant_id::TenantId;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Serialize;
use std::collections::HashSet;
use std::fmt;
use tsify::Tsify;

/// Default limit of a whole CSV input (64 MiB).
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// The columns written by the export, in order.
pub const EXPORT_HEADER: &str = "tenantId,name,country";

/// Header names (lower-case, without spaces, `_`, `-`) of the tenant-ID column.
const TENANT_ALIASES: &[&str] = &[
    "tenantid",
    "microsoftentratenantid",
    "entratenantid",
    "azureadtenantid",
    "aadtenantid",
    "id",
    "iddelocataire",
    "iddelocatairemicrosoftentra",
];
const NAME_ALIASES: &[&str] = &["name", "partnername", "companyname", "nom", "nomdupartenaire"];
const COUNTRY_ALIASES: &[&str] = &["country", "country/region", "countryregion", "pays", "pays/région", "pays/region"];

/// Bytes that don't make a record non-blank: white space, quotes and the candidate delimiters
/// (a row of `;;;` or `,,` is a blank line as spreadsheets write it).
fn is_filler(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'"' | b',' | b';')
}

/// Header cells longer than this (bytes) can't be a known name and are not kept.
const HEADER_CELL_MAX: usize = 256;
/// The delimiter is decided at the end of the first non-blank record, or after this much text.
const DETECT_MAX: usize = MAX_FIELD_BYTES;
/// Text kept to resume after an unterminated quote (beyond it, the rest of the file is lost).
const RESUME_MAX: usize = 2 * MAX_FIELD_BYTES;

/// Options of `parsePartnerCsv` and `new PartnerCsvReader`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct CsvOptions {
    /// BCP-47 tag of the messages (`"fr-CA"` → French); English by default.
    #[tsify(optional, type = "string")]
    pub locale: Text,
    /// Largest input accepted, in bytes (UTF-8); 64 MiB by default. Above it: `input_too_large`, nothing read.
    #[tsify(optional, type = "number")]
    pub max_bytes: Count,
}

impl CsvOptions {
    pub fn locale(&self) -> Locale {
        self.locale.as_str().map(Locale::negotiate).unwrap_or_default()
    }

    pub fn max_bytes(&self) -> u64 {
        self.max_bytes.0.unwrap_or(DEFAULT_MAX_BYTES)
    }
}

/// The CSV text argument: a string of any size (not capped at 1 MiB like a form field), or a value of another type.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum CsvText {
    #[default]
    Missing,
    Str(String),
    Invalid(ValueKind),
}

impl From<&str> for CsvText {
    fn from(s: &str) -> Self {
        CsvText::Str(s.to_owned())
    }
}

impl From<String> for CsvText {
    fn from(s: String) -> Self {
        CsvText::Str(s)
    }
}

struct CsvTextVisitor;

impl<'de> Visitor<'de> for CsvTextVisitor {
    type Value = CsvText;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<CsvText, E> {
        Ok(CsvText::Str(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<CsvText, E> {
        Ok(CsvText::Str(v))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<CsvText, E> {
        Ok(CsvText::Invalid(ValueKind::Boolean))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<CsvText, E> {
        Ok(CsvText::Invalid(ValueKind::Number))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<CsvText, E> {
        Ok(CsvText::Invalid(ValueKind::Number))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<CsvText, E> {
        Ok(CsvText::Invalid(ValueKind::Number))
    }
    fn visit_none<E: de::Error>(self) -> Result<CsvText, E> {
        Ok(CsvText::Missing)
    }
    fn visit_unit<E: de::Error>(self) -> Result<CsvText, E> {
        Ok(CsvText::Missing)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<CsvText, D::Error> {
        d.deserialize_any(CsvTextVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<CsvText, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(CsvText::Invalid(ValueKind::Array))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<CsvText, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(CsvText::Invalid(ValueKind::Object))
    }
}

impl<'de> Deserialize<'de> for CsvText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<CsvText, D::Error> {
        d.deserialize_any(CsvTextVisitor)
    }
}

/// The answer of `parsePartnerCsv` and `PartnerCsvReader.finish()`.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PartnerCsvResult {
    /// `false` when any issue is an error (a bad row, a missing header); the good rows are in `partners` anyway.
    pub ok: bool,
    pub issues: Vec<Issue>,
    /// The good rows, in file order, each tenant ID once, normalized.
    pub partners: Vec<Partner>,
}

/// `parsePartnerCsv(text, options)`: the partners of a CSV text (AUD-CSV).
pub fn parse_partner_csv(text: &CsvText, options: &CsvOptions) -> PartnerCsvResult {
    let locale = options.locale();
    let issue = match text {
        CsvText::Str(s) => {
            let mut reader = PartnerCsvReader::new(options);
            reader.push_str(s);
            return reader.finish();
        }
        CsvText::Missing => Issue::error(IssueCode::Required).build(locale),
        CsvText::Invalid(kind) => Issue::error(IssueCode::InvalidType).param("expected", "string").param("received", kind.name()).build(locale),
    };
    PartnerCsvResult { ok: false, issues: vec![issue], partners: Vec::new() }
}

// ---------------------------------------------------------------------------------------------
// Cells

/// `'` followed by this marks a cell protected against formula injection.
fn formula_start(s: &str) -> bool {
    let rest = s.trim_start_matches('\'');
    rest.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A cell as imported: trimmed, the protective `'` removed, white space collapsed.
fn clean_cell(raw: &str) -> String {
    let t = raw.trim();
    let t = match t.strip_prefix('\'') {
        Some(rest) if formula_start(rest) => rest,
        _ => t,
    };
    collapse_whitespace(t)
}

/// A cell as exported: the protective `'` added where a spreadsheet would see a formula, quoted where needed.
fn export_cell(value: &str, out: &mut String) {
    let protect = formula_start(value);
    let quote = value.contains([',', ';', '\t', '"', '\r', '\n']) || value.starts_with(' ') || value.ends_with(' ');
    if quote {
        out.push('"');
    }
    if protect {
        out.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

/// `exportPartnerCsv(partners)`: the list as CSV that spreadsheets open safely (AUD-CSV). Tenant IDs
/// that parse are written normalized; entries that are not objects are left out.
pub fn export_partner_csv(partners: &List<Loose<Partner>>) -> String {
    let items = partners.items().unwrap_or(&[]);
    let mut out = String::with_capacity(EXPORT_HEADER.len() + 2 + items.len() * 64);
    out.push_str(EXPORT_HEADER);
    out.push_str("\r\n");
    for partner in items.iter().filter_map(Loose::value) {
        let text = |t: &Text| t.as_str().map(collapse_whitespace).unwrap_or_default();
        let tenant = partner.tenant_id.as_str().and_then(crate::tenant_id::normalize_tenant_id).unwrap_or_else(|| text(&partner.tenant_id));
        export_cell(&tenant, &mut out);
        out.push(',');
        export_cell(&text(&partner.name), &mut out);
        out.push(',');
        export_cell(&text(&partner.country), &mut out);
        out.push_str("\r\n");
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The streaming reader

/// Which column holds what (indexes in the header).
#[derive(Debug, Clone, Copy, Default)]
struct Columns {
    tenant: Option<usize>,
    name: Option<usize>,
    country: Option<usize>,
}

impl Columns {
    fn slot(&self, index: usize) -> Option<usize> {
        [self.tenant, self.name, self.country].iter().position(|c| *c == Some(index))
    }
}

/// Lower-cased, without spaces, `_`, `-` (and a leading `'` protection).
fn header_key(cell: &str) -> String {
    clean_cell(cell).chars().filter(|c| !matches!(c, ' ' | '_' | '-')).flat_map(crate::case::lower).collect()
}


#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum St {
    FieldStart,
    Unquoted,
    Quoted,
    /// A `"` inside a quoted field: `""` (a quote) or the end of the quotes.
    QuoteInQuoted,
}

/// The RFC 4180 state machine once the delimiter is known. It works on the bytes of valid UTF-8
/// text: every byte it acts on is ASCII, so fields are always cut at character boundaries.
#[derive(Debug)]
struct Machine {
    delim: u8,
    locale: Locale,
    st: St,
    /// The previous byte was a CR: a LF now ends the same line.
    skip_lf: bool,
    /// The current physical line (1-based) and the line where the current record started.
    line: u64,
    record_line: u64,
    field_index: usize,
    field: Vec<u8>,
    /// Bytes of the current field, kept or not.
    field_len: usize,
    /// The current field is kept: a header cell, or a column the rows need.
    keep: bool,
    /// The current field is only spaces so far (a `"` after them still opens quotes).
    spaces_only: bool,
    /// A field of the current record is over [`MAX_FIELD_BYTES`].
    record_over: bool,
    /// The current record holds something other than white space, quotes and delimiters.
    record_content: bool,
    /// The current row's tenant ID, name and country cells.
    cells: [Option<String>; 3],
    /// Columns found so far in the header record.
    draft: Columns,
    header: Option<Columns>,
    header_failed: bool,
    /// The text after the first line break of the current record (which is inside quotes), to resume
    /// there if those quotes never close.
    resume: Option<Vec<u8>>,
    resume_over: bool,
    out: Output,
}

/// What the rows produce.
#[derive(Debug, Default)]
struct Output {
    partners: Vec<Partner>,
    issues: Vec<Issue>,
    seen: HashSet<TenantId>,
}

fn line_param(line: u64) -> i64 {
    i64::try_from(line).unwrap_or(i64::MAX)
}

impl Machine {
    fn new(delim: u8, locale: Locale) -> Machine {
        Machine {
            delim,
            locale,
            st: St::FieldStart,
            skip_lf: false,
            line: 1,
            record_line: 1,
            field_index: 0,
            field: Vec::new(),
            field_len: 0,
            keep: true,
            spaces_only: true,
            record_over: false,
            record_content: false,
            cells: [None, None, None],
            draft: Columns::default(),
            header: None,
            header_failed: false,
            resume: None,
            resume_over: false,
            out: Output::default(),
        }
    }

    fn keep_for(&self, index: usize) -> bool {
        match &self.header {
            None => true,
            Some(cols) => !self.header_failed && cols.slot(index).is_some(),
        }
    }

    fn feed(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if self.skip_lf {
                self.skip_lf = false;
                if b == b'\n' {
                    i += 1;
                    continue;
                }
            }
            // Fast path: a run of ordinary bytes inside a field is copied at once.
            if self.resume.is_none() && self.header.is_some() && matches!(self.st, St::Unquoted | St::Quoted) {
                let rest = bytes.get(i..).unwrap_or(&[]);
                let quoted = self.st == St::Quoted;
                let delim = self.delim;
                let run = rest.iter().position(|&c| c == b'"' || c == b'\r' || c == b'\n' || (!quoted && c == delim)).unwrap_or(rest.len());
                if run > 0 {
                    self.append_run(rest.get(..run).unwrap_or(&[]));
                    i += run;
                    continue;
                }
            }
            if let Some(resume) = &mut self.resume {
                if resume.len() < RESUME_MAX {
                    resume.push(b);
                } else {
                    self.resume = None;
                    self.resume_over = true;
                }
            }
            self.step(b);
            i += 1;
        }
    }

    /// [`Machine::append`] for a run of bytes that are neither quotes, line breaks nor delimiters
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
        if self.keep {
            let room = MAX_FIELD_BYTES.saturating_sub(self.field.len());
            self.field.extend_from_slice(run.get(..room.min(run.len())).unwrap_or(&[]));
        }
    }

    fn step(&mut self, b: u8) {
        match self.st {
            St::FieldStart | St::Unquoted => self.unquoted(b),
            St::Quoted => {
                if b == b'"' {
                    self.st = St::QuoteInQuoted;
                } else {
                    if b == b'\n' || b == b'\r' {
                        self.line += 1;
                        self.skip_lf = b == b'\r';
                        if self.resume.is_none() && !self.resume_over {
                            self.resume = Some(Vec::new());
                        }
                    }
                    self.append(b);
                }
            }
            St::QuoteInQuoted => {
                if b == b'"' {
                    self.append(b);
                    self.st = St::Quoted;
                } else {
                    // Text after the closing quote (`"abc"def`) is kept, as spreadsheets do.
                    self.st = St::Unquoted;
                    self.spaces_only = false;
                    self.unquoted(b);
                }
            }
        }
    }

    fn unquoted(&mut self, b: u8) {
        if b == self.delim {
            self.end_field();
        } else if b == b'\n' || b == b'\r' {
            self.end_record();
            self.line += 1;
            self.record_line = self.line;
            self.skip_lf = b == b'\r';
        } else if b == b'"' && self.spaces_only {
            self.field.clear();
            self.field_len = 0;
            self.spaces_only = false;
            self.st = St::Quoted;
        } else {
            if b != b' ' && b != b'\t' {
                self.spaces_only = false;
            }
            self.append(b);
            self.st = St::Unquoted;
        }
    }

    fn append(&mut self, b: u8) {
        if !is_filler(b) {
            self.record_content = true;
        }
        self.field_len += 1;
        if self.header.is_some() && self.field_len > MAX_FIELD_BYTES {
            self.record_over = true;
        }
        if !self.keep {
            return;
        }
        let cap = if self.header.is_none() { HEADER_CELL_MAX } else { MAX_FIELD_BYTES };
        if self.field.len() < cap {
            self.field.push(b);
        } else if self.header.is_none() {
            // A header cell this long names no known column.
            self.field.clear();
            self.keep = false;
        }
    }

    fn end_field(&mut self) {
        let bytes = std::mem::take(&mut self.field);
        if self.keep && !self.record_over {
            let text = String::from_utf8(bytes).unwrap_or_default();
            match &self.header {
                None => {
                    let key = header_key(&text);
                    let index = self.field_index;
                    for (aliases, col) in [
                        (TENANT_ALIASES, &mut self.draft.tenant),
                        (NAME_ALIASES, &mut self.draft.name),
                        (COUNTRY_ALIASES, &mut self.draft.country),
                    ] {
                        if col.is_none() && aliases.contains(&key.as_str()) {
                            *col = Some(index);
                        }
                    }
                }
                Some(cols) => {
                    if let Some(cell) = cols.slot(self.field_index).and_then(|slot| self.cells.get_mut(slot)) {
                        *cell = Some(text);
                    }
                }
            }
        }
        self.field_index += 1;
        self.field_len = 0;
        self.keep = self.keep_for(self.field_index);
        self.spaces_only = true;
        self.st = St::FieldStart;
    }

    fn end_record(&mut self) {
        self.end_field();
        if self.record_content {
            match self.header {
                None => {
                    let cols = std::mem::take(&mut self.draft);
                    if cols.tenant.is_none() {
                        self.header_failed = true;
                        let issue = Issue::error(IssueCode::CsvHeaderMissing).param("line", line_param(self.record_line)).build(self.locale);
                        self.out.issues.push(issue);
                    }
                    self.header = Some(cols);
                }
                Some(_) if !self.header_failed => self.row(),
                Some(_) => {}
            }
        }
        self.reset_record();
    }

    fn reset_record(&mut self) {
        self.field.clear();
        self.field_len = 0;
        self.field_index = 0;
        self.cells = [None, None, None];
        self.draft = Columns::default();
        self.record_over = false;
        self.record_content = false;
        self.resume = None;
        self.resume_over = false;
        self.spaces_only = true;
        self.st = St::FieldStart;
        self.keep = self.keep_for(0);
    }

    fn issue(&self, builder: IssueBuilder) -> Issue {
        builder.param("line", line_param(self.record_line)).build(self.locale)
    }

    /// The country of a cell: an ISO code of a CSP market, or a market's name (`France`), upper-cased
    /// code; anything else is a warning and the partner is kept without a country.
    fn country(&mut self, cell: &str) -> Result<String, Issue> {
        if cell.len() == 2 {
            let code = cell.to_ascii_uppercase();
            if let Some(m) = crate::markets::find(&code) {
                return Ok(m.country.to_owned());
            }
            if crate::address_format::is_known_country(&code) {
                let name = crate::names::country_or_code(&code, self.locale);
                return Err(self.issue(Issue::warning(IssueCode::NotCspMarket).at(&["country"]).param("country", code).param("countryName", name)));
            }
        }
        // A country's name in any supported locale or a known alias ("Allemagne", "USA").
        if let Some(code) = crate::country_names::code_for_name(cell) {
            if let Some(m) = crate::markets::find(code) {
                return Ok(m.country.to_owned());
            }
            let name = crate::names::country_or_code(code, self.locale);
            return Err(self.issue(Issue::warning(IssueCode::NotCspMarket).at(&["country"]).param("country", code).param("countryName", name)));
        }
        Err(self.issue(Issue::warning(IssueCode::UnknownCountry).at(&["country"]).param("country", crate::tenant_id::echo(cell))))
    }

    fn row(&mut self) {
        if self.record_over {
            let issue = self.issue(Issue::error(IssueCode::InputTooLarge).param("maxBytes", MAX_FIELD_BYTES));
            self.out.issues.push(issue);
            return;
        }
        let [tenant, name, country] = std::mem::take(&mut self.cells);
        let mut issues = Vec::new();
        let tenant = clean_cell(tenant.as_deref().unwrap_or(""));
        let id = TenantId::parse(&tenant);
        if id.is_none() {
            issues.push(self.issue(crate::tenant_id::format_issue(&tenant, vec!["tenantId".into()], true)));
        }
        let name = clean_cell(name.as_deref().unwrap_or(""));
        if name.chars().count() > PARTNER_NAME_MAX {
            issues.push(self.issue(Issue::error(IssueCode::TooLong).at(&["name"]).param("max", PARTNER_NAME_MAX)));
        }
        let country = clean_cell(country.as_deref().unwrap_or(""));
        let country = if country.is_empty() {
            None
        } else {
            match self.country(&country) {
                Ok(code) => Some(code),
                Err(issue) => {
                    issues.push(issue);
                    None
                }
            }
        };
        let errors = !no_errors(&issues);
        self.out.issues.append(&mut issues);
        let Some(id) = id else { return };
        if errors {
            return;
        }
        if !self.out.seen.insert(id) {
            let issue = self.issue(Issue::warning(IssueCode::DuplicatePartner).at(&["tenantId"]).param("tenantId", id.to_canonical()));
            self.out.issues.push(issue);
            return;
        }
        self.out.partners.push(Partner {
            tenant_id: Text::Str(id.to_canonical()),
            name: if name.is_empty() { Text::Missing } else { Text::Str(name) },
            country: country.map(Text::Str).unwrap_or_default(),
        });
    }

    /// Ends the input: the last record, and an unterminated quote (reported at the line where its
    /// record starts; reading resumes on the next line when the text since was kept).
    fn finish(mut self) -> Output {
        loop {
            if self.st != St::Quoted {
                self.end_record();
                break;
            }
            if !self.header_failed {
                let issue = self.issue(Issue::error(IssueCode::CsvUnterminatedQuote));
                self.out.issues.push(issue);
            }
            let resume = self.resume.take();
            let next_line = self.record_line + 1;
            self.reset_record();
            self.skip_lf = false;
            let Some(rest) = resume else { break };
            self.line = next_line;
            self.record_line = next_line;
            self.feed(&rest);
        }
        if self.header.is_none() {
            self.out.issues.push(Issue::error(IssueCode::CsvHeaderMissing).build(self.locale));
        }
        self.out
    }
}

/// Finds the delimiter in the first non-blank record: the most frequent of `,`, `;` and tab outside
/// quotes (ties in that order; `,` when there is none). Quotes follow the [`Machine`]'s rules, with
/// any candidate delimiter ending a field.
#[derive(Debug)]
struct Detector {
    /// The text so far, replayed into the [`Machine`] once the delimiter is known.
    buf: Vec<u8>,
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
    fn delimiter(&self) -> u8 {
        let mut best = (0, b',');
        for (count, delim) in self.counts.iter().zip([b',', b';', b'\t']) {
            if *count > best.0 {
                best = (*count, delim);
            }
        }
        best.1
    }

    /// Scans `bytes`; `true` once the delimiter is decided (the caller then replays `buf` and `bytes`).
    fn scan(&mut self, bytes: &[u8]) -> bool {
        for (i, &b) in bytes.iter().enumerate() {
            if !is_filler(b) {
                self.content = true;
            }
            match (self.st, b) {
                (St::Quoted, b'"') => self.st = St::QuoteInQuoted,
                (St::Quoted, _) => {}
                (St::QuoteInQuoted, b'"') => self.st = St::Quoted,
                (_, b',' | b';' | b'\t') => {
                    if let Some(count) = self.counts.get_mut(usize::from(b == b';') + 2 * usize::from(b == b'\t')) {
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

/// Reads a partner CSV piece by piece (`new PartnerCsvReader(options)`, `.push(chunk)`, `.finish()`):
/// chunks of bytes or text may be cut anywhere, even inside a UTF-8 character or a quoted field, and
/// `finish()` gives exactly what [`parse_partner_csv`] gives for the whole text. Memory holds the
/// partners read plus one record; `bytes_read` tells the progress.
#[derive(Debug)]
pub struct PartnerCsvReader {
    locale: Locale,
    max_bytes: u64,
    bytes_read: u64,
    too_large: bool,
    /// The start of a UTF-8 character cut by the end of a byte chunk (at most 3 bytes).
    pending: Vec<u8>,
    /// Some text was seen (a BOM is removed only at the very start).
    started: bool,
    detector: Detector,
    machine: Option<Machine>,
    /// Issues about the chunks themselves (a chunk of another type).
    chunk_issues: Vec<Issue>,
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
            pending: Vec::new(),
            started: false,
            detector: Detector::default(),
            machine: None,
            chunk_issues: Vec::new(),
        }
    }

    /// Bytes pushed so far (UTF-8 bytes for text chunks).
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// Partners read so far (for a progress display).
    pub fn partners_read(&self) -> usize {
        self.machine.as_ref().map_or(0, |m| m.out.partners.len())
    }

    /// Counts `n` more bytes; past `max_bytes` everything is dropped and the answer will be `input_too_large`.
    fn count(&mut self, n: usize) -> bool {
        self.bytes_read = self.bytes_read.saturating_add(u64::try_from(n).unwrap_or(u64::MAX));
        if !self.too_large && self.bytes_read > self.max_bytes {
            self.too_large = true;
            self.pending = Vec::new();
            self.detector = Detector::default();
            self.machine = None;
        }
        !self.too_large
    }

    /// Pushes a chunk of text.
    pub fn push_str(&mut self, chunk: &str) {
        if !self.count(chunk.len()) {
            return;
        }
        if !self.pending.is_empty() {
            // A character cut at the end of the previous byte chunk never completes.
            self.pending.clear();
            self.text("\u{FFFD}");
        }
        self.text(chunk);
    }

    /// Pushes a chunk of UTF-8 bytes; invalid sequences read as U+FFFD (as `TextDecoder` does).
    pub fn push_bytes(&mut self, chunk: &[u8]) {
        if !self.count(chunk.len()) {
            return;
        }
        if self.pending.is_empty() {
            self.decode(chunk);
        } else {
            let mut joined = std::mem::take(&mut self.pending);
            joined.extend_from_slice(chunk);
            self.decode(&joined);
        }
    }

    /// A chunk that is neither text nor bytes (from JS): reported as `invalid_type`, otherwise ignored.
    pub fn push_invalid(&mut self, received: &str) {
        let issue = Issue::error(IssueCode::InvalidType).param("expected", "string | Uint8Array").param("received", received).build(self.locale);
        self.chunk_issues.push(issue);
    }

    fn decode(&mut self, mut rest: &[u8]) {
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
                            self.text("\u{FFFD}");
                            rest = after.get(n..).unwrap_or(&[]);
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

    fn text(&mut self, mut s: &str) {
        if s.is_empty() {
            return;
        }
        if !self.started {
            self.started = true;
            s = s.strip_prefix('\u{FEFF}').unwrap_or(s);
        }
        match &mut self.machine {
            Some(machine) => machine.feed(s.as_bytes()),
            None => {
                if self.detector.scan(s.as_bytes()) {
                    let detector = std::mem::take(&mut self.detector);
                    let mut machine = Machine::new(detector.delimiter(), self.locale);
                    machine.feed(&detector.buf);
                    machine.feed(s.as_bytes());
                    self.machine = Some(machine);
                }
            }
        }
    }

    /// The result for everything pushed; the reader is then empty again, ready for another file.
    pub fn finish(&mut self) -> PartnerCsvResult {
        if !self.pending.is_empty() {
            self.pending.clear();
            self.text("\u{FFFD}");
        }
        let done = std::mem::replace(self, PartnerCsvReader::with(self.locale, self.max_bytes));
        let mut issues = done.chunk_issues;
        if done.too_large {
            issues.push(Issue::error(IssueCode::InputTooLarge).param("maxBytes", line_param(done.max_bytes)).build(done.locale));
            return PartnerCsvResult { ok: false, issues, partners: Vec::new() };
        }
        let machine = match done.machine {
            Some(m) => m,
            None => {
                let mut m = Machine::new(done.detector.delimiter(), done.locale);
                m.feed(&done.detector.buf);
                m
            }
        };
        let mut out = machine.finish();
        issues.append(&mut out.issues);
        PartnerCsvResult { ok: no_errors(&issues), issues, partners: out.partners }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::ParamValue;

    const A: &str = "a2898e3a-06ca-454e-a0d0-c73b0ee36bba";
    const B: &str = "484e548c-f5f3-4528-93a9-c16c6373cb59";

    fn parse(text: &str) -> PartnerCsvResult {
        parse_partner_csv(&text.into(), &CsvOptions::default())
    }

    fn ids(r: &PartnerCsvResult) -> Vec<&str> {
        r.partners.iter().map(|p| p.tenant_id.as_str().unwrap_or("")).collect()
    }

    fn codes(r: &PartnerCsvResult) -> Vec<(IssueCode, Option<ParamValue>)> {
        r.issues.iter().map(|i| (i.code, i.params.get("line").cloned())).collect()
    }

    fn line(n: i64) -> Option<ParamValue> {
        Some(ParamValue::Int(n))
    }

    #[test]
    fn aud_csv_header_aliases_any_case_spaces_underscores_hyphens() {
        for header in ["tenantId", "TENANT_ID", "Tenant ID", "tenant-id", "Microsoft Entra tenant ID", "ID", " id ", "ID de locataire", "Azure AD tenant ID", "'=x,tenantid"] {
            let r = parse(&format!("{header}\n{}{A}\n", if header.contains(',') { "," } else { "" }));
            assert_eq!(ids(&r), [A], "{header}");
        }
        let r = parse(&format!("Country/region,Partner name,Notes,Microsoft Entra tenant ID\nfr,Contoso,x,{A}\n"));
        assert_eq!(r.partners[0], Partner::new(A).with_name("Contoso").with_country("FR"));
        let r = parse(&format!("Pays,Nom,tenantId,tenantId\nFrance,Contoso,{A},{B}\n"));
        assert_eq!(r.partners[0], Partner::new(A).with_name("Contoso").with_country("FR"), "the first of two tenant columns");
    }

    #[test]
    fn aud_csv_header_missing() {
        let r = parse("name,country\nContoso,FR\n");
        assert_eq!(codes(&r), [(IssueCode::CsvHeaderMissing, line(1))]);
        assert!(r.partners.is_empty());
        let r = parse(&format!("\n\n{A}\n"));
        assert_eq!(codes(&r), [(IssueCode::CsvHeaderMissing, line(3))], "a first row of data is no header");
        for empty in ["", "\n\n", " ;; \r\n"] {
            let r = parse(empty);
            assert_eq!(codes(&r), [(IssueCode::CsvHeaderMissing, None)], "{empty:?}");
            assert_eq!(r.issues[0].message, "The first row must name a tenant ID column (tenantId, Tenant ID, Microsoft Entra tenant ID or ID).");
        }
        let r = parse_partner_csv(&CsvText::Missing, &CsvOptions::default());
        assert_eq!(r.issues[0].code, IssueCode::Required);
        let r = parse_partner_csv(&CsvText::Invalid(ValueKind::Number), &CsvOptions::default());
        assert_eq!(r.issues[0].code, IssueCode::InvalidType);
    }

    #[test]
    fn aud_csv_delimiter_detected_from_the_header() {
        assert_eq!(parse(&format!("tenantId;name\n{A};a,b\n")).partners[0].name, Text::from("a,b"));
        assert_eq!(parse(&format!("tenantId\tname\n{A}\ta;b,c\n")).partners[0].name, Text::from("a;b,c"));
        assert_eq!(parse(&format!("\"tenant;Id\",name\n{A},x\n")).issues[0].code, IssueCode::CsvHeaderMissing, "a quoted `;` does not count");
        assert_eq!(parse(&format!("tenantId;name;notes, more\n{A};z;a, b\n")).partners[0].name, Text::from("z"), "the most frequent wins");
        assert_eq!(ids(&parse(&format!("Partner's \"best\" name,tenantId\nx,{A}\n"))), [A], "a quote inside a field is a character");
    }

    #[test]
    fn aud_csv_line_ends_bom_quotes() {
        for text in [format!("\u{FEFF}tenantId,name\r\n{A},x\r\n"), format!("tenantId,name\r{A},x\r"), format!("tenantId,name\n{A},x")] {
            let r = parse(&text);
            assert_eq!(r.partners, [Partner::new(A).with_name("x")], "{text:?}");
        }
        let r = parse(&format!("tenantId,name\n  \"{A}\"  ,\"a \"\"b\"\"\nc\"\n\n{B},\"\"\"x\"\n"));
        assert_eq!(r.partners[0].name, Text::from("a \"b\" c"));
        assert_eq!(r.partners[1].name, Text::from("\"x"));
        let r = parse(&format!("tenantId\n\"multi\nline\nvalue\"\n{B}\nbad\n"));
        assert_eq!(codes(&r), [(IssueCode::TenantIdFormat, line(2)), (IssueCode::TenantIdFormat, line(6))], "lines count the breaks inside quotes");
    }

    #[test]
    fn aud_csv_countries_by_code_or_name() {
        let r = parse(&format!("tenantId,country\n{A},united kingdom\n{B},RU\n"));
        assert_eq!(r.partners[0].country, Text::from("GB"));
        assert_eq!(r.partners[1].country, Text::Missing);
        assert_eq!(codes(&r), [(IssueCode::NotCspMarket, line(3))]);
        assert_eq!(r.issues[0].severity, crate::issue::Severity::Warning);
        assert!(r.ok);
    }

    #[test]
    fn aud_csv_duplicates_kept_once_with_warning() {
        let r = parse(&format!("tenantId,name\n{A},first\n{{{}}},second\n", A.to_uppercase()));
        assert_eq!(r.partners, [Partner::new(A).with_name("first")]);
        assert_eq!(codes(&r), [(IssueCode::DuplicatePartner, line(3))]);
        assert_eq!(r.issues[0].message, format!("Line 3: Tenant {A} is already listed: it is kept once."));
    }

    #[test]
    fn aud_csv_formula_guard() {
        assert_eq!(clean_cell("'=1+1"), "=1+1");
        assert_eq!(clean_cell("''=1"), "'=1");
        assert_eq!(clean_cell("'Tis"), "'Tis");
        assert_eq!(clean_cell("  '-5 "), "-5");
        let mut out = String::new();
        for v in ["=1", "'=1", "'x", "a b", " a", "x\"y", "@", "-1", "+", "\t=x"] {
            out.clear();
            export_cell(v, &mut out);
            let back = parse(&format!("tenantId,name\n{A},{out}\n"));
            assert_eq!(back.partners[0].name, Text::from(collapse_whitespace(v).as_str()), "{v:?} → {out:?}");
        }
    }

    #[test]
    fn aud_csv_export_header_crlf_and_bad_entries() {
        let list = List::Items(vec![
            Loose::Value(Partner::new(&A.to_uppercase()).with_name("Contoso, Ltd.").with_country("FR")),
            Loose::Invalid(ValueKind::Number),
            Loose::Value(Partner::new("not an id")),
        ]);
        assert_eq!(export_partner_csv(&list), format!("tenantId,name,country\r\n{A},\"Contoso, Ltd.\",FR\r\nnot an id,,\r\n"));
        assert_eq!(export_partner_csv(&List::Invalid(ValueKind::String)), "tenantId,name,country\r\n");
    }

    #[test]
    fn aud_csv_header_failure_ignores_rows() {
        let r = parse("name\n\"unterminated\n");
        assert_eq!(codes(&r), [(IssueCode::CsvHeaderMissing, line(1))]);
    }
}
