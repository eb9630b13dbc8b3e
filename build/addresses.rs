//! `data/address-countries.jsonl` → `addresses.rs`: one address-format record per country
//! (libaddressinput metadata), with the `data/ZZ` defaults applied.
//!
//! Partner Center takes addresses in Latin characters only (ENR-9), so where the source has a
//! Latin layout (`lfmt`) or Latin subdivision names (`sub_lnames`) those are used: a subdivision
//! whose source key is not Latin (北海道, Երևան) gets its Latin name as key.

use crate::util::{lit, packed_table, read_data, write_generated};
use serde_json::Value;
use std::fmt::Write as _;
use std::path::Path;

/// libaddressinput's `data/ZZ` defaults.
const DEFAULT_FMT: &str = "%N%n%O%n%A%n%C";
const DEFAULT_REQUIRE: &str = "AC";
const DEFAULT_UPPER: &str = "C";

fn is_latin(s: &str) -> bool {
    s.chars().all(|c| (c as u32) < 0x250 || c.is_whitespace())
}

fn field<'a>(rec: &'a Value, name: &str) -> Option<&'a str> {
    rec.get(name).and_then(Value::as_str)
}

fn tilde_list(rec: &Value, name: &str) -> Vec<String> {
    field(rec, name).map(|s| s.split('~').map(str::to_owned).collect()).unwrap_or_default()
}

pub fn generate(out: &Path) {
    let text = read_data("address-countries.jsonl");
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
        let zipex: Vec<&str> =
            field(rec, "zipex").map(|s| s.split(',').map(str::trim).collect()).unwrap_or_default();
        let zip_type = field(rec, "zip_name_type").unwrap_or("postal");
        let state_type = field(rec, "state_name_type").unwrap_or("province");
        let city_type = field(rec, "locality_name_type").unwrap_or("city");

        let keys = tilde_list(rec, "sub_keys");
        let names = tilde_list(rec, "sub_names");
        let lnames = tilde_list(rec, "sub_lnames");
        let isos = tilde_list(rec, "sub_isoids");
        // Packed as `key|name|iso~…` (name and iso empty when equal to the key / unknown): one string
        // per country instead of a table of pointers, which keeps the .wasm small.
        let mut subs = String::new();
        for (i, source_key) in keys.iter().enumerate() {
            let lname = lnames.get(i).filter(|s| !s.is_empty());
            let name = lname.or(names.get(i).filter(|s| !s.is_empty())).unwrap_or(source_key);
            let sub_key = if is_latin(source_key) {
                source_key.as_str()
            } else {
                lname.map(String::as_str).unwrap_or(source_key)
            };
            let iso = isos.get(i).map(String::as_str).unwrap_or("");
            assert!(
                ![sub_key, name, iso].iter().any(|s| s.contains(['|', '~'])),
                "separator in {key} subdivision"
            );
            if i > 0 {
                subs.push('~');
            }
            let _ = write!(subs, "{sub_key}|{}|{iso}", if name == sub_key { "" } else { name });
        }

        // Fields in the order of `AddressRecord` (src/address_format.rs); "" for no zip pattern.
        table.push(
            [
                key,
                fmt,
                require,
                upper,
                zip.unwrap_or(""),
                &zipex.join(","),
                zip_type,
                state_type,
                city_type,
                &subs,
            ]
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
        );
    }
    packed_table(
        &mut body,
        "ADDRESS_FORMATS",
        "Address formats by ISO code, sorted: country, fmt, require, upper, zip, zipex, zip_type, state_type, city_type, subdivisions",
        &table,
    );
    let _ = writeln!(
        body,
        "/// libaddressinput's defaults (`data/ZZ`), for a market with no record of its own.\npub(crate) static DEFAULT_ADDRESS: AddressRecord = AddressRecord {{ country: \"ZZ\", fmt: {}, require: {}, upper: {}, zip: None, zipex: \"\", zip_type: \"postal\", state_type: \"province\", city_type: \"city\", subdivisions: \"\" }};",
        lit(DEFAULT_FMT),
        lit(DEFAULT_REQUIRE),
        lit(DEFAULT_UPPER)
    );
    write_generated(out, "addresses.rs", "address-countries.jsonl", &body);
}
