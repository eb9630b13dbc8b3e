//! `data/phone-numbering.tsv` → `phones.rs`: per country, its calling code and the possible lengths of
//! a national significant number (libphonenumber metadata), for ENR-15 (the pattern of a valid one is
//! in the country's record: `country_records.rs`); and from `data/phone-national-prefixes.tsv` (same libphonenumber-js release) the national
//! (trunk) prefix dialled before a national number (`0` in France, `1` in the NANP, `8` in Kazakhstan).

use crate::util::{cell, lit, read_data, tsv, write_generated};
use std::fmt::Write as _;
use std::path::Path;

pub fn generate(out: &Path) {
    let mut rows = tsv(&read_data("phone-numbering.tsv"));
    rows.sort_by(|a, b| cell(a, "country").cmp(cell(b, "country")));
    let mut codes = String::new();
    let mut calling = Vec::new();
    let mut lengths = Vec::new();
    let prefixes = tsv(&read_data("phone-national-prefixes.tsv"));
    let mut national = Vec::new();
    for row in &rows {
        let country = cell(row, "country");
        assert!(
            country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()),
            "phone-numbering.tsv: bad country {country:?}"
        );
        let cc: u16 =
            cell(row, "calling_code").parse().unwrap_or_else(|_| panic!("{country}: bad calling code"));
        assert!((1..1000).contains(&cc), "{country}: calling code {cc}");
        let mut mask = 0u32;
        for l in cell(row, "national_number_lengths").split(',') {
            let l: u32 = l.trim().parse().unwrap_or_else(|_| panic!("{country}: bad length {l:?}"));
            assert!((1..32).contains(&l), "{country}: length {l}");
            mask |= 1 << l;
        }
        codes.push_str(country);
        calling.push(cc);
        lengths.push(mask);
        let prefix = prefixes
            .iter()
            .find(|p| cell(p, "country") == country)
            .map(|p| cell(p, "national_prefix"))
            .unwrap_or("");
        assert!(prefix.bytes().all(|b| b.is_ascii_digit()), "{country}: national prefix {prefix:?}");
        national.push(prefix);
    }
    let mut body = String::new();
    let _ = writeln!(body, "/// ISO codes of the countries with numbering data, two letters each, sorted.");
    let _ = writeln!(body, "pub(crate) static PHONE_COUNTRIES: &str = {};", lit(&codes));
    let _ = writeln!(body, "/// Country calling code of each country of `PHONE_COUNTRIES`.");
    let _ = writeln!(body, "pub(crate) static PHONE_CALLING_CODES: &[u16] = &{calling:?};");
    let _ = writeln!(
        body,
        "/// Possible lengths of a national significant number: bit `n` set when `n` digits are possible."
    );
    let _ = writeln!(body, "pub(crate) static PHONE_LENGTHS: &[u32] = &{lengths:?};");
    let _ = writeln!(
        body,
        "/// National (trunk) prefix of each country, `|`-separated, empty where there is none."
    );
    let _ = writeln!(body, "pub(crate) static PHONE_NATIONAL_PREFIXES: &str = {};", lit(&national.join("|")));
    write_generated(out, "phones.rs", "phone-numbering.tsv", &body);
}
