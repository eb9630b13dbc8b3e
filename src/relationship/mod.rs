//! Indirect provider ↔ indirect reseller ↔ customer relationships (SPEC §4, REL-1, REL-2; seed 003)
//! as pure state transitions, like the enrolment lifecycle (see `lifecycle`).
//!
//! REL-1 provider ↔ reseller: `none ─invite→ invited ─accept→ active ─endByProvider→ ended`;
//! `removeAdminAccess` (active or ended) clears the provider's admin access to the reseller's work
//! account (the reseller does it in the Microsoft 365 admin center; ending the partnership does
//! not remove it); `endByReseller` is always refused: a reseller needs Microsoft support.
//! REL-2 customer: `none ─inviteCustomer→ invited ─accept→ active`; the provider can order for the
//! customer only when active.
//!
//! Beyond SPEC's fields, states keep the two countries they were created with (`providerCountry`,
//! `resellerCountry`, `customerCountry`) next to `region`.

use crate::input::{Options, Text};
use crate::issue::{no_errors, Issue, IssueCode};
use crate::locale::Locale;
use crate::markets::{find, MarketRecord};
use crate::read::Value;
use crate::regions::{resolve_market, same_region};
use crate::transition::{
    begin, members, not_allowed, read_state, unless_bad, ActorRole, Decode, Fields, Given, Machine,
    Transition,
};
use serde::Serialize;

fn region_id(m: &MarketRecord) -> &'static str {
    m.region().map(|r| r.id).unwrap_or("")
}

/// The countries are CSP markets (canonical codes) of `region`.
fn check_region(region: &str, countries: &[(&'static str, &str)], bad: &mut Vec<&'static str>) {
    let mut region_ok = true;
    for (field, code) in countries {
        match find(code).filter(|m| m.country == *code) {
            Some(m) => region_ok &= region_id(m) == region,
            None => bad.push(field),
        }
    }
    if !region_ok {
        bad.push("region");
    }
}

/// Resolves two countries that must be CSP markets of one region (`region_mismatch` at the second).
fn same_region_markets(
    first: (&str, &'static str),
    second: (&str, &'static str),
    locale: Locale,
    issues: &mut Vec<Issue>,
) -> Option<(&'static MarketRecord, &'static MarketRecord)> {
    let a = resolve_market(&Text::from(first.0), &[first.1], locale, issues);
    let b = resolve_market(&Text::from(second.0), &[second.1], locale, issues);
    let (a, b) = (a?, b?);
    match same_region(a, b, &[second.1], locale) {
        Some(issue) => {
            issues.push(issue);
            None
        }
        None => Some((a, b)),
    }
}

mod customer;
mod reseller;

pub use customer::*;
pub use reseller::*;

#[cfg(test)]
mod tests;
