//! The API of the package, written once: one table per job (`reference.rs`, `regions.rs`…), each
//! entry giving the JS name, the arguments (JS name, how the argument is converted — the Rust type
//! read from it — and its TypeScript type), the TypeScript type of the result, the doc line, and
//! the Rust function called. [`api!`] generates from it:
//!
//! - natively, the arm of [`crate::json::call`] (each argument through [`crate::json::arg`], the
//!   result through JSON);
//! - in wasm, the `#[wasm_bindgen]` export (each argument through `crate::wasm::from_js`, the
//!   result through `crate::wasm::to_js`), whose doc and types make the `.d.ts` and, from it, the
//!   README's function list (`tools/readme-api.mjs`; `readme_lists_every_function_of_the_table`
//!   checks it against the table).
//!
//! An entry:
//!
//! ```text
//! /// REG-1: may a partner in one country sell to a customer in another?
//! checkCustomerMarket(partnerCountry: Text = "string", customerCountry: Text = "string", options?: Options = "Options")
//!     -> "CheckResult" = check_customer_market(&partnerCountry, &customerCountry, &options);
//! ```
//!
//! `name?:` is an optional JS argument (`Option<JsValue>`: `undefined` and `null` give the type's
//! default). After `=`: `rust_fn(args…)` calls `crate::rust_fn`, or `rust_fn { expression }` when
//! the call needs adapting; `rust_fn` is also the name of the wasm export in Rust. `-> "ts" as T`
//! returns `T` to JS as wasm-bindgen converts it (a `bool`, a `String`) instead of through JSON.
//! `#[wasm = path]` before an entry: the wasm export calls `path` with the JS values instead (for
//! a decoding done at the border: the form's fast path, the CSV read in slices).
//!
//! A job is one module here and one line of [`JOBS`], so a cargo feature can leave a job out.

// Each job behind the cargo feature of its name (Cargo.toml; `default` = all): a build without one
// has neither its exports nor its json arms, and LTO drops the rules no export reaches. `reference`
// is always there.
#[cfg(feature = "audience")]
mod audience;
#[cfg(feature = "csv")]
mod csv;
#[cfg(feature = "enrollment")]
mod enrollment;
#[cfg(feature = "lifecycle")]
mod lifecycle;
mod reference;
#[cfg(feature = "regions")]
mod regions;
#[cfg(feature = "relationship")]
mod relationship;

/// The jobs of the API, in the order [`crate::json::call`] tries them.
pub(crate) const JOBS: &[Job] = &[
    reference::JOB,
    #[cfg(feature = "regions")]
    regions::JOB,
    #[cfg(feature = "enrollment")]
    enrollment::JOB,
    #[cfg(feature = "lifecycle")]
    lifecycle::JOB,
    #[cfg(feature = "relationship")]
    relationship::JOB,
    #[cfg(feature = "audience")]
    audience::JOB,
    #[cfg(feature = "csv")]
    csv::JOB,
];

/// One job's functions: its table, and the dispatch by JS name that [`api!`] generates for it.
pub(crate) struct Job {
    #[cfg(not(target_arch = "wasm32"))]
    pub functions: &'static [Function],
    #[cfg(not(target_arch = "wasm32"))]
    pub json: JsonCall,
    #[cfg(target_arch = "wasm32")]
    pub wasm: fn(&str, &[wasm_bindgen::JsValue]) -> Option<wasm_bindgen::JsValue>,
}

/// Calls a function of a job by its JS name with JSON arguments; `None` for a name not in the job.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) type JsonCall = fn(&str, &[serde_json::Value]) -> Option<Result<serde_json::Value, crate::Error>>;

/// A function of the table, for the tests (README list, fuzzing).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy)]
#[cfg_attr(not(test), allow(dead_code, reason = "read by the tests below"))]
pub struct Function {
    /// The JS name (`"checkCustomerMarket"`).
    pub js: &'static str,
    /// The Rust function (`"check_customer_market"`).
    pub rust: &'static str,
    /// The JS arguments: name, and whether it is optional.
    pub params: &'static [(&'static str, bool)],
    /// The doc comment, one line per line.
    pub doc: &'static str,
}

/// Every function of the table, job by job.
#[cfg(not(target_arch = "wasm32"))]
pub fn functions() -> impl Iterator<Item = &'static Function> {
    JOBS.iter().flat_map(|job| job.functions.iter())
}

/// Generates one job's JSON dispatch and wasm exports from its table (see the module doc).
macro_rules! api {
    ($(
        $(#[doc = $doc:tt])*
        $(#[wasm = $wasm:path])?
        $js:ident ( $( $arg:ident $(? $($opt:ident)*)? : $ty:ty = $ts:tt ),* $(,)? )
            -> $ret_ts:tt $(as $plain:ty)? = $rust:ident $call:tt;
    )*) => {
        /// This job's functions, natively.
        #[cfg(not(target_arch = "wasm32"))]
        const FUNCTIONS: &[$crate::api::Function] = &[$(
            $crate::api::Function {
                js: stringify!($js),
                rust: stringify!($rust),
                params: &[$( (stringify!($arg), $crate::api::optional!($(? $($opt)*)?)) ),*],
                doc: concat!($($doc, "\n"),*),
            },
        )*];

        /// Calls a function of this job by its JS name with JSON arguments.
        #[cfg(not(target_arch = "wasm32"))]
        #[allow(non_snake_case, unused_mut, unused_variables, reason = "generated: argument names are the JS names; a function may take no argument")]
        fn json_call(
            function: &str,
            args: &[serde_json::Value],
        ) -> Option<Result<serde_json::Value, $crate::Error>> {
            $(
                if function == stringify!($js) {
                    let mut args = args.iter();
                    $( let $arg: $ty = $crate::json::arg(args.next()); )*
                    return Some($crate::json::out($crate::api::body!($rust $call)));
                }
            )*
            None
        }

        /// Calls an export of this job by its JS name (missing arguments are `undefined`): the
        /// wasm tests. Not exported, so not in the `.wasm`.
        #[cfg(target_arch = "wasm32")]
        #[allow(unused_mut, unused_variables, reason = "generated: a function may take no argument")]
        fn wasm_call(function: &str, args: &[wasm_bindgen::JsValue]) -> Option<wasm_bindgen::JsValue> {
            $(
                if function == stringify!($js) {
                    let mut args = args.iter().cloned();
                    return Some(wasm_bindgen::JsValue::from($rust(
                        $( $crate::api::test_arg!(args $(? $($opt)*)?) ),*
                    )));
                }
            )*
            None
        }

        pub(super) const JOB: $crate::api::Job = $crate::api::Job {
            #[cfg(not(target_arch = "wasm32"))]
            functions: FUNCTIONS,
            #[cfg(not(target_arch = "wasm32"))]
            json: json_call,
            #[cfg(target_arch = "wasm32")]
            wasm: wasm_call,
        };

        $(
            #[cfg(target_arch = "wasm32")]
            $(#[doc = $doc])*
            #[wasm_bindgen::prelude::wasm_bindgen(js_name = $js, unchecked_return_type = $ret_ts)]
            #[allow(non_snake_case, reason = "generated: argument names are the JS names")]
            pub fn $rust(
                $( #[wasm_bindgen(unchecked_param_type = $ts)] $arg: $crate::api::param!($(? $($opt)*)?) ),*
            ) -> $crate::api::returns!($($plain)?) {
                $crate::api::export_body!(
                    [$($wasm)?] [$($plain)?] ($($arg),*) { $(
                        let $arg: $ty = $crate::wasm::from_js($crate::api::js_arg!($arg $(? $($opt)*)?));
                    )* $crate::api::body!($rust $call) }
                )
            }
        )*
    };
}
pub(crate) use api;

/// The call of an entry: `rust_fn(args…)` is `crate::rust_fn(args…)`; `rust_fn { e }` is `e`.
macro_rules! body {
    ($rust:ident ($($args:tt)*)) => {
        $crate::$rust($($args)*)
    };
    ($rust:ident { $($body:tt)* }) => {{
        $($body)*
    }};
}
pub(crate) use body;

/// Whether an argument is optional (`name?:`).
#[cfg_attr(target_arch = "wasm32", allow(unused_macros, reason = "used by the wasm exports only"))]
macro_rules! optional {
    () => {
        false
    };
    (?) => {
        true
    };
}
#[cfg_attr(target_arch = "wasm32", allow(unused_imports, reason = "used by the wasm exports only"))]
pub(crate) use optional;

/// The wasm type of an argument: optional ones are `Option<JsValue>` (`undefined`/`null` → `None`).
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_macros, reason = "used by the wasm exports only"))]
macro_rules! param {
    () => { wasm_bindgen::JsValue };
    (?) => { Option<wasm_bindgen::JsValue> };
}
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports, reason = "used by the wasm exports only"))]
pub(crate) use param;

/// The value `from_js` is given for an argument.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_macros, reason = "used by the wasm exports only"))]
macro_rules! js_arg {
    ($arg:ident) => {
        Some($arg)
    };
    ($arg:ident ?) => {
        $arg
    };
}
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports, reason = "used by the wasm exports only"))]
pub(crate) use js_arg;

/// The next argument of `wasm_call`: `undefined` when missing, or `None` for an optional one.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_macros, reason = "used by the wasm exports only"))]
macro_rules! test_arg {
    ($args:ident) => {
        $args.next().unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
    };
    ($args:ident ?) => {
        $args.next()
    };
}
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports, reason = "used by the wasm exports only"))]
pub(crate) use test_arg;

/// The Rust return type of a wasm export: JSON through `to_js` unless `as T`.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_macros, reason = "used by the wasm exports only"))]
macro_rules! returns {
    () => {
        wasm_bindgen::JsValue
    };
    ($plain:ty) => {
        $plain
    };
}
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports, reason = "used by the wasm exports only"))]
pub(crate) use returns;

/// The body of a wasm export: the override (`#[wasm = path]`) called with the JS values, else the
/// converted arguments and the call, its result through `to_js` unless returned as is.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_macros, reason = "used by the wasm exports only"))]
macro_rules! export_body {
    ([$wasm:path] [$($plain:ty)?] ($($arg:ident),*) $body:block) => {
        $wasm($($arg),*)
    };
    ([] [] ($($arg:ident),*) $body:block) => {
        $crate::wasm::to_js(&$body)
    };
    ([] [$plain:ty] ($($arg:ident),*) $body:block) => {
        $body
    };
}
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports, reason = "used by the wasm exports only"))]
pub(crate) use export_body;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::functions;

    /// The JS names, without the code's comments: where a name is written, not where it is mentioned.
    #[allow(clippy::unwrap_used, reason = "a test helper: a failure fails the test")]
    fn code_of(path: &std::path::Path, out: &mut String) {
        if path.is_dir() {
            let mut entries: Vec<_> = std::fs::read_dir(path).unwrap().map(|e| e.unwrap().path()).collect();
            entries.sort();
            for entry in entries {
                code_of(&entry, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs" || e == "js") {
            for line in std::fs::read_to_string(path).unwrap().lines() {
                let code = line.split("//").next().unwrap_or("");
                out.push_str(code);
                out.push('\n');
            }
        }
    }

    fn count_word(text: &str, word: &str) -> usize {
        let is_word = |c: char| c.is_alphanumeric() || c == '_';
        text.match_indices(word)
            .filter(|(at, _)| {
                !text[..*at].chars().next_back().is_some_and(is_word)
                    && !text[at + word.len()..].chars().next().is_some_and(is_word)
            })
            .count()
    }

    /// Issue 13: each export name is written once in `src/` — in its table. One-word names
    /// (`market`, `markets`, `regions`) are also Rust names, and `countryRules` is also the option
    /// of `validateEnrollment` (`options.countryRules`), so a search cannot single them out.
    #[test]
    fn api_each_js_name_is_written_once_in_src() {
        let mut code = String::new();
        code_of(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut code);
        let mut seen = Vec::new();
        let mut wrong = Vec::new();
        for f in functions() {
            assert!(!seen.contains(&f.js), "{} is twice in the table", f.js);
            seen.push(f.js);
            if f.js.chars().any(char::is_uppercase) && f.js != "countryRules" {
                let n = count_word(&code, f.js);
                if n != 1 {
                    wrong.push(format!("{}: written {n} times in src/", f.js));
                }
            }
        }
        assert!(seen.len() >= 33, "{seen:?}");
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// The README's rows as `tools/readme-api.mjs` writes them from the `.d.ts`: signature, Rust
    /// name, first sentence of the doc.
    #[test]
    fn api_readme_lists_every_function_of_the_table() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
        let mut missing = Vec::new();
        for f in functions() {
            let params: Vec<String> =
                f.params.iter().map(|(name, opt)| format!("{name}{}", if *opt { "?" } else { "" })).collect();
            let doc = f.doc.split_whitespace().collect::<Vec<_>>().join(" ");
            let first = doc
                .match_indices(['.', '!', '?'])
                .map(|(at, _)| at + 1)
                .find(|end| doc[*end..].is_empty() || doc[*end..].starts_with(' '))
                .map_or(doc.as_str(), |end| &doc[..end]);
            let row = format!(
                "| `{}({})` | `{}` | {} |",
                f.js,
                params.join(", "),
                f.rust,
                first.replace('|', "\\|")
            );
            if !readme.lines().any(|line| line == row) {
                missing.push(row);
            }
        }
        assert!(
            missing.is_empty(),
            "README.md lacks these rows (run `make build`, which regenerates the list):\n{}",
            missing.join("\n")
        );
    }
}
