//! REL-2: a customer's relationship with an indirect reseller and its provider.

use super::*;

/// A reseller, with its indirect provider, and a customer of the reseller's region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CustomerParties {
    /// Region id of the reseller, which the customer's market is in.
    pub region: String,
    pub reseller_country: String,
    pub customer_country: String,
}

/// REL-2: a customer's reseller relationship with an indirect reseller and its provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum CustomerRelationshipEvent {
    /// none → invited: the customer's market must be in the reseller's region.
    InviteCustomer { reseller_country: String, customer_country: String },
    /// invited → active: the customer authorizes the reseller and its provider at once.
    Accept,
}

crate::string_enum::string_enum! {
    /// The name of a REL-2 event.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
impl Decode for CustomerRelationshipState {
    fn decode(fields: Fields) -> Result<CustomerRelationshipState, Vec<&'static str>> {
        let status = fields.status();
        let mut bad = Vec::new();
        let parties = |bad: &mut Vec<&'static str>| {
            let region = fields.text("region", bad)?;
            let reseller_country = fields.text("resellerCountry", bad);
            let customer_country = fields.text("customerCountry", bad);
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

    fn shape(out: &mut String) {
        members(out, &["status", "region", "resellerCountry", "customerCountry"]);
    }
}

/// A REL-2 event read from any value.
impl Decode for CustomerRelationshipEvent {
    fn decode(fields: Fields) -> Result<CustomerRelationshipEvent, Vec<&'static str>> {
        let kind =
            fields.event_type(CustomerRelationshipEventType::ALL, CustomerRelationshipEventType::name)?;
        let mut bad = Vec::new();
        let event = match kind {
            CustomerRelationshipEventType::InviteCustomer => CustomerRelationshipEvent::InviteCustomer {
                reseller_country: fields.text("resellerCountry", &mut bad).unwrap_or_default(),
                customer_country: fields.text("customerCountry", &mut bad).unwrap_or_default(),
            },
            CustomerRelationshipEventType::Accept => CustomerRelationshipEvent::Accept,
        };
        unless_bad(event, bad)
    }

    fn shape(out: &mut String) {
        members(out, &["type", "resellerCountry", "customerCountry"]);
    }
}

/// What `customer_relationship_apply` accepts as a state: typed, or any JSON/JS value.
pub type CustomerRelationshipStateInput = Given<CustomerRelationshipState>;
/// What `customer_relationship_apply` accepts as an event: typed, or any JSON/JS value.
pub type CustomerRelationshipEventInput = Given<CustomerRelationshipEvent>;

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

impl Machine for CustomerRelationshipState {
    type Event = CustomerRelationshipEvent;
    fn start() -> Self {
        customer_relationship_start()
    }
    fn invariants(&self) -> Result<(), Vec<&'static str>> {
        self.check()
    }
    fn takes(&self, event: &CustomerRelationshipEvent) -> bool {
        customer_allowed(self, event.event_type())
    }
    fn names(&self, event: &CustomerRelationshipEvent) -> (&'static str, &'static str) {
        (self.status(), event.event_type().name())
    }
}

/// `customerRelationshipEvents(state)`: the REL-2 events a UI may offer now.
pub fn customer_relationship_events(
    state: impl Into<CustomerRelationshipStateInput>,
) -> Vec<CustomerRelationshipEventType> {
    let Ok(state) = read_state(&state.into(), Locale::En) else { return Vec::new() };
    CustomerRelationshipEventType::ALL.into_iter().filter(|e| customer_allowed(&state, *e)).collect()
}

/// `customerRelationshipApply(state, event, options)` (REL-2).
pub fn customer_relationship_apply(
    state: impl Into<CustomerRelationshipStateInput>,
    event: impl Into<CustomerRelationshipEventInput>,
    options: &Options,
) -> Transition<CustomerRelationshipState> {
    let locale = options.locale();
    let (state, event) = match begin(&state.into(), &event.into(), locale) {
        Ok(begun) => begun,
        Err(refused) => return refused,
    };
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
    matches!(read_state(&state.into(), Locale::En), Ok(CustomerRelationshipState::Active { .. }))
}

crate::transition::deserialize_via_decode!(CustomerRelationshipState, CustomerRelationshipEvent);
