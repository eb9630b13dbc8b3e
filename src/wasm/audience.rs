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
    to_js(&crate::check_authorized_sale(&from_js(Some(audience)), &from_js(Some(partner)), &from_js(Some(customer_country)), &from_js(options)))
}

/// AUD-5: a tenant ID, normalized (lower case, hyphenated), or the issue that refuses it.
#[wasm_bindgen(js_name = validateTenantId, unchecked_return_type = "Validation<string | null>")]
pub fn validate_tenant_id(
    #[wasm_bindgen(unchecked_param_type = "string")] value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::validate_tenant_id(&from_js(Some(value)), &from_js(options)))
}

/// AUD-CSV: the partners of a CSV text.
#[wasm_bindgen(js_name = parsePartnerCsv, unchecked_return_type = "PartnerCsvResult")]
pub fn parse_partner_csv(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CsvOptions")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::parse_partner_csv(&from_js(Some(text)), &from_js(options)))
}

/// AUD-CSV: the partners as CSV (`tenantId,name,country`, CRLF, formula cells protected).
#[wasm_bindgen(js_name = exportPartnerCsv)]
pub fn export_partner_csv(#[wasm_bindgen(unchecked_param_type = "Partner[]")] partners: JsValue) -> String {
    crate::export_partner_csv(&from_js(Some(partners)))
}

/// Reads a partner CSV piece by piece, for big files: `push()` chunks as they arrive (strings or bytes,
/// cut anywhere), show `bytesRead` as progress, then `finish()` gives what `parsePartnerCsv` gives
/// for the whole text. Works in Web Workers. Call `free()` when done with it.
#[wasm_bindgen(js_name = PartnerCsvReader)]
pub struct PartnerCsvReader {
    inner: crate::PartnerCsvReader,
    /// A UTF-16 high surrogate that ended the previous string chunk (its pair starts the next one).
    high_surrogate: Option<u32>,
}

#[wasm_bindgen(js_class = PartnerCsvReader)]
impl PartnerCsvReader {
    #[wasm_bindgen(constructor)]
    pub fn new(#[wasm_bindgen(unchecked_param_type = "CsvOptions")] options: Option<JsValue>) -> PartnerCsvReader {
        PartnerCsvReader { inner: crate::PartnerCsvReader::new(&from_js(options)), high_surrogate: None }
    }

    /// Adds a chunk: a string, a `Uint8Array` (UTF-8 bytes) or an `ArrayBuffer`. Another value is
    /// reported by `finish()` as `invalid_type`.
    pub fn push(&mut self, #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] chunk: JsValue) {
        // Classified at the border without a JS operation that can throw (see `wasm::de::chunk`).
        match super::chunk(&chunk) {
            super::Chunk::Text(text) => self.push_text(text),
            super::Chunk::Bytes(bytes) => {
                self.flush_surrogate();
                self.inner.push_bytes(&bytes);
            }
            super::Chunk::Other(kind) => {
                self.flush_surrogate();
                self.inner.push_invalid(&kind);
            }
        }
    }

    /// The bytes pushed so far (UTF-8 bytes for string chunks): with the file size, a progress bar.
    #[wasm_bindgen(getter, js_name = bytesRead)]
    pub fn bytes_read(&self) -> f64 {
        // Exact up to 2^53 bytes.
        #[allow(clippy::cast_precision_loss)]
        let n = self.inner.bytes_read() as f64;
        n
    }

    /// The partners read so far.
    #[wasm_bindgen(getter, js_name = partnersRead)]
    pub fn partners_read(&self) -> u32 {
        u32::try_from(self.inner.partners_read()).unwrap_or(u32::MAX)
    }

    /// The result for everything pushed; the reader is then empty, ready for another file.
    #[wasm_bindgen(unchecked_return_type = "PartnerCsvResult")]
    pub fn finish(&mut self) -> JsValue {
        self.flush_surrogate();
        to_js(&self.inner.finish())
    }
}

impl PartnerCsvReader {
    /// A string chunk, keeping a trailing high surrogate for the next chunk so that a character cut
    /// between two strings is decoded whole (JS strings are UTF-16).
    fn push_text(&mut self, mut text: js_sys::JsString) {
        if let Some(high) = self.high_surrogate.take() {
            text = js_sys::JsString::from_char_code1(high).concat(&text);
        }
        let len = text.length();
        if len > 0 {
            let last = text.char_code_at(len - 1);
            if (f64::from(0xD800u32)..f64::from(0xDC00u32)).contains(&last) {
                // A UTF-16 code unit: an integer below 2^16.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let unit = last as u32;
                self.high_surrogate = Some(unit);
                text = text.slice(0, len - 1);
            }
        }
        if let Some(s) = text.as_string() {
            self.inner.push_str(&s);
        }
    }

    /// A high surrogate left alone at a chunk's end never got its pair: U+FFFD, as JS → UTF-8 gives.
    fn flush_surrogate(&mut self) {
        if self.high_surrogate.take().is_some() {
            self.inner.push_str("\u{FFFD}");
        }
    }
}
