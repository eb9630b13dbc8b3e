//! REG-4: may this CSP partner sell this offer to this customer? The offer's audience must let the
//! partner resell it (`all`, or `specific` with the partner listed), and the customer's tenant country
//! must be in the partner's CSP region (an authorized partner sells to any customer of its region) and
//! in the commercial marketplace's geographies, as the marketplace sells there: not through CSP in
//! Korea, free and BYOL plans only in China (`data/marketplace-geographies.tsv`).
//! Whether the offer is published is not judged here.

use super::{check_state, AudienceOption, AudienceState, Report};
use crate::input::Text;
use crate::issue::{CheckResult, Issue, IssueCode};
use crate::regions::{resolve_market, same_region};
use serde::Serialize;

crate::input_struct! {
    /// The partner who wants to sell: its tenant ID and the country of its CSP account.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct SellingPartner {
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub tenant_id: Text = "tenantId",
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub country: Text = "country",
    }
}

crate::deserialize_via_value!(SellingPartner);

mod geographies {
    include!(concat!(env!("OUT_DIR"), "/marketplace.rs"));
}

crate::input_struct! {
    /// Options of `checkAuthorizedSale`.
    #[derive(Debug, Clone, Default, PartialEq)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase", default))]
    pub struct SaleOptions {
        /// BCP-47 tag of the messages (`"fr-CA"` → French); English by default.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub locale: Text = "locale",
        /// The pricing of the plan sold: `free`, `byol` (bring your own license) or `payg`. Where the
        /// marketplace sells only free and BYOL plans (China), a sale needs `free` or `byol`; unknown or
        /// absent reads as a paid plan there. Ignored elsewhere.
        #[cfg_attr(
            target_arch = "wasm32",
            tsify(optional, type = "\"free\" | \"byol\" | \"payg\" | (string & {})")
        )]
        pub plan_kind: Text = "planKind",
    }
}

crate::deserialize_via_value!(SaleOptions);

impl SaleOptions {
    pub fn with_locale(tag: &str) -> Self {
        SaleOptions { locale: tag.into(), ..SaleOptions::default() }
    }
}

/// Whether the two-letter `code` is one of the codes packed in `list`.
fn packed_has(list: &str, code: &str) -> bool {
    list.as_bytes().chunks(2).any(|c| c == code.as_bytes())
}

/// The marketplace's limit on a sale through CSP to a customer in `customer`, if any.
fn marketplace_limit(customer: &str, plan_kind: &Text) -> Option<IssueCode> {
    let free_or_byol =
        plan_kind.as_str().is_some_and(|k| ["free", "byol"].iter().any(|w| k.trim().eq_ignore_ascii_case(w)));
    if !packed_has(geographies::GEOGRAPHIES, customer) {
        Some(IssueCode::MarketplaceUnavailable)
    } else if packed_has(geographies::NO_CSP_CHANNEL, customer) {
        Some(IssueCode::CspChannelUnavailable)
    } else if packed_has(geographies::FREE_OR_BYOL_ONLY, customer) && !free_or_byol {
        Some(IssueCode::FreeOrByolOnly)
    } else {
        None
    }
}

/// REG-4 (`checkAuthorizedSale`).
pub fn check_authorized_sale(
    audience: &AudienceState,
    partner: &SellingPartner,
    customer_country: &Text,
    options: &SaleOptions,
) -> CheckResult {
    let locale = options.locale.as_str().map(crate::locale::Locale::negotiate).unwrap_or_default();
    let mut report = Report::new(locale);
    let state = check_state(audience, "audience", &mut report);
    let mut issues = report.issues;
    let tenant = match crate::tenant_id::read(&partner.tenant_id, &["partner", "tenantId"], locale) {
        Ok(Some(id)) => crate::tenant_id::TenantId::parse(&id),
        Ok(None) => {
            issues.push(Issue::error(IssueCode::Required).at(&["partner", "tenantId"]).build(locale));
            None
        }
        Err(issue) => {
            issues.push(issue);
            None
        }
    };
    if let (Some(state), Some(tenant)) = (&state, tenant) {
        let authorized = match state.option {
            AudienceOption::All => true,
            AudienceOption::Specific => state.lists(tenant),
            AudienceOption::None => false,
        };
        if !authorized {
            issues.push(
                Issue::error(IssueCode::PartnerNotAuthorized)
                    .at(&["partner", "tenantId"])
                    .param("tenantId", tenant.to_canonical())
                    .param("option", state.option.as_str())
                    .build(locale),
            );
        }
    }
    let seller = resolve_market(&partner.country, &["partner", "country"], locale, &mut issues);
    let customer = resolve_market(customer_country, &["customerCountry"], locale, &mut issues);
    if let Some(code) = customer.and_then(|c| marketplace_limit(c.country, &options.plan_kind)) {
        let market = customer.map_or(("", ""), |c| (c.country, c.name));
        issues.push(
            Issue::error(code)
                .at(&["customerCountry"])
                .param("country", market.0)
                .param("countryName", market.1)
                .build(locale),
        );
    }
    if let (Some(seller), Some(customer)) = (seller, customer) {
        issues.extend(same_region(seller, customer, &["customerCountry"], locale));
    }
    CheckResult::from_issues(issues)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audience::Partner;

    const A: &str = "a2898e3a-06ca-454e-a0d0-c73b0ee36bba";
    const B: &str = "484e548c-f5f3-4528-93a9-c16c6373cb59";

    fn seller(id: &str, country: &str) -> SellingPartner {
        SellingPartner { tenant_id: id.into(), country: country.into() }
    }

    fn codes(r: &CheckResult) -> Vec<IssueCode> {
        r.issues.iter().map(|i| i.code).collect()
    }

    #[test]
    fn reg_4_any_partner_sells_within_its_region() {
        let en = SaleOptions::default();
        let all = AudienceState::new(AudienceOption::All, vec![], true, &[]);
        assert!(check_authorized_sale(&all, &seller(A, "FR"), &"DE".into(), &en).ok);
        let r = check_authorized_sale(&all, &seller(A, "US"), &"GB".into(), &en);
        assert_eq!(codes(&r), [IssueCode::RegionMismatch]);
        assert_eq!(r.issues[0].path, vec!["customerCountry".into()]);
    }

    #[test]
    fn reg_4_specific_audience_lists_the_partner() {
        let en = SaleOptions::default();
        let specific = AudienceState::new(AudienceOption::Specific, vec![Partner::new(A)], true, &[]);
        assert!(
            check_authorized_sale(
                &specific,
                &seller(&format!("{{{}}}", A.to_uppercase()), "FR"),
                &"IT".into(),
                &en
            )
            .ok
        );
        let r =
            check_authorized_sale(&specific, &seller(B, "FR"), &"IT".into(), &SaleOptions::with_locale("fr"));
        assert_eq!(codes(&r), [IssueCode::PartnerNotAuthorized]);
        assert_eq!(r.issues[0].path, vec!["partner".into(), "tenantId".into()]);
        assert!(r.issues[0].message.contains(B), "{}", r.issues[0].message);
        let none = AudienceState::new(AudienceOption::None, vec![], true, &[]);
        assert_eq!(
            codes(&check_authorized_sale(&none, &seller(A, "FR"), &"FR".into(), &en)),
            [IssueCode::PartnerNotAuthorized]
        );
        let r = check_authorized_sale(&specific, &seller(B, "BR"), &"AR".into(), &en);
        assert_eq!(
            codes(&r),
            [IssueCode::PartnerNotAuthorized, IssueCode::RegionMismatch],
            "both reasons are given"
        );
    }

    #[test]
    fn reg_4_marketplace_geographies() {
        // Source: kvamseek/partner-center, marketplace/marketplace-geo-availability-currencies.md (2023-05-31):
        // Korea (South) "not supported in the CSP channel"; China "free and BYOL VM images only"; 141 geographies.
        let en = SaleOptions::default();
        let all = AudienceState::new(AudienceOption::All, vec![], true, &[]);
        let r = check_authorized_sale(&all, &seller(A, "KR"), &"KR".into(), &en);
        assert_eq!(codes(&r), [IssueCode::CspChannelUnavailable]);
        assert_eq!(r.issues[0].path, vec!["customerCountry".into()]);
        assert!(r.issues[0].message.contains("CSP channel"), "{}", r.issues[0].message);
        let plan = |kind: &str| SaleOptions { plan_kind: kind.into(), ..SaleOptions::default() };
        assert_eq!(
            codes(&check_authorized_sale(&all, &seller(A, "CN"), &"CN".into(), &en)),
            [IssueCode::FreeOrByolOnly]
        );
        assert_eq!(
            codes(&check_authorized_sale(&all, &seller(A, "CN"), &"CN".into(), &plan("payg"))),
            [IssueCode::FreeOrByolOnly]
        );
        for ok in ["free", "BYOL", " byol "] {
            assert!(check_authorized_sale(&all, &seller(A, "CN"), &"CN".into(), &plan(ok)).ok, "{ok}");
        }
        // A CSP market outside the marketplace's geographies (Jersey, in the partner's region Europe).
        let r = check_authorized_sale(&all, &seller(A, "FR"), &"JE".into(), &en);
        assert_eq!(codes(&r), [IssueCode::MarketplaceUnavailable]);
        assert_eq!(r.issues[0].params.get("countryName"), Some(&"Jersey".into()));
        assert!(check_authorized_sale(&all, &seller(A, "US"), &"US".into(), &plan("payg")).ok);
        assert_eq!(geographies::GEOGRAPHIES.len(), 2 * 142);
    }

    #[test]
    fn reg_4_bad_input() {
        let en = SaleOptions::default();
        let all = AudienceState::new(AudienceOption::All, vec![], true, &[]);
        let r = check_authorized_sale(&all, &seller("x", "ZZ"), &Text::Missing, &en);
        assert_eq!(codes(&r), [IssueCode::TenantIdFormat, IssueCode::UnknownCountry, IssueCode::Required]);
        let r = check_authorized_sale(&AudienceState::default(), &seller(A, "FR"), &"FR".into(), &en);
        assert_eq!(codes(&r), [IssueCode::InvalidState]);
        assert_eq!(r.issues[0].path, vec!["audience".into(), "option".into()]);
    }
}
