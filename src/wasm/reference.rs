//! Reference data exports (SPEC §1, REG-5).

use super::{from_js, to_js};
use crate::input::{Options, Text};
use wasm_bindgen::prelude::*;

/// The supported message locales (`["en", "fr"]`).
// Through `to_js` like every other result: a `Vec<String>` return would add wasm-bindgen's own
// string-array conversion to the .wasm (1.5 KB).
#[wasm_bindgen(js_name = supportedLocales, unchecked_return_type = "string[]")]
pub fn supported_locales() -> JsValue {
    to_js(&crate::supported_locales())
}

/// Versions of the compiled-in reference data (REF-5).
#[wasm_bindgen(js_name = dataVersion, unchecked_return_type = "DataVersion")]
pub fn data_version() -> JsValue {
    to_js(&crate::data_version())
}

/// The 244 CSP markets (REF-1), named in `options.locale`.
#[wasm_bindgen(js_name = markets, unchecked_return_type = "Market[]")]
pub fn markets(#[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>) -> JsValue {
    to_js(&crate::markets(from_js::<Options>(options).locale()))
}

/// The market of an ISO code, case-insensitive, named in `options.locale`; `null` for a non-market (REF-2).
#[wasm_bindgen(js_name = market, unchecked_return_type = "Market | null")]
pub fn market(
    #[wasm_bindgen(unchecked_param_type = "string")] country: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    let locale = from_js::<Options>(options).locale();
    to_js(&from_js::<Text>(Some(country)).as_str().and_then(|c| crate::market(c, locale)))
}

/// The 15 CSP regions (REF-3), named in `options.locale`.
#[wasm_bindgen(js_name = regions, unchecked_return_type = "Region[]")]
pub fn regions(#[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>) -> JsValue {
    to_js(&crate::regions(from_js::<Options>(options).locale()))
}

/// The billing currency of a market; `null` for a non-market (REG-5).
#[wasm_bindgen(js_name = currencyFor, unchecked_return_type = "Currency | null")]
pub fn currency_for(#[wasm_bindgen(unchecked_param_type = "string")] country: JsValue) -> JsValue {
    to_js(&from_js::<Text>(Some(country)).as_str().and_then(crate::currency_for))
}

/// How to lay out and check an address in a country; `null` for an unknown code (REF-4).
#[wasm_bindgen(js_name = addressFormat, unchecked_return_type = "AddressFormat | null")]
pub fn address_format(
    #[wasm_bindgen(unchecked_param_type = "string")] country: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    let options: Options = from_js(options);
    to_js(&from_js::<Text>(Some(country)).as_str().and_then(|c| crate::address_format(c, options.locale())))
}

/// The validation rules of a CSP market with Partner Center's field names, as `validateEnrollment`
/// applies them (`options.countryRules` over the built-in ones); `null` for a non-market (REF-6).
#[wasm_bindgen(js_name = countryRules, unchecked_return_type = "CountryValidationRules | null")]
pub fn country_rules(
    #[wasm_bindgen(unchecked_param_type = "string")] country: JsValue,
    #[wasm_bindgen(unchecked_param_type = "EnrollmentOptions")] options: Option<JsValue>,
) -> JsValue {
    let options: crate::EnrollmentOptions = from_js(options);
    to_js(&from_js::<Text>(Some(country)).as_str().and_then(|c| crate::country_rules_with(c, &options)))
}
