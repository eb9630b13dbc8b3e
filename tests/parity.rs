//! Shared vectors, natively (SPEC API-5): every case of `tests/vectors/*.json` runs through
//! `csp_partner_rules::json::call`; its `expect` is checked, and its full output must equal the one
//! recorded in `tests/vectors/expected.json`, which the wasm and Node runs compare against too.
//! `BLESS=1 cargo test --test parity` (or `make bless`) rewrites `expected.json`.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn vectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

/// `expected` is a deep subset of `actual`: objects on the keys given, arrays element-wise and on length.
fn subset(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            e.iter().all(|(k, v)| a.get(k).is_some_and(|av| subset(v, av)))
        }
        (Value::Array(e), Value::Array(a)) => {
            e.len() == a.len() && e.iter().zip(a).all(|(x, y)| subset(x, y))
        }
        _ => expected == actual,
    }
}

fn issue_field(output: &Value, field: &str) -> Value {
    // `{ ok, issues, … }`, or a bare `Issue[]` (validateEnrollmentField).
    let issues = output
        .as_array()
        .or_else(|| output.get("issues").and_then(Value::as_array))
        .cloned()
        .unwrap_or_default();
    Value::Array(issues.iter().map(|i| i.get(field).cloned().unwrap_or(Value::Null)).collect())
}

fn check_expect(id: &str, expect: &Value, output: &Value) -> Vec<String> {
    let mut failures = Vec::new();
    if let Some(ok) = expect.get("ok") {
        if output.get("ok") != Some(ok) {
            failures
                .push(format!("{id}: ok expected {ok}, got {}", output.get("ok").unwrap_or(&Value::Null)));
        }
    }
    for (key, field) in [("codes", "code"), ("paths", "path"), ("severities", "severity")] {
        if let Some(want) = expect.get(key) {
            let got = issue_field(output, field);
            if &got != want {
                failures.push(format!("{id}: {key} expected {want}, got {got}"));
            }
        }
    }
    if let Some(want) = expect.get("result") {
        if !subset(want, output) {
            failures.push(format!("{id}: result expected to contain {want}, got {output}"));
        }
    }
    failures
}

#[test]
fn api_5_vectors_match_expectations_and_recorded_outputs() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(vectors_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json") && p.file_name().is_some_and(|n| n != "expected.json")
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no vector files");

    let mut failures = Vec::new();
    let mut recorded = Vec::new();
    for file in &files {
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap())
            .unwrap_or_else(|e| panic!("{stem}: {e}"));
        for (index, case) in
            doc["cases"].as_array().unwrap_or_else(|| panic!("{stem}: no cases")).iter().enumerate()
        {
            let name = case["name"].as_str().unwrap_or("");
            let rule =
                case["rule"].as_str().unwrap_or_else(|| panic!("{stem}#{index}: every case names its rule"));
            let id = format!("{stem}#{index} {rule} {name}");
            let function = case["fn"].as_str().unwrap_or_else(|| panic!("{id}: no fn"));
            let args = case["args"].as_array().cloned().unwrap_or_default();
            let output =
                csp_partner_rules::json::call(function, &args).unwrap_or_else(|e| panic!("{id}: {e}"));
            if let Some(expect) = case.get("expect") {
                failures.extend(check_expect(&id, expect, &output));
            }
            recorded.push(json!({ "id": id, "fn": function, "args": args, "output": output }));
        }
    }
    assert!(failures.is_empty(), "{} expectation(s) failed:\n{}", failures.len(), failures.join("\n"));

    let expected_path = vectors_dir().join("expected.json");
    let current = Value::Array(recorded);
    if std::env::var_os("BLESS").is_some() {
        let mut text = String::from("[\n");
        for (i, case) in current.as_array().unwrap().iter().enumerate() {
            if i > 0 {
                text.push_str(",\n");
            }
            text.push_str(&serde_json::to_string(case).unwrap());
        }
        text.push_str("\n]\n");
        std::fs::write(&expected_path, text).unwrap();
        return;
    }
    let stored: Value = serde_json::from_str(
        &std::fs::read_to_string(&expected_path).expect("tests/vectors/expected.json: run `make bless`"),
    )
    .expect("expected.json is JSON");
    let (stored, current) = (stored.as_array().unwrap(), current.as_array().unwrap());
    let mut diffs = Vec::new();
    for (i, case) in current.iter().enumerate() {
        if stored.get(i) != Some(case) {
            diffs.push(case["id"].as_str().unwrap_or("?").to_owned());
        }
    }
    if stored.len() != current.len() {
        diffs.push(format!("{} cases recorded, {} now", stored.len(), current.len()));
    }
    assert!(
        diffs.is_empty(),
        "outputs differ from tests/vectors/expected.json (review, then `make bless`):\n{}",
        diffs.join("\n")
    );
}

#[test]
fn json_call_refuses_unknown_functions() {
    assert!(csp_partner_rules::json::call("nope", &[]).is_err());
}
