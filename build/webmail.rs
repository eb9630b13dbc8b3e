//! `data/webmail-domains.txt` → `webmail.rs`: the consumer web-mail domains refused for the primary
//! contact (ENR-12), lower-cased, sorted and packed into one string with an offset table (binary search).

use crate::util::{lit, read_data, write_generated};
use std::fmt::Write as _;
use std::path::Path;

pub fn generate(out: &Path) {
    let text = read_data("webmail-domains.txt");
    let mut domains: Vec<String> = text
        .lines()
        .map(|l| l.trim().trim_end_matches('.').to_lowercase())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    for d in &domains {
        assert!(
            d.contains('.') && d.split('.').all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')),
            "webmail-domains.txt: bad domain {d}"
        );
    }
    domains.sort();
    domains.dedup();
    assert!(domains.len() >= 300, "webmail-domains.txt: expected about 301 domains, got {}", domains.len());

    let packed = domains.join("\n");
    assert!(packed.len() < usize::from(u16::MAX), "webmail table too large for u16 offsets");
    let mut starts = Vec::with_capacity(domains.len());
    let mut at = 0usize;
    for d in &domains {
        starts.push(at);
        at += d.len() + 1;
    }
    let mut body = String::new();
    let _ = writeln!(body, "/// {} web-mail domains, sorted, separated by `\\n`.", domains.len());
    let _ = writeln!(body, "pub(crate) static WEBMAIL: &str = {};", lit(&packed));
    let _ = writeln!(body, "/// Start of each domain in [`WEBMAIL`].");
    let _ = write!(body, "pub(crate) static WEBMAIL_STARTS: &[u16] = &[");
    for s in starts {
        let _ = write!(body, "{s},");
    }
    let _ = writeln!(body, "];");
    write_generated(out, "webmail.rs", "webmail-domains.txt", &body);
}
