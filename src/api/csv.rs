//! The partner list of an audience as CSV (AUD-CSV). In wasm the text is read in slices and the
//! partners built in JS (`#[wasm = …]`, `src/wasm/csv.rs`, with the `PartnerCsvReader` class).

use crate::audience::{List, Partner};
use crate::input::Loose;

crate::api::api! {
    /// AUD-CSV: the partners of a CSV text.
    #[wasm = crate::wasm::parse_partner_csv]
    parsePartnerCsv(text: crate::CsvText = "string", options?: crate::CsvOptions = "CsvOptions") -> "PartnerCsvResult"
        = parse_partner_csv(&text, &options);

    /// AUD-CSV: the partners as CSV (`tenantId,name,country`, CRLF, formula cells protected).
    exportPartnerCsv(partners: List<Loose<Partner>> = "Partner[]")
        -> "string" as String = export_partner_csv(&partners);
}
