//! Property tests of the state machines (LIFE, REL-1, REL-2): from random sequences of events,
//! with valid and invalid payloads, `apply` never panics, every reached state satisfies the
//! invariants and round-trips through JSON, a refused event leaves the state unchanged with no
//! effect, the typed and the JSON (lenient) paths give the same answer, and `events(state)` agrees
//! with `apply` (a listed event is accepted for a valid payload; an unlisted one is refused).
//!
//! The PRNG is a seeded xorshift written here, so a failure prints its seed and replays exactly.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "helpers of the tests, outside #[test]: a failure there fails the test"
)]

mod common;
use common::Rng;
use csp_partner_rules::lifecycle::{EnrollmentEventInput, EnrollmentStateInput};
use csp_partner_rules::relationship::{
    CustomerRelationshipEventInput, CustomerRelationshipStateInput, RelationshipEventInput,
    RelationshipStateInput,
};
use csp_partner_rules::*;
use serde_json::{json, Value};

fn form(country: &str, partner_id: Option<(&str, &str)>) -> Value {
    let mut f = json!({
        "country": country, "company": { "legalName": "Contoso France SAS" },
        "address": { "line1": "10 rue de la Paix", "city": "Paris", "postalCode": "75002", "country": country },
        "primaryContact": { "firstName": "Gena", "lastName": "Dupont", "email": "gena@contoso.fr", "phone": "+33 1 23 45 67 89" },
        "support": { "email": "support@contoso.fr", "phone": "01 23 45 67 89", "website": "www.contoso.fr" },
        "language": "fr"
    });
    if let Some((id, c)) = partner_id {
        f["partnerId"] = json!({ "id": id, "country": c });
    }
    f
}

const ENROLLMENT_TYPES: [&str; 10] = [
    "submit",
    "resendVerificationEmail",
    "confirmEmail",
    "approve",
    "reject",
    "appeal",
    "associatePartnerId",
    "signAgreement",
    "grantAdminAgent",
    "deauthorize",
];

/// A payload that the rules accept for this event type whenever the status allows it.
fn valid_enrollment_event(kind: &str, state: &EnrollmentState) -> Value {
    let country = state.submission().map(|s| s.country.clone()).unwrap_or_else(|| "FR".into());
    match kind {
        "submit" => {
            json!({ "type": kind, "form": form("FR", Some(("1234567", "FR"))), "actorRole": "globalAdmin", "on": "2026-11-20" })
        }
        "reject" => json!({ "type": kind, "reasons": ["Business name doesn't match the registration"] }),
        "appeal" => json!({ "type": kind, "form": form(&country, None), "on": "2026-12-01" }),
        "associatePartnerId" => json!({ "type": kind, "partnerId": "7654321", "country": country }),
        "signAgreement" => json!({ "type": kind, "actorRole": "globalAdmin" }),
        "deauthorize" => json!({ "type": kind, "on": "2027-04-01", "trailingRevenueUsd": 10 }),
        _ => json!({ "type": kind }),
    }
}

/// Any payload: valid or not, of any shape.
fn random_enrollment_event(rng: &mut Rng, state: &EnrollmentState) -> Value {
    if rng.below(10) == 0 {
        return rng
            .pick(&[
                json!(null),
                json!(7),
                json!({}),
                json!({ "type": "launch" }),
                json!({ "type": ["submit"] }),
            ])
            .clone();
    }
    let kind = *rng.pick(&ENROLLMENT_TYPES);
    if rng.below(2) == 0 {
        return valid_enrollment_event(kind, state);
    }
    let forms = [
        form("FR", None),
        form("FR", Some(("1234567", "FR"))),
        form("FR", Some(("1234567", "DE"))),
        form("FR", Some(("12", "FR"))),
        form("RU", None),
        json!({}),
        json!("form"),
    ];
    let roles = [json!("globalAdmin"), json!("admin"), json!("user"), json!("owner"), json!(null)];
    let dates = [
        json!("2026-11-20"),
        json!("2026-02-30"),
        json!("2028-02-29"),
        json!("9999-06-01"),
        json!(20261120),
        json!(null),
    ];
    let ids = [json!("1234567"), json!("123456"), json!("12"), json!("abc1234"), json!(1234567)];
    let countries =
        [json!("FR"), json!("fr"), json!("DE"), json!("GB"), json!("ZZ"), json!("RU"), json!(null)];
    let revenues = [json!(0), json!(999.99), json!(1000), json!(5000), json!(-1), json!("10"), json!(null)];
    let reasons = [json!(["a"]), json!([]), json!(["x", 1]), json!("a"), json!(null), json!(vec!["r"; 21])];
    json!({
        "type": kind,
        "form": rng.pick(&forms),
        "actorRole": rng.pick(&roles),
        "on": rng.pick(&dates),
        "partnerId": rng.pick(&ids),
        "country": rng.pick(&countries),
        "trailingRevenueUsd": rng.pick(&revenues),
        "reasons": rng.pick(&reasons),
    })
}

fn lenient_state(value: &Value) -> EnrollmentStateInput {
    EnrollmentStateInput::json(value)
}

fn lenient_event(value: &Value) -> EnrollmentEventInput {
    EnrollmentEventInput::json(value)
}

fn enrollment_invariants(state: &EnrollmentState, seed: u64) {
    assert_eq!(state.check(), Ok(()), "seed {seed}: {state:?}");
    let text = serde_json::to_string(state).unwrap();
    assert_eq!(
        &serde_json::from_str::<EnrollmentState>(&text).unwrap(),
        state,
        "seed {seed}: typed round trip"
    );
    let json = serde_json::from_str::<Value>(&text).unwrap();
    assert_eq!(
        enrollment_events(lenient_state(&json)),
        enrollment_events(state),
        "seed {seed}: lenient round trip"
    );
}

#[test]
fn life_random_event_sequences_keep_the_invariants_and_events_agree_with_apply() {
    let options = EnrollmentOptions::default();
    let mut accepted = std::collections::BTreeSet::new();
    for seed in 1..=120u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let mut state = enrollment_start();
        for _ in 0..25 {
            enrollment_invariants(&state, seed);
            let state_json = serde_json::to_value(&state).unwrap();

            // events(state) agrees with apply.
            let listed = enrollment_events(&state);
            for kind in ENROLLMENT_TYPES {
                let t =
                    enrollment_apply(&state, lenient_event(&valid_enrollment_event(kind, &state)), &options);
                let is_listed = listed.iter().any(|e| e.name() == kind);
                assert_eq!(
                    t.ok,
                    is_listed,
                    "seed {seed}: {kind} from {}: {:?}",
                    state.status().name(),
                    t.issues
                );
            }

            // A random event: the typed (state) and JSON paths agree; refusals change nothing.
            let event = random_enrollment_event(&mut rng, &state);
            let t = enrollment_apply(&state, lenient_event(&event), &options);
            let by_json = json::call("enrollmentApply", &[state_json.clone(), event.clone()]).unwrap();
            assert_eq!(serde_json::to_value(&t).unwrap(), by_json, "seed {seed}: {event}");
            if t.ok {
                accepted.insert((state.status().name(), event["type"].as_str().unwrap_or("").to_owned()));
                assert!(no_error(&t.issues));
            } else {
                assert_eq!(t.state, state, "seed {seed}: refused {event} changed the state");
                assert!(t.effects.is_empty());
                assert!(!t.issues.is_empty());
            }
            state = t.state;
            if rng.below(40) == 0 {
                state = enrollment_start();
            }
        }
    }
    // The walk reached every status and row of the table.
    for (status, kind) in [
        ("draft", "submit"),
        ("vetting", "reject"),
        ("rejected", "appeal"),
        ("verified", "signAgreement"),
        ("active", "deauthorize"),
    ] {
        assert!(
            accepted.contains(&(status, kind.to_owned())),
            "never accepted {kind} from {status}: {accepted:?}"
        );
    }
}

#[test]
fn life_garbage_states_and_events_always_get_issues() {
    let options = EnrollmentOptions::default();
    let mut rng = Rng(42);
    let values = [
        json!(null),
        json!(true),
        json!(1.5),
        json!("draft"),
        json!([{ "status": "draft" }]),
        json!({ "status": null }),
        json!({ "status": "active", "partnerIdAssociated": true, "emailVerified": true, "adminAgent": true }),
        json!({ "status": "draft", "partnerIdAssociated": false, "emailVerified": false, "adminAgent": false, "partnerId": "1234567" }),
        json!({ "type": "submit", "form": { "country": { "deep": [1, { "x": null }] } }, "on": [] }),
    ];
    for _ in 0..500 {
        let (s, e) = (rng.pick(&values), rng.pick(&values));
        let t = enrollment_apply(lenient_state(s), lenient_event(e), &options);
        assert!(!t.ok, "{s} {e}");
        assert!(t.issues.iter().all(|i| !i.message.is_empty()));
        assert_eq!(t.state.check(), Ok(()));
        let due = vetting_due(lenient_state(s), &Text::from("2026-11-20"), &Options::default());
        assert!(!due.ok);
    }
}

fn no_error(issues: &[Issue]) -> bool {
    issues.iter().all(|i| !i.is_error())
}

const RELATIONSHIP_TYPES: [&str; 5] =
    ["invite", "accept", "removeAdminAccess", "endByProvider", "endByReseller"];

fn valid_relationship_event(kind: &str) -> Value {
    match kind {
        "invite" => json!({ "type": kind, "providerCountry": "DE", "resellerCountry": "FR" }),
        "accept" => json!({ "type": kind, "consent": true, "actorRole": "globalAdmin" }),
        _ => json!({ "type": kind }),
    }
}

#[test]
fn rel_1_random_event_sequences_keep_the_invariants_and_events_agree_with_apply() {
    let options = Options::default();
    let countries = [json!("FR"), json!("DE"), json!("US"), json!("GB"), json!("BR"), json!("ZZ"), json!(3)];
    for seed in 1..=200u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let mut state = relationship_start();
        for _ in 0..20 {
            assert_eq!(state.check(), Ok(()), "seed {seed}");
            let state_json = serde_json::to_value(&state).unwrap();
            assert_eq!(serde_json::from_value::<RelationshipState>(state_json.clone()).unwrap(), state);
            let listed = relationship_events(&state);
            for kind in RELATIONSHIP_TYPES {
                let event = RelationshipEventInput::json(&valid_relationship_event(kind));
                let t = relationship_apply(&state, event, &options);
                assert_eq!(
                    t.ok,
                    listed.iter().any(|e| e.name() == kind),
                    "seed {seed}: {kind} from {}",
                    state.status()
                );
            }
            let kind = *rng.pick(&RELATIONSHIP_TYPES);
            let event = if rng.below(2) == 0 {
                valid_relationship_event(kind)
            } else {
                json!({ "type": kind, "providerCountry": rng.pick(&countries), "resellerCountry": rng.pick(&countries),
                        "consent": rng.pick(&[json!(true), json!(false), json!("yes")]), "actorRole": rng.pick(&[json!("globalAdmin"), json!("user"), json!(1)]) })
            };
            let t = relationship_apply(&state, RelationshipEventInput::json(&event), &options);
            let by_json = json::call("relationshipApply", &[state_json, event.clone()]).unwrap();
            assert_eq!(serde_json::to_value(&t).unwrap(), by_json, "seed {seed}: {event}");
            if !t.ok {
                assert_eq!(t.state, state);
                assert!(!t.issues.is_empty());
            }
            state = t.state;
        }
    }
}

#[test]
fn rel_2_random_event_sequences_keep_the_invariants_and_events_agree_with_apply() {
    let options = Options::default();
    let countries =
        [json!("FR"), json!("DE"), json!("US"), json!("IN"), json!("LK"), json!("CU"), json!(null)];
    for seed in 1..=200u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let mut state = customer_relationship_start();
        for _ in 0..8 {
            assert_eq!(state.check(), Ok(()), "seed {seed}");
            let state_json = serde_json::to_value(&state).unwrap();
            let listed = customer_relationship_events(&state);
            for (kind, event) in [
                (
                    "inviteCustomer",
                    json!({ "type": "inviteCustomer", "resellerCountry": "FR", "customerCountry": "DE" }),
                ),
                ("accept", json!({ "type": "accept" })),
            ] {
                let t = customer_relationship_apply(
                    &state,
                    CustomerRelationshipEventInput::json(&event),
                    &options,
                );
                assert_eq!(t.ok, listed.iter().any(|e| e.name() == kind), "seed {seed}: {kind}");
            }
            assert_eq!(can_provider_order(&state), state.status() == "active");
            let event = json!({ "type": rng.pick(&["inviteCustomer", "accept", "order"]), "resellerCountry": rng.pick(&countries), "customerCountry": rng.pick(&countries) });
            let t =
                customer_relationship_apply(&state, CustomerRelationshipEventInput::json(&event), &options);
            let by_json =
                json::call("customerRelationshipApply", &[state_json.clone(), event.clone()]).unwrap();
            assert_eq!(serde_json::to_value(&t).unwrap(), by_json, "seed {seed}: {event}");
            assert_eq!(
                json::call("canProviderOrder", &[state_json]).unwrap(),
                json!(state.status() == "active")
            );
            if !t.ok {
                assert_eq!(t.state, state);
            }
            state = t.state;
            if rng.below(4) == 0 {
                state = customer_relationship_start();
            }
        }
    }
    let garbage = CustomerRelationshipStateInput::json(&json!({ "status": "active" }));
    assert!(!can_provider_order(garbage));
    let garbage = RelationshipStateInput::json(&json!([]));
    assert!(relationship_events(garbage).is_empty());
}
