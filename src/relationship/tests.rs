//! The relationship machines' unit tests (REL-1, REL-2).

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
    let raw =
        RelationshipEventInput::json(&json!({ "type": "accept", "consent": "yes", "actorRole": "user" }));
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
            assert_eq!(t.ok, listed.contains(&e.event_type()), "{} / {}", s.status(), e.event_type().name());
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
            RelationshipStateInput::json(&state),
            RelationshipEventInput::json(&event),
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
    let t = customer_relationship_apply(customer_relationship_start(), customer_invite("FR", "DE"), &en());
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
        customer_relationship_apply(customer_relationship_start(), customer_invite("FR", "DE"), &en()).state;
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
    let early =
        customer_relationship_apply(customer_relationship_start(), CustomerRelationshipEvent::Accept, &en());
    assert_eq!(codes(&early), [IssueCode::TransitionNotAllowed]);
}

#[test]
fn rel_2_malformed_states_cannot_order() {
    for state in [
        json!(null),
        json!({ "status": "active" }),
        json!({ "status": "active", "region": "europe", "resellerCountry": "US", "customerCountry": "FR" }),
    ] {
        let input = CustomerRelationshipStateInput::json(&state);
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
        let lenient = RelationshipStateInput::json(&serde_json::from_str(&text).unwrap());
        assert_eq!(relationship_events(lenient), relationship_events(&s));
    }
    let active = customer_relationship_apply(
        customer_relationship_apply(customer_relationship_start(), customer_invite("IN", "IN"), &en()).state,
        CustomerRelationshipEvent::Accept,
        &en(),
    )
    .state;
    let text = serde_json::to_string(&active).unwrap();
    assert_eq!(serde_json::from_str::<CustomerRelationshipState>(&text).unwrap(), active);
    assert!(can_provider_order(CustomerRelationshipStateInput::json(&serde_json::from_str(&text).unwrap())));
}
