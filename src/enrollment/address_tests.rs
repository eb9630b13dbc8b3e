//! Tests of the legal address rules (ENR-2, ENR-4…ENR-9), beside `address.rs`.
use super::*;

use crate::address_format::record;
use crate::enrollment::EnrollmentOptions;
use crate::input::Text;
use crate::issue::Severity;

/// The record of a country with detail (src/country_data/).
fn data(country: &str) -> Option<&'static Data> {
    record(country).and_then(|r| crate::country_data::get(r).data())
}

/// Every record of the data, CSP market or not.
fn all_data() -> impl Iterator<Item = &'static Data> {
    // Every country of the address data: markets and the others (CU, KP…).
    let codes =
        (b'A'..=b'Z').flat_map(|a| (b'A'..=b'Z').map(move |b| String::from_utf8(vec![a, b]).unwrap()));
    codes.filter_map(|c| data(&c))
}

fn countries_with_postal_patterns() -> Vec<&'static str> {
    all_data().filter(|d| d.postal.is_some()).map(|d| d.country).collect()
}

fn postal_pattern(country: &str) -> Option<&'static Program> {
    data(country).and_then(|d| d.postal.as_ref()).map(|(_, p)| p)
}

/// The source's own mistakes: examples that contradict their country's pattern.
const BAD_SOURCE_EXAMPLES: [(&str, &str); 3] = [("BY", "20050"), ("EE", "1001"), ("GB", "RH6 OHP")];

fn run(country: &str, address: Address) -> (Vec<crate::issue::Issue>, Address) {
    let options = EnrollmentOptions::default();
    let mut ctx = Ctx::new(&options);
    let market = crate::markets::find(country);
    ctx.rules =
        market.map(|m| crate::country_rules::live::apply(m, &crate::input::Loose::Missing, &mut Vec::new()));
    let value = check(&mut ctx, &address, market, &Want::all());
    (ctx.issues, value)
}

fn addr(city: &str, state: &str, postal: &str) -> Address {
    let t = |s: &str| if s.is_empty() { Text::Missing } else { Text::from(s) };
    Address {
        line1: "1 Main Street".into(),
        city: t(city),
        state: t(state),
        postal_code: t(postal),
        ..Address::default()
    }
}

fn codes(issues: &[crate::issue::Issue]) -> Vec<(IssueCode, Severity)> {
    issues.iter().map(|i| (i.code, i.severity)).collect()
}

#[test]
fn enr_7_every_zipex_of_every_country_validates() {
    let mut checked = 0;
    for country in countries_with_postal_patterns() {
        let format = data(country).unwrap();
        let pattern = postal_pattern(country).unwrap();
        for example in format.examples() {
            let normalized = normalize_postal_code(example, pattern, format.examples());
            if BAD_SOURCE_EXAMPLES.contains(&(country, example)) {
                assert_eq!(normalized, None, "{country} {example} is a known bad example of the source");
                continue;
            }
            assert_eq!(normalized.as_deref(), Some(example), "{country}: {example}");
            // Lower case and without its spaces, it is still recognized and given back canonical.
            let sloppy = example.to_lowercase().replace(' ', "");
            assert_eq!(
                normalize_postal_code(&sloppy, pattern, format.examples()).as_deref(),
                Some(example),
                "{country}: {sloppy}"
            );
            checked += 1;
        }
    }
    assert!(checked > 400, "{checked}");
}

#[test]
fn enr_7_a_wrong_length_code_fails_in_every_country() {
    // From the longest valid example of each country: two more characters never fit; one more or
    // one fewer fits only where the pattern allows several lengths (listed, so a data change shows).
    let (mut one_more_fits, mut one_fewer_fits) = (Vec::new(), Vec::new());
    for country in countries_with_postal_patterns() {
        let format = data(country).unwrap();
        let pattern = postal_pattern(country).unwrap();
        let Some(example) = format.examples().filter(|e| pattern.is_match(e)).max_by_key(|e| e.len()) else {
            continue;
        };
        let fits = |code: &str| normalize_postal_code(code, pattern, format.examples()).is_some();
        assert!(!fits(&format!("{example}99")), "{country}: {example}99");
        if fits(&format!("{example}9")) {
            one_more_fits.push(country);
        }
        let shorter: String = example.chars().take(example.chars().count() - 1).collect();
        if fits(&shorter) {
            one_fewer_fits.push(country);
        }
    }
    assert_eq!(one_more_fits, ["CR"]);
    assert_eq!(one_fewer_fits, ["MT", "RS"]);
}

#[test]
fn enr_7_postal_code_uses_country_pattern() {
    let (issues, value) = run("FR", addr("Paris", "", "7500"));
    assert_eq!(codes(&issues), [(IssueCode::PostalCodeFormat, Severity::Error)]);
    assert_eq!(issues[0].params.get("example").map(|p| p.to_string()).as_deref(), Some("33380"));
    assert_eq!(value.postal_code, Text::from("7500"));
    let (issues, value) = run("GB", addr("London", "", " ec1y8sy "));
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(value.postal_code, Text::from("EC1Y 8SY"));
    let (_, value) = run("NL", addr("Amsterdam", "", "1234ab"));
    assert_eq!(value.postal_code, Text::from("1234 AB"));
    let (_, value) = run("CA", addr("Montreal", "QC", "h3z2y7"));
    assert_eq!(value.postal_code, Text::from("H3Z 2Y7"));
    let (_, value) = run("JP", addr("Tokyo", "Tokyo", "1540023"));
    assert_eq!(value.postal_code, Text::from("154-0023"));
    let (issues, value) = run("US", addr("Redmond", "WA", "98052 6399"));
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(value.postal_code, Text::from("98052-6399"));
    // A hyphen typed where the country has none is not removed.
    assert_eq!(
        codes(&run("FR", addr("Paris", "", "75-008")).0),
        [(IssueCode::PostalCodeFormat, Severity::Error)]
    );
    // Required where `require` has Z, not elsewhere.
    assert_eq!(codes(&run("FR", addr("Paris", "", "")).0), [(IssueCode::Required, Severity::Error)]);
    assert!(run("IE", addr("Dublin", "", "")).0.is_empty());
}

#[test]
fn enr_6_subdivision_keys_names_and_iso_codes_resolve_in_every_country() {
    let mut checked = 0;
    // Every country of the data with subdivisions, CSP market or not.
    let mut with_subdivisions = 0;
    for format in all_data().filter(|d| !d.subdivisions.is_empty()) {
        with_subdivisions += 1;
        struct M {
            country: &'static str,
        }
        let m = M { country: format.country };
        for s in format.subdivisions() {
            let mut inputs =
                vec![s.key.to_owned(), s.name.to_owned(), s.name.to_uppercase(), s.key.to_lowercase()];
            if let Some(iso) = s.iso {
                inputs.push(format!("{}-{iso}", m.country));
                inputs.push(format!("{}-{iso}", m.country.to_lowercase()));
            }
            for input in inputs {
                let found = resolve_state(format, &input).unwrap_or_else(|| panic!("{}: {input}", m.country));
                // Another subdivision may share a name or code; the first one wins, and then it must be the same name.
                assert!(
                    found.subdivision.key == s.key
                        || fold(found.subdivision.name) == fold(&input)
                        || found.subdivision.iso == s.iso,
                    "{}: {input} → {}",
                    m.country,
                    found.subdivision.key
                );
                if input == s.key {
                    assert_eq!(found.subdivision.key, s.key, "{}: a key resolves to itself", m.country);
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 3000, "{checked}");
    assert_eq!(with_subdivisions, 39, "countries with subdivisions in the data");
}

#[test]
fn enr_6_state_is_matched_without_case_or_accents_and_stored_as_its_key() {
    let (issues, value) = run("US", addr("San Jose", "california", "95014"));
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(value.state, Text::from("CA"));
    assert_eq!(run("US", addr("San Jose", "US-CA", "95014")).1.state, Text::from("CA"));
    assert_eq!(run("CA", addr("Montreal", "québec", "H3Z 2Y7")).1.state, Text::from("QC"));
    assert_eq!(run("CA", addr("Montreal", "QUEBEC", "H3Z 2Y7")).1.state, Text::from("QC"));
    // Second-language names (address-subdivisions.jsonl lang_variant records).
    assert_eq!(run("CA", addr("Vancouver", "Colombie-Britannique", "V8X 3X4")).1.state, Text::from("BC"));
    assert_eq!(run("CH", addr("Aarau", "Argovie", "5000")).1.state.as_str(), Some("AG"));
    // The names the messages use (data/subdivision-names.tsv): "Californie", "Caroline du Nord".
    assert_eq!(run("US", addr("San Jose", "Californie", "95014")).1.state, Text::from("CA"));
    assert_eq!(run("US", addr("Raleigh", "caroline du nord", "27601")).1.state, Text::from("NC"));
    // Native-script names resolve to the Latin key.
    assert_eq!(run("JP", addr("Sapporo", "北海道", "060-0001")).1.state, Text::from("HOKKAIDO"));
    assert_eq!(run("JP", addr("Sapporo", "hokkaidō", "060-0001")).1.state, Text::from("HOKKAIDO"));
    assert_eq!(run("ES", addr("A Coruña", "a coruna", "15001")).1.state.as_str(), Some("A Coruña"));
}

#[test]
fn enr_6_unknown_state_is_an_error_in_us_ca_cn_mx_and_any_string_elsewhere() {
    let (issues, value) = run("US", addr("Springfield", "Narnia", "62701"));
    assert_eq!(codes(&issues), [(IssueCode::UnknownState, Severity::Error)]);
    assert_eq!(issues[0].params.get("countryName").map(|p| p.to_string()).as_deref(), Some("United States"));
    assert!(issues[0].params.contains_key("example"));
    assert_eq!(value.state, Text::from("Narnia"));
    for country in ["CA", "CN", "MX"] {
        let (issues, _) = run(country, addr("X", "Narnia", ""));
        assert!(
            issues.iter().any(|i| i.code == IssueCode::UnknownState && i.severity == Severity::Error),
            "{country}: {issues:?}"
        );
    }
    // kvamseek/partner-center developer/validate-an-address.md: "In all other countries, this test
    // does not occur, and the API only checks that the state is a valid string."
    let (issues, value) = run("IT", addr("Roma", "Narnia", "00144"));
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(value.state, Text::from("Narnia"));
    assert_eq!(run("IT", addr("Roma", "Roma", "00144")).1.state.as_str(), Some("RM"));
    // No subdivisions: any state is kept.
    assert!(run("FR", addr("Paris", "Île-de-France", "75008")).0.is_empty());
    // Required where `require` has S.
    assert_eq!(codes(&run("US", addr("Redmond", "", "98052")).0), [(IssueCode::Required, Severity::Error)]);
}

#[test]
fn enr_5_city_required_where_the_country_requires_it() {
    assert_eq!(codes(&run("FR", addr("", "", "75008")).0), [(IssueCode::Required, Severity::Error)]);
    let long = "x".repeat(101);
    assert_eq!(codes(&run("FR", addr(&long, "", "75008")).0), [(IssueCode::TooLong, Severity::Error)]);
}

#[test]
fn enr_8_postal_code_state_mismatch() {
    let (issues, _) = run("US", addr("New York", "CA", "10001"));
    assert_eq!(codes(&issues), [(IssueCode::PostalCodeStateMismatch, Severity::Warning)]);
    assert_eq!(issues[0].params.get("state").map(|p| p.to_string()).as_deref(), Some("California"));
    assert!(run("US", addr("New York", "NY", "10001")).0.is_empty());
    assert_eq!(
        codes(&run("CA", addr("Toronto", "QC", "M5V 3L9")).0),
        [(IssueCode::PostalCodeStateMismatch, Severity::Warning)]
    );
    // Every subdivision example is in the country's pattern and in its own prefix.
    for d in all_data() {
        for s in &d.subdivisions {
            if let (Some((_, pattern)), Some(prefix)) = (&d.postal, &s.prefix) {
                assert!(
                    pattern.is_match(s.example) && prefix.matches_start(s.example),
                    "{} {}",
                    d.country,
                    s.example
                );
            }
        }
    }
}

#[test]
fn enr_9_non_latin_characters() {
    let (issues, _) = run("GR", addr("Ἀθηνᾶ", "", "10431"));
    assert_eq!(codes(&issues), [(IssueCode::NonLatinCharacters, Severity::Error)]);
    assert_eq!(issues[0].path.len(), 2);
    assert!(run("GR", addr("Athens", "", "104 31")).0.is_empty());
    for ok in [
        "Zürich",
        "Łódź",
        "Ærøskøbing",
        "Bucureşti",
        "București",
        "Hà Nội",
        "L’Haÿ-les-Roses",
        "Saint‐Denis – Nord",
        "Cafe\u{301}",
    ] {
        assert!(is_latin_text(ok), "{ok}");
    }
    for bad in ["Москва", "東京", "القاهرة", "תל אביב", "Αθήνα", "🏢 HQ", "a\u{1}b"]
    {
        assert!(!is_latin_text(bad), "{bad}");
    }
    let mut address = addr("Paris", "", "75008");
    address.line2 = "Bâtiment Ω".into();
    assert_eq!(
        run("FR", address).0[0].path,
        crate::issue::Issue::error(IssueCode::Required)
            .at(&["address", "line2"])
            .build(crate::locale::Locale::En)
            .path
    );
}

/// The address and phone issues of a form (the other fields belong to other rules).
fn address_and_phone_issues(
    form: &crate::enrollment::EnrollmentForm,
) -> (Vec<String>, crate::enrollment::EnrollmentForm) {
    use crate::issue::PathSegment;
    let result = crate::enrollment::validate_enrollment(form, &EnrollmentOptions::default());
    let mine = |i: &&crate::issue::Issue| {
        i.path.first() == Some(&PathSegment::from("address"))
            || i.path.last() == Some(&PathSegment::from("phone"))
    };
    (
        result
            .issues
            .iter()
            .filter(mine)
            .map(|i| format!("{:?} {:?} {:?} {}", i.code, i.severity, i.path, i.message))
            .collect(),
        result.value,
    )
}

#[test]
fn enr_0_5_revalidating_the_normalized_address_and_phones_gives_the_same_issues() {
    // None of the address and phone issues is a pure-format warning: every one must come back.
    let forms = [
        (("US", "california", "95014-1234"), ("(201) 555-0123", "+44 20 7946 0958")),
        (("US", "CA", "10001"), ("1 201 555 0123", "12")),
        (("US", "Narnia", "9501"), ("+33 1 23 45 67 89", "")),
        (("GB", "", "ec1y8sy"), ("0121 234 5678", "0121 234 5678")),
        (("CA", "québec", "h3z2y7"), ("+1 416 555 0123", "416-555-0123")),
        (("JP", "北海道", "0600001"), ("03-1234-5678", "090 1234 5678")),
        (("IT", "Narnia", "00144"), ("06 1234 5678", "abc")),
        (("GR", "Ἀττική", "10431"), ("210 123 4567", "")),
        (("BR", "sao paulo", "01310-000"), ("", "(11) 2345-6789")),
        (("NL", "", "1234ab"), ("020 123 4567", "+31 20 123 4567")),
    ];
    for ((country, state, postal), (contact_phone, support_phone)) in forms {
        let form: crate::enrollment::EnrollmentForm = serde_json::from_value(serde_json::json!({
            "country": country,
            "address": { "line1": "1 Main Street", "city": "Springfield", "state": state, "postalCode": postal },
            "primaryContact": { "phone": contact_phone },
            "support": { "phone": support_phone },
        }))
        .unwrap();
        let (first, value) = address_and_phone_issues(&form);
        let (second, again) = address_and_phone_issues(&value);
        assert_eq!(first, second, "{country} {state} {postal}");
        assert_eq!(value.address, again.address, "the normalized address is stable");
        assert_eq!(value.primary_contact, again.primary_contact);
        assert_eq!(value.support, again.support);
    }
}

#[test]
fn enr_0_5_revalidation_is_stable_on_generated_input_in_every_market() {
    // A small deterministic generator: postal codes, states and phones made of digits, letters,
    // separators and a few non-Latin characters, in every market.
    let alphabet: Vec<char> = "0123456789 ABCEHKLNSTXYZabcz-+()./éßΩЖ北".chars().collect();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    fn next(seed: &mut u64, n: usize) -> usize {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        (*seed % n as u64) as usize
    }
    let random = |seed: &mut u64, len: usize| {
        (0..len).map(|_| alphabet[next(seed, alphabet.len())]).collect::<String>()
    };
    for m in crate::markets::markets(crate::Locale::En) {
        let subs: Vec<Subdivision> = data(m.country).map(|r| r.subdivisions().collect()).unwrap_or_default();
        let examples: Vec<&str> = data(m.country).map(|r| r.examples().collect()).unwrap_or_default();
        for _ in 0..6 {
            let postal = match examples.first() {
                Some(e) if next(&mut seed, 2) == 0 => e.to_lowercase().replace(' ', ""),
                _ => {
                    let len = 3 + next(&mut seed, 8);
                    random(&mut seed, len)
                }
            };
            let pick = next(&mut seed, subs.len().max(1));
            let state = match subs.get(pick) {
                Some(s) if next(&mut seed, 2) == 0 => s.name.to_uppercase(),
                _ => {
                    let len = next(&mut seed, 6);
                    random(&mut seed, len)
                }
            };
            let len = 6 + next(&mut seed, 12);
            let phone = random(&mut seed, len);
            let form: crate::enrollment::EnrollmentForm = serde_json::from_value(serde_json::json!({
                "country": m.country,
                "address": { "line1": "1 Main Street", "city": "Springfield", "state": state, "postalCode": postal },
                "primaryContact": { "phone": phone },
                "support": { "phone": format!("+{phone}") },
            }))
            .unwrap();
            let (first, value) = address_and_phone_issues(&form);
            let (second, _) = address_and_phone_issues(&value);
            assert_eq!(first, second, "{} {state:?} {postal:?} {phone:?}", m.country);
        }
    }
}
