//! `data/csp-markets.tsv` → `markets.rs`: the CSP regions and the 244 markets, sorted by ISO code.

use crate::util::{cell, lit, packed_table, read_data, tsv, write_generated};
use std::fmt::Write as _;
use std::path::Path;

pub fn generate(out: &Path) {
    let rows = tsv(&read_data("csp-markets.tsv"));
    assert_eq!(rows.len(), 244, "csp-markets.tsv: expected 244 markets");

    // Regions in order of first appearance (the source's section order).
    let mut regions: Vec<(String, String, bool)> = Vec::new();
    for row in &rows {
        let id = cell(row, "csp_region_id");
        if !regions.iter().any(|(r, _, _)| r == id) {
            let single = match cell(row, "region_scope") {
                "single" => true,
                "multi" => false,
                other => panic!("unknown region_scope {other}"),
            };
            regions.push((id.to_owned(), cell(row, "csp_region").to_owned(), single));
        }
    }

    let mut markets: Vec<Vec<String>> = Vec::new();
    let mut sorted = rows.clone();
    sorted.sort_by(|a, b| cell(a, "iso2").cmp(cell(b, "iso2")));
    for row in &sorted {
        let iso2 = cell(row, "iso2");
        assert!(iso2.len() == 2 && iso2.bytes().all(|b| b.is_ascii_uppercase()), "bad iso2 {iso2}");
        // Display name: Partner Center's locale name where it differs from the table's (UK → United Kingdom).
        let name = match cell(row, "pc_locale_name") {
            "" => cell(row, "name"),
            pc => pc,
        };
        let region = regions.iter().position(|(id, _, _)| id == cell(row, "csp_region_id")).expect("region");
        // Fields: country, name, region index, currency, alt currency ("" for none).
        markets.push(vec![
            iso2.to_owned(),
            name.to_owned(),
            region.to_string(),
            cell(row, "currency").to_owned(),
            cell(row, "alt_currency").to_owned(),
            // Partner Center's supported cultures (`fr-FR / en-US`), space-separated (REF-6).
            cell(row, "pc_supported_cultures")
                .split('/')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
        ]);
    }
    for pair in sorted.windows(2) {
        assert!(
            cell(&pair[0], "iso2") != cell(&pair[1], "iso2"),
            "duplicate market {}",
            cell(&pair[0], "iso2")
        );
    }

    let mut body = String::new();
    let _ = writeln!(body, "/// The CSP regions, in the source's order.");
    let _ = writeln!(body, "pub(crate) static REGIONS: &[RegionRecord] = &[");
    for (id, name, single) in &regions {
        let _ = writeln!(
            body,
            "    RegionRecord {{ id: {}, name: {}, single_market: {single} }},",
            lit(id),
            lit(name)
        );
    }
    let _ = writeln!(body, "];");
    packed_table(&mut body, "MARKETS", "The CSP markets, sorted by ISO 3166-1 alpha-2 code: country, name, region index, currency, alt currency, Partner Center cultures", &markets);
    write_generated(out, "markets.rs", "csp-markets.tsv", &body);
}
