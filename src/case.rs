//! Unicode case mapping: the same results as std's `char::to_lowercase`/`to_uppercase` and
//! `str::to_lowercase`/`to_uppercase`, from the compact tables `build/case.rs` reads from std at
//! build time. Why not std's own: its tables and code cost ~37 KB of the .wasm (~15 KB gzip); these
//! ~8 KB. The tests below compare every character, and `Σ` in every context class, with std.

mod tables {
    include!(concat!(env!("OUT_DIR"), "/case.rs"));
}

/// What one character maps to: itself or one other character (most), or a few (`ß` → `SS`).
pub(crate) enum Mapped {
    One(Option<char>),
    Several(core::str::Chars<'static>),
}

impl Iterator for Mapped {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        match self {
            Mapped::One(c) => c.take(),
            Mapped::Several(chars) => chars.next(),
        }
    }
}

/// `c` through a table of runs (see `build/case.rs`), else through its table of multi-character
/// mappings, else unchanged.
fn map(c: char, runs: &[(u32, i32)], keys: &[u16], text: &'static str, ends: &[u16]) -> Mapped {
    let code = c as u32;
    // The run starting at or before `c`, if `c` is one of its characters.
    let start = |key: u32| key & 0x1F_FFFF;
    let at = runs.partition_point(|&(key, _)| start(key) <= code);
    if let Some(&(key, delta)) = at.checked_sub(1).and_then(|i| runs.get(i)) {
        let (len, step) = (((key >> 21) & 0x3FF) + 1, if key >> 31 == 1 { 2 } else { 1 });
        let offset = code - start(key);
        if offset % step == 0 && offset / step < len {
            return Mapped::One(code.checked_add_signed(delta).and_then(char::from_u32));
        }
    }
    if let Ok(i) = u16::try_from(code).map_err(|_| 0).and_then(|k| keys.binary_search(&k)) {
        let from = i.checked_sub(1).and_then(|p| ends.get(p)).map_or(0, |&e| usize::from(e));
        let to = ends.get(i).map_or(0, |&e| usize::from(e));
        return Mapped::Several(text.get(from..to).unwrap_or("").chars());
    }
    Mapped::One(Some(c))
}

/// As `char::to_lowercase`.
pub(crate) fn lower(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::One(Some(c.to_ascii_lowercase()));
    }
    map(c, tables::LOWER_RUNS, tables::LOWER_MULTI_KEYS, tables::LOWER_MULTI_TEXT, tables::LOWER_MULTI_ENDS)
}

/// As `char::to_uppercase`.
pub(crate) fn upper(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::One(Some(c.to_ascii_uppercase()));
    }
    map(c, tables::UPPER_RUNS, tables::UPPER_MULTI_KEYS, tables::UPPER_MULTI_TEXT, tables::UPPER_MULTI_ENDS)
}

/// As `str::to_uppercase`.
pub(crate) fn to_uppercase(s: &str) -> String {
    s.chars().flat_map(upper).collect()
}

/// As `str::to_lowercase`: each character as [`lower`], except `Σ`, which becomes `ς` at the end of
/// a word and `σ` elsewhere (Unicode's Final_Sigma, as std applies it).
pub(crate) fn to_lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            let before = s.get(..i).unwrap_or("").chars().rev();
            let after = s.get(i + 'Σ'.len_utf8()..).unwrap_or("").chars();
            let word_final = cased_past_ignorables(before) && !cased_past_ignorables(after);
            out.push(if word_final { 'ς' } else { 'σ' });
        } else {
            out.extend(lower(c));
        }
    }
    out
}

/// Whether the first character that is not case-ignorable is cased (std's
/// `case_ignorable_then_cased`).
fn cased_past_ignorables(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| sigma_class(c) != IGNORABLE).is_some_and(|c| sigma_class(c) == CASED)
}

const IGNORABLE: u8 = 1;
const CASED: u8 = 2;

/// 0 neither cased nor case-ignorable, [`IGNORABLE`], or [`CASED`] (and not ignorable): a walk
/// through the runs of `SIGMA_CLASSES` (only ever done for the neighbours of a `Σ`).
fn sigma_class(c: char) -> u8 {
    sigma_runs().find(|&(end, _)| (c as u32) < end).map_or(0, |(_, class)| class)
}

/// The runs of `SIGMA_CLASSES`: (end code point, exclusive; class), from code point 0 up.
fn sigma_runs() -> impl Iterator<Item = (u32, u8)> {
    let mut bytes = tables::SIGMA_CLASSES.iter();
    let mut end = 0u32;
    core::iter::from_fn(move || {
        // One LEB128 number: `length << 2 | class`.
        let (mut n, mut shift) = (0u32, 0);
        for &b in bytes.by_ref() {
            n |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        end += n >> 2;
        (n != 0).then_some((end, (n & 3) as u8))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_chars() -> impl Iterator<Item = char> {
        (0..=0x10FFFFu32).filter_map(char::from_u32)
    }

    #[test]
    fn every_character_maps_as_in_std() {
        for c in all_chars() {
            assert!(lower(c).eq(c.to_lowercase()), "lower {c:?} {:#x}", c as u32);
            assert!(upper(c).eq(c.to_uppercase()), "upper {c:?} {:#x}", c as u32);
        }
    }

    /// What std's `Σ` sees in `x` (see `build/case.rs`), asked of std directly.
    fn std_sigma_class(x: char) -> u8 {
        let sigma = |s: String| s.to_lowercase().chars().nth(1) == Some('σ');
        match (sigma(format!("aΣ{x}")), sigma(format!("aΣ{x}a"))) {
            (true, _) => CASED,
            (false, true) => IGNORABLE,
            (false, false) => 0,
        }
    }

    #[test]
    fn sigma_classes_are_those_std_applies() {
        let mut runs = sigma_runs();
        let mut run = runs.next();
        for c in all_chars() {
            while run.is_some_and(|(end, _)| c as u32 >= end) {
                run = runs.next();
            }
            assert_eq!(run.map(|(_, class)| class), Some(std_sigma_class(c)), "{c:?} {:#x}", c as u32);
        }
    }

    #[test]
    fn strings_map_as_in_std() {
        let sample = all_chars().filter(|&c| (c as u32) < 0x800 || c as u32 % 61 == 0);
        for c in sample {
            for s in [
                format!("aΣ{c}"),
                format!("aΣ{c}a"),
                format!("{c}Σ"),
                format!("a{c}Σ"),
                format!("Σ{c}b"),
                format!("x{c}"),
            ] {
                assert_eq!(to_lowercase(&s), s.to_lowercase(), "{s:?}");
                assert_eq!(to_uppercase(&s), s.to_uppercase(), "{s:?}");
            }
        }
        for s in [
            "ΟΔΟΣ",
            "ΣΑΣ ΣΑΣ.",
            "Σ",
            "aΣ'",
            "aΣ'b",
            "ὈΔΥΣΣΕΎΣ",
            "İSTANBUL",
            "straße",
            "ﬁ ǅ Ꭰ ꭰ 𐐀",
            "a\u{345}Σ\u{345}",
        ] {
            assert_eq!(to_lowercase(s), s.to_lowercase(), "{s:?}");
            assert_eq!(to_uppercase(s), s.to_uppercase(), "{s:?}");
        }
    }
}
