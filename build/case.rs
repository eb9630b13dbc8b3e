//! → `case.rs`: Unicode case mapping tables for `src/case.rs`, read from the build's own std
//! (`char::to_lowercase`, `char::to_uppercase`, `str::to_lowercase`). The build script and the
//! .wasm come from the same toolchain, so `src/case.rs` maps case exactly as the .wasm's std would,
//! from tables about a fifth of the size: std keeps one 8-byte pair per mapped character (~2,900
//! pairs, 25 KB), while most mappings come in runs with one offset (A–Z → a–z, or every other
//! character of Latin Extended-A), stored here as one 8-byte run each.

use std::fmt::Write as _;
use std::path::Path;

/// All Unicode scalar values.
fn all_chars() -> impl Iterator<Item = char> {
    (0..=0x10FFFFu32).filter_map(char::from_u32)
}

/// The single character `c` maps to, when it maps to one other character.
fn single(c: char, map: fn(char) -> String) -> Option<char> {
    let mapped = map(c);
    let mut chars = mapped.chars();
    match (chars.next(), chars.next()) {
        (Some(m), None) if m != c => Some(m),
        _ => None,
    }
}

/// A run: `len` characters from `start`, every `step`-th (1 or 2), each mapping to itself + `delta`.
struct Run {
    start: u32,
    len: u32,
    step: u32,
    delta: i64,
}

/// The single-character mappings as runs, in code point order, never overlapping: a run of step 2
/// only skips characters that don't map.
fn runs(map: fn(char) -> String) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for c in all_chars() {
        let Some(m) = single(c, map) else { continue };
        let (code, delta) = (c as u32, i64::from(m as u32) - i64::from(c as u32));
        if let Some(run) = runs.last_mut() {
            let last = run.start + (run.len - 1) * run.step;
            let step = if run.len == 1 { code - last } else { run.step };
            let skipped_maps =
                step == 2 && char::from_u32(code - 1).is_some_and(|s| single(s, map).is_some());
            if run.delta == delta && code - last == step && step <= 2 && !skipped_maps {
                run.step = step;
                run.len += 1;
                continue;
            }
        }
        runs.push(Run { start: code, len: 1, step: 1, delta });
    }
    runs
}

fn write_runs(body: &mut String, name: &str, what: &str, runs: &[Run]) {
    let _ = writeln!(
        body,
        "/// {what}: {} runs `(start | (len - 1) << 21 | (step == 2) << 31, delta)`, by start.",
        runs.len()
    );
    let _ = write!(body, "pub(crate) static {name}: &[(u32, i32)] = &[");
    for r in runs {
        assert!(r.len <= 1 << 10, "case: run of {} characters at {:#x}: more than 10 bits", r.len, r.start);
        let key = r.start | (r.len - 1) << 21 | u32::from(r.step == 2) << 31;
        let _ = write!(body, "({key:#x},{}),", r.delta);
    }
    let _ = writeln!(body, "];");
}

/// Characters that map to several characters (`ß` → `SS`): sorted keys (all in the BMP), and their
/// expansions packed in one string with end offsets.
fn write_multi(body: &mut String, name: &str, map: fn(char) -> String) {
    let (mut keys, mut text, mut ends) = (Vec::new(), String::new(), Vec::new());
    for c in all_chars() {
        let mapped = map(c);
        if mapped.chars().count() > 1 {
            keys.push(u16::try_from(c as u32).expect("case: a multi-character mapping outside the BMP"));
            text.push_str(&mapped);
            ends.push(u16::try_from(text.len()).expect("case: expansions longer than 64 KiB"));
        }
    }
    let _ = writeln!(body, "/// Characters whose mapping is several characters, sorted (`{name}_TEXT[{name}_ENDS[i-1]..{name}_ENDS[i]]`).");
    let _ = writeln!(body, "pub(crate) static {name}_KEYS: &[u16] = &{keys:?};");
    let _ = writeln!(body, "pub(crate) static {name}_TEXT: &str = {text:?};");
    let _ = writeln!(body, "pub(crate) static {name}_ENDS: &[u16] = &{ends:?};");
}

/// What std's lower-casing of `Σ` (final `ς` or not) sees in a neighbour `x`: 0 neither cased nor
/// case-ignorable, 1 case-ignorable (skipped), 2 cased and not case-ignorable. Read from std itself:
/// in `aΣx`, `Σ` stays non-final (`σ`) only when `x` is cased and not ignorable; in `aΣxa`, an
/// ignorable `x` is skipped, so `Σ` sees the final `a` (cased) and stays non-final.
fn sigma_class(x: char) -> u8 {
    let sigma = |s: String| s.to_lowercase().chars().nth(1) == Some('σ');
    match (sigma(format!("aΣ{x}")), sigma(format!("aΣ{x}a"))) {
        (true, _) => 2,
        (false, true) => 1,
        (false, false) => 0,
    }
}

/// The classes of all characters as runs, each a LEB128 number `length << 2 | class`.
fn write_sigma_classes(body: &mut String) {
    let mut bytes = Vec::new();
    let mut push = |len: u32, class: u8| {
        let mut n = len << 2 | u32::from(class);
        while n >= 0x80 {
            bytes.push((n & 0x7f) as u8 | 0x80);
            n >>= 7;
        }
        bytes.push(n as u8);
    };
    let (mut class, mut len) = (sigma_class('\0'), 0u32);
    for code in 0..=0x10FFFFu32 {
        // Surrogates are no chars: counted with the run they interrupt (never looked up).
        let c = char::from_u32(code).map_or(class, sigma_class);
        if c != class {
            push(len, class);
            (class, len) = (c, 0);
        }
        len += 1;
    }
    push(len, class);
    let _ = writeln!(body, "/// `Σ`'s neighbours (see `src/case.rs`): runs over all code points from 0, each a LEB128 `length << 2 | class`.");
    let _ = writeln!(body, "pub(crate) static SIGMA_CLASSES: &[u8] = &{bytes:?};");
}

pub fn generate(out: &Path) {
    let lower = |c: char| c.to_lowercase().collect::<String>();
    let upper = |c: char| c.to_uppercase().collect::<String>();
    let mut body = String::new();
    write_runs(
        &mut body,
        "LOWER_RUNS",
        "Lower case of the characters that map to one other character",
        &runs(lower),
    );
    write_runs(
        &mut body,
        "UPPER_RUNS",
        "Upper case of the characters that map to one other character",
        &runs(upper),
    );
    write_multi(&mut body, "LOWER_MULTI", lower);
    write_multi(&mut body, "UPPER_MULTI", upper);
    write_sigma_classes(&mut body);
    let mut text = String::from(
        "// @generated by build/case.rs from the Unicode case mappings of Rust's std — do not edit.\n",
    );
    text.push_str(&body);
    std::fs::write(out.join("case.rs"), text).unwrap_or_else(|e| panic!("cannot write case.rs: {e}"));
}
