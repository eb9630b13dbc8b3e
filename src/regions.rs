//! Region compatibility (SPEC §5 REG-1…3): CSP business happens within one CSP region, and a
//! PartnerID must be located in the CSP account's own country.

use crate::address_format::is_known_country;
use crate::input::{Options, Text};
use crate::issue::{CheckResult, Issue, IssueCode};
use crate::locale::Locale;
use crate::markets::{find, MarketRecord};
use crate::names;

/// Reads a country field that must be a CSP market; pushes the issue that refuses it otherwise
/// (`required`, `invalid_type`, `unknown_country`, `not_csp_market`).
pub(crate) fn resolve_market(
    text: &Text,
    path: &[&str],
    locale: Locale,
    issues: &mut Vec<Issue>,
) -> Option<&'static MarketRecord> {
    let code = resolve_country(text, path, locale, issues)?;
    let found = find(&code);
    if found.is_none() {
        let name = crate::names::country_or_code(&code, locale);
        issues.push(
            Issue::error(IssueCode::NotCspMarket)
                .at(path)
                .param("country", code)
                .param("countryName", name)
                .build(locale),
        );
    }
    found
}

/// Longest country field read (characters): a code is 2, the longest English country name 52. A
/// longer value is `too_long` and is not echoed back (issue 16 (7)).
pub const COUNTRY_MAX: usize = 64;

/// Reads a field that must be a known ISO country code, upper-cased.
pub(crate) fn resolve_country(
    text: &Text,
    path: &[&str],
    locale: Locale,
    issues: &mut Vec<Issue>,
) -> Option<String> {
    let value = match text.read(path, locale) {
        Ok(Some(v)) => v,
        Ok(None) => {
            issues.push(Issue::error(IssueCode::Required).at(path).build(locale));
            return None;
        }
        Err(issue) => {
            issues.push(issue);
            return None;
        }
    };
    let code = value.to_ascii_uppercase();
    if code.len() == 2 && is_known_country(&code) {
        Some(code)
    } else if value.chars().count() > COUNTRY_MAX {
        issues.push(Issue::error(IssueCode::TooLong).at(path).param("max", COUNTRY_MAX).build(locale));
        None
    } else {
        issues.push(Issue::error(IssueCode::UnknownCountry).at(path).param("country", value).build(locale));
        None
    }
}

/// `region_mismatch` at `path` when two markets are in different regions.
pub(crate) fn same_region(
    a: &MarketRecord,
    b: &MarketRecord,
    path: &[&str],
    locale: Locale,
) -> Option<Issue> {
    if a.region == b.region {
        return None;
    }
    Some(
        Issue::error(IssueCode::RegionMismatch)
            .at(path)
            .param("country", a.country)
            .param("countryName", names::market(a, locale))
            .param("region", names::market_region(a, locale))
            .param("otherCountry", b.country)
            .param("otherCountryName", names::market(b, locale))
            .param("otherRegion", names::market_region(b, locale))
            .build(locale),
    )
}

fn check_same_region(first: (&Text, &str), second: (&Text, &str), options: &Options) -> CheckResult {
    let locale = options.locale();
    let mut issues = Vec::new();
    let a = resolve_market(first.0, &[first.1], locale, &mut issues);
    let b = resolve_market(second.0, &[second.1], locale, &mut issues);
    if let (Some(a), Some(b)) = (a, b) {
        issues.extend(same_region(a, b, &[second.1], locale));
    }
    CheckResult::from_issues(issues)
}

/// REG-1: may a partner whose CSP account is in `partner_country` sell to a customer whose tenant is
/// in `customer_country`? Only within the partner's region (a single-market region: that country only).
pub fn check_customer_market(
    partner_country: &Text,
    customer_country: &Text,
    options: &Options,
) -> CheckResult {
    check_same_region((partner_country, "partnerCountry"), (customer_country, "customerCountry"), options)
}

/// REG-2: a PartnerID must be located in the same country as the CSP account (not only the same region).
pub fn check_partner_id_location(
    partner_id_country: &Text,
    account_country: &Text,
    options: &Options,
) -> CheckResult {
    let locale = options.locale();
    let mut issues = Vec::new();
    let partner_id = resolve_country(partner_id_country, &["partnerIdCountry"], locale, &mut issues);
    let account = resolve_market(account_country, &["accountCountry"], locale, &mut issues);
    if let (Some(partner_id), Some(account)) = (partner_id, account) {
        issues.extend(partner_id_country_issue(&partner_id, account, &["partnerIdCountry"], locale));
    }
    CheckResult::from_issues(issues)
}

/// REG-2 / ENR-20: `partner_id_country_mismatch` at `path` when a PartnerID's country (a known ISO
/// code, upper case) is not the account's country — same country, not only same region.
pub(crate) fn partner_id_country_issue(
    partner_id: &str,
    account: &MarketRecord,
    path: &[&str],
    locale: Locale,
) -> Option<Issue> {
    if partner_id == account.country {
        return None;
    }
    let partner_id_name = names::country_or_code(partner_id, locale);
    Some(
        Issue::error(IssueCode::PartnerIdCountryMismatch)
            .at(path)
            .param("partnerIdCountry", partner_id)
            .param("partnerIdCountryName", partner_id_name)
            .param("accountCountry", account.country)
            .param("accountCountryName", names::market(account, locale))
            .build(locale),
    )
}

/// REG-3: an indirect provider and an indirect reseller can partner only within one CSP region.
pub fn check_provider_reseller(
    provider_country: &Text,
    reseller_country: &Text,
    options: &Options,
) -> CheckResult {
    check_same_region((provider_country, "providerCountry"), (reseller_country, "resellerCountry"), options)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markets::markets;

    fn codes(r: &CheckResult) -> Vec<IssueCode> {
        r.issues.iter().map(|i| i.code).collect()
    }

    fn t(s: &str) -> Text {
        s.into()
    }

    #[test]
    fn reg_1_same_region_sells() {
        let en = Options::default();
        assert!(check_customer_market(&t("FR"), &t("DE"), &en).ok);
        assert!(check_customer_market(&t("US"), &t("GU"), &en).ok, "US region includes Guam");
        assert!(check_customer_market(&t("fr"), &t(" de "), &en).ok, "lower case and spaces");
    }

    #[test]
    fn reg_1_cross_region_and_single_market_regions_refused() {
        let en = Options::default();
        let r = check_customer_market(&t("US"), &t("CA"), &en);
        assert!(!r.ok);
        assert_eq!(codes(&r), [IssueCode::RegionMismatch]);
        assert_eq!(r.issues[0].path, vec!["customerCountry".into()]);
        for (partner, customer) in
            [("BR", "AR"), ("IN", "LK"), ("JP", "KR"), ("KR", "JP"), ("TW", "HK"), ("CN", "HK"), ("AR", "BR")]
        {
            let r = check_customer_market(&t(partner), &t(customer), &en);
            assert_eq!(codes(&r), [IssueCode::RegionMismatch], "{partner} → {customer}");
        }
        for single in ["BR", "CN", "IN", "JP", "KR", "TW"] {
            assert!(check_customer_market(&t(single), &t(single), &en).ok, "{single} sells to itself");
        }
    }

    #[test]
    fn reg_1_every_market_sells_to_its_own_region_only() {
        let en = Options::default();
        let all = markets(crate::Locale::En);
        for a in all.iter().step_by(7) {
            for b in &all {
                let r = check_customer_market(&t(a.country), &t(b.country), &en);
                assert_eq!(r.ok, a.region.id == b.region.id, "{} → {}", a.country, b.country);
            }
        }
    }

    #[test]
    fn reg_1_non_markets_and_bad_input() {
        let en = Options::default();
        let r = check_customer_market(&t("US"), &t("CU"), &en);
        assert_eq!(codes(&r), [IssueCode::NotCspMarket]);
        let r = check_customer_market(&t("RU"), &t("ZZ"), &en);
        assert_eq!(codes(&r), [IssueCode::NotCspMarket, IssueCode::UnknownCountry]);
        let r = check_customer_market(&Text::Missing, &Text::Invalid(crate::input::ValueKind::Number), &en);
        assert_eq!(codes(&r), [IssueCode::Required, IssueCode::InvalidType]);
    }

    #[test]
    fn reg_1_messages_in_english_and_french() {
        let r = check_customer_market(&t("US"), &t("GB"), &Options::default());
        assert_eq!(
            r.issues[0].message,
            "These countries are in different CSP regions (United States: United States; United Kingdom: Europe), and CSP business is only possible within one region."
        );
        let r = check_customer_market(&t("US"), &t("GB"), &Options::with_locale("fr-CA"));
        assert_eq!(
            r.issues[0].message,
            "Ces deux pays sont dans des régions CSP différentes (États-Unis dans la région États-Unis, Royaume-Uni dans la région Europe)\u{a0}: une activité CSP n'est possible qu'au sein d'une même région."
        );
    }

    #[test]
    fn reg_2_partner_id_same_country_not_same_region() {
        let en = Options::default();
        assert!(check_partner_id_location(&t("fr"), &t("FR"), &en).ok);
        let r = check_partner_id_location(&t("GB"), &t("FR"), &en);
        assert_eq!(codes(&r), [IssueCode::PartnerIdCountryMismatch]);
        assert!(r.issues[0].message.contains("United Kingdom"));
        let r = check_partner_id_location(&t("XX"), &t("FR"), &en);
        assert_eq!(codes(&r), [IssueCode::UnknownCountry]);
    }

    #[test]
    fn reg_3_provider_and_reseller_same_region() {
        let en = Options::default();
        assert!(
            check_provider_reseller(&t("DE"), &t("FR"), &en).ok,
            "a French reseller with a German provider"
        );
        let r = check_provider_reseller(&t("GB"), &t("US"), &en);
        assert_eq!(codes(&r), [IssueCode::RegionMismatch], "a US reseller can't work with a UK provider");
        assert_eq!(r.issues[0].path, vec!["resellerCountry".into()]);
    }
}
