//! CSP markets, regions and currencies (SPEC §1 REF-1…3, REF-5, §5 REG-5), from `data/csp-markets.tsv`
//! (Partner Center "CSP global markets", 2023-08-17).

use crate::locale::Locale;
use serde::Serialize;

/// A row of the generated markets table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MarketRecord {
    pub country: &'static str,
    pub name: &'static str,
    /// Index into `REGIONS`.
    pub region: usize,
    pub currency: Option<&'static str>,
    pub alt_currency: Option<&'static str>,
    /// Partner Center's supported cultures, space-separated (`"fr-FR en-US"`, REF-6).
    pub cultures: &'static str,
}

/// A row of the generated regions table.
pub(crate) struct RegionRecord {
    pub id: &'static str,
    pub name: &'static str,
    pub single_market: bool,
}

include!(concat!(env!("OUT_DIR"), "/markets.rs"));

/// The markets, sorted by ISO code (decoded from the packed table once).
pub(crate) fn all() -> &'static [MarketRecord] {
    static TABLE: crate::packed::Table<MarketRecord> = crate::packed::Table::new();
    TABLE.get_or_init(|| {
        crate::packed::records(MARKETS_TEXT, MARKETS_ENDS)
            .map(|mut f| MarketRecord {
                country: f.next(),
                name: f.next(),
                region: f.next().parse().unwrap_or(usize::MAX),
                currency: f.next_opt(),
                alt_currency: f.next_opt(),
                cultures: f.next(),
            })
            .collect()
    })
}

/// A CSP region as named on a market.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RegionRef {
    pub id: &'static str,
    pub name: &'static str,
}

/// A country or territory where CSP offers can be sold (REF-1).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Market {
    /// ISO 3166-1 alpha-2 code (`XK`, `XS`, `XE` are Microsoft's user-assigned codes).
    pub country: &'static str,
    /// Display name (Partner Center's, e.g. "United Kingdom").
    pub name: &'static str,
    pub region: RegionRef,
    /// Billing currency; `null` where the source leaves it blank (Vatican City, Saint Kitts and Nevis, …).
    pub currency: Option<&'static str>,
    /// Second billing currency (Brazil: USD for traditional license-based offers).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub alt_currency: Option<&'static str>,
}

/// A CSP region (REF-3): partners sell to customers of their own region only.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Region {
    pub id: &'static str,
    pub name: &'static str,
    pub countries: Vec<&'static str>,
    /// A region of one market (Brazil, China, India, Japan, Korea, Taiwan).
    pub single_market: bool,
}

/// The billing currency of a market (REG-5).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Currency {
    pub currency: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub alt_currency: Option<&'static str>,
}

/// Dates or versions of the reference data compiled in (REF-5).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DataVersion {
    /// Partner Center "CSP global markets" page date.
    pub markets: &'static str,
    /// libaddressinput metadata snapshot.
    pub addresses: &'static str,
    /// libphonenumber metadata (as shipped in libphonenumber-js).
    pub phones: &'static str,
}

pub(crate) fn region_record(index: usize) -> Option<&'static RegionRecord> {
    REGIONS.get(index)
}

/// The market record of an ISO code, case-insensitive and trimmed.
pub(crate) fn find(country: &str) -> Option<&'static MarketRecord> {
    let all = all();
    with_code(country, |code| all.binary_search_by(|m| m.country.cmp(code)).ok().and_then(|i| all.get(i)))
}

/// Calls `f` with `country` trimmed and upper-cased (ASCII), without allocating for a two-letter
/// code (every keystroke looks the form's country up several times).
pub(crate) fn with_code<R>(country: &str, f: impl FnOnce(&str) -> R) -> R {
    let trimmed = country.trim();
    if let [a, b] = trimmed.as_bytes() {
        let upper = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
        if let Ok(code) = std::str::from_utf8(&upper) {
            return f(code);
        }
    }
    f(&trimmed.to_ascii_uppercase())
}

impl MarketRecord {
    pub(crate) fn region(&self) -> Option<&'static RegionRecord> {
        region_record(self.region)
    }

    fn to_market(&self, locale: Locale) -> Market {
        let id = self.region().map_or("", |r| r.id);
        Market {
            country: self.country,
            name: crate::names::market(self, locale),
            region: RegionRef { id, name: crate::names::market_region(self, locale) },
            currency: self.currency,
            alt_currency: self.alt_currency,
        }
    }
}

/// REF-1: the 244 CSP markets, sorted by ISO code, named in `locale` (country and region names).
pub fn markets(locale: Locale) -> Vec<Market> {
    all().iter().map(|m| m.to_market(locale)).collect()
}

/// REF-2: the market of an ISO code (case-insensitive), named in `locale`; `None` for a country that
/// is not a CSP market.
pub fn market(country: &str, locale: Locale) -> Option<Market> {
    find(country).map(|m| m.to_market(locale))
}

/// REF-3: the 15 CSP regions with their markets, named in `locale`.
pub fn regions(locale: Locale) -> Vec<Region> {
    REGIONS
        .iter()
        .enumerate()
        .map(|(i, r)| Region {
            id: r.id,
            name: crate::names::region(r.id, r.name, locale),
            countries: all().iter().filter(|m| m.region == i).map(|m| m.country).collect(),
            single_market: r.single_market,
        })
        .collect()
}

/// REG-5: the billing currency of a market; `None` for a country that is not a CSP market.
pub fn currency_for(country: &str) -> Option<Currency> {
    find(country).map(|m| Currency { currency: m.currency, alt_currency: m.alt_currency })
}

/// REF-5: the versions of the compiled-in reference data.
pub fn data_version() -> DataVersion {
    DataVersion { markets: "2023-08-17", addresses: "2025-06", phones: "libphonenumber-js 1.13" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ref_1_lists_244_markets_with_display_names() {
        let all = markets(Locale::En);
        assert_eq!(all.len(), 244);
        let gb = all.iter().find(|m| m.country == "GB").unwrap();
        assert_eq!(gb.name, "United Kingdom");
        assert_eq!(gb.region, RegionRef { id: "europe", name: "Europe" });
        assert_eq!(gb.currency, Some("GBP"));
        let br = market("BR", Locale::En).unwrap();
        assert_eq!((br.currency, br.alt_currency), (Some("BRL"), Some("USD")));
        assert_eq!(market("VA", Locale::En).unwrap().currency, None);
    }

    #[test]
    fn ref_2_market_is_case_insensitive_and_null_for_non_markets() {
        assert_eq!(market("fr", Locale::En).unwrap().country, "FR");
        assert_eq!(market(" us ", Locale::En).unwrap().region.id, "united-states");
        for code in ["CU", "RU", "BY", "ZZ", "", "USA", "é"] {
            assert!(market(code, Locale::En).is_none(), "{code}");
        }
    }

    #[test]
    fn ref_3_fifteen_regions_six_single_markets() {
        let all = regions(Locale::En);
        assert_eq!(all.len(), 15);
        assert_eq!(all.iter().map(|r| r.countries.len()).sum::<usize>(), 244);
        let mut single: Vec<&str> =
            all.iter().filter(|r| r.single_market).flat_map(|r| r.countries.clone()).collect();
        single.sort_unstable();
        assert_eq!(single, ["BR", "CN", "IN", "JP", "KR", "TW"]);
        for r in &all {
            assert_eq!(r.single_market, r.countries.len() == 1, "{}", r.id);
        }
        let us = all.iter().find(|r| r.id == "united-states").unwrap();
        assert_eq!(us.countries, ["AS", "GU", "MP", "UM", "US"]);
    }

    #[test]
    fn ref_1_packed_table_decodes_every_field() {
        assert_eq!(all().len(), 244);
        assert!(all()
            .iter()
            .all(|m| m.country.len() == 2 && !m.name.is_empty() && region_record(m.region).is_some()));
        assert!(all().windows(2).all(|w| w[0].country < w[1].country), "sorted for binary search");
        assert_eq!(
            find("BR").map(|m| (m.name, m.currency, m.alt_currency)),
            Some(("Brazil", Some("BRL"), Some("USD")))
        );
    }

    /// Issue 12 item 4: names in the requested locale.
    #[test]
    fn ref_1_ref_3_names_in_the_locale() {
        let br = market("BR", Locale::Fr).unwrap();
        assert_eq!(br.region, RegionRef { id: "brazil", name: "Brésil" });
        let ar = market("AR", Locale::Fr).unwrap();
        assert_eq!(ar.region.name, "Amérique latine et Caraïbes");
        let fr = regions(Locale::Fr);
        assert!(fr.iter().any(|r| r.id == "united-states" && r.name == "États-Unis"));
        assert_eq!(markets(Locale::Fr).len(), 244);
    }

    #[test]
    fn reg_5_currency_for_markets_only() {
        assert_eq!(currency_for("jp"), Some(Currency { currency: Some("JPY"), alt_currency: None }));
        assert_eq!(currency_for("DK").unwrap().currency, Some("DKK"));
        assert_eq!(currency_for("RU"), None);
    }
}
