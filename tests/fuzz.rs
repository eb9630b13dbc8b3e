//! Native fuzz harness (bounded, runs in `cargo test`): a seeded PRNG builds structured JSON values
//! (plausible shapes with the API's keys, wrong types, huge and odd strings, deep nesting) and
//! feeds them to `json::call` for every function of the API. No call may panic, and the answers
//! must stay the same afterwards. `FUZZ_SEED` replays a run, `FUZZ_CALLS` (20,000) and
//! `FUZZ_SECONDS` (30) bound it.
//!
//! The function names are those of the API's table (`json::functions()`), so functions added
//! later are covered without editing this file.
#![allow(
    clippy::unwrap_used,
    reason = "helpers of the tests, outside #[test]: a failure there fails the test"
)]

mod common;
use common::Rng;
use csp_partner_rules::json;
use serde_json::{json, Map, Value};

const KEYS: &[&str] = &[
    "country",
    "company",
    "legalName",
    "duns",
    "vatId",
    "registrationId",
    "address",
    "line1",
    "line2",
    "city",
    "state",
    "postalCode",
    "primaryContact",
    "firstName",
    "lastName",
    "email",
    "phone",
    "support",
    "website",
    "partnerId",
    "id",
    "workAccount",
    "domain",
    "language",
    "locale",
    "mode",
    "blockedDomains",
    "type",
    "form",
    "actorRole",
    "on",
    "option",
    "partners",
    "tenantId",
    "name",
    "published",
    "resold",
    "offerType",
    "transactable",
    "planKind",
    "reasons",
    "maxBytes",
    "status",
    "__proto__",
];
const STRINGS: &[&str] = &[
    "",
    " ",
    "FR",
    "fr",
    "DE",
    "US",
    "BR",
    "CU",
    "ZZ",
    "XK",
    "USA",
    "75008",
    "10001",
    "CA",
    "California",
    "a@b.co",
    "info@contoso.fr",
    "x@gmail.com",
    "+33 1 23 45 67 89",
    "www.contoso.com",
    "https://x.y",
    "Contoso SAS",
    "LLC",
    "00000000-0000-0000-0000-000000000000",
    "72f988bf-86f1-41af-91ab-2d7cd011db47",
    "address.postalCode",
    "draft",
    "submit",
    "all",
    "specific",
    "none",
    "fr-CA",
    "\u{fffd}",
    "a\u{0}b",
    "Ἀθηνᾶ",
    "北海道",
    "😀",
    "tenantId,name\r\n1,2\r\n\"x\"\"y\",3",
    "=cmd",
    "\t\n\r",
    "2026-02-30",
    "globalAdmin",
];

fn string(r: &mut Rng) -> String {
    match r.below(6) {
        0 => {
            // random bytes made valid UTF-8 (what a JSON string can carry)
            let bytes: Vec<u8> = (0..r.below(64)).map(|_| r.next() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        1 => r.pick(STRINGS).repeat(1 + r.below(100)),
        2 if r.below(500) == 0 => "x".repeat((1 << 20) + 1),
        3 => (0..r.below(30)).map(|_| char::from_u32(r.below(0x11_0000) as u32).unwrap_or('?')).collect(),
        _ => (*r.pick(STRINGS)).to_owned(),
    }
}

fn value(r: &mut Rng, depth: u32) -> Value {
    match r.below(if depth > 4 { 7 } else { 14 }) {
        0 => Value::Null,
        1 => Value::Bool(r.below(2) == 0),
        2 => json!(*r.pick(&[0.0, -0.0, 1.0, -1.0, 0.5, 1e308, 5e-324, 75008.0, 9_007_199_254_740_993.0])),
        3 => json!(r.next() as i64),
        4..=6 => Value::String(string(r)),
        7 | 8 => {
            let mut m = Map::new();
            for _ in 0..r.below(7) {
                m.insert((*r.pick(KEYS)).to_owned(), value(r, depth + 1));
            }
            Value::Object(m)
        }
        9 => Value::Array((0..r.below(5)).map(|_| value(r, depth + 1)).collect()),
        10 => {
            let mut v = json!("FR");
            for _ in 0..100 {
                v = json!({ (*r.pick(KEYS)): v });
            }
            v
        }
        // Arrays where objects are expected, shaped like the object read by position (issue 16 (6)):
        // `["fr"]` as options, `["saas", true]` as an offer, `["all", [], true, []]` as a state.
        12 => Value::Array(
            (0..1 + r.below(4))
                .map(|_| if r.below(2) == 0 { json!(*r.pick(STRINGS)) } else { value(r, depth + 1) })
                .collect(),
        ),
        // Long lists of distinct, valid tenant IDs (partners or resold), rarely: planning must stay linear (issue 16 (4)).
        13 if r.below(40) == 0 => {
            let n = 1_000 + r.below(4_000) as u64;
            let start = r.below(1 << 40) as u64;
            if r.below(2) == 0 {
                Value::Array(
                    (start..start + n)
                        .map(|i| json!({ "tenantId": format!("00000000-0000-4000-8000-{:012x}", i + 1) }))
                        .collect(),
                )
            } else {
                Value::Array(
                    (start..start + n)
                        .map(|i| json!(format!("00000000-0000-4000-8000-{:012x}", i + 1)))
                        .collect(),
                )
            }
        }
        _ => Value::Array(
            (0..r.below(200)).map(|_| json!({"tenantId": r.pick(STRINGS), "name": "x"})).collect(),
        ),
    }
}

fn function_names() -> Vec<String> {
    let mut names: Vec<String> = json::functions().map(str::to_owned).collect();
    names.sort();
    names
}

#[test]
fn robustness_every_json_function_answers_any_value_without_panicking() {
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed_5eed);
    let calls: usize = std::env::var("FUZZ_CALLS").ok().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let names: Vec<String> = function_names()
        .into_iter()
        .filter(|n| !matches!(json::call(n, &[]), Err(csp_partner_rules::Error::UnknownFunction(_))))
        .collect();
    assert!(names.len() >= 10, "functions found: {names:?}");
    let probes = [
        ("checkCustomerMarket", json!(["FR", "DE"])),
        ("market", json!(["gb"])),
        ("addressFormat", json!(["US", {"locale": "fr"}])),
    ];
    let answers = |p: &[(&str, Value)]| -> Vec<Value> {
        p.iter().map(|(f, a)| json::call(f, a.as_array().unwrap()).unwrap()).collect()
    };
    let before = answers(&probes);
    let seconds: u64 = std::env::var("FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(30);
    let started = std::time::Instant::now();
    let mut r = Rng(seed | 1);
    for i in 0..calls {
        // Bounded time in CI (debug builds are slow): stop after FUZZ_SECONDS, having made at least 2,000 calls.
        if i >= 2_000 && started.elapsed().as_secs() >= seconds {
            eprintln!("fuzz: {i} calls in {seconds} s (seed {seed})");
            break;
        }
        let name = r.pick(&names).clone();
        let args: Vec<Value> = (0..r.below(4)).map(|_| value(&mut r, 0)).collect();
        let result = std::panic::catch_unwind(|| json::call(&name, &args));
        match result {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => panic!("call #{i} {name} (seed {seed}): error {e}"),
            Err(_) => panic!(
                "call #{i} {name} (seed {seed}) panicked with args {}",
                Value::Array(args).to_string().chars().take(2000).collect::<String>()
            ),
        }
    }
    assert_eq!(answers(&probes), before, "same answers after the fuzzing");
    assert_eq!(json::call("checkCustomerMarket", &[json!("FR"), json!("DE")]).unwrap()["ok"], json!(true));
}
