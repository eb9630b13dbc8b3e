//! The partner list as CSV (SPEC AUD-CSV): import of what spreadsheets write, export that
//! spreadsheets open safely, and a streaming reader for big files.
//!
//! Import: a header row names the columns (tenant ID required; name and country optional; other
//! columns ignored), matched case-insensitively ignoring spaces, `_` and `-`. Partner Center's own
//! audience files (`Type,ID,Description`) are read too: `Description` is the name, and rows whose
//! `Type` is not `TenantID` are skipped with a warning. The delimiter is detected from the header
//! (`,`, `;` as Excel writes in French locales, or tab). Bytes: UTF-8 with or without BOM, UTF-16
//! with a BOM; bytes that are not UTF-8 are read as Windows-1252 with a `csv_encoding` warning.
//! CRLF, LF or CR line ends; RFC 4180 quotes (`""` inside quotes, line breaks inside quoted fields).
//! Each bad row is reported with the 1-based line where it starts and skipped; the good rows are
//! kept. At most [`MAX_ISSUES`] issues are listed, then one `csv_too_many_issues` with the count.
//! One pass, linear time (an unterminated quote included), memory bounded by the partners kept
//! plus one record.
//!
//! Modules: `detect` (encodings and the delimiter), `tokenize` (RFC 4180 records), `rows` (the
//! header and each row's checks), `export`, `reader` (the streaming reader).

mod detect;
mod export;
mod reader;
mod rows;
mod scan;
#[cfg(test)]
mod tests;
mod tokenize;

pub use export::{export_partner_csv, EXPORT_HEADER};
pub use reader::PartnerCsvReader;
pub use rows::{country_codes, Rows};

use crate::audience::Count;
use crate::input::{Text, ValueKind};
use crate::issue::{Issue, IssueCode};
use crate::locale::Locale;
use crate::read::Value;
use serde::Serialize;

/// Default limit of a whole CSV input (64 MiB).
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// Issues listed in one answer; beyond, one `csv_too_many_issues` issue gives how many more there were.
pub const MAX_ISSUES: usize = 1000;

crate::input_struct! {
    /// Options of `parsePartnerCsv` and `new PartnerCsvReader`.
    #[derive(Debug, Clone, Default, PartialEq)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase", default))]
    pub struct CsvOptions {
        /// BCP-47 tag of the messages (`"fr-CA"` → French); English by default.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub locale: Text = "locale",
        /// Largest input accepted, in bytes (UTF-8); 64 MiB by default. Above it: `input_too_large`, nothing read.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "number"))]
        pub max_bytes: Count = "maxBytes",
    }
}

crate::deserialize_via_value!(CsvOptions);

impl CsvOptions {
    pub fn locale(&self) -> Locale {
        self.locale.as_str().map(Locale::negotiate).unwrap_or_default()
    }

    pub fn max_bytes(&self) -> u64 {
        self.max_bytes.0.unwrap_or(DEFAULT_MAX_BYTES)
    }
}

/// The CSV text argument: a string of any size (not capped at 1 MiB like a form field), or a value of
/// another type. Read from JS or JSON by its `read::FromValue`.
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

/// The CSV text: a string of any size (shape `$`: not capped at the field limit).
impl crate::read::FromValue for CsvText {
    fn from_value(value: Value) -> Self {
        match value {
            Value::Missing | Value::Null => CsvText::Missing,
            Value::Str(s) => CsvText::Str(s),
            other => CsvText::Invalid(other.kind().unwrap_or(ValueKind::Object)),
        }
    }

    fn shape(out: &mut String) {
        out.push('$');
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn from_json(value: Option<&serde_json::Value>) -> Self {
        match value {
            Some(serde_json::Value::String(s)) => CsvText::Str(s.clone()),
            other => Self::from_value(other.map(Value::from_json).unwrap_or_default()),
        }
    }
}

/// The answer of `parsePartnerCsv` and `PartnerCsvReader.finish()`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PartnerCsvResult {
    /// `false` when any issue is an error (a bad row, a missing header); the good rows are in `partners` anyway.
    pub ok: bool,
    /// The first [`MAX_ISSUES`] issues, in file order, then `csv_too_many_issues` with the count of the others.
    pub issues: Vec<Issue>,
    /// The good rows, in file order, each tenant ID once, normalized.
    pub partners: Vec<crate::audience::Partner>,
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
        CsvText::Invalid(kind) => Issue::error(IssueCode::InvalidType)
            .param("expected", "string")
            .param("received", kind.name())
            .build(locale),
    };
    PartnerCsvResult { ok: false, issues: vec![issue], partners: Vec::new() }
}

fn line_param(line: u64) -> i64 {
    i64::try_from(line).unwrap_or(i64::MAX)
}
