//! Enrolment form exports (SPEC §2).

use super::{from_js, from_js_shaped, to_js};
use crate::input::FieldPath;
use crate::read::FromValue;
use wasm_bindgen::prelude::*;

/// Validates a whole enrolment form; `value` is the form as the server would store it.
#[wasm_bindgen(js_name = validateEnrollment, unchecked_return_type = "Validation<EnrollmentForm>")]
pub fn validate_enrollment(
    #[wasm_bindgen(unchecked_param_type = "EnrollmentForm")] form: JsValue,
    #[wasm_bindgen(unchecked_param_type = "EnrollmentOptions")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::validate_enrollment(&from_js(Some(form)), &from_js(options)))
}

/// The issues of one field (`"address.postalCode"` or `["address", "postalCode"]`) in the context of the form.
#[wasm_bindgen(js_name = validateEnrollmentField, unchecked_return_type = "Issue[]")]
pub fn validate_enrollment_field(
    #[wasm_bindgen(unchecked_param_type = "EnrollmentForm")] form: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | (string | number)[]")] path: JsValue,
    #[wasm_bindgen(unchecked_param_type = "EnrollmentOptions")] options: Option<JsValue>,
) -> JsValue {
    let path = read_path(path);
    // Only `country` and the member holding the field are read (`field_shape`).
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
