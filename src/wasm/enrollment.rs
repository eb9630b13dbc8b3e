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
    let options = from_js(options);
    let answer = move |path: &FieldPath, shape: &str| {
        let form = from_js_shaped(Some(form), shape);
        to_js(&crate::validate_enrollment_field(&form, path, &options))
    };
    match path.as_string() {
        // A string path (one JS call) is split and its shape found once (the last few kept).
        Some(text) => with_path(text, answer),
        None => {
            let path = from_js(Some(path));
            answer(&path, &crate::enrollment::field_shape(&path))
        }
    }
}

/// Calls `f` with the path that `text` spells and its walker shape, kept for the next keystroke.
fn with_path<R>(text: String, f: impl FnOnce(&FieldPath, &str) -> R) -> R {
    type Kept = (String, FieldPath, std::borrow::Cow<'static, str>);
    const KEPT: usize = 16;
    thread_local! {
        static PATHS: std::cell::RefCell<Vec<Kept>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    PATHS.with(|kept| {
        let Ok(mut kept) = kept.try_borrow_mut() else {
            // Re-entered (a getter of the form called this export): nothing kept.
            let path = FieldPath::from_value(crate::read::Value::Str(text));
            return f(&path, &crate::enrollment::field_shape(&path));
        };
        if !kept.iter().any(|(t, _, _)| *t == text) {
            if kept.len() >= KEPT {
                kept.remove(0);
            }
            let path = FieldPath::from_value(crate::read::Value::Str(text.clone()));
            let shape = crate::enrollment::field_shape(&path);
            kept.push((text.clone(), path, shape));
        }
        match kept.iter().find(|(t, _, _)| *t == text) {
            Some((_, path, shape)) => f(path, shape),
            None => {
                let path = FieldPath::from_value(crate::read::Value::Str(text));
                f(&path, &crate::enrollment::field_shape(&path))
            }
        }
    })
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
