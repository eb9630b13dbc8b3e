//! AUD-4: the CSP part of the offer listing. Once the offer is available to CSP partners (`all` or
//! `specific`), the publisher must give an https URL of marketing materials for partners; the CSP
//! program contact (shown to CSP partners only) is optional, and when given has a name, an e-mail
//! address and a phone number that a partner anywhere can call (international format, `+` and the
//! country code).

use super::AudienceOption;
use crate::enrollment::Validation;
use crate::input::{Loose, Options, Text};
use crate::issue::{no_errors, Issue, IssueCode};
use crate::locale::Locale;
use crate::messages::{audience_text, AudienceText};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Longest URL accepted (characters).
const URL_MAX: usize = 2048;
/// Longest contact name (characters).
const CONTACT_NAME_MAX: usize = 100;
/// Longest e-mail address (ENR-11).
const EMAIL_MAX: usize = 254;
/// Longest phone field (characters, separators included).
const PHONE_MAX: usize = 40;

/// The CSP program contact shown to CSP partners.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct CspContact {
    #[tsify(type = "string")]
    pub name: Text,
    #[tsify(type = "string")]
    pub email: Text,
    #[tsify(type = "string")]
    pub phone: Text,
}

/// The CSP fields of the offer listing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct AudienceListing {
    #[tsify(type = "AudienceOption")]
    pub option: Text,
    /// "CSP Program Marketing Materials": required once opted in; `www.contoso.com/csp` is read as https.
    #[serde(skip_serializing_if = "Text::is_missing")]
    #[tsify(optional, type = "string")]
    pub marketing_materials_url: Text,
    #[serde(skip_serializing_if = "Loose::is_missing")]
    #[tsify(optional, type = "CspContact")]
    pub contact: Loose<CspContact>,
}

/// Why a URL is refused.
#[derive(Debug, PartialEq, Eq)]
enum UrlProblem {
    /// Another scheme than https (`http:`, `ftp:`): the rule wants https.
    NotHttps,
    /// Not a web address.
    Format,
}

fn is_label_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || (!c.is_ascii() && c.is_alphanumeric())
}

/// A host name of at least two labels (letters, digits, hyphens; internationalized letters allowed),
/// the last one not numeric.
fn valid_host(host: &str) -> bool {
    if host.is_empty() || host.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    let label_ok = |l: &&str| !l.is_empty() && l.chars().count() <= 63 && !l.starts_with('-') && !l.ends_with('-') && l.chars().all(is_label_char);
    labels.len() >= 2 && labels.iter().all(label_ok) && labels.last().is_some_and(|tld| tld.chars().count() >= 2 && !tld.chars().all(|c| c.is_ascii_digit()))
}

/// An https URL (a bare host is read as https), normalized: scheme and host lower-case.
fn https_url(value: &str) -> Result<String, UrlProblem> {
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::Format);
    }
    let lower_start: String = value.chars().take(8).collect::<String>().to_ascii_lowercase();
    let rest = if lower_start.starts_with("https://") {
        value.get(8..).unwrap_or("")
    } else if value.contains("://") || lower_start.starts_with("http:") || lower_start.starts_with("mailto:") {
        return Err(UrlProblem::NotHttps);
    } else {
        value
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) => (h, Some(p)),
        Some(_) => return Err(UrlProblem::Format),
        None => (authority, None),
    };
    let host = host.strip_suffix('.').unwrap_or(host);
    if !valid_host(host) {
        return Err(UrlProblem::Format);
    }
    let mut out = format!("https://{}", host.to_lowercase());
    if let Some(port) = port {
        out.push(':');
        out.push_str(port);
    }
    out.push_str(tail);
    Ok(out)
}

/// E-mail syntax as ENR-11 states it: one `@`, local part 1–64, domain of at least two labels,
/// at most 254 in all. The domain is lower-cased.
fn email(value: &str) -> Option<String> {
    if value.chars().count() > EMAIL_MAX || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let (local, domain) = value.split_once('@')?;
    let local_ok = !local.is_empty()
        && local.chars().count() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let domain = domain.strip_suffix('.').unwrap_or(domain);
    (local_ok && !domain.contains('@') && valid_host(domain)).then(|| format!("{local}@{}", domain.to_lowercase()))
}

/// An international phone number: `+` (or `00`) and 7–15 digits, with spaces, `-`, `.`, `/`, `()`
/// between them. Normalized to E.164 (`+33123456789`).
fn intl_phone(value: &str) -> Option<String> {
    let rest = value.strip_prefix('+').or_else(|| value.strip_prefix("00"))?;
    let mut digits = String::with_capacity(16);
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '/' | '(' | ')' => {}
            _ => return None,
        }
    }
    (7..=15).contains(&digits.len()).then(|| format!("+{digits}"))
}

/// Reads a string field: the issue for a wrong type or size, `required` when `required` and missing,
/// `too_long` above `max`.
fn field(text: &Text, path: &[&str], required: bool, max: usize, locale: Locale, issues: &mut Vec<Issue>) -> Option<String> {
    match text.read(path, locale) {
        Err(issue) => {
            issues.push(issue);
            None
        }
        Ok(None) => {
            if required {
                issues.push(Issue::error(IssueCode::Required).at(path).build(locale));
            }
            None
        }
        Ok(Some(v)) if v.chars().count() > max => {
            issues.push(Issue::error(IssueCode::TooLong).at(path).param("max", max).build(locale));
            None
        }
        Ok(Some(v)) => Some(v),
    }
}

/// The value to keep: the normalized one, else what was typed (trimmed), never lost.
fn keep(checked: Option<String>, original: &Text) -> Text {
    checked.or_else(|| original.normalized().filter(|s| !s.is_empty())).map(Text::Str).unwrap_or_default()
}

fn check_contact(contact: &CspContact, locale: Locale, issues: &mut Vec<Issue>) -> CspContact {
    let name = field(&contact.name, &["contact", "name"], true, CONTACT_NAME_MAX, locale, issues);
    let mut mail = field(&contact.email, &["contact", "email"], true, EMAIL_MAX, locale, issues);
    if let Some(m) = mail.take() {
        mail = email(&m);
        if mail.is_none() {
            issues.push(Issue::error(IssueCode::EmailFormat).at(&["contact", "email"]).build(locale));
        }
    }
    let mut phone = field(&contact.phone, &["contact", "phone"], true, PHONE_MAX, locale, issues);
    if let Some(p) = phone.take() {
        phone = intl_phone(&p);
        if phone.is_none() {
            issues.push(
                Issue::error(IssueCode::PhoneFormat)
                    .at(&["contact", "phone"])
                    .param("countryName", audience_text(AudienceText::IntlPhone, locale))
                    .param("callingCode", audience_text(AudienceText::IntlCallingCode, locale))
                    .build(locale),
            );
        }
    }
    CspContact { name: keep(name, &contact.name), email: keep(mail, &contact.email), phone: keep(phone, &contact.phone) }
}

/// AUD-4: checks the CSP fields of the listing; `value` is the listing as stored (URL with https,
/// e-mail domain lower-case, phone in E.164).
pub fn validate_audience_listing(listing: &AudienceListing, options: &Options) -> Validation<AudienceListing> {
    let locale = options.locale();
    let mut issues = Vec::new();
    let option = match listing.option.read(&["option"], locale) {
        Err(issue) => {
            issues.push(issue);
            None
        }
        Ok(None) => {
            issues.push(Issue::error(IssueCode::Required).at(&["option"]).build(locale));
            None
        }
        Ok(Some(v)) => {
            let option = AudienceOption::parse(&v);
            if option.is_none() {
                issues.push(
                    Issue::error(IssueCode::InvalidType)
                        .at(&["option"])
                        .param("expected", "\"all\" | \"specific\" | \"none\"")
                        .param("received", format!("\"{}\"", crate::tenant_id::echo(&v)))
                        .build(locale),
                );
            }
            option
        }
    };
    let opted_in = matches!(option, Some(AudienceOption::All | AudienceOption::Specific));
    let url_path = &["marketingMaterialsUrl"];
    let mut url = field(&listing.marketing_materials_url, url_path, false, URL_MAX, locale, &mut issues);
    let url_refused = matches!(listing.marketing_materials_url.read(url_path, locale), Err(_));
    match url.take().map(|u| https_url(&u)) {
        Some(Ok(u)) => url = Some(u),
        Some(Err(UrlProblem::NotHttps)) => issues.push(Issue::error(IssueCode::MarketingUrlRequired).at(url_path).build(locale)),
        Some(Err(UrlProblem::Format)) => issues.push(Issue::error(IssueCode::UrlFormat).at(url_path).build(locale)),
        None if opted_in && !url_refused && !issues.iter().any(|i| i.path.first() == Some(&"marketingMaterialsUrl".into())) => {
            issues.push(Issue::error(IssueCode::MarketingUrlRequired).at(url_path).build(locale));
        }
        None => {}
    }
    let contact = match &listing.contact {
        Loose::Value(c) => Loose::Value(check_contact(c, locale, &mut issues)),
        other => {
            issues.extend(other.type_issue(&["contact"], locale));
            Loose::Missing
        }
    };
    let value = AudienceListing {
        option: option.map(|o| Text::from(o.as_str())).unwrap_or_else(|| keep(None, &listing.option)),
        marketing_materials_url: keep(url, &listing.marketing_materials_url),
        contact,
    };
    Validation { ok: no_errors(&issues), issues, value }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listing(option: &str, url: Option<&str>) -> AudienceListing {
        AudienceListing { option: option.into(), marketing_materials_url: url.into(), contact: Loose::Missing }
    }

    fn codes(v: &Validation<AudienceListing>) -> Vec<IssueCode> {
        v.issues.iter().map(|i| i.code).collect()
    }

    #[test]
    fn aud_4_marketing_url_required_once_opted_in() {
        let en = Options::default();
        for option in ["all", "specific"] {
            let r = validate_audience_listing(&listing(option, None), &en);
            assert_eq!(codes(&r), [IssueCode::MarketingUrlRequired], "{option}");
            assert_eq!(r.issues[0].path, vec!["marketingMaterialsUrl".into()]);
            let r = validate_audience_listing(&listing(option, Some("   ")), &en);
            assert_eq!(codes(&r), [IssueCode::MarketingUrlRequired], "{option} blank");
        }
        assert!(validate_audience_listing(&listing("none", None), &en).ok);
    }

    #[test]
    fn aud_4_marketing_url_must_be_https() {
        let en = Options::default();
        let r = validate_audience_listing(&listing("all", Some("HTTPS://WWW.Contoso.com/CSP?x=1")), &en);
        assert!(r.ok, "{:?}", r.issues);
        assert_eq!(r.value.marketing_materials_url, Text::from("https://www.contoso.com/CSP?x=1"));
        let r = validate_audience_listing(&listing("all", Some("www.contoso.com/csp")), &en);
        assert_eq!(r.value.marketing_materials_url, Text::from("https://www.contoso.com/csp"));
        let r = validate_audience_listing(&listing("all", Some("https://contoso.com:8443/a")), &en);
        assert!(r.ok);
        for bad in ["http://www.contoso.com", "ftp://contoso.com/x", "mailto:a@contoso.com"] {
            assert_eq!(codes(&validate_audience_listing(&listing("all", Some(bad)), &en)), [IssueCode::MarketingUrlRequired], "{bad}");
        }
        for bad in ["https://", "https://contoso", "contoso", "https://con toso.com", "https://-a.com", "https://a.com:x", "https://1.2.3.4"] {
            assert_eq!(codes(&validate_audience_listing(&listing("all", Some(bad)), &en)), [IssueCode::UrlFormat], "{bad}");
        }
        // Given with `none`, it is still checked.
        assert_eq!(codes(&validate_audience_listing(&listing("none", Some("http://x.com")), &en)), [IssueCode::MarketingUrlRequired]);
    }

    #[test]
    fn aud_4_contact_name_email_phone() {
        let en = Options::default();
        let with = |name: &str, email: &str, phone: &str| AudienceListing {
            contact: Loose::Value(CspContact { name: name.into(), email: email.into(), phone: phone.into() }),
            ..listing("all", Some("https://contoso.com/csp"))
        };
        let r = validate_audience_listing(&with(" Gena  Li ", "Gena@LucernePublishing.COM", "+1 (425) 555-0100"), &en);
        assert!(r.ok, "{:?}", r.issues);
        let c = r.value.contact.value().unwrap();
        assert_eq!(c.name, Text::from("Gena Li"));
        assert_eq!(c.email, Text::from("Gena@lucernepublishing.com"));
        assert_eq!(c.phone, Text::from("+14255550100"));
        let r = validate_audience_listing(&with("", "gena@", "4255550100"), &en);
        assert_eq!(codes(&r), [IssueCode::Required, IssueCode::EmailFormat, IssueCode::PhoneFormat]);
        assert_eq!(r.issues[2].message, "This is not a valid phone number for international use (+country code): enter it as dialled in the country or starting with +country code, in digits, optionally with spaces, - . / ( ).");
        let r = validate_audience_listing(&with("A", "a@b@c.com", "0033 1 23 45 67 89"), &Options::with_locale("fr"));
        assert_eq!(codes(&r), [IssueCode::EmailFormat]);
        assert_eq!(r.value.contact.value().unwrap().phone, Text::from("+33123456789"));
        let bad_type = AudienceListing { contact: Loose::Invalid(crate::input::ValueKind::String), ..listing("none", None) };
        assert_eq!(codes(&validate_audience_listing(&bad_type, &en)), [IssueCode::InvalidType]);
    }

    #[test]
    fn aud_4_option_required_and_known() {
        let en = Options::default();
        assert_eq!(codes(&validate_audience_listing(&AudienceListing::default(), &en)), [IssueCode::Required]);
        assert_eq!(codes(&validate_audience_listing(&listing("some", None), &en)), [IssueCode::InvalidType]);
    }

    #[test]
    fn aud_4_email_and_url_helpers() {
        assert_eq!(email("a.b+c@Sub.Contoso.fr").as_deref(), Some("a.b+c@sub.contoso.fr"));
        assert_eq!(email("josé@exemple.fr").as_deref(), Some("josé@exemple.fr"));
        for bad in ["", "@a.com", "a@", "a@b", ".a@b.com", "a..b@c.com", "a b@c.com", "a@-b.com"] {
            assert_eq!(email(bad), None, "{bad}");
        }
        assert_eq!(https_url("münchen.de").as_deref(), Ok("https://münchen.de"));
    }
}
