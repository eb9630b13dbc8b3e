//! REG-4: may this CSP partner sell this offer to this customer? The offer's audience must let the
//! partner resell it (`all`, or `specific` with the partner listed), and the customer's tenant country
//! must be in the partner's CSP region (an authorized partner sells to any customer of its region).
//! Whether the offer is published is not judged here.

use super::{check_state, AudienceOption, AudienceState, Report};
use crate::input::{Options, Text};
use crate::issue::{CheckResult, Issue, IssueCode};
use crate::regions::{resolve_market, same_region};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The partner who wants to sell: its tenant ID and the country of its CSP account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct SellingPartner {
    #[tsify(type = "string")]
    pub tenant_id: Text,
    #[tsify(type = "string")]
    pub country: Text,
}

/// REG-4 (`checkAuthorizedSale`).
pub fn check_authorized_sale(audience: &AudienceState, partner: &SellingPartner, customer_country: &Text, options: &Options) -> CheckResult {
    let locale = options.locale();
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
        let en = Options::default();
        let all = AudienceState::new(AudienceOption::All, vec![], true, &[]);
        assert!(check_authorized_sale(&all, &seller(A, "FR"), &"DE".into(), &en).ok);
        let r = check_authorized_sale(&all, &seller(A, "US"), &"GB".into(), &en);
        assert_eq!(codes(&r), [IssueCode::RegionMismatch]);
        assert_eq!(r.issues[0].path, vec!["customerCountry".into()]);
    }

    #[test]
    fn reg_4_specific_audience_lists_the_partner() {
        let en = Options::default();
        let specific = AudienceState::new(AudienceOption::Specific, vec![Partner::new(A)], true, &[]);
        assert!(check_authorized_sale(&specific, &seller(&format!("{{{}}}", A.to_uppercase()), "FR"), &"IT".into(), &en).ok);
        let r = check_authorized_sale(&specific, &seller(B, "FR"), &"IT".into(), &Options::with_locale("fr"));
        assert_eq!(codes(&r), [IssueCode::PartnerNotAuthorized]);
        assert_eq!(r.issues[0].path, vec!["partner".into(), "tenantId".into()]);
        assert!(r.issues[0].message.contains(B), "{}", r.issues[0].message);
        let none = AudienceState::new(AudienceOption::None, vec![], true, &[]);
        assert_eq!(codes(&check_authorized_sale(&none, &seller(A, "FR"), &"FR".into(), &en)), [IssueCode::PartnerNotAuthorized]);
        let r = check_authorized_sale(&specific, &seller(B, "BR"), &"AR".into(), &en);
        assert_eq!(codes(&r), [IssueCode::PartnerNotAuthorized, IssueCode::RegionMismatch], "both reasons are given");
    }

    #[test]
    fn reg_4_bad_input() {
        let en = Options::default();
        let all = AudienceState::new(AudienceOption::All, vec![], true, &[]);
        let r = check_authorized_sale(&all, &seller("x", "ZZ"), &Text::Missing, &en);
        assert_eq!(codes(&r), [IssueCode::TenantIdFormat, IssueCode::UnknownCountry, IssueCode::Required]);
        let r = check_authorized_sale(&AudienceState::default(), &seller(A, "FR"), &"FR".into(), &en);
        assert_eq!(codes(&r), [IssueCode::InvalidState]);
        assert_eq!(r.issues[0].path, vec!["audience".into(), "option".into()]);
    }
}
