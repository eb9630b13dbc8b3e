//! Tests of the enrolment form's rules (SPEC §2), beside `mod.rs`.
use super::test_support::*;
use super::*;
use crate::input::FieldPath;
use crate::issue::PathSegment;
use serde_json::{json, Value};

#[test]
fn base_form_passes_every_rule() {
    let result = validate(&base());
    assert!(result.issues.is_empty(), "{:?}", result.issues);
}

#[test]
fn enr_20_partner_id_digits_only_6_to_10() {
    for ok in ["123456", "1234567", "4847383", "1234567890", " 1234567 "] {
        assert!(field_codes("partnerId.id", json!(ok)).is_empty(), "{ok}");
    }
    for bad in ["12345", "12345678901", "123-4567", "abcdefg", "1234567a", "１２３４５６７"] {
        assert_eq!(field_codes("partnerId.id", json!(bad)), ["partner_id_format"], "{bad}");
    }
}

#[test]
fn enr_20_partner_id_same_country_not_same_region() {
    // FR and GB are both in the Europe region, yet a UK PartnerID can't serve a French account.
    assert_eq!(field_codes("partnerId.country", json!("GB")), ["partner_id_country_mismatch"]);
    assert!(field_codes("partnerId.country", json!("fr")).is_empty());
    assert_eq!(normalized("partnerId.country", json!(" fr ")), json!("FR"));
    assert_eq!(field_codes("partnerId.country", json!("QQ")), ["unknown_country"]);
    let issue = validate(&with(base(), "partnerId.country", json!("GB")))
        .issues
        .into_iter()
        .find(|i| i.code == IssueCode::PartnerIdCountryMismatch)
        .unwrap();
    assert_eq!(issue.params.get("accountCountryName"), Some(&"France".into()));
    // Same semantics as REG-2's checkPartnerIdLocation.
    let reg2 = crate::check_partner_id_location(&"GB".into(), &"FR".into(), &crate::Options::default());
    assert_eq!(reg2.issues.first().map(|i| &i.message), Some(&issue.message));
}

#[test]
fn enr_20_partner_id_missing_is_a_warning() {
    let result = validate(&with(base(), "partnerId", Value::Null));
    assert!(result.ok);
    assert_eq!(codes_at(&result, "partnerId.id"), ["partner_id_missing"]);
    assert_eq!(result.issues[0].severity, crate::Severity::Warning);
    assert_eq!(
        codes_at(&validate(&with(base(), "partnerId", json!({}))), "partnerId.id"),
        ["partner_id_missing"]
    );
    // An id without its country: the country is required.
    assert_eq!(
        codes_at(&validate(&with(base(), "partnerId.country", Value::Null)), "partnerId.country"),
        ["required"]
    );
    // Draft mode: not yet an issue.
    assert!(validate_with(&with(base(), "partnerId", Value::Null), json!({"mode": "draft"}))
        .issues
        .is_empty());
    assert_eq!(field_codes("partnerId", json!(42)), ["invalid_type"]);
}

#[test]
fn enr_22_limits_and_unknown_keys() {
    let long = |n: usize| json!("a".repeat(n));
    for (path, max) in [
        ("company.legalName", limits::LEGAL_NAME),
        ("primaryContact.firstName", limits::PERSON_NAME),
        ("primaryContact.lastName", limits::PERSON_NAME),
        ("primaryContact.email", limits::EMAIL),
        ("support.email", limits::EMAIL),
        ("support.website", limits::WEBSITE),
        ("company.duns", limits::DUNS),
        ("company.vatId", limits::TAX_ID),
        ("company.registrationId", limits::TAX_ID),
        ("partnerId.id", limits::PARTNER_ID),
        ("workAccount.domain", limits::DOMAIN),
        ("language", limits::LANGUAGE),
    ] {
        assert_eq!(field_codes(path, long(max + 1)), ["too_long"], "{path}");
    }
    let mut form = base();
    form["extra"] = json!({"anything": [1, 2]});
    form["company"]["nickname"] = json!("x");
    assert!(validate(&form).issues.is_empty());
    assert_eq!(field_codes("company.legalName", json!(12)), ["invalid_type"]);
}

/// Forms that break many rules at once, for the per-field and normalization tests.
fn sample_forms() -> Vec<Value> {
    vec![
        base(),
        json!({}),
        json!({ "country": "BR", "company": { "legalName": "LLC", "registrationId": "11.222.333/0001-80", "duns": "12-345" },
                "primaryContact": { "firstName": "", "email": "info+x@Hotmail.CO.UK." },
                "support": { "email": "bad@", "website": "ftp://x" }, "partnerId": { "id": "12a", "country": "PT" },
                "workAccount": { "domain": "con-toso.onmicrosoft.com" } }),
        json!({ "country": "DE", "company": { "legalName": "   ", "vatId": "DE 12345678" },
                "address": { "line1": "Unter den Linden 1", "city": "Berlin", "postalCode": "10117" },
                "primaryContact": { "firstName": "Jan", "lastName": "Meyer", "email": "jan@mail.yahoo.fr" },
                "support": { "email": "JAN@GMAIL.COM", "phone": "+49 30 1234567", "website": "HTTPS://Example.DE/a?b" } }),
        json!({ "country": "IN", "company": { "legalName": "9 9 9", "registrationId": "AAAXZ1234C" },
                "primaryContact": { "email": "admin.fr@contoso.onmicrosoft.com" }, "partnerId": 7, "language": ["fr"] }),
        json!({ "country": "ZZ", "company": "x", "address": [], "support": { "email": 12 } }),
        json!({ "country": "US", "address": { "line1": "", "line2": "Ἀθηνᾶ", "city": "Москва", "state": "Nowhere", "postalCode": "ABC", "country": "CA" } }),
        json!({ "country": "US", "address": { "line1": "1 Main St", "state": "Californie", "postalCode": "10001", "country": "us" } }),
        json!({ "country": "JP", "address": { "line1": 5, "city": "東京", "state": "Hokkaidō", "postalCode": "1540023" } }),
        json!({ "country": "GR", "company": { "legalName": "Contoso.com", "vatId": "el 123 456 789", "duns": "65-941-0848" },
                "primaryContact": { "email": "Marketing@Contoso.GR" } }),
        // ENR-20: the PartnerID's country is required only with an id (the country check reads the id).
        json!({ "country": "FR", "partnerId": { "id": "1234567" } }),
    ]
}

fn all_paths() -> Vec<&'static str> {
    vec![
        "",
        "country",
        "company",
        "company.legalName",
        "company.duns",
        "company.vatId",
        "company.registrationId",
        "address",
        "address.line1",
        "address.line2",
        "address.line3",
        "address.city",
        "address.state",
        "address.postalCode",
        "address.country",
        "primaryContact",
        "primaryContact.firstName",
        "primaryContact.lastName",
        "primaryContact.email",
        "primaryContact.phone",
        "support",
        "support.email",
        "support.phone",
        "support.website",
        "partnerId",
        "partnerId.id",
        "partnerId.country",
        "workAccount",
        "workAccount.domain",
        "language",
        "unknown",
        "company.legalName.deeper",
    ]
}

#[test]
fn enr_field_validation_equals_whole_form_on_every_path() {
    for form in sample_forms() {
        for mode in ["submit", "draft"] {
            let options: EnrollmentOptions = crate::read::from_json(json!({ "mode": mode, "locale": "fr" }));
            let parsed: EnrollmentForm = crate::read::from_json(form.clone());
            let whole = validate_enrollment(&parsed, &options).issues;
            for path in all_paths() {
                let field_path: FieldPath = crate::read::from_json(json!(path));
                let want: Vec<PathSegment> =
                    field_path.0.iter().map(|k| PathSegment::Key(k.clone())).collect();
                let mut expected: Vec<Issue> =
                    whole.iter().filter(|i| i.path.starts_with(&want)).cloned().collect();
                if ["unknown", "company.legalName.deeper"].contains(&path) {
                    expected = vec![Issue::error(IssueCode::UnknownField)
                        .at(&path.split('.').collect::<Vec<_>>())
                        .param("field", path)
                        .build(Locale::Fr)];
                }
                assert_eq!(
                    validate_enrollment_field(&parsed, &field_path, &options),
                    expected,
                    "{path} in {form}"
                );
                // Only what `field_shape` lists is read (what the wasm layer decodes): `country`,
                // the path's member, and in it the field and its companions.
                if !field_path.0.is_empty() {
                    let trimmed: EnrollmentForm =
                        crate::read::from_json(trim_to_shape(&form, &field_shape(&field_path)));
                    assert_eq!(
                        validate_enrollment_field(&trimmed, &field_path, &options),
                        expected,
                        "{path} in {form}, trimmed"
                    );
                }
            }
        }
    }
}

/// `value` with only the members a walker `shape` lists (`src/wasm/walk.js`).
fn trim_to_shape(value: &Value, shape: &str) -> Value {
    let (Value::Object(members), true) = (value, shape.starts_with('{')) else {
        return value.clone();
    };
    let listed = crate::read::shape_members(shape);
    let kept = members
        .iter()
        .filter_map(|(k, v)| {
            listed.iter().find(|(key, _)| key == k).map(|(_, sub)| (k.clone(), trim_to_shape(v, sub)))
        })
        .collect();
    Value::Object(kept)
}

/// Issue 12 item 5: a misspelled path validates nothing, so it is an issue of its own.
#[test]
fn enr_field_validation_unknown_path_is_an_issue() {
    let form: EnrollmentForm = crate::read::from_json(base());
    let fr: EnrollmentOptions = crate::read::from_json(json!({ "locale": "fr" }));
    for path in [
        json!("adress.postalCode"),
        json!(["address", "postcode"]),
        json!("Address.postalCode"),
        json!("company.legalName.x"),
        json!("partnerId.0"),
    ] {
        let field_path: FieldPath = crate::read::from_json(path.clone());
        let issues = validate_enrollment_field(&form, &field_path, &fr);
        assert_eq!(issues.len(), 1, "{path}");
        assert_eq!(
            (issues[0].code, issues[0].severity),
            (IssueCode::UnknownField, crate::Severity::Error),
            "{path}"
        );
        let segments: Vec<PathSegment> = field_path.0.iter().map(|k| PathSegment::Key(k.clone())).collect();
        assert_eq!(issues[0].path, segments);
    }
    let issues = validate_enrollment_field(&form, &crate::read::from_json(json!("adress.postalCode")), &fr);
    assert!(issues[0].message.starts_with("«\u{202f}adress.postalCode\u{202f}»"), "{}", issues[0].message);
    // Every path of the form is known (and the whole form, the empty path).
    for path in all_paths().into_iter().filter(|p| !["unknown", "company.legalName.deeper"].contains(p)) {
        let field_path: FieldPath = crate::read::from_json(json!(path));
        assert!(is_form_path(&field_path.0), "{path}");
    }
}

#[test]
fn enr_field_validation_runs_only_the_fields_checks() {
    // Web-mail of the primary contact is not looked at when the support website is asked for.
    let path = vec!["support".to_owned(), "website".to_owned()];
    let want = Want(Some(&path));
    assert!(want.leaf(&["support"]) && want.leaf(&["support", "website"]));
    assert!(
        !want.leaf(&["support", "email"])
            && !want.leaf(&["primaryContact", "email"])
            && !want.leaf(&["company"])
    );
}

/// Pure-format warnings: a normalized value can no longer carry them (none so far: every warning
/// of the form is about content, so re-validation gives exactly the same issues).
const PURE_FORMAT_WARNINGS: &[IssueCode] = &[];

#[test]
fn enr_normalized_value_revalidates_to_the_same_issues() {
    for form in sample_forms() {
        for mode in ["submit", "draft"] {
            let options = json!({ "mode": mode });
            let first = validate_with(&form, options.clone());
            let again = validate_with(&serde_json::to_value(&first.value).unwrap(), options);
            let strip = |issues: &[Issue]| -> Vec<(IssueCode, Vec<PathSegment>)> {
                issues
                    .iter()
                    .filter(|i| !PURE_FORMAT_WARNINGS.contains(&i.code))
                    .map(|i| (i.code, i.path.clone()))
                    .collect()
            };
            // A value that is not a string (invalid_type) is dropped from `value`: skip such forms. A
            // name of only white space (company_name_blank) is stored trimmed, i.e. missing: `required`.
            if first.issues.iter().any(|i| i.code == IssueCode::InvalidType) {
                continue;
            }
            let first_codes: Vec<_> = strip(&first.issues)
                .into_iter()
                .map(|(c, p)| (if c == IssueCode::CompanyNameBlank { IssueCode::Required } else { c }, p))
                .collect();
            let again_codes = strip(&again.issues);
            assert_eq!(again_codes, first_codes, "{form}");
            assert_eq!(again.value, first.value, "normalization is idempotent: {form}");
        }
    }
}

#[test]
fn enr_normalization_in_value() {
    let form = json!({ "country": "fr", "company": { "legalName": "  Contoso   France SAS ", "duns": "65-941 0848", "vatId": "fr 12 345678901" },
        "primaryContact": { "email": " Gena.Dupont@CONTOSO.FR. " }, "support": { "email": "Support@Contoso.Fr", "website": "WWW.Contoso.fr/support" },
        "workAccount": { "domain": "Contoso.OnMicrosoft.com." } });
    let value = serde_json::to_value(validate(&form).value).unwrap();
    assert_eq!(value["country"], "FR");
    assert_eq!(value["company"]["legalName"], "Contoso France SAS");
    assert_eq!(value["company"]["duns"], "659410848");
    assert_eq!(value["company"]["vatId"], "FR12345678901");
    assert_eq!(value["primaryContact"]["email"], "Gena.Dupont@contoso.fr");
    assert_eq!(value["support"]["email"], "Support@contoso.fr");
    // ENR-16: as sent, as Partner Center stores it (update-support-profile.md).
    assert_eq!(value["support"]["website"], "WWW.Contoso.fr/support");
    assert_eq!(value["workAccount"]["domain"], "contoso.onmicrosoft.com");
}
