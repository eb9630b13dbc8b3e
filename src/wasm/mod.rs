//! The wasm-bindgen layer: converts values at the JS border and calls the same functions the
//! server calls. It adds no rule and no text. The exports are generated from the API's table
//! (`src/api/`) and convert through [`from_js`] and [`to_js`]; here are those two, the border's own
//! decoding (the form's fast path, the CSV read in slices, the `PartnerCsvReader` class).
//!
//! Inputs arrive as `JsValue` and are decoded leniently (a wrong type becomes an issue in the
//! rule, never a throw); results go out as JSON text through `JSON.parse` (`ser.rs`): plain
//! objects for maps, `null` for absent values, the same JSON shape as the native `json` module.

mod csv;
mod de;
pub(crate) use de::{chunk, Chunk};
mod enrollment;
mod form;
mod ser;
#[cfg(feature = "test-trap")]
mod test_trap;

pub(crate) use csv::parse_partner_csv;
pub use csv::PartnerCsvReader;
#[doc(hidden)]
pub use enrollment::decode_enrollment_form_both;
pub(crate) use enrollment::{validate_enrollment, validate_enrollment_field};
#[cfg(feature = "test-trap")]
pub use test_trap::*;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// Converts a result to a JS value (plain objects, `null` for `None`): its JSON text, then
/// `JSON.parse` (see `ser.rs`; `null` if the value has no JSON form, which no result type has).
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsValue {
    ser::to_json(value).ok().and_then(|json| js_sys::JSON::parse(&json).ok()).unwrap_or(JsValue::NULL)
}

/// Decodes an argument; a value of the wrong shape becomes the type's default (the rule then
/// reports the field as missing or of the wrong type). Never throws, whatever the value (getters
/// and proxies that throw, cycles, typed arrays…): see `de.rs`.
pub(crate) fn from_js<T: DeserializeOwned + Default>(value: Option<JsValue>) -> T {
    value.and_then(|v| de::decode(v).ok()).unwrap_or_default()
}

/// Calls an export by its JS name with JS arguments (missing ones are `undefined`, or `None` for an
/// optional one); `None` for a name that is not in the API's table. For the wasm tests: not
/// exported, so not in the `.wasm`.
#[doc(hidden)]
pub fn call(function: &str, args: &[JsValue]) -> Option<JsValue> {
    crate::api::JOBS.iter().find_map(|job| (job.wasm)(function, args))
}
