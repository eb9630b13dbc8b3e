//! Enrolment form exports (SPEC §2).

use super::form::{self, Tags};
use super::{from_js, to_js};
use crate::enrollment::{Address, Company, EnrollmentForm, PartnerIdRef, PrimaryContact, Support, WorkAccount};
use crate::input::FieldPath;
use serde::de::IntoDeserializer;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// Validates a whole enrolment form; `value` is the form as the server would store it.
#[wasm_bindgen(js_name = validateEnrollment, unchecked_return_type = "Validation<EnrollmentForm>")]
pub fn validate_enrollment(
    #[wasm_bindgen(unchecked_param_type = "EnrollmentForm")] form: JsValue,
    #[wasm_bindgen(unchecked_param_type = "EnrollmentOptions")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::validate_enrollment(&decode_form(form, None), &from_js(options)))
}

/// The issues of one field (`"address.postalCode"` or `["address", "postalCode"]`) in the context of the form.
#[wasm_bindgen(js_name = validateEnrollmentField, unchecked_return_type = "Issue[]")]
pub fn validate_enrollment_field(
    #[wasm_bindgen(unchecked_param_type = "EnrollmentForm")] form: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | (string | number)[]")] path: JsValue,
    #[wasm_bindgen(unchecked_param_type = "EnrollmentOptions")] options: Option<JsValue>,
) -> JsValue {
    let path = decode_path(path);
    to_js(&crate::validate_enrollment_field(&decode_form(form, member_for(&path)), &path, &from_js(options)))
}

/// The members of [`EnrollmentForm`] for `form.js`, in the order of the struct (and of [`read_form`]).
const MEMBERS: [&str; 8] = [
    "country",
    "company:legalName,duns,vatId,registrationId",
    "address:line1,line2,line3,city,state,postalCode,country",
    "primaryContact:firstName,lastName,email,phone",
    "support:email,phone,website",
    "partnerId:id,country",
    "workAccount:domain",
    "language",
];

std::thread_local! {
    /// The specs of `form.js`, made once: every member, then `country` alone (index 0) or with one
    /// more member (index i, 1 ≤ i < 8).
    static SPECS: Vec<JsValue> = {
        let [country, others @ ..] = MEMBERS;
        let specs = [MEMBERS.join(";"), country.to_owned()].into_iter().chain(others.iter().map(|m| format!("{country};{m}")));
        specs.map(|spec| JsValue::from_str(&spec)).collect()
    };
}

/// The form as the generic decoder reads it, in one JS call when `form.js` can (nearly always).
/// `only`: the index in [`MEMBERS`] of the one member needed besides `country`; the others are left
/// missing (see [`crate::enrollment::field_branch`]). `None`: every member.
fn decode_form(value: JsValue, only: Option<usize>) -> EnrollmentForm {
    fast(&value, only).unwrap_or_else(|| from_js(Some(value)))
}

fn fast(value: &JsValue, only: Option<usize>) -> Option<EnrollmentForm> {
    let packed = SPECS.with(|specs| specs.get(only.map_or(0, |i| i + 1)).and_then(|spec| form::read_fields(value, spec)))?;
    let mut t = Tags::new(&packed);
    let form = read_form(&mut t, only)?;
    t.is_done().then_some(form)
}

fn read_form(t: &mut Tags, only: Option<usize>) -> Option<EnrollmentForm> {
    let read = |i: usize| only.map_or(true, |k| i == 0 || i == k);
    let mut form = EnrollmentForm::default();
    if read(0) {
        form.country = t.text()?;
    }
    if read(1) {
        form.company = t.object(|t| Some(Company { legal_name: t.text()?, duns: t.text()?, vat_id: t.text()?, registration_id: t.text()? }))?;
    }
    if read(2) {
        form.address = t.object(|t| {
            Some(Address {
                line1: t.text()?,
                line2: t.text()?,
                line3: t.text()?,
                city: t.text()?,
                state: t.text()?,
                postal_code: t.text()?,
                country: t.text()?,
            })
        })?;
    }
    if read(3) {
        form.primary_contact = t.object(|t| Some(PrimaryContact { first_name: t.text()?, last_name: t.text()?, email: t.text()?, phone: t.text()? }))?;
    }
    if read(4) {
        form.support = t.object(|t| Some(Support { email: t.text()?, phone: t.text()?, website: t.text()? }))?;
    }
    if read(5) {
        form.partner_id = t.object(|t| Some(PartnerIdRef { id: t.text()?, country: t.text()? }))?;
    }
    if read(6) {
        form.work_account = t.object(|t| Some(WorkAccount { domain: t.text()? }))?;
    }
    if read(7) {
        form.language = t.text()?;
    }
    Some(form)
}

/// The member of [`MEMBERS`] that `validate_enrollment_field` reads for `path` besides `country`.
fn member_for(path: &FieldPath) -> Option<usize> {
    let key = crate::enrollment::field_branch(path)?;
    Some(MEMBERS.iter().position(|m| m.split(':').next() == Some(key)).unwrap_or(0))
}

/// A path: a string is read directly (one JS call); anything else by the generic decoder.
fn decode_path(value: JsValue) -> FieldPath {
    match value.as_string() {
        Some(s) => FieldPath::deserialize(IntoDeserializer::<super::de::Quiet>::into_deserializer(s)).unwrap_or_default(),
        None => from_js(Some(value)),
    }
}

/// The generic and the fast decoding of a form, for the wasm tests (`None`: the fast path gave up).
#[doc(hidden)]
pub fn decode_enrollment_form_both(value: &JsValue) -> (EnrollmentForm, Option<EnrollmentForm>) {
    (from_js(Some(value.clone())), fast(value, None))
}
