//! The API by name over JSON values, natively — what a server exposes, and how the shared test
//! vectors run natively. The arms are generated from the API's table (`src/api/`), as the wasm
//! exports are: each converts the JSON arguments exactly as the wasm bindings convert JS values
//! (lenient `Text`/`Options`) and calls the same function.

use crate::error::Error;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// Converts one argument (`None`: not given): the one conversion point of the JSON arguments, as
/// `from_js` is in wasm. An argument of the wrong shape becomes the type's default, as in wasm. An
/// array is never read as a struct (see [`Strict`]).
pub(crate) fn arg<T: DeserializeOwned + Default>(value: Option<&Value>) -> T {
    value.cloned().and_then(|v| T::deserialize(Strict(v)).ok()).unwrap_or_default()
}

/// A JSON argument as the wasm decoder (`src/wasm/de.rs`) reads a JS value: serde's default reads
/// an array into a struct by position (`["fr"]` as `{ "locale": "fr" }`, issue 16 (6)); here a
/// struct refuses an array, so the argument gets its default on both sides. Nested objects are read
/// through `Loose`, which reports an array as `invalid_type` itself.
struct Strict(Value);

impl<'de> serde::Deserializer<'de> for Strict {
    type Error = serde_json::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_option(visitor)
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_newtype_struct(name, visitor)
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        if self.0.is_array() {
            return Err(serde::de::Error::custom("an array is not an object"));
        }
        self.0.deserialize_struct(name, fields, visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map identifier ignored_any
    }
}

/// Converts a result to JSON.
pub(crate) fn out<T: Serialize>(value: T) -> Result<Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::Serialize(e.to_string()))
}

/// Calls the function named as in JS (`"checkCustomerMarket"`) with JSON arguments: the functions
/// are those of the API's table (`src/api/`).
pub fn call(function: &str, args: &[Value]) -> Result<Value, Error> {
    crate::api::JOBS
        .iter()
        .find_map(|job| (job.json)(function, args))
        .unwrap_or_else(|| Err(Error::UnknownFunction(function.to_owned())))
}

/// The JS names of the functions [`call`] knows, in the order of the API's table.
pub fn functions() -> impl Iterator<Item = &'static str> {
    crate::api::functions().map(|f| f.js)
}
