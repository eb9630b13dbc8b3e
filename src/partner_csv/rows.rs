//! The header's columns and each row's checks (AUD-CSV). Good rows are kept compactly in [`Rows`]
//! (one string and three numbers a row), which the wasm layer hands to JS in one call per chunk;
//! issues are capped at [`MAX_ISSUES`].

use super::{line_param, MAX_ISSUES};
use crate::audience::{Partner, PARTNER_NAME_MAX};
use crate::input::{Text, MAX_FIELD_BYTES};
use crate::issue::{Issue, IssueBuilder, IssueCode};
use crate::locale::Locale;
use crate::tenant_id::TenantId;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

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
/// `description`: Partner Center's audience files (`Type,ID,Description`) name each ID there.
const NAME_ALIASES: &[&str] =
    &["name", "partnername", "companyname", "nom", "nomdupartenaire", "description"];
const COUNTRY_ALIASES: &[&str] =
    &["country", "country/region", "countryregion", "pays", "pays/région", "pays/region"];
/// The `Type` column of Partner Center's audience files: `TenantID` or `SubscriptionId` per row.
const TYPE_ALIASES: &[&str] = &["type"];

/// Header cells longer than this (bytes) can't be a known name and are not kept.
pub(super) const HEADER_CELL_MAX: usize = 256;
/// The cells a row needs: tenant ID, name, country, type.
pub(super) const SLOTS: usize = 4;
/// Country cells remembered per file (what they mean), so that a name costs what a code costs.
const COUNTRY_CACHE_MAX: usize = 4096;

/// Which column holds what (indexes in the header).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Columns {
    tenant: Option<usize>,
    name: Option<usize>,
    country: Option<usize>,
    kind: Option<usize>,
}

impl Columns {
    /// The slot (see [`SLOTS`]) of a column, if the rows need it.
    pub(super) fn slot(&self, index: usize) -> Option<usize> {
        [self.tenant, self.name, self.country, self.kind].iter().position(|c| *c == Some(index))
    }
}

/// Lower-cased, without spaces, `_`, `-` (and a leading `'` protection).
fn header_key(cell: &str) -> String {
    super::export::clean_cell(cell)
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(crate::case::lower)
        .collect()
}

/// The good rows read since the last [`super::PartnerCsvReader::take_rows`].
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Rows {
    /// Each row's canonical tenant ID, then its name.
    pub text: String,
    /// Three numbers a row: the length of the tenant ID and of the name in `text` (UTF-16 code
    /// units, as JS slices strings), and the country (its index in [`country_codes`] plus one, 0: none).
    pub index: Vec<u32>,
}

impl Rows {
    pub fn len(&self) -> usize {
        self.index.len() / 3
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    fn push(&mut self, id: TenantId, cell: &str, name: &str, country: u32) {
        let start = self.text.len();
        write_canonical(id, cell, &mut self.text);
        let tenant_len = self.text.len() - start;
        self.text.push_str(name);
        let name_len = if name.is_ascii() { name.len() } else { name.encode_utf16().count() };
        self.index.extend([
            u32::try_from(tenant_len).unwrap_or(0),
            u32::try_from(name_len).unwrap_or(u32::MAX),
            country,
        ]);
    }

    /// The rows as partners.
    pub fn to_partners(&self) -> Vec<Partner> {
        let codes = country_codes();
        let mut rest = self.text.as_str();
        let mut partners = Vec::with_capacity(self.len());
        for row in self.index.chunks_exact(3) {
            let (tenant, after) = split_utf16(rest, row.first().copied().unwrap_or(0));
            let (name, after) = split_utf16(after, row.get(1).copied().unwrap_or(0));
            rest = after;
            let country = row
                .get(2)
                .and_then(|&c| usize::try_from(c).ok())
                .and_then(|c| c.checked_sub(1))
                .and_then(|c| codes.get(2 * c..2 * c + 2));
            partners.push(Partner {
                tenant_id: Text::from(tenant),
                name: if name.is_empty() { Text::Missing } else { Text::from(name) },
                country: country.map(Text::from).unwrap_or_default(),
            });
        }
        partners
    }
}

/// [`TenantId::parse`] of the usual cell (36 bytes, hex digits and hyphens in place, so also
/// already clean), read in one pass; `None` for any other cell (then cleaned and parsed as usual).
fn fast_tenant(cell: &str) -> Option<Option<TenantId>> {
    let hex = |b: u8| match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        b'A'..=b'F' => b - b'A' + 10,
        _ => 16,
    };
    let bytes = <&[u8; 36]>::try_from(cell.as_bytes()).ok()?;
    let mut value: u128 = 0;
    let mut ok = true;
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(i, 8 | 13 | 18 | 23) {
            ok &= b == b'-';
        } else {
            let digit = hex(b);
            ok &= digit < 16;
            value = (value << 4) | u128::from(digit & 15);
        }
    }
    ok.then_some((value != 0).then_some(TenantId(value)))
}

/// The canonical form of a tenant ID (as [`TenantId::to_canonical`]): `cell` itself when it is
/// already canonical (the usual case), else written from the value without a new string.
fn write_canonical(id: TenantId, cell: &str, out: &mut String) {
    if cell.len() == 36 && !cell.bytes().any(|b| b.is_ascii_uppercase()) {
        out.push_str(cell);
        return;
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut buf = [b'-'; 36];
    let halves = [(id.0 >> 64) as u64, id.0 as u64];
    let mut digit = 0usize;
    for (pos, slot) in buf.iter_mut().enumerate() {
        if matches!(pos, 8 | 13 | 18 | 23) {
            continue;
        }
        let half = halves.get(digit / 16).copied().unwrap_or(0);
        let nibble = (half >> (60 - 4 * (digit % 16))) & 0xF;
        *slot = HEX.get(nibble as usize).copied().unwrap_or(b'0');
        digit += 1;
    }
    out.push_str(std::str::from_utf8(&buf).unwrap_or(""));
}

/// `s` cut after `units` UTF-16 code units.
fn split_utf16(s: &str, units: u32) -> (&str, &str) {
    let mut left = units as usize;
    let mut cut = s.len();
    for (i, c) in s.char_indices() {
        if left == 0 {
            cut = i;
            break;
        }
        left = left.saturating_sub(c.len_utf16());
    }
    s.split_at(cut)
}

/// The ISO codes of the CSP markets, concatenated (`"ADAE…"`): the country numbers of [`Rows`] index it.
pub fn country_codes() -> &'static str {
    static CODES: OnceLock<String> = OnceLock::new();
    CODES.get_or_init(|| crate::markets::all().iter().map(|m| m.country).collect())
}

/// A two-letter code (any case) → its number in [`country_codes`] plus one; O(1) (a 26×26 table).
fn market_number(code: &[u8]) -> Option<u32> {
    static TABLE: OnceLock<Vec<u16>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = vec![0u16; 26 * 26];
        for (i, pair) in country_codes().as_bytes().chunks_exact(2).enumerate() {
            if let ([a @ b'A'..=b'Z'], [b @ b'A'..=b'Z']) =
                (pair.get(..1).unwrap_or(&[]), pair.get(1..).unwrap_or(&[]))
            {
                if let Some(slot) = t.get_mut(usize::from(a - b'A') * 26 + usize::from(b - b'A')) {
                    *slot = u16::try_from(i + 1).unwrap_or(0);
                }
            }
        }
        t
    });
    let [a, b] = code else { return None };
    let (a, b) = (a.to_ascii_uppercase(), b.to_ascii_uppercase());
    if !a.is_ascii_uppercase() || !b.is_ascii_uppercase() {
        return None;
    }
    table.get(usize::from(a - b'A') * 26 + usize::from(b - b'A')).copied().filter(|&n| n != 0).map(u32::from)
}

/// What a country cell means.
#[derive(Debug, Clone)]
enum Country {
    Market(u32),
    /// A country that is not a CSP market (its code).
    NotMarket(String),
    Unknown,
}

/// The country a name or code means: a code, or a name in any supported locale or an alias.
fn read_country(cell: &str) -> Country {
    if cell.len() == 2 {
        if let Some(n) = market_number(cell.as_bytes()) {
            return Country::Market(n);
        }
    }
    if cell.len() == 2 {
        let upper = cell.to_ascii_uppercase();
        if crate::address_format::is_known_country(&upper) {
            return Country::NotMarket(upper);
        }
    }
    match name_to_code(cell) {
        Some(code) => market_number(code.as_bytes())
            .map_or_else(|| Country::NotMarket(code.to_owned()), Country::Market),
        None => Country::Unknown,
    }
}

/// A country name in any supported locale, or an alias (`USA`, `UK`, `Deutschland`) → its code
/// (`country_names`: folded keys, so case, accents and punctuation don't matter).
fn name_to_code(cell: &str) -> Option<&'static str> {
    crate::country_names::code_for_name(cell)
}

/// The tenant IDs read so far, in 16 sets by a digest of the ID's digits. Each set grows by a sixteenth
/// of the whole, so what one set frees when it grows is reused by the next one's growth: a 64 MiB
/// import (1.1M IDs) peaks at 72 MiB of wasm memory with one set, NN MiB with 16 (issue 15).
#[derive(Debug, Default)]
struct Seen([HashSet<TenantId>; 16]);

impl Seen {
    /// `false` when `id` was already there.
    fn insert(&mut self, id: TenantId) -> bool {
        // All the ID's bits folded into four (a file's IDs may differ in a few digits only).
        let mut x = (id.0 as u64) ^ ((id.0 >> 64) as u64);
        x ^= x >> 32;
        x ^= x >> 16;
        x ^= x >> 8;
        x ^= x >> 4;
        let shard = (x & 15) as usize;
        self.0.get_mut(shard).map_or(true, |set| set.insert(id))
    }
}

/// The header, the rows' checks and what they produce.
#[derive(Debug)]
pub(super) struct Table {
    pub(super) locale: Locale,
    header: Option<Columns>,
    header_failed: bool,
    /// Columns found so far in the header record.
    draft: Columns,
    pub(super) rows: Rows,
    /// Good rows so far (taken or not).
    pub(super) kept: usize,
    issues: Vec<Issue>,
    /// Issues beyond [`MAX_ISSUES`]: how many, and whether one is an error.
    omitted: usize,
    omitted_error: bool,
    errors: bool,
    seen: Seen,
    countries: HashMap<Box<str>, Country>,
}

impl Table {
    pub(super) fn new(locale: Locale) -> Table {
        Table {
            locale,
            header: None,
            header_failed: false,
            draft: Columns::default(),
            rows: Rows::default(),
            kept: 0,
            issues: Vec::new(),
            omitted: 0,
            omitted_error: false,
            errors: false,
            seen: Seen::default(),
            countries: HashMap::new(),
        }
    }

    pub(super) fn has_header(&self) -> bool {
        self.header.is_some()
    }

    pub(super) fn header_failed(&self) -> bool {
        self.header_failed
    }

    /// Is the field at `index` needed (every header cell; the rows' columns once the header is read)?
    pub(super) fn keeps(&self, index: usize) -> Option<usize> {
        match &self.header {
            None => Some(0),
            Some(cols) if !self.header_failed => cols.slot(index),
            Some(_) => None,
        }
    }

    /// Reports an issue at a line (or none), within the cap.
    pub(super) fn report(&mut self, builder: IssueBuilder, line: Option<u64>) {
        let error = builder.is_error();
        self.errors |= error;
        if self.issues.len() < MAX_ISSUES {
            let builder = match line {
                Some(line) => builder.param("line", line_param(line)),
                None => builder,
            };
            self.issues.push(builder.build(self.locale));
        } else {
            self.omitted += 1;
            self.omitted_error |= error;
        }
    }

    /// A cell of the header record.
    pub(super) fn header_cell(&mut self, index: usize, cell: &str) {
        let key = header_key(cell);
        for (aliases, col) in [
            (TENANT_ALIASES, &mut self.draft.tenant),
            (NAME_ALIASES, &mut self.draft.name),
            (COUNTRY_ALIASES, &mut self.draft.country),
            (TYPE_ALIASES, &mut self.draft.kind),
        ] {
            if col.is_none() && aliases.contains(&key.as_str()) {
                *col = Some(index);
            }
        }
    }

    /// A non-blank record: the header, or a row.
    pub(super) fn record(&mut self, cells: [Option<&str>; SLOTS], line: u64, over: bool) {
        if self.header.is_none() {
            let cols = std::mem::take(&mut self.draft);
            if cols.tenant.is_none() {
                self.header_failed = true;
                self.report(Issue::error(IssueCode::CsvHeaderMissing), Some(line));
            }
            self.header = Some(cols);
        } else if !self.header_failed {
            self.row(cells, line, over);
        }
    }

    /// The country of a cell: a CSP market's number; anything else is a warning and the partner is
    /// kept without a country.
    fn country(&mut self, cell: &str) -> Result<u32, IssueBuilder> {
        if let Some(n) = market_number(cell.as_bytes()) {
            return Ok(n);
        }
        let country = match self.countries.get(cell) {
            Some(c) => c.clone(),
            None => {
                let c = read_country(cell);
                if self.countries.len() < COUNTRY_CACHE_MAX {
                    self.countries.insert(cell.into(), c.clone());
                }
                c
            }
        };
        match country {
            Country::Market(n) => Ok(n),
            Country::NotMarket(code) => {
                let name = crate::names::country_or_code(&code, self.locale);
                Err(Issue::warning(IssueCode::NotCspMarket)
                    .at(&["country"])
                    .param("country", code)
                    .param("countryName", name))
            }
            Country::Unknown => Err(Issue::warning(IssueCode::UnknownCountry)
                .at(&["country"])
                .param("country", crate::tenant_id::echo(cell))),
        }
    }

    fn row(&mut self, cells: [Option<&str>; SLOTS], line: u64, over: bool) {
        use super::export::clean_cell;
        if over {
            self.report(
                Issue::error(IssueCode::InputTooLarge).param("maxBytes", MAX_FIELD_BYTES),
                Some(line),
            );
            return;
        }
        let [tenant, name, country, kind] = cells.map(|c| c.unwrap_or(""));
        let fast = fast_tenant(tenant);
        let tenant = if fast.is_some() { std::borrow::Cow::Borrowed(tenant) } else { clean_cell(tenant) };
        let [name, country, kind] = [name, country, kind].map(clean_cell);
        // Partner Center's audience files: `TenantID` rows are read; `SubscriptionId` rows (Azure
        // application plans) name no tenant: skipped with a warning.
        let type_key = || -> String {
            kind.chars().filter(|c| !matches!(c, ' ' | '_' | '-')).flat_map(crate::case::lower).collect()
        };
        if !kind.is_empty()
            && !kind.eq_ignore_ascii_case("tenantid")
            && !type_key().is_empty()
            && type_key() != "tenantid"
        {
            self.report(
                Issue::warning(IssueCode::CsvRowSkipped)
                    .at(&["type"])
                    .param("type", crate::tenant_id::echo(&kind)),
                Some(line),
            );
            return;
        }
        let mut errors = false;
        let id = fast.unwrap_or_else(|| TenantId::parse(&tenant));
        if id.is_none() {
            errors = true;
            self.report(crate::tenant_id::format_issue(&tenant, vec!["tenantId".into()], true), Some(line));
        }
        if name.len() > PARTNER_NAME_MAX && name.chars().count() > PARTNER_NAME_MAX {
            errors = true;
            self.report(
                Issue::error(IssueCode::TooLong).at(&["name"]).param("max", PARTNER_NAME_MAX),
                Some(line),
            );
        }
        let country = if country.is_empty() {
            0
        } else {
            match self.country(&country) {
                Ok(n) => n,
                Err(issue) => {
                    errors |= issue.is_error();
                    self.report(issue, Some(line));
                    0
                }
            }
        };
        let Some(id) = id else { return };
        if errors {
            return;
        }
        if !self.seen.insert(id) {
            self.report(
                Issue::warning(IssueCode::DuplicatePartner)
                    .at(&["tenantId"])
                    .param("tenantId", id.to_canonical()),
                Some(line),
            );
            return;
        }
        self.rows.push(id, &tenant, &name, country);
        self.kept += 1;
    }

    /// The issues, capped (the last one says how many more there were), and whether any is an error.
    pub(super) fn finish(mut self) -> (bool, Vec<Issue>, Rows) {
        if self.header.is_none() {
            self.report(Issue::error(IssueCode::CsvHeaderMissing), None);
        }
        if self.omitted > 0 {
            let builder = if self.omitted_error {
                Issue::error(IssueCode::CsvTooManyIssues)
            } else {
                Issue::warning(IssueCode::CsvTooManyIssues)
            };
            let count = i64::try_from(self.omitted).unwrap_or(i64::MAX);
            self.issues.push(builder.param("count", count).param("max", MAX_ISSUES).build(self.locale));
        }
        (!self.errors, self.issues, self.rows)
    }
}
