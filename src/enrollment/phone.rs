//! Phone numbers (ENR-15, and `support.phone` required by ENR-16).
//!
//! A phone is digits with an optional leading `+` and the separators ` - . / ( )`. It is read as:
//! - international — `+CC…` or `00CC…`: the calling code must be the account country's (primary
//!   contact) or any country's (support); the rest is that country's national number;
//! - national — anything else: a number of the account's country.
//!
//! The national significant number must have one of the country's possible lengths and match its
//! pattern (libphonenumber metadata, `data/phone-numbering.tsv`), either as typed or once the
//! country's national (trunk) prefix is removed (`data/phone-national-prefixes.tsv`: `01 23 45 67 89`
//! in France, `+33 (0)1 23 45 67 89`, `1 425 555 0100` in the US, `8 727 …` in Kazakhstan). A number
//! that fits is stored in E.164 (`+33123456789`); one that does not is `phone_format` and kept as typed.
//! The primary contact's phone is required (`phone_required`) in the countries of SPEC ENR-15.

use super::{limits, Ctx};
use crate::country_data::Lookup;
use crate::country_rules::live::PatternRule;
use crate::input::Text;
use crate::issue::{Issue, IssueCode};
use crate::markets::MarketRecord;

mod tables {
    include!(concat!(env!("OUT_DIR"), "/phones.rs"));
}

/// SPEC ENR-15: where the primary contact's phone is required (Partner Center's customer-profile list
/// minus BY and RU, which are not CSP markets).
pub(crate) const PHONE_REQUIRED: [&str; 22] = [
    "AM", "AZ", "BR", "HU", "IN", "IQ", "KG", "KZ", "MD", "MM", "PL", "SA", "SS", "TH", "TJ", "TR", "UA",
    "AE", "UZ", "VE", "VN", "ZA",
];

/// Whose phone: the primary contact's (a `+CC` prefix must be the account country's) or customer
/// support's (any country's calling code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PhoneKind {
    PrimaryContact,
    Support,
}

/// The numbering plan of one country.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Numbering {
    pub country: &'static str,
    pub calling_code: u16,
    lengths: u32,
    /// Where its national prefix is in the packed list (split once, on first use).
    index: usize,
}

impl Numbering {
    fn at(index: usize) -> Option<Numbering> {
        Some(Numbering {
            country: tables::PHONE_COUNTRIES.get(index * 2..index * 2 + 2)?,
            calling_code: *tables::PHONE_CALLING_CODES.get(index)?,
            lengths: *tables::PHONE_LENGTHS.get(index)?,
            index,
        })
    }

    /// The national (trunk) prefix, `""` when the country has none (one per country: test below).
    fn national_prefix(&self) -> &'static str {
        static PREFIXES: crate::packed::Table<&'static str> = crate::packed::Table::new();
        PREFIXES
            .get_or_init(|| tables::PHONE_NATIONAL_PREFIXES.split('|').collect())
            .get(self.index)
            .copied()
            .unwrap_or("")
    }

    /// The numbering of a country, if the data has one.
    pub fn of(country: &str) -> Option<Numbering> {
        super::address::find_code(tables::PHONE_COUNTRIES, country).and_then(Numbering::at)
    }

    /// Every country that uses a calling code (`1`: US, CA and the rest of the NANP).
    fn with_calling_code(code: u16) -> impl Iterator<Item = Numbering> {
        let indices =
            tables::PHONE_CALLING_CODES.iter().enumerate().filter(move |(_, &c)| c == code).map(|(i, _)| i);
        indices.filter_map(Numbering::at)
    }

    /// Its pattern is in the country's record ([`crate::country_data`]), which [`check`] makes sure
    /// is there first (without it, no number fits).
    fn fits(&self, nsn: &str) -> bool {
        let pattern = crate::country_data::of(self.country).data().and_then(|d| d.phone.as_ref());
        nsn.len() < 32 && self.lengths >> nsn.len() & 1 == 1 && pattern.is_some_and(|p| p.is_match(nsn))
    }

    /// The record holding its pattern is not loaded (the `/enrollment` package before `loadCountry`).
    fn not_loaded(&self) -> bool {
        matches!(crate::country_data::of(self.country), Lookup::NotLoaded)
    }

    /// The national significant number in `digits`: as is, or after the national prefix.
    pub fn national_number<'a>(&self, digits: &'a str) -> Option<&'a str> {
        if self.fits(digits) {
            return Some(digits);
        }
        let prefix = self.national_prefix();
        let rest = digits.strip_prefix(prefix).filter(|_| !prefix.is_empty())?;
        self.fits(rest).then_some(rest)
    }

    /// REF-6: the derived `phoneNumberRegex`: the E.164 form the package stores, `+`, the calling
    /// code and a national number of one of the possible lengths (`^\+33\d{9}$`).
    pub fn e164_regex(&self) -> String {
        let lengths: Vec<u32> = (1..32).filter(|n| self.lengths >> n & 1 == 1).collect();
        let mut ranges: Vec<(u32, u32)> = Vec::new();
        for n in lengths {
            match ranges.last_mut() {
                Some((_, hi)) if *hi + 1 == n => *hi = n,
                _ => ranges.push((n, n)),
            }
        }
        let counts: Vec<String> = ranges
            .iter()
            .map(|&(lo, hi)| if lo == hi { format!("\\d{{{lo}}}") } else { format!("\\d{{{lo},{hi}}}") })
            .collect();
        let body = if counts.len() == 1 { counts.concat() } else { format!("(?:{})", counts.join("|")) };
        format!("^\\+{}{body}$", self.calling_code)
    }
}

/// A phone as typed, reduced to its digits.
#[derive(Debug, PartialEq, Eq)]
enum Dialled {
    /// After `+` or `00`: calling code and national number.
    International(String),
    National(String),
}

/// The digits of a phone, or `None` when it has another character or no digit at all.
fn dial(phone: &str) -> Option<Dialled> {
    let mut digits = String::new();
    for (i, c) in phone.char_indices() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '/' | '(' | ')' => {}
            '+' if i == 0 => {}
            _ => return None,
        }
    }
    if digits.is_empty() {
        None
    } else if phone.starts_with('+') {
        Some(Dialled::International(digits))
    } else if let Some(rest) = digits.strip_prefix("00") {
        Some(Dialled::International(rest.to_owned()))
    } else {
        Some(Dialled::National(digits))
    }
}

/// Splits an international number into a known calling code (1–3 digits; codes are prefix-free)
/// and the rest.
fn split_calling_code(digits: &str) -> Option<(u16, &str)> {
    (1..=3).find_map(|n| {
        let code: u16 = digits.get(..n)?.parse().ok()?;
        let rest = digits.get(n..)?;
        Numbering::with_calling_code(code).next().map(|_| (code, rest))
    })
}

/// ENR-15: the E.164 form of a phone for an account in `market`, or the numbering it fails (for
/// the message): `Err(None)` when nothing can be said (no numbering to check a national number).
pub(crate) fn to_e164(
    phone: &str,
    market: Option<&'static MarketRecord>,
    kind: PhoneKind,
) -> Result<Option<String>, Option<Numbering>> {
    let own = market.and_then(|m| Numbering::of(m.country));
    match dial(phone) {
        None => Err(own),
        Some(Dialled::National(digits)) => match own {
            Some(n) => {
                n.national_number(&digits).map(|nsn| Some(format!("+{}{nsn}", n.calling_code))).ok_or(Some(n))
            }
            None => Ok(None),
        },
        Some(Dialled::International(digits)) => {
            let Some((code, rest)) = split_calling_code(&digits) else { return Err(own) };
            let candidates: Vec<Numbering> = match (kind, own) {
                (PhoneKind::PrimaryContact, Some(n)) if n.calling_code != code => return Err(Some(n)),
                (PhoneKind::PrimaryContact, Some(n)) => vec![n],
                _ => Numbering::with_calling_code(code).collect(),
            };
            candidates
                .iter()
                .find_map(|n| n.national_number(rest))
                .map(|nsn| Some(format!("+{code}{nsn}")))
                .ok_or_else(|| own.filter(|n| n.calling_code == code).or(candidates.first().copied()))
        }
    }
}

/// The numbering plans [`to_e164`] may read `phone` with: the account country's, and for a support
/// number in another calling code, every country of that code.
fn plans(phone: &str, market: Option<&'static MarketRecord>, kind: PhoneKind) -> Vec<Numbering> {
    let own = market.and_then(|m| Numbering::of(m.country));
    let foreign = match (dial(phone), kind) {
        (Some(Dialled::International(digits)), PhoneKind::Support) => split_calling_code(&digits)
            .filter(|(code, _)| !own.is_some_and(|n| n.calling_code == *code))
            .map(|(code, _)| Numbering::with_calling_code(code).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    own.into_iter().chain(foreign).collect()
}

/// Checks a phone field; returns its normalized form when it parses, else what was typed.
///
/// Under Partner Center's `phoneNumberRegex` (REF-6: recorded for the US, or passed in), a number of
/// the account's country is accepted when the pattern accepts what is typed or one of its normal
/// forms, and stored in the first form the pattern accepts: the national number (`4255550110`, as
/// Partner Center's own examples store it), the digits as typed (`1234567890`), E.164, the text as
/// typed. A support number of another country keeps the built-in check and E.164.
pub(crate) fn check(
    ctx: &mut Ctx,
    text: &Text,
    path: &[&str],
    market: Option<&'static MarketRecord>,
    kind: PhoneKind,
) -> Option<String> {
    let value = ctx.text(text, path, kind == PhoneKind::Support, limits::PHONE);
    let Some(value) = value else {
        let blank = matches!(text.read(path, ctx.locale), Ok(None));
        let required = |m: &MarketRecord| {
            ctx.rules
                .as_ref()
                .map_or(PHONE_REQUIRED.contains(&m.country), |r| r.rules.is_primary_contact_phone_required)
        };
        if let (PhoneKind::PrimaryContact, true, false, Some(m)) = (kind, blank, ctx.draft, market) {
            if required(m) {
                ctx.push(
                    Issue::error(IssueCode::PhoneRequired)
                        .at(path)
                        .param("countryName", crate::names::market(m, ctx.locale)),
                );
            }
        }
        return None;
    };
    // The numbering plans this number is read with, when one's record is not loaded: said, never
    // guessed (`country_data_not_loaded`, naming them all), the number kept as typed.
    let missing: Vec<Numbering> =
        plans(&value, market, kind).into_iter().filter(Numbering::not_loaded).collect();
    if let Some(first) = missing.first() {
        let countries: Vec<&str> = missing.iter().map(|n| n.country).collect();
        ctx.push(
            Issue::error(IssueCode::CountryDataNotLoaded)
                .at(path)
                .param("country", first.country)
                .param("countryName", crate::names::country_or_code(first.country, ctx.locale))
                .param("countries", countries.join(" ")),
        );
        return Some(value);
    }
    let parsed = to_e164(&value, market, kind);
    let own = market.and_then(|m| Numbering::of(m.country));
    let foreign = matches!((&parsed, own), (Ok(Some(e164)), Some(n)) if !e164.starts_with(&format!("+{}", n.calling_code)));
    let rule = ctx.rules.as_ref().map(|r| r.phone.clone());
    match rule {
        Some(PatternRule::Dotnet(pattern)) if !foreign => {
            if let Ok(program) = crate::pattern::dotnet::compile(&pattern).as_ref() {
                let mut candidates = Vec::new();
                if let (Ok(Some(e164)), Some(n)) = (&parsed, own) {
                    candidates.extend(e164.strip_prefix(&format!("+{}", n.calling_code)).map(str::to_owned));
                }
                if let Some(Dialled::National(digits)) = dial(&value) {
                    candidates.push(digits);
                }
                if let Ok(Some(e164)) = &parsed {
                    candidates.push(e164.clone());
                }
                candidates.push(value.clone());
                if let Some(stored) = candidates.into_iter().find(|c| program.is_match(c)) {
                    return Some(stored);
                }
                ctx.push(format_issue(path, own, market, ctx.locale));
                return Some(value);
            }
        }
        // Partner Center has no phone pattern: any number is taken (stored in E.164 when it parses).
        Some(PatternRule::None) if !foreign => return Some(parsed.ok().flatten().unwrap_or(value)),
        _ => {}
    }
    match parsed {
        Ok(e164) => Some(e164.unwrap_or(value)),
        Err(numbering) => {
            ctx.push(format_issue(path, numbering, market, ctx.locale));
            Some(value)
        }
    }
}

/// `phone_format`, naming the numbering the number fails.
fn format_issue(
    path: &[&str],
    numbering: Option<Numbering>,
    market: Option<&'static MarketRecord>,
    locale: crate::Locale,
) -> crate::issue::IssueBuilder {
    let issue = Issue::error(IssueCode::PhoneFormat).at(path);
    // Without numbering data (no account country yet, or one of the few markets libphonenumber
    // has no plan for, e.g. AQ), only the characters were wrong: the params say "?".
    match numbering {
        Some(n) => issue
            .param("countryName", crate::names::country_or_code(n.country, locale))
            .param("callingCode", n.calling_code.to_string()),
        None => issue
            .param("countryName", market.map_or("?", |m| crate::names::market(m, locale)))
            .param("callingCode", "?"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enrollment::EnrollmentOptions;
    use crate::issue::Severity;

    fn run_with(
        country: &str,
        kind: PhoneKind,
        phone: Text,
        options: &EnrollmentOptions,
    ) -> (Vec<(IssueCode, Severity)>, Option<String>, Vec<crate::issue::Issue>) {
        let mut ctx = Ctx::new(options);
        let path: &[&str] =
            if kind == PhoneKind::Support { &["support", "phone"] } else { &["primaryContact", "phone"] };
        let market = crate::markets::find(country);
        ctx.rules =
            market.map(|m| crate::country_rules::live::apply(m, &options.country_rules, &mut Vec::new()));
        let value = check(&mut ctx, &phone, path, market, kind);
        (ctx.issues.iter().map(|i| (i.code, i.severity)).collect(), value, ctx.issues)
    }

    fn run(country: &str, kind: PhoneKind, phone: &str) -> (Vec<(IssueCode, Severity)>, Option<String>) {
        let (codes, value, _) = run_with(country, kind, Text::from(phone), &EnrollmentOptions::default());
        (codes, value)
    }

    fn e164(country: &str, phone: &str) -> Option<String> {
        let (codes, value) = run(country, PhoneKind::PrimaryContact, phone);
        assert!(codes.is_empty(), "{country} {phone}: {codes:?}");
        value
    }

    #[test]
    fn enr_15_phones_of_many_countries_normalize_to_e164() {
        let cases = [
            ("FR", "01 23 45 67 89", "+33123456789"),
            ("FR", "+33 1 23 45 67 89", "+33123456789"),
            ("FR", "+33 (0)1 23 45 67 89", "+33123456789"),
            ("FR", "0033 6 12 34 56 78", "+33612345678"),
            ("FR", "01.23.45.67.89", "+33123456789"),
            ("CA", "(416) 555-0123", "+14165550123"),
            ("GB", "0121 234 5678", "+441212345678"),
            ("GB", "+44 20 7946 0958", "+442079460958"),
            ("DE", "030 123456", "+4930123456"),
            ("DE", "+49 30 1234567", "+49301234567"),
            ("BR", "(11) 2345-6789", "+551123456789"),
            ("BR", "+55 11 96123-4567", "+5511961234567"),
            ("IN", "074104 10123", "+917410410123"),
            ("IN", "+91 81234 56789", "+918123456789"),
            ("JP", "03-1234-5678", "+81312345678"),
            ("JP", "090-1234-5678", "+819012345678"),
            ("IT", "06 1234 5678", "+390612345678"),
            ("KZ", "8 (727) 250 00 00", "+77272500000"),
            ("HU", "06 1 234 5678", "+3612345678"),
            ("AE", "04 123 4567", "+97141234567"),
        ];
        for (country, phone, want) in cases {
            assert_eq!(e164(country, phone).as_deref(), Some(want), "{country} {phone}");
        }
    }

    #[test]
    fn enr_15_phone_format() {
        for (country, phone) in [
            ("FR", "01 23 45 67"),          // too short
            ("FR", "01 23 45 67 89 12"),    // too long
            ("FR", "01 23 45 67 89 ext 5"), // letters
            ("FR", "+33 1 23 45 67 89 +"),  // a + that is not leading
            ("FR", "--"),                   // no digit
            ("US", "555-0123"),             // 7 digits: no area code
            ("CA", "(101) 555-0123"),       // area codes start with 2-9
            ("DE", "+999 123 456"),         // no such calling code
        ] {
            assert_eq!(
                run(country, PhoneKind::Support, phone).0,
                [(IssueCode::PhoneFormat, Severity::Error)],
                "{country} {phone}"
            );
        }
        let (_, _, issues) = run_with("FR", PhoneKind::Support, "123".into(), &EnrollmentOptions::default());
        assert_eq!(issues[0].params.get("countryName").map(|p| p.to_string()).as_deref(), Some("France"));
        assert_eq!(issues[0].params.get("callingCode").map(|p| p.to_string()).as_deref(), Some("33"));
        // The value typed is kept when it does not parse.
        assert_eq!(run("FR", PhoneKind::Support, "01 23 45 67").1.as_deref(), Some("01 23 45 67"));
    }

    #[test]
    fn enr_15_us_phones_as_partner_centers_recorded_rule_takes_and_stores_them() {
        // The US phoneNumberRegex (microsoft/Partner-Center-PowerShell
        // test/PowerShell.UnitTests/SessionRecords/GetPartnerCountryValidation.json) has no `+`; Partner
        // Center's docs store the national number: kvamseek/partner-center
        // developer/update-legal-business-profile.md "4255550110", and use "1234567890" in
        // confirm-customer-consent-customer-agreement.md (an area code libphonenumber refuses).
        for (typed, stored) in [
            ("4255550110", "4255550110"),
            ("(425) 555-0110", "4255550110"),
            ("1-425-555-0110", "4255550110"),
            ("+1 425 555 0110", "4255550110"),
            ("425.555.0110", "4255550110"),
            ("1234567890", "1234567890"),
            ("(101) 555-0123", "1015550123"),
        ] {
            assert_eq!(
                run("US", PhoneKind::PrimaryContact, typed),
                (vec![], Some(stored.to_owned())),
                "{typed}"
            );
            assert_eq!(run("US", PhoneKind::Support, typed), (vec![], Some(stored.to_owned())), "{typed}");
        }
        for bad in ["555-0110", "425555011", "+44 20 7946 0958", "42555501100", "425 555 0110 x12"] {
            assert_eq!(
                run("US", PhoneKind::PrimaryContact, bad).0,
                [(IssueCode::PhoneFormat, Severity::Error)],
                "{bad}"
            );
        }
        // A support line in another country keeps E.164 (the US pattern is for US numbers).
        assert_eq!(
            run("US", PhoneKind::Support, "+44 20 7946 0958"),
            (vec![], Some("+442079460958".to_owned()))
        );
    }

    #[test]
    fn enr_15_calling_code_of_the_account_country_for_the_primary_contact_any_for_support() {
        assert_eq!(
            run("FR", PhoneKind::PrimaryContact, "+44 20 7946 0958").0,
            [(IssueCode::PhoneFormat, Severity::Error)]
        );
        assert_eq!(
            run("FR", PhoneKind::Support, "+44 20 7946 0958"),
            (vec![], Some("+442079460958".to_owned()))
        );
        assert_eq!(
            run("FR", PhoneKind::Support, "00 1 201 555 0123"),
            (vec![], Some("+12015550123".to_owned()))
        );
        // A shared calling code: a Canadian account's contact may give a +1 number.
        assert_eq!(
            run("CA", PhoneKind::PrimaryContact, "+1 416 555 0123"),
            (vec![], Some("+14165550123".to_owned()))
        );
        // A foreign number that does not fit its own country names that country.
        let (_, _, issues) =
            run_with("FR", PhoneKind::Support, "+44 20 7946".into(), &EnrollmentOptions::default());
        assert_eq!(issues[0].params.get("callingCode").map(|p| p.to_string()).as_deref(), Some("44"));
    }

    #[test]
    fn enr_15_phone_required_for_the_primary_contact_in_the_listed_countries() {
        for country in PHONE_REQUIRED {
            assert!(crate::markets::find(country).is_some(), "{country} is a market");
            assert_eq!(
                run_with(country, PhoneKind::PrimaryContact, Text::Missing, &EnrollmentOptions::default()).0,
                [(IssueCode::PhoneRequired, Severity::Error)]
            );
            assert_eq!(
                run(country, PhoneKind::PrimaryContact, "  ").0,
                [(IssueCode::PhoneRequired, Severity::Error)]
            );
        }
        assert!(run_with("FR", PhoneKind::PrimaryContact, Text::Missing, &EnrollmentOptions::default())
            .0
            .is_empty());
        let draft = EnrollmentOptions { mode: "draft".into(), ..EnrollmentOptions::default() };
        assert!(run_with("BR", PhoneKind::PrimaryContact, Text::Missing, &draft).0.is_empty());
        // ENR-16: the support phone is required everywhere.
        assert_eq!(
            run_with("FR", PhoneKind::Support, Text::Missing, &EnrollmentOptions::default()).0,
            [(IssueCode::Required, Severity::Error)]
        );
    }

    #[test]
    fn enr_15_every_market_with_numbering_data_has_its_plan() {
        for m in crate::markets::markets(crate::Locale::En) {
            if let Some(n) = Numbering::of(m.country) {
                assert_eq!(n.country, m.country);
                assert!(n.calling_code > 0);
            }
        }
        assert_eq!(Numbering::of("FR").map(|n| (n.calling_code, n.national_prefix())), Some((33, "0")));
        assert_eq!(Numbering::of("US").map(|n| (n.calling_code, n.national_prefix())), Some((1, "1")));
        assert_eq!(Numbering::of("IT").map(|n| n.national_prefix()), Some(""));
        // One national prefix per numbering plan (so looking it up late never misses).
        assert_eq!(tables::PHONE_NATIONAL_PREFIXES.split('|').count(), tables::PHONE_CALLING_CODES.len());
        assert_eq!(tables::PHONE_COUNTRIES.len() / 2, tables::PHONE_CALLING_CODES.len());
    }
}
