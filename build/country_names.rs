//! `data/country-names.tsv` + `data/country-aliases.tsv` + `data/csp-markets.tsv` → `country_names.rs`:
//! the display name of each country in each locale, and a look-up from any known name (every
//! locale's names and the package's other names, the markets' names, hand-listed aliases such as
//! "USA" or "Deutschland") to the ISO code, keyed by `src/fold.rs` so that case, accents and
//! punctuation don't matter. A folded name that two countries share ("Congo") is left out.
//!
//! Locales other than en/fr are emitted behind `#[cfg(feature = "extra-locales")]`, like their messages.

use crate::util::{cell, lit, read_data, tsv, write_generated};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The locales of `src/locale.rs`, in its order; the first two are always built.
const LOCALES: [(&str, &str); 10] = [
    ("en", "EN"),
    ("fr", "FR"),
    ("de", "DE"),
    ("es", "ES"),
    ("it", "IT"),
    ("pt-BR", "PT_BR"),
    ("nl", "NL"),
    ("ja", "JA"),
    ("zh-Hans", "ZH_HANS"),
    ("ko", "KO"),
];
const BASE_LOCALES: usize = 2;

pub fn generate(out: &Path) {
    let rows = tsv(&read_data("country-names.tsv"));
    let mut codes: Vec<String> = rows.iter().map(|r| cell(r, "code").to_owned()).collect();
    codes.sort();
    codes.dedup();
    for c in &codes {
        assert!(c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()), "country-names.tsv: bad code {c}");
    }
    let index = |code: &str| {
        codes.binary_search_by(|c| c.as_str().cmp(code)).unwrap_or_else(|_| panic!("unknown code {code}"))
    };

    // names[locale][code index]
    let mut names = vec![vec![String::new(); codes.len()]; LOCALES.len()];
    // folded name → (code indexes, whether only extra locales know it, whether Partner Center or
    // our alias list names it). Partner Center's market names and the hand-listed aliases win over
    // the package's names ("Congo" is CG, the market, though the package also calls CD so).
    let mut keys: BTreeMap<String, (Vec<usize>, bool, bool)> = BTreeMap::new();
    let mut add = |name: &str, code: usize, extra: bool, strong: bool| {
        let key = crate::fold::fold(name);
        if key.is_empty() {
            return;
        }
        let entry = keys.entry(key).or_insert((Vec::new(), true, strong));
        if strong && !entry.2 {
            *entry = (Vec::new(), true, true);
        }
        if !strong && entry.2 {
            return;
        }
        if !entry.0.contains(&code) {
            entry.0.push(code);
        }
        entry.1 &= extra;
    };
    // The CSP markets: their English display name is the market table's (`country_names::name`
    // asks `markets::find` first), so the English table leaves them empty (−2.2 KB in the .wasm).
    let mut markets = Vec::new();
    for row in tsv(&read_data("csp-markets.tsv")) {
        let code = index(cell(&row, "iso2"));
        markets.push(code);
        add(cell(&row, "name"), code, false, true);
        add(cell(&row, "pc_locale_name"), code, false, true);
    }
    for row in tsv(&read_data("country-aliases.tsv")) {
        add(cell(&row, "alias"), index(cell(&row, "code")), false, true);
    }
    for row in &rows {
        let locale = LOCALES
            .iter()
            .position(|(tag, _)| *tag == cell(row, "locale"))
            .unwrap_or_else(|| panic!("country-names.tsv: unknown locale {}", cell(row, "locale")));
        let code = index(cell(row, "code"));
        let extra = locale >= BASE_LOCALES;
        if let Some(slot) = names.get_mut(locale).and_then(|l| l.get_mut(code)) {
            *slot = cell(row, "name").to_owned();
        }
        add(cell(row, "name"), code, extra, false);
        for alias in cell(row, "aliases").split('|').filter(|a| !a.is_empty()) {
            add(alias, code, extra, false);
        }
    }
    for (l, per_code) in names.iter().enumerate() {
        for (c, n) in per_code.iter().enumerate() {
            assert!(
                !n.is_empty(),
                "country-names.tsv: no {} name for {}",
                LOCALES.get(l).map_or("", |x| x.0),
                codes.get(c).map_or("", |x| x.as_str())
            );
            assert!(!n.contains('\n'), "country-names.tsv: line break in a name");
        }
    }

    let mut body = String::new();
    let _ = writeln!(body, "/// ISO codes of the named countries, sorted, two bytes each.");
    let _ = writeln!(body, "pub(crate) static CODES: &str = {};", lit(&codes.concat()));
    for (l, (tag, id)) in LOCALES.iter().enumerate() {
        let cfg = if l >= BASE_LOCALES { "#[cfg(feature = \"extra-locales\")]\n" } else { "" };
        let per_code = names.get(l).map(Vec::as_slice).unwrap_or(&[]);
        let english = *tag == "en";
        let (text, ends): (String, Vec<u16>) = concat_with_ends(per_code.iter().enumerate().map(|(c, n)| {
            if english && markets.contains(&c) {
                ""
            } else {
                n.as_str()
            }
        }));
        let _ = writeln!(
            body,
            "/// `{tag}` display names, in [`CODES`] order: name `i` is `TEXT[ENDS[i-1]..ENDS[i]]`."
        );
        let _ = writeln!(body, "{cfg}pub(crate) static NAMES_{id}_TEXT: &str = {};", lit(&text));
        let _ = writeln!(body, "{cfg}pub(crate) static NAMES_{id}_ENDS: &[u16] = &{ends:?};");
    }
    // Unambiguous keys, in two sorted tables: known in en/fr/aliases/markets, and only in extra locales.
    let mut dropped = 0;
    for (extra, suffix) in [(false, "BASE"), (true, "EXTRA")] {
        let chosen: Vec<(&String, usize)> = keys
            .iter()
            .filter(|(_, (codes, only_extra, _))| {
                *only_extra == extra && {
                    if codes.len() > 1 && !extra {
                        dropped += 1;
                    }
                    codes.len() == 1
                }
            })
            .filter_map(|(k, (codes, _, _))| codes.first().map(|&c| (k, c)))
            .collect();
        let cfg = if extra { "#[cfg(feature = \"extra-locales\")]\n" } else { "" };
        let (text, ends): (String, Vec<u32>) = concat_with_ends(chosen.iter().map(|(k, _)| k.as_str()));
        let which: Vec<u8> = chosen
            .iter()
            .map(|&(_, c)| u8::try_from(c).unwrap_or_else(|_| panic!("too many codes")))
            .collect();
        let _ = writeln!(
            body,
            "/// {} folded names (`src/fold.rs`), sorted; key `i` is `TEXT[ENDS[i-1]..ENDS[i]]`.",
            chosen.len()
        );
        let _ = writeln!(body, "{cfg}pub(crate) static KEYS_{suffix}_TEXT: &str = {};", lit(&text));
        let _ = writeln!(body, "{cfg}pub(crate) static KEYS_{suffix}_ENDS: &[u32] = &{ends:?};");
        let _ = writeln!(body, "/// The country of each key: an index into [`CODES`] (two bytes each).");
        let _ = writeln!(body, "{cfg}pub(crate) static KEYS_{suffix}_CODES: &[u8] = &{which:?};");
    }
    let _ = writeln!(
        body,
        "// Names that two countries share, left out of the look-up (en, fr, aliases): {dropped}."
    );
    write_generated(
        out,
        "country_names.rs",
        "country-names.tsv, country-aliases.tsv and csp-markets.tsv",
        &body,
    );
}

/// The strings end to end, with the end offset of each.
fn concat_with_ends<'a, T: TryFrom<usize> + std::fmt::Debug>(
    items: impl Iterator<Item = &'a str>,
) -> (String, Vec<T>) {
    let mut text = String::new();
    let mut ends = Vec::new();
    for s in items {
        text.push_str(s);
        ends.push(T::try_from(text.len()).unwrap_or_else(|_| panic!("table too large for its offsets")));
    }
    (text, ends)
}
