//! Message catalogue: one template per issue code and locale, `{name}` filled from the issue's params.
//!
//! Each locale is an exhaustive `match` on [`IssueCode`], so a new code does not compile until
//! every locale has its text. A `line` parameter (CSV rows) prefixes the message with the line.

mod en;
mod fr;

use crate::issue::{IssueCode, Params};
use crate::locale::Locale;

fn template(code: IssueCode, locale: Locale) -> &'static str {
    match locale {
        Locale::En => en::message(code),
        Locale::Fr => fr::message(code),
    }
}

/// A form label (`"zip"` → "ZIP code") in a locale; the kind itself when unknown.
pub fn label(kind: &'static str, locale: Locale) -> &'static str {
    let text = match locale {
        Locale::En => en::label(kind),
        Locale::Fr => fr::label(kind),
    };
    text.unwrap_or(kind)
}

/// A text of the audience rules that is not an issue message: the prefilled support request of an
/// audience change (AUD-3), and the words that stand for a country in the CSP contact's phone issue (AUD-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AudienceText {
    /// "Select the product version".
    ProductVersion,
    /// "Select a problem that best describes the issue".
    Problem,
    /// The issue title.
    Title,
    /// The three options as Partner Center names them.
    OptionAll,
    OptionSpecific,
    OptionNone,
    /// Description lines; parameters in braces.
    ChangeOption,
    RemoveFromList,
    RemovePartners,
    NoneResold,
    NobodyResold,
    KeepPartners,
    KeptResold,
    CurrentPartners,
    AddedPartners,
    /// `countryName` / `callingCode` of `phone_format` for the CSP contact, who has no country.
    IntlPhone,
    IntlCallingCode,
}

/// An audience text in a locale.
pub(crate) fn audience_text(key: AudienceText, locale: Locale) -> &'static str {
    match locale {
        Locale::En => en::audience(key),
        Locale::Fr => fr::audience(key),
    }
}

/// An audience text with its parameters filled in.
pub(crate) fn audience_fill(key: AudienceText, locale: Locale, params: &[(&str, String)]) -> String {
    let params: Params = params.iter().map(|(k, v)| ((*k).to_owned(), crate::issue::ParamValue::Str(v.clone()))).collect();
    let mut out = String::new();
    fill(audience_text(key, locale), &params, &mut out);
    out
}

/// The final text of an issue.
pub fn render(code: IssueCode, locale: Locale, params: &Params) -> String {
    let mut out = String::new();
    if let Some(line) = params.get("line") {
        let prefix = match locale {
            Locale::En => "Line ",
            Locale::Fr => "Ligne ",
        };
        out.push_str(prefix);
        out.push_str(&line.to_string());
        out.push_str(if locale == Locale::Fr { " : " } else { ": " });
    }
    fill(template(code, locale), params, &mut out);
    out
}

/// Copies `template` into `out`, replacing each `{name}` by its parameter (left as is when absent).
fn fill(template: &str, params: &Params, out: &mut String) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        match after.find('}') {
            Some(close) => {
                let name = after.get(1..close).unwrap_or("");
                match params.get(name) {
                    Some(value) => out.push_str(&value.to_string()),
                    None => out.push_str(after.get(..=close).unwrap_or("")),
                }
                rest = after.get(close + 1..).unwrap_or("");
            }
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::ParamValue;

    #[test]
    fn fills_params_and_keeps_unknown_placeholders() {
        let mut params = Params::new();
        params.insert("example".into(), ParamValue::from("75008"));
        assert_eq!(render(IssueCode::PostalCodeFormat, Locale::Fr, &params), "Le code postal doit ressembler à 75008.");
        assert_eq!(render(IssueCode::PostalCodeFormat, Locale::En, &params), "The postal code must look like 75008.");
        let mut out = String::new();
        fill("a {missing} b {", &params, &mut out);
        assert_eq!(out, "a {missing} b {");
    }

    #[test]
    fn line_param_prefixes_the_message() {
        let mut params = Params::new();
        params.insert("line".into(), ParamValue::Int(7));
        assert!(render(IssueCode::TenantIdFormat, Locale::En, &params).starts_with("Line 7: "));
        assert!(render(IssueCode::TenantIdFormat, Locale::Fr, &params).starts_with("Ligne 7 : "));
    }
}
