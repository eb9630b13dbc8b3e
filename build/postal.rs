//! `data/address-countries.jsonl` + `data/address-subdivisions.jsonl` → `postal.rs`: the compiled
//! postal-code pattern of each country (ENR-7) and, per subdivision, what the state rules need beyond
//! the address-format table (ENR-6, ENR-8): every other name it is known by (second-language records,
//! native-script keys) and its postal-code prefix pattern with an example.
//!
//! Kept apart from `addresses.rs` (the REF-4 table): one entry per subdivision, in the same order
//! (`sub_keys` of the data), so no key is stored twice. A postal example of the data that does not match its own compiled
//! pattern is reported as a build warning (and is never offered as an example in a message).

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

pub fn generate(out: &Path, compiler: &mut Compiler) {
    let mut countries = jsonl("address-countries.jsonl");
    countries.retain(|r| field(r, "key").is_some());
    countries.sort_by(|a, b| field(a, "key").cmp(&field(b, "key")));
    let records = jsonl("address-subdivisions.jsonl");
    // Today's names and ISO codes the source lacks, and subdivisions that are CSP markets of their own.
    let extra = crate::util::tsv(&read_data("subdivision-aliases.tsv"));
    let mut own_markets = Vec::new();
    let mut used = 0;

    let mut codes = String::new();
    let mut programs = Vec::new();
    let mut subs_body = String::new();
    let _ = writeln!(subs_body, "/// Per country with subdivisions, sorted: `prefix|example|alias|…~…`, one entry per subdivision in the order of the REF-4 table (see `src/enrollment/address.rs`).");
    let _ = writeln!(subs_body, "pub(crate) static SUBDIVISION_EXTRAS: &[(&str, &str)] = &[");
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
            codes.push_str(key);
            programs.push(at);
            at
        });
        let zipex: Vec<&str> =
            field(rec, "zipex").unwrap_or("").split(',').map(str::trim).filter(|e| !e.is_empty()).collect();

        let keys = tilde_list(rec, "sub_keys");
        if keys.is_empty() {
            continue;
        }
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
            let mut prefix_at = String::new();
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
                prefix_at = at.to_string();
            }
            for part in std::iter::once(sub_key)
                .chain(std::iter::once(example.as_str()))
                .chain(aliases.iter().map(String::as_str))
            {
                assert!(!part.contains(['|', '~']), "separator in {key} subdivision {part:?}");
            }
            let mut entry = format!("{prefix_at}|{example}");
            for a in &aliases {
                entry.push('|');
                entry.push_str(a);
            }
            entries.push(entry);
        }
        let _ = writeln!(subs_body, "    ({}, {}),", lit(key), lit(&entries.join("~")));
    }
    let _ = writeln!(subs_body, "];");
    assert_eq!(used, extra.len(), "subdivision-aliases.tsv: a row names no subdivision of the data");
    let _ = writeln!(subs_body, "/// Subdivisions that are CSP markets of their own: (country, key, market) (`data/subdivision-aliases.tsv`).");
    let _ = writeln!(
        subs_body,
        "pub(crate) static OWN_MARKETS: &[(&str, &str, &str)] = &[{}];",
        own_markets.join(", ")
    );

    let mut body = String::new();
    let _ = writeln!(
        body,
        "/// ISO codes of the countries with a postal-code pattern, two letters each, sorted."
    );
    let _ = writeln!(body, "pub(crate) static POSTAL_COUNTRIES: &str = {};", lit(&codes));
    let _ = writeln!(body, "/// The program of each country of `POSTAL_COUNTRIES` in `pattern::CODE`.");
    let _ = writeln!(body, "pub(crate) static POSTAL_PROGRAMS: &[u32] = &{programs:?};");
    body.push_str(&subs_body);
    write_generated(out, "postal.rs", "address-countries.jsonl and data/address-subdivisions.jsonl", &body);
}
