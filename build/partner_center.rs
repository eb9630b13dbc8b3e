//! `data/partner-center/countryvalidationrules-*.json` → `partner_center.rs`: Partner Center's own
//! recorded answers of `GET /v1/countryvalidationrules/{iso2}` (REF-6), field for field.
//!
//! The build fails on a file that lacks one of the fields of `CountryValidationRules` or has it of
//! another type: a recorded answer is shipped exactly or not at all.

use crate::util::{lit, write_generated};
use serde_json::Value;
use std::fmt::Write as _;
use std::path::Path;

fn string(rec: &Value, name: &str, file: &str) -> String {
    match rec.get(name) {
        Some(Value::String(s)) => lit(s),
        Some(Value::Null) => "\"\"".to_owned(),
        other => panic!("{file}: {name} is not a string: {other:?}"),
    }
}

fn flag(rec: &Value, name: &str, file: &str) -> bool {
    rec.get(name).and_then(Value::as_bool).unwrap_or_else(|| panic!("{file}: {name} is not a boolean"))
}

fn list(rec: &Value, name: &str, file: &str) -> String {
    let items =
        rec.get(name).and_then(Value::as_array).unwrap_or_else(|| panic!("{file}: {name} is not a list"));
    let items: Vec<String> = items
        .iter()
        .map(|v| lit(v.as_str().unwrap_or_else(|| panic!("{file}: {name} holds a non-string"))))
        .collect();
    format!("&[{}]", items.join(", "))
}

pub fn generate(out: &Path) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/partner-center");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("countryvalidationrules-") && n.ends_with(".json"))
        })
        .collect();
    files.sort();
    let mut body = String::new();
    let _ = writeln!(body, "/// Partner Center's recorded `CountryValidationRules`, sorted by `iso2Code`.");
    let _ = writeln!(body, "pub(crate) static RECORDED: &[Recorded] = &[");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let rec: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let _ = writeln!(
            body,
            "    Recorded {{ iso2_code: {}, default_culture: {}, is_state_required: {}, supported_states_list: {}, supported_languages_list: {}, \
             supported_cultures_list: {}, is_postal_code_required: {}, postal_code_regex: {}, is_city_required: {}, is_vat_id_supported: {}, \
             phone_number_regex: {}, is_tax_id_supported: {}, is_tax_id_optional: {}, country_calling_codes_list: {} }},",
            string(&rec, "iso2Code", &file),
            string(&rec, "defaultCulture", &file),
            flag(&rec, "isStateRequired", &file),
            list(&rec, "supportedStatesList", &file),
            list(&rec, "supportedLanguagesList", &file),
            list(&rec, "supportedCulturesList", &file),
            flag(&rec, "isPostalCodeRequired", &file),
            string(&rec, "postalCodeRegex", &file),
            flag(&rec, "isCityRequired", &file),
            flag(&rec, "isVatIdSupported", &file),
            string(&rec, "phoneNumberRegex", &file),
            flag(&rec, "isTaxIdSupported", &file),
            flag(&rec, "isTaxIdOptional", &file),
            list(&rec, "countryCallingCodesList", &file),
        );
    }
    let _ = writeln!(body, "];");
    write_generated(out, "partner_center.rs", "partner-center/countryvalidationrules-*.json", &body);
}
