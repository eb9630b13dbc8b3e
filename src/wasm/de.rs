//! The classification of a streamed CSV chunk (`PartnerCsvReader.push`) with JS operations that
//! can't throw. Every other argument is read by the one reader (`src/read/`, `walk.js`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The JS operations a hostile value can make throw, caught in JS (`safe.js`).
#[wasm_bindgen(module = "/src/wasm/safe.js")]
extern "C" {
    #[wasm_bindgen(js_name = isArray)]
    fn is_array(value: &JsValue) -> Option<bool>;
    #[wasm_bindgen(js_name = isView)]
    fn is_view(value: &JsValue) -> Option<bool>;
    #[wasm_bindgen(js_name = tag)]
    fn object_tag(value: &JsValue) -> Option<String>;
    /// `new Uint8Array(view)`: a copy of a typed array's elements as bytes.
    #[wasm_bindgen(js_name = bytesOf)]
    fn bytes_of(view: &JsValue) -> Option<js_sys::Uint8Array>;
}

/// A chunk of a streamed file (`PartnerCsvReader.push`), classified without any JS operation that
/// can throw (`instanceof` and `Array.isArray` throw on some proxies, and a throw inside a method
/// would leave the Rust object borrowed for good).
#[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "used by the `csv` exports only"))]
pub(crate) enum Chunk {
    Text(js_sys::JsString),
    /// A copy of a `Uint8Array`'s or an `ArrayBuffer`'s bytes.
    Bytes(Vec<u8>),
    /// Anything else, by kind: `null`, `array`, or its `typeof`.
    Other(String),
}

#[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "used by the `csv` exports only"))]
pub(crate) fn chunk(value: &JsValue) -> Chunk {
    if value.is_string() {
        return Chunk::Text(value.clone().unchecked_into());
    }
    let tag = object_tag(value).unwrap_or_default();
    let is_bytes =
        (tag == "[object Uint8Array]" && is_view(value).unwrap_or(false)) || tag == "[object ArrayBuffer]";
    if is_bytes {
        if let Some(bytes) = bytes_of(value) {
            return Chunk::Bytes(bytes.to_vec());
        }
    }
    let kind = if value.is_null() {
        "null".to_owned()
    } else if is_array(value).unwrap_or(false) {
        "array".to_owned()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    };
    Chunk::Other(kind)
}
