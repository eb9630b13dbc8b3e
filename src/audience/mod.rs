//! The CSP reseller audience of a marketplace offer (SPEC §6, seed 004): which CSP partners may
//! resell a publisher's offer, and how that choice may change once the offer is live.
//!
//! - [`audience_eligibility`], [`audience_start`]: AUD-1, which offers can be sold through CSP partners.
//! - [`plan_audience_change`]: AUD-2/AUD-3, what a change of audience takes (nothing, a direct edit,
//!   a support request, or nothing possible) and the prefilled support request.
//! - [`validate_audience_listing`]: AUD-4, the CSP listing (marketing materials, contact).
//! - [`check_authorized_sale`]: REG-4, may this partner sell this offer to this customer.
//! - Tenant IDs (AUD-5) are in [`crate::tenant_id`], the partner CSV in [`crate::partner_csv`].
//!
//! States are plain serializable values; every function reads them leniently (any JS value) and
//! reports a state that breaks an invariant with `invalid_state` instead of guessing.

mod listing;
mod plan;
mod sale;

pub use crate::input::{Count, Flag, List};
pub use listing::{validate_audience_listing, AudienceListing, CspContact};
pub use plan::{
    plan_audience_change, AudiencePlan, AudiencePlanOptions, AudienceTarget, SupportRequest, Via,
};
pub use sale::{check_authorized_sale, SaleOptions, SellingPartner};

use crate::input::{collapse_whitespace, Loose, Options, Text};
use crate::issue::{CheckResult, Issue, IssueCode, PathSegment};
use crate::locale::Locale;
use crate::tenant_id::TenantId;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Longest partner name kept (characters), in a state, a target or a CSV row.
pub const PARTNER_NAME_MAX: usize = 256;

/// The three choices of the "CSP reseller audience" module (JS values `"all"`, `"specific"`, `"none"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum AudienceOption {
    /// Option 1: any partner in the CSP program.
    All,
    /// Option 2: specific partners in the CSP program I select.
    Specific,
    /// Option 3: no partners in the CSP program.
    None,
}

impl AudienceOption {
    /// The JS value.
    pub fn as_str(self) -> &'static str {
        match self {
            AudienceOption::All => "all",
            AudienceOption::Specific => "specific",
            AudienceOption::None => "none",
        }
    }

    /// Reads `"all"`, `"specific"`, `"none"` (trimmed, any case).
    pub fn parse(s: &str) -> Option<AudienceOption> {
        let s = s.trim();
        [AudienceOption::All, AudienceOption::Specific, AudienceOption::None]
            .into_iter()
            .find(|o| o.as_str().eq_ignore_ascii_case(s))
    }
}

crate::input_struct! {
    /// A CSP partner in an audience: its Microsoft Entra tenant ID, and optionally its name and country
    /// (ISO 3166-1 alpha-2) as Partner Center shows them.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct Partner {
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub tenant_id: Text = "tenantId",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub name: Text = "name",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub country: Text = "country",
    }
}

crate::deserialize_via_value!(Partner);

impl Partner {
    /// A partner known by its tenant ID only.
    pub fn new(tenant_id: &str) -> Partner {
        Partner { tenant_id: tenant_id.into(), ..Partner::default() }
    }

    /// The same partner with a name.
    pub fn with_name(mut self, name: &str) -> Partner {
        self.name = name.into();
        self
    }

    /// The same partner with a country.
    pub fn with_country(mut self, country: &str) -> Partner {
        self.country = country.into();
        self
    }
}

crate::input_struct! {
    /// The CSP reseller audience of an offer (SPEC §6): the option, the selected partners (only with
    /// `specific`), whether the offer is published, and the tenant IDs of the partners who have already
    /// resold it to customers.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct AudienceState {
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "AudienceOption"))]
        pub option: Text = "option",
        #[cfg_attr(target_arch = "wasm32", tsify(type = "Partner[]"))]
        pub partners: List<Loose<Partner>> = "partners",
        #[cfg_attr(target_arch = "wasm32", tsify(type = "boolean"))]
        pub published: Flag = "published",
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string[]"))]
        pub resold: List<Text> = "resold",
    }
}

crate::deserialize_via_value!(AudienceState);

impl AudienceState {
    /// A state from plain values (the server side builds states this way).
    pub fn new(
        option: AudienceOption,
        partners: Vec<Partner>,
        published: bool,
        resold: &[&str],
    ) -> AudienceState {
        AudienceState {
            option: option.as_str().into(),
            partners: List::Items(partners.into_iter().map(Loose::Value).collect()),
            published: Flag::Bool(published),
            resold: List::Items(resold.iter().map(|&s| Text::from(s)).collect()),
        }
    }
}

/// A partner after checking: normalized fields and its parsed tenant ID.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CheckedPartner {
    pub id: TenantId,
    pub tenant_id: String,
    pub name: Option<String>,
    pub country: Option<String>,
}

impl CheckedPartner {
    pub fn to_partner(&self) -> Partner {
        Partner {
            tenant_id: Text::Str(self.tenant_id.clone()),
            name: self.name.clone().map(Text::Str).unwrap_or_default(),
            country: self.country.clone().map(Text::Str).unwrap_or_default(),
        }
    }
}

/// A state that satisfies every invariant, with normalized values, and hash indexes of its partners
/// and of who resold, so every look-up is O(1) and planning stays linear in the size of the lists.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CheckedState {
    pub option: AudienceOption,
    pub partners: Vec<CheckedPartner>,
    pub published: bool,
    pub resold: Vec<TenantId>,
    listed: HashMap<TenantId, usize>,
    resold_set: HashSet<TenantId>,
}

impl CheckedState {
    pub fn new(
        option: AudienceOption,
        partners: Vec<CheckedPartner>,
        published: bool,
        resold: Vec<TenantId>,
    ) -> CheckedState {
        let listed = partners.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        let resold_set = resold.iter().copied().collect();
        CheckedState { option, partners, published, resold, listed, resold_set }
    }

    /// The listed partner with this tenant ID.
    pub fn partner(&self, id: TenantId) -> Option<&CheckedPartner> {
        self.listed.get(&id).and_then(|&i| self.partners.get(i))
    }

    /// The state as stored (normalized).
    pub fn to_state(&self) -> AudienceState {
        AudienceState {
            option: self.option.as_str().into(),
            partners: List::Items(self.partners.iter().map(|p| Loose::Value(p.to_partner())).collect()),
            published: Flag::Bool(self.published),
            resold: List::Items(self.resold.iter().map(|id| Text::Str(id.to_canonical())).collect()),
        }
    }

    pub fn lists(&self, id: TenantId) -> bool {
        self.listed.contains_key(&id)
    }

    pub fn has_resold(&self, id: TenantId) -> bool {
        self.resold_set.contains(&id)
    }
}

/// Path from a root key and further segments.
pub(crate) fn path(root: &str, rest: &[PathSegment]) -> Vec<PathSegment> {
    let mut p = vec![PathSegment::from(root)];
    p.extend_from_slice(rest);
    p
}

fn index(i: usize) -> PathSegment {
    PathSegment::Index(u32::try_from(i).unwrap_or(u32::MAX))
}

fn dotted(segments: &[PathSegment]) -> String {
    segments
        .iter()
        .map(|s| match s {
            PathSegment::Key(k) => k.clone(),
            PathSegment::Index(i) => i.to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// How a partner list is judged: a stored state (any problem is `invalid_state`) or a user's input
/// (`tenant_id_format`, `unknown_country`, … at the field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Judge {
    State,
    Input,
}

/// Collects the issues of one check in one locale.
pub(crate) struct Report {
    pub locale: Locale,
    pub issues: Vec<Issue>,
}

impl Report {
    pub fn new(locale: Locale) -> Report {
        Report { locale, issues: Vec::new() }
    }

    /// `invalid_state` at `root.field…`, naming the field.
    pub fn invalid_state(&mut self, root: &str, field: &[PathSegment]) {
        let name = if field.is_empty() { root.to_owned() } else { dotted(field) };
        self.issues.push(
            Issue::error(IssueCode::InvalidState)
                .at_path(path(root, field))
                .param("field", name)
                .build(self.locale),
        );
    }

    pub fn has_errors(&self) -> bool {
        self.issues.iter().any(Issue::is_error)
    }
}

/// Reads a partner name: collapsed white space, at most [`PARTNER_NAME_MAX`] characters.
pub(crate) fn clean_name(text: &Text) -> Result<Option<String>, ()> {
    match text {
        Text::Missing => Ok(None),
        Text::Str(s) => {
            let s = collapse_whitespace(s);
            if s.chars().count() > PARTNER_NAME_MAX {
                Err(())
            } else {
                Ok((!s.is_empty()).then_some(s))
            }
        }
        _ => Err(()),
    }
}

/// Reads a partner country: an ISO code that is a CSP market, upper-cased.
pub(crate) fn clean_country(text: &Text) -> Result<Option<String>, ()> {
    match text {
        Text::Missing => Ok(None),
        Text::Str(s) if s.trim().is_empty() => Ok(None),
        Text::Str(s) => crate::markets::find(s).map(|m| Some(m.country.to_owned())).ok_or(()),
        _ => Err(()),
    }
}

/// Reads a list of partners under `root` (`"state"` → `state.partners.2.tenantId`). Bad entries are
/// reported and left out; duplicates are an error in a state and a warning (kept once) in an input.
pub(crate) fn check_partners(
    list: &List<Loose<Partner>>,
    root: &str,
    judge: Judge,
    report: &mut Report,
) -> Vec<CheckedPartner> {
    let key = PathSegment::from("partners");
    let Some(items) = list.items() else {
        match judge {
            Judge::State => report.invalid_state(root, &[key]),
            Judge::Input => report.issues.push(
                Issue::error(IssueCode::InvalidType)
                    .at_path(path(root, &[key]))
                    .param("expected", "array")
                    .param("received", list_kind(list))
                    .build(report.locale),
            ),
        }
        return Vec::new();
    };
    let mut seen: HashSet<TenantId> = HashSet::with_capacity(items.len());
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at = |field: &str| -> Vec<PathSegment> {
            let mut p = vec![key.clone(), index(i)];
            if !field.is_empty() {
                p.push(field.into());
            }
            p
        };
        let Loose::Value(partner) = item else {
            match judge {
                Judge::State => report.invalid_state(root, &at("")),
                Judge::Input => report.issues.push(
                    Issue::error(IssueCode::InvalidType)
                        .at_path(path(root, &at("")))
                        .param("expected", "object")
                        .param("received", received_kind(item))
                        .build(report.locale),
                ),
            }
            continue;
        };
        let id = partner.tenant_id.as_str().and_then(TenantId::parse);
        let name = clean_name(&partner.name);
        let country = clean_country(&partner.country);
        let mut bad = false;
        match judge {
            Judge::State => {
                for (ok, field) in
                    [(id.is_some(), "tenantId"), (name.is_ok(), "name"), (country.is_ok(), "country")]
                {
                    if !ok {
                        report.invalid_state(root, &at(field));
                        bad = true;
                    }
                }
            }
            Judge::Input => {
                if id.is_none() {
                    let issue = match partner.tenant_id.read(&[], report.locale) {
                        Err(issue) => issue,
                        Ok(None) => Issue::error(IssueCode::Required).build(report.locale),
                        Ok(Some(v)) => {
                            crate::tenant_id::format_issue(&v, Vec::new(), true).build(report.locale)
                        }
                    };
                    report.issues.push(Issue { path: path(root, &at("tenantId")), ..issue });
                    bad = true;
                }
                if name.is_err() {
                    report.issues.push(
                        Issue::error(IssueCode::TooLong)
                            .at_path(path(root, &at("name")))
                            .param("max", PARTNER_NAME_MAX)
                            .build(report.locale),
                    );
                    bad = true;
                }
                if country.is_err() {
                    let mut sink = Vec::new();
                    crate::regions::resolve_market(&partner.country, &[], report.locale, &mut sink);
                    report.issues.extend(
                        sink.into_iter().map(|issue| Issue { path: path(root, &at("country")), ..issue }),
                    );
                    bad = true;
                }
            }
        }
        let (Some(id), false) = (id, bad) else { continue };
        if !seen.insert(id) {
            match judge {
                Judge::State => report.invalid_state(root, &at("tenantId")),
                Judge::Input => report.issues.push(
                    Issue::warning(IssueCode::DuplicatePartner)
                        .at_path(path(root, &at("tenantId")))
                        .param("tenantId", id.to_canonical())
                        .build(report.locale),
                ),
            }
            continue;
        }
        out.push(CheckedPartner {
            id,
            tenant_id: id.to_canonical(),
            name: name.ok().flatten(),
            country: country.ok().flatten(),
        });
    }
    out
}

/// What an element of a partner list holds when it is not an object: its kind (`null` when empty).
fn received_kind<T>(item: &Loose<T>) -> &'static str {
    match item {
        Loose::Invalid(kind) => kind.name(),
        _ => "null",
    }
}

fn list_kind<T>(list: &List<T>) -> &'static str {
    match list {
        List::Invalid(kind) => kind.name(),
        _ => "array",
    }
}

/// Checks a stored state (AUD-2 invariants): a known option; `partners` an array of valid, unique
/// partners, empty unless `specific`; `resold` valid unique tenant IDs, empty on an unpublished offer,
/// empty with `none`, and all listed with `specific` (a partner outside the list could not have resold).
/// `None` (with `invalid_state` issues at `root`) when it breaks any.
pub(crate) fn check_state(state: &AudienceState, root: &str, report: &mut Report) -> Option<CheckedState> {
    let before = report.issues.len();
    let option = state.option.as_str().and_then(AudienceOption::parse);
    if option.is_none() {
        report.invalid_state(root, &["option".into()]);
    }
    let published = state.published.get();
    if published.is_none() {
        report.invalid_state(root, &["published".into()]);
    }
    let partners = check_partners(&state.partners, root, Judge::State, report);
    let mut resold = Vec::new();
    let mut seen = HashSet::new();
    match state.resold.items() {
        None => report.invalid_state(root, &["resold".into()]),
        Some(items) => {
            for (i, item) in items.iter().enumerate() {
                match item.as_str().and_then(TenantId::parse) {
                    Some(id) if seen.insert(id) => resold.push(id),
                    _ => report.invalid_state(root, &["resold".into(), index(i)]),
                }
            }
        }
    }
    let (Some(option), Some(published)) = (option, published) else { return None };
    if report.issues.len() > before {
        return None;
    }
    if option != AudienceOption::Specific && !partners.is_empty() {
        report.invalid_state(root, &["partners".into()]);
    }
    if !resold.is_empty() {
        let ids: HashSet<TenantId> = partners.iter().map(|p| p.id).collect();
        let listed = |id: &TenantId| ids.contains(id);
        let consistent = published
            && match option {
                AudienceOption::All => true,
                AudienceOption::Specific => resold.iter().all(listed),
                AudienceOption::None => false,
            };
        if !consistent {
            report.invalid_state(root, &["resold".into()]);
        }
    }
    (report.issues.len() == before).then(|| CheckedState::new(option, partners, published, resold))
}

crate::input_struct! {
    /// The offer as AUD-1 needs it.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct OfferInfo {
        /// `saas`, `virtualMachine`, `solutionTemplate`, `managedApplication`, `dynamics365BusinessCentral`,
        /// `container` (eligible); `consultingService`, `powerBiApp`, … (not eligible).
        #[cfg_attr(target_arch = "wasm32", tsify(type = "OfferType | (string & {})"))]
        pub offer_type: Text = "offerType",
        /// SaaS only: whether the offer is sold through Microsoft (transact). Absent reads as `false`.
        #[serde(skip_serializing_if = "Flag::is_missing")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "boolean"))]
        pub transactable: Flag = "transactable",
        /// Virtual machines: the plan's licensing, `byol` (bring your own license) or `payg`.
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "\"byol\" | \"payg\" | (string & {})"))]
        pub plan_kind: Text = "planKind",
    }
}

crate::deserialize_via_value!(OfferInfo);

/// Marketplace offer types (JS values). The first six can be sold through CSP partners (AUD-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum OfferType {
    Saas,
    VirtualMachine,
    SolutionTemplate,
    ManagedApplication,
    Dynamics365BusinessCentral,
    Container,
    ConsultingService,
    ManagedService,
    PowerBiApp,
    PowerBiVisual,
    IotEdgeModule,
    Dynamics365Dataverse,
    Dynamics365Operations,
    Microsoft365App,
}

const ELIGIBLE: [(&str, OfferType); 6] = [
    ("saas", OfferType::Saas),
    ("virtualmachine", OfferType::VirtualMachine),
    ("solutiontemplate", OfferType::SolutionTemplate),
    ("managedapplication", OfferType::ManagedApplication),
    ("dynamics365businesscentral", OfferType::Dynamics365BusinessCentral),
    ("container", OfferType::Container),
];

/// The eligible offer type named by `s` (any case), if it is one.
fn eligible_type(s: &str) -> Option<OfferType> {
    let s = s.trim();
    ELIGIBLE.iter().find(|(name, _)| name.eq_ignore_ascii_case(s)).map(|(_, t)| *t)
}

/// AUD-1: can this offer be sold through CSP partners? `offer_not_eligible` (at `offerType`) for
/// other types and for SaaS offers that are not transactable.
pub fn audience_eligibility(offer: &OfferInfo, options: &Options) -> CheckResult {
    let locale = options.locale();
    let mut issues = Vec::new();
    match offer.offer_type.read(&["offerType"], locale) {
        Err(issue) => issues.push(issue),
        Ok(None) => issues.push(Issue::error(IssueCode::Required).at(&["offerType"]).build(locale)),
        Ok(Some(value)) => {
            let eligible = match eligible_type(&value) {
                Some(OfferType::Saas) => offer.transactable == Flag::Bool(true),
                Some(_) => true,
                None => false,
            };
            if !eligible {
                let shown =
                    if eligible_type(&value).is_some() { value } else { crate::tenant_id::echo(&value) };
                issues.push(
                    Issue::error(IssueCode::OfferNotEligible)
                        .at(&["offerType"])
                        .param("offerType", shown)
                        .build(locale),
                );
            }
        }
    }
    CheckResult::from_issues(issues)
}

/// AUD-1: the audience of a new offer, unpublished: `all` for BYOL virtual-machine plans and
/// containers (opted in by default), `none` otherwise (and for offers that are not eligible).
pub fn audience_start(offer: &OfferInfo) -> AudienceState {
    let offer_type = offer.offer_type.as_str().and_then(eligible_type);
    let byol = offer.plan_kind.as_str().is_some_and(|k| k.trim().eq_ignore_ascii_case("byol"));
    let option = match offer_type {
        Some(OfferType::Container) => AudienceOption::All,
        Some(OfferType::VirtualMachine) if byol => AudienceOption::All,
        _ => AudienceOption::None,
    };
    AudienceState::new(option, Vec::new(), false, &[])
}

#[cfg(test)]
mod tests;
