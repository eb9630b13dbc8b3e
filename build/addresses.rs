//! `data/address-countries.jsonl` → `addresses.rs`: the country-level address facts of each country
//! (libaddressinput metadata), with the `data/ZZ` defaults applied: layout, required and upper-cased
//! fields, labels — what every page needs at load. The detail (postal pattern, subdivisions) is the
//! country's own record (`country_records.rs`).
//!
//! Partner Center takes addresses in Latin characters only (ENR-9), so where the source has a
//! Latin layout (`lfmt`) it is used.

use crate::util::{lit, packed_table, read_data, write_generated};
use serde_json::Value;
use std::fmt::Write as _;
use std::path::Path;

/// libaddressinput's `data/ZZ` defaults.
const DEFAULT_FMT: &str = "%N%n%O%n%A%n%C";
const DEFAULT_REQUIRE: &str = "AC";
const DEFAULT_UPPER: &str = "C";

fn field<'a>(rec: &'a Value, name: &str) -> Option<&'a str> {
    rec.get(name).and_then(Value::as_str)
}

fn tilde_list(rec: &Value, name: &str) -> Vec<String> {
    field(rec, name).map(|s| s.split('~').map(str::to_owned).collect()).unwrap_or_default()
}

pub fn generate(out: &Path) {
    let text = read_data("address-countries.jsonl");
    // The countries with a phone pattern have a record too (its first column is the country).
    let phones = format!("\n{}", read_data("phone-numbering.tsv"));
    let mut records: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("address-countries.jsonl: {e}: {l}")))
        .collect();
    // The one record without a key is libaddressinput's `data/ZZ` defaults, mirrored by the constants above.
    records.retain(|r| field(r, "key").is_some());
    records.sort_by(|a, b| field(a, "key").cmp(&field(b, "key")));

    let mut body = String::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    for rec in &records {
        let key = field(rec, "key").expect("key");
        assert!(key.len() == 2, "bad key {key}");
        let fmt = field(rec, "lfmt").or(field(rec, "fmt")).unwrap_or(DEFAULT_FMT);
        let require = field(rec, "require").unwrap_or(DEFAULT_REQUIRE);
        let upper = field(rec, "upper").unwrap_or(DEFAULT_UPPER);
        let zip = field(rec, "zip");
        assert!(zip != Some(""), "{key}: empty zip pattern");
        let zip_type = field(rec, "zip_name_type").unwrap_or("postal");
        let state_type = field(rec, "state_name_type").unwrap_or("province");
        let city_type = field(rec, "locality_name_type").unwrap_or("city");
        // The postal pattern, its examples, the subdivisions and the phone pattern are in the
        // country's own record (build/country_records.rs, which writes one exactly for these countries).
        let phone = phones.contains(&format!("\n{key}\t"));
        let detail = if zip.is_some() || !tilde_list(rec, "sub_keys").is_empty() || phone { "1" } else { "" };

        // Fields in the order of `AddressRecord` (src/address_format.rs); "" for no zip pattern.
        table.push(
            [key, fmt, require, upper, zip_type, state_type, city_type, detail]
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
        );
    }
    packed_table(
        &mut body,
        "ADDRESS_FORMATS",
        "Address formats by ISO code, sorted: country, fmt, require, upper, zip_type, state_type, city_type, detail (\"1\": the country has a record in country_records.rs)",
        &table,
    );
    let _ = writeln!(
        body,
        "/// libaddressinput's defaults (`data/ZZ`), for a market with no record of its own.\npub(crate) static DEFAULT_ADDRESS: AddressRecord = AddressRecord {{ country: \"ZZ\", fmt: {}, require: {}, upper: {}, zip_type: \"postal\", state_type: \"province\", city_type: \"city\", detail: false }};",
        lit(DEFAULT_FMT),
        lit(DEFAULT_REQUIRE),
        lit(DEFAULT_UPPER)
    );
    write_generated(out, "addresses.rs", "address-countries.jsonl", &body);
}
