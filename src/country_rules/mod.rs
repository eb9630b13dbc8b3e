//! REF-6: Partner Center's country validation rules (`GET /v1/countryvalidationrules/{iso2}`), in
//! its own shape, and the rules the enrolment form applies.
//!
//! - A country with a recorded answer of Partner Center (`data/partner-center/`, today the US:
//!   microsoft/Partner-Center-PowerShell `test/PowerShell.UnitTests/SessionRecords/GetPartnerCountryValidation.json`)
//!   gets that answer field for field, `source: "partnerCenter"`.
//! - Every other CSP market gets rules derived from the package's data, `source: "derived"`: required
//!   fields from libaddressinput's `require`; the state list only where Partner Center checks one
//!   (US, CA, CN, MX: kvamseek/partner-center `developer/validate-an-address.md`); cultures from the
//!   CSP markets table; `postalCodeRegex` = `^(?:<libaddressinput pattern>)$`; `phoneNumberRegex` =
//!   `^\+<calling code>\d{<possible lengths>}$` (the E.164 value the package stores); tax flags from
//!   `data/tax-ids.tsv`. Every value the package stores passes these patterns (tests below).
//! - `options.countryRules` of the form (see [`live`]) overrides them with what Partner Center answers
//!   now, field by field; what can't be read keeps the built-in rule, with an issue.

pub(crate) mod live;

use crate::enrollment::tax_id::{is_eu, registration_record, vat_record};
use crate::markets::MarketRecord;
use serde::Serialize;

/// One recorded answer (generated from `data/partner-center/`).
pub(crate) struct Recorded {
    pub iso2_code: &'static str,
    pub default_culture: &'static str,
    pub is_state_required: bool,
    pub supported_states_list: &'static [&'static str],
    pub supported_languages_list: &'static [&'static str],
    pub supported_cultures_list: &'static [&'static str],
    pub is_postal_code_required: bool,
    pub postal_code_regex: &'static str,
    pub is_city_required: bool,
    pub is_vat_id_supported: bool,
    pub phone_number_regex: &'static str,
    pub is_tax_id_supported: bool,
    pub is_tax_id_optional: bool,
    pub country_calling_codes_list: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/partner_center.rs"));

/// Where Partner Center checks the state against a list (kvamseek/partner-center
/// `developer/validate-an-address.md`: "the United States, Canada, China, or Mexico"); elsewhere it
/// only checks that the state is a valid string.
pub(crate) const STATE_LIST_CHECKED: [&str; 4] = ["US", "CA", "CN", "MX"];

/// Where the rules come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum RulesSource {
    /// Partner Center's own answer: recorded in the package's data, or passed in (`options.countryRules`).
    PartnerCenter,
    /// Derived from the package's data (libaddressinput, libphonenumber, the CSP tables).
    Derived,
}

/// REF-6: a country's validation rules with Partner Center's field names, plus what a form needs to
/// lay itself out (`isPrimaryContactPhoneRequired`, `registrationIdName`, `isVatIdRecommended`) and
/// where they come from (`source`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CountryValidationRules {
    pub iso2_code: String,
    pub default_culture: String,
    pub is_state_required: bool,
    /// The states accepted, by key; empty where the state is only checked as a string.
    pub supported_states_list: Vec<String>,
    pub supported_languages_list: Vec<String>,
    pub supported_cultures_list: Vec<String>,
    pub is_postal_code_required: bool,
    /// A .NET regular expression; `null` where the country has no postal-code format.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub postal_code_regex: Option<String>,
    pub is_city_required: bool,
    pub is_vat_id_supported: bool,
    /// A .NET regular expression; `null` where the package has no numbering plan for the country.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub phone_number_regex: Option<String>,
    pub is_tax_id_supported: bool,
    pub is_tax_id_optional: bool,
    pub country_calling_codes_list: Vec<String>,
    /// The primary contact's phone is required (SPEC ENR-15).
    pub is_primary_contact_phone_required: bool,
    /// The local name of the registration ID (`"CNPJ"`, `"Tax ID or PAN"`), where the data has one.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub registration_id_name: Option<String>,
    /// A missing VAT number gets a warning (EU countries, SPEC ENR-18).
    pub is_vat_id_recommended: bool,
    pub source: RulesSource,
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn recorded(country: &str) -> Option<&'static Recorded> {
    RECORDED.iter().find(|r| r.iso2_code == country)
}

/// The subdivision keys of a country that are CSP markets of their own (`PR` in the US, Hong Kong in China).
pub(crate) fn own_market(country: &str, key: &str) -> Option<&'static str> {
    crate::country_data::own_markets().iter().find(|(c, k, _)| *c == country && *k == key).map(|(_, _, m)| *m)
}

/// The rules of a CSP market: recorded, else derived.
pub(crate) fn builtin(market: &MarketRecord) -> CountryValidationRules {
    let country = market.country;
    let registration = registration_record(country);
    let numbering = crate::enrollment::phone::Numbering::of(country);
    let mut rules = derived(market, registration.map(|r| r.required), numbering);
    if let Some(r) = recorded(country) {
        rules = CountryValidationRules {
            iso2_code: r.iso2_code.to_owned(),
            default_culture: r.default_culture.to_owned(),
            is_state_required: r.is_state_required,
            supported_states_list: strings(r.supported_states_list),
            supported_languages_list: strings(r.supported_languages_list),
            supported_cultures_list: strings(r.supported_cultures_list),
            is_postal_code_required: r.is_postal_code_required,
            postal_code_regex: Some(r.postal_code_regex.to_owned()).filter(|p| !p.is_empty()),
            is_city_required: r.is_city_required,
            is_vat_id_supported: r.is_vat_id_supported,
            phone_number_regex: Some(r.phone_number_regex.to_owned()).filter(|p| !p.is_empty()),
            is_tax_id_supported: r.is_tax_id_supported,
            is_tax_id_optional: r.is_tax_id_optional,
            country_calling_codes_list: strings(r.country_calling_codes_list),
            source: RulesSource::PartnerCenter,
            ..rules
        };
    }
    rules
}

fn derived(
    market: &MarketRecord,
    registration_required: Option<bool>,
    numbering: Option<crate::enrollment::phone::Numbering>,
) -> CountryValidationRules {
    let country = market.country;
    let format = crate::address_format::record_or_default(country);
    let require = format.map(|f| f.require).unwrap_or("");
    // Postal pattern and subdivisions: the country's record (the package's `countryRules` is not
    // called before it is loaded; the form's checks say `country_data_not_loaded`).
    let data = format.and_then(|f| crate::country_data::get(f).data());
    let cultures: Vec<String> =
        market.cultures.split(' ').filter(|c| !c.is_empty()).map(str::to_owned).collect();
    let mut languages: Vec<String> = Vec::new();
    for c in &cultures {
        let lang = c.split('-').next().unwrap_or(c).to_owned();
        if !languages.contains(&lang) {
            languages.push(lang);
        }
    }
    let states = if STATE_LIST_CHECKED.contains(&country) {
        data.map(|f| {
            f.subdivisions()
                .filter(|s| own_market(country, s.key).is_none())
                .map(|s| s.key.to_owned())
                .collect()
        })
        .unwrap_or_default()
    } else {
        Vec::new()
    };
    let registration = registration_record(country);
    CountryValidationRules {
        iso2_code: country.to_owned(),
        default_culture: cultures.first().cloned().unwrap_or_else(|| "en-US".to_owned()),
        is_state_required: require.contains('S'),
        supported_states_list: states,
        supported_languages_list: languages,
        supported_cultures_list: cultures,
        is_postal_code_required: require.contains('Z'),
        postal_code_regex: data.and_then(|d| d.postal.as_ref()).map(|(zip, _)| format!("^(?:{zip})$")),
        is_city_required: require.contains('C'),
        is_vat_id_supported: vat_record(country).is_some(),
        phone_number_regex: numbering.map(|n| n.e164_regex()),
        is_tax_id_supported: registration_required.is_some(),
        is_tax_id_optional: registration_required != Some(true),
        country_calling_codes_list: numbering.map(|n| vec![n.calling_code.to_string()]).unwrap_or_default(),
        is_primary_contact_phone_required: crate::enrollment::phone::PHONE_REQUIRED.contains(&country),
        registration_id_name: registration.map(|r| r.id_name.to_owned()),
        is_vat_id_recommended: is_eu(country),
        source: RulesSource::Derived,
    }
}

/// REF-6: the validation rules of a CSP market (ISO code, case-insensitive); `None` for a non-market.
pub fn country_rules(country: &str) -> Option<CountryValidationRules> {
    crate::markets::find(&country.trim().to_ascii_uppercase()).map(builtin)
}

/// REF-6: the rules `validateEnrollment` applies for `country` with these options: the built-in ones,
/// overridden by `options.countryRules` where it can be read (its issues are reported by the form's
/// validation, at `["countryRules", field]`).
pub fn country_rules_with(
    country: &str,
    options: &crate::EnrollmentOptions,
) -> Option<CountryValidationRules> {
    let market = crate::markets::find(&country.trim().to_ascii_uppercase())?;
    Some(live::apply(market, &options.country_rules, &mut Vec::new()).rules.clone())
}

#[cfg(test)]
mod tests;
