//! AUD-2 and AUD-3: planning a change of the CSP reseller audience before anyone files a ticket —
//! what it takes (`via`), the audience that results, whether the change must be synced or published,
//! and, where Microsoft must make the change, the support request prefilled in the user's locale.
//!
//! | offer | from → to | via |
//! |---|---|---|
//! | unpublished | any change | `direct` (save draft, then publish: `requiresPublish`) |
//! | published | `none` → `all` / `specific` | `direct` (`requiresSync`) |
//! | published | `specific` → `specific`, partners added only | `direct` (`requiresSync`) |
//! | published | `specific` → `specific`, a partner removed | `supportRequest`; `blocked` if a removed partner resold |
//! | published | `all` → `specific` | `supportRequest`; partners who resold are kept (warning) |
//! | published | `all` → `none` | `supportRequest`; `blocked` if anyone resold |
//! | published | `specific` → `all` | `supportRequest` |
//! | published | `specific` → `none` | `supportRequest`; `blocked` if a listed partner resold |
//! | any | same option (and same partners) | `noChange` |

use super::{
    check_partners, check_state, AudienceOption, AudienceState, CheckedPartner, CheckedState, Judge, Report,
};
use crate::input::{Loose, Text};
use crate::issue::{no_errors, Issue, IssueCode};
use crate::locale::Locale;
use crate::messages::{audience_text, AudienceText};
use crate::tenant_id::TenantId;
use serde::Serialize;
use std::collections::HashSet;

use super::Partner;
use crate::input::List;

/// The Partner Center support request page (the publisher-support link of the documentation).
pub const SUPPORT_URL: &str = "https://go.microsoft.com/fwlink/?linkid=2165533";

/// Longest `target.option` read (characters; the options are 3 to 8): longer is `too_long`, not echoed.
const OPTION_MAX: usize = 64;

crate::input_struct! {
    /// The audience wanted: an option and, with `specific`, the partners (ignored with other options).
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct AudienceTarget {
        #[cfg_attr(target_arch = "wasm32", tsify(type = "AudienceOption"))]
        pub option: Text = "option",
        #[serde(skip_serializing_if = "is_missing_list")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "Partner[]"))]
        pub partners: List<Loose<Partner>> = "partners",
    }
}

crate::deserialize_via_value!(AudienceTarget);

fn is_missing_list<T>(list: &List<T>) -> bool {
    matches!(list, List::Missing)
}

impl AudienceTarget {
    pub fn new(option: AudienceOption, partners: Vec<Partner>) -> AudienceTarget {
        AudienceTarget {
            option: option.as_str().into(),
            partners: List::Items(partners.into_iter().map(Loose::Value).collect()),
        }
    }
}

crate::input_struct! {
    /// Options of `planAudienceChange`.
    #[derive(Debug, Clone, Default, PartialEq)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase", default))]
    pub struct AudiencePlanOptions {
        /// BCP-47 tag of the messages and of the support request (`"fr-CA"` → French); English by default.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub locale: Text = "locale",
        /// The category of the offer, copied into the support request ("the category that refers to your offer").
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub offer_category: Text = "offerCategory",
    }
}

crate::deserialize_via_value!(AudiencePlanOptions);

impl AudiencePlanOptions {
    pub fn locale(&self) -> Locale {
        self.locale.as_str().map(Locale::negotiate).unwrap_or_default()
    }
}

/// How a change is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Via {
    /// The target is the current audience.
    NoChange,
    /// The publisher makes the change in Partner Center.
    Direct,
    /// Only Microsoft support can make it: file the prefilled `supportRequest`.
    SupportRequest,
    /// It can't be made (a partner already resold the offer, or the input is invalid): see `issues`.
    Blocked,
}

/// The support request to file (AUD-3), prefilled as the documentation says, in the user's locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SupportRequest {
    /// Where to file it.
    pub url: String,
    /// "Select the product version": Live offer management.
    pub product_version: String,
    /// "Select a category that best describes the issue": the offer's category (`options.offerCategory`), left out when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub category: Option<String>,
    /// "Select a problem that best describes the issue": Update existing offer.
    pub problem: String,
    /// The issue title: Deauthorize CSP.
    pub title: String,
    /// The issue description: the change asked for and the tenant IDs involved, one statement per line.
    pub description: String,
    /// The Microsoft Entra tenant IDs the request names.
    pub tenant_ids: Vec<String>,
}

/// The answer of `planAudienceChange` (AUD-2).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AudiencePlan {
    /// `false` when the change is blocked (errors in `issues`).
    pub ok: bool,
    pub issues: Vec<Issue>,
    pub via: Via,
    /// The audience once the change is made (normalized); the unchanged state when blocked.
    pub next: AudienceState,
    /// Partners were added to a live offer: select "Sync CSP audience".
    pub requires_sync: bool,
    /// The offer is not published yet: save the draft, then publish the offer.
    pub requires_publish: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub support_request: Option<SupportRequest>,
}

fn ids(partners: &[&CheckedPartner]) -> Vec<String> {
    partners.iter().map(|p| p.tenant_id.clone()).collect()
}

fn option_label(option: AudienceOption, locale: Locale) -> &'static str {
    audience_text(
        match option {
            AudienceOption::All => AudienceText::OptionAll,
            AudienceOption::Specific => AudienceText::OptionSpecific,
            AudienceOption::None => AudienceText::OptionNone,
        },
        locale,
    )
}

/// Builds the description line by line.
struct Description {
    locale: Locale,
    lines: Vec<String>,
}

impl Description {
    fn line(&mut self, key: AudienceText, params: &[(&str, String)]) {
        self.lines.push(crate::messages::audience_fill(key, self.locale, params));
    }

    fn change(&mut self, from: AudienceOption, to: AudienceOption) {
        let (from, to) =
            (option_label(from, self.locale).to_owned(), option_label(to, self.locale).to_owned());
        self.line(AudienceText::ChangeOption, &[("from", from), ("to", to)]);
    }

    fn list(&mut self, key: AudienceText, tenant_ids: &[String]) {
        if !tenant_ids.is_empty() {
            self.line(key, &[("tenantIds", tenant_ids.join(", "))]);
        }
    }
}

/// What the published-offer rules decided.
enum Decision {
    Direct,
    Support { description: Vec<String>, tenant_ids: Vec<String>, sync: bool },
    Blocked(Vec<Issue>),
}

/// `partner_has_resold` for each partner in `partners` who resold.
fn resold_issues(
    from: &CheckedState,
    partners: &[&CheckedPartner],
    extra: &[TenantId],
    at: &[&str],
    locale: Locale,
) -> Vec<Issue> {
    let mut out = Vec::new();
    for p in partners.iter().filter(|p| from.has_resold(p.id)) {
        let mut b = Issue::error(IssueCode::PartnerHasResold).at(at).param("tenantId", p.tenant_id.as_str());
        if let Some(name) = &p.name {
            b = b.param("name", name.as_str());
        }
        out.push(b.build(locale));
    }
    for id in extra {
        out.push(
            Issue::error(IssueCode::PartnerHasResold)
                .at(at)
                .param("tenantId", id.to_canonical())
                .build(locale),
        );
    }
    out
}

/// AUD-2: what changing the audience from `state` to `target` takes, and the resulting audience.
pub fn plan_audience_change(
    state: &AudienceState,
    target: &AudienceTarget,
    options: &AudiencePlanOptions,
) -> AudiencePlan {
    let locale = options.locale();
    let mut report = Report::new(locale);
    let from = check_state(state, "state", &mut report);
    let to = match target.option.read(&["target", "option"], locale) {
        Err(issue) => {
            report.issues.push(issue);
            None
        }
        Ok(None) => {
            report.issues.push(Issue::error(IssueCode::Required).at(&["target", "option"]).build(locale));
            None
        }
        Ok(Some(value)) if value.chars().count() > OPTION_MAX => {
            report.issues.push(
                Issue::error(IssueCode::TooLong)
                    .at(&["target", "option"])
                    .param("max", OPTION_MAX)
                    .build(locale),
            );
            None
        }
        Ok(Some(value)) => {
            let option = AudienceOption::parse(&value);
            if option.is_none() {
                report.issues.push(
                    Issue::error(IssueCode::InvalidType)
                        .at(&["target", "option"])
                        .param("expected", "\"all\" | \"specific\" | \"none\"")
                        .param("received", format!("\"{}\"", crate::tenant_id::echo(&value)))
                        .build(locale),
                );
            }
            option
        }
    };
    let wanted = if to == Some(AudienceOption::Specific) {
        check_partners(&target.partners, "target", Judge::Input, &mut report)
    } else {
        Vec::new()
    };
    let (Some(from), Some(to), false) = (from, to, report.has_errors()) else {
        return AudiencePlan {
            ok: false,
            issues: report.issues,
            via: Via::Blocked,
            next: state.clone(),
            requires_sync: false,
            requires_publish: false,
            support_request: None,
        };
    };
    let mut issues = report.issues;
    let blocked = |issues: Vec<Issue>, from: &CheckedState| AudiencePlan {
        ok: false,
        issues,
        via: Via::Blocked,
        next: from.to_state(),
        requires_sync: false,
        requires_publish: false,
        support_request: None,
    };

    // The partners of the result: the target's (names and countries completed from the state), plus,
    // from `all` on a live offer, the partners who resold (they can't lose the offer).
    let wanted_ids: HashSet<TenantId> = wanted.iter().map(|p| p.id).collect();
    let same = from.option == to
        && (to != AudienceOption::Specific
            || (wanted.len() == from.partners.len()
                && from.partners.iter().all(|p| wanted_ids.contains(&p.id))));
    if same {
        return AudiencePlan {
            ok: no_errors(&issues),
            issues,
            via: Via::NoChange,
            next: from.to_state(),
            requires_sync: false,
            requires_publish: false,
            support_request: None,
        };
    }
    let mut next_partners: Vec<CheckedPartner> = wanted
        .iter()
        .map(|p| {
            let known = from.partner(p.id);
            CheckedPartner {
                name: p.name.clone().or_else(|| known.and_then(|k| k.name.clone())),
                country: p.country.clone().or_else(|| known.and_then(|k| k.country.clone())),
                ..p.clone()
            }
        })
        .collect();
    let mut kept = Vec::new();
    if to == AudienceOption::Specific && from.published && from.option == AudienceOption::All {
        for id in from.resold.iter().filter(|id| !wanted_ids.contains(id)) {
            kept.push(id.to_canonical());
            next_partners.push(CheckedPartner {
                id: *id,
                tenant_id: id.to_canonical(),
                name: None,
                country: None,
            });
        }
    }
    if to == AudienceOption::Specific && next_partners.is_empty() {
        issues.push(Issue::error(IssueCode::Required).at(&["target", "partners"]).build(locale));
        return blocked(issues, &from);
    }
    if !kept.is_empty() {
        issues.push(
            Issue::warning(IssueCode::ResoldPartnersKept)
                .at(&["target", "partners"])
                .param("count", kept.len())
                .param("tenantIds", kept.join(", "))
                .build(locale),
        );
    }
    let next = CheckedState::new(
        to,
        if to == AudienceOption::Specific { next_partners } else { Vec::new() },
        from.published,
        from.resold.clone(),
    );

    if !from.published {
        return AudiencePlan {
            ok: no_errors(&issues),
            issues,
            via: Via::Direct,
            next: next.to_state(),
            requires_sync: false,
            requires_publish: true,
            support_request: None,
        };
    }

    let mut text = Description { locale, lines: Vec::new() };
    let decision = match (from.option, to) {
        (AudienceOption::None, _) => Decision::Direct,
        (AudienceOption::Specific, AudienceOption::Specific) => {
            let removed: Vec<&CheckedPartner> =
                from.partners.iter().filter(|p| !wanted_ids.contains(&p.id)).collect();
            let added: Vec<&CheckedPartner> = next.partners.iter().filter(|p| !from.lists(p.id)).collect();
            let resold = resold_issues(&from, &removed, &[], &["target", "partners"], locale);
            if !resold.is_empty() {
                Decision::Blocked(resold)
            } else if removed.is_empty() {
                Decision::Direct
            } else {
                text.line(AudienceText::RemoveFromList, &[("option", option_label(to, locale).to_owned())]);
                text.list(AudienceText::RemovePartners, &ids(&removed));
                text.line(AudienceText::NoneResold, &[]);
                text.list(AudienceText::AddedPartners, &ids(&added));
                Decision::Support {
                    description: text.lines,
                    tenant_ids: ids(&removed),
                    sync: !added.is_empty(),
                }
            }
        }
        (AudienceOption::All, AudienceOption::Specific) => {
            text.change(from.option, to);
            let all: Vec<&CheckedPartner> = next.partners.iter().collect();
            text.list(AudienceText::KeepPartners, &ids(&all));
            text.list(AudienceText::KeptResold, &kept);
            Decision::Support { description: text.lines, tenant_ids: ids(&all), sync: false }
        }
        (AudienceOption::All, _) => {
            // `all` → `none` (`all` → `all` is no change).
            if from.resold.is_empty() {
                text.change(from.option, to);
                text.line(AudienceText::NobodyResold, &[]);
                Decision::Support { description: text.lines, tenant_ids: Vec::new(), sync: false }
            } else {
                Decision::Blocked(resold_issues(&from, &[], &from.resold, &["target", "option"], locale))
            }
        }
        (AudienceOption::Specific, _) => {
            let listed: Vec<&CheckedPartner> = from.partners.iter().collect();
            text.change(from.option, to);
            if to == AudienceOption::All {
                text.list(AudienceText::CurrentPartners, &ids(&listed));
                Decision::Support { description: text.lines, tenant_ids: ids(&listed), sync: false }
            } else {
                let resold = resold_issues(&from, &listed, &[], &["target", "option"], locale);
                if resold.is_empty() {
                    text.list(AudienceText::RemovePartners, &ids(&listed));
                    text.line(AudienceText::NoneResold, &[]);
                    Decision::Support { description: text.lines, tenant_ids: ids(&listed), sync: false }
                } else {
                    Decision::Blocked(resold)
                }
            }
        }
    };
    match decision {
        Decision::Direct => AudiencePlan {
            ok: no_errors(&issues),
            issues,
            via: Via::Direct,
            next: next.to_state(),
            requires_sync: true,
            requires_publish: false,
            support_request: None,
        },
        Decision::Blocked(resold) => {
            // A blocked change reports why, not the warnings of the result it would have had.
            issues.retain(|i| i.code != IssueCode::ResoldPartnersKept);
            issues.extend(resold);
            blocked(issues, &from)
        }
        Decision::Support { description, tenant_ids, sync } => {
            let category = options.offer_category.normalized().filter(|c| !c.is_empty());
            let request = SupportRequest {
                url: SUPPORT_URL.to_owned(),
                product_version: audience_text(AudienceText::ProductVersion, locale).to_owned(),
                category,
                problem: audience_text(AudienceText::Problem, locale).to_owned(),
                title: audience_text(AudienceText::Title, locale).to_owned(),
                description: description.join("\n"),
                tenant_ids,
            };
            AudiencePlan {
                ok: no_errors(&issues),
                issues,
                via: Via::SupportRequest,
                next: next.to_state(),
                requires_sync: sync,
                requires_publish: false,
                support_request: Some(request),
            }
        }
    }
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
