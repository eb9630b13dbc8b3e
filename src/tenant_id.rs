//! Microsoft Entra tenant IDs (SPEC AUD-5): GUIDs `8-4-4-4-12` in hexadecimal, case-insensitive,
//! optionally in braces (`{…}`, as .NET and the registry write them), stored lower-case and
//! hyphenated. The nil GUID (all zeros) names no tenant and is refused.

use crate::enrollment::Validation;
use crate::input::{Options, Text};
use crate::issue::{Issue, IssueCode};
use crate::locale::Locale;

/// The example shown in messages (a tenant ID from the Partner Center documentation).
pub const EXAMPLE: &str = "a2898e3a-06ca-454e-a0d0-c73b0ee36bba";

/// A tenant ID as 16 bytes: compact, and the key used to find duplicates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TenantId(pub u128);

impl TenantId {
    /// Parses `8-4-4-4-12` hex digits, any case, surrounding white space and one pair of braces allowed.
    /// `None` for anything else and for the nil GUID. Linear in the input, never more than 40 bytes read.
    pub fn parse(input: &str) -> Option<TenantId> {
        let s = input.trim();
        let s = match s.strip_prefix('{') {
            Some(inner) => inner.strip_suffix('}')?.trim(),
            None => s,
        };
        let bytes = s.as_bytes();
        if bytes.len() != 36 {
            return None;
        }
        let mut value: u128 = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if matches!(i, 8 | 13 | 18 | 23) {
                if b != b'-' {
                    return None;
                }
                continue;
            }
            let digit = char::from(b).to_digit(16)?;
            value = (value << 4) | u128::from(digit);
        }
        (value != 0).then_some(TenantId(value))
    }

    /// The stored form: lower-case, hyphenated (`a2898e3a-06ca-454e-a0d0-c73b0ee36bba`).
    pub fn to_canonical(self) -> String {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::with_capacity(36);
        for i in 0..32u32 {
            if matches!(i, 8 | 12 | 16 | 20) {
                out.push('-');
            }
            let nibble = (self.0 >> (124 - 4 * i)) & 0xF;
            out.push(char::from(HEX.get(usize::try_from(nibble).unwrap_or(0)).copied().unwrap_or(b'0')));
        }
        out
    }
}

impl std::fmt::Display for TenantId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_canonical())
    }
}

/// The normalized tenant ID, or `None` when `input` is not one (AUD-5).
pub fn normalize_tenant_id(input: &str) -> Option<String> {
    TenantId::parse(input).map(TenantId::to_canonical)
}

/// At most this many characters of a refused value are echoed in an issue's `value` param.
const ECHO_MAX: usize = 64;

/// A refused value as shown back to the user: trimmed, at most [`ECHO_MAX`] characters.
pub(crate) fn echo(value: &str) -> String {
    let value = value.trim();
    match value.char_indices().nth(ECHO_MAX) {
        Some((cut, _)) => format!("{}…", value.get(..cut).unwrap_or("")),
        None => value.to_owned(),
    }
}

/// `tenant_id_format` at `path`, with the refused value and the example.
pub(crate) fn format_issue(
    value: &str,
    path: Vec<crate::issue::PathSegment>,
    severity_error: bool,
) -> crate::issue::IssueBuilder {
    let builder = if severity_error {
        Issue::error(IssueCode::TenantIdFormat)
    } else {
        Issue::warning(IssueCode::TenantIdFormat)
    };
    builder.at_path(path).param("value", echo(value)).param("example", EXAMPLE)
}

/// Reads a tenant-ID field: `Ok(Some(normalized))`, `Ok(None)` when absent or blank, or the issue
/// that refuses it (`invalid_type`, `input_too_large`, `tenant_id_format`).
pub(crate) fn read(text: &Text, path: &[&str], locale: Locale) -> Result<Option<String>, Issue> {
    match text.read(path, locale)? {
        None => Ok(None),
        Some(value) => match normalize_tenant_id(&value) {
            Some(id) => Ok(Some(id)),
            None => Err(format_issue(&value, path.iter().map(|k| (*k).into()).collect(), true).build(locale)),
        },
    }
}

/// AUD-5 as a field check (`validateTenantId`): `value` is the normalized tenant ID, or `null` when
/// the input is missing or refused.
pub fn validate_tenant_id(value: &Text, options: &Options) -> Validation<Option<String>> {
    let locale = options.locale();
    let mut issues = Vec::new();
    let normalized = match read(value, &[], locale) {
        Ok(Some(id)) => Some(id),
        Ok(None) => {
            issues.push(Issue::error(IssueCode::Required).build(locale));
            None
        }
        Err(issue) => {
            issues.push(issue);
            None
        }
    };
    Validation { ok: issues.is_empty(), issues, value: normalized }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aud_5_tenant_id_normalized_to_lower_case_hyphenated() {
        assert_eq!(normalize_tenant_id("a2898e3a-06ca-454e-a0d0-c73b0ee36bba").as_deref(), Some(EXAMPLE));
        assert_eq!(normalize_tenant_id("A2898E3A-06CA-454E-A0D0-C73B0EE36BBA").as_deref(), Some(EXAMPLE));
        assert_eq!(normalize_tenant_id("{A2898E3A-06CA-454E-A0D0-C73B0EE36BBA}").as_deref(), Some(EXAMPLE));
        assert_eq!(
            normalize_tenant_id("  { a2898e3a-06ca-454e-a0d0-c73b0ee36bba }\t").as_deref(),
            Some(EXAMPLE)
        );
        assert_eq!(
            normalize_tenant_id("12345678-ACBD-1234-ABCD-123456789ABC").as_deref(),
            Some("12345678-acbd-1234-abcd-123456789abc")
        );
        assert_eq!(
            normalize_tenant_id("00000000-0000-0000-0000-000000000001").as_deref(),
            Some("00000000-0000-0000-0000-000000000001")
        );
    }

    #[test]
    fn aud_5_tenant_id_refuses_other_shapes_and_nil() {
        for bad in [
            "",
            "00000000-0000-0000-0000-000000000000",
            "{00000000-0000-0000-0000-000000000000}",
            "a2898e3a06ca454ea0d0c73b0ee36bba",
            "a2898e3a-06ca-454e-a0d0-c73b0ee36bb",
            "a2898e3a-06ca-454e-a0d0-c73b0ee36bbaa",
            "a2898e3a-06ca-454e-a0d0_c73b0ee36bba",
            "g2898e3a-06ca-454e-a0d0-c73b0ee36bba",
            "{a2898e3a-06ca-454e-a0d0-c73b0ee36bba",
            "a2898e3a-06ca-454e-a0d0-c73b0ee36bba}",
            "{{a2898e3a-06ca-454e-a0d0-c73b0ee36bba}}",
            "a2898e3a-06ca-454e-a0d0-c73b0ee36bé",
            "+2898e3a-06ca-454e-a0d0-c73b0ee36bba",
            "a2898e3a--6ca-454e-a0d0-c73b0ee36bba",
        ] {
            assert_eq!(normalize_tenant_id(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn aud_5_validate_tenant_id_issues() {
        let r = validate_tenant_id(&"{A2898E3A-06CA-454E-A0D0-C73B0EE36BBA}".into(), &Options::default());
        assert!(r.ok);
        assert_eq!(r.value.as_deref(), Some(EXAMPLE));
        let r = validate_tenant_id(&"contoso".into(), &Options::with_locale("fr"));
        assert!(!r.ok);
        assert_eq!(r.issues[0].code, IssueCode::TenantIdFormat);
        assert_eq!(r.issues[0].params["value"], "contoso".into());
        assert!(r.issues[0].message.contains(EXAMPLE), "{}", r.issues[0].message);
        let r = validate_tenant_id(&Text::Missing, &Options::default());
        assert_eq!(r.issues[0].code, IssueCode::Required);
        assert_eq!(echo(&"x".repeat(100)).chars().count(), ECHO_MAX + 1);
    }
}
