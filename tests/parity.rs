//! Shared vectors, natively (SPEC API-5): every case of `tests/vectors/*.json` runs through
//! `csp_partner_rules::json::call`; its `expect` is checked, and its full output must equal the one
//! recorded in `tests/vectors/expected.json`, which the wasm and Node runs compare against too.
//! `BLESS=1 cargo test --test parity` (or `make bless`) rewrites `expected.json`.
//!
//! Each case is a test of its own, named by its id (`<file>#<index> <rule> <name>`, as in
//! `expected.json`): `cargo test --test parity 'enrollment#7 '` runs that case, `cargo test ENR-3` the
//! cases of a rule. The harness is `libtest-mimic` (`harness = false` in `Cargo.toml`).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    #![allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        reason = "a test harness: a malformed vector file or a failed case stops with its message"
    )]

    use libtest_mimic::{Arguments, Failed, Trial};
    use serde_json::{json, Value};
    use std::collections::HashMap;
    use std::path::{Path, PathBuf};

    /// One case of a vector file.
    struct Case {
        id: String,
        function: String,
        args: Vec<Value>,
        expect: Option<Value>,
    }

    impl Case {
        fn output(&self) -> Result<Value, Failed> {
            csp_partner_rules::json::call(&self.function, &self.args)
                .map_err(|e| Failed::from(format!("{}: {e}", self.id)))
        }

        /// The case as `expected.json` records it.
        fn record(&self, output: Value) -> Value {
            json!({ "id": self.id, "fn": self.function, "args": self.args, "output": output })
        }
    }

    pub fn main() {
        let args = Arguments::from_args();
        let cases = read_cases();
        let expected_path = vectors_dir().join("expected.json");
        if std::env::var_os("BLESS").is_some() {
            bless(&cases, &expected_path);
        }
        let stored: Option<Vec<Value>> = std::fs::read_to_string(&expected_path)
            .ok()
            .map(|text| serde_json::from_str(&text).expect("tests/vectors/expected.json is a JSON array"));
        let stored_ids: Vec<String> =
            stored.iter().flatten().map(|case| case["id"].as_str().unwrap_or("?").to_owned()).collect();
        let current_ids: Vec<String> = cases.iter().map(|case| case.id.clone()).collect();
        let mut by_id: HashMap<String, Value> = stored
            .into_iter()
            .flatten()
            .map(|case| (case["id"].as_str().unwrap_or("?").to_owned(), case))
            .collect();

        let mut trials: Vec<Trial> = cases
            .into_iter()
            .map(|case| {
                let recorded = by_id.remove(&case.id);
                Trial::test(case.id.clone(), move || run_case(&case, recorded))
            })
            .collect();
        trials.push(Trial::test("api_5_expected_json_lists_every_case_in_order", move || {
            if stored_ids == current_ids {
                return Ok(());
            }
            let gone: Vec<&String> = stored_ids.iter().filter(|id| !current_ids.contains(id)).collect();
            let new: Vec<&String> = current_ids.iter().filter(|id| !stored_ids.contains(id)).collect();
            Err(format!(
                "tests/vectors/expected.json lists {} cases, the vectors {} (review, then `make bless`); \
                 recorded but gone: {gone:?}; new: {new:?}",
                stored_ids.len(),
                current_ids.len()
            )
            .into())
        }));
        trials.push(Trial::test("json_call_refuses_unknown_functions", || {
            if csp_partner_rules::json::call("nope", &[]).is_err() {
                Ok(())
            } else {
                Err("json::call(\"nope\") answered".into())
            }
        }));
        libtest_mimic::run(&args, trials).exit();
    }

    /// A case's test: its `expect`, then its output against the recorded one.
    fn run_case(case: &Case, recorded: Option<Value>) -> Result<(), Failed> {
        let output = case.output()?;
        let failures = case.expect.as_ref().map(|e| check_expect(&case.id, e, &output)).unwrap_or_default();
        if !failures.is_empty() {
            return Err(failures.join("\n").into());
        }
        let Some(recorded) = recorded else {
            return Err(format!("{}: not in tests/vectors/expected.json (run `make bless`)", case.id).into());
        };
        let current = case.record(output);
        if recorded != current {
            return Err(format!(
                "{}: output differs from tests/vectors/expected.json (review, then `make bless`)\n\
                 recorded: {}\n     now: {}",
                case.id, recorded["output"], current["output"]
            )
            .into());
        }
        Ok(())
    }

    /// `BLESS=1`: writes `expected.json` from the current outputs, unless a case fails its `expect`
    /// (then the file is left as it is and that case's test says why).
    fn bless(cases: &[Case], path: &Path) {
        let mut text = String::from("[\n");
        for (i, case) in cases.iter().enumerate() {
            let Ok(output) = case.output() else { return };
            if case.expect.as_ref().is_some_and(|e| !check_expect(&case.id, e, &output).is_empty()) {
                return;
            }
            if i > 0 {
                text.push_str(",\n");
            }
            text.push_str(&serde_json::to_string(&case.record(output)).unwrap());
        }
        text.push_str("\n]\n");
        std::fs::write(path, text).unwrap();
    }

    fn vectors_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
    }

    /// Every case of every vector file but `expected.json`, files in name order.
    fn read_cases() -> Vec<Case> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(vectors_dir())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "json")
                    && p.file_name().is_some_and(|n| n != "expected.json")
            })
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no vector files");
        let mut cases = Vec::new();
        for file in &files {
            let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
            let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap())
                .unwrap_or_else(|e| panic!("{stem}: {e}"));
            let list = doc["cases"].as_array().unwrap_or_else(|| panic!("{stem}: no cases"));
            for (index, case) in list.iter().enumerate() {
                let name = case["name"].as_str().unwrap_or("");
                let rule = case["rule"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{stem}#{index}: every case names its rule"));
                let id = format!("{stem}#{index} {rule} {name}");
                let function = case["fn"].as_str().unwrap_or_else(|| panic!("{id}: no fn")).to_owned();
                let args = case["args"].as_array().cloned().unwrap_or_default();
                cases.push(Case { id, function, args, expect: case.get("expect").cloned() });
            }
        }
        cases
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
                failures.push(format!(
                    "{id}: ok expected {ok}, got {}",
                    output.get("ok").unwrap_or(&Value::Null)
                ));
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
}
