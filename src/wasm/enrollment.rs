//! The enrolment form at the JS border (SPEC §2): the form read by `form.js` in one call, for the
//! exports of `src/api/enrollment.rs`.

use super::form::{self, Tags};
use super::{from_js, to_js};
use crate::enrollment::{
    Address, Company, EnrollmentForm, PartnerIdRef, PrimaryContact, Support, WorkAccount,
};
use crate::input::{FieldPath, Text};
use crate::read::FromValue;
use wasm_bindgen::prelude::*;

/// The export of `validate_enrollment` (`src/api/enrollment.rs`): the form through the fast path.
pub(crate) fn validate_enrollment(form: JsValue, options: Option<JsValue>) -> JsValue {
    to_js(&crate::validate_enrollment(&decode_form(form, None), &from_js(options)))
}

/// The export of `validate_enrollment_field` (`src/api/enrollment.rs`): the path first, then only
/// the member of the form it needs, through the fast path.
pub(crate) fn validate_enrollment_field(form: JsValue, path: JsValue, options: Option<JsValue>) -> JsValue {
    let path = decode_path(path);
    to_js(&crate::validate_enrollment_field(&decode_form(form, member_for(&path)), &path, &from_js(options)))
}

/// The members of [`EnrollmentForm`] for `form.js`, in the order of the struct (and of [`read_form`]).
const FORM_SPEC: &str = crate::enrollment::FORM_FIELDS;

std::thread_local! {
    static SPEC: JsValue = JsValue::from_str(FORM_SPEC);
}

/// The form as the generic decoder reads it, in one JS call when `form.js` can (nearly always).
/// `only`: the index in [`FORM_SPEC`] of the one member needed besides `country`; the others are left
/// missing (see [`crate::enrollment::field_branch`]). `None`: every member.
fn decode_form(value: JsValue, only: Option<u32>) -> EnrollmentForm {
    fast(&value, only).unwrap_or_else(|| from_js(Some(value)))
}

fn fast(value: &JsValue, only: Option<u32>) -> Option<EnrollmentForm> {
    let packed = SPEC.with(|spec| form::read_fields(value, spec, only))?;
    let mut t = Tags::new(&packed);
    let form = read_form(&mut t, only);
    t.finish().then_some(form)
}

fn read_form(t: &mut Tags, only: Option<u32>) -> EnrollmentForm {
    let read = |i: u32| only.map_or(true, |k| i == 0 || i == k);
    EnrollmentForm {
        country: t.text(),
        company: t.object_if(read(1), |t| Company {
            legal_name: t.text(),
            duns: t.text(),
            vat_id: t.text(),
            registration_id: t.text(),
        }),
        address: t.object_if(read(2), |t| Address {
            line1: t.text(),
            line2: t.text(),
            line3: t.text(),
            city: t.text(),
            state: t.text(),
            postal_code: t.text(),
            country: t.text(),
        }),
        primary_contact: t.object_if(read(3), |t| PrimaryContact {
            first_name: t.text(),
            last_name: t.text(),
            email: t.text(),
            phone: t.text(),
        }),
        support: t.object_if(read(4), |t| Support { email: t.text(), phone: t.text(), website: t.text() }),
        partner_id: t.object_if(read(5), |t| PartnerIdRef { id: t.text(), country: t.text() }),
        work_account: t.object_if(read(6), |t| WorkAccount { domain: t.text() }),
        language: if read(7) { t.text() } else { Text::Missing },
    }
}

/// The member of [`FORM_SPEC`] (its index) that `validate_enrollment_field` reads for `path` besides `country`.
fn member_for(path: &FieldPath) -> Option<u32> {
    let key = crate::enrollment::field_branch(path)?;
    let named = |m: &str| m.strip_prefix(key).is_some_and(|rest| rest.is_empty() || rest.starts_with(':'));
    let at = FORM_SPEC.split(';').position(named).unwrap_or(0);
    Some(u32::try_from(at).unwrap_or(0))
}

/// A path: a string is read directly (one JS call); anything else by the generic decoder.
fn decode_path(value: JsValue) -> FieldPath {
    match value.as_string() {
        Some(s) => FieldPath::from_value(crate::read::Value::Str(s)),
        None => from_js(Some(value)),
    }
}

/// The generic and the fast decoding of a form (`only`: see [`decode_form`]), for the wasm tests
/// (`None`: the fast path gave up).
#[doc(hidden)]
pub fn decode_enrollment_form_both(
    value: &JsValue,
    only: Option<u32>,
) -> (EnrollmentForm, Option<EnrollmentForm>) {
    (from_js(Some(value.clone())), fast(value, only))
}
