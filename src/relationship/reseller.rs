//! REL-1: the indirect provider ↔ indirect reseller relationship.

use super::*;

/// The two partners of an indirect relationship and their CSP region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Partners {
    /// Region id (`"europe"`) shared by both countries.
    pub region: String,
    pub provider_country: String,
    pub reseller_country: String,
}

/// REL-1: an indirect provider ↔ indirect reseller relationship; `switch (state.status)` narrows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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

/// A REL-1 state read from any value.
impl Decode for RelationshipState {
    fn decode(fields: Fields) -> Result<RelationshipState, Vec<&'static str>> {
        let mut bad = Vec::new();
        let status = fields.status();
        if !["none", "invited", "active", "ended"].contains(&status) {
            return Err(vec!["status"]);
        }
        let provider_admin_access = fields.flag("providerAdminAccess", &mut bad);
        let partners = if status == "none" {
            None
        } else {
            let region = fields.text("region", &mut bad);
            let provider_country = fields.text("providerCountry", &mut bad);
            let reseller_country = fields.text("resellerCountry", &mut bad);
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

    fn shape(out: &mut String) {
        members(out, &["status", "providerAdminAccess", "region", "providerCountry", "resellerCountry"]);
    }
}

/// A REL-1 event read from any value.
impl Decode for RelationshipEvent {
    fn decode(fields: Fields) -> Result<RelationshipEvent, Vec<&'static str>> {
        let kind = fields.event_type(RelationshipEventType::ALL, RelationshipEventType::name)?;
        let mut bad = Vec::new();
        let event = match kind {
            RelationshipEventType::Invite => RelationshipEvent::Invite {
                provider_country: fields.text("providerCountry", &mut bad).unwrap_or_default(),
                reseller_country: fields.text("resellerCountry", &mut bad).unwrap_or_default(),
            },
            RelationshipEventType::Accept => RelationshipEvent::Accept {
                // Anything but `true` is no consent (`consent_required`), not a malformed event.
                consent: matches!(fields.get("consent"), Value::Bool(true)),
                actor_role: fields.role(&mut bad),
            },
            RelationshipEventType::RemoveAdminAccess => RelationshipEvent::RemoveAdminAccess,
            RelationshipEventType::EndByProvider => RelationshipEvent::EndByProvider,
            RelationshipEventType::EndByReseller => RelationshipEvent::EndByReseller,
        };
        unless_bad(event, bad)
    }

    fn shape(out: &mut String) {
        members(out, &["type", "providerCountry", "resellerCountry", "consent", "actorRole"]);
    }
}

/// What `relationship_apply` accepts as a state: typed, or any JSON/JS value.
pub type RelationshipStateInput = Given<RelationshipState>;
/// What `relationship_apply` accepts as an event: typed, or any JSON/JS value.
pub type RelationshipEventInput = Given<RelationshipEvent>;

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

impl Machine for RelationshipState {
    type Event = RelationshipEvent;
    fn start() -> Self {
        relationship_start()
    }
    fn invariants(&self) -> Result<(), Vec<&'static str>> {
        self.check()
    }
    fn takes(&self, event: &RelationshipEvent) -> bool {
        relationship_allowed(self, event.event_type())
    }
    fn names(&self, event: &RelationshipEvent) -> (&'static str, &'static str) {
        (self.status(), event.event_type().name())
    }
}

/// `relationshipEvents(state)`: the REL-1 events a UI may offer now (`endByReseller` never: it needs support).
pub fn relationship_events(state: impl Into<RelationshipStateInput>) -> Vec<RelationshipEventType> {
    let Ok(state) = read_state(&state.into(), Locale::En) else { return Vec::new() };
    RelationshipEventType::ALL
        .into_iter()
        .filter(|e| *e != RelationshipEventType::EndByReseller && relationship_allowed(&state, *e))
        .collect()
}

/// `relationshipApply(state, event, options)` (REL-1): the next state, or the issues refusing the event.
pub fn relationship_apply(
    state: impl Into<RelationshipStateInput>,
    event: impl Into<RelationshipEventInput>,
    options: &Options,
) -> Transition<RelationshipState> {
    let locale = options.locale();
    let (state, event) = match begin(&state.into(), &event.into(), locale) {
        Ok(begun) => begun,
        Err(refused) => return refused,
    };
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

crate::transition::deserialize_via_decode!(RelationshipState, RelationshipEvent);
