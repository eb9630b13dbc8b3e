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
use serde::Serialize;

/// Longest URL accepted (characters).
const URL_MAX: usize = 2048;
/// Longest contact name (characters).
const CONTACT_NAME_MAX: usize = 100;
/// Longest e-mail address (ENR-11).
const EMAIL_MAX: usize = crate::enrollment::limits::EMAIL;
/// Longest phone field (characters, separators included).
const PHONE_MAX: usize = 40;

crate::input_struct! {
    /// The CSP program contact shown to CSP partners.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct CspContact {
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub name: Text = "name",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub email: Text = "email",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub phone: Text = "phone",
    }
}

crate::deserialize_via_value!(CspContact);

crate::input_struct! {
    /// The CSP fields of the offer listing.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct AudienceListing {
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "AudienceOption"))]
        pub option: Text = "option",
        /// "CSP Program Marketing Materials": required once opted in; `www.contoso.com/csp` is read as https.
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub marketing_materials_url: Text = "marketingMaterialsUrl",
        #[serde(skip_serializing_if = "Loose::is_missing")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "CspContact"))]
        pub contact: Loose<CspContact> = "contact",
    }
}

crate::deserialize_via_value!(AudienceListing);

/// Why a URL is refused.
#[derive(Debug, PartialEq, Eq)]
enum UrlProblem {
    /// Another scheme than https (`http:`, `ftp:`): the rule wants https.
    NotHttps,
    /// Not a web address.
    Format,
}

/// An https URL (a bare host is read as https), normalized as ENR-16 normalizes a website.
fn https_url(value: &str) -> Result<String, UrlProblem> {
    match crate::enrollment::web::normalize_url(value) {
        Some(url) if url.starts_with("https://") => Ok(url),
        Some(_) => Err(UrlProblem::NotHttps),
        None => {
            let lower: String = value.chars().take(8).flat_map(crate::case::lower).collect();
            if !lower.starts_with("https://")
                && (value.contains("://") || lower.starts_with("http:") || lower.starts_with("mailto:"))
            {
                Err(UrlProblem::NotHttps)
            } else {
                Err(UrlProblem::Format)
            }
        }
    }
}

/// E-mail syntax of ENR-11 (the enrolment's own check); the domain is lower-cased.
fn email(value: &str) -> Option<String> {
    crate::enrollment::email::parse(value)
        .map(|(local, domain)| format!("{local}@{}", crate::enrollment::web::normalize_host(domain)))
}

/// The contact's phone: no account country here, so it must be international (`+CC…` or `00CC…`) and
/// fit that country's numbering, as a support phone does (ENR-15); normalized to E.164.
fn intl_phone(value: &str) -> Option<String> {
    crate::enrollment::phone::to_e164(value, None, crate::enrollment::phone::PhoneKind::Support)
        .ok()
        .flatten()
}

fn check_contact(contact: &CspContact, locale: Locale, issues: &mut Vec<Issue>) -> CspContact {
    let name =
        crate::input::read_field(&contact.name, &["contact", "name"], true, CONTACT_NAME_MAX, locale, issues);
    let mut mail =
        crate::input::read_field(&contact.email, &["contact", "email"], true, EMAIL_MAX, locale, issues);
    if let Some(m) = mail.take() {
        mail = email(&m);
        if mail.is_none() {
            issues.push(
                Issue::error(IssueCode::EmailFormat)
                    .at(&["contact", "email"])
                    .param("example", "gena@contoso.com")
                    .build(locale),
            );
        }
    }
    let mut phone =
        crate::input::read_field(&contact.phone, &["contact", "phone"], true, PHONE_MAX, locale, issues);
    if let Some(p) = phone.take() {
        phone = intl_phone(&p);
        if phone.is_none() {
            issues.push(
                Issue::error(IssueCode::PhoneFormat)
                    .at(&["contact", "phone"])
                    .param("countryName", audience_text(AudienceText::IntlPhone, locale))
                    .param("callingCode", audience_text(AudienceText::IntlCallingCode, locale))
                    .param("international", 1i64)
                    .build(locale),
            );
        }
    }
    CspContact {
        name: crate::enrollment::keep(name, &contact.name),
        email: crate::enrollment::keep(mail, &contact.email),
        phone: crate::enrollment::keep(phone, &contact.phone),
    }
}

/// AUD-4: checks the CSP fields of the listing; `value` is the listing as stored (URL with https,
/// e-mail domain lower-case, phone in E.164).
pub fn validate_audience_listing(
    listing: &AudienceListing,
    options: &Options,
) -> Validation<AudienceListing> {
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
    let before = issues.len();
    let typed = crate::input::read_field(
        &listing.marketing_materials_url,
        url_path,
        false,
        URL_MAX,
        locale,
        &mut issues,
    );
    let refused = issues.len() > before;
    let mut url = None;
    match typed.map(|u| https_url(&u)) {
        Some(Ok(u)) => url = Some(u),
        Some(Err(UrlProblem::NotHttps)) => {
            issues.push(Issue::error(IssueCode::MarketingUrlRequired).at(url_path).build(locale))
        }
        Some(Err(UrlProblem::Format)) => {
            issues.push(
                Issue::error(IssueCode::UrlFormat)
                    .at(url_path)
                    .param("example", "https://www.contoso.com/csp")
                    .build(locale),
            );
        }
        None if opted_in && !refused => {
            issues.push(Issue::error(IssueCode::MarketingUrlRequired).at(url_path).build(locale))
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
        option: option
            .map(|o| Text::from(o.as_str()))
            .unwrap_or_else(|| crate::enrollment::keep(None, &listing.option)),
        marketing_materials_url: crate::enrollment::keep(url, &listing.marketing_materials_url),
        contact,
    };
    Validation { ok: no_errors(&issues), issues, value }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listing(option: &str, url: Option<&str>) -> AudienceListing {
        AudienceListing {
            option: option.into(),
            marketing_materials_url: url.into(),
            contact: Loose::Missing,
        }
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
            assert_eq!(
                codes(&validate_audience_listing(&listing("all", Some(bad)), &en)),
                [IssueCode::MarketingUrlRequired],
                "{bad}"
            );
        }
        for bad in [
            "https://",
            "https://contoso",
            "contoso",
            "https://con toso.com",
            "https://-a.com",
            "https://a.com:x",
            "https://1.2.3.4",
        ] {
            assert_eq!(
                codes(&validate_audience_listing(&listing("all", Some(bad)), &en)),
                [IssueCode::UrlFormat],
                "{bad}"
            );
        }
        // Given with `none`, it is still checked.
        assert_eq!(
            codes(&validate_audience_listing(&listing("none", Some("http://x.com")), &en)),
            [IssueCode::MarketingUrlRequired]
        );
    }

    #[test]
    fn aud_4_contact_name_email_phone() {
        let en = Options::default();
        let with = |name: &str, email: &str, phone: &str| AudienceListing {
            contact: Loose::Value(CspContact { name: name.into(), email: email.into(), phone: phone.into() }),
            ..listing("all", Some("https://contoso.com/csp"))
        };
        let r = validate_audience_listing(
            &with(" Gena  Li ", "Gena@LucernePublishing.COM", "+1 (425) 555-0100"),
            &en,
        );
        assert!(r.ok, "{:?}", r.issues);
        let c = r.value.contact.value().unwrap();
        assert_eq!(c.name, Text::from("Gena Li"));
        assert_eq!(c.email, Text::from("Gena@lucernepublishing.com"));
        assert_eq!(c.phone, Text::from("+14255550100"));
        let r = validate_audience_listing(&with("", "gena@", "4255550100"), &en);
        assert_eq!(codes(&r), [IssueCode::Required, IssueCode::EmailFormat, IssueCode::PhoneFormat]);
        assert_eq!(r.issues[2].message, "Enter the phone number in international format, starting with + and the country code, e.g. +33 1 23 45 67 89: digits, optionally with spaces, - . / ( ).");
        let r = validate_audience_listing(
            &with("A", "a@b@c.com", "0033 1 23 45 67 89"),
            &Options::with_locale("fr"),
        );
        assert_eq!(codes(&r), [IssueCode::EmailFormat]);
        assert_eq!(r.value.contact.value().unwrap().phone, Text::from("+33123456789"));
        let bad_type = AudienceListing {
            contact: Loose::Invalid(crate::input::ValueKind::String),
            ..listing("none", None)
        };
        assert_eq!(codes(&validate_audience_listing(&bad_type, &en)), [IssueCode::InvalidType]);
    }

    #[test]
    fn aud_4_option_required_and_known() {
        let en = Options::default();
        assert_eq!(
            codes(&validate_audience_listing(&AudienceListing::default(), &en)),
            [IssueCode::Required]
        );
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
