//! The enrolment form at the JS border (SPEC §2), for the exports of `src/api/enrollment.rs`: the
//! keystroke reads only the members of the form it needs.

use super::{from_js, from_js_shaped, to_js};
use crate::input::FieldPath;
use crate::read::FromValue;
use wasm_bindgen::prelude::*;

/// The export of `validate_enrollment` (`src/api/enrollment.rs`).
pub(crate) fn validate_enrollment(form: JsValue, options: Option<JsValue>) -> JsValue {
    to_js(&crate::validate_enrollment(&from_js(Some(form)), &from_js(options)))
}

/// The export of `validate_enrollment_field` (`src/api/enrollment.rs`): the path first, then only
/// `country` and the member of the form holding the field (`field_shape`).
pub(crate) fn validate_enrollment_field(form: JsValue, path: JsValue, options: Option<JsValue>) -> JsValue {
    let path = read_path(path);
    let form = from_js_shaped(Some(form), &crate::enrollment::field_shape(&path));
    to_js(&crate::validate_enrollment_field(&form, &path, &from_js(options)))
}

/// A path: a string is read directly (one JS call); anything else through the walker.
fn read_path(value: JsValue) -> FieldPath {
    match value.as_string() {
        Some(s) => FieldPath::from_value(crate::read::Value::Str(s)),
        None => from_js(Some(value)),
    }
}

/// The form as `validateEnrollmentField` reads it for `path` (`None`: as `validateEnrollment` does),
/// for the wasm tests.
#[doc(hidden)]
pub fn read_enrollment_form(value: &JsValue, path: Option<&str>) -> crate::enrollment::EnrollmentForm {
    match path {
        None => from_js(Some(value.clone())),
        Some(path) => from_js_shaped(
            Some(value.clone()),
            &crate::enrollment::field_shape(&FieldPath::from_value(path.into())),
        ),
    }
}
