//! Build script: compiles the reference data of `data/` into compact Rust tables in `OUT_DIR`.
//!
//! One module per data file; each writes one `@generated` file that `src/` includes with
//! `include!(concat!(env!("OUT_DIR"), "/<name>.rs"))`. A data update is a new data file and a
//! rebuild, never a code change. The build fails loudly on malformed data (this is the only
//! place in the crate allowed to stop with an error: a bad table must never ship).
//!
//! The build script runs on the host: std's case mapping, refused in the crate by `clippy.toml`
//! (its tables would land in the .wasm), is fine here.
#![allow(
    clippy::disallowed_methods,
    reason = "the build script runs on the host: std's case tables never reach the .wasm"
)]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "the build script stops on malformed data: a bad table must never ship"
)]

mod addresses;
mod case;
mod company_names;
/// The pattern compiler of `src/` (parser and emitter), for the data's patterns (`pattern.rs`).
#[path = "../src/pattern/compile.rs"]
#[allow(dead_code, reason = "the run time's limits and errors (TooLong) are not the build's")]
mod compile;
mod country_names;
mod country_records;
/// The key of a name, as `src/` folds it (the country-name look-up is keyed by it).
#[path = "../src/fold.rs"]
#[allow(dead_code, reason = "the build uses the folding only, not all of src/fold.rs")]
mod fold;
mod idna;
/// The layout of a country record, shared with its reader (`src/country_data/mod.rs`).
#[path = "../src/country_data/layout.rs"]
mod layout;
mod marketplace;
mod markets;
mod partner_center;
mod pattern;
mod phones;
mod place_names;
mod tax_ids;
mod util;
/// The matcher of `src/`, to check the data's examples against their compiled patterns.
#[path = "../src/pattern/vm.rs"]
#[allow(dead_code, reason = "the build runs the matcher only, not all of src/pattern/vm.rs")]
mod vm;
mod webmail;

fn main() {
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=src/pattern/vm.rs");
    println!("cargo:rerun-if-changed=src/pattern/compile.rs");
    println!("cargo:rerun-if-changed=src/fold.rs");
    println!("cargo:rerun-if-changed=src/country_data/layout.rs");
    let out = util::out_dir();
    markets::generate(&out);
    place_names::generate(&out);
    marketplace::generate(&out);
    addresses::generate(&out);
    country_records::generate(&out);
    phones::generate(&out);
    webmail::generate(&out);
    company_names::generate(&out);
    country_names::generate(&out);
    tax_ids::generate(&out);
    case::generate(&out);
    idna::generate(&out);
    partner_center::generate(&out);
}
