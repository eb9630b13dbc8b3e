//! Region compatibility exports (SPEC §5).

use super::{from_js, to_js};
use wasm_bindgen::prelude::*;

/// REG-1: may a partner in one country sell to a customer in another?
#[wasm_bindgen(js_name = checkCustomerMarket, unchecked_return_type = "CheckResult")]
pub fn check_customer_market(
    #[wasm_bindgen(js_name = partnerCountry, unchecked_param_type = "string")] partner_country: JsValue,
    #[wasm_bindgen(js_name = customerCountry, unchecked_param_type = "string")] customer_country: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::check_customer_market(
        &from_js(Some(partner_country)),
        &from_js(Some(customer_country)),
        &from_js(options),
    ))
}

/// REG-2: is the PartnerID located in the CSP account's country?
#[wasm_bindgen(js_name = checkPartnerIdLocation, unchecked_return_type = "CheckResult")]
pub fn check_partner_id_location(
    #[wasm_bindgen(js_name = partnerIdCountry, unchecked_param_type = "string")] partner_id_country: JsValue,
    #[wasm_bindgen(js_name = accountCountry, unchecked_param_type = "string")] account_country: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::check_partner_id_location(
        &from_js(Some(partner_id_country)),
        &from_js(Some(account_country)),
        &from_js(options),
    ))
}

/// REG-3: may an indirect provider and an indirect reseller work together?
#[wasm_bindgen(js_name = checkProviderReseller, unchecked_return_type = "CheckResult")]
pub fn check_provider_reseller(
    #[wasm_bindgen(js_name = providerCountry, unchecked_param_type = "string")] provider_country: JsValue,
    #[wasm_bindgen(js_name = resellerCountry, unchecked_param_type = "string")] reseller_country: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::check_provider_reseller(
        &from_js(Some(provider_country)),
        &from_js(Some(reseller_country)),
        &from_js(options),
    ))
}
