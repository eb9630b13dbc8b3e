//! The wasm build, through its JS-facing exports, in Node and in headless browsers (one file for all:
//! it never forces `run_in_browser`; `WASM_BINDGEN_USE_BROWSER=1` picks the browser).
//!
//! - every shared vector (`tests/vectors/expected.json`) gives exactly the native output;
//! - every market resolves to its region and currency;
//! - bad JS values (undefined, objects, numbers) get issues, never a throw.
#![cfg(target_arch = "wasm32")]

use csp_partner_rules::wasm;
use js_sys::{Array, JSON};
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

const EXPECTED: &str = include_str!("vectors/expected.json");

/// Calls an export by its JS name, with arguments as JS values (missing ones are `undefined`).
fn call(function: &str, args: &[JsValue]) -> Option<JsValue> {
    let a = |i: usize| args.get(i).cloned().unwrap_or(JsValue::UNDEFINED);
    let opt = |i: usize| args.get(i).cloned();
    Some(match function {
        "supportedLocales" => {
            let list: Array = wasm::supported_locales().into_iter().map(JsValue::from).collect();
            list.into()
        }
        "dataVersion" => wasm::data_version(),
        "markets" => wasm::markets(),
        "market" => wasm::market(a(0)),
        "regions" => wasm::regions(),
        "currencyFor" => wasm::currency_for(a(0)),
        "addressFormat" => wasm::address_format(a(0), opt(1)),
        "checkCustomerMarket" => wasm::check_customer_market(a(0), a(1), opt(2)),
        "checkPartnerIdLocation" => wasm::check_partner_id_location(a(0), a(1), opt(2)),
        "checkProviderReseller" => wasm::check_provider_reseller(a(0), a(1), opt(2)),
        "validateEnrollment" => wasm::validate_enrollment(a(0), opt(1)),
        "validateEnrollmentField" => wasm::validate_enrollment_field(a(0), a(1), opt(2)),
        "enrollmentStart" => wasm::enrollment_start(),
        "enrollmentApply" => wasm::enrollment_apply(a(0), a(1), opt(2)),
        "enrollmentEvents" => wasm::enrollment_events(a(0)),
        "vettingDue" => wasm::vetting_due(a(0), a(1), opt(2)),
        "relationshipStart" => wasm::relationship_start(),
        "relationshipApply" => wasm::relationship_apply(a(0), a(1), opt(2)),
        "relationshipEvents" => wasm::relationship_events(a(0)),
        "customerRelationshipStart" => wasm::customer_relationship_start(),
        "customerRelationshipApply" => wasm::customer_relationship_apply(a(0), a(1), opt(2)),
        "customerRelationshipEvents" => wasm::customer_relationship_events(a(0)),
        "canProviderOrder" => JsValue::from(wasm::can_provider_order(a(0))),
        _ => return None,
    })
}

fn to_json(value: &JsValue) -> Value {
    let text: String = JSON::stringify(value).map(String::from).unwrap_or_else(|_| "null".into());
    serde_json::from_str(&text).unwrap()
}

fn to_js(value: &Value) -> JsValue {
    JSON::parse(&value.to_string()).unwrap()
}

#[wasm_bindgen_test]
fn api_5_every_vector_matches_the_native_output() {
    let cases: Vec<Value> = serde_json::from_str(EXPECTED).unwrap();
    assert!(!cases.is_empty());
    let mut diffs = Vec::new();
    for case in &cases {
        let id = case["id"].as_str().unwrap();
        let function = case["fn"].as_str().unwrap();
        let args: Vec<JsValue> = case["args"].as_array().unwrap().iter().map(to_js).collect();
        let output = call(function, &args).unwrap_or_else(|| panic!("{id}: no wasm export named {function} in tests/wasm.rs"));
        if to_json(&output) != case["output"] {
            diffs.push(format!("{id}: wasm {} != native {}", to_json(&output), case["output"]));
        }
    }
    assert!(diffs.is_empty(), "{} vector(s) differ:\n{}", diffs.len(), diffs.join("\n"));
}

#[wasm_bindgen_test]
fn ref_1_reg_5_every_market_resolves_to_its_region_and_currency() {
    let all = to_json(&wasm::markets());
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 244);
    for m in all {
        let code = m["country"].as_str().unwrap();
        let found = to_json(&wasm::market(JsValue::from(code.to_lowercase())));
        assert_eq!(&found, m, "{code}");
        assert!(!m["region"]["id"].as_str().unwrap().is_empty(), "{code}");
        let currency = to_json(&wasm::currency_for(JsValue::from(code)));
        assert_eq!(currency["currency"], m["currency"], "{code}");
        let same = to_json(&wasm::check_customer_market(JsValue::from(code), JsValue::from(code), None));
        assert_eq!(same["ok"], Value::Bool(true), "{code} sells to itself");
    }
}

#[wasm_bindgen_test]
fn api_bad_js_values_get_issues_not_throws() {
    let values = [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from(f64::NAN),
        JsValue::from(true),
        js_sys::Object::new().into(),
        Array::new().into(),
        JsValue::from("\u{FFFD}".repeat(10)),
        js_sys::Symbol::for_("x").into(),
    ];
    for v in &values {
        let r = to_json(&wasm::check_customer_market(v.clone(), JsValue::from("FR"), Some(v.clone())));
        assert_eq!(r["ok"], Value::Bool(false));
        assert!(!r["issues"].as_array().unwrap().is_empty());
        assert_eq!(to_json(&wasm::market(v.clone())), Value::Null);
    }
}
