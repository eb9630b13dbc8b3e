//! `data/csp-region-names.tsv` → `place_names.rs`: the names of the CSP regions in each message
//! locale. (Subdivision names in other locales are in each country's record: `country_records.rs`.)
//!
//! One packed table `PLACE_NAMES` of `key␟locale␟name`, sorted by key then locale, for a binary search:
//! keys are `region/<region id>`. Only the locales the build has (en, fr; the others with the
//! `extra-locales` feature) are written, so the default .wasm carries none of the extra names.

use crate::util::{cell, packed_table, read_data, tsv, write_generated};
use std::path::Path;

/// The locales of `src/locale.rs`, in its order; the build's own are the first two or all of them.
const LOCALES: &[&str] = &["en", "fr", "de", "es", "it", "pt-BR", "nl", "ja", "zh-Hans", "ko"];

pub fn generate(out: &Path) {
    println!("cargo:rerun-if-env-changed=CARGO_FEATURE_EXTRA_LOCALES");
    let extra = std::env::var_os("CARGO_FEATURE_EXTRA_LOCALES").is_some();
    let built: &[&str] = if extra { LOCALES } else { &LOCALES[..2] };
    let mut records: Vec<[String; 3]> = Vec::new();

    let regions = tsv(&read_data("csp-region-names.tsv"));
    assert_eq!(regions.len(), 15, "csp-region-names.tsv: expected the 15 CSP regions");
    let markets = read_data("csp-markets.tsv");
    for row in &regions {
        let id = cell(row, "id");
        assert!(
            markets.contains(&format!("\t{id}\t")),
            "csp-region-names.tsv: {id} is not a region of csp-markets.tsv"
        );
        for locale in LOCALES {
            assert!(!cell(row, locale).is_empty(), "csp-region-names.tsv: {id} has no {locale} name");
        }
        for locale in &built[1..] {
            records.push([format!("region/{id}"), (*locale).to_owned(), cell(row, locale).to_owned()]);
        }
    }

    records.sort();
    for pair in records.windows(2) {
        assert!(pair[0][..2] != pair[1][..2], "place names: {} in {} twice", pair[0][0], pair[0][1]);
    }
    let records: Vec<Vec<String>> = records.into_iter().map(Vec::from).collect();
    let mut body = String::new();
    packed_table(
        &mut body,
        "PLACE_NAMES",
        "Region and subdivision names by key and locale, sorted",
        &records,
    );
    write_generated(out, "place_names.rs", "csp-region-names.tsv", &body);
}
