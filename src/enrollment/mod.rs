//! The indirect-reseller enrolment form (SPEC §2, seed 003): validation of the whole form and of one
//! field, with the normalized value the server would store.
//!
//! One file per part of the form; each reads its fields through [`Ctx`], which collects issues in the
//! requested locale and knows the mode (`draft`: a missing required field is not an issue).

mod address;
mod phone;

use crate::input::{FieldPath, Loose, StringList, Text};
use crate::issue::{no_errors, Issue, IssueBuilder, IssueCode, PathSegment};
use crate::locale::Locale;
use crate::markets::MarketRecord;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Maximum lengths, in characters (ENR-22). Fields with a format of their own are also bounded here so
/// that no check ever runs on an unbounded string.
#[allow(dead_code)] // some limits are used by rules still to come (ENR-17…21)
pub(crate) mod limits {
    pub const LEGAL_NAME: usize = 256;
    pub const ADDRESS_LINE: usize = 200;
    pub const CITY: usize = 100;
    pub const STATE: usize = 100;
    pub const POSTAL_CODE: usize = 20;
    pub const PERSON_NAME: usize = 50;
    pub const EMAIL: usize = 254;
    pub const PHONE: usize = 40;
    pub const WEBSITE: usize = 2048;
    pub const DUNS: usize = 20;
    pub const TAX_ID: usize = 40;
    pub const PARTNER_ID: usize = 20;
    pub const DOMAIN: usize = 253;
    pub const LANGUAGE: usize = 35;
    pub const COUNTRY: usize = 2;
}

/// Normalized values leave out what they cannot hold (absent, wrong type, too large) rather than
/// writing `null`, so the TypeScript type of the value (`field?: string`) is exactly what it holds.
fn no_text(text: &Text) -> bool {
    text.as_str().is_none()
}

fn no_object<T>(value: &Loose<T>) -> bool {
    !matches!(value, Loose::Value(_))
}

/// The company (legal business profile).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct Company {
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(type = "string")]
    pub legal_name: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub duns: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub vat_id: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub registration_id: Text,
}

/// The company's legal address.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct Address {
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(type = "string")]
    pub line1: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub line2: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub line3: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub city: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub state: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub postal_code: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub country: Text,
}

/// The primary contact: receives the verification e-mail.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct PrimaryContact {
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(type = "string")]
    pub first_name: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(type = "string")]
    pub last_name: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(type = "string")]
    pub email: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub phone: Text,
}

/// Customer-support details shown to customers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct Support {
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(type = "string")]
    pub email: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(type = "string")]
    pub phone: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub website: Text,
}

/// The PartnerID of type Location associated with the CSP account (may be postponed).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct PartnerIdRef {
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(type = "string")]
    pub id: Text,
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(type = "string")]
    pub country: Text,
}

/// The Microsoft Entra work account (tenant) used to sign in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct WorkAccount {
    /// e.g. `contoso.onmicrosoft.com`.
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(type = "string")]
    pub domain: Text,
}

/// An indirect-reseller enrolment (SPEC §2). Unknown keys are ignored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct EnrollmentForm {
    /// Legal country of the CSP account, ISO 3166-1 alpha-2; can't be changed later.
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(type = "string")]
    pub country: Text,
    #[serde(skip_serializing_if = "no_object")]
    #[tsify(type = "Company")]
    pub company: Loose<Company>,
    #[serde(skip_serializing_if = "no_object")]
    #[tsify(type = "Address")]
    pub address: Loose<Address>,
    #[serde(skip_serializing_if = "no_object")]
    #[tsify(type = "PrimaryContact")]
    pub primary_contact: Loose<PrimaryContact>,
    #[serde(skip_serializing_if = "no_object")]
    #[tsify(type = "Support")]
    pub support: Loose<Support>,
    #[serde(skip_serializing_if = "no_object")]
    #[tsify(optional, type = "PartnerIdRef")]
    pub partner_id: Loose<PartnerIdRef>,
    #[serde(skip_serializing_if = "no_object")]
    #[tsify(optional, type = "WorkAccount")]
    pub work_account: Loose<WorkAccount>,
    /// Preferred language, e.g. `"fr"`.
    #[serde(skip_serializing_if = "no_text")]
    #[tsify(optional, type = "string")]
    pub language: Text,
}

/// Options of `validateEnrollment` / `validateEnrollmentField`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct EnrollmentOptions {
    /// BCP-47 tag of the messages (`"fr-CA"` → French); English by default.
    #[tsify(optional, type = "string")]
    pub locale: Text,
    /// `"submit"` (default) or `"draft"`: in draft mode a missing required field is not an issue.
    #[tsify(optional, type = "\"submit\" | \"draft\"")]
    pub mode: Text,
    /// More domains refused for the primary contact's e-mail, like the web-mail list (ENR-12).
    #[tsify(optional, type = "string[]")]
    pub blocked_domains: StringList,
}

impl EnrollmentOptions {
    pub fn locale(&self) -> Locale {
        self.locale.as_str().map(Locale::negotiate).unwrap_or_default()
    }

    /// Draft mode: only `"draft"` (any case) selects it; anything else is submit.
    pub fn is_draft(&self) -> bool {
        self.mode.as_str().is_some_and(|m| m.trim().eq_ignore_ascii_case("draft"))
    }
}

/// A validation answer: `{ ok, issues, value }` where `value` is the input as the server would store it.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Validation<T> {
    pub ok: bool,
    pub issues: Vec<Issue>,
    pub value: T,
}

/// What a form check needs: the locale, the mode, the caller's options, and the issues found so far.
pub(crate) struct Ctx<'a> {
    pub locale: Locale,
    pub draft: bool,
    #[allow(dead_code)] // read by the e-mail rules (blockedDomains, ENR-12)
    pub options: &'a EnrollmentOptions,
    pub issues: Vec<Issue>,
}

impl<'a> Ctx<'a> {
    pub fn new(options: &'a EnrollmentOptions) -> Self {
        Ctx { locale: options.locale(), draft: options.is_draft(), options, issues: Vec::new() }
    }

    pub fn push(&mut self, issue: IssueBuilder) {
        self.issues.push(issue.build(self.locale));
    }

    /// Reads a string field: `invalid_type` / `input_too_large` for a bad value, `required` when
    /// `required` and missing or blank (not in draft mode), `too_long` above `max` characters.
    /// Returns the trimmed, white-space-collapsed string when there is one within the limit.
    pub fn text(&mut self, text: &Text, path: &[&str], required: bool, max: usize) -> Option<String> {
        match text.read(path, self.locale) {
            Err(issue) => {
                self.issues.push(issue);
                None
            }
            Ok(None) => {
                if required && !self.draft {
                    self.push(Issue::error(IssueCode::Required).at(path));
                }
                None
            }
            Ok(Some(value)) => {
                if value.chars().count() > max {
                    self.push(Issue::error(IssueCode::TooLong).at(path).param("max", max));
                    None
                } else {
                    Some(value)
                }
            }
        }
    }

    /// Reads a nested object: `invalid_type` when it is not an object, `required` when missing and
    /// `required` (not in draft mode). An absent object reads as an empty one, so its own required
    /// fields are reported where they belong.
    pub fn object<T: Default + Clone>(&mut self, loose: &Loose<T>, path: &[&str], required: bool) -> Option<T> {
        match loose {
            Loose::Value(v) => Some(v.clone()),
            Loose::Invalid(_) => {
                self.issues.extend(loose.type_issue(path, self.locale));
                None
            }
            Loose::Missing => {
                if required {
                    Some(T::default())
                } else {
                    None
                }
            }
        }
    }
}

/// The value to store for a field: its checked, normalized form when it has one; otherwise what the
/// user typed, trimmed and collapsed (a field with issues is kept, never lost); absent for a value that
/// is not a string or is over 1 MiB.
pub(crate) fn keep(checked: Option<String>, original: &Text) -> Text {
    checked
        .or_else(|| original.normalized().filter(|s| !s.is_empty()))
        .map(Text::Str)
        .unwrap_or_default()
}

/// ENR-1: the account's legal country, a CSP market.
fn check_country(ctx: &mut Ctx, form: &EnrollmentForm) -> Option<&'static MarketRecord> {
    if ctx.draft && matches!(form.country.read(&["country"], ctx.locale), Ok(None)) {
        return None;
    }
    let mut issues = Vec::new();
    let market = crate::regions::resolve_market(&form.country, &["country"], ctx.locale, &mut issues);
    ctx.issues.extend(issues);
    market
}

/// SPEC §2: validates a whole enrolment form; `value` is the normalized form.
pub fn validate_enrollment(form: &EnrollmentForm, options: &EnrollmentOptions) -> Validation<EnrollmentForm> {
    let mut ctx = Ctx::new(options);
    let market = check_country(&mut ctx, form);
    let country = market.map(|m| m.country.to_owned()).or_else(|| form.country.normalized().map(|c| c.to_uppercase()));
    let mut value = EnrollmentForm { country: keep(country, &form.country), ..EnrollmentForm::default() };

    if let Some(company) = ctx.object(&form.company, &["company"], true) {
        let legal_name = ctx.text(&company.legal_name, &["company", "legalName"], true, limits::LEGAL_NAME);
        value.company = Loose::Value(Company {
            legal_name: keep(legal_name, &company.legal_name),
            duns: keep(None, &company.duns),
            vat_id: keep(None, &company.vat_id),
            registration_id: keep(None, &company.registration_id),
        });
    }
    if let Some(address) = ctx.object(&form.address, &["address"], true) {
        value.address = Loose::Value(address::check(&mut ctx, &address, market));
    }
    if let Some(contact) = ctx.object(&form.primary_contact, &["primaryContact"], true) {
        let first_name = ctx.text(&contact.first_name, &["primaryContact", "firstName"], true, limits::PERSON_NAME);
        let last_name = ctx.text(&contact.last_name, &["primaryContact", "lastName"], true, limits::PERSON_NAME);
        let email = ctx.text(&contact.email, &["primaryContact", "email"], true, limits::EMAIL);
        let phone = phone::check(&mut ctx, &contact.phone, &["primaryContact", "phone"], market, phone::PhoneKind::PrimaryContact);
        value.primary_contact = Loose::Value(PrimaryContact {
            first_name: keep(first_name, &contact.first_name),
            last_name: keep(last_name, &contact.last_name),
            email: keep(email, &contact.email),
            phone: keep(phone, &contact.phone),
        });
    }
    if let Some(support) = ctx.object(&form.support, &["support"], true) {
        let email = ctx.text(&support.email, &["support", "email"], true, limits::EMAIL);
        let phone = phone::check(&mut ctx, &support.phone, &["support", "phone"], market, phone::PhoneKind::Support);
        let website = ctx.text(&support.website, &["support", "website"], false, limits::WEBSITE);
        value.support = Loose::Value(Support {
            email: keep(email, &support.email),
            phone: keep(phone, &support.phone),
            website: keep(website, &support.website),
        });
    }
    if let Some(partner_id) = ctx.object(&form.partner_id, &["partnerId"], false) {
        value.partner_id = Loose::Value(PartnerIdRef { id: keep(None, &partner_id.id), country: keep(None, &partner_id.country) });
    }
    if let Some(work_account) = ctx.object(&form.work_account, &["workAccount"], false) {
        value.work_account = Loose::Value(WorkAccount { domain: keep(None, &work_account.domain) });
    }
    let language = ctx.text(&form.language, &["language"], false, limits::LANGUAGE);
    value.language = keep(language, &form.language);

    Validation { ok: no_errors(&ctx.issues), issues: ctx.issues, value }
}

/// SPEC §2: the issues of one field (`"address.postalCode"` or `["address", "postalCode"]`), judged in
/// the context of the whole form (the postal code needs the country). A path to an object gives the
/// issues of every field inside it.
pub fn validate_enrollment_field(form: &EnrollmentForm, path: &FieldPath, options: &EnrollmentOptions) -> Vec<Issue> {
    let wanted: Vec<PathSegment> = path.0.iter().map(|k| PathSegment::Key(k.clone())).collect();
    validate_enrollment(form, options).issues.into_iter().filter(|i| i.path.starts_with(&wanted)).collect()
}
