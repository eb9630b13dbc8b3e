//! → `idna.rs`: the UTS #46 (IDNA) mapping of domain names for `src/idna.rs`, read from ICU4X's
//! `icu_normalizer` (its `Uts46Mapper`, the implementation the `idna` crate uses) at build time.
//!
//! Only what case mapping does not already give is stored (`src/case.rs` lower-cases everything
//! else): characters UTS #46 *ignores* (U+00AD, U+034F, U+200B, variation selectors…) as ranges, and
//! the *mapped* characters whose mapping is ASCII (full-width `ｇ`, mathematical `𝐠`, circled `ⓖ`,
//! `ℌ`, `Ⅻ` → `xii`, `。` and `．` → `.`, `⒜` → `(a)`…): single-character mappings as runs with one
//! offset, longer ones as a key list and a packed text. Every look-alike of an ASCII domain (the
//! web-mail and government lists are ASCII) thus maps to it; mappings between non-ASCII characters
//! (CJK compatibility ideographs, Arabic presentation forms, half-width kana: about 27 KB more) are
//! left out to keep the .wasm small. Disallowed characters are left as they are (the host-name check
//! refuses them). The build checks the decoded table against the mapper for every code point.

use icu_normalizer::uts46::Uts46MapperBorrowed;
use std::fmt::Write as _;
use std::path::Path;

/// What UTS #46 maps `c` to (map + NFC, non-transitional), or `c` itself when it is disallowed.
fn target(mapper: &Uts46MapperBorrowed, c: char) -> String {
    let out: String = mapper.map_normalize(std::iter::once(c)).collect();
    if out == "\u{FFFD}" && c != '\u{FFFD}' {
        c.to_string()
    } else {
        out
    }
}

/// The mapping the table must give for `c`, or `None` when lower-casing gives the same (or the
/// mapping is left out: not ASCII).
fn wanted(mapper: &Uts46MapperBorrowed, c: char) -> Option<String> {
    let t = target(mapper, c);
    let lower: String = c.to_lowercase().collect();
    (t != lower && t.is_ascii()).then_some(t)
}

pub fn generate(out: &Path) {
    let mapper = Uts46MapperBorrowed::new();
    let mut ignored: Vec<(u32, u32)> = Vec::new();
    let mut runs: Vec<(u32, u32, i64)> = Vec::new(); // start, len, delta
    let mut multi: Vec<(u32, String)> = Vec::new();
    let mut wanted_all = std::collections::BTreeMap::new();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let Some(t) = wanted(&mapper, c) else { continue };
        let code = c as u32;
        wanted_all.insert(code, t.clone());
        let mut chars = t.chars();
        match (chars.next(), chars.next()) {
            (None, _) => match ignored.last_mut() {
                Some(last) if last.1 + 1 == code => last.1 = code,
                _ => ignored.push((code, code)),
            },
            (Some(one), None) => {
                let delta = i64::from(one as u32) - i64::from(code);
                match runs.last_mut() {
                    Some(run) if run.0 + run.1 == code && run.2 == delta && run.1 < 1 << 11 => run.1 += 1,
                    _ => runs.push((code, 1, delta)),
                }
            }
            _ => multi.push((code, t)),
        }
    }
    assert!(
        runs.iter().any(|r| (r.0..r.0 + r.1).contains(&0xFF41))
            && ignored.iter().any(|r| (r.0..=r.1).contains(&0x200B)),
        "idna: unexpected mapper data"
    );

    let mut body = String::new();
    let _ = writeln!(body, "/// Ignored characters: {} inclusive ranges `(first, last)`.", ignored.len());
    let _ = writeln!(
        body,
        "pub(crate) static IGNORED: &[(u32, u32)] = &[{}];",
        ignored.iter().map(|(a, b)| format!("({a:#x},{b:#x})")).collect::<Vec<_>>().join(",")
    );
    let _ = writeln!(
        body,
        "/// Single-character mappings: {} runs `(start | (len - 1) << 21, delta)`, by start.",
        runs.len()
    );
    let _ = writeln!(
        body,
        "pub(crate) static RUNS: &[(u32, i32)] = &[{}];",
        runs.iter().map(|(s, l, d)| format!("({:#x},{d})", s | (l - 1) << 21)).collect::<Vec<_>>().join(",")
    );
    let text: String = multi.iter().map(|(_, t)| t.as_str()).collect();
    let mut end = 0usize;
    let ends: Vec<String> = multi
        .iter()
        .map(|(_, t)| {
            end += t.len();
            end.to_string()
        })
        .collect();
    assert!(end < usize::from(u16::MAX));
    let _ = writeln!(
        body,
        "/// Longer mappings: {} keys, sorted; mapping `i` is `MULTI_TEXT[MULTI_ENDS[i-1]..MULTI_ENDS[i]]`.",
        multi.len()
    );
    let _ = writeln!(
        body,
        "pub(crate) static MULTI_KEYS: &[u32] = &[{}];",
        multi.iter().map(|(k, _)| format!("{k:#x}")).collect::<Vec<_>>().join(",")
    );
    let _ = writeln!(body, "pub(crate) static MULTI_TEXT: &str = {:?};", text);
    let _ = writeln!(body, "pub(crate) static MULTI_ENDS: &[u16] = &[{}];", ends.join(","));

    // Self-check: the tables, decoded as src/idna.rs reads them, give exactly the wanted mappings.
    let mut decoded: std::collections::BTreeMap<u32, String> = std::collections::BTreeMap::new();
    for (a, b) in &ignored {
        decoded.extend((*a..=*b).map(|c| (c, String::new())));
    }
    for (start, len, delta) in &runs {
        for code in *start..start + len {
            let to = char::from_u32(u32::try_from(i64::from(code) + delta).expect("idna: delta"))
                .expect("idna: target");
            assert!(decoded.insert(code, to.to_string()).is_none(), "idna: U+{code:04X} twice");
        }
    }
    for (code, t) in &multi {
        assert!(decoded.insert(*code, t.clone()).is_none(), "idna: U+{code:04X} twice");
    }
    assert_eq!(decoded, wanted_all, "idna: the tables don't decode to the mapper's answers");
    crate::util::write_generated(out, "idna.rs", "icu_normalizer's UTS #46 data (build dependency)", &body);
}
