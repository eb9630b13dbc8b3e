use super::*;
use crate::enrollment::test_support::{codes_at, validate, validate_with, with};
use crate::issue::Severity;
use serde_json::{json, Value};

/// Partner Center's recorded answer (microsoft/Partner-Center-PowerShell
/// test/PowerShell.UnitTests/SessionRecords/GetPartnerCountryValidation.json, GET /v1/countryvalidationrules/US).
const RECORDED_US: &str = include_str!("../../data/partner-center/countryvalidationrules-US.json");

fn us_form() -> Value {
    json!({
        "country": "US",
        "company": { "legalName": "Contoso Inc." },
        "address": { "line1": "1 Microsoft Way", "city": "Redmond", "state": "WA", "postalCode": "98052", "country": "US" },
        "primaryContact": { "firstName": "Gena", "lastName": "Doe", "email": "gena@contoso.com", "phone": "4255550110" },
        "support": { "email": "support@contoso.com", "phone": "4255555555", "website": "www.microsoft.com" },
        "partnerId": { "id": "1234567", "country": "US" },
        "language": "en"
    })
}

#[test]
fn ref_6_us_equals_the_recorded_answer_field_for_field() {
    let mut recorded: Value = serde_json::from_str(RECORDED_US).unwrap();
    recorded.as_object_mut().unwrap().remove("attributes");
    let ours = serde_json::to_value(country_rules("us").unwrap()).unwrap();
    for (key, value) in recorded.as_object().unwrap() {
        assert_eq!(ours.get(key), Some(value), "{key}");
    }
    assert_eq!(ours["source"], "partnerCenter");
    assert_eq!(ours["supportedStatesList"].as_array().unwrap().len(), 51);
}

#[test]
fn ref_6_a_non_market_has_no_rules() {
    for code in ["QQ", "ZZ", "", "USA", "RU"] {
        assert_eq!(country_rules(code), None, "{code}");
    }
}

#[test]
fn ref_6_derived_rules_of_every_market() {
    let mut with_postal = 0;
    for m in crate::markets::markets(crate::Locale::En) {
        let rules = country_rules(m.country).unwrap();
        assert_eq!(rules.iso2_code, m.country);
        if m.country == "US" {
            continue;
        }
        assert_eq!(rules.source, RulesSource::Derived, "{}", m.country);
        assert!(
            !rules.supported_cultures_list.is_empty()
                && rules.supported_cultures_list.contains(&rules.default_culture),
            "{}",
            m.country
        );
        assert!(rules
            .supported_languages_list
            .iter()
            .all(|l| rules.supported_cultures_list.iter().any(|c| c.starts_with(l.as_str()))));
        assert_eq!(
            !rules.supported_states_list.is_empty(),
            STATE_LIST_CHECKED.contains(&m.country),
            "{}",
            m.country
        );
        // Every derived pattern is one the run-time compiler of Partner Center's patterns takes.
        for p in [&rules.postal_code_regex, &rules.phone_number_regex].into_iter().flatten() {
            assert!(crate::pattern::dotnet::compile_uncached(p).is_ok(), "{}: {p}", m.country);
        }
        with_postal += usize::from(rules.postal_code_regex.is_some());
    }
    assert!(with_postal > 100, "{with_postal}");
    let rules = |c: &str| country_rules(c).unwrap();
    assert_eq!(rules("CA").supported_states_list.len(), 13);
    assert_eq!(rules("MX").supported_states_list.len(), 32);
    // Hong Kong, Macao and Taiwan are CSP markets of their own.
    assert_eq!(rules("CN").supported_states_list.len(), 31);
    assert!(!rules("CN").supported_states_list.iter().any(|s| s == "Hong Kong"));
    assert!(rules("IT").supported_states_list.is_empty());
    assert_eq!(rules("FR").phone_number_regex.as_deref(), Some(r"^\+33\d{9}$"));
    assert_eq!(rules("FR").supported_cultures_list, ["fr-FR", "en-US"]);
    assert_eq!(rules("FR").postal_code_regex.as_deref(), Some(r"^(?:\d{2}[ ]?\d{3})$"));
    // What a form needs to lay itself out.
    assert_eq!(rules("BR").registration_id_name.as_deref(), Some("CNPJ"));
    assert!(
        rules("BR").is_primary_contact_phone_required
            && !rules("BR").is_tax_id_optional
            && rules("BR").is_tax_id_supported
    );
    assert!(
        rules("FR").is_vat_id_recommended
            && rules("FR").is_vat_id_supported
            && !rules("GB").is_vat_id_recommended
    );
    assert!(
        !rules("US").is_primary_contact_phone_required
            && rules("US").registration_id_name.as_deref() == Some("EIN")
    );
}

#[test]
fn ref_6_the_packages_own_values_pass_the_derived_patterns_in_every_market() {
    // Postal codes: every example of the data, normalized by the package, passes postalCodeRegex.
    let mut checked = 0;
    for m in crate::markets::markets(crate::Locale::En) {
        let rules = country_rules(m.country).unwrap();
        let Some(format) =
            crate::address_format::record(m.country).and_then(|r| crate::country_data::get(r).data())
        else {
            continue;
        };
        let Some(regex) = &rules.postal_code_regex else { continue };
        let program = crate::pattern::dotnet::compile_uncached(regex).unwrap();
        for example in format.examples() {
            for typed in [example.to_owned(), example.to_lowercase().replace(' ', "")] {
                let form =
                    with(with(us_form(), "country", json!(m.country)), "address.postalCode", json!(typed));
                let form =
                    with(with(form, "address.country", json!(m.country)), "address.state", Value::Null);
                let result = validate(&form);
                if !codes_at(&result, "address.postalCode").is_empty() {
                    continue; // the three contradicting examples of the source (see address.rs)
                }
                let stored = serde_json::to_value(&result.value).unwrap()["address"]["postalCode"]
                    .as_str()
                    .unwrap()
                    .to_owned();
                assert!(program.is_match(&stored), "{}: {typed} stored {stored} fails {regex}", m.country);
                checked += 1;
            }
        }
    }
    assert!(checked > 400, "{checked}");
    // Phones: a number of each plan (found from its pattern), typed as +CC…, stored in E.164, passes phoneNumberRegex.
    let mut phones = 0;
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for m in crate::markets::markets(crate::Locale::En) {
        let rules = country_rules(m.country).unwrap();
        let (Some(regex), Some(n)) =
            (&rules.phone_number_regex, crate::enrollment::phone::Numbering::of(m.country))
        else {
            continue;
        };
        let program = crate::pattern::dotnet::compile_uncached(regex).unwrap();
        let found = (0..4000).find_map(|i| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = 4 + (i % 12);
            let digits: String =
                (0..len).map(|k| char::from(b'0' + ((seed >> (k * 4)) % 10) as u8)).collect();
            n.national_number(&digits).map(|nsn| nsn.to_owned())
        });
        let Some(nsn) = found else { continue };
        let form = with(
            with(us_form(), "country", json!(m.country)),
            "support.phone",
            json!(format!("+{} {nsn}", n.calling_code)),
        );
        let result = validate(&form);
        assert!(codes_at(&result, "support.phone").is_empty(), "{}: {nsn}", m.country);
        let stored =
            serde_json::to_value(&result.value).unwrap()["support"]["phone"].as_str().unwrap().to_owned();
        assert!(program.is_match(&stored), "{}: {stored} fails {regex}", m.country);
        phones += 1;
    }
    assert!(phones > 200, "{phones}");
}

#[test]
fn enr_6_us_states_are_the_servers_list() {
    // Partner Center's US list: the 50 states and DC.
    for ok in ["WA", "DC", "wa", "Washington", "US-WA", "District of Columbia"] {
        let result = validate(&with(us_form(), "address.state", json!(ok)));
        assert!(codes_at(&result, "address.state").is_empty(), "{ok}");
    }
    // PR, GU, VI, AS, MP (and the freely associated MH, FM, PW) are CSP markets of their own.
    for (typed, market) in [
        ("PR", "PR"),
        ("Puerto Rico", "PR"),
        ("GU", "GU"),
        ("VI", "VI"),
        ("AS", "AS"),
        ("MP", "MP"),
        ("MH", "MH"),
    ] {
        let result = validate(&with(us_form(), "address.state", json!(typed)));
        assert_eq!(codes_at(&result, "address.state"), ["state_own_market"], "{typed}");
        let issue = result.issues.iter().find(|i| i.code == crate::IssueCode::StateOwnMarket).unwrap();
        assert_eq!(issue.params.get("market").map(ToString::to_string).as_deref(), Some(market));
        assert_eq!(issue.severity, Severity::Error);
    }
    // Military "states" (Armed Forces Americas, Europe, Pacific) are not in the list.
    for typed in ["AA", "AE", "AP", "Narnia"] {
        assert_eq!(
            codes_at(&validate(&with(us_form(), "address.state", json!(typed))), "address.state"),
            ["unknown_state"],
            "{typed}"
        );
    }
}

#[test]
fn enr_6_china_and_mexico_take_todays_names_and_iso_codes() {
    let state = |country: &str, typed: &str| {
        let form = json!({ "country": country, "address": { "line1": "1 Road", "city": "X", "state": typed, "postalCode": if country == "CN" { "100000" } else { "06000" } } });
        let result = validate(&form);
        assert!(codes_at(&result, "address.state").is_empty(), "{country} {typed}: {:?}", result.issues);
        serde_json::to_value(&result.value).unwrap()["address"]["state"].as_str().unwrap().to_owned()
    };
    for typed in ["Beijing", "Beijing Shi", "CN-BJ", "BJ", "beijing", "北京市", "11"] {
        assert_eq!(state("CN", typed), "Beijing Shi", "{typed}");
    }
    assert_eq!(state("CN", "Guangdong"), "Guangdong Sheng");
    assert_eq!(state("CN", "Shanghai"), "Shanghai Shi");
    assert_eq!(state("CN", "Inner Mongolia"), "Neimenggu Zizhiqu");
    for typed in
        ["Ciudad de México", "Ciudad de Mexico", "CDMX", "MX-CMX", "Distrito Federal", "DIF", "MX-DIF"]
    {
        assert_eq!(state("MX", typed), "D.F.", "{typed}");
    }
    let result = validate(
        &json!({ "country": "CN", "address": { "line1": "1 Road", "city": "X", "state": "Hong Kong", "postalCode": "100000" } }),
    );
    assert_eq!(codes_at(&result, "address.state"), ["state_own_market"]);
}

#[test]
fn enr_23_language_among_the_countrys_cultures() {
    for ok in ["en", "es", "en-US", "es-us", "EN"] {
        assert!(codes_at(&validate(&with(us_form(), "language", json!(ok))), "language").is_empty(), "{ok}");
    }
    // Against Partner Center's (recorded) rules: an error; against derived ones: a warning.
    let result = validate(&with(us_form(), "language", json!("fr")));
    assert_eq!(codes_at(&result, "language"), ["language_not_supported"]);
    assert_eq!(
        result.issues.iter().find(|i| i.code == crate::IssueCode::LanguageNotSupported).unwrap().severity,
        Severity::Error
    );
    let result = validate(&with(crate::enrollment::test_support::base(), "language", json!("de")));
    assert_eq!(codes_at(&result, "language"), ["language_not_supported"]);
    assert!(result.ok);
}

fn live_us(patch: Value) -> Value {
    let mut rules: Value = serde_json::from_str(RECORDED_US).unwrap();
    for (k, v) in patch.as_object().unwrap() {
        rules[k] = v.clone();
    }
    rules
}

#[test]
fn enr_live_rules_decide_required_fields_states_patterns_and_languages() {
    // The recorded answer passed in changes nothing for a US form.
    let same = validate_with(&us_form(), json!({ "countryRules": live_us(json!({})) }));
    assert_eq!(same, validate(&us_form()));
    assert!(same.issues.is_empty(), "{:?}", same.issues);
    // Partner Center changes its rules: the package follows them.
    let changed = live_us(json!({
        "supportedStatesList": ["WA", "PR"],
        "isCityRequired": false,
        "postalCodeRegex": "^\\d{5}$",
        "phoneNumberRegex": "^\\+1\\d{10}$",
        "supportedLanguagesList": ["fr"], "supportedCulturesList": ["fr-US"]
    }));
    let form = with(
        with(with(us_form(), "address.state", json!("PR")), "address.city", Value::Null),
        "language",
        json!("fr"),
    );
    let form = with(form, "address.postalCode", json!("00901"));
    let result = validate_with(&form, json!({ "countryRules": changed }));
    assert!(result.issues.is_empty(), "{:?}", result.issues);
    let value = serde_json::to_value(&result.value).unwrap();
    assert_eq!(value["address"]["state"], "PR");
    assert_eq!(value["primaryContact"]["phone"], "+14255550110");
    let result = validate_with(
        &with(form, "address.postalCode", json!("98052-8300")),
        json!({ "countryRules": changed }),
    );
    assert_eq!(codes_at(&result, "address.postalCode"), ["postal_code_format"]);
    // Tax ID required when Partner Center says it is not optional.
    let result =
        validate_with(&us_form(), json!({ "countryRules": live_us(json!({ "isTaxIdOptional": false })) }));
    assert_eq!(codes_at(&result, "company.registrationId"), ["registration_id_required"]);
}

/// Partner Center's rules are C# objects serialized to JSON: a rule the market doesn't have is
/// `null` (the `string | null` of `CountryValidationRules`), which means "no pattern" — no warning,
/// and the built-in pattern doesn't apply either. An absent key, by contrast, is a malformed answer.
#[test]
fn enr_live_rules_a_null_pattern_is_no_pattern() {
    let rules = live_us(json!({ "postalCodeRegex": null, "phoneNumberRegex": null }));
    let form = with(us_form(), "address.postalCode", json!("ABC-12"));
    let result = validate_with(&form, json!({ "countryRules": rules }));
    assert!(codes_at(&result, "address.postalCode").is_empty(), "{:?}", result.issues);
    assert!(
        result.issues.iter().all(|i| i.path.first() != Some(&"countryRules".into())),
        "{:?}",
        result.issues
    );
    // Through the one reader natively as in wasm: `null` is kept apart from a missing member.
    assert_eq!(crate::read::Value::from_json(&json!(null)), crate::read::Value::Null);
}

#[test]
fn enr_live_rules_of_any_shape_get_warnings_and_the_builtin_rules() {
    let builtin = validate(&us_form());
    let warn = |rules: Value| -> Vec<(String, Vec<crate::PathSegment>)> {
        let result = validate_with(&us_form(), json!({ "countryRules": rules }));
        let (rules_issues, others): (Vec<_>, Vec<_>) =
            result.issues.iter().cloned().partition(|i| i.path.first() == Some(&"countryRules".into()));
        assert_eq!(others, builtin.issues);
        assert!(rules_issues.iter().all(|i| i.severity == Severity::Warning));
        rules_issues
            .iter()
            .map(|i| (serde_json::to_value(i.code).unwrap().as_str().unwrap().to_owned(), i.path.clone()))
            .collect()
    };
    let path = |field: &str| vec![crate::PathSegment::from("countryRules"), crate::PathSegment::from(field)];
    assert_eq!(
        warn(json!("US")),
        [("invalid_rules".to_owned(), vec![crate::PathSegment::from("countryRules")])]
    );
    assert_eq!(
        warn(json!([1, 2])),
        [("invalid_rules".to_owned(), vec![crate::PathSegment::from("countryRules")])]
    );
    assert_eq!(warn(json!({})), [("invalid_rules".to_owned(), path("iso2Code"))]);
    assert_eq!(warn(live_us(json!({ "iso2Code": "FR" }))), [("invalid_rules".to_owned(), path("iso2Code"))]);
    assert_eq!(
        warn(live_us(json!({ "isStateRequired": "yes" }))),
        [("invalid_rules".to_owned(), path("isStateRequired"))]
    );
    assert_eq!(
        warn(live_us(json!({ "supportedStatesList": ["WA", 3] }))),
        [("invalid_rules".to_owned(), path("supportedStatesList"))]
    );
    assert_eq!(
        warn(live_us(json!({ "phoneNumberRegex": 12 }))),
        [("invalid_rules".to_owned(), path("phoneNumberRegex"))]
    );
    assert_eq!(warn(json!({ "iso2Code": "us" })).len(), 13, "every missing field is named");
    for bad in [r"^(?=\d)\d{5}$", r"^(\d)\1{4}$", r"(?i)^\d{5}$", "(", &"\\d".repeat(600_000)] {
        assert_eq!(
            warn(live_us(json!({ "postalCodeRegex": bad }))),
            [("unsupported_rules_pattern".to_owned(), path("postalCodeRegex"))],
            "{:.40}",
            bad
        );
    }
    // A catastrophic pattern for a backtracking engine runs in linear time here.
    let start = std::time::Instant::now();
    let rules = live_us(json!({ "phoneNumberRegex": "^(a+)+$", "postalCodeRegex": "^(\\d+)+$" }));
    let form = with(
        with(us_form(), "primaryContact.phone", json!("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")),
        "address.postalCode",
        json!("1111111111111111111x"),
    );
    let result = validate_with(&form, json!({ "countryRules": rules }));
    assert_eq!(codes_at(&result, "primaryContact.phone"), ["phone_format"]);
    assert_eq!(codes_at(&result, "address.postalCode"), ["postal_code_format"]);
    assert!(start.elapsed().as_secs() < 5);
}
