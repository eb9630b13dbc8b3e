//! Tax and registration IDs of the company (ENR-18 VAT, ENR-19 registration ID), from `data/tax-ids.tsv`.
//!
//! VAT shapes are derived from the source's examples at build time (see `build/tax_ids.rs`): `#` a
//! digit, `@` a letter, `%` a letter other than I and Q, anything else itself. The input is compared
//! upper-cased without spaces, dots and hyphens, with or without one of the country's prefixes
//! (`FR`, `EL`/`GR`), and stored that way.
//!
//! Registration IDs with a known structure are checked by the algorithm their data names: a BR
//! "CNPJ" (14 characters, two mod-11 check digits; the alphanumeric CNPJ of 2026, letters in the
//! first 12 characters, is accepted), an IN "PAN" (AAAAA9999A, the 4th letter the holder's type; no
//! check digit) — or, in India, a GSTIN (15 characters embedding the PAN, with a mod-36 check character).

use super::{limits, Ctx};
use crate::input::Text;
use crate::issue::{Issue, IssueCode};
use crate::markets::MarketRecord;

/// One country's VAT-number shapes.
pub(crate) struct VatRecord {
    pub country: &'static str,
    /// Accepted prefixes, space-separated (`"EL GR"`).
    pub prefixes: &'static str,
    /// Shapes without prefix, `|`-separated.
    pub shapes: &'static str,
    /// An example with its prefix (`ATU12345678`).
    pub example: &'static str,
}

/// A country's registration ID.
pub(crate) struct RegistrationRecord {
    pub country: &'static str,
    /// The ID's name in the source ("CNPJ", "Tax ID or PAN").
    pub id_name: &'static str,
    /// Required for partners of that country.
    pub required: bool,
}

include!(concat!(env!("OUT_DIR"), "/tax_ids.rs"));

pub(crate) fn vat_record(country: &str) -> Option<&'static VatRecord> {
    VAT.binary_search_by(|r| r.country.cmp(country)).ok().and_then(|i| VAT.get(i))
}

pub(crate) fn registration_record(country: &str) -> Option<&'static RegistrationRecord> {
    REGISTRATION.binary_search_by(|r| r.country.cmp(country)).ok().and_then(|i| REGISTRATION.get(i))
}

/// The EU member states, from the data (see `build/tax_ids.rs`).
pub(crate) fn is_eu(country: &str) -> bool {
    EU.split(' ').any(|c| c == country)
}

/// Upper case without spaces, dots, hyphens and slashes.
fn compact(input: &str) -> String {
    input.chars().filter(|c| !matches!(c, ' ' | '.' | '-' | '/')).flat_map(crate::case::upper).collect()
}

fn fits(value: &str, shape: &str) -> bool {
    value.chars().count() == shape.chars().count()
        && value.chars().zip(shape.chars()).all(|(v, s)| match s {
            '#' => v.is_ascii_digit(),
            '@' => v.is_ascii_uppercase(),
            '%' => v.is_ascii_uppercase() && v != 'I' && v != 'Q',
            other => v == other,
        })
}

/// ENR-18: the VAT number as stored when it fits the country's format.
pub(crate) fn normalize_vat(record: &VatRecord, input: &str) -> Option<String> {
    let value = compact(input);
    let bodies = std::iter::once(value.as_str())
        .chain(record.prefixes.split(' ').filter_map(|p| value.strip_prefix(p)));
    let mut candidates = bodies;
    candidates.any(|body| record.shapes.split('|').any(|shape| fits(body, shape))).then_some(value)
}

/// Value of a CNPJ character for the check digits: its code minus 48 ('0' → 0, 'A' → 17).
fn cnpj_value(c: char) -> u32 {
    (c as u32).saturating_sub(48)
}

/// BR CNPJ: 12 characters (digits, or upper-case letters since July 2026) and 2 mod-11 check digits.
pub(crate) fn is_cnpj(value: &str) -> bool {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() != 14 {
        return false;
    }
    let (body, check) = chars.split_at(12);
    if !body.iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        || !check.iter().all(char::is_ascii_digit)
    {
        return false;
    }
    if chars.iter().all(|c| Some(c) == chars.first()) {
        return false; // 00000000000000 and the like pass the arithmetic but are not numbers
    }
    let digit = |part: &[char]| -> u32 {
        let weights = [6u32, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        let offset = weights.len() - part.len();
        let sum: u32 = part.iter().zip(weights.iter().skip(offset)).map(|(c, w)| cnpj_value(*c) * w).sum();
        match sum % 11 {
            0 | 1 => 0,
            r => 11 - r,
        }
    };
    let first = digit(body);
    let with_first: Vec<char> = body.iter().copied().chain(char::from_digit(first, 10)).collect();
    let second = digit(&with_first);
    check.first().and_then(|c| c.to_digit(10)) == Some(first)
        && check.get(1).and_then(|c| c.to_digit(10)) == Some(second)
}

/// IN PAN: five letters, four digits, a letter; the 4th letter is the holder's type (P person, C
/// company, H Hindu undivided family, F firm, A association of persons, T trust, B body of
/// individuals, L local authority, J artificial juridical person, G government, E limited liability partnership).
pub(crate) fn is_pan(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10
        && b.iter().take(5).all(u8::is_ascii_uppercase)
        && b.iter().skip(5).take(4).all(u8::is_ascii_digit)
        && b.get(9).is_some_and(u8::is_ascii_uppercase)
        && b.get(3).is_some_and(|t| b"PCHFATBLJGE".contains(t))
}

/// IN GSTIN: 2-digit state code, the PAN, an entity number, `Z`, a mod-36 check character.
pub(crate) fn is_gstin(value: &str) -> bool {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let b = value.as_bytes();
    if b.len() != 15 || !b.iter().take(2).all(u8::is_ascii_digit) || !value.get(2..12).is_some_and(is_pan) {
        return false;
    }
    let mut sum = 0u32;
    for (i, c) in b.iter().take(14).enumerate() {
        let Some(v) = ALPHABET.iter().position(|a| a == c) else { return false };
        let product = u32::try_from(v).unwrap_or(0) * if i % 2 == 0 { 1 } else { 2 };
        sum += product / 36 + product % 36;
    }
    let check = usize::try_from((36 - sum % 36) % 36).unwrap_or(0);
    ALPHABET.get(check) == b.get(14)
}

/// ENR-18: `company.vatId`, optional; its format in the VAT countries of the data, as guidance only:
/// a mismatch is a warning (`vat_id_format`), never an error — Partner Center's table "is provided only
/// as guidance" (`vat-info.md`) and the number is checked against VIES, not a pattern. A warning when
/// missing in an EU country (submit mode only).
pub(crate) fn check_vat(
    ctx: &mut Ctx,
    text: &Text,
    path: &[&str],
    market: Option<&'static MarketRecord>,
) -> Option<String> {
    let missing = matches!(text.read(path, ctx.locale), Ok(None));
    let raw = ctx.text(text, path, false, limits::TAX_ID);
    let market = market?;
    if missing {
        // REF-6: `isVatIdRecommended` of the rules (EU countries; off where Partner Center says VAT is not supported).
        let recommended = ctx.rules.as_ref().map_or(is_eu(market.country), |r| r.rules.is_vat_id_recommended);
        if !ctx.draft && recommended {
            ctx.push(
                Issue::warning(IssueCode::VatIdRecommended)
                    .at(path)
                    .param("countryName", crate::names::market(market, ctx.locale)),
            );
        }
        return None;
    }
    let raw = raw?;
    let Some(record) = vat_record(market.country) else { return Some(raw) };
    let value = normalize_vat(record, &raw);
    if value.is_none() {
        ctx.push(
            Issue::warning(IssueCode::VatIdFormat)
                .at(path)
                .param("countryName", crate::names::market(market, ctx.locale))
                .param("example", record.example),
        );
    }
    value
}

/// ENR-19: `company.registrationId`: required in the countries of the data that require it; checked
/// for format and check digits where the ID has them (CNPJ, PAN/GSTIN).
pub(crate) fn check_registration(
    ctx: &mut Ctx,
    text: &Text,
    path: &[&str],
    market: Option<&'static MarketRecord>,
) -> Option<String> {
    let missing = matches!(text.read(path, ctx.locale), Ok(None));
    let raw = ctx.text(text, path, false, limits::TAX_ID);
    let market = market?;
    let record = registration_record(market.country);
    if missing {
        // REF-6: required when the rules say a tax ID is supported and not optional (the data's list by default).
        let required = ctx.rules.as_ref().map_or(record.is_some_and(|r| r.required), |r| {
            r.rules.is_tax_id_supported && !r.rules.is_tax_id_optional
        });
        if required && !ctx.draft {
            let id_name = record.map_or("Tax ID", |r| r.id_name);
            ctx.push(
                Issue::error(IssueCode::RegistrationIdRequired)
                    .at(path)
                    .param("idName", id_name)
                    .param("countryName", crate::names::market(market, ctx.locale)),
            );
        }
        return None;
    }
    let raw = raw?;
    let Some(record) = record else { return Some(raw) };
    let value = compact(&raw);
    let (valid, id_name, example) = if record.id_name.contains("CNPJ") {
        (is_cnpj(&value), "CNPJ", "11.222.333/0001-81")
    } else if record.id_name.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w == "PAN") {
        (is_pan(&value) || is_gstin(&value), "PAN", "AAAPZ1234C")
    } else {
        return Some(raw);
    };
    if valid {
        Some(value)
    } else {
        ctx.push(
            Issue::error(IssueCode::RegistrationIdFormat)
                .at(path)
                .param("idName", id_name)
                .param("example", example),
        );
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use serde_json::{json, Value};

    const VAT_PATH: &str = "company.vatId";
    const REG_PATH: &str = "company.registrationId";

    fn in_country(country: &str, path: &str, value: Value) -> Vec<String> {
        let form = with(
            with(with(base(), "country", json!(country)), "address.country", Value::Null),
            "partnerId.country",
            json!(country),
        );
        codes_at(&validate(&with(form, path, value)), path)
    }

    #[test]
    fn enr_18_every_example_of_the_data_validates_with_and_without_prefix() {
        for record in VAT {
            for shape in record.shapes.split('|') {
                // An example of the shape: digits 1…, letters X (K where X is excluded).
                let body: String = shape
                    .chars()
                    .enumerate()
                    .map(|(i, c)| match c {
                        '#' => char::from_digit(u32::try_from(i).unwrap() % 10, 10).unwrap(),
                        '@' | '%' => 'K',
                        other => other,
                    })
                    .collect();
                for prefix in std::iter::once("").chain(record.prefixes.split(' ')) {
                    let input = format!("{prefix}{body}");
                    assert!(
                        in_country(record.country, VAT_PATH, json!(input)).is_empty(),
                        "{} {input}",
                        record.country
                    );
                }
            }
            assert!(normalize_vat(record, record.example).is_some(), "{}", record.example);
        }
        assert_eq!(VAT.len(), 28, "27 EU countries and GB");
    }

    #[test]
    fn enr_18_vat_format_per_country() {
        for (country, ok) in [
            ("FR", "FR 12 345678901"),
            ("FR", "fr12345678901"),
            ("FR", "XX123456789"),
            ("FR", "12345678901"),
            ("DE", "DE123456789"),
            ("DE", "123456789"),
            ("AT", "ATU12345678"),
            ("AT", "U12345678"),
            ("GR", "EL123456789"),
            ("GR", "GR123456789"),
            ("GR", "123456789"),
            ("NL", "NL123456789B01"),
            ("SE", "SE123456789001"),
            ("BE", "BE 0123.456.789"),
            ("ES", "ESX1234567X"),
            ("IE", "IE1234567X"),
            ("GB", "GB123456789"),
            // Current formats the source's table lacks (vat-info.md is "provided only as guidance"): Ireland 7 digits +
            // 2 letters since 2013, Northern Ireland XI, UK government departments and health authorities, Cyprus
            // 8 digits + 1 letter, Romania 2 to 10 digits.
            ("IE", "IE1234567FA"),
            ("IE", "1234567WI"),
            ("GB", "XI123456789"),
            ("GB", "XI 123 4567 89 001"),
            ("GB", "GBGD001"),
            ("GB", "XIHA500"),
            ("CY", "CY12345678L"),
            ("CY", "12345678X"),
            ("RO", "RO18547290"),
            ("RO", "RO12"),
        ] {
            assert!(in_country(country, VAT_PATH, json!(ok)).is_empty(), "{country} {ok}");
        }
        for (country, bad) in [
            ("FR", "FR1234567890"),
            ("FR", "FRI1123456789"),
            ("FR", "IQ123456789"),
            ("DE", "DE12345678"),
            ("DE", "FR123456789"),
            ("AT", "AT12345678"),
            ("GR", "EL12345678"),
            ("NL", "NL123456789C01"),
            ("SE", "SE123456789002"),
            ("IT", "IT1234567890"),
            ("IE", "IE1234567FAB"),
            ("CY", "CY123456789"),
            ("GB", "GBXX001"),
            ("RO", "RO1"),
        ] {
            assert_eq!(in_country(country, VAT_PATH, json!(bad)), ["vat_id_format"], "{country} {bad}");
            // Guidance only: a mismatch warns, it never blocks, and the number is kept as typed.
            let result = validate(&with(
                with(with(base(), "country", json!(country)), "address.country", Value::Null),
                VAT_PATH,
                json!(bad),
            ));
            let issue = result.issues.iter().find(|i| i.code == IssueCode::VatIdFormat).unwrap();
            assert_eq!(issue.severity, crate::Severity::Warning, "{country} {bad}");
        }
        assert!(validate(&with(base(), VAT_PATH, json!("FR123"))).ok, "a VAT format mismatch never blocks");
        assert_eq!(normalized(VAT_PATH, json!("FR123")), json!("FR123"));
        let issue = validate(&with(base(), VAT_PATH, json!("12"))).issues.remove(0);
        assert_eq!(issue.params.get("countryName"), Some(&"France".into()));
        assert_eq!(issue.params.get("example"), Some(&"FR12345678901".into()));
        assert_eq!(normalized(VAT_PATH, json!("fr 12-345.678.901")), json!("FR12345678901"));
        // No documented format (ZA, TR) or no VAT row (US): anything is kept.
        assert!(in_country("ZA", VAT_PATH, json!("4123456789")).is_empty());
        assert!(in_country("US", VAT_PATH, json!("anything")).is_empty());
    }

    #[test]
    fn enr_18_vat_recommended_in_the_eu() {
        for eu in EU.split(' ') {
            assert_eq!(in_country(eu, VAT_PATH, Value::Null), ["vat_id_recommended"], "{eu}");
        }
        assert_eq!(EU.split(' ').count(), 27);
        for outside in ["GB", "US", "CH", "NO", "ZA"] {
            assert!(in_country(outside, VAT_PATH, Value::Null).is_empty(), "{outside}");
        }
        let result = validate(&with(base(), VAT_PATH, Value::Null));
        assert!(result.ok);
        assert_eq!(result.issues[0].severity, crate::Severity::Warning);
        assert!(validate_with(&with(base(), VAT_PATH, Value::Null), json!({"mode": "draft"}))
            .issues
            .is_empty());
    }

    #[test]
    fn enr_19_registration_id_required_where_the_data_says() {
        let required: Vec<&str> = REGISTRATION.iter().filter(|r| r.required).map(|r| r.country).collect();
        for market in crate::markets::markets(crate::Locale::En) {
            let expected: &[&str] =
                if required.contains(&market.country) { &["registration_id_required"] } else { &[] };
            assert_eq!(in_country(market.country, REG_PATH, Value::Null), expected, "{}", market.country);
        }
        for country in ["BR", "IN", "PL", "TR", "AE", "ZA", "VN"] {
            assert!(required.contains(&country));
        }
        assert!(!required.contains(&"US") && !required.contains(&"CN") && !required.contains(&"FR"));
        let form = with(with(base(), "country", json!("BR")), "address.country", Value::Null);
        let issue = validate(&with(form, REG_PATH, Value::Null))
            .issues
            .into_iter()
            .find(|i| i.code == IssueCode::RegistrationIdRequired)
            .unwrap();
        assert_eq!(issue.params.get("idName"), Some(&"CNPJ".into()));
        assert_eq!(issue.params.get("countryName"), Some(&"Brazil".into()));
        // Elsewhere any value is kept as typed.
        assert!(in_country("PL", REG_PATH, json!("123-456-32-18")).is_empty());
    }

    #[test]
    fn enr_19_cnpj_check_digits() {
        for ok in ["11.222.333/0001-81", "11222333000181", "33.000.167/0001-01", "12ABC34501DE35"] {
            assert!(in_country("BR", REG_PATH, json!(ok)).is_empty(), "{ok}");
        }
        for bad in [
            "11.222.333/0001-80",
            "11.222.333/0001-18",
            "1122233300018",
            "00.000.000/0000-00",
            "11.111.111/1111-11",
            "AB.CDE.FGH/IJKL-MN",
            "12ABC34501DE36",
        ] {
            assert_eq!(in_country("BR", REG_PATH, json!(bad)), ["registration_id_format"], "{bad}");
        }
    }

    #[test]
    fn enr_19_pan_and_gstin() {
        for ok in ["AAAPZ1234C", "aaapz1234c", "AAAFL1234Q", "27AAPFU0939F1ZV"] {
            assert!(in_country("IN", REG_PATH, json!(ok)).is_empty(), "{ok}");
        }
        for bad in
            ["AAAXZ1234C", "AAAP1234C", "AAAPZ12345", "1AAPZ1234C", "27AAPFU0939F1ZW", "27AAXFU0939F1ZV"]
        {
            assert_eq!(in_country("IN", REG_PATH, json!(bad)), ["registration_id_format"], "{bad}");
        }
        assert_eq!(
            normalized(REG_PATH, json!(" aaapz 1234c ")),
            json!("aaapz 1234c"),
            "outside IN it is kept as typed"
        );
    }
}
