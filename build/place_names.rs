//! `data/csp-region-names.tsv`, `data/subdivision-names.tsv` and the second-language records of
//! `data/address-subdivisions.jsonl` → `place_names.rs`: the names of CSP regions and subdivisions in
//! each message locale, where they differ from the English (default) name.
//!
//! One packed table `PLACE_NAMES` of `key␟locale␟name`, sorted by key then locale, for a binary search:
//! keys are `region/<region id>` and `<country>/<subdivision key>`. Only the locales the build has
//! (en, fr; the others with the `extra-locales` feature) are written, so the default .wasm carries none
//! of the extra names.

use crate::util::{cell, packed_table, read_data, tsv, write_generated};
use serde_json::Value;
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

    let subdivisions = tsv(&read_data("subdivision-names.tsv"));
    for row in &subdivisions {
        let locale = cell(row, "locale");
        assert!(LOCALES.contains(&locale), "subdivision-names.tsv: unknown locale {locale}");
        if built.contains(&locale) {
            records.push([
                format!("{}/{}", cell(row, "country"), cell(row, "key")),
                locale.to_owned(),
                cell(row, "name").to_owned(),
            ]);
        }
    }
    // libaddressinput's second-language records (Canada in French, Switzerland in German, French and
    // Italian…): the name in that language, for the locale of that language.
    for line in read_data("address-subdivisions.jsonl").lines().filter(|l| !l.trim().is_empty()) {
        let v: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("address-subdivisions.jsonl: {e}: {line}"));
        if v["lang_variant"] != Value::Bool(true) {
            continue;
        }
        let lang = v["lang"].as_str().unwrap_or("");
        let Some(locale) = built.iter().find(|l| l.split('-').next() == Some(lang) && **l != "en") else {
            continue;
        };
        let key = format!("{}/{}", v["country"].as_str().unwrap_or(""), v["key"].as_str().unwrap_or(""));
        if !records.iter().any(|r| r[0] == key && r[1] == *locale) {
            records.push([key, (*locale).to_owned(), v["name"].as_str().unwrap_or("").to_owned()]);
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
    write_generated(
        out,
        "place_names.rs",
        "csp-region-names.tsv, data/subdivision-names.tsv, data/address-subdivisions.jsonl",
        &body,
    );
}
