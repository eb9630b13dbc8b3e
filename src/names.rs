//! Place names in the message's locale: countries (from [`crate::country_names`]), CSP regions and
//! subdivisions (states, provinces…).
//!
//! Messages, `markets()`, `regions()` and `addressFormat()` name places through these functions, so
//! a French message says "Brésil" and "Californie", never "Brazil" and "California". English names
//! are the data's own (Partner Center's market names, the source's region names, libaddressinput's
//! subdivision names); other locales come from `data/csp-region-names.tsv` (generated table, see
//! `build/place_names.rs`) and, for subdivisions, from each country's record (`data/subdivision-names.tsv`
//! and libaddressinput's second-language records: `build/country_records.rs`), and fall back to the
//! English name where the data has none.

use crate::locale::Locale;
use crate::markets::MarketRecord;

include!(concat!(env!("OUT_DIR"), "/place_names.rs"));

/// A decoded record: key, locale tag, name.
struct PlaceName {
    key: &'static str,
    locale: &'static str,
    name: &'static str,
}

fn all() -> &'static [PlaceName] {
    static TABLE: crate::packed::Table<PlaceName> = crate::packed::Table::new();
    TABLE.get_or_init(|| {
        crate::packed::records(PLACE_NAMES_TEXT, PLACE_NAMES_ENDS)
            .map(|mut f| PlaceName { key: f.next(), locale: f.next(), name: f.next() })
            .collect()
    })
}

/// The name of `key` in `locale`, when the data has one.
fn lookup(key: &str, locale: Locale) -> Option<&'static str> {
    if locale == Locale::En {
        return None;
    }
    let all = all();
    let tag = locale.tag();
    all.binary_search_by(|r| r.key.cmp(key).then(r.locale.cmp(tag)))
        .ok()
        .and_then(|i| all.get(i))
        .map(|r| r.name)
}

/// The name of a country or territory (ISO 3166-1 alpha-2, any case) in `locale` (see
/// [`crate::country_names`]); `None` for a code that names no country.
pub(crate) fn country(code: &str, locale: Locale) -> Option<&'static str> {
    crate::country_names::name(code, locale).or_else(|| crate::markets::find(code).map(|m| m.name))
}

/// The name of a country in `locale`, or the code itself when it names no country.
pub(crate) fn country_or_code(code: &str, locale: Locale) -> String {
    country(code, locale).map_or_else(|| code.trim().to_owned(), str::to_owned)
}

/// The name of a market in `locale`.
pub(crate) fn market(market: &MarketRecord, locale: Locale) -> &'static str {
    country(market.country, locale).unwrap_or(market.name)
}

/// The name of a CSP region (its id, e.g. `"latin-america-and-the-caribbean"`) in `locale`; `english`
/// where the data has no other.
pub(crate) fn region(id: &str, english: &'static str, locale: Locale) -> &'static str {
    let mut key = String::with_capacity(id.len() + 7);
    key.push_str("region/");
    key.push_str(id);
    lookup(&key, locale).unwrap_or(english)
}

/// The name of a market's CSP region in `locale` ("" for a record without region, never in the data).
pub(crate) fn market_region(market: &MarketRecord, locale: Locale) -> &'static str {
    market.region().map_or("", |r| region(r.id, r.name, locale))
}

/// The name of the subdivision `key` of `country` in `locale` (from the country's record,
/// [`crate::country_data`]); `english` (libaddressinput's name) where the data has no other.
pub(crate) fn subdivision(country: &str, key: &str, english: &'static str, locale: Locale) -> &'static str {
    let data = crate::country_data::of(country).data();
    let sub = data.and_then(|d| d.subdivisions.iter().find(|s| s.subdivision().key == key));
    sub.and_then(|s| s.localized_names().find(|(tag, _)| *tag == locale.tag())).map_or(english, |(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ref_3_every_region_has_a_french_name() {
        for r in crate::markets::regions(Locale::En) {
            let fr = region(r.id, r.name, Locale::Fr);
            assert!(!fr.is_empty(), "{}", r.id);
            assert_eq!(region(r.id, r.name, Locale::En), r.name);
        }
        assert_eq!(
            region("latin-america-and-the-caribbean", "Latin America and the Caribbean", Locale::Fr),
            "Amérique latine et Caraïbes"
        );
        assert_eq!(region("brazil", "Brazil", Locale::Fr), "Brésil");
    }

    #[test]
    fn subdivisions_in_french_where_the_data_has_them() {
        assert_eq!(subdivision("US", "CA", "California", Locale::Fr), "Californie");
        assert_eq!(subdivision("US", "TX", "Texas", Locale::Fr), "Texas");
        assert_eq!(subdivision("US", "CA", "California", Locale::En), "California");
        // libaddressinput's French records of Canada and Switzerland.
        assert_eq!(subdivision("CA", "BC", "British Columbia", Locale::Fr), "Colombie-Britannique");
        assert_eq!(subdivision("CH", "GE", "Genf", Locale::Fr), "Genève");
    }

    #[test]
    fn countries_in_the_locale_partner_center_names_in_english() {
        assert_eq!(country("br", Locale::Fr), Some("Brésil"));
        assert_eq!(country("GB", Locale::En), Some("United Kingdom"));
        assert_eq!(country("CU", Locale::Fr), Some("Cuba"));
        assert_eq!(country("ZZ", Locale::Fr), None);
        assert_eq!(country_or_code(" ZZ ", Locale::Fr), "ZZ");
        for m in crate::markets::markets(Locale::En) {
            assert_eq!(country(m.country, Locale::En), Some(m.name), "{}", m.country);
            assert!(country(m.country, Locale::Fr).is_some(), "{}", m.country);
        }
    }

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(all().windows(2).all(|w| (w[0].key, w[0].locale) < (w[1].key, w[1].locale)));
    }
}
