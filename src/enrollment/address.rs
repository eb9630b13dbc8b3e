//! The legal address (ENR-2, ENR-4…ENR-9), laid out by the country's address format (REF-4).
//!
//! Implemented here: ENR-2 (address country = account country), ENR-4 (lines), ENR-5 (city), and the
//! required/length part of ENR-6 (state) and ENR-7 (postal code).
//! To do (issue 3): subdivision matching (ENR-6), postal-code pattern and normalization (ENR-7),
//! postal prefix of the state (ENR-8), Latin characters (ENR-9).

use super::{keep, limits, Address, Ctx};
use crate::address_format::{record_or_default, AddressField};
use crate::issue::{Issue, IssueCode};
use crate::markets::MarketRecord;

/// Checks the address against the account's market (when known); returns it normalized.
pub(crate) fn check(ctx: &mut Ctx, address: &Address, market: Option<&'static MarketRecord>) -> Address {
    let format = market.and_then(|m| record_or_default(m.country));
    let requires = |field: AddressField| format.is_some_and(|f| f.required().contains(&field));

    let line1 = ctx.text(&address.line1, &["address", "line1"], true, limits::ADDRESS_LINE);
    let line2 = ctx.text(&address.line2, &["address", "line2"], false, limits::ADDRESS_LINE);
    let line3 = ctx.text(&address.line3, &["address", "line3"], false, limits::ADDRESS_LINE);
    let city = ctx.text(&address.city, &["address", "city"], requires(AddressField::City), limits::CITY);
    let state = ctx.text(&address.state, &["address", "state"], requires(AddressField::State), limits::STATE);
    let postal_code = ctx.text(&address.postal_code, &["address", "postalCode"], requires(AddressField::PostalCode), limits::POSTAL_CODE);

    // ENR-2: the address is in the account's legal country.
    let country = ctx.text(&address.country, &["address", "country"], false, limits::COUNTRY + 8).map(|c| c.to_ascii_uppercase());
    if let (Some(country), Some(market)) = (&country, market) {
        if country != market.country {
            ctx.push(
                Issue::error(IssueCode::CountryMismatch)
                    .at(&["address", "country"])
                    .param("country", market.country)
                    .param("addressCountry", country.as_str()),
            );
        }
    }

    Address {
        line1: keep(line1, &address.line1),
        line2: keep(line2, &address.line2),
        line3: keep(line3, &address.line3),
        city: keep(city, &address.city),
        state: keep(state, &address.state),
        postal_code: keep(postal_code, &address.postal_code),
        country: keep(country, &address.country),
    }
}

