//! The wasm-bindgen layer: converts values at the JS border and calls the same functions the
//! server calls. It adds no rule and no text. The exports are generated from the API's table
//! (`src/api/`) and convert through [`from_js`] and [`to_js`]; here are those two, the border's own
//! decoding (the keystroke's narrowed form, the CSV read in slices, the `PartnerCsvReader` class).
//!
//! Inputs arrive as `JsValue` and are decoded leniently (a wrong type becomes an issue in the
//! rule, never a throw); results go out as JSON text through `JSON.parse` (`ser.rs`): plain
//! objects for maps, `null` for absent values, the same JSON shape as the native `json` module.

// The border decoders of two jobs, each behind the cargo feature of that job (all on by default;
// the jobs' exports are gated in `src/api/mod.rs`).
#[cfg(feature = "csv")]
mod csv;
mod de;
#[cfg(feature = "csv")]
pub(crate) use de::{chunk, Chunk};
#[cfg(feature = "enrollment")]
mod enrollment;
mod ser;
#[cfg(feature = "test-trap")]
mod test_trap;

#[cfg(feature = "csv")]
pub(crate) use csv::parse_partner_csv;
#[cfg(feature = "csv")]
pub use csv::PartnerCsvReader;
#[cfg(feature = "enrollment")]
#[doc(hidden)]
pub use enrollment::read_enrollment_form;
#[cfg(feature = "enrollment")]
pub(crate) use enrollment::{validate_enrollment, validate_enrollment_field};
#[cfg(feature = "test-trap")]
pub use test_trap::*;

use crate::read::{self, FromValue};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsValue;

/// Converts a result to a JS value (plain objects, `null` for `None`): its JSON text, then
/// `JSON.parse` (see `ser.rs`; `null` if the value has no JSON form, which no result type has).
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsValue {
    match ser::to_json(value) {
        // A keystroke on a valid field answers `[]`: a new array without parsing JSON text (the
        // string's copy into JS and `JSON.parse` were ~8 % of such a call, docs/performance.md).
        Ok(json) if json == "[]" => js_sys::Array::new().into(),
        Ok(json) => js_sys::JSON::parse(&json).ok().unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    }
}

#[wasm_bindgen(module = "/src/wasm/walk.js")]
extern "C" {
    /// The tags of `value` read with `shape` (`src/read/tags.rs`); never throws.
    #[wasm_bindgen(js_name = walk)]
    fn walk(
        value: &JsValue,
        shape: &JsValue,
        max_units: u32,
        max_depth: u32,
        max_items: u32,
        max_values: u32,
    ) -> Option<String>;
}

/// Reads an argument through the one reader (`src/read/`): one call to the JS walker, then
/// [`FromValue`]. Never throws, whatever the value (getters and proxies that throw, cycles, typed
/// arrays…); a value the walker could not describe reads as missing.
pub(crate) fn from_js<T: FromValue>(value: Option<JsValue>) -> T {
    match value {
        Some(value) => from_js_shaped(Some(value), &T::shape_text()),
        None => T::from_value(read::Value::Missing),
    }
}

/// As [`from_js`], reading only the members `shape` lists (a narrower shape than `T`'s own).
pub(crate) fn from_js_shaped<T: FromValue>(value: Option<JsValue>, shape: &str) -> T {
    let value = value
        .and_then(|v| {
            let shape = shape_js(shape);
            walk(&v, &shape, read::MAX_FIELD_BYTES as u32, read::MAX_DEPTH, read::MAX_ITEMS, read::MAX_VALUES)
        })
        .and_then(|tags| read::from_tags(&tags))
        .unwrap_or_default();
    T::from_value(value)
}

/// `shape` as a JS string, made once per shape: a `&str` argument would be decoded into a new JS
/// string on every call (a `TextDecoder` call, ~1 µs in Node: a tenth of a keystroke), and the
/// walker finds its parsed shape faster by a string it has seen. The shapes are a few constants.
fn shape_js(shape: &str) -> JsValue {
    const KEPT: usize = 64;
    thread_local! {
        static SHAPES: std::cell::RefCell<Vec<(String, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    SHAPES.with(|cache| {
        let Ok(mut cache) = cache.try_borrow_mut() else { return JsValue::from_str(shape) };
        if let Some((_, js)) = cache.iter().find(|(text, _)| text == shape) {
            return js.clone();
        }
        let js = JsValue::from_str(shape);
        if cache.len() < KEPT {
            cache.push((shape.to_owned(), js.clone()));
        }
        js
    })
}

/// Calls an export by its JS name with JS arguments (missing ones are `undefined`, or `None` for an
/// optional one); `None` for a name that is not in the API's table. For the wasm tests: not
/// exported, so not in the `.wasm`.
#[doc(hidden)]
pub fn call(function: &str, args: &[JsValue]) -> Option<JsValue> {
    crate::api::JOBS.iter().find_map(|job| (job.wasm)(function, args))
}
