//! Linear-time matching of the patterns of the data (SPEC 0.6): postal codes (libaddressinput) and
//! national phone numbers (libphonenumber) of the country records, compiled when a record is read
//! (`dotnet::compile_data`).
//!
//! No regular-expression crate and no backtracking: each pattern becomes a small Thompson-NFA program
//! (the build compiles every pattern of the data too, `build/pattern.rs`, and fails on a feature the
//! compiler does not support); [`vm`] runs it over the input as a Pike VM, in time proportional to
//! `input length × program length`.
//!
//! One compiler, [`compile`] (parser and emitter), serves both sides: the build script includes it to
//! compile the data's patterns (its `Data` dialect), and [`dotnet`] uses it at run time for Partner
//! Center's .NET patterns (its `DotNet` dialect).

mod compile;
pub(crate) mod dotnet;
mod vm;

#[cfg(test)]
#[allow(dead_code, reason = "the tests use the build's compiler, not all of build/pattern.rs")]
#[path = "../build/pattern.rs"]
mod compiler;
/// The build's compiler, at test time, to test the matcher on any pattern.
#[cfg(test)]
#[allow(dead_code, reason = "the compiler's helpers, not all of build/util.rs")]
#[path = "../build/util.rs"]
mod util;

#[cfg(test)]
mod tests {
    use super::compiler::Compiler;

    fn check(src: &str, yes: &[&str], no: &[&str]) {
        let mut c = Compiler::default();
        let at = c.compile(src);
        for s in yes {
            assert!(c.matches(at, s, false), "{src:?} should match {s:?}");
        }
        for s in no {
            assert!(!c.matches(at, s, false), "{src:?} should not match {s:?}");
        }
    }

    #[test]
    fn pattern_engine_supports_the_subset_of_the_data() {
        check(
            r"\d{5}(?:[ -]\d{4})?",
            &["95014", "22162-1010", "22162 1010"],
            &["9501", "950145", "22162-101", "", "22162-"],
        );
        check(
            r"GIR ?0AA|(?:[A-Z]{1,2}\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}",
            &["GIR 0AA", "EC1Y 8SY", "EC1Y8SY", "W1A 1AA"],
            &["EC1Y 8CY", "EC1Y  8SY"],
        );
        check(r"[^0-4]x+y*", &["5x", "éxxxyy", "Zx"], &["3x", "5", "5y"]);
        check(r"(BB\d{5})?", &["", "BB12345"], &["BB1234"]);
        check(r"a{2,}", &["aa", "aaaaaaa"], &["a", ""]);
        check(r"(a|)*b", &["b", "aab"], &["c"]);
        check(r"\-\.", &["-."], &["-"]);
        check(r"(?:[01589]\d|[2-467])\d{4}", &["012345", "25555"], &["12345", "7012345"]);
    }

    #[test]
    fn pattern_engine_prefix_matching() {
        let mut c = Compiler::default();
        let at = c.compile(r"9[0-5]|96[01]");
        assert!(c.matches(at, "95014", true));
        assert!(c.matches(at, "96101", true));
        assert!(!c.matches(at, "10001", true));
        assert!(!c.matches(at, "9", true));
    }

    #[test]
    fn pattern_engine_refuses_what_it_does_not_support() {
        for src in [r"^\d$", r"\w+", r"a.b", r"(?=a)", r"a+?", r"\1", "é", r"[a", r"(a", r"a)", "a{3,1}"] {
            let result = std::panic::catch_unwind(|| Compiler::default().compile(src));
            assert!(result.is_err(), "{src:?} must be refused");
        }
    }

    #[test]
    fn pattern_engine_one_parser_for_the_data_and_dotnet() {
        // The data's dialect is a subset of .NET's: anchored, the run-time compiler answers the same.
        let inputs =
            ["95014", "22162-1010", "EC1Y 8SY", "GIR 0AA", "5x", "", "BB12345", "aab", "-.", "012345"];
        for src in [
            r"\d{5}(?:[ -]\d{4})?",
            r"GIR ?0AA|(?:[A-Z]{1,2}\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}",
            r"[^0-4]x+y*",
            r"(BB\d{5})?",
            r"(a|)*b",
            r"\-\.",
            r"(?:[01589]\d|[2-467])\d{4}",
        ] {
            let mut c = Compiler::default();
            let at = c.compile(src);
            let dotnet = super::dotnet::compile_uncached(&format!("^(?:{src})$")).unwrap();
            for input in inputs {
                assert_eq!(c.matches(at, input, false), dotnet.is_match(input), "{src:?} on {input:?}");
            }
        }
        // What only .NET reads is refused in the data (anchors, `.`, `\s`, lazy, named groups).
        for src in [r"^\d$", r"a.b", r"\s", r"a+?", r"(?<n>a)", r"a{1,100}"] {
            assert!(super::dotnet::compile_uncached(src).is_ok(), "{src:?}");
            assert!(std::panic::catch_unwind(|| Compiler::default().compile(src)).is_err(), "{src:?}");
        }
    }

    #[test]
    fn pattern_engine_is_linear_on_a_pathological_pattern() {
        // (a|a)*… with a long input: exponential for a backtracking engine, linear here.
        let mut c = Compiler::default();
        let at = c.compile(r"(?:a|a)*(?:a|a)*(?:a|a)*b");
        let input = "a".repeat(100_000);
        let start = std::time::Instant::now();
        assert!(!c.matches(at, &input, false));
        assert!(start.elapsed().as_secs() < 5);
    }
}
