//! The company (ENR-3 legal name, ENR-17 DUNS; VAT and registration IDs are in `tax_id`).
//!
//! Company-name rules come from `data/company-name-rules.json` (Partner Center, effective 2021-09-22):
//! - errors, in this order (one per name): only white space (`company_name_blank`, judged on the raw
//!   value, before trimming; in draft mode it counts as not yet typed), one character (`company_name_single_character`), no letter or digit
//!   (`company_name_special_only`), only a legal-form abbreviation (`company_name_abbreviation_only`;
//!   compared case-insensitively and without spaces, dots or commas, so "L.L.C." and "Pty. Ltd." count);
//! - warnings, only when no error: the name ends in a domain whose top-level domain is not one of the
//!   listed ones (`company_name_domain`). "Listed" reads as the file's `listed_tlds`, the country-code
//!   TLDs that Partner Center does not warn about: "contoso.com", "contoso.org" warn, "contoso.fr",
//!   "contoso.co" don't. A domain is the last word of the name made of dot-separated labels of letters,
//!   digits and hyphens, ending in a label of two or more letters that is not a legal-form abbreviation
//!   ("Contoso Co.Ltd" is not a domain); the same character three or more times and nothing else
//!   (`company_name_repeated_character`, "999"); single characters separated by white space
//!   (`company_name_spaced_characters`, "1 2 3").

use super::{limits, Ctx};
use crate::input::Text;
use crate::issue::{Issue, IssueCode};

include!(concat!(env!("OUT_DIR"), "/company_names.rs"));

/// Lower case without white space, dots or commas (same as the generator's).
fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '.' && *c != ',').flat_map(crate::case::lower).collect()
}

fn is_abbreviation(name: &str) -> bool {
    // Most names are longer than any legal form: no need to walk the list for them.
    static LONGEST: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let longest =
        *LONGEST.get_or_init(|| ABBREVIATIONS.split('\n').map(|a| a.chars().count()).max().unwrap_or(0));
    // `compact` keeps these characters, each lower-cased to one or more: a longer name can't match.
    if name.chars().filter(|c| !c.is_whitespace() && *c != '.' && *c != ',').count() > longest {
        return false;
    }
    let compacted = compact(name);
    !compacted.is_empty() && ABBREVIATIONS.split('\n').any(|a| a == compacted)
}

/// The top-level domain the name ends in, when its last word looks like a domain.
fn trailing_tld(name: &str) -> Option<String> {
    let word = name.split_whitespace().last()?.trim_end_matches('/');
    let (before, tld) = word.rsplit_once('.')?;
    let label_ok = |l: &str| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-');
    let tld_ok = tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic);
    (tld_ok && before.split('.').all(label_ok)).then(|| crate::case::to_lowercase(tld))
}

/// A company-name rule broken: its code, whether it is an error (else a warning), its parameters.
type NameIssue = (IssueCode, bool, Vec<(&'static str, String)>);

/// The company-name rule a legal name breaks, if any.
pub(crate) fn name_issue(raw: &str) -> Option<NameIssue> {
    if !raw.is_empty() && raw.chars().all(char::is_whitespace) {
        return Some((IssueCode::CompanyNameBlank, true, vec![]));
    }
    let name = crate::input::collapse_whitespace(raw);
    let chars: Vec<char> = name.chars().collect();
    if chars.len() == 1 {
        return Some((IssueCode::CompanyNameSingleCharacter, true, vec![]));
    }
    if chars.is_empty() {
        return None;
    }
    if !chars.iter().any(|c| c.is_alphanumeric()) {
        return Some((IssueCode::CompanyNameSpecialOnly, true, vec![]));
    }
    if is_abbreviation(&name) {
        return Some((IssueCode::CompanyNameAbbreviationOnly, true, vec![("abbreviation", name)]));
    }
    if let Some(tld) = trailing_tld(&name) {
        let listed = LISTED_TLDS.split('\n').any(|t| t == tld);
        if !listed && !is_abbreviation(&tld) {
            return Some((IssueCode::CompanyNameDomain, false, vec![("tld", format!(".{tld}"))]));
        }
    }
    let mut lower = chars.iter().flat_map(|&c| crate::case::lower(c));
    let first = lower.next();
    if chars.len() >= 3 && lower.all(|c| Some(c) == first) {
        return Some((IssueCode::CompanyNameRepeatedCharacter, false, vec![]));
    }
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() >= 2 && words.iter().all(|w| w.chars().count() == 1) {
        return Some((IssueCode::CompanyNameSpacedCharacters, false, vec![]));
    }
    None
}

/// ENR-3: `company.legalName`, required, at most 256 characters, and the company-name rules.
pub(crate) fn check_legal_name(ctx: &mut Ctx, text: &Text, path: &[&str]) -> Option<String> {
    // A name of only spaces or tabs is its own error, not "required": judged before trimming. In
    // draft mode it is a name not yet typed, like an empty one.
    if let Some(raw) = text.as_str().filter(|_| !ctx.draft) {
        if !raw.is_empty() && raw.chars().all(char::is_whitespace) {
            ctx.push(Issue::error(IssueCode::CompanyNameBlank).at(path));
            return None;
        }
    }
    let name = ctx.text(text, path, true, limits::LEGAL_NAME)?;
    if let Some((code, is_error, params)) = name_issue(&name) {
        let mut issue = if is_error { Issue::error(code) } else { Issue::warning(code) }.at(path);
        for (key, value) in params {
            issue = issue.param(key, value);
        }
        ctx.push(issue);
    }
    Some(name)
}

/// ENR-17: a DUNS number: 9 digits, `-` and spaces allowed between them; stored as digits only.
pub(crate) fn normalize_duns(input: &str) -> Option<String> {
    if !input.chars().all(|c| c.is_ascii_digit() || c == '-' || c == ' ') {
        return None;
    }
    let digits: String = input.chars().filter(char::is_ascii_digit).collect();
    (digits.len() == 9).then_some(digits)
}

/// ENR-17: `company.duns`, optional.
pub(crate) fn check_duns(ctx: &mut Ctx, text: &Text, path: &[&str]) -> Option<String> {
    let raw = ctx.text(text, path, false, limits::DUNS)?;
    let duns = normalize_duns(&raw);
    if duns.is_none() {
        ctx.push(Issue::error(IssueCode::DunsFormat).at(path).param("example", "659410848"));
    }
    duns
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use serde_json::json;

    const PATH: &str = "company.legalName";

    #[test]
    fn enr_3_company_name_errors() {
        assert_eq!(field_codes(PATH, json!("A")), ["company_name_single_character"]);
        assert_eq!(field_codes(PATH, json!("7")), ["company_name_single_character"]);
        assert_eq!(field_codes(PATH, json!(" A ")), ["company_name_single_character"]);
        assert_eq!(field_codes(PATH, json!("&")), ["company_name_single_character"]);
        for special in ["&&", "---", "!?", "« » —", "(*)"] {
            assert_eq!(field_codes(PATH, json!(special)), ["company_name_special_only"], "{special}");
        }
        for blank in ["   ", "\t", " \t \t"] {
            assert_eq!(field_codes(PATH, json!(blank)), ["company_name_blank"], "{blank:?}");
        }
        assert_eq!(field_codes(PATH, json!("")), ["required"]);
        for abbreviation in [
            "LLC",
            "llc.",
            "Inc",
            "GmbH",
            "S.A.R.L.",
            "sarl",
            "Pty Ltd",
            "Pty. Ltd.",
            "L.L.C.",
            "l. l. c.",
            "c p a",
            "Sdn Bhd",
            "Private Limited",
            "PVT LTD",
            "ooo",
            "Zrt.",
        ] {
            assert_eq!(
                field_codes(PATH, json!(abbreviation)),
                ["company_name_abbreviation_only"],
                "{abbreviation}"
            );
        }
    }

    #[test]
    fn enr_3_company_name_warnings() {
        for (name, tld) in [
            ("contoso.com", ".com"),
            ("Contoso.org", ".org"),
            ("Fabrikam Shop.club", ".club"),
            ("www.contoso.Net", ".net"),
        ] {
            let result = validate(&with(base(), PATH, json!(name)));
            assert!(result.ok);
            assert_eq!(codes_at(&result, PATH), ["company_name_domain"], "{name}");
            assert_eq!(result.issues[0].params.get("tld"), Some(&tld.into()));
        }
        for listed in [
            "contoso.fr",
            "Contoso.co",
            "contoso.io",
            "Contoso.DE",
            "Contoso Co.Ltd",
            "Contoso Inc.",
            "Contoso S.A.",
            "J.P. Morgan",
            "公司.中国",
        ] {
            assert!(field_codes(PATH, json!(listed)).is_empty(), "{listed}");
        }
        for repeated in ["999", "AAA", "aAaA", "------x"] {
            let expected: &[&str] =
                if repeated.ends_with('x') { &[] } else { &["company_name_repeated_character"] };
            assert_eq!(field_codes(PATH, json!(repeated)), expected, "{repeated}");
        }
        for spaced in ["1 2 3", "A B", "a\tb\tc", "x  y"] {
            assert_eq!(field_codes(PATH, json!(spaced)), ["company_name_spaced_characters"], "{spaced}");
        }
        for fine in [
            "Contoso France SAS",
            "3M",
            "A1",
            "AB",
            "99 Ranch Market",
            "Ⓒontoso",
            "Société Générale",
            "東京電力",
            "Contoso LLC",
        ] {
            assert!(field_codes(PATH, json!(fine)).is_empty(), "{fine}");
        }
    }

    #[test]
    fn enr_17_duns_nine_digits() {
        for (ok, stored) in [
            ("659410848", "659410848"),
            ("65-941-0848", "659410848"),
            ("659 410 848", "659410848"),
            (" 65-941 0848 ", "659410848"),
        ] {
            assert!(field_codes("company.duns", json!(ok)).is_empty(), "{ok}");
            assert_eq!(normalized("company.duns", json!(ok)), json!(stored));
        }
        for bad in ["65941084", "6594108481", "65941O848", "659.410.848", "DUNS659410848", "659_410_848"] {
            assert_eq!(field_codes("company.duns", json!(bad)), ["duns_format"], "{bad}");
        }
        assert!(field_codes("company.duns", serde_json::Value::Null).is_empty());
        assert!(field_codes("company.duns", json!("  ")).is_empty());
    }
}
