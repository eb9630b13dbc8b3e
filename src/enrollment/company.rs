//! The company (ENR-3 legal name, ENR-17 DUNS; VAT and registration IDs are in `tax_id`).
//!
//! Company-name rules come from `data/company-name-rules.json` (Partner Center, effective 2021-09-22):
//! - errors, in this order (one per name): only white space (`company_name_blank`, judged on the raw
//!   value, before trimming), one character (`company_name_single_character`), no letter or digit
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
    s.chars().filter(|c| !c.is_whitespace() && *c != '.' && *c != ',').flat_map(char::to_lowercase).collect()
}

fn is_abbreviation(name: &str) -> bool {
    let compacted = compact(name);
    !compacted.is_empty() && ABBREVIATIONS.split('\n').any(|a| a == compacted)
}

/// The top-level domain the name ends in, when its last word looks like a domain.
fn trailing_tld(name: &str) -> Option<String> {
    let word = name.split_whitespace().last()?.trim_end_matches('/');
    let (before, tld) = word.rsplit_once('.')?;
    let label_ok = |l: &str| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-');
    let tld_ok = tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic);
    (tld_ok && before.split('.').all(label_ok)).then(|| tld.to_lowercase())
}

/// The company-name rule a legal name breaks, if any: `(code, is_error, params)`.
pub(crate) fn name_issue(raw: &str) -> Option<(IssueCode, bool, Vec<(&'static str, String)>)> {
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
    let mut lower = chars.iter().flat_map(|c| c.to_lowercase());
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
    // A name of only spaces or tabs is its own error, not "required": judged before trimming.
    if let Some(raw) = text.as_str() {
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
