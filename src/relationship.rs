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
use crate::regions::{resolve_market, same_region};
use crate::transition::{
    decode, event_type, flag_field, not_allowed, role_field, text_field, unless_bad, ActorRole, Decode, Flag,
    Given, Transition,
};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The two partners of an indirect relationship and their CSP region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Partners {
    /// Region id (`"europe"`) shared by both countries.
    pub region: String,
    pub provider_country: String,
    pub reseller_country: String,
}

/// REL-1: an indirect provider ↔ indirect reseller relationship; `switch (state.status)` narrows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(tag = "status", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum RelationshipState {
    /// No relationship yet.
    None { provider_admin_access: bool },
    /// The provider sent the invitation link.
    Invited {
        provider_admin_access: bool,
        #[serde(flatten)]
        partners: Partners,
    },
    /// The reseller's global admin authorized the provider (orders for the reseller's customers, admin access).
    Active {
        /// The provider has admin access to the reseller's work account.
        provider_admin_access: bool,
        #[serde(flatten)]
        partners: Partners,
    },
    /// The provider removed the partnership.
    Ended {
        provider_admin_access: bool,
        #[serde(flatten)]
        partners: Partners,
    },
}

/// REL-1 events; `switch (event.type)` narrows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum RelationshipEvent {
    /// none → invited: both CSP accounts must be in the same CSP region.
    Invite { provider_country: String, reseller_country: String },
    /// invited → active: the reseller's global admin checks the box and authorizes the provider.
    Accept { consent: bool, actor_role: ActorRole },
    /// active or ended: the reseller removes the provider's admin access to its work account.
    RemoveAdminAccess,
    /// active → ended: the provider removes the partnership.
    EndByProvider,
    /// Always refused (`support_request_required` when active): a reseller needs Microsoft support.
    EndByReseller,
}

crate::string_enum::string_enum! {
    /// The name of a REL-1 event.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Tsify)]
    pub enum RelationshipEventType {
        Invite = "invite",
        Accept = "accept",
        RemoveAdminAccess = "removeAdminAccess",
        EndByProvider = "endByProvider",
        EndByReseller = "endByReseller",
    }
}

impl RelationshipEvent {
    pub fn event_type(&self) -> RelationshipEventType {
        match self {
            RelationshipEvent::Invite { .. } => RelationshipEventType::Invite,
            RelationshipEvent::Accept { .. } => RelationshipEventType::Accept,
            RelationshipEvent::RemoveAdminAccess => RelationshipEventType::RemoveAdminAccess,
            RelationshipEvent::EndByProvider => RelationshipEventType::EndByProvider,
            RelationshipEvent::EndByReseller => RelationshipEventType::EndByReseller,
        }
    }
}

impl RelationshipState {
    pub fn status(&self) -> &'static str {
        match self {
            RelationshipState::None { .. } => "none",
            RelationshipState::Invited { .. } => "invited",
            RelationshipState::Active { .. } => "active",
            RelationshipState::Ended { .. } => "ended",
        }
    }

    pub fn provider_admin_access(&self) -> bool {
        match self {
            RelationshipState::None { provider_admin_access }
            | RelationshipState::Invited { provider_admin_access, .. }
            | RelationshipState::Active { provider_admin_access, .. }
            | RelationshipState::Ended { provider_admin_access, .. } => *provider_admin_access,
        }
    }

    /// The invariants every state satisfies; the fields that break them otherwise.
    pub fn check(&self) -> Result<(), Vec<&'static str>> {
        let mut bad = Vec::new();
        let partners = match self {
            RelationshipState::None { .. } => None,
            RelationshipState::Invited { partners, .. }
            | RelationshipState::Active { partners, .. }
            | RelationshipState::Ended { partners, .. } => Some(partners),
        };
        if self.provider_admin_access()
            && matches!(self, RelationshipState::None { .. } | RelationshipState::Invited { .. })
        {
            bad.push("providerAdminAccess");
        }
        if let Some(p) = partners {
            check_region(
                &p.region,
                &[("providerCountry", &p.provider_country), ("resellerCountry", &p.reseller_country)],
                &mut bad,
            );
        }
        unless_bad((), bad)
    }
}

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

/// A REL-1 state read from any value.
#[doc(hidden)]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RawRelationshipState {
    status: Text,
    provider_admin_access: Flag,
    region: Text,
    provider_country: Text,
    reseller_country: Text,
}

impl Decode for RawRelationshipState {
    type Typed = RelationshipState;

    fn decode(&self) -> Result<RelationshipState, Vec<&'static str>> {
        let mut bad = Vec::new();
        let status = self.status.as_str().map(str::trim).unwrap_or("");
        if !["none", "invited", "active", "ended"].contains(&status) {
            return Err(vec!["status"]);
        }
        let provider_admin_access = flag_field(self.provider_admin_access, "providerAdminAccess", &mut bad);
        let partners = if status == "none" {
            None
        } else {
            let region = text_field(&self.region, "region", &mut bad);
            let provider_country = text_field(&self.provider_country, "providerCountry", &mut bad);
            let reseller_country = text_field(&self.reseller_country, "resellerCountry", &mut bad);
            match (region, provider_country, reseller_country) {
                (Some(region), Some(provider_country), Some(reseller_country)) => {
                    Some(Partners { region, provider_country, reseller_country })
                }
                _ => None,
            }
        };
        if !bad.is_empty() {
            return Err(bad);
        }
        Ok(match (status, partners) {
            (_, None) => RelationshipState::None { provider_admin_access },
            ("invited", Some(partners)) => RelationshipState::Invited { provider_admin_access, partners },
            ("active", Some(partners)) => RelationshipState::Active { provider_admin_access, partners },
            (_, Some(partners)) => RelationshipState::Ended { provider_admin_access, partners },
        })
    }
}

/// A REL-1 event read from any value.
#[doc(hidden)]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RawRelationshipEvent {
    #[serde(rename = "type")]
    kind: Text,
    provider_country: Text,
    reseller_country: Text,
    consent: Flag,
    actor_role: Text,
}

impl Decode for RawRelationshipEvent {
    type Typed = RelationshipEvent;

    fn decode(&self) -> Result<RelationshipEvent, Vec<&'static str>> {
        let kind = event_type(&self.kind, RelationshipEventType::ALL, RelationshipEventType::name)?;
        let mut bad = Vec::new();
        let event = match kind {
            RelationshipEventType::Invite => RelationshipEvent::Invite {
                provider_country: text_field(&self.provider_country, "providerCountry", &mut bad)
                    .unwrap_or_default(),
                reseller_country: text_field(&self.reseller_country, "resellerCountry", &mut bad)
                    .unwrap_or_default(),
            },
            RelationshipEventType::Accept => RelationshipEvent::Accept {
                // Anything but `true` is no consent (`consent_required`), not a malformed event.
                consent: self.consent == Flag::Bool(true),
                actor_role: role_field(&self.actor_role, &mut bad),
            },
            RelationshipEventType::RemoveAdminAccess => RelationshipEvent::RemoveAdminAccess,
            RelationshipEventType::EndByProvider => RelationshipEvent::EndByProvider,
            RelationshipEventType::EndByReseller => RelationshipEvent::EndByReseller,
        };
        unless_bad(event, bad)
    }
}

/// What `relationship_apply` accepts as a state: typed, or any JSON/JS value.
pub type RelationshipStateInput = Given<RelationshipState, RawRelationshipState>;
/// What `relationship_apply` accepts as an event: typed, or any JSON/JS value.
pub type RelationshipEventInput = Given<RelationshipEvent, RawRelationshipEvent>;

fn read_relationship(
    state: &RelationshipStateInput,
    locale: Locale,
) -> Result<RelationshipState, Vec<Issue>> {
    crate::transition::read_state(state, RelationshipState::check, locale)
}

fn relationship_allowed(state: &RelationshipState, event: RelationshipEventType) -> bool {
    use RelationshipEventType as E;
    matches!(
        (state, event),
        (RelationshipState::None { .. }, E::Invite)
            | (RelationshipState::Invited { .. }, E::Accept)
            | (RelationshipState::Active { .. }, E::RemoveAdminAccess | E::EndByProvider | E::EndByReseller)
            | (RelationshipState::Ended { .. }, E::RemoveAdminAccess)
    )
}

/// `relationshipStart()`: no relationship.
pub fn relationship_start() -> RelationshipState {
    RelationshipState::None { provider_admin_access: false }
}

/// `relationshipEvents(state)`: the REL-1 events a UI may offer now (`endByReseller` never: it needs support).
pub fn relationship_events(state: impl Into<RelationshipStateInput>) -> Vec<RelationshipEventType> {
    let Ok(state) = read_relationship(&state.into(), Locale::En) else { return Vec::new() };
    RelationshipEventType::ALL
        .into_iter()
        .filter(|e| *e != RelationshipEventType::EndByReseller && relationship_allowed(&state, *e))
        .collect()
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

/// `relationshipApply(state, event, options)` (REL-1): the next state, or the issues refusing the event.
pub fn relationship_apply(
    state: impl Into<RelationshipStateInput>,
    event: impl Into<RelationshipEventInput>,
    options: &Options,
) -> Transition<RelationshipState> {
    let locale = options.locale();
    let state = read_relationship(&state.into(), locale);
    let event = decode(&event.into(), IssueCode::InvalidEvent, locale);
    let (state, event) = match Transition::read(state, event, relationship_start) {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    if !relationship_allowed(&state, event.event_type()) {
        let issue = not_allowed(state.status(), event.event_type().name(), locale);
        return Transition::refused(state, vec![issue]);
    }
    let mut issues = Vec::new();
    let next = match (&state, event) {
        (
            RelationshipState::None { .. },
            RelationshipEvent::Invite { provider_country, reseller_country },
        ) => {
            match same_region_markets(
                (&provider_country, "providerCountry"),
                (&reseller_country, "resellerCountry"),
                locale,
                &mut issues,
            ) {
                Some((provider, reseller)) => RelationshipState::Invited {
                    provider_admin_access: false,
                    partners: Partners {
                        region: region_id(provider).to_owned(),
                        provider_country: provider.country.to_owned(),
                        reseller_country: reseller.country.to_owned(),
                    },
                },
                None => state.clone(),
            }
        }
        (RelationshipState::Invited { partners, .. }, RelationshipEvent::Accept { consent, actor_role }) => {
            if !consent {
                issues.push(Issue::error(IssueCode::ConsentRequired).at(&["consent"]).build(locale));
            }
            if actor_role != ActorRole::GlobalAdmin {
                issues.push(
                    Issue::error(IssueCode::GlobalAdminRequired)
                        .at(&["actorRole"])
                        .param("role", actor_role.name())
                        .build(locale),
                );
            }
            RelationshipState::Active { provider_admin_access: true, partners: partners.clone() }
        }
        (RelationshipState::Active { partners, .. }, RelationshipEvent::RemoveAdminAccess) => {
            RelationshipState::Active { provider_admin_access: false, partners: partners.clone() }
        }
        (RelationshipState::Ended { partners, .. }, RelationshipEvent::RemoveAdminAccess) => {
            RelationshipState::Ended { provider_admin_access: false, partners: partners.clone() }
        }
        (RelationshipState::Active { provider_admin_access, partners }, RelationshipEvent::EndByProvider) => {
            RelationshipState::Ended {
                provider_admin_access: *provider_admin_access,
                partners: partners.clone(),
            }
        }
        (RelationshipState::Active { .. }, RelationshipEvent::EndByReseller) => {
            issues.push(Issue::error(IssueCode::SupportRequestRequired).build(locale));
            state.clone()
        }
        (s, e) => {
            issues.push(not_allowed(s.status(), e.event_type().name(), locale));
            state.clone()
        }
    };
    if no_errors(&issues) {
        Transition::done(next, Vec::new(), issues)
    } else {
        Transition::refused(state, issues)
    }
}

// ---- REL-2 customer relationship ---------------------------------------------------------------

/// A reseller, with its indirect provider, and a customer of the reseller's region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CustomerParties {
    /// Region id of the reseller, which the customer's market is in.
    pub region: String,
    pub reseller_country: String,
    pub customer_country: String,
}

/// REL-2: a customer's reseller relationship with an indirect reseller and its provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(tag = "status", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum CustomerRelationshipState {
    /// No relationship.
    None,
    /// The reseller sent the invitation ("Invite new customers").
    Invited {
        #[serde(flatten)]
        parties: CustomerParties,
    },
    /// The customer accepted: it has a reseller relationship with both the reseller and its provider,
    /// so the provider can order on its behalf.
    Active {
        #[serde(flatten)]
        parties: CustomerParties,
    },
}

/// REL-2 events; `switch (event.type)` narrows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum CustomerRelationshipEvent {
    /// none → invited: the customer's market must be in the reseller's region.
    InviteCustomer { reseller_country: String, customer_country: String },
    /// invited → active: the customer authorizes the reseller and its provider at once.
    Accept,
}

crate::string_enum::string_enum! {
    /// The name of a REL-2 event.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Tsify)]
    pub enum CustomerRelationshipEventType {
        InviteCustomer = "inviteCustomer",
        Accept = "accept",
    }
}

impl CustomerRelationshipEvent {
    pub fn event_type(&self) -> CustomerRelationshipEventType {
        match self {
            CustomerRelationshipEvent::InviteCustomer { .. } => CustomerRelationshipEventType::InviteCustomer,
            CustomerRelationshipEvent::Accept => CustomerRelationshipEventType::Accept,
        }
    }
}

impl CustomerRelationshipState {
    pub fn status(&self) -> &'static str {
        match self {
            CustomerRelationshipState::None => "none",
            CustomerRelationshipState::Invited { .. } => "invited",
            CustomerRelationshipState::Active { .. } => "active",
        }
    }

    /// The invariants every state satisfies; the fields that break them otherwise.
    pub fn check(&self) -> Result<(), Vec<&'static str>> {
        let mut bad = Vec::new();
        if let CustomerRelationshipState::Invited { parties }
        | CustomerRelationshipState::Active { parties } = self
        {
            check_region(
                &parties.region,
                &[
                    ("resellerCountry", &parties.reseller_country),
                    ("customerCountry", &parties.customer_country),
                ],
                &mut bad,
            );
        }
        unless_bad((), bad)
    }
}

/// A REL-2 state read from any value.
#[doc(hidden)]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RawCustomerRelationshipState {
    status: Text,
    region: Text,
    reseller_country: Text,
    customer_country: Text,
}

impl Decode for RawCustomerRelationshipState {
    type Typed = CustomerRelationshipState;

    fn decode(&self) -> Result<CustomerRelationshipState, Vec<&'static str>> {
        let status = self.status.as_str().map(str::trim).unwrap_or("");
        let mut bad = Vec::new();
        let parties = |bad: &mut Vec<&'static str>| {
            let region = text_field(&self.region, "region", bad)?;
            let reseller_country = text_field(&self.reseller_country, "resellerCountry", bad);
            let customer_country = text_field(&self.customer_country, "customerCountry", bad);
            Some(CustomerParties {
                region,
                reseller_country: reseller_country?,
                customer_country: customer_country?,
            })
        };
        let state = match status {
            "none" => CustomerRelationshipState::None,
            "invited" => parties(&mut bad)
                .map(|parties| CustomerRelationshipState::Invited { parties })
                .unwrap_or(CustomerRelationshipState::None),
            "active" => parties(&mut bad)
                .map(|parties| CustomerRelationshipState::Active { parties })
                .unwrap_or(CustomerRelationshipState::None),
            _ => return Err(vec!["status"]),
        };
        unless_bad(state, bad)
    }
}

/// A REL-2 event read from any value.
#[doc(hidden)]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RawCustomerRelationshipEvent {
    #[serde(rename = "type")]
    kind: Text,
    reseller_country: Text,
    customer_country: Text,
}

impl Decode for RawCustomerRelationshipEvent {
    type Typed = CustomerRelationshipEvent;

    fn decode(&self) -> Result<CustomerRelationshipEvent, Vec<&'static str>> {
        let kind =
            event_type(&self.kind, CustomerRelationshipEventType::ALL, CustomerRelationshipEventType::name)?;
        let mut bad = Vec::new();
        let event = match kind {
            CustomerRelationshipEventType::InviteCustomer => CustomerRelationshipEvent::InviteCustomer {
                reseller_country: text_field(&self.reseller_country, "resellerCountry", &mut bad)
                    .unwrap_or_default(),
                customer_country: text_field(&self.customer_country, "customerCountry", &mut bad)
                    .unwrap_or_default(),
            },
            CustomerRelationshipEventType::Accept => CustomerRelationshipEvent::Accept,
        };
        unless_bad(event, bad)
    }
}

/// What `customer_relationship_apply` accepts as a state: typed, or any JSON/JS value.
pub type CustomerRelationshipStateInput = Given<CustomerRelationshipState, RawCustomerRelationshipState>;
/// What `customer_relationship_apply` accepts as an event: typed, or any JSON/JS value.
pub type CustomerRelationshipEventInput = Given<CustomerRelationshipEvent, RawCustomerRelationshipEvent>;

fn read_customer(
    state: &CustomerRelationshipStateInput,
    locale: Locale,
) -> Result<CustomerRelationshipState, Vec<Issue>> {
    crate::transition::read_state(state, CustomerRelationshipState::check, locale)
}

fn customer_allowed(state: &CustomerRelationshipState, event: CustomerRelationshipEventType) -> bool {
    matches!(
        (state, event),
        (CustomerRelationshipState::None, CustomerRelationshipEventType::InviteCustomer)
            | (CustomerRelationshipState::Invited { .. }, CustomerRelationshipEventType::Accept)
    )
}

/// `customerRelationshipStart()`: no relationship.
pub fn customer_relationship_start() -> CustomerRelationshipState {
    CustomerRelationshipState::None
}

/// `customerRelationshipEvents(state)`: the REL-2 events a UI may offer now.
pub fn customer_relationship_events(
    state: impl Into<CustomerRelationshipStateInput>,
) -> Vec<CustomerRelationshipEventType> {
    let Ok(state) = read_customer(&state.into(), Locale::En) else { return Vec::new() };
    CustomerRelationshipEventType::ALL.into_iter().filter(|e| customer_allowed(&state, *e)).collect()
}

/// `customerRelationshipApply(state, event, options)` (REL-2).
pub fn customer_relationship_apply(
    state: impl Into<CustomerRelationshipStateInput>,
    event: impl Into<CustomerRelationshipEventInput>,
    options: &Options,
) -> Transition<CustomerRelationshipState> {
    let locale = options.locale();
    let state = read_customer(&state.into(), locale);
    let event = decode(&event.into(), IssueCode::InvalidEvent, locale);
    let (state, event) = match Transition::read(state, event, customer_relationship_start) {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    if !customer_allowed(&state, event.event_type()) {
        let issue = not_allowed(state.status(), event.event_type().name(), locale);
        return Transition::refused(state, vec![issue]);
    }
    let mut issues = Vec::new();
    let next = match (&state, event) {
        (
            CustomerRelationshipState::None,
            CustomerRelationshipEvent::InviteCustomer { reseller_country, customer_country },
        ) => {
            match same_region_markets(
                (&reseller_country, "resellerCountry"),
                (&customer_country, "customerCountry"),
                locale,
                &mut issues,
            ) {
                Some((reseller, customer)) => CustomerRelationshipState::Invited {
                    parties: CustomerParties {
                        region: region_id(reseller).to_owned(),
                        reseller_country: reseller.country.to_owned(),
                        customer_country: customer.country.to_owned(),
                    },
                },
                None => state.clone(),
            }
        }
        (CustomerRelationshipState::Invited { parties }, CustomerRelationshipEvent::Accept) => {
            CustomerRelationshipState::Active { parties: parties.clone() }
        }
        (s, e) => {
            issues.push(not_allowed(s.status(), e.event_type().name(), locale));
            state.clone()
        }
    };
    if no_errors(&issues) {
        Transition::done(next, Vec::new(), issues)
    } else {
        Transition::refused(state, issues)
    }
}

/// `canProviderOrder(state)` (REL-2): the provider can order for the customer only when the
/// relationship is active; `false` for anything else, an invalid state included.
pub fn can_provider_order(state: impl Into<CustomerRelationshipStateInput>) -> bool {
    matches!(read_customer(&state.into(), Locale::En), Ok(CustomerRelationshipState::Active { .. }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn en() -> Options {
        Options::default()
    }

    fn codes<S>(t: &Transition<S>) -> Vec<IssueCode> {
        t.issues.iter().map(|i| i.code).collect()
    }

    fn invite(provider: &str, reseller: &str) -> RelationshipEvent {
        RelationshipEvent::Invite { provider_country: provider.into(), reseller_country: reseller.into() }
    }

    fn accept(consent: bool, role: ActorRole) -> RelationshipEvent {
        RelationshipEvent::Accept { consent, actor_role: role }
    }

    fn invited() -> RelationshipState {
        let t = relationship_apply(relationship_start(), invite("DE", "FR"), &en());
        assert!(t.ok, "{:?}", t.issues);
        t.state
    }

    fn active() -> RelationshipState {
        let t = relationship_apply(invited(), accept(true, ActorRole::GlobalAdmin), &en());
        assert!(t.ok, "{:?}", t.issues);
        t.state
    }

    #[test]
    fn rel_1_invite_within_one_region() {
        let s = invited();
        assert_eq!(
            serde_json::to_value(&s).unwrap(),
            json!({ "status": "invited", "providerAdminAccess": false, "region": "europe", "providerCountry": "DE", "resellerCountry": "FR" })
        );
        assert_eq!(relationship_events(&s), [RelationshipEventType::Accept]);
        assert_eq!(relationship_events(relationship_start()), [RelationshipEventType::Invite]);
    }

    #[test]
    fn rel_1_invite_refused_across_regions() {
        // A US reseller can't work with a UK provider.
        let t = relationship_apply(relationship_start(), invite("GB", "US"), &en());
        assert!(!t.ok);
        assert_eq!(codes(&t), [IssueCode::RegionMismatch]);
        assert_eq!(t.issues[0].path, vec!["resellerCountry".into()]);
        assert_eq!(t.state, relationship_start());
        let t = relationship_apply(relationship_start(), invite("ZZ", "RU"), &en());
        assert_eq!(codes(&t), [IssueCode::UnknownCountry, IssueCode::NotCspMarket]);
    }

    #[test]
    fn rel_1_accept_by_a_global_admin_with_consent_grants_admin_access() {
        let s = active();
        assert_eq!(s.status(), "active");
        assert!(s.provider_admin_access());
        assert_eq!(
            relationship_events(&s),
            [RelationshipEventType::RemoveAdminAccess, RelationshipEventType::EndByProvider]
        );
    }

    #[test]
    fn rel_1_accept_requires_consent_and_a_global_admin() {
        let t = relationship_apply(invited(), accept(false, ActorRole::GlobalAdmin), &en());
        assert_eq!(codes(&t), [IssueCode::ConsentRequired]);
        assert_eq!(t.state, invited());
        let t = relationship_apply(invited(), accept(true, ActorRole::Admin), &en());
        assert_eq!(codes(&t), [IssueCode::GlobalAdminRequired]);
        let raw: RelationshipEventInput =
            serde_json::from_value(json!({ "type": "accept", "consent": "yes", "actorRole": "user" }))
                .unwrap();
        let t = relationship_apply(invited(), raw, &en());
        assert_eq!(codes(&t), [IssueCode::ConsentRequired, IssueCode::GlobalAdminRequired]);
    }

    #[test]
    fn rel_1_remove_admin_access_keeps_the_relationship_active() {
        let t = relationship_apply(active(), RelationshipEvent::RemoveAdminAccess, &en());
        assert!(t.ok);
        assert_eq!(t.state.status(), "active");
        assert!(!t.state.provider_admin_access());
    }

    #[test]
    fn rel_1_end_by_provider_active_to_ended() {
        let t = relationship_apply(active(), RelationshipEvent::EndByProvider, &en());
        assert!(t.ok);
        assert_eq!(t.state.status(), "ended");
        assert!(t.state.provider_admin_access(), "ending the partnership leaves the admin access as it is");
        assert_eq!(relationship_events(&t.state), [RelationshipEventType::RemoveAdminAccess]);
        let cleared = relationship_apply(&t.state, RelationshipEvent::RemoveAdminAccess, &en());
        assert!(cleared.ok);
        assert!(!cleared.state.provider_admin_access());
    }

    #[test]
    fn rel_1_end_by_reseller_needs_a_support_request() {
        let t = relationship_apply(active(), RelationshipEvent::EndByReseller, &Options::with_locale("fr"));
        assert!(!t.ok);
        assert_eq!(codes(&t), [IssueCode::SupportRequestRequired]);
        assert!(t.issues[0].message.contains("demande de support"));
        assert_eq!(t.state, active());
        assert!(!relationship_events(active()).contains(&RelationshipEventType::EndByReseller));
        let t = relationship_apply(invited(), RelationshipEvent::EndByReseller, &en());
        assert_eq!(codes(&t), [IssueCode::TransitionNotAllowed]);
    }

    #[test]
    fn rel_1_every_other_pair_is_transition_not_allowed() {
        let ended = relationship_apply(active(), RelationshipEvent::EndByProvider, &en()).state;
        let states = [relationship_start(), invited(), active(), ended];
        let events = [
            invite("DE", "FR"),
            accept(true, ActorRole::GlobalAdmin),
            RelationshipEvent::RemoveAdminAccess,
            RelationshipEvent::EndByProvider,
            RelationshipEvent::EndByReseller,
        ];
        for s in &states {
            let listed = relationship_events(s);
            for e in &events {
                let t = relationship_apply(s, e.clone(), &en());
                assert_eq!(
                    t.ok,
                    listed.contains(&e.event_type()),
                    "{} / {}",
                    s.status(),
                    e.event_type().name()
                );
                if !t.ok && e.event_type() != RelationshipEventType::EndByReseller {
                    assert_eq!(codes(&t), [IssueCode::TransitionNotAllowed]);
                }
            }
        }
    }

    #[test]
    fn rel_1_malformed_states_and_events() {
        let check = |state: Value, event: Value, code: IssueCode| {
            let t = relationship_apply(
                serde_json::from_value::<RelationshipStateInput>(state.clone()).unwrap(),
                serde_json::from_value::<RelationshipEventInput>(event.clone()).unwrap(),
                &en(),
            );
            assert!(!t.ok);
            assert_eq!(t.issues[0].code, code, "{state} {event}");
        };
        check(json!(null), json!({ "type": "invite" }), IssueCode::InvalidState);
        check(
            json!({ "status": "none", "providerAdminAccess": true }),
            json!({ "type": "invite" }),
            IssueCode::InvalidState,
        );
        check(
            json!({ "status": "active", "providerAdminAccess": true, "region": "europe", "providerCountry": "US", "resellerCountry": "FR" }),
            json!({ "type": "endByProvider" }),
            IssueCode::InvalidState,
        );
        check(
            json!({ "status": "none", "providerAdminAccess": false }),
            json!({ "type": "invite", "providerCountry": 1 }),
            IssueCode::InvalidEvent,
        );
        check(
            json!({ "status": "none", "providerAdminAccess": false }),
            json!("invite"),
            IssueCode::InvalidEvent,
        );
    }

    fn customer_invite(reseller: &str, customer: &str) -> CustomerRelationshipEvent {
        CustomerRelationshipEvent::InviteCustomer {
            reseller_country: reseller.into(),
            customer_country: customer.into(),
        }
    }

    #[test]
    fn rel_2_customer_invited_only_from_the_resellers_region() {
        let t =
            customer_relationship_apply(customer_relationship_start(), customer_invite("FR", "DE"), &en());
        assert!(t.ok);
        assert_eq!(
            serde_json::to_value(&t.state).unwrap(),
            json!({ "status": "invited", "region": "europe", "resellerCountry": "FR", "customerCountry": "DE" })
        );
        for (reseller, customer) in [("US", "CA"), ("BR", "AR"), ("FR", "US")] {
            let t = customer_relationship_apply(
                customer_relationship_start(),
                customer_invite(reseller, customer),
                &en(),
            );
            assert_eq!(codes(&t), [IssueCode::RegionMismatch], "{reseller} → {customer}");
            assert_eq!(t.issues[0].path, vec!["customerCountry".into()]);
        }
    }

    #[test]
    fn rel_2_accept_gives_a_reseller_relationship_with_both_and_the_provider_can_order() {
        let invited =
            customer_relationship_apply(customer_relationship_start(), customer_invite("FR", "DE"), &en())
                .state;
        assert!(!can_provider_order(&invited));
        assert!(!can_provider_order(customer_relationship_start()));
        assert_eq!(customer_relationship_events(&invited), [CustomerRelationshipEventType::Accept]);
        let t = customer_relationship_apply(&invited, CustomerRelationshipEvent::Accept, &en());
        assert!(t.ok);
        assert_eq!(t.state.status(), "active");
        assert!(can_provider_order(&t.state));
        assert!(customer_relationship_events(&t.state).is_empty());
        let again = customer_relationship_apply(&t.state, CustomerRelationshipEvent::Accept, &en());
        assert_eq!(codes(&again), [IssueCode::TransitionNotAllowed]);
        let early = customer_relationship_apply(
            customer_relationship_start(),
            CustomerRelationshipEvent::Accept,
            &en(),
        );
        assert_eq!(codes(&early), [IssueCode::TransitionNotAllowed]);
    }

    #[test]
    fn rel_2_malformed_states_cannot_order() {
        for state in [
            json!(null),
            json!({ "status": "active" }),
            json!({ "status": "active", "region": "europe", "resellerCountry": "US", "customerCountry": "FR" }),
        ] {
            let input: CustomerRelationshipStateInput = serde_json::from_value(state.clone()).unwrap();
            assert!(!can_provider_order(input.clone()), "{state}");
            let t = customer_relationship_apply(input, CustomerRelationshipEvent::Accept, &en());
            assert_eq!(t.issues[0].code, IssueCode::InvalidState);
        }
    }

    #[test]
    fn rel_states_round_trip_through_json() {
        let ended = relationship_apply(active(), RelationshipEvent::EndByProvider, &en()).state;
        for s in [relationship_start(), invited(), active(), ended] {
            let text = serde_json::to_string(&s).unwrap();
            assert_eq!(serde_json::from_str::<RelationshipState>(&text).unwrap(), s);
            let lenient: RelationshipStateInput = serde_json::from_str(&text).unwrap();
            assert_eq!(relationship_events(lenient), relationship_events(&s));
        }
        let active = customer_relationship_apply(
            customer_relationship_apply(customer_relationship_start(), customer_invite("IN", "IN"), &en())
                .state,
            CustomerRelationshipEvent::Accept,
            &en(),
        )
        .state;
        let text = serde_json::to_string(&active).unwrap();
        assert_eq!(serde_json::from_str::<CustomerRelationshipState>(&text).unwrap(), active);
        assert!(can_provider_order(serde_json::from_str::<CustomerRelationshipStateInput>(&text).unwrap()));
    }
}
