//! `data/tax-ids.tsv` → `tax_ids.rs`: VAT-number shapes per country (ENR-18) and the countries where a
//! company registration ID is required (ENR-19).
//!
//! The source gives each VAT format as prose plus examples. The shapes are derived from the examples:
//! a digit stands for any digit (`#`); a letter stands for any letter (`@`, or `%` for "letters other
//! than I and Q") unless the prose names its run of capitals as a word of its own ("U followed by 8
//! digits", "9 digits, B, 2 digits", "GD or HA followed by 3 digits"), in which case it is kept as is; the digits of "ending in 01" are kept
//! as is. A leading country prefix ("HR12345678901") is removed from the shape: the prefix is
//! optional in the input. Prefixes are the country code plus those named by the notes ("prefix EL or GR").
//!
//! The EU list (warning `vat_id_recommended`) is the VAT countries of the file with
//! `required_for_partner` Y, except GB: the source page covers "the EU and the UK", and the UK left
//! the EU VAT area on 2021-01-01.

use crate::util::{cell, lit, read_data, tsv, write_generated};
use std::fmt::Write as _;
use std::path::Path;

/// Upper-case words that stand alone in a prose format ("U", "B", "HR").
fn literal_words(format: &str) -> Vec<String> {
    format
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_uppercase()))
        .map(str::to_owned)
        .collect()
}

fn shape(example: &str, format: &str) -> String {
    let words = literal_words(format);
    let not_i_q = format.contains("other than I and Q");
    let ending = format
        .split("ending in ")
        .nth(1)
        .map(|rest| rest.chars().take_while(char::is_ascii_digit).collect::<String>())
        .unwrap_or_default();
    let keep_from = example.len() - if example.ends_with(&ending) { ending.len() } else { 0 };
    // The run of capitals around byte `i` of the example ("GD" in "GD001", "B" in "123456789B01").
    let run = |i: usize| -> &str {
        let start = example[..i].rfind(|c: char| !c.is_ascii_uppercase()).map_or(0, |p| p + 1);
        let end = example[i..].find(|c: char| !c.is_ascii_uppercase()).map_or(example.len(), |p| i + p);
        &example[start..end]
    };
    example
        .char_indices()
        .map(|(i, c)| {
            if i >= keep_from {
                c
            } else if c.is_ascii_digit() {
                '#'
            } else if c.is_ascii_uppercase() {
                if words.iter().any(|w| w == run(i)) {
                    c
                } else if not_i_q {
                    '%'
                } else {
                    '@'
                }
            } else {
                panic!("tax-ids.tsv: unexpected character {c:?} in example {example}")
            }
        })
        .collect()
}

pub fn generate(out: &Path) {
    let rows = tsv(&read_data("tax-ids.tsv"));
    let mut vat = Vec::new();
    let mut eu = Vec::new();
    let mut registration = Vec::new();
    for row in &rows {
        let country = cell(row, "country");
        assert!(
            country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()),
            "tax-ids.tsv: bad country {country}"
        );
        let required = match cell(row, "required_for_partner") {
            "Y" => true,
            "N" => false,
            other => panic!("tax-ids.tsv: required_for_partner {other}"),
        };
        let format = cell(row, "format");
        match cell(row, "id_kind") {
            "VAT" => {
                if required && country != "GB" {
                    eu.push(country.to_owned());
                }
                let examples: Vec<&str> =
                    cell(row, "examples").split(';').filter(|e| !e.is_empty()).collect();
                if examples.is_empty() {
                    continue; // no format documented (ZA, TR): nothing to check
                }
                let notes = cell(row, "notes");
                // Prefixes named by the notes, in their order ("prefix EL or GR", "prefix GB, or XI for
                // Northern Ireland"), then the country code if they don't name it.
                let mut prefixes: Vec<String> = Vec::new();
                if let Some(rest) = notes.split("prefix ").nth(1) {
                    for word in rest.split(|c: char| !c.is_ascii_alphabetic()) {
                        if word.len() == 2
                            && word.bytes().all(|b| b.is_ascii_uppercase())
                            && !prefixes.iter().any(|p| p == word)
                        {
                            prefixes.push(word.to_owned());
                        }
                    }
                }
                if !prefixes.iter().any(|p| p == country) {
                    prefixes.push(country.to_owned());
                }
                let strip = |e: &'_ str| -> String {
                    prefixes.iter().find_map(|p| e.strip_prefix(p.as_str())).unwrap_or(e).to_owned()
                };
                let mut shapes: Vec<String> = examples.iter().map(|e| shape(&strip(e), format)).collect();
                shapes.dedup();
                let example = format!(
                    "{}{}",
                    prefixes.first().map(String::as_str).unwrap_or(country),
                    strip(examples.first().copied().unwrap_or(""))
                );
                vat.push(format!(
                    "    VatRecord {{ country: {}, prefixes: {}, shapes: {}, example: {} }},",
                    lit(country),
                    lit(&prefixes.join(" ")),
                    lit(&shapes.join("|")),
                    lit(&example)
                ));
            }
            "registration" => {
                // "UNP: 9 characters (…)" → "UNP".
                let id_name = format.split(':').next().unwrap_or(format).trim();
                let id_name = if id_name.is_empty() { "TIN" } else { id_name };
                registration.push((
                    country.to_owned(),
                    format!(
                        "    RegistrationRecord {{ country: {}, id_name: {}, required: {required} }},",
                        lit(country),
                        lit(id_name)
                    ),
                ));
            }
            other => panic!("tax-ids.tsv: unknown id_kind {other}"),
        }
    }
    vat.sort();
    registration.sort();
    eu.sort();
    assert!(vat.len() >= 27 && eu.len() == 27, "tax-ids.tsv: expected the 27 EU countries, got {}", eu.len());
    assert!(registration.len() >= 20);

    let mut body = String::new();
    let _ = writeln!(body, "/// VAT-number shapes by country, sorted by country code.");
    let _ = writeln!(body, "pub(crate) static VAT: &[VatRecord] = &[");
    for v in &vat {
        let _ = writeln!(body, "{v}");
    }
    let _ = writeln!(body, "];");
    let _ = writeln!(body, "/// Registration IDs by country, sorted by country code.");
    let _ = writeln!(body, "pub(crate) static REGISTRATION: &[RegistrationRecord] = &[");
    for (_, r) in &registration {
        let _ = writeln!(body, "{r}");
    }
    let _ = writeln!(body, "];");
    let _ = writeln!(
        body,
        "/// EU member states (VAT countries required for partners, except GB), space-separated."
    );
    let _ = writeln!(body, "pub(crate) static EU: &str = {};", lit(&eu.join(" ")));
    write_generated(out, "tax_ids.rs", "tax-ids.tsv", &body);
}
