//! The indirect-reseller enrolment form (SPEC §2, seed 003): validation of the whole form and of one
//! field, with the normalized value the server would store.
//!
//! One file per part of the form; each reads its fields through [`Ctx`], which collects issues in the
//! requested locale and knows the mode (`draft`: a missing required field is not an issue).

pub(crate) mod address;
mod company;
mod domains;
pub(crate) mod email;
mod language;
pub(crate) mod phone;
pub(crate) mod tax_id;
pub(crate) mod web;

mod field;
mod form;
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports, reason = "natively: by the tests only"))]
pub(crate) use field::field_shape;
#[cfg(test)]
use field::is_form_path;
pub use field::validate_enrollment_field;
pub use form::{
    Address, Company, EnrollmentForm, EnrollmentOptions, PartnerIdRef, PrimaryContact, Support, WorkAccount,
};

use crate::input::{Loose, Text};
use crate::issue::{no_errors, Issue, IssueBuilder, IssueCode};
use crate::locale::Locale;
use crate::markets::MarketRecord;
use serde::Serialize;

/// Maximum lengths, in characters (ENR-22). Fields with a format of their own are also bounded here so
/// that no check ever runs on an unbounded string.
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

/// A validation answer: `{ ok, issues, value }` where `value` is the input as the server would store it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
    pub options: &'a EnrollmentOptions,
    pub issues: Vec<Issue>,
    /// The rules of the account's country (REF-6): built-in, or passed in; `None` without a market.
    pub rules: Option<std::rc::Rc<crate::country_rules::live::Applied>>,
}

impl<'a> Ctx<'a> {
    pub fn new(options: &'a EnrollmentOptions) -> Self {
        Ctx { locale: options.locale(), draft: options.is_draft(), options, issues: Vec::new(), rules: None }
    }

    pub fn push(&mut self, issue: IssueBuilder) {
        self.issues.push(issue.build(self.locale));
    }

    /// Reads a string field: `invalid_type` / `input_too_large` for a bad value, `required` when
    /// `required` and missing or blank (not in draft mode), `too_long` above `max` characters.
    /// Returns the trimmed, white-space-collapsed string when there is one within the limit.
    pub fn text(&mut self, text: &Text, path: &[&str], required: bool, max: usize) -> Option<String> {
        crate::input::read_field(text, path, required && !self.draft, max, self.locale, &mut self.issues)
    }

    /// Reads a nested object: `invalid_type` when it is not an object, `required` when missing and
    /// `required` (not in draft mode). An absent object reads as an empty one, so its own required
    /// fields are reported where they belong.
    pub fn object<'f, T: Default + Clone>(
        &mut self,
        loose: &'f Loose<T>,
        path: &[&str],
        required: bool,
    ) -> Option<std::borrow::Cow<'f, T>> {
        match loose {
            Loose::Value(v) => Some(std::borrow::Cow::Borrowed(v)),
            Loose::Invalid(_) => {
                self.issues.extend(loose.type_issue(path, self.locale));
                None
            }
            Loose::Missing => {
                if required {
                    Some(std::borrow::Cow::Owned(T::default()))
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
    checked.or_else(|| original.normalized().filter(|s| !s.is_empty())).map(Text::Str).unwrap_or_default()
}

/// Which fields a run checks: all of them (`validateEnrollment`), or those on the branch of one path
/// (`validateEnrollmentField`: the field, the fields inside it, and the objects holding it).
pub(crate) struct Want<'p>(Option<&'p [String]>);

impl Want<'_> {
    pub fn all() -> Self {
        Want(None)
    }

    /// Whether the run builds the normalized value: only for the whole form (`validateEnrollmentField`
    /// answers with issues alone).
    pub fn keeps_value(&self) -> bool {
        self.0.is_none()
    }

    /// Whether the check of the field (or object) at `leaf` runs: one of `leaf` and the wanted path
    /// is a prefix of the other.
    pub fn leaf(&self, leaf: &[&str]) -> bool {
        match &self.0 {
            None => true,
            Some(path) => path.iter().zip(leaf).all(|(a, b)| a == b),
        }
    }
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

/// Runs `check` when the field at `path` is wanted; its normalized value (see [`keep`]) either way.
fn field(
    ctx: &mut Ctx,
    want: &Want,
    path: &[&str],
    original: &Text,
    check: impl FnOnce(&mut Ctx) -> Option<String>,
) -> Text {
    let checked = if want.leaf(path) { check(ctx) } else { None };
    if !want.keeps_value() {
        return Text::Missing;
    }
    keep(checked, original)
}

fn check_company(
    ctx: &mut Ctx,
    form: &EnrollmentForm,
    market: Option<&'static MarketRecord>,
    want: &Want,
) -> Option<Company> {
    if !want.leaf(&["company"]) {
        return None;
    }
    let c = ctx.object(&form.company, &["company"], true)?;
    Some(Company {
        legal_name: field(ctx, want, &["company", "legalName"], &c.legal_name, |ctx| {
            company::check_legal_name(ctx, &c.legal_name, &["company", "legalName"])
        }),
        duns: field(ctx, want, &["company", "duns"], &c.duns, |ctx| {
            company::check_duns(ctx, &c.duns, &["company", "duns"])
        }),
        vat_id: field(ctx, want, &["company", "vatId"], &c.vat_id, |ctx| {
            tax_id::check_vat(ctx, &c.vat_id, &["company", "vatId"], market)
        }),
        registration_id: field(ctx, want, &["company", "registrationId"], &c.registration_id, |ctx| {
            tax_id::check_registration(ctx, &c.registration_id, &["company", "registrationId"], market)
        }),
    })
}

fn check_primary_contact(
    ctx: &mut Ctx,
    form: &EnrollmentForm,
    market: Option<&'static MarketRecord>,
    want: &Want,
) -> Option<PrimaryContact> {
    if !want.leaf(&["primaryContact"]) {
        return None;
    }
    let c = ctx.object(&form.primary_contact, &["primaryContact"], true)?;
    Some(PrimaryContact {
        first_name: field(ctx, want, &["primaryContact", "firstName"], &c.first_name, |ctx| {
            ctx.text(&c.first_name, &["primaryContact", "firstName"], true, limits::PERSON_NAME)
        }),
        last_name: field(ctx, want, &["primaryContact", "lastName"], &c.last_name, |ctx| {
            ctx.text(&c.last_name, &["primaryContact", "lastName"], true, limits::PERSON_NAME)
        }),
        email: field(ctx, want, &["primaryContact", "email"], &c.email, |ctx| {
            email::check(ctx, &c.email, &["primaryContact", "email"], email::EmailKind::PrimaryContact)
        }),
        phone: field(ctx, want, &["primaryContact", "phone"], &c.phone, |ctx| {
            phone::check(
                ctx,
                &c.phone,
                &["primaryContact", "phone"],
                market,
                phone::PhoneKind::PrimaryContact,
            )
        }),
    })
}

fn check_support(
    ctx: &mut Ctx,
    form: &EnrollmentForm,
    market: Option<&'static MarketRecord>,
    want: &Want,
) -> Option<Support> {
    if !want.leaf(&["support"]) {
        return None;
    }
    let s = ctx.object(&form.support, &["support"], true)?;
    Some(Support {
        email: field(ctx, want, &["support", "email"], &s.email, |ctx| {
            email::check(ctx, &s.email, &["support", "email"], email::EmailKind::Support)
        }),
        phone: field(ctx, want, &["support", "phone"], &s.phone, |ctx| {
            phone::check(ctx, &s.phone, &["support", "phone"], market, phone::PhoneKind::Support)
        }),
        website: field(ctx, want, &["support", "website"], &s.website, |ctx| {
            web::check_website(ctx, &s.website, &["support", "website"])
        }),
    })
}

/// What the PartnerID's country check reads besides the country: ENR-20 requires it only with an id.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "natively: by the tests only"))]
pub(crate) const PARTNER_ID_COUNTRY_NEEDS: [&str; 1] = ["id"];

/// ENR-20: the PartnerID (type Location): digits only, 6–10; located in the account's own country
/// (not only its region, REG-2); a warning while it is missing (it may be postponed, but the MPA
/// can't be signed nor CSP transactions made until it is associated).
fn check_partner_id(
    ctx: &mut Ctx,
    form: &EnrollmentForm,
    market: Option<&'static MarketRecord>,
    want: &Want,
) -> Option<PartnerIdRef> {
    const ID: [&str; 2] = ["partnerId", "id"];
    const COUNTRY: [&str; 2] = ["partnerId", "country"];
    if !want.leaf(&["partnerId"]) {
        return None;
    }
    let locale = ctx.locale;
    let absent = |text: &Text| matches!(text.read(&[], locale), Ok(None));
    let Some(p) = ctx.object(&form.partner_id, &["partnerId"], false) else {
        if form.partner_id.is_missing() && !ctx.draft && want.leaf(&ID) {
            ctx.push(Issue::warning(IssueCode::PartnerIdMissing).at(&ID));
        }
        return None;
    };
    let id_missing = absent(&p.id); // PARTNER_ID_COUNTRY_NEEDS
    let country_missing = absent(&p.country);
    let id = field(ctx, want, &ID, &p.id, |ctx| {
        if id_missing {
            if !ctx.draft {
                ctx.push(Issue::warning(IssueCode::PartnerIdMissing).at(&ID));
            }
            return None;
        }
        let id = ctx.text(&p.id, &ID, false, limits::PARTNER_ID)?;
        if (6..=10).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit()) {
            Some(id)
        } else {
            ctx.push(Issue::error(IssueCode::PartnerIdFormat).at(&ID).param("example", "1234567"));
            None
        }
    });
    let country = field(ctx, want, &COUNTRY, &p.country, |ctx| {
        if country_missing {
            if !id_missing && !ctx.draft {
                ctx.push(Issue::error(IssueCode::Required).at(&COUNTRY));
            }
            return None;
        }
        let mut issues = Vec::new();
        let code = crate::regions::resolve_country(&p.country, &COUNTRY, ctx.locale, &mut issues);
        ctx.issues.extend(issues);
        let code = code?;
        if let Some(market) = market {
            ctx.issues.extend(crate::regions::partner_id_country_issue(&code, market, &COUNTRY, ctx.locale));
        }
        Some(code)
    });
    Some(PartnerIdRef { id, country })
}

/// SPEC §2: validates a whole enrolment form; `value` is the normalized form.
pub fn validate_enrollment(form: &EnrollmentForm, options: &EnrollmentOptions) -> Validation<EnrollmentForm> {
    run(form, options, &Want::all())
}

/// The checks of the wanted fields, in the order of the form; the issues of a field run are exactly
/// the whole run's issues on that branch, because each check reports only at its own path.
fn run(form: &EnrollmentForm, options: &EnrollmentOptions, want: &Want) -> Validation<EnrollmentForm> {
    let mut ctx = Ctx::new(options);
    // The country is the context of every other field: always read; its issues kept only when wanted.
    let market = check_country(&mut ctx, form);
    if !want.leaf(&["country"]) {
        ctx.issues.clear();
    }
    if let Some(market) = market {
        let mut issues = Vec::new();
        ctx.rules = Some(crate::country_rules::live::apply(market, &options.country_rules, &mut issues));
        issues.into_iter().for_each(|i| ctx.push(i));
    }
    let country = market
        .map(|m| m.country.to_owned())
        .or_else(|| form.country.normalized().map(|c| crate::case::to_uppercase(&c)));
    // A country over the length limit (`too_long`) is not kept: it would come back whole in `value`.
    let country = country.filter(|c| c.chars().count() <= crate::regions::COUNTRY_MAX);
    let kept = if country.is_some() { keep(country, &form.country) } else { Text::Missing };
    let mut value = EnrollmentForm { country: kept, ..EnrollmentForm::default() };

    value.company = check_company(&mut ctx, form, market, want).map(Loose::Value).unwrap_or_default();
    if want.leaf(&["address"]) {
        if let Some(address) = ctx.object(&form.address, &["address"], true) {
            value.address = Loose::Value(address::check(&mut ctx, &address, market, want));
        }
    }
    value.primary_contact =
        check_primary_contact(&mut ctx, form, market, want).map(Loose::Value).unwrap_or_default();
    value.support = check_support(&mut ctx, form, market, want).map(Loose::Value).unwrap_or_default();
    value.partner_id = check_partner_id(&mut ctx, form, market, want).map(Loose::Value).unwrap_or_default();
    if want.leaf(&["workAccount"]) {
        value.work_account =
            web::check_work_account(&mut ctx, form, want).map(Loose::Value).unwrap_or_default();
    }
    value.language = field(&mut ctx, want, &["language"], &form.language, |ctx| {
        language::check(ctx, &form.language, market)
    });

    Validation { ok: no_errors(&ctx.issues), issues: ctx.issues, value }
}

/// Helpers for the rule tests of the form's modules.
#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use crate::issue::PathSegment;
    use serde_json::{json, Value};

    /// A complete French form that passes every rule.
    pub fn base() -> Value {
        json!({
            "country": "FR",
            "company": { "legalName": "Contoso France SAS", "duns": "659410848", "vatId": "FR12345678901" },
            "address": { "line1": "10 rue de la Paix", "city": "Paris", "postalCode": "75002", "country": "FR" },
            "primaryContact": { "firstName": "Gena", "lastName": "Dupont", "email": "gena.dupont@contoso.fr", "phone": "+33 1 23 45 67 89" },
            "support": { "email": "support@contoso.fr", "phone": "01 23 45 67 89", "website": "www.contoso.fr" },
            "partnerId": { "id": "1234567", "country": "FR" },
            "workAccount": { "domain": "contoso.onmicrosoft.com" },
            "language": "fr"
        })
    }

    /// `form` with the field at the dotted `path` set to `value` (`Value::Null` removes it).
    pub fn with(mut form: Value, path: &str, value: Value) -> Value {
        let keys: Vec<&str> = path.split('.').collect();
        let (last, parents) = keys.split_last().unwrap();
        let mut node = &mut form;
        for k in parents {
            if node.get(*k).is_none() {
                node[*k] = json!({});
            }
            node = node.get_mut(*k).unwrap();
        }
        if value.is_null() {
            node.as_object_mut().unwrap().remove(*last);
        } else {
            node[*last] = value;
        }
        form
    }

    pub fn validate_with(form: &Value, options: Value) -> Validation<EnrollmentForm> {
        let form: EnrollmentForm = crate::read::from_json(form.clone());
        let options: EnrollmentOptions = crate::read::from_json(options);
        validate_enrollment(&form, &options)
    }

    pub fn validate(form: &Value) -> Validation<EnrollmentForm> {
        validate_with(form, json!({}))
    }

    /// Issue codes (snake_case) at the dotted path of the whole-form validation.
    pub fn codes_at(result: &Validation<EnrollmentForm>, path: &str) -> Vec<String> {
        let want: Vec<PathSegment> = path.split('.').map(|k| PathSegment::Key(k.to_owned())).collect();
        result
            .issues
            .iter()
            .filter(|i| i.path == want)
            .map(|i| serde_json::to_value(i.code).unwrap().as_str().unwrap().to_owned())
            .collect()
    }

    /// Codes at `path` once the field at `path` is set to `value` in the base form.
    pub fn field_codes(path: &str, value: Value) -> Vec<String> {
        codes_at(&validate(&with(base(), path, value)), path)
    }

    /// The normalized value of the field at `path` after setting it to `value`.
    pub fn normalized(path: &str, value: Value) -> Value {
        let out = serde_json::to_value(validate(&with(base(), path, value)).value).unwrap();
        path.split('.').fold(out, |v, k| v.get(k).cloned().unwrap_or(Value::Null))
    }
}

#[cfg(test)]
mod tests;
