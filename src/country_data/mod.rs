//! One record per country (issue 13, item 3): the detail of a country — its postal-code pattern and
//! examples (ENR-7), its subdivisions with their ISO codes (REF-4, ENR-6), postal-code prefixes and
//! examples (ENR-8) and other names, its national phone number pattern (ENR-15) — in one record that `build/country_records.rs`
//! writes from `data/` and this module reads ([`layout`] is shared by both). One look-up: [`get`].
//! The country-level facts every page needs at load (layout, required fields, labels, whether a
//! country has a record at all) stay in `address_format.rs`.
//!
//! With the cargo feature `country-data` (in `default`: natively, the root npm package) every record
//! is built in and read on first use. Without it (the `/enrollment` entry of the npm package) a
//! record is added at run time by [`add`] (the package's `loadCountry`, which imports the country's
//! own module); until then [`get`] answers [`Lookup::NotLoaded`] and the rules that need it say so
//! (`country_data_not_loaded`) rather than guess. docs/country-data.md.

pub(crate) mod layout;

use crate::address_format::{AddressRecord, Subdivision};
use crate::pattern::dotnet::Program;
use layout::{HEAD_LINES, LINE, LOCALE_SEP, NAMES_SEP, PART, SUB_PARTS};

mod tables {
    include!(concat!(env!("OUT_DIR"), "/country_records.rs"));
}

/// Subdivisions that are CSP markets of their own (`data/subdivision-aliases.tsv`).
pub(crate) fn own_markets() -> &'static [(&'static str, &'static str, &'static str)] {
    tables::OWN_MARKETS
}

/// The detail of one country, read from its record.
#[derive(Debug)]
pub(crate) struct CountryData<'a> {
    pub country: &'a str,
    /// The postal-code pattern (libaddressinput's text) and its compiled program.
    pub postal: Option<(&'a str, Program)>,
    /// Postal-code examples, comma-separated.
    examples: &'a str,
    /// The national phone number pattern (libphonenumber), compiled.
    pub phone: Option<Program>,
    pub subdivisions: Vec<SubdivisionData<'a>>,
    /// Every folded name of its subdivisions, sorted, with the index of the subdivision it names
    /// (see [`CountryData::subdivision_named`]); built once when the record is read.
    names: Vec<(String, u16)>,
}

/// A subdivision and what the state rules need beyond its key, name and ISO code.
#[derive(Debug)]
pub(crate) struct SubdivisionData<'a> {
    key: &'a str,
    name: &'a str,
    iso: Option<&'a str>,
    /// Its postal-code prefix (matched at the start of a code), compiled.
    pub prefix: Option<Program>,
    /// A postal code in that prefix (ENR-8's message).
    pub example: &'a str,
    /// Its names in the build's other locales: `fr=Californie;…`.
    localized: &'a str,
    /// Its other names, tab-separated.
    other: &'a str,
}

impl<'a> SubdivisionData<'a> {
    /// Every other name the data knows it by (second-language, native-script, today's names).
    pub fn other_names(&self) -> impl Iterator<Item = &'a str> {
        self.other.split(PART).filter(|n| !n.is_empty())
    }

    /// `(locale tag, name)` in the build's locales other than English, where the data has one.
    pub fn localized_names(&self) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.localized.split(NAMES_SEP).filter_map(|pair| pair.split_once(LOCALE_SEP))
    }
}

impl SubdivisionData<'static> {
    /// Its key, name and ISO code.
    pub fn subdivision(&self) -> Subdivision {
        Subdivision { key: self.key, name: self.name, iso: self.iso }
    }

    /// Its name in `locale` (the data's own name where it has none in that locale: ENR-6 messages,
    /// `addressFormat` in French say "Californie").
    pub fn name_in(&self, locale: crate::Locale) -> &'static str {
        self.localized_names().find(|(tag, _)| *tag == locale.tag()).map_or(self.name, |(_, name)| name)
    }
}

impl CountryData<'static> {
    /// The postal-code examples.
    pub fn examples(&self) -> impl Iterator<Item = &'static str> {
        self.examples.split(',').filter(|e| !e.is_empty())
    }

    /// The subdivisions, in the data's order.
    pub fn subdivisions(&self) -> impl Iterator<Item = Subdivision> + '_ {
        self.subdivisions.iter().map(SubdivisionData::subdivision)
    }

    /// ENR-6: the subdivision that `wanted` (already [`fold`](crate::fold::fold)ed) names — by key or
    /// `XX-key` first, then by ISO code or `XX-iso`, then by its name, another name or a localized
    /// name; within each, the first in the data's order. One binary search: a state that names
    /// nothing (every keystroke of a wrong state) no longer folds every name of the country.
    pub fn subdivision_named(&self, wanted: &str) -> Option<&SubdivisionData<'static>> {
        let i = self.names.binary_search_by(|(name, _)| name.as_str().cmp(wanted)).ok()?;
        self.names.get(i).and_then(|&(_, s)| self.subdivisions.get(usize::from(s)))
    }
}

/// The folded names of `subdivisions` (see [`CountryData::subdivision_named`]): sorted by name, then
/// by kind (key, ISO code, name) and order, and only the first of each name kept.
fn name_index(country: &str, subdivisions: &[SubdivisionData<'_>]) -> Vec<(String, u16)> {
    use crate::fold::fold;
    const KEY: u8 = 0;
    const ISO: u8 = 1;
    const NAME: u8 = 2;
    let prefixed = |code: &str| {
        let mut text = String::with_capacity(country.len() + 1 + code.len());
        text.push_str(country);
        text.push('-');
        text.push_str(code);
        fold(&text)
    };
    let mut all: Vec<(String, u8, u16)> = Vec::new();
    for (i, s) in (0..=u16::MAX).zip(subdivisions) {
        all.push((fold(s.key), KEY, i));
        all.push((prefixed(s.key), KEY, i));
        if let Some(iso) = s.iso {
            all.push((fold(iso), ISO, i));
            all.push((prefixed(iso), ISO, i));
        }
        all.push((fold(s.name), NAME, i));
        all.extend(s.other_names().map(|n| (fold(n), NAME, i)));
        all.extend(s.localized_names().map(|(_, n)| (fold(n), NAME, i)));
    }
    all.retain(|(name, _, _)| !name.is_empty());
    all.sort_unstable();
    all.dedup_by(|later, first| later.0 == first.0);
    all.into_iter().map(|(name, _, i)| (name, i)).collect()
}

/// What is known of a country's detail.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Lookup {
    /// Its record.
    Found(&'static CountryData<'static>),
    /// The country has a record, not loaded yet (only without the `country-data` feature).
    NotLoaded,
    /// The country has no detail: no postal codes, no subdivisions.
    Empty,
}

impl Lookup {
    /// The record, when there is one to read.
    pub fn data(self) -> Option<&'static CountryData<'static>> {
        match self {
            Lookup::Found(d) => Some(d),
            _ => None,
        }
    }
}

/// Reads one record (see [`layout`]); `None` when it is malformed or a pattern does not compile.
fn parse(text: &str) -> Option<CountryData<'_>> {
    let mut lines = text.split(LINE);
    let country = lines.next().filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))?;
    let pattern = lines.next()?;
    let examples = lines.next()?;
    let phone = match lines.next()? {
        "" => None,
        p => Some(crate::pattern::dotnet::compile_data(p).ok()?),
    };
    let postal = match pattern {
        "" => None,
        p => Some((p, crate::pattern::dotnet::compile_data(p).ok()?)),
    };
    let mut subdivisions = Vec::new();
    for line in lines {
        let mut parts = line.splitn(SUB_PARTS + 1, PART);
        let mut next = || parts.next();
        let (key, name, iso, prefix, example, localized) =
            (next()?, next()?, next()?, next()?, next()?, next()?);
        if key.is_empty() {
            return None;
        }
        let prefix = match prefix {
            "" => None,
            p => Some(crate::pattern::dotnet::compile_data(p).ok()?),
        };
        subdivisions.push(SubdivisionData {
            key,
            name: Some(name).filter(|n| !n.is_empty()).unwrap_or(key),
            iso: Some(iso).filter(|i| !i.is_empty()),
            prefix,
            example,
            localized,
            other: parts.next().unwrap_or(""),
        });
    }
    let _ = HEAD_LINES; // the four lines read above
    let names = name_index(country, &subdivisions);
    Some(CountryData { country, postal, examples, phone, subdivisions, names })
}

/// The records read so far, by code (each read once and kept: at most one per country).
static READ: std::sync::Mutex<Vec<&'static Data>> = std::sync::Mutex::new(Vec::new());

/// A record kept for the life of the program.
pub(crate) type Data = CountryData<'static>;

fn read_so_far(country: &str) -> Option<&'static Data> {
    let read = READ.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    read.iter().find(|d| d.country == country).copied()
}

/// Keeps a record read (the first one of a country wins).
fn keep(data: Data) -> &'static Data {
    let mut read = READ.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(d) = read.iter().find(|d| d.country == data.country) {
        return d;
    }
    let data: &'static Data = Box::leak(Box::new(data));
    read.push(data);
    data
}

/// The built-in record of a country.
#[cfg(feature = "country-data")]
fn built_in(country: &str) -> Option<Data> {
    let ends = tables::COUNTRY_RECORD_ENDS;
    let record = |i: usize| {
        let start = i.checked_sub(1).and_then(|j| ends.get(j)).map_or(0, |&e| e as usize);
        tables::COUNTRY_RECORDS.get(start..*ends.get(i)? as usize)
    };
    let code = |i: usize| record(i).and_then(|r| r.get(..2)).unwrap_or("");
    let (mut lo, mut hi) = (0, ends.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        match code(mid).cmp(country) {
            std::cmp::Ordering::Equal => return record(mid).and_then(parse),
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    None
}

#[cfg(not(feature = "country-data"))]
fn built_in(_country: &str) -> Option<Data> {
    None
}

/// The one look-up: the detail of the country of an address record.
pub(crate) fn get(record: &AddressRecord) -> Lookup {
    if !record.detail {
        return Lookup::Empty;
    }
    #[cfg(test)]
    if tests::hidden(record.country) {
        return Lookup::NotLoaded;
    }
    match read_so_far(record.country).or_else(|| built_in(record.country).map(keep)) {
        Some(d) => Lookup::Found(d),
        None => Lookup::NotLoaded,
    }
}

/// The detail of a country by ISO code (any case); [`Lookup::Empty`] for a code without a record.
pub(crate) fn of(country: &str) -> Lookup {
    crate::address_format::record(country).map_or(Lookup::Empty, get)
}

/// The code of the record `country` still needs before its answers are complete (the package's
/// `loadCountry` imports it), or `None` when nothing is missing (built in, already added, no
/// detail, not a country).
pub fn country_data_needed(country: &str) -> Option<String> {
    let record = crate::address_format::record(country)?;
    matches!(get(record), Lookup::NotLoaded).then(|| record.country.to_owned())
}

/// Adds a country's record (the text of its module in the package's `countries/`); `true` once the
/// country's record is there (added now or before), `false` for a text that is not a record of a
/// country that has one.
pub fn add_country_data(record: &str) -> bool {
    let code = record.get(..2).filter(|c| c.bytes().all(|b| b.is_ascii_uppercase()));
    let Some(known) = code.and_then(crate::address_format::record) else { return false };
    if !known.detail || record.get(2..3) != Some("\n") {
        return false;
    }
    if read_so_far(known.country).is_some() {
        return true;
    }
    // Read once borrowed, so a bad text is never kept; then for good.
    if parse(record).is_none() {
        return false;
    }
    let text: &'static str = Box::leak(record.to_owned().into_boxed_str());
    parse(text).map(keep).is_some()
}

#[cfg(test)]
#[path = "tests.rs"]
pub(crate) mod tests;
