//! Enrolment lifecycle exports (SPEC §3, LIFE).

use super::{from_js, to_js};
use crate::input::Text;
use crate::lifecycle::EnrollmentStateInput;
use wasm_bindgen::prelude::*;

/// A new enrolment: `{ status: "draft", … }`.
#[wasm_bindgen(js_name = enrollmentStart, unchecked_return_type = "EnrollmentState")]
pub fn enrollment_start() -> JsValue {
    to_js(&crate::enrollment_start())
}

/// The next state and its effects, or the issues refusing the event (the state unchanged). Never throws.
#[wasm_bindgen(js_name = enrollmentApply, unchecked_return_type = "Transition<EnrollmentState>")]
pub fn enrollment_apply(
    #[wasm_bindgen(unchecked_param_type = "EnrollmentState")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "EnrollmentEvent")] event: JsValue,
    #[wasm_bindgen(unchecked_param_type = "EnrollmentOptions")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::enrollment_apply(
        from_js::<crate::lifecycle::EnrollmentStateInput>(Some(state)),
        from_js::<crate::lifecycle::EnrollmentEventInput>(Some(event)),
        &from_js(options),
    ))
}

/// The events a UI may offer in this state (each accepted by `enrollmentApply` for a valid payload).
#[wasm_bindgen(js_name = enrollmentEvents, unchecked_return_type = "EnrollmentEventType[]")]
pub fn enrollment_events(
    #[wasm_bindgen(unchecked_param_type = "EnrollmentState")] state: JsValue,
) -> JsValue {
    to_js(&crate::enrollment_events(from_js::<EnrollmentStateInput>(Some(state))))
}

/// LIFE-2: when the vetting is expected (3–5 business days) and whether it is overdue.
#[wasm_bindgen(js_name = vettingDue, unchecked_return_type = "VettingDue")]
pub fn vetting_due(
    #[wasm_bindgen(unchecked_param_type = "EnrollmentState")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] today: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::vetting_due(
        from_js::<EnrollmentStateInput>(Some(state)),
        &from_js::<Text>(Some(today)),
        &from_js(options),
    ))
}
