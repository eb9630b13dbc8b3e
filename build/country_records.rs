//! `data/address-countries.jsonl` + `data/address-subdivisions.jsonl` + `data/subdivision-aliases.tsv`
//! → `country_records.rs`: one record per country, the detail a form needs only once the country is
//! chosen (issue 13 item 3, issue 14): its postal-code pattern and examples (ENR-7) and its
//! subdivisions — key, name, ISO code (REF-4, ENR-6), postal-code prefix with an example (ENR-8), names
//! in the build's locales and every other name it is known by (second-language records, native-script
//! keys, today's names) — and the pattern of its national phone numbers (ENR-15, libphonenumber).
//! The layout is `src/country_data/layout.rs`, included here: the writer and its one reader
//! (`src/country_data/mod.rs`) share it. The country-level facts (layout, required fields, labels)
//! stay in `addresses.rs`.
//!
//! Natively and in the root package every record is built in (`COUNTRY_RECORDS`); the `/enrollment`
//! entry ships each as its own small module (`tools/build-pkg.mjs` reads `country-records.json`,
//! written here) and loads it on demand. Patterns are shipped as text and compiled at run time by the
//! same compiler (`src/pattern/compile.rs`); here they are compiled to check them and their examples:
//! an example that does not match its own compiled pattern is reported as a build warning (and is
//! never offered as an example in a message).

use crate::layout::{HEAD_LINES, LINE, LOCALE_SEP, NAMES_SEP, PART, SUB_PARTS};
use crate::pattern::Compiler;
use crate::util::{cell, lit, read_data, write_generated};
use serde_json::Value;
use std::fmt::Write as _;
use std::path::Path;

fn field<'a>(rec: &'a Value, name: &str) -> Option<&'a str> {
    rec.get(name).and_then(Value::as_str)
}

fn tilde_list(rec: &Value, name: &str) -> Vec<String> {
    field(rec, name).map(|s| s.split('~').map(str::to_owned).collect()).unwrap_or_default()
}

fn is_latin(s: &str) -> bool {
    s.chars().all(|c| (c as u32) < 0x250 || c.is_whitespace())
}

fn jsonl(name: &str) -> Vec<Value> {
    read_data(name)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{name}: {e}: {l}")))
        .collect()
}

fn push_alias(aliases: &mut Vec<String>, known: &[&str], name: &str) {
    let name = name.trim();
    let same = |a: &str| a.to_lowercase() == name.to_lowercase();
    if !name.is_empty() && !known.iter().any(|k| same(k)) && !aliases.iter().any(|a| same(a)) {
        aliases.push(name.to_owned());
    }
}

pub fn generate(out: &Path) {
    // The programs are only for checking here: the records carry the patterns as text.
    let compiler = &mut Compiler::default();
    let mut countries = jsonl("address-countries.jsonl");
    countries.retain(|r| field(r, "key").is_some());
    countries.sort_by(|a, b| field(a, "key").cmp(&field(b, "key")));
    let records = jsonl("address-subdivisions.jsonl");
    // Today's names and ISO codes the source lacks, and subdivisions that are CSP markets of their own.
    let extra = crate::util::tsv(&read_data("subdivision-aliases.tsv"));
    let localized = localized_names(&records);
    // The national-number pattern of each country with numbering data (libphonenumber, ENR-15).
    let mut phones: Vec<(String, String)> = crate::util::tsv(&read_data("phone-numbering.tsv"))
        .iter()
        .map(|row| (cell(row, "country").to_owned(), cell(row, "national_number_pattern").to_owned()))
        .collect();
    for (country, pattern) in &phones {
        compiler.compile(pattern); // stops the build on a pattern the matcher would misread
        assert!(
            countries.iter().any(|r| field(r, "key") == Some(country.as_str())),
            "phone-numbering.tsv: {country} has no address record"
        );
    }
    let mut own_markets = Vec::new();
    let mut used = 0;

    // (code, record), sorted by code.
    let mut written: Vec<(String, String)> = Vec::new();
    for rec in &countries {
        let key = field(rec, "key").unwrap_or_default();
        let country_zip = field(rec, "zip").map(|zip| {
            let at = compiler.compile(zip);
            for example in
                field(rec, "zipex").unwrap_or("").split(',').map(str::trim).filter(|e| !e.is_empty())
            {
                // Three examples of the source contradict their own pattern (BY 20050, EE 1001, GB "RH6 OHP"
                // with a letter O): tests pin them; a new one shows up as a build warning.
                let known = [("BY", "20050"), ("EE", "1001"), ("GB", "RH6 OHP")].contains(&(key, example));
                if !compiler.matches(at, example, false) && !known {
                    println!(
                        "cargo:warning={key}: postal example {example:?} does not match its pattern {zip:?}"
                    );
                }
            }
            at
        });
        let zipex: Vec<&str> =
            field(rec, "zipex").unwrap_or("").split(',').map(str::trim).filter(|e| !e.is_empty()).collect();

        let keys = tilde_list(rec, "sub_keys");
        let isos = tilde_list(rec, "sub_isoids");
        let names = tilde_list(rec, "sub_names");
        let lnames = tilde_list(rec, "sub_lnames");
        let zips = tilde_list(rec, "sub_zips");
        let zipexs = tilde_list(rec, "sub_zipexs");
        let mut entries = Vec::new();
        for (i, source_key) in keys.iter().enumerate() {
            let lname = lnames.get(i).filter(|s| !s.is_empty());
            let name = lname.or(names.get(i).filter(|s| !s.is_empty())).unwrap_or(source_key);
            // The Latin key of the REF-4 table (build/addresses.rs).
            let sub_key = if is_latin(source_key) {
                source_key.as_str()
            } else {
                lname.map(String::as_str).unwrap_or(source_key)
            };
            let mut aliases = Vec::new();
            let known = [sub_key, name];
            push_alias(&mut aliases, &known, source_key);
            for list in [&names, &lnames] {
                if let Some(n) = list.get(i) {
                    push_alias(&mut aliases, &known, n);
                }
            }
            let own = records.iter().filter(|r| field(r, "country") == Some(key));
            let matching: Vec<&Value> = own
                .filter(|r| {
                    let k = field(r, "key").unwrap_or("");
                    k == source_key
                        || Some(k) == lname.map(String::as_str)
                        || Some(k) == names.get(i).map(String::as_str)
                })
                .collect();
            let has_iso = tilde_list(rec, "sub_isoids").get(i).is_some_and(|s| !s.is_empty());
            for r in &matching {
                for n in [field(r, "key"), field(r, "name")].into_iter().flatten() {
                    push_alias(&mut aliases, &known, n);
                }
                // ISO 3166-2 codes the REF-4 table does not have (it takes them from `sub_isoids`).
                if let (false, Some(iso)) = (has_iso, field(r, "isoid")) {
                    push_alias(&mut aliases, &known, iso);
                    push_alias(&mut aliases, &known, &format!("{key}-{iso}"));
                }
            }
            for row in extra.iter().filter(|r| cell(r, "country") == key && cell(r, "key") == sub_key) {
                used += 1;
                for a in cell(row, "aliases").split(';').filter(|a| !a.is_empty()) {
                    push_alias(&mut aliases, &known, a);
                }
                if !cell(row, "market").is_empty() {
                    own_markets.push(format!(
                        "({}, {}, {})",
                        lit(key),
                        lit(sub_key),
                        lit(cell(row, "market"))
                    ));
                }
            }
            let main = matching.iter().find(|r| r.get("lang_variant").is_none());
            let prefix = main
                .and_then(|r| field(r, "zip"))
                .or(zips.get(i).map(String::as_str))
                .filter(|z| !z.is_empty());
            let mut prefix_src = "";
            let mut example = String::new();
            if let (Some(prefix), Some(country_at)) = (prefix, country_zip) {
                let at = compiler.compile(prefix);
                let candidates: Vec<&str> = main
                    .and_then(|r| field(r, "zipex"))
                    .or(zipexs.get(i).map(String::as_str))
                    .unwrap_or("")
                    .split([',', ':'])
                    .map(str::trim)
                    .filter(|e| !e.is_empty())
                    .collect();
                // `sub_zipexs` holds ranges (`1000,1999:…`) that the prefixes only approximate: only an
                // example that matches both patterns is kept.
                // The subdivision's own example, else a country example in the subdivision's range, else one made up.
                example = candidates
                    .iter()
                    .chain(zipex.iter())
                    .find(|e| compiler.matches(at, e, true) && compiler.matches(country_at, e, false))
                    .map(|e| (*e).to_owned())
                    .or_else(|| {
                        // None in the data: a string of the prefix completed by the end of a country example.
                        crate::pattern::samples(prefix).iter().find_map(|start| {
                            zipex
                                .iter()
                                .filter_map(|e| e.get(start.len()..).map(|tail| format!("{start}{tail}")))
                                .find(|e| {
                                    compiler.matches(at, e, true) && compiler.matches(country_at, e, false)
                                })
                        })
                    })
                    .unwrap_or_default();
                assert!(!example.is_empty(), "{key}/{sub_key}: no postal example for the prefix {prefix:?}");
                prefix_src = prefix;
            }
            let iso = isos.get(i).map(String::as_str).unwrap_or("");
            let shown = if name == sub_key { "" } else { name.as_str() };
            let names_here: Vec<String> = localized
                .iter()
                .filter(|(c, k, _, _)| c == key && k == sub_key)
                .map(|(_, _, locale, name)| format!("{locale}{LOCALE_SEP}{name}"))
                .collect();
            let names_here = names_here.join(&NAMES_SEP.to_string());
            let mut parts = vec![sub_key, shown, iso, prefix_src, example.as_str(), names_here.as_str()];
            assert_eq!(parts.len(), SUB_PARTS);
            parts.extend(aliases.iter().map(String::as_str));
            entries.push(parts.join(&PART.to_string()));
        }
        let phone = phones.iter().position(|(c, _)| c == key).map(|i| phones.swap_remove(i).1);
        if country_zip.is_none() && entries.is_empty() && phone.is_none() {
            continue; // nothing beyond the country-level facts of addresses.rs
        }
        let head = [key, field(rec, "zip").unwrap_or(""), &zipex.join(","), phone.as_deref().unwrap_or("")];
        assert_eq!(head.len(), HEAD_LINES);
        let lines: Vec<&str> = head.into_iter().chain(entries.iter().map(String::as_str)).collect();
        for line in &lines {
            assert!(!line.contains(LINE), "{key}: a line break in its record: {line:?}");
        }
        for part in lines.iter().take(HEAD_LINES) {
            assert!(!part.contains(PART), "{key}: a tab in its record: {part:?}");
        }
        written.push((key.to_owned(), lines.join(&LINE.to_string())));
    }
    assert_eq!(used, extra.len(), "subdivision-aliases.tsv: a row names no subdivision of the data");

    let mut body = String::new();
    let _ = writeln!(body, "/// Subdivisions that are CSP markets of their own: (country, key, market) (`data/subdivision-aliases.tsv`).");
    let _ = writeln!(
        body,
        "pub(crate) static OWN_MARKETS: &[(&str, &str, &str)] = &[{}];",
        own_markets.join(", ")
    );
    let mut text = String::new();
    let mut ends = Vec::new();
    for (_, record) in &written {
        text.push_str(record);
        ends.push(text.len().to_string());
    }
    let _ = writeln!(body, "/// The records of the countries that have one, sorted by code, one after the other (layout: `src/country_data/layout.rs`).");
    let _ = writeln!(
        body,
        "#[cfg(feature = \"country-data\")]\npub(crate) static COUNTRY_RECORDS: &str = {};",
        lit(&text)
    );
    let _ = writeln!(body, "/// The end of each record in `COUNTRY_RECORDS`.");
    let _ = writeln!(
        body,
        "#[cfg(feature = \"country-data\")]\npub(crate) static COUNTRY_RECORD_ENDS: &[u32] = &[{}];",
        ends.join(",")
    );
    write_generated(
        out,
        "country_records.rs",
        "address-countries.jsonl, data/address-subdivisions.jsonl and data/subdivision-aliases.tsv",
        &body,
    );
    // The same records for the package's on-demand entry (tools/build-pkg.mjs).
    let json: serde_json::Map<String, Value> =
        written.into_iter().map(|(code, record)| (code, Value::String(record))).collect();
    std::fs::write(out.join("country-records.json"), Value::Object(json).to_string())
        .unwrap_or_else(|e| panic!("cannot write country-records.json: {e}"));
}

/// The locales of `src/locale.rs`, in its order; the build's own are the first two (en, fr) or, with
/// the `extra-locales` feature, all of them.
const LOCALES: &[&str] = &["en", "fr", "de", "es", "it", "pt-BR", "nl", "ja", "zh-Hans", "ko"];

/// The names of subdivisions in the build's locales other than English, where they differ from the
/// data's: `data/subdivision-names.tsv` first, then libaddressinput's second-language records (Canada
/// in French, Switzerland in German, French and Italian…). `(country, key, locale, name)`, one per
/// subdivision and locale, sorted by locale within a subdivision.
fn localized_names(records: &[Value]) -> Vec<(String, String, String, String)> {
    println!("cargo:rerun-if-env-changed=CARGO_FEATURE_EXTRA_LOCALES");
    let extra = std::env::var_os("CARGO_FEATURE_EXTRA_LOCALES").is_some();
    let built: &[&str] = if extra { &LOCALES[1..] } else { &LOCALES[1..2] };
    let mut names: Vec<(String, String, String, String)> = Vec::new();
    for row in &crate::util::tsv(&read_data("subdivision-names.tsv")) {
        let locale = cell(row, "locale");
        assert!(LOCALES.contains(&locale), "subdivision-names.tsv: unknown locale {locale}");
        if built.contains(&locale) {
            names.push((
                cell(row, "country").into(),
                cell(row, "key").into(),
                locale.into(),
                cell(row, "name").into(),
            ));
        }
    }
    for v in records.iter().filter(|v| v["lang_variant"] == Value::Bool(true)) {
        let lang = field(v, "lang").unwrap_or("");
        let Some(locale) = built.iter().find(|l| l.split('-').next() == Some(lang)) else { continue };
        let (country, key) = (field(v, "country").unwrap_or(""), field(v, "key").unwrap_or(""));
        if !names.iter().any(|(c, k, l, _)| c == country && k == key && l == locale) {
            names.push((country.into(), key.into(), (*locale).into(), field(v, "name").unwrap_or("").into()));
        }
    }
    for (country, key, locale, name) in &names {
        assert!(
            !name.is_empty() && !name.contains([LOCALE_SEP, NAMES_SEP, PART, LINE]),
            "subdivision name {country}/{key} in {locale}: {name:?}"
        );
    }
    names.sort();
    names
}
