//! # csp-partner-rules
//!
//! The business rules of Microsoft's Cloud Solution Provider (CSP) program, written once: the
//! server calls these functions natively, the browser calls the same code compiled to WebAssembly
//! (the npm package `csp-partner-rules`), so both give exactly the same answer.
//!
//! - [`markets`], [`regions`], [`address_format`]: reference data (SPEC §1).
//! - [`check_customer_market`], [`check_partner_id_location`], [`check_provider_reseller`],
//!   [`currency_for`]: region compatibility (SPEC §5).
//! - [`validate_enrollment`], [`validate_enrollment_field`]: the enrolment form (SPEC §2).
//!
//! Every check answers with [`Issue`]s (code, path, severity, localized message, params), never by
//! panicking or returning an error: any input, of any type or size, gets an answer.
//! [`json::call`] exposes the API by name over JSON for servers; `src/wasm/` is the thin
//! wasm-bindgen layer over the same functions.

#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod address_format;
pub mod enrollment;
pub mod error;
pub mod input;
pub mod issue;
pub mod locale;
pub mod markets;
mod messages;
mod packed;
pub mod regions;

#[cfg(not(target_arch = "wasm32"))]
pub mod json;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use address_format::{address_format, AddressField, AddressFormat, PostalCodeFormat, Subdivision};
pub use enrollment::{validate_enrollment, validate_enrollment_field, EnrollmentForm, EnrollmentOptions, Validation};
pub use error::Error;
pub use input::{FieldPath, Loose, Options, StringList, Text};
pub use issue::{CheckResult, Issue, IssueCode, ParamValue, PathSegment, Severity};
pub use locale::{supported_locales, Locale};
pub use markets::{currency_for, data_version, market, markets, regions, Currency, DataVersion, Market, Region, RegionRef};
pub use regions::{check_customer_market, check_partner_id_location, check_provider_reseller};
