//! `data/marketplace-geographies.tsv` → `marketplace.rs`: the commercial marketplace's geographies
//! (REG-4), as sorted two-letter codes, and the two limits the source's `note` column states in prose:
//! "not supported in the CSP channel" (Korea) and "free and BYOL VM images only" (China). Any other
//! note must be one the build knows not to be a sales limit, so a new limit can't be missed silently.

use crate::util::{cell, lit, read_data, tsv, write_generated};
use std::fmt::Write as _;
use std::path::Path;

/// Notes that don't limit a CSP sale (Brazil's billing currency: a price matter, not REG-4's).
const NOT_A_LIMIT: [&str; 1] = ["CSP customers in Brazil pay in USD"];

pub fn generate(out: &Path) {
    let rows = tsv(&read_data("marketplace-geographies.tsv"));
    assert_eq!(rows.len(), 142, "marketplace-geographies.tsv: the source lists 142 geographies");
    let (mut all, mut no_csp, mut free_byol) = (Vec::new(), Vec::new(), Vec::new());
    for row in &rows {
        let code = cell(row, "iso2");
        assert!(
            code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
            "marketplace-geographies.tsv: bad code {code}"
        );
        all.push(code.to_owned());
        let note = cell(row, "note");
        if note.contains("not supported in the CSP channel") {
            no_csp.push(code.to_owned());
        } else if note.contains("free and BYOL") {
            free_byol.push(code.to_owned());
        } else {
            assert!(
                note.is_empty() || NOT_A_LIMIT.contains(&note),
                "marketplace-geographies.tsv: unknown note for {code}: {note}"
            );
        }
    }
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 142, "marketplace-geographies.tsv: duplicate codes");
    let mut body = String::new();
    let _ = writeln!(body, "/// The {} marketplace geographies, two letters each, sorted.", all.len());
    let _ = writeln!(body, "pub(crate) static GEOGRAPHIES: &str = {};", lit(&all.concat()));
    let _ = writeln!(body, "/// Geographies where the marketplace doesn't sell through CSP.");
    let _ = writeln!(body, "pub(crate) static NO_CSP_CHANNEL: &str = {};", lit(&no_csp.concat()));
    let _ = writeln!(body, "/// Geographies where only free and BYOL plans are sold.");
    let _ = writeln!(body, "pub(crate) static FREE_OR_BYOL_ONLY: &str = {};", lit(&free_byol.concat()));
    write_generated(out, "marketplace.rs", "marketplace-geographies.tsv", &body);
}
