//! E-mail addresses (ENR-11…ENR-14): syntax for every e-mail field; for the primary contact, no
//! web-mail, no role mailbox, and a warning for tenant-only `*.onmicrosoft.com` addresses.

use super::web::{is_host_name, normalize_host};
use super::{limits, Ctx};
use crate::input::Text;
use crate::issue::{Issue, IssueCode};

include!(concat!(env!("OUT_DIR"), "/webmail.rs"));

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

/// `true` when `domain` (lower case, no trailing dot) is one of the packed web-mail domains.
fn in_webmail_list(domain: &str) -> bool {
    let entry = |i: usize| -> &'static str {
        let start = WEBMAIL_STARTS.get(i).map_or(WEBMAIL.len(), |s| usize::from(*s));
        let end = WEBMAIL_STARTS.get(i + 1).map_or(WEBMAIL.len(), |s| usize::from(*s).saturating_sub(1));
        WEBMAIL.get(start..end).unwrap_or("")
    };
    let (mut low, mut high) = (0usize, WEBMAIL_STARTS.len());
    while low < high {
        let mid = low + (high - low) / 2;
        match entry(mid).cmp(domain) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
        }
    }
    false
}

/// A caller-given blocked domain as compared: trimmed, lower case, without a leading `@` or `.` and
/// without the trailing dot.
fn normalize_blocked(domain: &str) -> String {
    let d = domain.trim().trim_start_matches('@').trim_start_matches('.');
    normalize_host(d)
}

/// ENR-12: the web-mail domain `domain` is, or is a subdomain of (`mail.yahoo.fr` → `yahoo.fr`).
pub(crate) fn webmail_domain(domain: &str, blocked: &[String]) -> Option<String> {
    let domain = normalize_host(domain);
    let blocked: Vec<String> = blocked.iter().map(|b| normalize_blocked(b)).filter(|b| !b.is_empty()).collect();
    let mut suffix = domain.as_str();
    loop {
        if in_webmail_list(suffix) || blocked.iter().any(|b| b == suffix) {
            return Some(suffix.to_owned());
        }
        match suffix.split_once('.') {
            Some((_, rest)) if rest.contains('.') || blocked.iter().any(|b| b == rest) => suffix = rest,
            _ => return None,
        }
    }
}

/// ENR-13: a role mailbox: the local part before any `+`, whose first word (split on `.`, `-`, `_`)
/// is info, admin, email or marketing (`info@`, `admin.fr@`, `Marketing+news@`; not `informatique@`).
pub(crate) fn is_role_account(local: &str) -> bool {
    let base = local.split('+').next().unwrap_or(local);
    let first = base.split(['.', '-', '_']).next().unwrap_or(base).to_lowercase();
    ROLE_WORDS.contains(&first.as_str())
}

/// ENR-14: an address of a `*.onmicrosoft.com` tenant domain.
pub(crate) fn is_tenant_only(domain: &str) -> bool {
    normalize_host(domain).strip_suffix(".onmicrosoft.com").is_some_and(|prefix| !prefix.is_empty())
}

/// Checks an e-mail field; returns the address as stored (domain lower case, no trailing dot) when
/// its syntax is valid.
pub(crate) fn check(ctx: &mut Ctx, text: &Text, path: &[&str], kind: EmailKind) -> Option<String> {
    let raw = ctx.text(text, path, true, limits::EMAIL)?;
    let Some((local, domain)) = parse(&raw) else {
        ctx.push(Issue::error(IssueCode::EmailFormat).at(path).param("example", "gena@contoso.com"));
        return None;
    };
    let normalized = format!("{local}@{}", normalize_host(domain));
    if kind == EmailKind::PrimaryContact {
        if let Some(found) = webmail_domain(domain, &ctx.options.blocked_domains.0) {
            ctx.push(Issue::error(IssueCode::EmailWebmail).at(path).param("domain", normalize_host(domain)).param("webmailDomain", found));
        }
        if is_role_account(local) {
            ctx.push(Issue::error(IssueCode::EmailRoleAccount).at(path).param("localPart", local));
        }
        if is_tenant_only(domain) {
            ctx.push(Issue::warning(IssueCode::EmailTenantOnly).at(path).param("domain", normalize_host(domain)));
        }
    }
    Some(normalized)
}
