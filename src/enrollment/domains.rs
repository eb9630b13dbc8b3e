//! Lists of domains the enrolment refuses (ENR-12): consumer web-mail (and the caller's own list), and
//! government namespaces. Every lookup takes a domain as stored: mapped (see [`super::web::normalize_host`]),
//! lower case, no trailing dot.

mod tables {
    include!(concat!(env!("OUT_DIR"), "/webmail.rs"));
    include!(concat!(env!("OUT_DIR"), "/government.rs"));
}
#[cfg(test)]
pub(crate) use tables::{WEBMAIL, WEBMAIL_SUFFIXES};

/// `true` when `domain` is one of the sorted, `\n`-separated `list` (see `build/webmail.rs`).
fn listed(list: &'static str, starts: &[u16], domain: &str) -> bool {
    let entry = |i: usize| -> &'static str {
        let start = starts.get(i).map_or(list.len(), |s| usize::from(*s));
        let end = starts.get(i + 1).map_or(list.len(), |s| usize::from(*s).saturating_sub(1));
        list.get(start..end).unwrap_or("")
    };
    let (mut low, mut high) = (0usize, starts.len());
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

/// `domain`, then each of its parents (`a.b.fr`, `b.fr`, `fr`).
fn self_and_parents(domain: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(domain), |d| d.split_once('.').map(|(_, rest)| rest))
}

/// ENR-12: the web-mail domain `domain` is, or is under (`mail.yahoo.fr` → `yahoo.fr`). A public suffix
/// at or under a web-mail entry (`web.id`) is a namespace where companies register their own domains:
/// a domain under it is never banned by an entry at or above it (`tokoku.web.id` passes; `web.id` itself
/// is refused). `blocked` is the caller's own list, already normalized: it bans its domains and all under them.
pub(crate) fn webmail_domain(domain: &str, blocked: &[String]) -> Option<String> {
    let mut below_suffix = false;
    self_and_parents(domain).find_map(|suffix| {
        if blocked.iter().any(|b| b == suffix) {
            return Some(suffix.to_owned());
        }
        let webmail =
            !below_suffix && suffix.contains('.') && listed(tables::WEBMAIL, tables::WEBMAIL_STARTS, suffix);
        if suffix != domain && listed(tables::WEBMAIL_SUFFIXES, tables::WEBMAIL_SUFFIXES_STARTS, suffix) {
            below_suffix = true;
            return None;
        }
        webmail.then(|| suffix.to_owned())
    })
}

/// The government namespace `domain` is, or is under (`mairie.paris.gouv.fr` → `gouv.fr`; `army.mil` → `mil`).
pub(crate) fn government_domain(domain: &str) -> Option<&str> {
    self_and_parents(domain).find(|suffix| listed(tables::GOVERNMENT, tables::GOVERNMENT_STARTS, suffix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enr_12_webmail_public_suffix_never_bans_the_domains_under_it() {
        // Source: the Public Suffix List (npm `psl` 1.15.0, data/rules.js) lists `web.id` (Indonesia).
        assert_eq!(webmail_domain("tokoku.web.id", &[]), None);
        assert_eq!(webmail_domain("mail.tokoku.web.id", &[]), None);
        assert_eq!(webmail_domain("web.id", &[]).as_deref(), Some("web.id"));
        assert_eq!(webmail_domain("mail.yahoo.fr", &[]).as_deref(), Some("yahoo.fr"));
        // The caller's own list is taken as given.
        assert_eq!(webmail_domain("tokoku.web.id", &["web.id".into()]).as_deref(), Some("web.id"));
    }

    #[test]
    fn enr_12_government_namespaces() {
        for (domain, ns) in [
            ("interieur.gouv.fr", "gouv.fr"),
            ("gouv.fr", "gouv.fr"),
            ("hmrc.gov.uk", "gov.uk"),
            ("nasa.gov", "gov"),
            ("army.mil", "mil"),
            ("sat.gob.mx", "gob.mx"),
            ("bmf.gv.at", "gv.at"),
            ("ird.govt.nz", "govt.nz"),
            ("soumu.go.jp", "go.jp"),
            ("tbs-sct.gc.ca", "gc.ca"),
            ("a.b.gov.br", "gov.br"),
        ] {
            assert_eq!(government_domain(domain), Some(ns), "{domain}");
        }
        for domain in [
            "contoso.fr",
            "gov.contoso.com",
            "govt.fr",
            "comune.go.it",
            "gouv.contoso.fr",
            "mil.contoso.com",
            "government.com",
        ] {
            assert_eq!(government_domain(domain), None, "{domain}");
        }
    }
}
