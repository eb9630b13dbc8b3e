//! The enrolment lifecycle's unit tests (LIFE, LIFE-2).

use super::step::format_usd;
use super::*;
use serde_json::{json, Value};

fn form() -> EnrollmentForm {
    serde_json::from_value(json!({
        "country": "FR", "company": { "legalName": "Contoso France SAS" },
        "address": { "line1": "10 rue de la Paix", "city": "Paris", "postalCode": "75002", "country": "FR" },
        "primaryContact": { "firstName": "Gena", "lastName": "Dupont", "email": "gena@contoso.fr", "phone": "+33 1 23 45 67 89" },
        "support": { "email": "support@contoso.fr", "phone": "01 23 45 67 89", "website": "www.contoso.fr" },
        "language": "fr"
    }))
    .unwrap()
}

fn opts() -> EnrollmentOptions {
    EnrollmentOptions::default()
}

fn fr() -> EnrollmentOptions {
    crate::read::from_json(json!({ "locale": "fr-FR" }))
}

fn apply(state: &EnrollmentState, event: EnrollmentEvent) -> Transition<EnrollmentState> {
    enrollment_apply(state, event, &opts())
}

fn ok(state: &EnrollmentState, event: EnrollmentEvent) -> EnrollmentState {
    let t = apply(state, event);
    assert!(t.ok, "{:?}", t.issues);
    t.state
}

fn codes(t: &Transition<EnrollmentState>) -> Vec<IssueCode> {
    t.issues.iter().filter(|i| i.is_error()).map(|i| i.code).collect()
}

fn refused(state: &EnrollmentState, event: EnrollmentEvent, code: IssueCode) -> Transition<EnrollmentState> {
    let t = apply(state, event);
    assert!(!t.ok, "{code:?} expected");
    assert!(codes(&t).contains(&code), "{code:?} expected, got {:?}", codes(&t));
    assert_eq!(&t.state, state, "a refused event leaves the state unchanged");
    assert!(t.effects.is_empty());
    t
}

fn submit(role: ActorRole) -> EnrollmentEvent {
    EnrollmentEvent::Submit { form: form(), actor_role: role, on: "2026-11-20".into() }
}

fn associate(id: &str, country: &str) -> EnrollmentEvent {
    EnrollmentEvent::AssociatePartnerId { partner_id: id.into(), country: country.into() }
}

fn sign(role: ActorRole) -> EnrollmentEvent {
    EnrollmentEvent::SignAgreement { actor_role: role }
}

fn deauthorize(on: &str, revenue: f64) -> EnrollmentEvent {
    EnrollmentEvent::Deauthorize { on: on.into(), trailing_revenue_usd: revenue }
}

fn submitted() -> EnrollmentState {
    ok(&enrollment_start(), submit(ActorRole::GlobalAdmin))
}
fn vetting() -> EnrollmentState {
    ok(&submitted(), EnrollmentEvent::ConfirmEmail)
}
fn verified(associated: bool) -> EnrollmentState {
    let v = ok(&vetting(), EnrollmentEvent::Approve);
    if associated {
        ok(&v, associate("1234567", "FR"))
    } else {
        v
    }
}
fn active() -> EnrollmentState {
    ok(&verified(true), sign(ActorRole::GlobalAdmin))
}

#[test]
fn life_start_is_a_draft() {
    let s = enrollment_start();
    assert_eq!(s.status(), EnrollmentStatus::Draft);
    assert_eq!(
        serde_json::to_value(&s).unwrap(),
        json!({ "status": "draft", "partnerIdAssociated": false, "emailVerified": false, "adminAgent": false })
    );
    assert_eq!(enrollment_events(&s), [EnrollmentEventType::Submit, EnrollmentEventType::AssociatePartnerId]);
}

#[test]
fn life_submit_draft_to_email_verification_sends_the_verification_email() {
    let t = apply(&enrollment_start(), submit(ActorRole::GlobalAdmin));
    assert!(t.ok, "{:?}", t.issues);
    assert_eq!(t.effects, [Effect::SendVerificationEmail]);
    assert_eq!(
        serde_json::to_value(&t.state).unwrap(),
        json!({ "status": "emailVerification", "partnerIdAssociated": false, "emailVerified": false, "adminAgent": false,
                "country": "FR", "submittedOn": "2026-11-20" })
    );
}

#[test]
fn life_submit_requires_a_global_admin() {
    for role in [ActorRole::Admin, ActorRole::User] {
        let t = refused(&enrollment_start(), submit(role), IssueCode::GlobalAdminRequired);
        assert_eq!(t.issues[0].path, vec![PathSegment::from("actorRole")]);
    }
}

#[test]
fn life_submit_refused_with_the_forms_issues_under_form() {
    let mut bad = form();
    bad.country = "RU".into();
    let t = refused(
        &enrollment_start(),
        EnrollmentEvent::Submit { form: bad, actor_role: ActorRole::GlobalAdmin, on: "2026-11-20".into() },
        IssueCode::NotCspMarket,
    );
    let issue = t.issues.iter().find(|i| i.code == IssueCode::NotCspMarket).unwrap();
    assert_eq!(issue.path, vec![PathSegment::from("form"), PathSegment::from("country")]);
    let t = refused(
        &enrollment_start(),
        EnrollmentEvent::Submit {
            form: EnrollmentForm::default(),
            actor_role: ActorRole::GlobalAdmin,
            on: "2026-11-20".into(),
        },
        IssueCode::Required,
    );
    assert!(t.issues.iter().all(|i| i.path.first() == Some(&PathSegment::from("form"))));
}

#[test]
fn life_submit_refuses_an_invalid_date() {
    for on in ["2026-02-30", "20/11/2026", ""] {
        let t = refused(
            &enrollment_start(),
            EnrollmentEvent::Submit { form: form(), actor_role: ActorRole::GlobalAdmin, on: on.into() },
            IssueCode::InvalidDate,
        );
        assert_eq!(t.issues[0].path, vec![PathSegment::from("on")]);
    }
}

#[test]
fn life_submit_with_the_forms_partner_id_associates_it() {
    let mut f = form();
    f.partner_id = serde_json::from_value(json!({ "id": " 1234567 ", "country": "fr" })).unwrap();
    let s = ok(
        &enrollment_start(),
        EnrollmentEvent::Submit {
            form: f.clone(),
            actor_role: ActorRole::GlobalAdmin,
            on: "2026-11-20".into(),
        },
    );
    assert!(s.flags().partner_id_associated);
    assert_eq!(
        s.flags().partner_id,
        Some(AssociatedPartnerId { id: "1234567".into(), country: "FR".into() })
    );
    f.partner_id = serde_json::from_value(json!({ "id": "1234567", "country": "DE" })).unwrap();
    refused(
        &enrollment_start(),
        EnrollmentEvent::Submit {
            form: f.clone(),
            actor_role: ActorRole::GlobalAdmin,
            on: "2026-11-20".into(),
        },
        IssueCode::PartnerIdCountryMismatch,
    );
    f.partner_id = serde_json::from_value(json!({ "id": "12a45", "country": "FR" })).unwrap();
    refused(
        &enrollment_start(),
        EnrollmentEvent::Submit { form: f, actor_role: ActorRole::GlobalAdmin, on: "2026-11-20".into() },
        IssueCode::PartnerIdFormat,
    );
}

#[test]
fn life_associate_partner_id_in_draft_must_match_the_submitted_country() {
    let draft = ok(&enrollment_start(), associate("1234567", "de"));
    assert_eq!(draft.status(), EnrollmentStatus::Draft);
    assert_eq!(draft.flags().partner_id.as_ref().unwrap().country, "DE");
    let t = refused(&draft, submit(ActorRole::GlobalAdmin), IssueCode::PartnerIdCountryMismatch);
    let mismatch = t.issues.iter().find(|i| i.code == IssueCode::PartnerIdCountryMismatch).unwrap();
    assert_eq!(mismatch.path, vec![PathSegment::from("form"), PathSegment::from("country")]);
    assert!(
        t.issues.iter().all(|i| i.code != IssueCode::PartnerIdMissing),
        "a PartnerID is associated: no partner_id_missing"
    );
    let draft = ok(&enrollment_start(), associate("1234567", "FR"));
    let t = apply(&draft, submit(ActorRole::GlobalAdmin));
    assert!(t.ok && t.state.flags().partner_id_associated);
    assert!(t.issues.iter().all(|i| i.code != IssueCode::PartnerIdMissing));
}

#[test]
fn life_resend_verification_email_stays_and_sends_again() {
    let s = submitted();
    let t = apply(&s, EnrollmentEvent::ResendVerificationEmail);
    assert!(t.ok);
    assert_eq!(t.state, s);
    assert_eq!(t.effects, [Effect::SendVerificationEmail]);
}

#[test]
fn life_confirm_email_to_vetting() {
    let t = apply(&submitted(), EnrollmentEvent::ConfirmEmail);
    assert!(t.ok);
    assert_eq!(t.state.status(), EnrollmentStatus::Vetting);
    assert!(t.state.flags().email_verified);
    assert!(t.effects.is_empty());
}

#[test]
fn life_approve_to_verified_notifies_the_primary_contact() {
    let t = apply(&vetting(), EnrollmentEvent::Approve);
    assert!(t.ok);
    assert_eq!(t.state.status(), EnrollmentStatus::Verified);
    assert_eq!(t.effects, [Effect::NotifyPrimaryContact]);
}

#[test]
fn life_reject_to_rejected_with_reasons() {
    let t = apply(
        &vetting(),
        EnrollmentEvent::Reject { reasons: vec!["  Business   name doesn't match ".into(), " ".into()] },
    );
    assert!(t.ok);
    assert_eq!(t.effects, [Effect::NotifyPrimaryContact]);
    match &t.state {
        EnrollmentState::Rejected { rejected_reasons, .. } => {
            assert_eq!(rejected_reasons, &["Business name doesn't match"])
        }
        other => panic!("{other:?}"),
    }
    refused(
        &vetting(),
        EnrollmentEvent::Reject { reasons: vec!["x".repeat(MAX_REASON_CHARS + 1)] },
        IssueCode::TooLong,
    );
    refused(
        &vetting(),
        EnrollmentEvent::Reject { reasons: vec!["x".into(); MAX_REASONS + 1] },
        IssueCode::TooLong,
    );
}

#[test]
fn life_appeal_fix_now_back_to_vetting_with_a_valid_form() {
    let rejected = ok(&vetting(), EnrollmentEvent::Reject { reasons: vec!["Address".into()] });
    let t = apply(&rejected, EnrollmentEvent::Appeal { form: form(), on: Some("2026-12-01".into()) });
    assert!(t.ok, "{:?}", t.issues);
    assert_eq!(t.state.status(), EnrollmentStatus::Vetting);
    assert_eq!(t.state.submission().unwrap().submitted_on, "2026-12-01", "the vetting clock restarts");
    let kept = ok(&rejected, EnrollmentEvent::Appeal { form: form(), on: None });
    assert_eq!(kept.submission().unwrap().submitted_on, "2026-11-20");
    refused(
        &rejected,
        EnrollmentEvent::Appeal { form: EnrollmentForm::default(), on: None },
        IssueCode::Required,
    );
    let mut other = form();
    other.country = "BE".into();
    other.address = Loose::Missing;
    let t = refused(&rejected, EnrollmentEvent::Appeal { form: other, on: None }, IssueCode::CountryMismatch);
    assert!(t.issues.iter().any(|i| i.code == IssueCode::CountryMismatch
        && i.path == vec![PathSegment::from("form"), PathSegment::from("country")]));
}

#[test]
fn life_associate_partner_id_any_status_but_deauthorized() {
    let mut states = vec![enrollment_start(), submitted(), vetting(), verified(false), active()];
    states.push(ok(&vetting(), EnrollmentEvent::Reject { reasons: vec![] }));
    for s in &states {
        let t = apply(s, associate("7654321", "fr"));
        assert!(t.ok, "{:?}: {:?}", s.status(), t.issues);
        assert_eq!(t.state.status(), s.status(), "same status");
        assert!(t.state.flags().partner_id_associated);
        assert!(enrollment_events(s).contains(&EnrollmentEventType::AssociatePartnerId));
    }
    let gone = ok(&active(), deauthorize("2027-04-01", 10.0));
    refused(&gone, associate("1234567", "FR"), IssueCode::TransitionNotAllowed);
    assert!(enrollment_events(&gone).is_empty());
}

#[test]
fn life_associate_partner_id_format_6_to_10_digits() {
    for id in ["12345", "12345678901", "12a4567", "", "１２３４５６７"] {
        refused(&submitted(), associate(id, "FR"), IssueCode::PartnerIdFormat);
    }
    for id in ["123456", "1234567890", " 1234567 "] {
        assert!(apply(&submitted(), associate(id, "FR")).ok, "{id}");
    }
}

#[test]
fn life_associate_partner_id_same_country_as_the_account() {
    // Same region is not enough: a UK PartnerID for a French account fails.
    let t = refused(&submitted(), associate("1234567", "GB"), IssueCode::PartnerIdCountryMismatch);
    assert_eq!(t.issues[0].path, vec![PathSegment::from("country")]);
    assert!(t.issues[0].message.contains("United Kingdom"), "{}", t.issues[0].message);
    refused(&submitted(), associate("1234567", "ZZ"), IssueCode::UnknownCountry);
    refused(&enrollment_start(), associate("1234567", "RU"), IssueCode::NotCspMarket);
}

#[test]
fn life_sign_agreement_verified_to_active() {
    let t = apply(&verified(true), sign(ActorRole::GlobalAdmin));
    assert!(t.ok);
    assert_eq!(t.state.status(), EnrollmentStatus::Active);
    assert!(!t.state.flags().admin_agent);
}

#[test]
fn life_sign_agreement_requires_a_global_admin() {
    refused(&verified(true), sign(ActorRole::Admin), IssueCode::GlobalAdminRequired);
}

#[test]
fn life_sign_agreement_blocked_until_the_partner_id_is_associated() {
    let s = verified(false);
    let t = refused(&s, sign(ActorRole::GlobalAdmin), IssueCode::PartnerIdNotAssociated);
    assert_eq!(t.issues.len(), 1);
    assert!(!enrollment_events(&s).contains(&EnrollmentEventType::SignAgreement));
    assert!(enrollment_events(verified(true)).contains(&EnrollmentEventType::SignAgreement));
    let t = enrollment_apply(&s, sign(ActorRole::User), &fr());
    assert_eq!(codes(&t), [IssueCode::GlobalAdminRequired, IssueCode::PartnerIdNotAssociated]);
    assert_eq!(
        t.issues[1].message,
        "Associez votre PartnerID avant de signer le Contrat Partenaire Microsoft."
    );
}

#[test]
fn life_grant_admin_agent_stays_active() {
    let t = apply(&active(), EnrollmentEvent::GrantAdminAgent);
    assert!(t.ok);
    assert_eq!(t.state.status(), EnrollmentStatus::Active);
    assert!(t.state.flags().admin_agent);
    assert!(apply(&t.state, EnrollmentEvent::GrantAdminAgent).ok, "idempotent");
}

#[test]
fn life_deauthorize_below_1000_usd_reenroll_after_one_year() {
    let t = apply(&active(), deauthorize("2027-04-01", 999.99));
    assert!(t.ok);
    match &t.state {
        EnrollmentState::Deauthorized { reenroll_after, .. } => assert_eq!(reenroll_after, "2028-04-01"),
        other => panic!("{other:?}"),
    }
    match ok(&active(), deauthorize("2028-02-29", 0.0)) {
        EnrollmentState::Deauthorized { reenroll_after, .. } => assert_eq!(reenroll_after, "2029-02-28"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn life_deauthorize_refused_when_the_revenue_threshold_is_met() {
    let t = refused(&active(), deauthorize("2027-04-01", 1000.0), IssueCode::RevenueThresholdMet);
    assert_eq!(t.issues[0].params.get("revenueUsd").unwrap().to_string(), "1000");
    assert_eq!(
        (format_usd(25_000.5), format_usd(1e300), format_usd(-3.0)),
        ("25000.50".into(), "1000000000000000".into(), "-3".into())
    );
    refused(&active(), deauthorize("2027-04-01", 25_000.5), IssueCode::RevenueThresholdMet);
    refused(&active(), deauthorize("2027-02-29", 10.0), IssueCode::InvalidDate);
    refused(&active(), deauthorize("2027-04-01", f64::NAN), IssueCode::InvalidEvent);
}

#[test]
fn life_deauthorize_only_from_the_revenue_rule_effective_date() {
    // Source: kvamseek/partner-center, new-indirect-reseller-requirement.md: the USD 1,000 trailing-revenue
    // requirement applies "as of April 1, 2024".
    let t = refused(&active(), deauthorize("2023-06-30", 10.0), IssueCode::RevenueRuleNotInEffect);
    assert_eq!(t.issues[0].path, vec![PathSegment::from("on")]);
    assert_eq!(t.issues[0].params.get("effectiveDate"), Some(&"2024-04-01".into()));
    refused(&active(), deauthorize("2024-03-31", 0.0), IssueCode::RevenueRuleNotInEffect);
    ok(&active(), deauthorize("2024-04-01", 999.0));
}

#[test]
fn life_every_other_pair_is_transition_not_allowed() {
    let all = [
        enrollment_start(),
        submitted(),
        vetting(),
        ok(&vetting(), EnrollmentEvent::Reject { reasons: vec![] }),
        verified(true),
        active(),
        ok(&active(), deauthorize("2027-04-01", 1.0)),
    ];
    let events = [
        submit(ActorRole::GlobalAdmin),
        EnrollmentEvent::ResendVerificationEmail,
        EnrollmentEvent::ConfirmEmail,
        EnrollmentEvent::Approve,
        EnrollmentEvent::Reject { reasons: vec![] },
        EnrollmentEvent::Appeal { form: form(), on: None },
        associate("1234567", "FR"),
        sign(ActorRole::GlobalAdmin),
        EnrollmentEvent::GrantAdminAgent,
        deauthorize("2027-04-01", 1.0),
    ];
    let mut accepted = 0;
    for s in &all {
        let listed = enrollment_events(s);
        for e in &events {
            let t = apply(s, e.clone());
            assert_eq!(
                t.ok,
                listed.contains(&e.event_type()),
                "{} / {}: {:?}",
                s.status().name(),
                e.event_type().name(),
                t.issues
            );
            if t.ok {
                accepted += 1;
            } else {
                assert_eq!(
                    codes(&t),
                    [IssueCode::TransitionNotAllowed],
                    "{} / {}",
                    s.status().name(),
                    e.event_type().name()
                );
                assert_eq!(t.issues[0].params.get("from").unwrap().to_string(), s.status().name());
                assert_eq!(t.issues[0].params.get("event").unwrap().to_string(), e.event_type().name());
            }
        }
    }
    assert_eq!(accepted, 15, "9 rows of the table, associatePartnerId in 6 statuses");
    let t = enrollment_apply(enrollment_start(), EnrollmentEvent::Approve, &fr());
    assert_eq!(
        t.issues[0].message,
        "L'action «\u{202f}approve\u{202f}» n'est pas possible depuis l'état «\u{202f}draft\u{202f}»."
    );
}

fn raw(state: Value, event: Value) -> Transition<EnrollmentState> {
    let state = EnrollmentStateInput::json(&state);
    let event = EnrollmentEventInput::json(&event);
    enrollment_apply(state, event, &opts())
}

#[test]
fn life_malformed_states_are_invalid_state_never_a_default() {
    for state in [
        json!(null),
        json!("draft"),
        json!([]),
        json!({}),
        json!({ "status": "paused", "partnerIdAssociated": false, "emailVerified": false, "adminAgent": false }),
        json!({ "status": "draft", "partnerIdAssociated": "no", "emailVerified": false, "adminAgent": false }),
        json!({ "status": "vetting", "partnerIdAssociated": false, "emailVerified": true, "adminAgent": false, "country": "FR" }),
        json!({ "status": "vetting", "partnerIdAssociated": false, "emailVerified": false, "adminAgent": false, "country": "FR", "submittedOn": "2026-11-20" }),
        json!({ "status": "vetting", "partnerIdAssociated": false, "emailVerified": true, "adminAgent": false, "country": "XX", "submittedOn": "2026-11-20" }),
        json!({ "status": "active", "partnerIdAssociated": false, "emailVerified": true, "adminAgent": false, "country": "FR", "submittedOn": "2026-11-20" }),
        json!({ "status": "draft", "partnerIdAssociated": true, "emailVerified": false, "adminAgent": false }),
        json!({ "status": "rejected", "partnerIdAssociated": false, "emailVerified": true, "adminAgent": false, "country": "FR", "submittedOn": "2026-11-20" }),
    ] {
        let t = raw(state.clone(), json!({ "type": "confirmEmail" }));
        assert!(!t.ok, "{state}");
        assert!(codes(&t).iter().all(|c| *c == IssueCode::InvalidState), "{state}: {:?}", codes(&t));
        assert_eq!(t.state, enrollment_start());
        assert!(enrollment_events(EnrollmentStateInput::json(&state)).is_empty());
    }
    let t = raw(
        json!({ "status": "draft", "partnerIdAssociated": 1, "emailVerified": false, "adminAgent": false }),
        json!({}),
    );
    assert_eq!(t.issues[0].params.get("field").unwrap().to_string(), "partnerIdAssociated");
}

#[test]
fn life_malformed_events_are_invalid_event() {
    let start = serde_json::to_value(enrollment_start()).unwrap();
    for (event, field) in [
        (json!(null), "event"),
        (json!(42), "event"),
        (json!({}), "type"),
        (json!({ "type": "launch" }), "type"),
        (json!({ "type": "Submit" }), "type"),
        (json!({ "type": "submit", "actorRole": "globalAdmin", "on": "2026-11-20" }), "form"),
        (json!({ "type": "submit", "form": {}, "actorRole": "owner", "on": "2026-11-20" }), "actorRole"),
        (json!({ "type": "submit", "form": {}, "actorRole": "globalAdmin", "on": 20261120 }), "on"),
        (json!({ "type": "associatePartnerId", "partnerId": 1234567, "country": "FR" }), "partnerId"),
    ] {
        let t = raw(start.clone(), event.clone());
        assert!(!t.ok);
        assert_eq!(codes(&t)[0], IssueCode::InvalidEvent, "{event}");
        assert_eq!(t.issues[0].params.get("field").unwrap().to_string(), field, "{event}");
        assert_eq!(t.state, enrollment_start());
    }
}

#[test]
fn life_states_round_trip_through_json() {
    for s in [
        enrollment_start(),
        submitted(),
        vetting(),
        verified(true),
        active(),
        ok(&active(), deauthorize("2027-04-01", 0.0)),
    ] {
        let text = serde_json::to_string(&s).unwrap();
        let back: EnrollmentState = serde_json::from_str(&text).unwrap();
        assert_eq!(back, s);
        let lenient = EnrollmentStateInput::json(&serde_json::from_str(&text).unwrap());
        assert_eq!(enrollment_events(lenient), enrollment_events(&s));
        let e = serde_json::to_value(EnrollmentEvent::Deauthorize {
            on: "2027-04-01".into(),
            trailing_revenue_usd: 1.0,
        })
        .unwrap();
        assert_eq!(e, json!({ "type": "deauthorize", "on": "2027-04-01", "trailingRevenueUsd": 1.0 }));
    }
}

#[test]
fn life_2_vetting_due_three_to_five_business_days() {
    let s = vetting(); // submitted Friday 2026-11-20
    let today = |d: &str| vetting_due(&s, &Text::from(d), &Options::default());
    let due = today("2026-11-23");
    assert!(due.ok);
    assert_eq!(due.earliest_by.as_deref(), Some("2026-11-25"));
    assert_eq!(due.expected_by.as_deref(), Some("2026-11-27"));
    assert_eq!(due.business_days_elapsed, 1);
    assert!(!due.overdue);
    let due = today("2026-11-27");
    assert!(!due.overdue, "the 5th business day is not yet overdue");
    assert!(due.effects.is_empty());
    let due = today("2026-11-29");
    assert!(!due.overdue, "a weekend adds no business day");
    let due = today("2026-11-30");
    assert!(due.overdue);
    assert_eq!(due.business_days_elapsed, 6);
    assert_eq!(due.effects, [Effect::OpenSupportRequest]);
}

#[test]
fn life_2_vetting_due_only_in_vetting_and_refuses_bad_dates() {
    let due = vetting_due(submitted(), &Text::from("2027-01-01"), &Options::default());
    assert!(due.ok);
    assert_eq!((due.expected_by, due.overdue), (None, false));
    for bad in [Text::from("2026-11-31"), Text::Missing, Text::from("tomorrow")] {
        let due = vetting_due(vetting(), &bad, &Options::default());
        assert!(!due.ok);
        assert_eq!(due.issues[0].code, IssueCode::InvalidDate);
    }
    let due = vetting_due(EnrollmentStateInput::default(), &Text::from("2026-11-20"), &Options::default());
    assert_eq!(due.issues[0].code, IssueCode::InvalidState);
}
