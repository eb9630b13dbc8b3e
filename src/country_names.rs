//! Country names in each locale, and the country a typed name means (REF-1, AUD-CSV).
//!
//! Generated from `data/country-names.tsv` (npm `i18n-iso-countries`, see `tools/country-names.mjs`),
//! `data/country-aliases.tsv` (hand-listed: "USA", "UK", "Deutschland"…) and `data/csp-markets.tsv`
//! by `build/country_names.rs`. English names of CSP markets are Partner Center's display names
//! (`markets.rs`); other countries and other locales use the generated names.
//!
//! [`code_for_name`] is a binary search over sorted folded keys (`src/fold.rs`): case, Latin accents
//! and punctuation don't matter (`"ALLEMAGNE"`, `"Etats-Unis"`, `"u.s.a."`), in O(log n) over a
//! few thousand keys, the same cost for every name. A name two countries share is not a key, unless
//! Partner Center's market list or the alias list says which ("Congo" is CG).

use crate::fold::fold;
use crate::locale::Locale;

mod tables {
    include!(concat!(env!("OUT_DIR"), "/country_names.rs"));
}

/// Index of `code` (two ASCII letters, any case) in [`tables::CODES`].
fn index(code: &str) -> Option<usize> {
    let code = code.as_bytes();
    if code.len() != 2 {
        return None;
    }
    let wanted = [code.first()?.to_ascii_uppercase(), code.get(1)?.to_ascii_uppercase()];
    let all = tables::CODES.as_bytes();
    let count = all.len() / 2;
    let (mut lo, mut hi) = (0, count);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let at = all.get(mid * 2..mid * 2 + 2)?;
        match at.cmp(&wanted[..]) {
            core::cmp::Ordering::Less => lo = mid + 1,
            core::cmp::Ordering::Greater => hi = mid,
            core::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

/// Item `i` of a table of strings laid end to end.
fn item<E: Copy + Into<u32>>(text: &'static str, ends: &[E], i: usize) -> Option<&'static str> {
    let from = match i.checked_sub(1) {
        Some(p) => (*ends.get(p)?).into() as usize,
        None => 0,
    };
    let to = (*ends.get(i)?).into() as usize;
    text.get(from..to)
}

/// The display-name table of a locale.
fn names(locale: Locale) -> (&'static str, &'static [u16]) {
    use tables::*;
    match locale {
        Locale::En => (NAMES_EN_TEXT, NAMES_EN_ENDS),
        Locale::Fr => (NAMES_FR_TEXT, NAMES_FR_ENDS),
        #[cfg(feature = "extra-locales")]
        Locale::De => (NAMES_DE_TEXT, NAMES_DE_ENDS),
        #[cfg(feature = "extra-locales")]
        Locale::Es => (NAMES_ES_TEXT, NAMES_ES_ENDS),
        #[cfg(feature = "extra-locales")]
        Locale::It => (NAMES_IT_TEXT, NAMES_IT_ENDS),
        #[cfg(feature = "extra-locales")]
        Locale::PtBr => (NAMES_PT_BR_TEXT, NAMES_PT_BR_ENDS),
        #[cfg(feature = "extra-locales")]
        Locale::Nl => (NAMES_NL_TEXT, NAMES_NL_ENDS),
        #[cfg(feature = "extra-locales")]
        Locale::Ja => (NAMES_JA_TEXT, NAMES_JA_ENDS),
        #[cfg(feature = "extra-locales")]
        Locale::ZhHans => (NAMES_ZH_HANS_TEXT, NAMES_ZH_HANS_ENDS),
        #[cfg(feature = "extra-locales")]
        Locale::Ko => (NAMES_KO_TEXT, NAMES_KO_ENDS),
    }
}

/// The name of the country `code` (ISO 3166-1 alpha-2, any case) in `locale`: `("DE", Fr)` →
/// `"Allemagne"`; in English a CSP market's Partner Center display name (`"GB"` → `"United Kingdom"`).
/// `None` for a code that names no country.
pub fn name(code: &str, locale: Locale) -> Option<&'static str> {
    if locale == Locale::En {
        if let Some(market) = crate::markets::find(code) {
            return Some(market.name);
        }
    }
    let (text, ends) = names(locale);
    item(text, ends, index(code)?)
}

/// The ISO code of the country that `typed` names, in any supported locale or by a known alias
/// (`"Allemagne"`, `"Deutschland"`, `"USA"`, `"united kingdom"`): `None` when it names none or two.
/// Codes themselves are not names: check them first (`"FR"` is France as a code, not here).
pub fn code_for_name(typed: &str) -> Option<&'static str> {
    // No country name is longer than this: longer text is not looked up (and not folded).
    if typed.len() > 200 {
        return None;
    }
    let key = fold(typed);
    if key.is_empty() {
        return None;
    }
    let found = find(tables::KEYS_BASE_TEXT, tables::KEYS_BASE_ENDS, tables::KEYS_BASE_CODES, &key);
    #[cfg(feature = "extra-locales")]
    let found = found
        .or_else(|| find(tables::KEYS_EXTRA_TEXT, tables::KEYS_EXTRA_ENDS, tables::KEYS_EXTRA_CODES, &key));
    let i = usize::from(found?);
    tables::CODES.get(i * 2..i * 2 + 2)
}

/// Binary search of `key` in a sorted key table; its code index.
fn find(text: &'static str, ends: &[u32], codes: &[u8], key: &str) -> Option<u8> {
    let (mut lo, mut hi) = (0, ends.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match item(text, ends, mid)?.cmp(key) {
            core::cmp::Ordering::Less => lo = mid + 1,
            core::cmp::Ordering::Greater => hi = mid,
            core::cmp::Ordering::Equal => return codes.get(mid).copied(),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ref_1_names_in_each_locale() {
        assert_eq!(name("DE", Locale::Fr), Some("Allemagne"));
        assert_eq!(name("us", Locale::Fr), Some("États-Unis"));
        assert_eq!(name("GB", Locale::En), Some("United Kingdom"));
        assert_eq!(name("CU", Locale::En), Some("Cuba"));
        assert_eq!(name("BR", Locale::Fr), Some("Brésil"));
        assert_eq!(name("ZZ", Locale::Fr), None);
        assert_eq!(name("", Locale::Fr), None);
        assert_eq!(name("FRA", Locale::Fr), None);
    }

    #[test]
    fn every_market_has_a_name_in_every_locale() {
        for m in crate::markets::markets(Locale::En) {
            for &l in Locale::ALL {
                assert!(name(m.country, l).is_some_and(|n| !n.is_empty()), "{} {:?}", m.country, l);
            }
        }
    }

    /// The English table leaves the markets' names empty (the market table has them): every
    /// country still has a name in every locale, and a market's English name is its display name.
    #[test]
    fn ref_1_every_country_has_a_name_in_every_locale() {
        let codes = tables::CODES.as_bytes().chunks(2).filter_map(|c| std::str::from_utf8(c).ok());
        for code in codes {
            for &l in Locale::ALL {
                assert!(name(code, l).is_some_and(|n| !n.is_empty()), "{code} {l:?}");
            }
            if let Some(m) = crate::markets::find(code) {
                assert_eq!(name(code, Locale::En), Some(m.name));
                assert_eq!(name(&code.to_ascii_lowercase(), Locale::En), Some(m.name));
            }
        }
    }

    #[test]
    fn aud_csv_country_names_and_aliases_find_their_code() {
        for (typed, code) in [
            ("Allemagne", "DE"),
            ("ALLEMAGNE", "DE"),
            ("Deutschland", "DE"),
            ("Germany", "DE"),
            ("United States", "US"),
            ("united states of america", "US"),
            ("USA", "US"),
            ("U.S.A.", "US"),
            ("Etats-Unis", "US"),
            ("UK", "GB"),
            ("Royaume-Uni", "GB"),
            ("Côte d'Ivoire", "CI"),
            ("cote d ivoire", "CI"),
            ("Korea", "KR"),
            ("Netherlands, The", "NL"),
            ("日本", "JP"),
            // Partner Center's market name wins over the package's other use of it (CD).
            ("Congo", "CG"),
            ("Democratic Republic of the Congo", "CD"),
        ] {
            assert_eq!(code_for_name(typed), Some(code), "{typed}");
        }
        for typed in ["", "  ", "Atlantis", "FR", &"x".repeat(10_000)] {
            assert_eq!(code_for_name(typed), None, "{typed}");
        }
    }

    #[test]
    fn every_display_name_finds_its_country_unless_shared() {
        for m in crate::markets::markets(Locale::En) {
            for &l in Locale::ALL {
                if let (Some(n), Some(found)) =
                    (name(m.country, l), name(m.country, l).and_then(code_for_name))
                {
                    assert_eq!(found, m.country, "{n}");
                }
            }
            assert_eq!(code_for_name(m.name), Some(m.country), "{}", m.name);
        }
    }
}
