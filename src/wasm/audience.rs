//! CSP reseller audience exports (SPEC §6, REG-4, AUD-CSV).

use super::{from_js, to_js};
use wasm_bindgen::prelude::*;

/// AUD-1: can this offer be sold through CSP partners?
#[wasm_bindgen(js_name = audienceEligibility, unchecked_return_type = "CheckResult")]
pub fn audience_eligibility(
    #[wasm_bindgen(unchecked_param_type = "OfferInfo")] offer: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::audience_eligibility(&from_js(Some(offer)), &from_js(options)))
}

/// AUD-1: the audience of a new, unpublished offer.
#[wasm_bindgen(js_name = audienceStart, unchecked_return_type = "AudienceState")]
pub fn audience_start(#[wasm_bindgen(unchecked_param_type = "OfferInfo")] offer: JsValue) -> JsValue {
    to_js(&crate::audience_start(&from_js(Some(offer))))
}

/// AUD-2/AUD-3: what changing the audience takes, the resulting audience, and the support request to file.
#[wasm_bindgen(js_name = planAudienceChange, unchecked_return_type = "AudiencePlan")]
pub fn plan_audience_change(
    #[wasm_bindgen(unchecked_param_type = "AudienceState")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AudienceTarget")] target: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AudiencePlanOptions")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::plan_audience_change(&from_js(Some(state)), &from_js(Some(target)), &from_js(options)))
}

/// AUD-4: the CSP fields of the offer listing.
#[wasm_bindgen(js_name = validateAudienceListing, unchecked_return_type = "Validation<AudienceListing>")]
pub fn validate_audience_listing(
    #[wasm_bindgen(unchecked_param_type = "AudienceListing")] listing: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::validate_audience_listing(&from_js(Some(listing)), &from_js(options)))
}

/// REG-4: may this partner sell the offer to a customer in this country (China: only with `options.planKind` `free` or `byol`)?
#[wasm_bindgen(js_name = checkAuthorizedSale, unchecked_return_type = "CheckResult")]
pub fn check_authorized_sale(
    #[wasm_bindgen(unchecked_param_type = "AudienceState")] audience: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SellingPartner")] partner: JsValue,
    #[wasm_bindgen(js_name = customerCountry, unchecked_param_type = "string")] customer_country: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SaleOptions")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::check_authorized_sale(
        &from_js(Some(audience)),
        &from_js(Some(partner)),
        &from_js(Some(customer_country)),
        &from_js(options),
    ))
}

/// AUD-5: a tenant ID, normalized (lower case, hyphenated), or the issue that refuses it.
#[wasm_bindgen(js_name = validateTenantId, unchecked_return_type = "Validation<string | null>")]
pub fn validate_tenant_id(
    #[wasm_bindgen(unchecked_param_type = "string")] value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::validate_tenant_id(&from_js(Some(value)), &from_js(options)))
}
