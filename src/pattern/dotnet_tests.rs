//! Tests of the run-time .NET pattern compiler (REF-6 live rules).
use super::*;

fn check(src: &str, yes: &[&str], no: &[&str]) {
    let p = compile_uncached(src).unwrap_or_else(|e| panic!("{src}: {e:?}"));
    for s in yes {
        assert!(p.is_match(s), "{src:?} should match {s:?}");
    }
    for s in no {
        assert!(!p.is_match(s), "{src:?} should not match {s:?}");
    }
}

/// The recorded US rules (microsoft/Partner-Center-PowerShell,
/// test/PowerShell.UnitTests/SessionRecords/GetPartnerCountryValidation.json).
const US_PHONE: &str = r"^(1[ \-\/\.]?)?(\((\d{3})\)|(\d{3}))[ \-\/\.]?(\d{3})[ \-\/\.]?(\d{4})$";
const US_POSTAL: &str = r"^\d{5}(-\d{4})?$";

#[test]
fn enr_live_rules_recorded_us_patterns_as_dotnet_answers() {
    // developer/update-legal-business-profile.md stores "4255550110";
    // confirm-customer-consent-customer-agreement.md uses "1234567890".
    check(
        US_PHONE,
        &[
            "4255550110",
            "1234567890",
            "(425) 555-0110",
            "425.555.0110",
            "1-425-555-0110",
            "1 (425) 555 0110",
            "14255550110",
            "425/555/0110",
        ],
        &[
            "+14255550110",
            "+1 425 555 0110",
            "555-0110",
            "425555011",
            "42555501100",
            "(425 555-0110",
            "425--555-0110",
        ],
    );
    check(US_POSTAL, &["98052", "98052-8300"], &["9805", "98052-830", "98052 8300", "980528300", "x98052"]);
}

#[test]
fn enr_live_rules_dotnet_constructs() {
    check(r"\d{3}", &["123", "a1234b"], &["12", "abc"]); // unanchored: anywhere, as IsMatch
    check(r"^\d{3}", &["123", "1234"], &["a123"]);
    check(r"\d{3}$", &["123", "x123"], &["1234x"]);
    check(r"^a|b$", &["a", "axx", "xxb"], &["xa", "bx"]);
    check(r"^(?<zip>\d{5})(?:-(?'plus'\d{4}))?$", &["12345", "12345-6789"], &["12345-"]);
    check(r"^[A-Z]\d[A-Z] ?\d[A-Z]\d$", &["H3Z 2Y7", "H3Z2Y7"], &["h3z 2y7"]);
    check(r"^\d+?x*?$", &["1", "12xx"], &["x"]);
    check(r"^[^0-4]\s\S.$", &["5 ab", "é ab"], &["3 ab", "5  b"]);
    check(r"^a{2,}b{,3}(?#comment)$", &["aab{,3}"], &["ab{,3}"]);
    check(r"^\x41\u0042\t$", &["AB\t"], &["AB "]);
    check(r"\A\d\z", &["1"], &["12"]);
    check(r"^[\d\-]{3}$", &["1-2"], &["1_2"]);
}

#[test]
fn enr_live_rules_unsupported_dotnet_constructs_are_refused_not_misread() {
    for (src, why) in [
        (r"^(?=\d)\d+$", Unsupported::Construct("look-around")),
        (r"(?<=a)b", Unsupported::Construct("look-around")),
        (r"(?<!a)b", Unsupported::Construct("look-around")),
        (r"(a)\1", Unsupported::Construct("back-reference")),
        (r"(?<x>a)\k<x>", Unsupported::Construct("back-reference")),
        (r"(?>a+)b", Unsupported::Construct("atomic group")),
        (r"(?i)abc", Unsupported::Construct("inline options")),
        (r"\w+", Unsupported::Construct("\\w")),
        (r"\bx", Unsupported::Construct("word boundary")),
        (r"\p{L}", Unsupported::Construct("Unicode category")),
        (r"[a-z-[aeiou]]", Unsupported::Construct("class subtraction")),
        ("é", Unsupported::Construct("non-ASCII character")),
        (r"a^b", Unsupported::Construct("anchor inside the pattern")),
        (r"(a$)", Unsupported::Construct("anchor inside the pattern")),
        (r"[\D]", Unsupported::Construct("negated escape in a class")),
        ("(a", Unsupported::Syntax),
        ("a)", Unsupported::Syntax),
        ("[a", Unsupported::Syntax),
        ("a{3,1}", Unsupported::Syntax),
        ("*a", Unsupported::Syntax),
        ("a**", Unsupported::Syntax),
        (r"a{1001}", Unsupported::TooComplex),
        (r"((a{1000}){1000}){1000}", Unsupported::TooComplex),
    ] {
        assert_eq!(compile_uncached(src).err(), Some(why), "{src}");
    }
    assert_eq!(compile_uncached(&"(".repeat(100)).err(), Some(Unsupported::TooComplex));
    assert_eq!(compile_uncached(&"a".repeat(1 << 20)).err(), Some(Unsupported::TooLong));
}

#[test]
fn enr_live_rules_catastrophic_patterns_run_in_linear_time() {
    let input = format!("{}b", "a".repeat(100_000));
    let start = std::time::Instant::now();
    for src in [r"^(a+)+$", r"^(a|a)*$", r"^(a|aa)+$", r"^(a*)*$", r"(x+x+)+y"] {
        let p = compile_uncached(src).unwrap();
        assert!(!p.is_match(&input), "{src}");
    }
    assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
}

#[test]
fn enr_live_rules_patterns_are_cached_by_text() {
    let before = compiled_count();
    for _ in 0..100 {
        assert!(compile(US_POSTAL).as_ref().as_ref().is_ok_and(|p| p.is_match("98052")));
    }
    assert!(compiled_count() - before <= 1);
    assert_eq!(compile(&"a".repeat(1 << 20)).as_ref().as_ref().err(), Some(&Unsupported::TooLong));
}
