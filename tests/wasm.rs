//! The wasm build, through its JS-facing exports, in Node and in headless browsers (one file for all:
//! it never forces `run_in_browser`; `WASM_BINDGEN_USE_BROWSER=1` picks the browser).
//!
//! - every shared vector (`tests/vectors/expected.json`) gives exactly the native output;
//! - every market resolves to its region and currency;
//! - bad JS values (undefined, objects, numbers) get issues, never a throw.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests (wasm_bindgen_test is not #[test] to clippy): a failure stops the test"
)]
#![allow(clippy::disallowed_methods, reason = "std's case tables in a test cost the package nothing")]

use csp_partner_rules::wasm;
use js_sys::{Array, JSON};
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

const EXPECTED: &str = include_str!("vectors/expected.json");

/// Calls an export by its JS name, with arguments as JS values (missing ones are `undefined`).
fn call(function: &str, args: &[JsValue]) -> Option<JsValue> {
    wasm::call(function, args)
}

/// [`call`] for a name of the table.
fn c(function: &str, args: &[JsValue]) -> JsValue {
    call(function, args).unwrap_or_else(|| panic!("no export named {function}"))
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
        let output = call(function, &args)
            .unwrap_or_else(|| panic!("{id}: no wasm export named {function} in tests/wasm.rs"));
        if to_json(&output) != case["output"] {
            diffs.push(format!("{id}: wasm {} != native {}", to_json(&output), case["output"]));
        }
    }
    assert!(diffs.is_empty(), "{} vector(s) differ:\n{}", diffs.len(), diffs.join("\n"));
}

#[wasm_bindgen_test]
fn ref_1_reg_5_every_market_resolves_to_its_region_and_currency() {
    let all = to_json(&c("markets", &[]));
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 244);
    for m in all {
        let code = m["country"].as_str().unwrap();
        let found = to_json(&c("market", &[JsValue::from(code.to_lowercase())]));
        assert_eq!(&found, m, "{code}");
        assert!(!m["region"]["id"].as_str().unwrap().is_empty(), "{code}");
        let currency = to_json(&c("currencyFor", &[JsValue::from(code)]));
        assert_eq!(currency["currency"], m["currency"], "{code}");
        let same = to_json(&c("checkCustomerMarket", &[JsValue::from(code), JsValue::from(code)]));
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
        let r = to_json(&c("checkCustomerMarket", &[v.clone(), JsValue::from("FR"), v.clone()]));
        assert_eq!(r["ok"], Value::Bool(false));
        assert!(!r["issues"].as_array().unwrap().is_empty());
        assert_eq!(to_json(&c("market", std::slice::from_ref(v))), Value::Null);
    }
}

#[wasm_bindgen_test]
fn life_rel_bad_js_values_as_states_and_events_get_issues_not_throws() {
    let values = [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from(f64::NAN),
        JsValue::from("draft"),
        js_sys::Object::new().into(),
        Array::new().into(),
        js_sys::Symbol::for_("x").into(),
        JSON::parse(r#"{"status":"active","partnerIdAssociated":true}"#).unwrap(),
        JSON::parse(r#"{"type":"submit","form":[1],"on":{}}"#).unwrap(),
    ];
    for s in &values {
        for e in &values {
            for out in [
                c("enrollmentApply", &[s.clone(), e.clone(), e.clone()]),
                c("relationshipApply", &[s.clone(), e.clone()]),
                c("customerRelationshipApply", &[s.clone(), e.clone()]),
            ] {
                let r = to_json(&out);
                assert_eq!(r["ok"], Value::Bool(false));
                let code = r["issues"][0]["code"].as_str().unwrap();
                assert!(code == "invalid_state" || code == "invalid_event", "{code}");
            }
        }
        assert_eq!(to_json(&c("enrollmentEvents", std::slice::from_ref(s))), serde_json::json!([]));
        assert!(c("canProviderOrder", std::slice::from_ref(s)) == JsValue::FALSE);
        assert_eq!(to_json(&c("vettingDue", &[s.clone(), s.clone()]))["ok"], Value::Bool(false));
    }
    // A valid state survives a bad event unchanged.
    let start = c("enrollmentStart", &[]);
    let r = to_json(&c("enrollmentApply", &[start.clone(), JsValue::from(7)]));
    assert_eq!(r["state"], to_json(&start));
}

/// A CSV whose chunks will be cut inside a BOM, multi-byte characters, a surrogate pair (🎌), `""`,
/// CRLF and a quoted line break.
const TRICKY_CSV: &str = "\u{FEFF}Tenant ID;Nom;Pays\r\na2898e3a-06ca-454e-a0d0-c73b0ee36bba;\"Dupont \"\"🎌\"\"\r\nFils\";FR\r\n484E548C-F5F3-4528-93A9-C16C6373CB59;東京;JP\r\nbad;x;y\r\n";

#[wasm_bindgen_test]
fn aud_csv_reader_in_wasm_equals_parse_for_string_and_byte_chunks() {
    let whole = to_json(&c("parsePartnerCsv", &[JsValue::from(TRICKY_CSV)]));
    assert_eq!(whole["partners"].as_array().unwrap().len(), 2);
    let text = js_sys::JsString::from(TRICKY_CSV);
    let units = text.length();
    let bytes = TRICKY_CSV.as_bytes();
    for size in 1..=16u32 {
        // Strings cut every `size` UTF-16 code units (so also between the two halves of 🎌).
        let mut reader = wasm::PartnerCsvReader::new(None);
        let mut at = 0;
        while at < units {
            let end = (at + size).min(units);
            reader.push(text.slice(at, end).into());
            at = end;
        }
        assert_eq!(to_json(&reader.finish()), whole, "string chunks of {size}");
        // Bytes cut every `size` bytes (so inside UTF-8 sequences), as Uint8Array and ArrayBuffer.
        let mut reader = wasm::PartnerCsvReader::new(None);
        for (i, chunk) in bytes.chunks(size as usize).enumerate() {
            let array = js_sys::Uint8Array::from(chunk);
            reader.push(if i % 2 == 0 { array.into() } else { array.buffer().into() });
        }
        assert_eq!(reader.bytes_read(), bytes.len() as f64);
        assert_eq!(to_json(&reader.finish()), whole, "byte chunks of {size}");
    }
    let mut reader = wasm::PartnerCsvReader::new(None);
    reader.push(JsValue::from(42));
    reader.push(JsValue::from(TRICKY_CSV));
    let r = to_json(&reader.finish());
    assert_eq!(r["issues"][0]["code"], "invalid_type");
    assert_eq!(r["partners"], whole["partners"]);
}

/// Forms of every shape, made in JS from a seeded PRNG: plain values, wrong types, symbols, BigInts,
/// functions, typed arrays, arrays, objects with getters (on the object or its prototype), getters
/// and proxy traps that throw, `__proto__` keys, strings with U+0000 or lone surrogates, and a few
/// strings above the 1 MiB field limit.
const HOSTILE_FORMS: &str = r#"
let a = 0x5eed;
const r = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = (l) => l[Math.floor(r() * l.length)];
const KEYS = { "": ["country", "company", "address", "primaryContact", "support", "partnerId", "workAccount", "language", "extra"],
  company: ["legalName", "duns", "vatId", "registrationId"], address: ["line1", "line2", "line3", "city", "state", "postalCode", "country"],
  primaryContact: ["firstName", "lastName", "email", "phone"], support: ["email", "phone", "website"], partnerId: ["id", "country"], workAccount: ["domain"] };
const STRINGS = ["", " ", "FR", " fr ", "US", "ZZ", "75002", "Contoso SAS", "a@b.co", "+33 1 23 45 67 89", "\ud800x", "x\udfff", "a\u0000b", "北海道", "😀", "\t\n"];
const throwing = () => { throw new Error("hostile"); };
function leaf(d) {
  switch (Math.floor(r() * 22)) {
    case 0: return undefined;
    case 1: return null;
    case 2: return pick([0, -1, NaN, 1.5, 2 ** 60]);
    case 3: return r() < 0.5;
    case 4: return pick([10n, -(2n ** 70n)]);
    case 5: return Symbol("s");
    case 6: return pick([() => "FR", Object.assign(function f() {}, { x: 1 })]);
    case 7: return pick([new Uint8Array([70, 82]), new Float64Array(2), new DataView(new ArrayBuffer(2)), new ArrayBuffer(3)]);
    case 8: return Array.from({ length: Math.floor(r() * 4) }, () => (d < 3 ? leaf(d + 1) : 1));
    case 9: return d < 3 ? member("company", d + 1) : {};
    case 10: return pick([new String("FR"), new Date(0), /x/, new Map([["a", 1]]), Object.create(null)]);
    case 11: return r() < 0.03 ? "é".repeat(349526) : "x".repeat(1 + Math.floor(r() * 50));
    case 12: return new Proxy({ country: "FR" }, pick([{}, { get: throwing }, { ownKeys: throwing }]));
    default: return pick(STRINGS);
  }
}
function member(name, d) {
  const keys = KEYS[name] ?? KEYS.company;
  const kind = r();
  let o;
  if (kind < 0.1) o = Object.create({ get [pick(keys)]() { return "inherited"; } });
  else if (kind < 0.15) o = [];
  else o = {};
  const n = Math.floor(r() * (keys.length + 2));
  for (let i = 0; i < n; i++) {
    const k = r() < 0.9 ? pick(keys) : pick(["__proto__", "toString", "0", "other"]);
    if (r() < 0.05) Object.defineProperty(o, k, { get: throwing, enumerable: true, configurable: true });
    else if (r() < 0.05) Object.defineProperty(o, k, { value: leaf(d + 1), enumerable: false, configurable: true });
    else Object.defineProperty(o, k, { value: name === "" && KEYS[k] && r() < 0.7 ? member(k, d + 1) : leaf(d + 1), enumerable: true, configurable: true, writable: true });
  }
  return r() < 0.05 ? new Proxy(o, pick([{}, { get: throwing }, { ownKeys: throwing }, { getOwnPropertyDescriptor: throwing }])) : o;
}
const out = [undefined, null, "FR", 12, [], ["FR", { legalName: "x" }], new Uint8Array(2), () => 1, Symbol("x"),
  { country: "FR", company: { legalName: "Contoso", duns: "1", vatId: "2", registrationId: "3" },
    address: { line1: "1", line2: "2", line3: "3", city: "c", state: "s", postalCode: "p", country: "FR" },
    primaryContact: { firstName: "f", lastName: "l", email: "e", phone: "p" }, support: { email: "e", phone: "p", website: "w" },
    partnerId: { id: "1", country: "FR" }, workAccount: { domain: "d" }, language: "fr" }];
for (let i = 0; i < 3000; i++) out.push(member("", 0));
return out;
"#;

/// The JSON text of a value made of plain data only (no accessor, proxy trap that throws, symbol,
/// function, BigInt, typed array, class instance, non-finite number or lone surrogate), whose JSON
/// form is the same data; `undefined` for any other value.
const PLAIN_JSON: &str = r#"
function plain(v, depth) {
  switch (typeof v) {
    case "undefined": case "boolean": return true;
    case "number": return Number.isFinite(v);
    case "string": return v.isWellFormed();
    case "object": break;
    default: return false;
  }
  if (v === null) return true;
  if (depth > 16) return false;
  const proto = Object.getPrototypeOf(v);
  if (Array.isArray(v) ? proto !== Array.prototype : proto !== Object.prototype && proto !== null) return false;
  for (const key of Reflect.ownKeys(v)) {
    const d = Reflect.getOwnPropertyDescriptor(v, key);
    if (!("value" in d)) return false;
    if (d.enumerable && !plain(d.value, depth + 1)) return false;
  }
  return true;
}
try { return plain(value, 0) ? JSON.stringify(value) : undefined; } catch { return undefined; }
"#;

/// A JSON value as the one reader's value (what `Value::from_json` does natively; no string of these
/// forms is over the field limit).
fn to_value(json: Value) -> csp_partner_rules::read::Value {
    use csp_partner_rules::read::Value as V;
    match json {
        Value::Null => V::Missing,
        Value::Bool(b) => V::Bool(b),
        Value::Number(n) => V::Number(n.as_f64().unwrap()),
        Value::String(s) => V::Str(s),
        Value::Array(items) => V::Array(items.into_iter().map(to_value).collect()),
        Value::Object(map) => V::Object(map.into_iter().map(|(k, v)| (k, to_value(v))).collect()),
    }
}

#[wasm_bindgen_test]
fn api_walker_reads_hostile_forms_as_the_json_of_the_same_data_and_never_throws() {
    use csp_partner_rules::read::FromValue;
    use csp_partner_rules::{EnrollmentForm, Loose, Text};
    // The full reading with only what validateEnrollmentField reads for `path`: `country`, the
    // path's member, and in it the field and those its check reads too (the state with the postal
    // code, ENR-8; the id with the PartnerID's country, ENR-20).
    fn narrowed(mut form: EnrollmentForm, path: &str) -> EnrollmentForm {
        let (member, field) = path.split_once('.').unwrap_or((path, ""));
        let keep = |m: &str| m == member;
        if !keep("company") {
            form.company = Loose::Missing
        }
        if !keep("address") {
            form.address = Loose::Missing
        }
        if !keep("primaryContact") {
            form.primary_contact = Loose::Missing
        }
        if !keep("support") {
            form.support = Loose::Missing
        }
        if !keep("partnerId") {
            form.partner_id = Loose::Missing
        }
        if !keep("workAccount") {
            form.work_account = Loose::Missing
        }
        if !keep("language") {
            form.language = Text::Missing
        }
        let only = |text: &mut Text, name: &str, also: &[&str]| {
            if !field.is_empty() && name != field && !also.contains(&field) {
                *text = Text::Missing
            }
        };
        if let Loose::Value(c) = &mut form.company {
            only(&mut c.legal_name, "legalName", &[]);
            only(&mut c.duns, "duns", &[]);
            only(&mut c.vat_id, "vatId", &[]);
            only(&mut c.registration_id, "registrationId", &[]);
        }
        if let Loose::Value(a) = &mut form.address {
            only(&mut a.line1, "line1", &[]);
            only(&mut a.line2, "line2", &[]);
            only(&mut a.line3, "line3", &[]);
            only(&mut a.city, "city", &[]);
            only(&mut a.state, "state", &["postalCode"]);
            only(&mut a.postal_code, "postalCode", &["state"]);
            only(&mut a.country, "country", &[]);
        }
        if let Loose::Value(c) = &mut form.primary_contact {
            only(&mut c.first_name, "firstName", &[]);
            only(&mut c.last_name, "lastName", &[]);
            only(&mut c.email, "email", &[]);
            only(&mut c.phone, "phone", &[]);
        }
        if let Loose::Value(s) = &mut form.support {
            only(&mut s.email, "email", &[]);
            only(&mut s.phone, "phone", &[]);
            only(&mut s.website, "website", &[]);
        }
        if let Loose::Value(p) = &mut form.partner_id {
            only(&mut p.id, "id", &["country"]);
            only(&mut p.country, "country", &[]);
        }
        if let Loose::Value(w) = &mut form.work_account {
            only(&mut w.domain, "domain", &[]);
        }
        form
    }
    let paths = [
        "country",
        "company.legalName",
        "address.postalCode",
        "primaryContact.email",
        "support.website",
        "partnerId.id",
        "partnerId.country",
        "address.state",
        "address.city",
        "workAccount.domain",
        "language",
    ];
    let forms: Array =
        js_sys::Function::new_no_args(HOSTILE_FORMS).call0(&JsValue::UNDEFINED).unwrap().into();
    let plain_json = js_sys::Function::new_with_args("value", PLAIN_JSON);
    let (mut compared, mut total) = (0, 0);
    for (i, form) in forms.iter().enumerate() {
        total += 1;
        let walked = wasm::read_enrollment_form(&form, None);
        let plain = plain_json.call1(&JsValue::UNDEFINED, &form).unwrap().as_string();
        assert!(i != 9 || plain.is_some(), "the complete plain form is compared");
        if let Some(text) = plain {
            compared += 1;
            let native = EnrollmentForm::from_value(to_value(serde_json::from_str(&text).unwrap()));
            assert_eq!(walked, native, "form #{i}: {text:.300}");
        }
        for path in paths {
            assert_eq!(
                wasm::read_enrollment_form(&form, Some(path)),
                narrowed(walked.clone(), path),
                "form #{i}, {path}"
            );
            // Never a throw: an answer for the field and for the whole form.
            assert!(Array::is_array(
                &wasm::call("validateEnrollmentField", &[form.clone(), path.into()]).unwrap()
            ));
        }
        assert!(
            wasm::call("validateEnrollment", std::slice::from_ref(&form)).unwrap().is_object(),
            "form #{i}"
        );
    }
    // A fifth of the random forms are plain data (644 of 3,010 with this seed).
    assert!(compared * 5 > total, "compared {compared} of {total} forms");
}
