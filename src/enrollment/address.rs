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
use crate::country_data::{Data, Lookup};
use crate::country_rules::live::PatternRule;
use crate::fold::fold;
use crate::input::Text;
use crate::issue::{Issue, IssueCode};
use crate::markets::MarketRecord;
use crate::pattern::dotnet::Program;

/// The fields checked together (ENR-8: the postal code's prefix depends on the state): a keystroke
/// in one reads both (`field::field_shape`).
pub(crate) const ZONE: [&str; 2] = ["state", "postalCode"];

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
    // The country's record: postal pattern and subdivisions (src/country_data/).
    let lookup = format.map_or(Lookup::Empty, crate::country_data::get);
    let data = lookup.data();
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
    let zone = ZONE.iter().any(|field| wanted(field));
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

    // Without the country's record (the `/enrollment` package before `loadCountry`), the state and
    // the postal code can't be checked: said, never guessed; both kept as typed.
    if let (Lookup::NotLoaded, Some(market)) = (lookup, market) {
        for (value, field) in [(&state, "state"), (&postal_code, "postalCode")] {
            if value.is_some() {
                ctx.push(
                    Issue::error(IssueCode::CountryDataNotLoaded)
                        .at(&["address", field])
                        .param("country", market.country)
                        .param("countryName", crate::names::market(market, ctx.locale)),
                );
            }
        }
        latin(ctx, state.as_deref(), "state");
        return kept(want, address, line1, line2, line3, city, state, postal_code, country);
    }
    let examples = || data.into_iter().flat_map(Data::examples);

    // ENR-7: postal code; Partner Center's `postalCodeRegex` where the rules have one (REF-6).
    let postal_rule = ctx.rules.as_ref().map(|r| r.postal.clone()).unwrap_or(PatternRule::BuiltIn);
    let mut postal_ok = false;
    if let (Some(code), Some(_), Some(format)) = (postal_code.clone(), market, format) {
        let builtin = data.and_then(|d| d.postal.as_ref()).map(|(_, program)| program);
        let normalized = builtin.and_then(|p| normalize_postal_code(&code, p, examples()));
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
                        let example = examples().find(|e| program.is_match(e)).unwrap_or_default();
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
                        let example = examples().find(|e| pattern.is_match(e)).unwrap_or_default();
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
        let found = data.and_then(|d| resolve_state(d, &typed));
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
            let example = data
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
    kept(want, address, line1, line2, line3, city, state, postal_code, country)
}

/// The address as stored: the checked values, the others as typed (see [`keep`]).
#[allow(clippy::too_many_arguments, reason = "one per field of the address, in its order")]
fn kept(
    want: &Want,
    address: &Address,
    line1: Option<String>,
    line2: Option<String>,
    line3: Option<String>,
    city: Option<String>,
    state: Option<String>,
    postal_code: Option<String>,
    country: Option<String>,
) -> Address {
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
pub(crate) fn normalize_postal_code(
    code: &str,
    pattern: &Program,
    examples: impl Iterator<Item = &'static str>,
) -> Option<String> {
    let typed = crate::case::to_uppercase(code);
    let compact: String = typed.chars().filter(|&c| c != ' ').collect();
    let mut candidates = Vec::new();
    if !compact.contains('-') {
        // An example without separators shapes nothing.
        for example in examples.filter(|e| e.contains([' ', '-'])) {
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
    pub prefix: Option<&'static Program>,
    pub example: &'static str,
}

/// ENR-6: the subdivision of the country of `data` that `typed` names — by key or ISO code first,
/// then by name or another known name; case, accents and punctuation ignored (`"québec"`, `"US-CA"`,
/// `"Hokkaidō"`).
pub(crate) fn resolve_state(data: &'static Data, typed: &str) -> Option<FoundState> {
    let wanted = fold(typed);
    if wanted.is_empty() {
        return None;
    }
    data.subdivision_named(&wanted).map(|s| FoundState {
        subdivision: s.subdivision(),
        prefix: s.prefix.as_ref(),
        example: s.example,
    })
}

#[cfg(test)]
#[path = "address_tests.rs"]
mod tests;
