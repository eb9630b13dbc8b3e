//! The legal address (ENR-2, ENR-4…ENR-9), laid out by the country's address format (REF-4).
//!
//! - ENR-5 city and the required part of ENR-6/ENR-7 follow the country's `require` letters.
//! - ENR-6 the state must be one of the country's subdivisions, matched by key, name, ISO 3166-2 code
//!   (with or without the `XX-` prefix) or any other name the data knows (second-language and
//!   native-script names), ignoring case, accents and punctuation; it is stored as the key.
//! - ENR-7 the postal code must match the country's whole pattern after normalization (upper case,
//!   the spacing of the country's examples); it is stored normalized.
//! - ENR-8 a warning when the postal code does not start with the state's postal prefix.
//! - ENR-9 lines, city and state in Latin characters only ([`is_latin_text`]).
//!
//! Patterns run on the linear-time matcher of [`crate::pattern`], compiled at build time.

use super::{keep, limits, Address, Ctx, Want};
use crate::address_format::{record_or_default, AddressField, AddressRecord, Subdivision};
use crate::country_rules::live::PatternRule;
use crate::fold::{fold, folds_to};
use crate::input::Text;
use crate::issue::{Issue, IssueCode};
use crate::markets::MarketRecord;
use crate::pattern::Pattern;

mod tables {
    include!(concat!(env!("OUT_DIR"), "/postal.rs"));
}

/// Subdivisions that are CSP markets of their own (`data/subdivision-aliases.tsv`).
pub(crate) fn own_markets() -> &'static [(&'static str, &'static str, &'static str)] {
    tables::OWN_MARKETS
}

/// Checks the address against the account's market (when known); returns it normalized. Only the
/// fields `want`ed are checked (the state and the postal code go together: ENR-8 needs both); the
/// others are kept as typed (see [`keep`]).
pub(crate) fn check(
    ctx: &mut Ctx,
    address: &Address,
    market: Option<&'static MarketRecord>,
    want: &Want,
) -> Address {
    let format = market.and_then(|m| record_or_default(m.country));
    let required = format.map(AddressRecord::required).unwrap_or_default();
    // REF-6: the country's rules say which of city, state and postal code are required.
    let rules = ctx
        .rules
        .as_ref()
        .map(|r| (r.rules.is_city_required, r.rules.is_state_required, r.rules.is_postal_code_required));
    let requires = |field: AddressField| match (rules, field) {
        (Some((city, _, _)), AddressField::City) => city,
        (Some((_, state, _)), AddressField::State) => state,
        (Some((_, _, postal)), AddressField::PostalCode) => postal,
        _ => required.contains(&field),
    };
    let wanted = |field: &str| want.leaf(&["address", field]);
    let zone = wanted("state") || wanted("postalCode");
    let text = |ctx: &mut Ctx, checked: bool, text: &Text, field: &str, required: bool, max: usize| {
        if checked {
            ctx.text(text, &["address", field], required, max)
        } else {
            None
        }
    };

    let line1 = text(ctx, wanted("line1"), &address.line1, "line1", true, limits::ADDRESS_LINE);
    let line2 = text(ctx, wanted("line2"), &address.line2, "line2", false, limits::ADDRESS_LINE);
    let line3 = text(ctx, wanted("line3"), &address.line3, "line3", false, limits::ADDRESS_LINE);
    let city = text(ctx, wanted("city"), &address.city, "city", requires(AddressField::City), limits::CITY);
    let mut state = text(ctx, zone, &address.state, "state", requires(AddressField::State), limits::STATE);
    let mut postal_code = text(
        ctx,
        zone,
        &address.postal_code,
        "postalCode",
        requires(AddressField::PostalCode),
        limits::POSTAL_CODE,
    );

    // ENR-2: the address is in the account's legal country.
    let country = text(ctx, wanted("country"), &address.country, "country", false, limits::COUNTRY + 8)
        .map(|c| c.to_ascii_uppercase());
    if let (Some(country), Some(market)) = (&country, market) {
        if country != market.country {
            ctx.push(
                Issue::error(IssueCode::CountryMismatch)
                    .at(&["address", "country"])
                    .param("country", market.country)
                    .param("countryName", crate::names::market(market, ctx.locale))
                    .param("addressCountry", country.as_str())
                    .param("addressCountryName", crate::names::country_or_code(country, ctx.locale)),
            );
        }
    }

    // ENR-9 on what is typed (the state below, on what is stored).
    for (value, field) in [(&line1, "line1"), (&line2, "line2"), (&line3, "line3"), (&city, "city")] {
        latin(ctx, value.as_deref(), field);
    }

    // ENR-7: postal code; Partner Center's `postalCodeRegex` where the rules have one (REF-6).
    let postal_rule = ctx.rules.as_ref().map(|r| r.postal.clone()).unwrap_or(PatternRule::BuiltIn);
    let mut postal_ok = false;
    if let (Some(code), Some(market), Some(format)) = (postal_code.clone(), market, format) {
        let builtin = postal_pattern(market.country);
        let normalized = builtin.and_then(|p| normalize_postal_code(&code, p, format));
        let program = postal_rule.program();
        match (program.as_deref(), &postal_rule) {
            (Some(Ok(program)), _) => {
                let upper = crate::case::to_uppercase(&code);
                match [normalized.clone(), Some(upper), Some(code.clone())]
                    .into_iter()
                    .flatten()
                    .find(|c| program.is_match(c))
                {
                    Some(stored) => {
                        postal_ok = normalized.as_deref() == Some(stored.as_str());
                        postal_code = Some(stored);
                    }
                    None => {
                        let example = format.examples().find(|e| program.is_match(e)).unwrap_or_default();
                        ctx.push(
                            Issue::error(IssueCode::PostalCodeFormat)
                                .at(&["address", "postalCode"])
                                .param("example", example),
                        );
                    }
                }
            }
            (_, PatternRule::None) => {
                postal_ok = normalized.is_some();
                postal_code = normalized.or(postal_code);
            }
            _ => match builtin {
                Some(pattern) => match normalized {
                    Some(normalized) => {
                        postal_code = Some(normalized);
                        postal_ok = true;
                    }
                    None => {
                        let example = format.examples().find(|e| pattern.is_match(e)).unwrap_or_default();
                        ctx.push(
                            Issue::error(IssueCode::PostalCodeFormat)
                                .at(&["address", "postalCode"])
                                .param("example", example),
                        );
                        if format.upper.contains('Z') {
                            postal_code = Some(crate::case::to_uppercase(&code));
                        }
                    }
                },
                None if format.upper.contains('Z') => postal_code = Some(crate::case::to_uppercase(&code)),
                None => {}
            },
        }
    }

    // ENR-6: state, stored as the subdivision key; checked against the rules' `supportedStatesList`
    // where they have one (REF-6: US, CA, CN, MX); ENR-8: postal prefix of the state.
    if let (Some(typed), Some(market)) = (state.clone(), market) {
        let list: Vec<String> =
            ctx.rules.as_ref().map(|r| r.rules.supported_states_list.clone()).unwrap_or_default();
        let found = format.and_then(|f| resolve_state(market.country, f, &typed));
        let listed = |key: &str| list.iter().find(|s| s.eq_ignore_ascii_case(key)).cloned();
        let mut issue = None;
        match &found {
            Some(found) => {
                if let (true, Some(code), Some(prefix)) = (postal_ok, &postal_code, found.prefix) {
                    if !prefix.matches_start(code) {
                        ctx.push(
                            Issue::warning(IssueCode::PostalCodeStateMismatch)
                                .at(&["address", "postalCode"])
                                .param(
                                    "state",
                                    crate::names::subdivision(
                                        market.country,
                                        found.subdivision.key,
                                        found.subdivision.name,
                                        ctx.locale,
                                    ),
                                )
                                .param("example", found.example),
                        );
                    }
                }
                state = Some(found.subdivision.key.to_owned());
                if !list.is_empty() {
                    match (
                        listed(found.subdivision.key),
                        crate::country_rules::own_market(market.country, found.subdivision.key),
                    ) {
                        (Some(key), _) => state = Some(key),
                        (None, Some(own)) => {
                            let own_name = crate::names::country(own, ctx.locale).unwrap_or(own);
                            issue = Some(
                                Issue::error(IssueCode::StateOwnMarket)
                                    .param("stateName", own_name)
                                    .param("market", own),
                            );
                        }
                        (None, None) => issue = Some(Issue::error(IssueCode::UnknownState)),
                    }
                }
            }
            None if !list.is_empty() => match listed(&typed) {
                Some(key) => state = Some(key),
                None => issue = Some(Issue::error(IssueCode::UnknownState)),
            },
            None => {}
        }
        if let Some(issue) = issue {
            let first = list.first().map(String::as_str).unwrap_or_default();
            let example = format
                .and_then(|f| {
                    f.subdivisions()
                        .find(|s| s.key == first)
                        .map(|s| crate::names::subdivision(market.country, s.key, s.name, ctx.locale))
                })
                .unwrap_or(first)
                .to_owned();
            ctx.push(
                issue
                    .at(&["address", "state"])
                    .param("state", typed.as_str())
                    .param("countryName", crate::names::market(market, ctx.locale))
                    .param("example", example),
            );
        }
    }
    latin(ctx, state.as_deref(), "state");

    if !want.keeps_value() {
        return Address::default();
    }
    Address {
        line1: keep(line1, &address.line1),
        line2: keep(line2, &address.line2),
        line3: keep(line3, &address.line3),
        city: keep(city, &address.city),
        state: keep(state, &address.state),
        postal_code: keep(postal_code, &address.postal_code),
        country: keep(country, &address.country),
    }
}

/// ENR-9: one `non_latin_characters` issue for a field that has a character outside [`is_latin_text`].
fn latin(ctx: &mut Ctx, value: Option<&str>, field: &str) {
    if value.is_some_and(|v| !is_latin_text(v)) {
        ctx.push(Issue::error(IssueCode::NonLatinCharacters).at(&["address", field]));
    }
}

/// ENR-9: Western European (Latin) text as Partner Center takes it: printable Basic Latin, Latin-1
/// Supplement (not its C1 controls), Latin Extended-A and -B (Romanian ș ț), Latin Extended
/// Additional (Vietnamese letters with two diacritics), combining diacritical marks (decomposed
/// input), and typographic punctuation (dashes, quotes ‘ ’ “ ”, bullet, ellipsis: U+2010–U+2027,
/// and €). Greek, Cyrillic, Arabic, Hebrew, CJK, emoji and everything else are refused.
pub(crate) fn is_latin_text(s: &str) -> bool {
    s.chars().all(|c| {
        matches!(c, ' '..='~' | '\u{A0}'..='\u{24F}' | '\u{300}'..='\u{36F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2010}'..='\u{2027}' | '\u{20AC}')
    })
}

/// The compiled postal-code pattern of a country, if it has one.
fn postal_pattern(country: &str) -> Option<Pattern> {
    let index = find_code(tables::POSTAL_COUNTRIES, country)?;
    tables::POSTAL_PROGRAMS.get(index).map(|&at| Pattern(at))
}

/// Index of a two-letter code in a sorted string of two-letter codes.
pub(crate) fn find_code(packed: &str, code: &str) -> Option<usize> {
    let (mut lo, mut hi) = (0, packed.len() / 2);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match packed.get(mid * 2..mid * 2 + 2)?.cmp(code) {
            std::cmp::Ordering::Equal => return Some(mid),
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    None
}

/// ENR-7: the postal code as stored, when it matches the country's pattern: upper-cased (the
/// patterns are written in capitals), with the spacing of the country's examples when that form
/// matches (`ec1y8sy` → `EC1Y 8SY`, `1234ab` → `1234 AB`, `1540023` → `154-0023`), else as typed
/// (spaces removed if that is what matches). A hyphen the user typed is never removed.
pub(crate) fn normalize_postal_code(code: &str, pattern: Pattern, format: &AddressRecord) -> Option<String> {
    let typed = crate::case::to_uppercase(code);
    let compact: String = typed.chars().filter(|&c| c != ' ').collect();
    let mut candidates = Vec::new();
    if !compact.contains('-') {
        // An example without separators shapes nothing.
        for example in format.examples().filter(|e| e.contains([' ', '-'])) {
            // Separators of the example, by their distance from the end (outward/inward codes).
            let chars: Vec<char> = example.chars().collect();
            let mut shaped: Vec<char> = compact.chars().collect();
            let mut fits = true;
            for (i, &c) in chars.iter().enumerate().rev() {
                if c == ' ' || c == '-' {
                    // Later separators are already in place, so the distance from the end is the example's.
                    let from_end = chars.len() - 1 - i;
                    let at = shaped.len().checked_sub(from_end);
                    match at.filter(|&a| a > 0) {
                        Some(a) => shaped.insert(a, c),
                        None => fits = false,
                    }
                }
            }
            if fits && shaped.len() != compact.chars().count() {
                candidates.push(shaped.into_iter().collect::<String>());
            }
        }
    }
    candidates.push(typed);
    candidates.push(compact);
    candidates.into_iter().find(|c| pattern.is_match(c))
}

/// A subdivision found for what the user typed, with its postal prefix (ENR-8).
pub(crate) struct FoundState {
    pub subdivision: Subdivision,
    pub prefix: Option<Pattern>,
    pub example: &'static str,
}

/// The extra facts of each subdivision of a country, in the order of [`AddressRecord::subdivisions`]:
/// `prefix|example|other name|…`.
fn extras(country: &str) -> Vec<&'static str> {
    let packed = tables::SUBDIVISION_EXTRAS
        .binary_search_by(|(c, _)| (*c).cmp(country))
        .ok()
        .and_then(|at| tables::SUBDIVISION_EXTRAS.get(at));
    packed.map(|(_, p)| p.split('~').collect()).unwrap_or_default()
}

/// `(prefix, example, other names)` of one entry of [`extras`].
fn parse_extra(
    entry: Option<&&'static str>,
) -> (Option<Pattern>, &'static str, std::str::Split<'static, char>) {
    let mut parts = entry.copied().unwrap_or("").split('|');
    let prefix = parts.next().and_then(|p| p.parse().ok()).map(Pattern);
    let example = parts.next().unwrap_or("");
    (prefix, example, parts)
}

/// ENR-6: the subdivision of `country` that `typed` names — by key or ISO code first, then by name
/// or another known name; case, accents and punctuation ignored (`"québec"`, `"US-CA"`, `"Hokkaidō"`).
pub(crate) fn resolve_state(country: &str, format: &AddressRecord, typed: &str) -> Option<FoundState> {
    let wanted = fold(typed);
    if wanted.is_empty() {
        return None;
    }
    let extras = extras(country);
    let found = |(i, s): (usize, &Subdivision)| {
        let (prefix, example, _) = parse_extra(extras.get(i));
        FoundState { subdivision: *s, prefix, example }
    };
    let subdivisions: Vec<Subdivision> = format.subdivisions().collect();
    // Keys first (a stored value always comes back to itself), then ISO codes, then names.
    // `XX-code` is folded as one string, without building it.
    let prefixed =
        |code: &str| folds_to(country.chars().chain(std::iter::once('-')).chain(code.chars()), &wanted);
    let by_key =
        || subdivisions.iter().enumerate().find(|(_, s)| folds_to(s.key.chars(), &wanted) || prefixed(s.key));
    let by_iso = || {
        subdivisions
            .iter()
            .enumerate()
            .find(|(_, s)| s.iso.is_some_and(|iso| folds_to(iso.chars(), &wanted) || prefixed(iso)))
    };
    if let Some(s) = by_key().or_else(by_iso) {
        return Some(found(s));
    }
    subdivisions
        .iter()
        .enumerate()
        .find(|(i, s)| {
            folds_to(s.name.chars(), &wanted)
                || parse_extra(extras.get(*i)).2.any(|n| folds_to(n.chars(), &wanted))
                || crate::names::subdivision_names(country, s.key).any(|n| folds_to(n.chars(), &wanted))
        })
        .map(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::address_format::record;
    use crate::enrollment::EnrollmentOptions;
    use crate::input::Text;
    use crate::issue::Severity;

    fn countries_with_postal_patterns() -> Vec<&'static str> {
        (0..tables::POSTAL_COUNTRIES.len() / 2).map(|i| &tables::POSTAL_COUNTRIES[i * 2..i * 2 + 2]).collect()
    }

    /// The source's own mistakes: examples that contradict their country's pattern.
    const BAD_SOURCE_EXAMPLES: [(&str, &str); 3] = [("BY", "20050"), ("EE", "1001"), ("GB", "RH6 OHP")];

    fn run(country: &str, address: Address) -> (Vec<crate::issue::Issue>, Address) {
        let options = EnrollmentOptions::default();
        let mut ctx = Ctx::new(&options);
        let market = crate::markets::find(country);
        ctx.rules = market
            .map(|m| crate::country_rules::live::apply(m, &crate::input::Loose::Missing, &mut Vec::new()));
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
            let format = record(country).unwrap();
            let pattern = postal_pattern(country).unwrap();
            for example in format.examples() {
                let normalized = normalize_postal_code(example, pattern, format);
                if BAD_SOURCE_EXAMPLES.contains(&(country, example)) {
                    assert_eq!(normalized, None, "{country} {example} is a known bad example of the source");
                    continue;
                }
                assert_eq!(normalized.as_deref(), Some(example), "{country}: {example}");
                // Lower case and without its spaces, it is still recognized and given back canonical.
                let sloppy = example.to_lowercase().replace(' ', "");
                assert_eq!(
                    normalize_postal_code(&sloppy, pattern, format).as_deref(),
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
            let format = record(country).unwrap();
            let pattern = postal_pattern(country).unwrap();
            let Some(example) = format.examples().filter(|e| pattern.is_match(e)).max_by_key(|e| e.len())
            else {
                continue;
            };
            let fits = |code: &str| normalize_postal_code(code, pattern, format).is_some();
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
        for (country, _) in tables::SUBDIVISION_EXTRAS {
            struct M {
                country: &'static str,
            }
            let m = M { country };
            let Some(format) = record(m.country) else { continue };
            for s in format.subdivisions() {
                let mut inputs =
                    vec![s.key.to_owned(), s.name.to_owned(), s.name.to_uppercase(), s.key.to_lowercase()];
                if let Some(iso) = s.iso {
                    inputs.push(format!("{}-{iso}", m.country));
                    inputs.push(format!("{}-{iso}", m.country.to_lowercase()));
                }
                for input in inputs {
                    let found = resolve_state(m.country, format, &input)
                        .unwrap_or_else(|| panic!("{}: {input}", m.country));
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
        assert_eq!(tables::SUBDIVISION_EXTRAS.len(), 39, "countries with subdivisions in the data");
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
        assert_eq!(
            issues[0].params.get("countryName").map(|p| p.to_string()).as_deref(),
            Some("United States")
        );
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
        assert_eq!(
            codes(&run("US", addr("Redmond", "", "98052")).0),
            [(IssueCode::Required, Severity::Error)]
        );
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
        // One entry per subdivision of the REF-4 table; every example is in the country's pattern
        // and in its own prefix.
        for (country, packed) in tables::SUBDIVISION_EXTRAS {
            assert_eq!(
                packed.split('~').count(),
                record(country).unwrap().subdivisions().count(),
                "{country}"
            );
            let pattern = postal_pattern(country);
            for entry in packed.split('~') {
                let parts: Vec<&str> = entry.split('|').collect();
                if let (Some(pattern), Ok(at)) = (pattern, parts[0].parse()) {
                    assert!(
                        pattern.is_match(parts[1]) && Pattern(at).matches_start(parts[1]),
                        "{country} {entry}"
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
            let subs: Vec<Subdivision> =
                record(m.country).map(|r| r.subdivisions().collect()).unwrap_or_default();
            let examples: Vec<&str> = record(m.country).map(|r| r.examples().collect()).unwrap_or_default();
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
}
