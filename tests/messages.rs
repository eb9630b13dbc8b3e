//! Message snapshot (SPEC 0.4): every issue code rendered in every supported locale with sample
//! parameters, compared with `tests/messages.snap.json`. `BLESS=1 cargo test --test messages` (part of
//! `make bless`) rewrites the snapshot; review its diff like a translation change.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "helpers of the tests, outside #[test]: a failure there fails the test"
)]

use csp_partner_rules::{Issue, IssueCode, Locale};
use serde_json::{Map, Value};
use std::path::Path;

/// One sample value for every parameter a message may use.
const SAMPLE_PARAMS: &[(&str, &str)] = &[
    ("expected", "string"),
    ("received", "number"),
    ("max", "50"),
    ("min", "2"),
    ("field", "status"),
    ("event", "signAgreement"),
    ("from", "pendingVerification"),
    ("country", "BR"),
    ("otherCountry", "AR"),
    ("partnerIdCountry", "GB"),
    ("accountCountry", "US"),
    ("tenantId", "a2898e3a-06ca-454e-a0d0-c73b0ee36bba"),
    ("tenantIds", "a2898e3a-06ca-454e-a0d0-c73b0ee36bba, 484e548c-f5f3-4528-93a9-c16c6373cb59"),
    ("addressCountry", "BE"),
    ("abbreviation", "SARL"),
    ("tld", ".com"),
    ("domain", "yahoo.fr"),
    ("webmailDomain", "yahoo.fr"),
    ("localPart", "info"),
    ("callingCode", "55"),
    ("type", "SubscriptionId"),
    ("encoding", "windows-1252"),
    ("idName", "CNPJ"),
    ("revenueUsd", "1250"),
    ("offerType", "SaaS"),
    ("count", "3"),
    ("stateName", "Puerto Rico"),
    ("market", "PR"),
    ("language", "de"),
    ("languages", "en, es, en-US, es-US"),
    ("construct", "look-around"),
    ("character", "U+202E"),
    ("namespace", "gouv.fr"),
    ("effectiveDate", "2024-04-01"),
    ("date", "2023-12-31"),
];

/// The example each rule gives with its code.
fn example(code: IssueCode) -> &'static str {
    match code {
        IssueCode::DomainFormat => "contoso.onmicrosoft.com",
        IssueCode::EmailFormat => "gena@contoso.com",
        IssueCode::UrlFormat => "https://www.contoso.com",
        IssueCode::DunsFormat => "659410848",
        IssueCode::VatIdFormat => "FR12345678901",
        IssueCode::RegistrationIdFormat => "11.222.333/0001-81",
        IssueCode::PartnerIdFormat => "1234567",
        IssueCode::UnknownState => "Alabama",
        IssueCode::PhoneFormat => "01 23 45 67 89",
        IssueCode::TenantIdFormat => "a2898e3a-06ca-454e-a0d0-c73b0ee36bba",
        _ => "75008",
    }
}

fn snapshot_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/messages.snap.json")
}

/// The place names of a message, as the rules name them in `locale`: Brazil (and its region) with
/// Argentina, a British PartnerID for a US account, a Belgian address, California.
fn place_params(locale: Locale) -> Vec<(&'static str, String)> {
    let market = |c: &str| csp_partner_rules::market(c, locale).unwrap();
    let us = csp_partner_rules::address_format("US", locale).unwrap();
    let state = |key: &str| us.subdivisions.iter().find(|s| s.key == key).unwrap().name.to_owned();
    vec![
        ("countryName", market("BR").name.to_owned()),
        ("region", market("BR").region.name.to_owned()),
        ("otherCountryName", market("AR").name.to_owned()),
        ("otherRegion", market("AR").region.name.to_owned()),
        ("partnerIdCountryName", market("GB").name.to_owned()),
        ("accountCountryName", market("US").name.to_owned()),
        ("addressCountryName", market("BE").name.to_owned()),
        ("state", state("CA")),
        ("stateName", market("PR").name.to_owned()),
    ]
}

fn render_all() -> Value {
    let mut by_locale = Map::new();
    for &locale in Locale::ALL {
        let mut messages = Map::new();
        for code in IssueCode::ALL {
            let builder = SAMPLE_PARAMS
                .iter()
                .fold(Issue::error(code), |b, (k, v)| b.param(k, *v))
                .param("maxBytes", 1_048_576_i64);
            let builder = place_params(locale).into_iter().fold(builder, |b, (k, v)| b.param(k, v));
            let issue = builder.param("example", example(code)).build(locale);
            let key = serde_json::to_value(code).unwrap().as_str().unwrap().to_owned();
            messages.insert(key, Value::String(issue.message));
        }
        by_locale.insert(locale.tag().to_owned(), Value::Object(messages));
    }
    Value::Object(by_locale)
}

#[test]
fn messages_every_code_every_locale_matches_snapshot() {
    let actual = render_all();
    for (locale, messages) in actual.as_object().unwrap() {
        for (code, message) in messages.as_object().unwrap() {
            let message = message.as_str().unwrap();
            assert!(!message.is_empty(), "{locale} {code}: empty");
            assert!(
                !message.contains('{') && !message.contains('}'),
                "{locale} {code}: a parameter is not filled: {message}"
            );
        }
    }
    assert!(actual["en"].as_object().unwrap().len() == IssueCode::ALL.len());
    let mut unique = IssueCode::ALL.to_vec();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), IssueCode::ALL.len(), "IssueCode::ALL lists a code twice");

    // The snapshot holds every locale; a build without the `extra-locales` feature compares the
    // locales it has (en, fr), and only a build with every locale may rewrite it.
    let path = snapshot_path();
    if std::env::var_os("BLESS").is_some() {
        if cfg!(not(feature = "extra-locales")) {
            panic!("bless the message snapshot with --features extra-locales (make bless does)");
        }
        std::fs::write(&path, serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
        return;
    }
    let recorded: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_default()).unwrap_or(Value::Null);
    for (locale, messages) in actual.as_object().unwrap() {
        assert!(
            &recorded[locale] == messages,
            "{locale} messages differ from tests/messages.snap.json: run `make bless` and review the diff"
        );
    }
    if cfg!(feature = "extra-locales") {
        assert_eq!(
            recorded.as_object().map(|o| o.len()),
            Some(actual.as_object().unwrap().len()),
            "a locale of the snapshot is gone"
        );
    }
}

#[test]
fn messages_french_and_english_differ_for_every_code() {
    let actual = render_all();
    for code in IssueCode::ALL {
        let key = serde_json::to_value(code).unwrap();
        let key = key.as_str().unwrap();
        assert_ne!(actual["en"][key], actual["fr"][key], "{key}: French text is the English one");
    }
}

/// Issue 12 item 4: French typography (no-break space before `:`, narrow no-break space before
/// `; ! ?` and inside « »), and no English place name left in a French message.
#[test]
fn messages_french_typography_and_place_names() {
    let actual = render_all();
    for (code, message) in actual["fr"].as_object().unwrap() {
        let m = message.as_str().unwrap();
        for bad in [" :", " ;", " !", " ?", "« ", " »", "\u{a0};", "\u{202f}:"] {
            assert!(!m.contains(bad), "fr {code}: {bad:?} in {m}");
        }
        for english in [
            "Brazil",
            "Argentina",
            "United Kingdom",
            "United States",
            "Belgium",
            "California",
            "Latin America",
            "string",
            "number",
        ] {
            assert!(!m.contains(english), "fr {code}: {english} in {m}");
        }
    }
    let fr = &actual["fr"];
    assert!(fr["region_mismatch"]
        .as_str()
        .unwrap()
        .contains("Brésil dans la région Brésil, Argentine dans la région Amérique latine et Caraïbes"));
    assert!(fr["postal_code_state_mismatch"].as_str().unwrap().contains("(Californie)"));
}

#[test]
fn messages_readme_table_lists_every_code() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for code in IssueCode::ALL {
        let key = serde_json::to_value(code).unwrap();
        let row = format!("| `{}` |", key.as_str().unwrap());
        assert!(readme.contains(&row), "README's issue-code table has no row for {row}");
    }
}
