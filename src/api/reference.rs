//! Reference data (SPEC §1, REF, REG-5).

use crate::input::{Options, Text};

crate::api::api! {
    /// The supported message locales (`["en", "fr"]`).
    supportedLocales() -> "string[]" = supported_locales();

    /// Versions of the compiled-in reference data (REF-5).
    dataVersion() -> "DataVersion" = data_version();

    /// The package version and the rules version (rules revision + data dates), to compare with a
    /// back end's `csp_partner_rules::rules_version()`.
    rulesVersion() -> "RulesVersion" = rules_version();

    /// The 244 CSP markets (REF-1), named in `options.locale`.
    markets(options?: Options = "Options") -> "Market[]" = markets(options.locale());

    /// The market of an ISO code, case-insensitive, named in `options.locale`; `null` for a non-market (REF-2).
    market(country: Text = "string", options?: Options = "Options") -> "Market | null"
        = market { country.as_str().and_then(|c| crate::market(c, options.locale())) };

    /// The 15 CSP regions (REF-3), named in `options.locale`.
    regions(options?: Options = "Options") -> "Region[]" = regions(options.locale());

    /// The billing currency of a market; `null` for a non-market (REG-5).
    currencyFor(country: Text = "string") -> "Currency | null"
        = currency_for { country.as_str().and_then(crate::currency_for) };

    /// How to lay out and check an address in a country; `null` for an unknown code (REF-4).
    addressFormat(country: Text = "string", options?: Options = "Options") -> "AddressFormat | null"
        = address_format { country.as_str().and_then(|c| crate::address_format(c, options.locale())) };

    /// The country whose data (postal pattern, subdivisions) `loadCountry(country)` would load; `null` if none.
    countryDataNeeded(country: Text = "string") -> "string | null"
        = country_data_needed { country.as_str().and_then(crate::country_data_needed) };

    /// Adds a country's data as `loadCountry` imports it; `true` once it is there.
    addCountryData(record: Text = "string") -> "boolean" as bool
        = add_country_data { record.as_str().is_some_and(crate::add_country_data) };

    /// The validation rules of a CSP market with Partner Center's field names, as `validateEnrollment`
    /// applies them (`options.countryRules` over the built-in ones); `null` for a non-market (REF-6).
    countryRules(country: Text = "string", options?: crate::EnrollmentOptions = "EnrollmentOptions")
        -> "CountryValidationRules | null"
        = country_rules { country.as_str().and_then(|c| crate::country_rules_with(c, &options)) };
}
