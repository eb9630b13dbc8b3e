use super::*;
use crate::address_format::record;

// Countries a test pretends are not loaded (this thread only): the `/enrollment` package's state
// before `loadCountry`, natively.
std::thread_local! {
    static HIDDEN: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

pub(super) fn hidden(country: &str) -> bool {
    HIDDEN.with(|h| h.borrow().contains(&country))
}

/// Runs `f` as if the record of `country` were not loaded.
pub(crate) fn without<T>(country: &'static str, f: impl FnOnce() -> T) -> T {
    HIDDEN.with(|h| h.borrow_mut().push(country));
    let out = f();
    HIDDEN.with(|h| h.borrow_mut().retain(|c| *c != country));
    out
}

fn records() -> impl Iterator<Item = &'static str> {
    let ends = tables::COUNTRY_RECORD_ENDS;
    (0..ends.len()).map(move |i| {
        let start = if i == 0 { 0 } else { ends[i - 1] as usize };
        &tables::COUNTRY_RECORDS[start..ends[i] as usize]
    })
}

#[test]
fn ref_4_every_record_reads_and_every_country_with_detail_has_one() {
    let mut codes = Vec::new();
    for text in records() {
        let data = parse(text).unwrap_or_else(|| panic!("record does not read: {}", &text[..2]));
        assert!(record(data.country).unwrap().detail, "{}", data.country);
        let empty = data.postal.is_none() && data.subdivisions.is_empty() && data.phone.is_none();
        assert!(!empty, "{}: an empty record", data.country);
        codes.push(data.country);
    }
    assert!(codes.windows(2).all(|w| w[0] < w[1]), "sorted for the binary search");
    for m in crate::markets::markets(crate::Locale::En) {
        if let Some(r) = record(m.country) {
            assert_eq!(r.detail, codes.contains(&r.country), "{}", r.country);
        }
    }
    assert_eq!(codes.len(), 248, "records");
}

#[test]
fn ref_4_the_us_record_has_its_postal_pattern_and_states_with_prefixes() {
    let us = get(record("US").unwrap()).data().unwrap();
    let (pattern, program) = us.postal.as_ref().unwrap();
    assert_eq!(*pattern, r"\d{5}([ \-]\d{4})?");
    assert!(program.is_match("95014") && !program.is_match("9501"));
    let ca = us.subdivisions.iter().find(|s| s.subdivision().key == "CA").unwrap();
    assert_eq!(ca.subdivision().name, "California");
    assert!(ca.prefix.as_ref().unwrap().matches_start("95014"));
    assert!(us.examples().any(|e| e == "95014"));
    // Japan: Latin keys, the native names kept as other names.
    let jp = get(record("JP").unwrap()).data().unwrap();
    let hokkaido = jp.subdivisions.iter().find(|s| s.subdivision().key == "HOKKAIDO").unwrap();
    assert!(hokkaido.other_names().any(|n| n == "北海道"));
}

#[test]
fn ref_4_a_country_without_detail_has_no_record_and_nothing_is_needed_natively() {
    assert!(
        matches!(get(record("AQ").unwrap()), Lookup::Empty),
        "no postal code, subdivision nor phone plan"
    );
    for code in ["US", "FR", "BR", "JP", "us", "XS", "ZZ", ""] {
        assert_eq!(country_data_needed(code), None, "{code}: built in");
    }
    without("BR", || assert_eq!(country_data_needed("br").as_deref(), Some("BR")));
}

#[test]
fn add_country_data_takes_a_record_of_a_country_and_refuses_anything_else() {
    let br = records().find(|r| r.starts_with("BR\n")).unwrap();
    assert!(add_country_data(br), "a record already built in: true");
    for bad in ["", "BR", "ZZ\n\n\n", "br\n\n\n", "XX\nabc\n\n\n", "XX\n\n\n\n"] {
        assert!(!add_country_data(bad), "{bad:?}");
    }
    // What a damaged record would be refused for (BR is there already, so `add` says true).
    for bad in
        ["BR\n(unclosed\n\n\n", "BR\n\n", "BR\n\n\n(\n", "BR\n\n\n\tname\t\t\t", "BR\n\n\nSP\tx\t\t(\t"]
    {
        assert!(parse(bad).is_none(), "{bad:?}");
    }
}

/// The `/enrollment` package before `loadCountry("US")`: the state, the postal code and the phones get
/// `country_data_not_loaded` (an error, so the form is never `ok` unchecked) and are kept as typed;
/// the rest of the form is checked as usual. Once loaded: the usual answer.
#[test]
fn country_data_not_loaded_is_an_error_at_the_fields_that_need_it_never_a_guess() {
    use crate::enrollment::test_support::{base, codes_at, validate, with};
    use serde_json::json;
    let form = with(base(), "country", json!("US"));
    let form = with(with(form, "address.country", json!("US")), "address.state", json!("california"));
    let form = with(with(form, "address.postalCode", json!("9501")), "address.city", Value::Null);
    let form = with(form, "primaryContact.phone", json!("+1 425 555 0100"));
    let form = with(form, "support.phone", json!("+1 425 555 0100"));
    let loaded = validate(&form);
    assert_eq!(codes_at(&loaded, "address.postalCode"), ["postal_code_format"]);
    assert_eq!(codes_at(&loaded, "address.city"), ["required"]);
    let hidden = without("US", || validate(&form));
    assert!(!hidden.ok);
    for field in ["address.state", "address.postalCode", "primaryContact.phone", "support.phone"] {
        assert_eq!(codes_at(&hidden, field), ["country_data_not_loaded"], "{field}");
    }
    assert_eq!(codes_at(&hidden, "address.city"), ["required"], "required fields are country-level facts");
    let issue = hidden.issues.iter().find(|i| i.code == crate::IssueCode::CountryDataNotLoaded).unwrap();
    assert_eq!(issue.severity, crate::issue::Severity::Error);
    assert!(issue.message.contains("loadCountry(\"US\")"), "{}", issue.message);
    let value = serde_json::to_value(&hidden.value).unwrap();
    assert_eq!(
        (value["address"]["state"].as_str(), value["address"]["postalCode"].as_str()),
        (Some("california"), Some("9501"))
    );
    // Nothing else differs.
    let others = |r: &crate::Validation<crate::EnrollmentForm>| {
        r.issues
            .iter()
            .filter(|i| !["state", "postalCode", "phone"].iter().any(|f| i.path.get(1) == Some(&(*f).into())))
            .count()
    };
    assert_eq!(others(&hidden), others(&loaded));
    assert_eq!(validate(&form).issues, loaded.issues, "loaded again: the usual answer");
}

use serde_json::Value;

/// A support phone in another calling code is read with every numbering plan of that code: each one
/// not loaded is named (`countries`), so `loadCountry` can load them all (+1: the NANP countries).
#[test]
fn country_data_not_loaded_names_every_plan_a_support_phone_needs() {
    use crate::enrollment::test_support::{base, validate, with};
    use serde_json::json;
    let form = with(base(), "support.phone", json!("+44 20 7946 0958"));
    let hidden = without("GB", || validate(&form));
    let issue = hidden.issues.iter().find(|i| i.code == crate::IssueCode::CountryDataNotLoaded).unwrap();
    let params = serde_json::to_value(&issue.params).unwrap();
    assert_eq!(
        issue.path.iter().map(|p| serde_json::to_value(p).unwrap()).collect::<Vec<_>>(),
        [json!("support"), json!("phone")]
    );
    assert_eq!(params["country"], json!("GB"));
    assert!(params["countries"].as_str().unwrap().split(' ').any(|c| c == "GB"));
    assert!(validate(&form).ok, "loaded: {:?}", validate(&form).issues);
}

/// ENR-6's order as it was written before the name index: keys (or `XX-key`), then ISO codes (or
/// `XX-iso`), then names, other names and localized names; the first subdivision in the data's
/// order within each. The index must answer exactly this for every name of every country.
fn linear_lookup<'a>(data: &'a CountryData<'static>, wanted: &str) -> Option<&'a SubdivisionData<'static>> {
    use crate::fold::fold;
    let is = |text: &str| fold(text) == wanted;
    let prefixed = |code: &str| fold(&format!("{}-{code}", data.country)) == wanted;
    let subs = &data.subdivisions;
    subs.iter()
        .find(|s| is(s.key) || prefixed(s.key))
        .or_else(|| subs.iter().find(|s| s.iso.is_some_and(|iso| is(iso) || prefixed(iso))))
        .or_else(|| {
            subs.iter()
                .find(|s| is(s.name) || s.other_names().any(is) || s.localized_names().any(|(_, n)| is(n)))
        })
}

#[test]
fn enr_6_the_name_index_answers_as_the_linear_search_for_every_name_of_every_country() {
    use crate::fold::fold;
    let mut checked = 0;
    for text in records() {
        let data = parse(text).unwrap();
        let mut probes: Vec<String> =
            vec!["".into(), "zz".into(), "nowhere".into(), data.country.to_lowercase()];
        for s in &data.subdivisions {
            probes.extend([s.key, s.name].map(String::from));
            probes.push(format!("{}-{}", data.country, s.key));
            probes.extend(s.iso.map(|iso| format!("{}-{iso}", data.country)));
            probes.extend(s.iso.map(String::from));
            probes.extend(s.other_names().map(String::from));
            probes.extend(s.localized_names().map(|(_, n)| n.to_owned()));
            probes.push(format!("{} x", s.name));
        }
        for probe in probes {
            let wanted = fold(&probe);
            let by_index = data.subdivision_named(&wanted).map(|s| s.key);
            let by_scan = if wanted.is_empty() { None } else { linear_lookup(&data, &wanted).map(|s| s.key) };
            assert_eq!(by_index, by_scan, "{}: {probe:?}", data.country);
            checked += 1;
        }
    }
    assert!(checked > 7_000, "{checked} probes");
}
