//! The API by name over JSON values, natively — what a server exposes, and how the shared test
//! vectors run natively. The arms are generated from the API's table (`src/api/`), as the wasm
//! exports are: each converts the JSON arguments exactly as the wasm bindings convert JS values
//! (lenient `Text`/`Options`) and calls the same function.

use crate::error::Error;
use crate::read::FromValue;
use serde::Serialize;
use serde_json::Value;

/// Reads one argument (`None`: not given) through the one reader (`src/read/`): the one conversion
/// point of the JSON arguments, as `from_js` is in wasm.
pub(crate) fn arg<T: FromValue>(value: Option<&Value>) -> T {
    T::from_json(value)
}

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
