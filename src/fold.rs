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
    // A separator is written only between two words: none leading, none trailing, one for a run.
    let mut pending_space = false;
    let mut push = |c: char| {
        if c == ' ' {
            pending_space = !out.is_empty();
            return;
        }
        if pending_space {
            pending_space = false;
            out.push(' ');
        }
        out.push(c);
    };
    for c in s.chars() {
        match c {
            'æ' | 'Æ' => "ae".chars().for_each(&mut push),
            'œ' | 'Œ' => "oe".chars().for_each(&mut push),
            'ß' => "ss".chars().for_each(&mut push),
            'ĳ' | 'Ĳ' => "ij".chars().for_each(&mut push),
            'þ' | 'Þ' => "th".chars().for_each(&mut push),
            '\u{300}'..='\u{36F}' => {}
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
        }
    }
    out
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
