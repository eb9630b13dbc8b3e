//! E-mail addresses (ENR-11…ENR-14): syntax for every e-mail field; for the primary contact, no
//! web-mail, no role mailbox, and a warning for tenant-only `*.onmicrosoft.com` addresses.

use super::domains::{self, government_domain};
use super::web::{is_host_name, normalize_host};
use super::{limits, Ctx};
use crate::input::Text;
use crate::issue::{Issue, IssueCode};

/// Whose address: the primary contact's (ENR-12…14 apply) or customer support's (syntax only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EmailKind {
    PrimaryContact,
    Support,
}

/// Local-part words that make a role (shared) mailbox (ENR-13).
const ROLE_WORDS: [&str; 4] = ["info", "admin", "email", "marketing"];

/// Characters a local part may not hold (RFC 5322 specials outside a quoted string, which Partner
/// Center does not take); other printable characters, including non-ASCII letters (RFC 6531), are accepted.
const LOCAL_SPECIALS: &str = "\"(),:;<>[\\]@";

/// ENR-11: splits a syntactically valid address into (local part, domain); `None` otherwise.
/// One `@`; local part 1–64 characters, a dot-atom (no leading, trailing or doubled dot); domain a
/// host name (see [`is_host_name`]); at most 254 characters in all.
pub(crate) fn parse(address: &str) -> Option<(&str, &str)> {
    if address.chars().count() > limits::EMAIL {
        return None;
    }
    let (local, domain) = address.split_once('@')?;
    let local_len = local.chars().count();
    let local_ok = (1..=64).contains(&local_len)
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| !c.is_whitespace() && !c.is_control() && !LOCAL_SPECIALS.contains(c));
    (local_ok && !domain.contains('@') && is_host_name(domain)).then_some((local, domain))
}

/// A caller-given blocked domain as compared: trimmed, without a leading `@` or `.`, mapped as a
/// domain is (lower case, no trailing dot).
fn normalize_blocked(domain: &str) -> String {
    let d = domain.trim().trim_start_matches('@').trim_start_matches('.');
    normalize_host(d)
}

/// ENR-12: the web-mail domain `domain` is, or is under (`mail.yahoo.fr` → `yahoo.fr`), from the packed
/// list or the caller's `blocked` list (see [`domains::webmail_domain`]).
pub(crate) fn webmail_domain(domain: &str, blocked: &[String]) -> Option<String> {
    let blocked: Vec<String> =
        blocked.iter().map(|b| normalize_blocked(b)).filter(|b| !b.is_empty()).collect();
    domains::webmail_domain(&normalize_host(domain), &blocked)
}

/// ENR-13: a role mailbox: one of the words of the local part is info, admin, email or marketing.
/// Partner Center: the address "can't contain words like 'info,' 'admin,' 'email@,' or 'marketing@'"
/// (`mpn-create-a-partner-center-account.md`): a word anywhere, not a substring, so words are the runs
/// of letters between `.`, `-`, `_`, `+`, other punctuation and digits (`it-admin@`, `sales.info@`,
/// `gena+info@`, `info2@` refused; `informatique@`, `administration@`, `emailing@` are not).
pub(crate) fn is_role_account(local: &str) -> bool {
    // Mapped as a domain is (`ｉｎｆｏ`, `𝐢𝐧𝐟𝐨` → `info`; invisible characters removed): look-alikes are the same word.
    let lower = crate::idna::map(local);
    lower.split(|c: char| !c.is_alphabetic()).any(|word| ROLE_WORDS.contains(&word))
}

/// ENR-14: an address of a `*.onmicrosoft.com` tenant domain.
pub(crate) fn is_tenant_only(domain: &str) -> bool {
    normalize_host(domain).strip_suffix(".onmicrosoft.com").is_some_and(|prefix| !prefix.is_empty())
}

/// Checks an e-mail field; returns the address as stored (the local part as typed, the domain mapped
/// by UTS #46: lower case, look-alikes to their letters, no trailing dot) when its syntax is valid.
pub(crate) fn check(ctx: &mut Ctx, text: &Text, path: &[&str], kind: EmailKind) -> Option<String> {
    let raw = ctx.text(text, path, true, limits::EMAIL)?;
    let Some((local, domain)) = parse(&raw) else {
        ctx.push(Issue::error(IssueCode::EmailFormat).at(path).param("example", "gena@contoso.com"));
        return None;
    };
    // Every domain rule sees the domain mapped as mail software maps it (UTS #46): `ｇｍａｉｌ.com` is gmail.com.
    let domain = normalize_host(domain);
    let normalized = format!("{local}@{domain}");
    if kind == EmailKind::PrimaryContact {
        if let Some(found) = webmail_domain(&domain, &ctx.options.blocked_domains.0) {
            ctx.push(
                Issue::error(IssueCode::EmailWebmail)
                    .at(path)
                    .param("domain", domain.as_str())
                    .param("webmailDomain", found),
            );
        }
        if let Some(namespace) = government_domain(&domain) {
            ctx.push(
                Issue::error(IssueCode::GovernmentDomain)
                    .at(path)
                    .param("domain", domain.as_str())
                    .param("namespace", namespace),
            );
        }
        if is_role_account(local) {
            ctx.push(Issue::error(IssueCode::EmailRoleAccount).at(path).param("localPart", local));
        }
        if is_tenant_only(&domain) {
            ctx.push(Issue::warning(IssueCode::EmailTenantOnly).at(path).param("domain", domain.as_str()));
        }
    }
    Some(normalized)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use serde_json::json;

    const PRIMARY: &str = "primaryContact.email";
    const SUPPORT: &str = "support.email";

    #[test]
    fn enr_11_email_syntax_for_every_email_field() {
        for path in [PRIMARY, SUPPORT] {
            for ok in [
                "gena@contoso.fr",
                "gena.dupont@contoso.co.uk",
                "g+news@contoso.fr",
                "o'brien@contoso.ie",
                "jürgen@müller.de",
                "gena@contoso.fr.",
                "a@b-c.de",
                "user@xn--mller-kva.de",
                "ユーザー@例え.jp",
            ] {
                assert!(field_codes(path, json!(ok)).is_empty(), "{path} {ok}");
            }
            let long_local = format!("{}@contoso.fr", "a".repeat(65));
            let long_label = format!("a@{}.fr", "b".repeat(64));
            for bad in [
                "gena",
                "gena@",
                "@contoso.fr",
                "gena@@contoso.fr",
                "ge@na@contoso.fr",
                "gena@contoso",
                "gena@contoso..fr",
                "gena@-contoso.fr",
                "gena@contoso-.fr",
                "gena dupont@contoso.fr",
                ".gena@contoso.fr",
                "gena.@contoso.fr",
                "ge..na@contoso.fr",
                "gena@contoso.123",
                "gena@192.168.0.1",
                "gena@[192.168.0.1]",
                "\"gena\"@contoso.fr",
                "gena@contoso_fr.com",
                long_local.as_str(),
                long_label.as_str(),
            ] {
                assert_eq!(field_codes(path, json!(bad)), ["email_format"], "{path} {bad}");
            }
            let too_long = format!("a@{}.fr", "b.".repeat(126));
            assert_eq!(field_codes(path, json!(too_long)), ["too_long"]);
            assert_eq!(field_codes(path, json!("")), ["required"]);
        }
        assert_eq!(normalized(PRIMARY, json!(" Gena.Dupont@CONTOSO.FR ")), json!("Gena.Dupont@contoso.fr"));
        assert_eq!(normalized(SUPPORT, json!("Support@Contoso.FR.")), json!("Support@contoso.fr"));
        assert_eq!(normalized(SUPPORT, json!("x@MÜLLER.DE")), json!("x@müller.de"));
    }

    #[test]
    fn enr_12_webmail_refused_for_primary_contact_accepted_for_support() {
        for webmail in [
            "gena@gmail.com",
            "GENA@GMAIL.COM",
            "gena@Gmail.Com.",
            "gena+csp@gmail.com",
            "gena@yahoo.fr",
            "gena@mail.yahoo.fr",
            "gena@hotmail.co.uk",
            "gena@live.fr",
            "gena@outlook.com",
            "gena@icloud.com",
            "gena@aol.com",
            "gena@orange.fr",
            "gena@web.de",
            "gena@HOTMAIL.CO.UK.",
            "x@sub.mail.yahoo.fr",
        ] {
            assert_eq!(field_codes(PRIMARY, json!(webmail)), ["email_webmail"], "{webmail}");
            assert!(field_codes(SUPPORT, json!(webmail)).is_empty(), "support {webmail}");
        }
        for company in [
            "gena@contoso.fr",
            "gena@notgmail.com",
            "gena@gmail.com.contoso.fr",
            "gena@yahoo.fr.contoso.com",
            "gena@live.contoso.fr",
        ] {
            assert!(field_codes(PRIMARY, json!(company)).is_empty(), "{company}");
        }
        let issue = validate(&with(base(), PRIMARY, json!("x@Mail.Yahoo.FR."))).issues.remove(0);
        assert_eq!(issue.params.get("domain"), Some(&"mail.yahoo.fr".into()));
        assert_eq!(issue.params.get("webmailDomain"), Some(&"yahoo.fr".into()));
        // The caller's own list.
        let form = with(base(), PRIMARY, json!("gena@ops.Fabrikam.com"));
        for blocked in [json!(["fabrikam.com"]), json!(["@Fabrikam.COM."]), json!([" .fabrikam.com"])] {
            let result = validate_with(&form, json!({ "blockedDomains": blocked }));
            assert_eq!(codes_at(&result, PRIMARY), ["email_webmail"], "{blocked}");
        }
        assert!(validate_with(&form, json!({ "blockedDomains": "fabrikam.com" })).issues.len() <= 1);
        assert!(validate_with(
            &with(base(), SUPPORT, json!("x@fabrikam.com")),
            json!({ "blockedDomains": ["fabrikam.com"] })
        )
        .issues
        .is_empty());
    }

    #[test]
    fn enr_12_unicode_look_alikes_are_mapped_before_every_domain_rule() {
        // Issue 16 item 1: mail software maps domains with UTS #46; so does every domain rule here.
        for (address, stored) in [
            ("gena@ｇｍａｉｌ.com", "gena@gmail.com"),
            ("gena@ＧＭＡＩＬ.ＣＯＭ", "gena@gmail.com"),
            ("gena@gmail.ｃｏｍ", "gena@gmail.com"),
            ("gena@𝐠𝐦𝐚𝐢𝐥.com", "gena@gmail.com"),
            ("gena@ⓖⓜⓐⓘⓛ.com", "gena@gmail.com"),
            ("gena@g\u{34F}mail.com", "gena@gmail.com"),
            ("gena@ℌotmail.com", "gena@hotmail.com"),
            ("gena@outlooｋ.com", "gena@outlook.com"),
            ("gena@ｙａｈｏｏ.ｆｒ", "gena@yahoo.fr"),
            ("gena@gmail\u{3002}com", "gena@gmail.com"),
            ("gena@g\u{200B}mail.com", "gena@gmail.com"),
        ] {
            assert_eq!(field_codes(PRIMARY, json!(address)), ["email_webmail"], "{address}");
            assert_eq!(normalized(SUPPORT, json!(address)), json!(stored), "stored value of {address}");
        }
        let form = with(base(), PRIMARY, json!("gena@ｆａｂｒｉｋａｍ.com"));
        for blocked in [json!(["fabrikam.com"]), json!(["ＦＡＢＲＩＫＡＭ.com"])] {
            assert_eq!(
                codes_at(&validate_with(&form, json!({ "blockedDomains": blocked })), PRIMARY),
                ["email_webmail"],
                "{blocked}"
            );
        }
        assert_eq!(
            field_codes(PRIMARY, json!("gena@ｉｎｔｅｒｉｅｕｒ.ｇｏｕｖ.ｆｒ")),
            ["government_domain"]
        );
        assert_eq!(field_codes(PRIMARY, json!("ｉｎｆｏ@contoso.fr")), ["email_role_account"]);
        // The website's host is checked mapped (a look-alike host is a host) and stored as sent (ENR-16).
        assert!(field_codes("support.website", json!("ｗｗｗ.ｃｏｎｔｏｓｏ.ｃｏｍ")).is_empty());
        assert_eq!(
            normalized("support.website", json!("ｗｗｗ.ｃｏｎｔｏｓｏ.ｃｏｍ")),
            json!("ｗｗｗ.ｃｏｎｔｏｓｏ.ｃｏｍ")
        );
        assert_eq!(
            normalized("workAccount.domain", json!("ＣＯＮＴＯＳＯ.onmicrosoft.com")),
            json!("contoso.onmicrosoft.com")
        );
    }

    #[test]
    fn enr_12_every_listed_domain_is_refused() {
        let mut count = 0;
        for domain in domains::WEBMAIL.split('\n') {
            assert_eq!(webmail_domain(&domain.to_uppercase(), &[]).as_deref(), Some(domain));
            // Under a public suffix (`web.id`) a company's own domain: see domains.rs.
            let under =
                if domains::WEBMAIL_SUFFIXES.split('\n').any(|s| s == domain) { None } else { Some(domain) };
            assert_eq!(webmail_domain(&format!("mx.{domain}."), &[]).as_deref(), under);
            count += 1;
        }
        assert!(count >= 300);
        assert_eq!(webmail_domain("contoso.fr", &[]), None);
    }

    #[test]
    fn enr_12_government_domain_refused_for_primary_contact_and_work_account() {
        // Source: kvamseek/partner-center, mpn-create-a-partner-center-account.md: the program "doesn't
        // support enrollment with a government domain"; namespaces from the Public Suffix List (data/government-domains.txt).
        for gov in [
            "gena@interieur.gouv.fr",
            "gena@NASA.GOV",
            "gena@hmrc.gov.uk",
            "gena@sat.gob.mx",
            "gena@bmf.gv.at",
            "gena@ird.govt.nz",
            "gena@army.mil",
        ] {
            assert_eq!(field_codes(PRIMARY, json!(gov)), ["government_domain"], "{gov}");
            assert!(field_codes(SUPPORT, json!(gov)).is_empty(), "support {gov}");
        }
        let issue = validate(&with(base(), PRIMARY, json!("gena@mairie.Paris.Gouv.FR"))).issues.remove(0);
        assert_eq!(issue.params.get("domain"), Some(&"mairie.paris.gouv.fr".into()));
        assert_eq!(issue.params.get("namespace"), Some(&"gouv.fr".into()));
        for company in ["gena@gov.contoso.com", "gena@comune.go.it", "gena@govtech.fr"] {
            assert!(field_codes(PRIMARY, json!(company)).is_empty(), "{company}");
        }
        assert_eq!(field_codes("workAccount.domain", json!("agency.gov")), ["government_domain"]);
        assert!(field_codes("workAccount.domain", json!("agency.onmicrosoft.com")).is_empty());
    }

    #[test]
    fn enr_13_role_mailboxes_refused() {
        // Source: kvamseek/partner-center, mpn-create-a-partner-center-account.md: "can't contain words like
        // 'info,' 'admin,' 'email@,' or 'marketing@'" — a word anywhere in the local part.
        for role in [
            "info@contoso.fr",
            "INFO@contoso.fr",
            "admin.fr@contoso.fr",
            "admin@contoso.fr",
            "email@contoso.fr",
            "marketing@contoso.fr",
            "info+csp@contoso.fr",
            "marketing-team@contoso.fr",
            "info_fr@contoso.fr",
            "Admin.IT@contoso.fr",
            "it-admin@contoso.fr",
            "sales.info@contoso.fr",
            "gena.info@contoso.fr",
            "gena+info@contoso.fr",
            "info2@contoso.fr",
            "team.email@contoso.fr",
            "fr-marketing@contoso.fr",
            "IT_Admin@contoso.fr",
        ] {
            assert_eq!(field_codes(PRIMARY, json!(role)), ["email_role_account"], "{role}");
            assert!(field_codes(SUPPORT, json!(role)).is_empty(), "support {role}");
        }
        for person in [
            "informatique@contoso.fr",
            "administration.gena@contoso.fr",
            "emailing@contoso.fr",
            "marketingfr@contoso.fr",
            "badminton@contoso.fr",
            "adminton@contoso.fr",
            "gena.dupont@contoso.fr",
            "reinfo@contoso.fr",
        ] {
            assert!(field_codes(PRIMARY, json!(person)).is_empty(), "{person}");
        }
        assert_eq!(field_codes(PRIMARY, json!("info@gmail.com")), ["email_webmail", "email_role_account"]);
    }

    #[test]
    fn enr_14_tenant_only_address_warns() {
        let result = validate(&with(base(), PRIMARY, json!("jsmith@TestCompany.onmicrosoft.com")));
        assert!(result.ok);
        assert_eq!(codes_at(&result, PRIMARY), ["email_tenant_only"]);
        assert_eq!(result.issues[0].severity, crate::Severity::Warning);
        assert!(field_codes(SUPPORT, json!("jsmith@testcompany.onmicrosoft.com")).is_empty());
        assert!(field_codes(PRIMARY, json!("jsmith@onmicrosoft.com.contoso.fr")).is_empty());
    }
}
