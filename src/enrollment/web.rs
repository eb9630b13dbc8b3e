//! Host names and web addresses: the support website (ENR-16), the work-account domain (ENR-21), and
//! the domain part of e-mail addresses (ENR-11).

use super::{limits, Ctx, EnrollmentForm, Want};
use crate::input::Text;
use crate::issue::{Issue, IssueCode};

/// A host name, once mapped as UTS #46 maps it (see [`crate::idna`]: `ｇｍａｉｌ．com` is `gmail.com`): at
/// least two labels of 1–63 letters (any script: internationalized domains), digits and hyphens, a label
/// neither starting nor ending with a hyphen, the last label not all digits (no IP addresses), at most
/// 253 characters. One trailing dot (the DNS root) is accepted.
pub(crate) fn is_host_name(host: &str) -> bool {
    let mapped = crate::idna::map(host);
    let host = mapped.strip_suffix('.').unwrap_or(&mapped);
    if host.is_empty() || host.chars().count() > limits::DOMAIN {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    let label_ok = |l: &&str| {
        let n = l.chars().count();
        (1..=63).contains(&n)
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| {
                c == '-' || c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric()) || is_mark(c)
            })
    };
    labels.len() >= 2
        && labels.iter().all(label_ok)
        && labels.last().is_some_and(|tld| !tld.chars().all(|c| c.is_ascii_digit()))
}

/// Combining marks, which internationalized labels need (Devanagari, Thai…): the general-category
/// tables are not in `core`, so the main combining blocks are listed.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963 | 0x0981..=0x0983 | 0x09BC..=0x09D7
        | 0x0A01..=0x0A03 | 0x0A3C..=0x0A51 | 0x0A81..=0x0A83 | 0x0ABC..=0x0ACD | 0x0B01..=0x0B03 | 0x0B3C..=0x0B57
        | 0x0B82 | 0x0BBE..=0x0BCD | 0x0C00..=0x0C04 | 0x0C3C..=0x0C56 | 0x0C81..=0x0C83 | 0x0CBC..=0x0CD6
        | 0x0D00..=0x0D03 | 0x0D3B..=0x0D57 | 0x0D81..=0x0D83 | 0x0DCA..=0x0DDF | 0x0E31 | 0x0E34..=0x0E3A
        | 0x0E47..=0x0E4E | 0x0EB1 | 0x0EB4..=0x0EBC | 0x0EC8..=0x0ECE | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x20D0..=0x20FF | 0x3099..=0x309A | 0xFE20..=0xFE2F)
}

/// A host name as stored and as every domain rule compares it: mapped (UTS #46: look-alikes to their
/// letters, ignored characters removed, lower case; see [`crate::idna`]), without the trailing dot.
pub(crate) fn normalize_host(host: &str) -> String {
    let mut mapped = crate::idna::map(host);
    if mapped.ends_with('.') {
        mapped.pop();
    }
    mapped
}

/// ENR-16: an `http(s)` URL, or a bare host (`www.contoso.com` → `https://www.contoso.com`), with an
/// optional port and path. Returns the normalized URL (scheme and host lower case) or `None`.
pub(crate) fn normalize_url(input: &str) -> Option<String> {
    if input.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let lower_start: String = input.chars().take(8).flat_map(crate::case::lower).collect();
    let (scheme, rest) = if lower_start.starts_with("https://") {
        ("https", input.get(8..)?)
    } else if lower_start.starts_with("http://") {
        ("http", input.get(7..)?)
    } else if input.contains("://") || lower_start.starts_with("mailto:") {
        return None; // another scheme (ftp://, mailto:)
    } else {
        ("https", input)
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.contains('@') {
        return None; // user information: not a support site
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => {
            if port.is_empty()
                || port.len() > 5
                || !port.bytes().all(|b| b.is_ascii_digit())
                || port.parse::<u32>().ok()? > 65535
            {
                return None;
            }
            (host, Some(port))
        }
        None => (authority, None),
    };
    if !is_host_name(host) {
        return None;
    }
    let mut url = format!("{scheme}://{}", normalize_host(host));
    if let Some(port) = port {
        url.push(':');
        url.push_str(port);
    }
    url.push_str(tail);
    Some(url)
}

/// ENR-16: `support.website`, optional: an `http(s)` URL or a bare host (checked by
/// [`normalize_url`]), stored **as sent** (trimmed), as Partner Center stores it: its recorded support
/// profile sends and answers `"website": "www.microsoft.com"`, no scheme added
/// (kvamseek/partner-center developer/update-support-profile.md). SPEC's `https://` normalization
/// gives way to the server (README, "Where we follow Partner Center over SPEC").
pub(crate) fn check_website(ctx: &mut Ctx, text: &Text, path: &[&str]) -> Option<String> {
    let raw = ctx.text(text, path, false, limits::WEBSITE)?;
    if normalize_url(&raw).is_none() {
        ctx.push(Issue::error(IssueCode::UrlFormat).at(path).param("example", "https://www.contoso.com"));
        return None;
    }
    Some(raw)
}

/// ENR-21: `workAccount.domain`, a host name; the prefix of `*.onmicrosoft.com` is letters and
/// digits only (one label); not a government domain (`government_domain`, as the primary contact's
/// e-mail). Returns the normalized domain. The work account is optional (it can be created during
/// enrolment), so a missing or blank domain is no issue: `{}`, `{ domain: "" }` and `{ domain: "   " }`
/// read as no work account, as React Hook Form sends `""` for an empty input.
pub(crate) fn check_work_domain(ctx: &mut Ctx, text: &Text, path: &[&str]) -> Option<String> {
    let raw = ctx.text(text, path, false, limits::DOMAIN)?;
    let domain = normalize_host(&raw);
    let ok = is_host_name(&raw)
        && match domain.strip_suffix(".onmicrosoft.com") {
            Some(prefix) => !prefix.is_empty() && prefix.bytes().all(|b| b.is_ascii_alphanumeric()),
            None => domain != "onmicrosoft.com",
        };
    if ok {
        if let Some(namespace) = super::domains::government_domain(&domain) {
            ctx.push(
                Issue::error(IssueCode::GovernmentDomain)
                    .at(path)
                    .param("domain", domain.as_str())
                    .param("namespace", namespace),
            );
        }
        Some(domain)
    } else {
        ctx.push(Issue::error(IssueCode::DomainFormat).at(path).param("example", "contoso.onmicrosoft.com"));
        None
    }
}

/// The `workAccount` part of the form.
pub(crate) fn check_work_account(
    ctx: &mut Ctx,
    form: &EnrollmentForm,
    want: &Want,
) -> Option<super::WorkAccount> {
    let account = ctx.object(&form.work_account, &["workAccount"], false)?;
    let domain = if want.leaf(&["workAccount", "domain"]) {
        check_work_domain(ctx, &account.domain, &["workAccount", "domain"])
    } else {
        None
    };
    // An empty work account is stored as none at all.
    let domain = super::keep(domain, &account.domain);
    (!domain.holds_no_str()).then_some(super::WorkAccount { domain })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use serde_json::{json, Value};

    #[test]
    fn enr_16_support_email_and_phone_required() {
        assert_eq!(field_codes("support.email", Value::Null), ["required"]);
        assert_eq!(field_codes("support.phone", Value::Null), ["required"]);
        assert!(field_codes("support.website", Value::Null).is_empty());
        let draft = validate_with(&with(base(), "support", json!({})), json!({"mode": "draft"}));
        assert!(draft.issues.is_empty());
    }

    #[test]
    fn enr_16_website_http_url_or_bare_host_stored_as_sent() {
        // Partner Center stores the website as sent: `www.microsoft.com` in and out
        // (kvamseek/partner-center developer/update-support-profile.md).
        for (input, stored) in [
            ("www.microsoft.com", "www.microsoft.com"),
            ("  contoso.fr  ", "contoso.fr"),
            ("https://www.microsoft.com", "https://www.microsoft.com"),
            ("http://contoso.fr/support", "http://contoso.fr/support"),
            ("HTTPS://WWW.Contoso.COM/Support?x=1#top", "HTTPS://WWW.Contoso.COM/Support?x=1#top"),
            ("https://contoso.fr:8443/", "https://contoso.fr:8443/"),
            ("www.müller.de", "www.müller.de"),
            ("contoso.fr.", "contoso.fr."),
        ] {
            assert!(field_codes("support.website", json!(input)).is_empty(), "{input}");
            assert_eq!(normalized("support.website", json!(input)), json!(stored), "{input}");
        }
        for bad in [
            "contoso",
            "ftp://contoso.fr",
            "mailto:support@contoso.fr",
            "https://",
            "https:///path",
            "https://con toso.fr",
            "http://user@contoso.fr",
            "https://contoso.fr:99999",
            "https://contoso.fr:",
            "https://192.168.1.1",
            "javascript:alert(1)",
            "support@contoso.fr",
            "https://-contoso.fr",
        ] {
            assert_eq!(field_codes("support.website", json!(bad)), ["url_format"], "{bad}");
        }
    }

    #[test]
    fn enr_21_work_account_domain() {
        for (ok, stored) in [
            ("contoso.onmicrosoft.com", "contoso.onmicrosoft.com"),
            ("Contoso2024.OnMicrosoft.com", "contoso2024.onmicrosoft.com"),
            ("contoso.fr", "contoso.fr"),
            ("login.contoso-group.com.", "login.contoso-group.com"),
        ] {
            assert!(field_codes("workAccount.domain", json!(ok)).is_empty(), "{ok}");
            assert_eq!(normalized("workAccount.domain", json!(ok)), json!(stored));
        }
        for bad in [
            "con-toso.onmicrosoft.com",
            "con_toso.onmicrosoft.com",
            "a.b.onmicrosoft.com",
            "onmicrosoft.com",
            ".onmicrosoft.com",
            "contoso",
            "https://contoso.fr",
            "contoso .fr",
            "gena@contoso.fr",
            "contoso..fr",
        ] {
            assert_eq!(field_codes("workAccount.domain", json!(bad)), ["domain_format"], "{bad}");
        }
    }

    /// Issue 12 item 3: an empty work account is no work account, like every empty optional field.
    #[test]
    fn enr_21_empty_work_account_counts_as_absent() {
        for empty in [
            Value::Null,
            json!({}),
            json!({ "domain": "" }),
            json!({ "domain": "   " }),
            json!({ "domain": null }),
        ] {
            let result = validate(&with(base(), "workAccount", empty.clone()));
            assert!(result.ok && result.issues.is_empty(), "{empty}: {:?}", result.issues);
            assert!(field_codes("workAccount.domain", empty["domain"].clone()).is_empty(), "{empty}");
            assert!(serde_json::to_value(&result.value).unwrap().get("workAccount").is_none(), "{empty}");
        }
        // Every other optional field of the form, sent empty the way a form library sends it.
        let empties = json!({ "company": { "legalName": "Contoso SARL", "duns": "", "vatId": "", "registrationId": "" },
            "address": { "line1": "1 rue de Rivoli", "line2": "", "line3": " ", "city": "Paris", "state": "", "postalCode": "75001" },
            "primaryContact": { "firstName": "Gena", "lastName": "Wild", "email": "gena@contoso.fr", "phone": "" },
            "support": { "email": "support@contoso.fr", "phone": "+33 1 23 45 67 89", "website": "" },
            "partnerId": { "id": "", "country": "" }, "workAccount": { "domain": "" }, "language": "" });
        let mut form = base();
        for (k, v) in empties.as_object().unwrap() {
            form = with(form, k, v.clone());
        }
        let result = validate(&form);
        let codes: Vec<String> = result
            .issues
            .iter()
            .map(|i| serde_json::to_value(i.code).unwrap().as_str().unwrap().to_owned())
            .collect();
        // The PartnerID may be postponed: an empty one is the missing-PartnerID warning, nothing else.
        assert!(result.ok, "{:?}", result.issues);
        assert_eq!(codes, ["vat_id_recommended", "partner_id_missing"]);
    }
}
