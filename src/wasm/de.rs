//! Decoding of JS arguments: a serde `Deserializer` over `JsValue` that can't throw and can't be
//! made to loop, used by `from_js` for every export (one place, not per function).
//!
//! Why not `serde_wasm_bindgen::from_value`: (1) it reads properties with plain `Object.entries`
//! / property gets, so a getter or a `Proxy` trap that throws propagated its exception through
//! the wasm export (SPEC 0.6 forbids any throw); (2) its errors are formatted strings, which
//! pulled float formatting and serde's error texts into the .wasm (~20 KB raw) although every
//! decoding error is dropped anyway (`from_js` falls back to the type's default).
//!
//! Behaviour, same as serde-wasm-bindgen where it can be: `undefined`/`null` → none/unit;
//! booleans; numbers → `i64`/`u64` when a safe integer, else `f64`; strings (lone surrogates
//! become U+FFFD, as in every wasm-bindgen string); arrays and typed arrays → sequences (a typed array is
//! an array-like: a string field holding one gets `invalid_type`, received "array");
//! other objects and functions → maps of their own enumerable string keys (structs read only
//! their field names). Differences, all at the border: a property whose getter or proxy trap
//! throws reads as `undefined` (missing); an object whose keys can't be listed reads as empty;
//! a `BigInt` reads as a number (its value when it fits `i64`/`u64`); a `Symbol` as an empty
//! object; nesting deeper than [`MAX_DEPTH`] (e.g. a cyclic object under a field decoded
//! generically), an array longer than [`MAX_ITEMS`] or more than [`MAX_VALUES`] values in one
//! argument fail the decoding, so the argument gets its default (bounded time, no hang).

use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Deepest nesting decoded: far above any input shape of the API, far below the stack's limit.
const MAX_DEPTH: u32 = 64;

/// Longest array decoded (a sparse array or a proxy can claim a length of 2³²−1 for free): far
/// above any list of the API (partners, domains), far below a hang.
const MAX_ITEMS: u32 = 1 << 20;

/// Most values decoded in one argument: a value that shares sub-objects (`o = {a: p, b: p}`,
/// repeated) is small in JS but exponential to walk, and a generic field (a tagged enum's
/// buffered content) would walk all of it. Far above any real input (100,000 partners ≈ 400,000).
const MAX_VALUES: u32 = 1 << 21;

std::thread_local! {
    /// Values left to decode in the current argument (wasm is single-threaded; natively unused).
    static BUDGET: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Decodes one argument with a fresh budget.
pub(crate) fn decode<T: de::DeserializeOwned>(value: JsValue) -> Result<T, Quiet> {
    BUDGET.with(|b| b.set(MAX_VALUES));
    T::deserialize(JsDe::new(value))
}

/// The decoder's JS operations, each of which a hostile value can make throw, caught in JS
/// (`safe.js`): `None` instead of an exception, and no externref slot taken per exception.
#[wasm_bindgen(module = "/src/wasm/safe.js")]
extern "C" {
    #[wasm_bindgen(js_name = get)]
    fn safe_get(obj: &JsValue, key: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = keys)]
    fn object_keys(value: &JsValue) -> Option<js_sys::Array>;
    #[wasm_bindgen(js_name = isArray)]
    fn is_array(value: &JsValue) -> Option<bool>;
    #[wasm_bindgen(js_name = isView)]
    fn is_view(value: &JsValue) -> Option<bool>;
    #[wasm_bindgen(js_name = tag)]
    fn object_tag(value: &JsValue) -> Option<String>;
    /// An own enumerable property (never one inherited from a prototype, e.g.
    /// `Object.prototype.country = "FR"`).
    #[wasm_bindgen(js_name = ownEnumerable)]
    fn own_enumerable(obj: &JsValue, key: &JsValue) -> Option<bool>;
    /// `new Uint8Array(view)`: a copy of a typed array's elements as bytes.
    #[wasm_bindgen(js_name = bytesOf)]
    fn bytes_of(view: &JsValue) -> Option<js_sys::Uint8Array>;
}

/// A decoding error. It carries no text on purpose: it is never shown (see the module doc).
#[derive(Debug)]
pub(crate) struct Quiet;

impl fmt::Display for Quiet {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("invalid value")
    }
}

impl std::error::Error for Quiet {}

impl de::Error for Quiet {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Quiet
    }
}

/// `obj[key]`; `undefined` when the getter or the proxy trap throws.
fn get(obj: &JsValue, key: &JsValue) -> JsValue {
    safe_get(obj, key)
}

/// A chunk of a streamed file (`PartnerCsvReader.push`), classified without any JS operation that
/// can throw (`instanceof` and `Array.isArray` throw on some proxies, and a throw inside a method
/// would leave the Rust object borrowed for good).
#[cfg_attr(not(feature = "csv"), allow(dead_code))] // used by the `csv` exports only
pub(crate) enum Chunk {
    Text(js_sys::JsString),
    /// A copy of a `Uint8Array`'s or an `ArrayBuffer`'s bytes.
    Bytes(Vec<u8>),
    /// Anything else, by kind: `null`, `array`, or its `typeof`.
    Other(String),
}

#[cfg_attr(not(feature = "csv"), allow(dead_code))]
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

/// What a JS value is, for serde.
enum Shape {
    Unit,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(String),
    /// An array (or a typed array) and its length.
    Seq(JsValue, u32),
    /// An object and the keys to read.
    Map(JsValue, Vec<JsValue>),
    /// An array longer than [`MAX_ITEMS`]: refused.
    TooLong,
}

#[inline(never)]
fn classify(v: JsValue) -> Shape {
    if v.is_undefined() || v.is_null() {
        return Shape::Unit;
    }
    if let Some(b) = v.as_bool() {
        return Shape::Bool(b);
    }
    if let Some(n) = v.as_f64() {
        // A safe integer (`Number.isSafeInteger`) is exact in i64/u64.
        return if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 {
            if n >= 0.0 {
                Shape::U64(n as u64)
            } else {
                Shape::I64(n as i64)
            }
        } else {
            Shape::F64(n)
        };
    }
    if let Some(s) = v.as_string() {
        return Shape::Str(s);
    }
    if v.is_bigint() {
        if let Ok(n) = u64::try_from(v.clone()) {
            return Shape::U64(n);
        }
        return i64::try_from(v).map(Shape::I64).unwrap_or(Shape::F64(f64::NAN));
    }
    if v.is_symbol() {
        return Shape::Map(JsValue::UNDEFINED, Vec::new());
    }
    // Arrays, and typed arrays as the array-likes they are (a field that wants a string gets
    // `invalid_type`, received "array"; a typed array's elements read as numbers).
    if is_array(&v).unwrap_or(false) || is_view(&v).unwrap_or(false) {
        let len = get(&v, &JsValue::from_str("length")).as_f64().unwrap_or(0.0);
        if len > f64::from(MAX_ITEMS) {
            return Shape::TooLong;
        }
        return Shape::Seq(v, if len > 0.0 { len as u32 } else { 0 });
    }
    // Objects and functions: own enumerable string keys; none when listing them throws.
    let keys: Vec<JsValue> = object_keys(&v).map(|a| a.iter().collect()).unwrap_or_default();
    Shape::Map(v, keys)
}

/// The deserializer of one JS value at a nesting depth.
pub(crate) struct JsDe {
    value: JsValue,
    depth: u32,
}

impl JsDe {
    pub(crate) fn new(value: JsValue) -> Self {
        JsDe { value, depth: 0 }
    }

    fn child(&self, value: JsValue) -> Result<JsDe, Quiet> {
        let left = BUDGET.with(|b| {
            let left = b.get().saturating_sub(1);
            b.set(left);
            left
        });
        if self.depth >= MAX_DEPTH || left == 0 {
            return Err(Quiet);
        }
        Ok(JsDe { value, depth: self.depth + 1 })
    }

    fn is_nullish(&self) -> bool {
        self.value.is_undefined() || self.value.is_null()
    }
}

impl<'de> Deserializer<'de> for JsDe {
    type Error = Quiet;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Quiet> {
        // The generic part (one copy per target type) only dispatches: the JS calls are in `classify`.
        let depth = self.depth;
        match classify(self.value) {
            Shape::Unit => visitor.visit_unit(),
            Shape::Bool(b) => visitor.visit_bool(b),
            Shape::U64(n) => visitor.visit_u64(n),
            Shape::I64(n) => visitor.visit_i64(n),
            Shape::F64(n) => visitor.visit_f64(n),
            Shape::Str(s) => visitor.visit_string(s),
            Shape::Seq(array, len) => visitor.visit_seq(Items { array, index: 0, len, depth }),
            Shape::Map(obj, keys) => {
                visitor.visit_map(Entries { obj, keys: keys.into_iter(), value: None, depth })
            }
            Shape::TooLong => Err(Quiet),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Quiet> {
        if self.is_nullish() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Quiet> {
        self.deserialize_any(visitor)
    }

    /// A [`Text`](crate::input::Text) field: a string over the field limit is measured here, in
    /// UTF-16 units, and never copied into the module's memory (see `input::TEXT_FIELD`).
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Quiet> {
        if name == crate::input::TEXT_FIELD && self.value.is_string() {
            let units = self.value.unchecked_ref::<js_sys::JsString>().length();
            if units as usize > crate::input::MAX_FIELD_BYTES {
                return visitor.visit_i128(i128::from(units));
            }
        }
        visitor.visit_newtype_struct(self)
    }

    /// A struct reads only its own field names (as serde-wasm-bindgen does): extra keys, and
    /// getters on them, are never touched; and only those that are own enumerable properties, as
    /// `Object.keys` lists them (an inherited `Object.prototype.country` is not a field). An array
    /// or typed array is refused (serde's default reads a sequence into a struct by position:
    /// `["fr"]` as `{ locale: "fr" }`), as is any other non-object: the argument gets its default.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Quiet> {
        let v = &self.value;
        if self.is_nullish() || !v.is_object() {
            return self.deserialize_any(visitor);
        }
        if is_array(v).unwrap_or(true) || is_view(v).unwrap_or(true) {
            return Err(Quiet);
        }
        let keys: Vec<JsValue> = fields
            .iter()
            .map(|f| JsValue::from_str(f))
            .filter(|key| own_enumerable(v, key).unwrap_or(false))
            .collect();
        visitor.visit_map(Entries {
            obj: self.value.clone(),
            keys: keys.into_iter(),
            value: None,
            depth: self.depth,
        })
    }

    /// Unit variants from a string (`"draft"`); other variants from a one-key object `{ variant: value }`.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Quiet> {
        if let Some(s) = self.value.as_string() {
            return visitor.visit_enum(s.into_deserializer());
        }
        if self.value.is_object() && !is_array(&self.value).unwrap_or(true) {
            let keys = object_keys(&self.value).ok_or(Quiet)?;
            if keys.length() == 1 {
                let key = keys.get(0);
                let value = self.child(get(&self.value, &key))?;
                return visitor.visit_enum(Variant { key: key.as_string().ok_or(Quiet)?, value });
            }
        }
        Err(Quiet)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Quiet> {
        // Nothing is read: an ignored value can be as big or as cyclic as it likes.
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit_struct seq tuple tuple_struct map identifier
    }
}

/// The elements of an array (read by index; a throwing index getter reads as `undefined`).
struct Items {
    array: JsValue,
    index: u32,
    len: u32,
    depth: u32,
}

impl<'de> SeqAccess<'de> for Items {
    type Error = Quiet;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Quiet> {
        if self.index >= self.len {
            return Ok(None);
        }
        let item = get(&self.array, &JsValue::from(self.index));
        self.index += 1;
        let parent = JsDe { value: JsValue::UNDEFINED, depth: self.depth };
        seed.deserialize(parent.child(item)?).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        // A hint only (serde caps preallocation): the length is the caller's claim.
        Some(self.len.saturating_sub(self.index).min(4096) as usize)
    }
}

/// The entries of an object, for the given keys (all own keys, or a struct's field names).
/// Struct fields whose value is `undefined` are skipped, so they read as missing.
struct Entries {
    obj: JsValue,
    keys: std::vec::IntoIter<JsValue>,
    value: Option<JsValue>,
    depth: u32,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = Quiet;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Quiet> {
        for key in self.keys.by_ref() {
            let value = get(&self.obj, &key);
            if value.is_undefined() {
                continue;
            }
            self.value = Some(value);
            let key: String = key.as_string().unwrap_or_default();
            return seed.deserialize(key.into_deserializer()).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Quiet> {
        let value = self.value.take().unwrap_or(JsValue::UNDEFINED);
        let parent = JsDe { value: JsValue::UNDEFINED, depth: self.depth };
        seed.deserialize(parent.child(value)?)
    }
}

/// `{ variant: value }` of an externally tagged enum.
struct Variant {
    key: String,
    value: JsDe,
}

impl<'de> de::EnumAccess<'de> for Variant {
    type Error = Quiet;
    type Variant = JsDe;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, JsDe), Quiet> {
        let key: de::value::StringDeserializer<Quiet> = self.key.into_deserializer();
        Ok((seed.deserialize(key)?, self.value))
    }
}

impl<'de> de::VariantAccess<'de> for JsDe {
    type Error = Quiet;

    fn unit_variant(self) -> Result<(), Quiet> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Quiet> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Quiet> {
        self.deserialize_any(visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Quiet> {
        self.deserialize_struct("", fields, visitor)
    }
}
