//! Tests of the reseller audience (SPEC §6), beside `mod.rs`.
use super::*;

fn offer(offer_type: &str) -> OfferInfo {
    OfferInfo { offer_type: offer_type.into(), ..OfferInfo::default() }
}

#[test]
fn aud_1_eligible_offer_types() {
    let en = Options::default();
    for t in [
        "virtualMachine",
        "solutionTemplate",
        "managedApplication",
        "dynamics365BusinessCentral",
        "container",
        "VIRTUALMACHINE",
    ] {
        assert!(audience_eligibility(&offer(t), &en).ok, "{t}");
    }
    let saas = OfferInfo { transactable: Flag::Bool(true), ..offer("saas") };
    assert!(audience_eligibility(&saas, &en).ok);
}

#[test]
fn aud_1_other_offers_not_eligible() {
    let en = Options::default();
    for t in ["consultingService", "powerBiApp", "saas", "iotEdgeModule", "x"] {
        let r = audience_eligibility(&offer(t), &en);
        assert!(!r.ok, "{t}");
        assert_eq!(r.issues[0].code, IssueCode::OfferNotEligible);
        assert_eq!(r.issues[0].path, vec![PathSegment::from("offerType")]);
    }
    let listing_only = OfferInfo { transactable: Flag::Bool(false), ..offer("saas") };
    assert!(!audience_eligibility(&listing_only, &en).ok);
    let r = audience_eligibility(&OfferInfo::default(), &en);
    assert_eq!(r.issues[0].code, IssueCode::Required);
    let r = audience_eligibility(
        &OfferInfo { offer_type: Text::Invalid(crate::input::ValueKind::Number), ..OfferInfo::default() },
        &en,
    );
    assert_eq!(r.issues[0].code, IssueCode::InvalidType);
    let r = audience_eligibility(&offer("powerBiApp"), &Options::with_locale("fr"));
    assert!(r.issues[0].message.contains("powerBiApp"), "{}", r.issues[0].message);
}

#[test]
fn aud_1_start_opted_in_for_byol_vm_and_containers() {
    let start = |o: OfferInfo| audience_start(&o).option;
    assert_eq!(start(offer("container")), Text::from("all"));
    assert_eq!(start(OfferInfo { plan_kind: "BYOL".into(), ..offer("virtualMachine") }), Text::from("all"));
    assert_eq!(start(OfferInfo { plan_kind: "payg".into(), ..offer("virtualMachine") }), Text::from("none"));
    assert_eq!(start(offer("virtualMachine")), Text::from("none"));
    assert_eq!(start(OfferInfo { transactable: Flag::Bool(true), ..offer("saas") }), Text::from("none"));
    assert_eq!(start(offer("consultingService")), Text::from("none"));
    let s = audience_start(&offer("container"));
    assert_eq!(s.published, Flag::Bool(false));
    assert_eq!(s.partners, List::Items(vec![]));
    assert_eq!(s.resold, List::Items(vec![]));
}

#[test]
fn aud_2_state_invariants_are_checked() {
    let a = "a2898e3a-06ca-454e-a0d0-c73b0ee36bba";
    let b = "484e548c-f5f3-4528-93a9-c16c6373cb59";
    let check = |s: &AudienceState| {
        let mut r = Report::new(Locale::En);
        let c = check_state(s, "state", &mut r);
        (c, r.issues)
    };
    let ok = AudienceState::new(
        AudienceOption::Specific,
        vec![Partner::new(&a.to_uppercase()).with_country("fr")],
        true,
        &[a],
    );
    let (c, issues) = check(&ok);
    assert!(issues.is_empty(), "{issues:?}");
    let c = c.unwrap();
    assert_eq!(c.partners[0].tenant_id, a);
    assert_eq!(c.partners[0].country.as_deref(), Some("FR"));

    let cases: Vec<(AudienceState, &str)> = vec![
        (AudienceState::new(AudienceOption::All, vec![], false, &[a]), "resold"),
        (AudienceState::new(AudienceOption::All, vec![Partner::new(a)], true, &[]), "partners"),
        (AudienceState::new(AudienceOption::None, vec![], true, &[a]), "resold"),
        (AudienceState::new(AudienceOption::Specific, vec![Partner::new(a)], true, &[b]), "resold"),
        (
            AudienceState::new(AudienceOption::Specific, vec![Partner::new(a), Partner::new(a)], true, &[]),
            "partners.1.tenantId",
        ),
        (
            AudienceState::new(AudienceOption::Specific, vec![Partner::new("nope")], true, &[]),
            "partners.0.tenantId",
        ),
        (
            AudienceState::new(AudienceOption::Specific, vec![Partner::new(a).with_country("ZZ")], true, &[]),
            "partners.0.country",
        ),
        (AudienceState::new(AudienceOption::All, vec![], true, &["x"]), "resold.0"),
        (AudienceState::new(AudienceOption::All, vec![], true, &[a, a]), "resold.1"),
        (AudienceState { option: "some".into(), ..AudienceState::default() }, "option"),
        (
            AudienceState {
                option: "all".into(),
                published: Flag::Invalid(crate::input::ValueKind::String),
                ..AudienceState::default()
            },
            "published",
        ),
        (
            AudienceState {
                option: "all".into(),
                partners: List::Invalid(crate::input::ValueKind::Object),
                ..AudienceState::default()
            },
            "partners",
        ),
    ];
    for (state, field) in cases {
        let (c, issues) = check(&state);
        assert!(c.is_none(), "{field}");
        assert_eq!(
            issues.iter().map(|i| i.code).collect::<Vec<_>>(),
            [IssueCode::InvalidState],
            "{field}: {issues:?}"
        );
        assert_eq!(issues[0].params["field"], field.into(), "{field}");
    }
}

#[test]
fn aud_2_a_target_partner_that_is_not_an_object_names_its_kind() {
    // Before issue 13 the message read "…must be an object, not value." whatever the element held.
    let target: AudienceTarget = crate::read::from_json(serde_json::json!({
        "option": "specific",
        "partners": [["a2898e3a-06ca-454e-a0d0-c73b0ee36bba"], 7, "x", true, null]
    }));
    let state = AudienceState::new(AudienceOption::None, Vec::new(), false, &[]);
    let plan = plan_audience_change(&state, &target, &AudiencePlanOptions::default());
    let received: Vec<_> = plan
        .issues
        .iter()
        .filter(|i| i.code == IssueCode::InvalidType)
        .map(|i| (i.params.get("received").cloned(), i.message.clone()))
        .collect();
    let kinds = ["array", "number", "string", "boolean", "null"];
    assert_eq!(received.len(), kinds.len(), "{received:?}");
    for ((got, message), kind) in received.iter().zip(kinds) {
        assert_eq!(got.as_ref(), Some(&kind.into()));
        assert!(!message.ends_with("not value."), "{message}");
    }
}

#[test]
fn aud_2_an_oversized_member_names_its_field_not_the_whole_state() {
    // Through the serde bridge (before issue 13) a boolean or list member holding a string over the
    // field limit failed the whole state's reading, so it read as an empty state (`option` reported).
    let big = "x".repeat(crate::read::MAX_FIELD_BYTES + 1);
    for (member, field) in [("published", "published"), ("resold", "resold")] {
        let mut json =
            serde_json::json!({ "option": "none", "partners": [], "published": false, "resold": [] });
        json[member] = serde_json::Value::String(big.clone());
        let state: AudienceState = crate::read::from_json(json);
        let mut r = Report::new(Locale::En);
        assert!(check_state(&state, "state", &mut r).is_none());
        let fields: Vec<_> = r.issues.iter().map(|i| i.params.get("field").cloned()).collect();
        assert_eq!(fields, [Some(field.into())], "{member}");
    }
    let options: crate::partner_csv::CsvOptions =
        crate::read::from_json(serde_json::json!({ "locale": "fr", "maxBytes": big }));
    assert_eq!((options.locale(), options.max_bytes()), (Locale::Fr, crate::partner_csv::DEFAULT_MAX_BYTES));
}
