//! Message catalogue: one template per issue code and locale, `{name}` filled from the issue's params.
//!
//! Each locale is an exhaustive `match` on [`IssueCode`], so a new code does not compile until
//! every locale has its text. A `line` parameter (CSV rows) prefixes the message with the line.

/// The template of a code that only the audience, lifecycle, relationship or CSV jobs emit: the
/// text when the build has one of those jobs (the default), else empty. The `/enrollment` .wasm
/// (`--no-default-features --features enrollment`) never emits these codes, and the optimizer drops
/// their texts in every locale (docs/performance.md, issue 14). [`render`] answers the code's wire
/// name for an empty template, never an empty message.
macro_rules! other_jobs {
    ($text:literal) => {
        if cfg!(any(feature = "audience", feature = "lifecycle", feature = "relationship", feature = "csv")) {
            $text
        } else {
            ""
        }
    };
}

#[cfg(feature = "extra-locales")]
mod de;
mod en;
#[cfg(feature = "extra-locales")]
mod es;
mod fr;
#[cfg(feature = "extra-locales")]
mod it;
#[cfg(feature = "extra-locales")]
mod ja;
#[cfg(feature = "extra-locales")]
mod ko;
#[cfg(feature = "extra-locales")]
mod nl;
#[cfg(feature = "extra-locales")]
mod pt_br;
#[cfg(feature = "extra-locales")]
mod zh_hans;

use crate::issue::{IssueCode, ParamValue, Params};
use crate::locale::Locale;

fn template(code: IssueCode, locale: Locale) -> &'static str {
    match locale {
        Locale::En => en::message(code),
        Locale::Fr => fr::message(code),
        #[cfg(feature = "extra-locales")]
        Locale::De => de::message(code),
        #[cfg(feature = "extra-locales")]
        Locale::Es => es::message(code),
        #[cfg(feature = "extra-locales")]
        Locale::It => it::message(code),
        #[cfg(feature = "extra-locales")]
        Locale::PtBr => pt_br::message(code),
        #[cfg(feature = "extra-locales")]
        Locale::Nl => nl::message(code),
        #[cfg(feature = "extra-locales")]
        Locale::Ja => ja::message(code),
        #[cfg(feature = "extra-locales")]
        Locale::ZhHans => zh_hans::message(code),
        #[cfg(feature = "extra-locales")]
        Locale::Ko => ko::message(code),
    }
}

/// A form label (`"zip"` → "ZIP code") in a locale; the kind itself when unknown.
pub fn label(kind: &'static str, locale: Locale) -> &'static str {
    catalogue_label(kind, locale).unwrap_or(kind)
}

/// The label of `kind` in the locale's own catalogue, if it has one.
fn catalogue_label(kind: &str, locale: Locale) -> Option<&'static str> {
    match locale {
        Locale::En => en::label(kind),
        Locale::Fr => fr::label(kind),
        #[cfg(feature = "extra-locales")]
        Locale::De => de::label(kind),
        #[cfg(feature = "extra-locales")]
        Locale::Es => es::label(kind),
        #[cfg(feature = "extra-locales")]
        Locale::It => it::label(kind),
        #[cfg(feature = "extra-locales")]
        Locale::PtBr => pt_br::label(kind),
        #[cfg(feature = "extra-locales")]
        Locale::Nl => nl::label(kind),
        #[cfg(feature = "extra-locales")]
        Locale::Ja => ja::label(kind),
        #[cfg(feature = "extra-locales")]
        Locale::ZhHans => zh_hans::label(kind),
        #[cfg(feature = "extra-locales")]
        Locale::Ko => ko::label(kind),
    }
}

/// A JS type name in words of the locale's catalogue (`"string"` → "du texte").
fn catalogue_type_word(kind: &str, locale: Locale) -> Option<&'static str> {
    match locale {
        Locale::En => en::type_word(kind),
        Locale::Fr => fr::type_word(kind),
        #[cfg(feature = "extra-locales")]
        Locale::De => de::type_word(kind),
        #[cfg(feature = "extra-locales")]
        Locale::Es => es::type_word(kind),
        #[cfg(feature = "extra-locales")]
        Locale::It => it::type_word(kind),
        #[cfg(feature = "extra-locales")]
        Locale::PtBr => pt_br::type_word(kind),
        #[cfg(feature = "extra-locales")]
        Locale::Nl => nl::type_word(kind),
        #[cfg(feature = "extra-locales")]
        Locale::Ja => ja::type_word(kind),
        #[cfg(feature = "extra-locales")]
        Locale::ZhHans => zh_hans::type_word(kind),
        #[cfg(feature = "extra-locales")]
        Locale::Ko => ko::type_word(kind),
    }
}

/// "one of " before a list of values, and the last "or" of a list, in the locale.
fn type_joiners(locale: Locale) -> (&'static str, &'static str) {
    match locale {
        Locale::En => en::TYPE_JOINERS,
        Locale::Fr => fr::TYPE_JOINERS,
        #[cfg(feature = "extra-locales")]
        Locale::De => de::TYPE_JOINERS,
        #[cfg(feature = "extra-locales")]
        Locale::Es => es::TYPE_JOINERS,
        #[cfg(feature = "extra-locales")]
        Locale::It => it::TYPE_JOINERS,
        #[cfg(feature = "extra-locales")]
        Locale::PtBr => pt_br::TYPE_JOINERS,
        #[cfg(feature = "extra-locales")]
        Locale::Nl => nl::TYPE_JOINERS,
        #[cfg(feature = "extra-locales")]
        Locale::Ja => ja::TYPE_JOINERS,
        #[cfg(feature = "extra-locales")]
        Locale::ZhHans => zh_hans::TYPE_JOINERS,
        #[cfg(feature = "extra-locales")]
        Locale::Ko => ko::TYPE_JOINERS,
    }
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
    /// The whole `phone_format` message of the CSP contact's phone (param `international`).
    IntlPhoneFormat,
}

/// An audience text in a locale.
pub(crate) fn audience_text(key: AudienceText, locale: Locale) -> &'static str {
    match locale {
        Locale::En => en::audience(key),
        Locale::Fr => fr::audience(key),
        #[cfg(feature = "extra-locales")]
        Locale::De => de::audience(key),
        #[cfg(feature = "extra-locales")]
        Locale::Es => es::audience(key),
        #[cfg(feature = "extra-locales")]
        Locale::It => it::audience(key),
        #[cfg(feature = "extra-locales")]
        Locale::PtBr => pt_br::audience(key),
        #[cfg(feature = "extra-locales")]
        Locale::Nl => nl::audience(key),
        #[cfg(feature = "extra-locales")]
        Locale::Ja => ja::audience(key),
        #[cfg(feature = "extra-locales")]
        Locale::ZhHans => zh_hans::audience(key),
        #[cfg(feature = "extra-locales")]
        Locale::Ko => ko::audience(key),
    }
}

/// An audience text with its parameters filled in.
pub(crate) fn audience_fill(key: AudienceText, locale: Locale, params: &[(&str, String)]) -> String {
    let mut out = String::new();
    // Looked up in the slice as given: collecting it into a `Params` map would pull `BTreeMap`'s
    // sorting code into the .wasm for nothing (~3 KB).
    fill(
        &typeset(audience_text(key, locale), locale),
        |name| params.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()),
        &mut out,
    );
    out
}

/// The final text of an issue.
pub fn render(code: IssueCode, locale: Locale, params: &Params) -> String {
    let mut out = String::new();
    if let Some(line) = params.get("line") {
        let (before, after) = match locale {
            Locale::En => ("Line ", ": "),
            Locale::Fr => ("Ligne ", " : "),
            #[cfg(feature = "extra-locales")]
            Locale::De => ("Zeile ", ": "),
            #[cfg(feature = "extra-locales")]
            Locale::Es => ("Línea ", ": "),
            #[cfg(feature = "extra-locales")]
            Locale::It => ("Riga ", ": "),
            #[cfg(feature = "extra-locales")]
            Locale::PtBr => ("Linha ", ": "),
            #[cfg(feature = "extra-locales")]
            Locale::Nl => ("Regel ", ": "),
            #[cfg(feature = "extra-locales")]
            Locale::Ja => ("", " 行目: "),
            #[cfg(feature = "extra-locales")]
            Locale::ZhHans => ("第 ", " 行："),
            #[cfg(feature = "extra-locales")]
            Locale::Ko => ("", "행: "),
        };
        out.push_str(before);
        out.push_str(&line.to_string());
        out.push_str(&typeset(after, locale));
    }
    // The CSP contact's phone (AUD-4) has no country: its own text, international format only.
    let template = if code == IssueCode::PhoneFormat && params.contains_key("international") {
        audience_text(AudienceText::IntlPhoneFormat, locale)
    } else {
        match template(code, locale) {
            "" => code.name(),
            text => text,
        }
    };
    let value = |name: &str| {
        let value = params.get(name)?;
        Some(match (code, name, value) {
            // `invalid_type` names JS types for programs (`"string"`); the text says them in words.
            (
                IssueCode::InvalidType | IssueCode::InvalidRules,
                "expected" | "received",
                ParamValue::Str(s),
            ) => type_words(s, locale),
            (_, "maxBytes" | "revenueUsd", _) => format_number(&value.to_string(), locale),
            _ => value.to_string(),
        })
    };
    fill(&typeset(template, locale), value, &mut out);
    out
}

/// A JS type (`"string"`, `"string | Uint8Array"`, `"\"all\" | \"none\""`) in words of the locale:
/// "du texte", "du texte ou un Uint8Array", "l'une des valeurs "all" ou "none"". A quoted value is
/// kept as written (it is a value to type); a union is joined with the locale's "or".
fn type_words(types: &str, locale: Locale) -> String {
    let parts: Vec<&str> = types.split(" | ").map(str::trim).collect();
    let literals = parts.iter().all(|p| p.starts_with('"'));
    let words: Vec<&str> = parts
        .iter()
        .map(|p| if p.starts_with('"') { p } else { catalogue_type_word(p, locale).unwrap_or(p) })
        .collect();
    let (one_of, or) = type_joiners(locale);
    let mut out = String::new();
    if literals && words.len() > 1 {
        out.push_str(one_of);
    }
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == words.len() { or } else { ", " });
        }
        out.push_str(w);
    }
    out
}

/// A decimal number (`1048576`, `1234.5`) with the locale's digit grouping and decimal mark:
/// "1,048,576" / "1 048 576", "1,234.5" / "1 234,5"; anything else as it is.
fn format_number(number: &str, locale: Locale) -> String {
    let (group, decimal) = match locale {
        Locale::Fr => ("\u{202f}", ","),
        #[cfg(feature = "extra-locales")]
        Locale::De | Locale::Es | Locale::It | Locale::PtBr | Locale::Nl => (".", ","),
        _ => (",", "."),
    };
    let (sign, unsigned) = number.strip_prefix('-').map_or(("", number), |rest| ("-", rest));
    let (int, fraction) = unsigned.split_once('.').map_or((unsigned, None), |(i, f)| (i, Some(f)));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || fraction.is_some_and(|f| !digits(f)) {
        return number.to_owned();
    }
    let mut out = String::from(sign);
    for (i, c) in int.char_indices() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if let Some(f) = fraction {
        out.push_str(decimal);
        out.push_str(f);
    }
    out
}

/// French typography applied to a template (the catalogue is written with plain spaces, easier to
/// read and review): a no-break space (U+00A0) before `:`, a narrow no-break space (U+202F) before
/// `;`, `?`, `!` and inside « », as the Imprimerie nationale's rules have it. Other locales: as is.
fn typeset(text: &str, locale: Locale) -> std::borrow::Cow<'_, str> {
    if locale != Locale::Fr {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            (' ', Some(':')) => out.push('\u{a0}'),
            (' ', Some(';' | '?' | '!' | '»')) => out.push('\u{202f}'),
            ('«', Some(' ')) => {
                chars.next();
                out.push_str("«\u{202f}");
            }
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Copies `template` into `out`, replacing each `{name}` by its parameter `param(name)` (left as is
/// when absent).
fn fill(template: &str, param: impl Fn(&str) -> Option<String>, out: &mut String) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        match after.find('}') {
            Some(close) => {
                let name = after.get(1..close).unwrap_or("");
                match param(name) {
                    Some(value) => out.push_str(&value),
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
        assert_eq!(
            render(IssueCode::PostalCodeFormat, Locale::Fr, &params),
            "Saisissez un code postal de la forme 75008."
        );
        assert_eq!(
            render(IssueCode::PostalCodeFormat, Locale::En, &params),
            "The postal code must look like 75008."
        );
        let mut out = String::new();
        fill("a {missing} b {", |name| params.get(name).map(ToString::to_string), &mut out);
        assert_eq!(out, "a {missing} b {");
    }

    /// The `{name}` placeholders of a template, sorted.
    fn placeholders(template: &str) -> Vec<&str> {
        let mut names: Vec<&str> = template
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    #[test]
    fn every_locale_uses_the_same_parameters_as_english() {
        for code in IssueCode::ALL {
            let english = placeholders(template(code, Locale::En));
            for &locale in Locale::ALL {
                assert_eq!(placeholders(template(code, locale)), english, "{code:?} in {}", locale.tag());
            }
        }
    }

    #[test]
    fn every_locale_has_every_label() {
        for kind in [
            "postal",
            "zip",
            "pin",
            "eircode",
            "area",
            "county",
            "department",
            "district",
            "do_si",
            "emirate",
            "island",
            "oblast",
            "parish",
            "prefecture",
            "province",
            "state",
            "city",
            "post_town",
            "suburb",
        ] {
            assert!(en::label(kind).is_some(), "{kind}");
            for locale in Locale::ALL {
                let text = catalogue_label(kind, *locale);
                assert!(text.is_some(), "{kind} in {}", locale.tag());
            }
        }
    }

    /// Issue 12 item 4: French typography, a type named in words, digits grouped.
    #[test]
    fn french_typography_and_words() {
        assert_eq!(
            typeset("« x » : a ; b ! c ?", Locale::Fr),
            "«\u{202f}x\u{202f}»\u{a0}: a\u{202f}; b\u{202f}! c\u{202f}?"
        );
        assert_eq!(typeset("“x”: a", Locale::En), "“x”: a");
        let mut params = Params::new();
        params.insert("expected".into(), ParamValue::from("string"));
        params.insert("received".into(), ParamValue::from("number"));
        assert_eq!(
            render(IssueCode::InvalidType, Locale::Fr, &params),
            "Cette valeur doit être du texte, pas un nombre."
        );
        assert_eq!(
            render(IssueCode::InvalidType, Locale::En, &params),
            "This value must be text, not a number."
        );
        params.insert("expected".into(), ParamValue::from("\"all\" | \"specific\" | \"none\""));
        params.insert("received".into(), ParamValue::from("\"some\""));
        assert_eq!(
            render(IssueCode::InvalidType, Locale::En, &params),
            "This value must be one of \"all\", \"specific\" or \"none\", not \"some\"."
        );
        params.insert("expected".into(), ParamValue::from("string | Uint8Array"));
        assert_eq!(type_words("string | Uint8Array", Locale::Fr), "du texte ou un Uint8Array");
        assert_eq!(format_number("1048576", Locale::Fr), "1\u{202f}048\u{202f}576");
        assert_eq!(format_number("1048576", Locale::En), "1,048,576");
        assert_eq!(format_number("1234.5", Locale::Fr), "1\u{202f}234,5");
        assert_eq!(format_number("850", Locale::En), "850");
        assert_eq!(format_number("-1000", Locale::En), "-1,000");
        assert_eq!(format_number("12a", Locale::En), "12a");
    }

    #[test]
    fn line_param_prefixes_the_message() {
        let mut params = Params::new();
        params.insert("line".into(), ParamValue::Int(7));
        assert!(render(IssueCode::TenantIdFormat, Locale::En, &params).starts_with("Line 7: "));
        assert!(render(IssueCode::TenantIdFormat, Locale::Fr, &params).starts_with("Ligne 7\u{a0}: "));
    }
}
