//! The wasm-bindgen layer: converts values at the JS border and calls the same functions the
//! server calls. It adds no rule and no text. One file per domain, each a list of thin exports.
//!
//! Inputs arrive as `JsValue` and are decoded leniently (a wrong type becomes an issue in the
//! rule, never a throw); results go out as JSON text through `JSON.parse` (`ser.rs`): plain
//! objects for maps, `null` for absent values, the same JSON shape as the native `json` module.

// One module per job, each behind the cargo feature of that name (all on by default); the reference
// exports (markets, address formats, country rules, versions) are always there.
#[cfg(feature = "audience")]
mod audience;
#[cfg(feature = "csv")]
mod csv;
mod de;
#[cfg(feature = "csv")]
pub(crate) use de::{chunk, Chunk};
#[cfg(feature = "enrollment")]
mod enrollment;
#[cfg(feature = "enrollment")]
mod form;
#[cfg(feature = "lifecycle")]
mod lifecycle;
mod reference;
#[cfg(feature = "regions")]
mod regions;
#[cfg(feature = "relationship")]
mod relationship;
mod ser;
#[cfg(feature = "test-trap")]
mod test_trap;

#[cfg(feature = "audience")]
pub use audience::*;
#[cfg(feature = "csv")]
pub use csv::*;
#[cfg(feature = "enrollment")]
pub use enrollment::*;
#[cfg(feature = "lifecycle")]
pub use lifecycle::*;
pub use reference::*;
#[cfg(feature = "regions")]
pub use regions::*;
#[cfg(feature = "relationship")]
pub use relationship::*;
#[cfg(feature = "test-trap")]
pub use test_trap::*;

use serde::de::DeserializeOwned;
use serde::Serialize;
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

/// Decodes an argument; a value of the wrong shape becomes the type's default (the rule then
/// reports the field as missing or of the wrong type). Never throws, whatever the value (getters
/// and proxies that throw, cycles, typed arrays…): see `de.rs`.
pub(crate) fn from_js<T: DeserializeOwned + Default>(value: Option<JsValue>) -> T {
    value.and_then(|v| de::decode(v).ok()).unwrap_or_default()
}
