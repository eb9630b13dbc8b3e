//! `csp-demo-server`: the demo's native server. It serves `www/` (the pages) and `pkg/` (the npm
//! package, at `/pkg/`), and answers JSON calls by running the crate natively — the same functions
//! the pages run in WebAssembly, so the two verdicts can be compared side by side.
//!
//! - `POST /api/call/{function}` — body: a JSON array of arguments; answer: the function's result, as
//!   `csp_partner_rules::json::call` gives it (function names as in JS: `validateEnrollment`).
//! - Friendly aliases, body a JSON object: `POST /api/validate-enrollment` `{form, options?}`,
//!   `/api/lifecycle/apply` `{state, event, options?}`, `/api/lifecycle/events` `{state}`,
//!   `/api/regions/check` `{partnerCountry, otherCountry, options?}`, `/api/audience/plan`
//!   `{state, target, options?}`; `POST /api/partners/csv?locale=fr` with the CSV file as the body.
//! - `GET /api/health`.
//!
//! Bad requests get a 4xx with a JSON body `{"error": {"code", "message"}}`; a body over the limit
//! (8 MiB, 64 MiB for the CSV endpoint) gets 413 before it is read whole. Each call runs on a blocking
//! thread: a panic (a bug) fails that request with a 500, never the server.
//!
//! Environment: `PORT` (default 8080), `HOST` (default 127.0.0.1), `DEMO_ROOT` (the repository root
//! holding `www/` and `pkg/`; default: the one this binary was built from).

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, clippy::unreachable, clippy::todo)]

use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use axum::Router;
use serde_json::{json, Map, Value};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

/// Largest JSON body accepted by the API.
const JSON_LIMIT: usize = 8 * 1024 * 1024;
/// Largest CSV file accepted by `/api/partners/csv` (the package's default `maxBytes`).
const CSV_LIMIT: usize = 64 * 1024 * 1024;

struct App {
    root: PathBuf,
}

/// An API error: status and a JSON body `{"error": {"code", "message", ...}}`.
struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    extra: Map<String, Value>,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError { status, code, message: message.into(), extra: Map::new() }
    }

    fn with(mut self, key: &str, value: Value) -> Self {
        self.extra.insert(key.to_owned(), value);
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut error = Map::new();
        error.insert("code".into(), Value::from(self.code));
        error.insert("message".into(), Value::from(self.message));
        error.extend(self.extra);
        json_response(self.status, &json!({ "error": error }))
    }
}

fn json_response(status: StatusCode, value: &Value) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-store")], value.to_string()).into_response()
}

fn too_large(limit: usize) -> ApiError {
    ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "body_too_large", format!("The request body is larger than {limit} bytes."))
        .with("limit", Value::from(limit))
}

/// Reads the whole body, refusing it with 413 as soon as it goes over `limit` (a `Content-Length`
/// over the limit is refused before reading anything).
async fn read_body(headers: &HeaderMap, body: Body, limit: usize) -> Result<axum::body::Bytes, ApiError> {
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large(limit));
    }
    axum::body::to_bytes(body, limit).await.map_err(|e| {
        let inner = e.into_inner();
        if inner.downcast_ref::<http_body_util::LengthLimitError>().is_some() {
            too_large(limit)
        } else {
            ApiError::new(StatusCode::BAD_REQUEST, "body_unreadable", format!("The request body could not be read: {inner}"))
        }
    })
}

async fn read_json(headers: &HeaderMap, body: Body) -> Result<Value, ApiError> {
    let bytes = read_body(headers, body, JSON_LIMIT).await?;
    serde_json::from_slice(&bytes)
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "invalid_json", format!("The request body is not valid JSON: {e}")))
}

/// Runs `json::call` on a blocking thread (a big CSV must not stall the other requests); a panic
/// becomes a 500.
async fn call(function: String, args: Vec<Value>) -> Result<Value, ApiError> {
    let name = function.clone();
    let joined = tokio::task::spawn_blocking(move || csp_partner_rules::json::call(&function, &args)).await;
    match joined {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(csp_partner_rules::Error::UnknownFunction(_))) => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "unknown_function",
            format!("`{name}` is not a function of csp-partner-rules in this build."),
        )
        .with("function", Value::from(name))),
        Ok(Err(other)) => Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", other.to_string())),
        Err(join) => Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", format!("The call failed: {join}"))),
    }
}

fn reply(result: Result<Value, ApiError>) -> Response {
    match result {
        Ok(value) => json_response(StatusCode::OK, &value),
        Err(error) => error.into_response(),
    }
}

/// `POST /api/call/{function}` with a JSON array of arguments.
async fn call_by_name(function: Result<Path<String>, PathRejection>, headers: HeaderMap, body: Body) -> Response {
    reply(
        async {
            let Path(function) = function.map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "invalid_path", e.body_text()))?;
            let args = match read_json(&headers, body).await? {
                Value::Array(args) => args,
                _ => {
                    return Err(ApiError::new(
                        StatusCode::BAD_REQUEST,
                        "expected_array",
                        "The body must be a JSON array of the function's arguments, e.g. [\"FR\", \"DE\"].",
                    ))
                }
            };
            call(function, args).await
        }
        .await,
    )
}

/// Reads an alias body: a JSON object; returns the values of `keys`, in order (absent: null).
async fn object_args(headers: &HeaderMap, body: Body, keys: &[&str]) -> Result<Vec<Value>, ApiError> {
    match read_json(headers, body).await? {
        Value::Object(mut object) => Ok(keys.iter().map(|k| object.remove(*k).unwrap_or(Value::Null)).collect()),
        _ => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "expected_object",
            format!("The body must be a JSON object with the keys {}.", keys.join(", ")),
        )),
    }
}

/// Drops trailing nulls so an absent `options` reads as absent.
fn trim(mut args: Vec<Value>) -> Vec<Value> {
    while args.last().is_some_and(Value::is_null) {
        args.pop();
    }
    args
}

async fn alias(function: &str, keys: &[&str], headers: HeaderMap, body: Body) -> Response {
    reply(
        async {
            let args = object_args(&headers, body, keys).await?;
            call(function.to_owned(), trim(args)).await
        }
        .await,
    )
}

async fn validate_enrollment(headers: HeaderMap, body: Body) -> Response {
    alias("validateEnrollment", &["form", "options"], headers, body).await
}

async fn lifecycle_apply(headers: HeaderMap, body: Body) -> Response {
    alias("enrollmentApply", &["state", "event", "options"], headers, body).await
}

async fn lifecycle_events(headers: HeaderMap, body: Body) -> Response {
    alias("enrollmentEvents", &["state"], headers, body).await
}

async fn audience_plan(headers: HeaderMap, body: Body) -> Response {
    alias("planAudienceChange", &["state", "target", "options"], headers, body).await
}

/// `POST /api/regions/check` `{partnerCountry, otherCountry, options?}`: the markets, currencies and
/// the three REG verdicts, as the region page shows them.
async fn regions_check(headers: HeaderMap, body: Body) -> Response {
    reply(
        async {
            let mut args = object_args(&headers, body, &["partnerCountry", "otherCountry", "options"]).await?.into_iter();
            let (partner, other, options) =
                (args.next().unwrap_or(Value::Null), args.next().unwrap_or(Value::Null), args.next().unwrap_or(Value::Null));
            let two = |a: &Value, b: &Value| vec![a.clone(), b.clone(), options.clone()];
            Ok(json!({
                "partnerMarket": call("market".into(), vec![partner.clone()]).await?,
                "otherMarket": call("market".into(), vec![other.clone()]).await?,
                "partnerCurrency": call("currencyFor".into(), vec![partner.clone()]).await?,
                "otherCurrency": call("currencyFor".into(), vec![other.clone()]).await?,
                "customerMarket": call("checkCustomerMarket".into(), two(&partner, &other)).await?,
                "partnerIdLocation": call("checkPartnerIdLocation".into(), two(&other, &partner)).await?,
                "providerReseller": call("checkProviderReseller".into(), two(&partner, &other)).await?,
            }))
        }
        .await,
    )
}

/// `POST /api/partners/csv?locale=…&maxBytes=…` with the CSV file as the body (UTF-8; invalid bytes
/// become U+FFFD and are reported by the parser like any bad character).
async fn partners_csv(uri: Uri, headers: HeaderMap, body: Body) -> Response {
    reply(
        async {
            let bytes = read_body(&headers, body, CSV_LIMIT).await?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let mut options = Map::new();
            for pair in uri.query().unwrap_or("").split('&') {
                match pair.split_once('=') {
                    Some(("locale", v)) => {
                        options.insert("locale".into(), Value::from(v));
                    }
                    Some(("maxBytes", v)) => {
                        if let Ok(n) = v.parse::<u64>() {
                            options.insert("maxBytes".into(), Value::from(n));
                        }
                    }
                    _ => {}
                }
            }
            call("parsePartnerCsv".into(), vec![Value::String(text), Value::Object(options)]).await
        }
        .await,
    )
}

async fn health() -> Response {
    json_response(StatusCode::OK, &json!({ "ok": true, "server": "csp-demo-server", "dataVersion": csp_partner_rules::data_version(), "version": csp_partner_rules::VERSION, "rulesVersion": csp_partner_rules::rules_version() }))
}

async fn api_not_found(uri: Uri) -> Response {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", format!("No API endpoint at {}.", uri.path())).into_response()
}

async fn method_not_allowed(method: Method) -> Response {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", format!("{method} is not allowed here; use POST."))
        .into_response()
}

fn content_type(path: &std::path::Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "csv" => "text/csv; charset=utf-8",
        "ts" | "md" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Static files: `/pkg/…` from `pkg/`, everything else from `www/`; a folder gives its index.html.
/// Only plain path segments are followed (no `..`, no hidden files, no percent-escapes).
async fn static_file(State(app): State<Arc<App>>, method: Method, uri: Uri) -> Response {
    let not_found = || (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "not found").into_response();
    if method != Method::GET && method != Method::HEAD {
        return (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")], "method not allowed").into_response();
    }
    let segments: Vec<&str> = uri.path().split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| s.starts_with('.') || s.contains(['\\', '%', ':'])) {
        return not_found();
    }
    let (base, rest) = match segments.split_first() {
        Some((&"pkg", rest)) => ("pkg", rest),
        _ => ("www", segments.as_slice()),
    };
    let mut file = app.root.join(base);
    for segment in rest {
        file.push(segment);
    }
    if tokio::fs::metadata(&file).await.is_ok_and(|m| m.is_dir()) {
        file.push("index.html");
    }
    match tokio::fs::read(&file).await {
        Ok(bytes) => {
            let headers = [(header::CONTENT_TYPE, content_type(&file)), (header::CACHE_CONTROL, "no-cache")];
            if method == Method::HEAD {
                (headers, Body::empty()).into_response()
            } else {
                (headers, bytes).into_response()
            }
        }
        Err(_) => not_found(),
    }
}

fn app(root: PathBuf) -> Router {
    let post_only = |m: axum::routing::MethodRouter<Arc<App>>| m.fallback(method_not_allowed);
    Router::new()
        .route("/api/health", get(health))
        .route("/api/call/{function}", post_only(post(call_by_name)))
        .route("/api/validate-enrollment", post_only(post(validate_enrollment)))
        .route("/api/lifecycle/apply", post_only(post(lifecycle_apply)))
        .route("/api/lifecycle/events", post_only(post(lifecycle_events)))
        .route("/api/regions/check", post_only(post(regions_check)))
        .route("/api/audience/plan", post_only(post(audience_plan)))
        .route("/api/partners/csv", post_only(post(partners_csv)))
        .route("/api", any(api_not_found))
        .route("/api/{*rest}", any(api_not_found))
        .fallback(static_file)
        .with_state(Arc::new(App { root }))
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

fn run() -> Result<(), String> {
    let port: u16 = match std::env::var("PORT") {
        Ok(p) if !p.is_empty() => p.parse().map_err(|_| format!("PORT must be a port number, not {p:?}"))?,
        _ => 8080,
    };
    let host = std::env::var("HOST").unwrap_or_else(|_| "127.0.0.1".into());
    let ip = host.parse().map_err(|_| format!("HOST must be an IP address, not {host:?}"))?;
    let root = std::env::var_os("DEMO_ROOT").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/..")));
    if !root.join("www").is_dir() {
        return Err(format!("no www/ folder in {} (set DEMO_ROOT to the repository root)", root.display()));
    }
    if !root.join("pkg/wasm").is_dir() {
        eprintln!("csp-demo-server: warning: pkg/wasm/ is missing; run `make build` first or the pages cannot load the package");
    }
    let runtime = tokio::runtime::Builder::new_current_thread().enable_io().build().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(SocketAddr::new(ip, port)).await.map_err(|e| format!("cannot listen on {host}:{port}: {e}"))?;
        let local = listener.local_addr().map_err(|e| e.to_string())?;
        println!("csp-demo-server: http://{local}/ (www/ and pkg/ from {})", root.display());
        axum::serve(listener, app(root)).with_graceful_shutdown(shutdown()).await.map_err(|e| e.to_string())
    })
}

fn main() {
    if let Err(message) = run() {
        eprintln!("csp-demo-server: {message}");
        std::process::exit(1);
    }
}
