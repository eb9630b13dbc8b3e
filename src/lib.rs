//! # csp-partner-rules
//!
//! The business rules of Microsoft's Cloud Solution Provider (CSP) program, written once: the
//! server calls these functions natively, the browser calls the same code compiled to WebAssembly
//! (the npm package `csp-partner-rules`), so both give exactly the same answer.
//!
//! - [`markets`], [`regions`], [`address_format`], [`country_rules`]: reference data (SPEC §1, REF-6).
//! - [`check_customer_market`], [`check_partner_id_location`], [`check_provider_reseller`],
//!   [`currency_for`]: region compatibility (SPEC §5).
//! - [`validate_enrollment`], [`validate_enrollment_field`]: the enrolment form (SPEC §2).
//! - [`enrollment_start`], [`enrollment_apply`], [`enrollment_events`], [`vetting_due`]: the enrolment
//!   lifecycle as pure state transitions (SPEC §3).
//! - [`relationship_apply`], [`customer_relationship_apply`], [`can_provider_order`]: provider, reseller
//!   and customer relationships (SPEC §4).
//! - [`audience_eligibility`], [`audience_start`], [`plan_audience_change`], [`validate_audience_listing`],
//!   [`check_authorized_sale`], [`validate_tenant_id`]: the CSP reseller audience of a marketplace offer
//!   (SPEC §6, REG-4); [`parse_partner_csv`], [`PartnerCsvReader`], [`export_partner_csv`]: its partner list as CSV.
//!
//! - [`VERSION`], [`rules_version`]: what a back end compares with the page's.
//!
//! Every check answers with [`Issue`]s (code, path, severity, localized message, params), never by
//! panicking or returning an error: any input, of any type or size, gets an answer.
//! The JS API is one table (`src/api/`, one module per job): it generates [`json::call`], which
//! exposes the API by name over JSON for servers, and the exports of `src/wasm/`, the thin
//! wasm-bindgen layer over the same functions.

// std's case mapping (`str::to_lowercase`…, see clippy.toml) is refused in the .wasm build only
// (`make lint` checks the wasm library): tests and the native server may use it.
#![cfg_attr(
    not(target_arch = "wasm32"),
    allow(clippy::disallowed_methods, reason = "std's case tables cost nothing outside the .wasm")
)]

pub mod address_format;
mod api;
pub mod audience;
mod case;
pub mod country_data;
pub mod country_names;
pub mod country_rules;
pub mod date;
pub mod enrollment;
pub mod error;
mod fold;
mod idna;
pub mod input;
pub mod issue;
pub mod lifecycle;
pub mod locale;
pub mod markets;
mod messages;
mod names;
mod packed;
pub mod partner_csv;
mod pattern;
pub mod read;
pub mod regions;
pub mod relationship;
mod string_enum;
pub mod tenant_id;
pub mod transition;
pub mod version;

#[cfg(not(target_arch = "wasm32"))]
pub mod json;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use address_format::{address_format, AddressField, AddressFormat, PostalCodeFormat, Subdivision};
pub use audience::{
    audience_eligibility, audience_start, check_authorized_sale, plan_audience_change,
    validate_audience_listing, AudienceListing, AudienceOption, AudiencePlan, AudiencePlanOptions,
    AudienceState, AudienceTarget, CspContact, OfferInfo, OfferType, Partner, SaleOptions, SellingPartner,
    SupportRequest, Via,
};
pub use country_data::{add_country_data, country_data_needed};
pub use country_rules::{
    country_rules, country_rules_with, live::CountryValidationRulesInput, CountryValidationRules, RulesSource,
};
pub use enrollment::{
    validate_enrollment, validate_enrollment_field, EnrollmentForm, EnrollmentOptions, Validation,
};
pub use error::Error;
pub use input::{FieldPath, Loose, Options, StringList, Text};
pub use issue::{CheckResult, Issue, IssueCode, ParamValue, PathSegment, Severity};
pub use lifecycle::{
    enrollment_apply, enrollment_events, enrollment_start, vetting_due, AssociatedPartnerId, EnrollmentEvent,
    EnrollmentEventType, EnrollmentFlags, EnrollmentState, EnrollmentStatus, Submission, VettingDue,
};
pub use locale::{supported_locales, Locale};
pub use markets::{
    currency_for, data_version, market, markets, regions, Currency, DataVersion, Market, Region, RegionRef,
};
pub use partner_csv::{
    export_partner_csv, parse_partner_csv, CsvOptions, CsvText, PartnerCsvReader, PartnerCsvResult,
};
pub use regions::{check_customer_market, check_partner_id_location, check_provider_reseller};
pub use relationship::{
    can_provider_order, customer_relationship_apply, customer_relationship_events,
    customer_relationship_start, relationship_apply, relationship_events, relationship_start,
    CustomerParties, CustomerRelationshipEvent, CustomerRelationshipEventType, CustomerRelationshipState,
    Partners, RelationshipEvent, RelationshipEventType, RelationshipState,
};
pub use tenant_id::{normalize_tenant_id, validate_tenant_id};
pub use transition::{ActorRole, Effect, Given, Transition};
pub use version::{rules_version, RulesVersion, RULES_REVISION, VERSION};
