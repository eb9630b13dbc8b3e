//! `data/company-name-rules.json` → `company_names.rs`: the legal-form abbreviations that can't stand
//! alone as a company name, and the listed top-level domains a name may end in without a warning (ENR-3).
//!
//! Abbreviations are stored compacted (lower case, without spaces, tabs, dots or commas), so that
//! "L.L.C.", "l. l. c." and "LLC" are one entry; the name is compacted the same way before comparing.

use crate::util::{lit, read_data, write_generated};
use serde_json::Value;
use std::fmt::Write as _;
use std::path::Path;

/// Lower case without spaces, tabs, dots or commas: must match `company::compact` in src/.
fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '.' && *c != ',').flat_map(char::to_lowercase).collect()
}

fn strings(doc: &Value, key: &str) -> Vec<String> {
    doc.get(key)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("company-name-rules.json: no {key}"))
        .iter()
        .map(|v| {
            v.as_str()
                .unwrap_or_else(|| panic!("company-name-rules.json: {key} holds a non-string"))
                .to_owned()
        })
        .collect()
}

pub fn generate(out: &Path) {
    let doc: Value =
        serde_json::from_str(&read_data("company-name-rules.json")).expect("company-name-rules.json is JSON");

    let mut abbreviations: Vec<String> =
        strings(&doc, "legal_form_abbreviations").iter().map(|a| compact(a)).collect();
    abbreviations.sort();
    abbreviations.dedup();
    assert!(abbreviations.len() >= 20 && abbreviations.iter().all(|a| !a.is_empty() && !a.contains('\n')));

    let mut tlds: Vec<String> = strings(&doc, "listed_tlds")
        .iter()
        .map(|t| t.strip_prefix('.').unwrap_or_else(|| panic!("listed TLD {t} without a dot")).to_lowercase())
        .collect();
    tlds.sort();
    tlds.dedup();
    assert!(tlds.len() >= 200 && tlds.iter().all(|t| !t.is_empty() && !t.contains('\n')));

    // The allowed special characters are not a rule of their own in SPEC §2 (no code refuses a
    // character): a name of only special characters is refused whatever they are (ENR-3).
    assert!(!strings(&doc, "allowed_special_characters").is_empty());

    let mut body = String::new();
    let _ = writeln!(
        body,
        "/// Legal-form abbreviations, compacted (see `compact`), sorted, separated by `\\n`."
    );
    let _ = writeln!(body, "pub(crate) static ABBREVIATIONS: &str = {};", lit(&abbreviations.join("\n")));
    let _ = writeln!(
        body,
        "/// Listed top-level domains (no warning), lower case without the dot, sorted, separated by `\\n`."
    );
    let _ = writeln!(body, "pub(crate) static LISTED_TLDS: &str = {};", lit(&tlds.join("\n")));
    write_generated(out, "company_names.rs", "company-name-rules.json", &body);
}
