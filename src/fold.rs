//! Comparison keys of names: what a person may type for a state or a country (`"québec"`,
//! `"US-CA"`, `"Hokkaidō"`, `"Deutschland"`) folded so that case, Latin accents and punctuation
//! don't matter. Used at run time (ENR-6 states, country names) and by `build/` to fold the
//! generated look-up keys exactly the same way.

/// Latin letters U+00C0…U+017F without their diacritics, lower case (`×`, `÷` are separators).
const FOLDED: &[u8; 192] = b"aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Comparison key of a name: lower case, Latin diacritics removed (a small table, no Unicode
/// normalization crate), `æ œ ß ĳ þ` spelled out, ASCII punctuation, symbols and spaces a single
/// space; characters of other scripts unchanged.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_each(s.chars(), |c| {
        out.push(c);
        true
    });
    out
}

/// The characters of [`fold`], one at a time, to `out` while it returns `true`; `false` when it stopped.
fn fold_each(chars: impl Iterator<Item = char>, mut out: impl FnMut(char) -> bool) -> bool {
    let mut pending_space = false;
    let mut started = false;
    let mut push = |c: char| -> bool {
        if c == ' ' {
            pending_space = started;
            return true;
        }
        if pending_space {
            pending_space = false;
            if !out(' ') {
                return false;
            }
        }
        started = true;
        out(c)
    };
    for c in chars {
        let more = match c {
            'æ' | 'Æ' => push('a') && push('e'),
            'œ' | 'Œ' => push('o') && push('e'),
            'ß' => push('s') && push('s'),
            'ĳ' | 'Ĳ' => push('i') && push('j'),
            'þ' | 'Þ' => push('t') && push('h'),
            '\u{300}'..='\u{36F}' => true,
            '\u{218}' | '\u{219}' => push('s'),
            '\u{21A}' | '\u{21B}' => push('t'),
            '\u{C0}'..='\u{17F}' => push(FOLDED.get(c as usize - 0xC0).map(|&b| b as char).unwrap_or(' ')),
            c if c.is_ascii_alphanumeric() => push(c.to_ascii_lowercase()),
            // Other scripts are kept as they are (no Unicode case tables in the .wasm): they only
            // ever meet the data's own native-script names. Punctuation and symbols separate words.
            c if c.is_ascii()
                || matches!(c, '\u{80}'..='\u{BF}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}') =>
            {
                push(' ')
            }
            c => push(c),
        };
        if !more {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enr_6_case_accents_and_punctuation_fold_away() {
        for (typed, folded) in [
            ("Québec", "quebec"),
            (" QUEBEC ", "quebec"),
            ("Baden-Württemberg", "baden wurttemberg"),
            ("Ærø", "aero"),
            ("Straße", "strasse"),
            ("US-CA", "us ca"),
            ("us-ca-", "us ca"),
            ("Hokkaidō", "hokkaido"),
            ("a\u{301}b", "ab"),
            ("Dist. × Fed", "dist fed"),
            ("Ĳsselmeer", "ijsselmeer"),
            ("北海道", "北海道"),
            ("", ""),
            (" - ", ""),
        ] {
            assert_eq!(fold(typed), folded, "{typed:?}");
        }
    }
}
