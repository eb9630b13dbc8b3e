//! Enrolment form exports (SPEC §2).

use super::{from_js, to_js};
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
    to_js(&crate::validate_enrollment_field(&from_js(Some(form)), &from_js(Some(path)), &from_js(options)))
}
