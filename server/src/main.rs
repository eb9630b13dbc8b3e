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
//! Hardening (issue 16, docs/robustness.md): API bodies must be `application/json` (the CSV endpoint:
//! `text/csv`), so no other site can make a browser post to a local demo (415 otherwise); headers are
//! read within [`HEADER_TIMEOUT`] and bodies within [`BODY_TIMEOUT`] (408); at most
//! `MAX_CONNECTIONS` connections are open (derived from `ulimit -n`), others wait in the backlog;
//! at most [`MAX_CALLS`] calls run at once and [`BODY_BUDGET_MIB`] MiB of bodies are held (503
//! `busy` after [`QUEUE_TIMEOUT`]); an answer lists at most [`MAX_ISSUES`] issues, then
//! `issuesOmitted`; static files never resolve outside `www/` and `pkg/` (symlinks included); every
//! response has `X-Content-Type-Options`, `Content-Security-Policy` (with `frame-ancestors`) and
//! `Referrer-Policy`.
//!
//! Environment: `PORT` (default 8080), `HOST` (default 127.0.0.1), `DEMO_ROOT` (the repository root
//! holding `www/` and `pkg/`; default: the one this binary was built from), `MAX_CONNECTIONS`,
//! `HEADER_TIMEOUT_MS` and `BODY_TIMEOUT_MS` (the e2e tests shorten them).

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
use std::time::Duration;
use tokio::sync::Semaphore;

/// Largest JSON body accepted by the API.
const JSON_LIMIT: usize = 8 * 1024 * 1024;
/// Largest CSV file accepted by `/api/partners/csv` (the package's default `maxBytes`).
const CSV_LIMIT: usize = 64 * 1024 * 1024;

/// Time a client has to send a request's headers (also closes idle keep-alive connections).
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Time a client has to send a whole body (64 MiB on a slow link still fits).
const BODY_TIMEOUT: Duration = Duration::from_secs(60);
/// Longest wait for a call slot or body memory before `503 busy`.
const QUEUE_TIMEOUT: Duration = Duration::from_secs(20);
/// Calls of the crate running at once (each on a blocking thread): the machine's cores, about.
const MAX_CALLS: usize = 2;
/// Request bodies held in memory at once, in MiB (a body counts for its declared length, or the
/// endpoint's limit when it declares none).
const BODY_BUDGET_MIB: u32 = 256;
/// Issues listed in one answer; the rest are counted in `issuesOmitted`.
const MAX_ISSUES: usize = 200;
/// Security headers of every response. The pages load only their own scripts, styles, workers and
/// the package's .wasm (`wasm-unsafe-eval` lets `WebAssembly.instantiate` run; no `eval`).
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

struct App {
    root: PathBuf,
    calls: Semaphore,
    bodies: Semaphore,
    body_timeout: Duration,
}

impl App {
    fn new(root: PathBuf) -> App {
        let body_timeout = env_ms("BODY_TIMEOUT_MS").unwrap_or(BODY_TIMEOUT);
        App {
            root,
            calls: Semaphore::new(MAX_CALLS),
            bodies: Semaphore::new(BODY_BUDGET_MIB as usize),
            body_timeout,
        }
    }
}

/// A duration in milliseconds from the environment (the e2e tests shorten the time-outs).
fn env_ms(name: &str) -> Option<Duration> {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).map(Duration::from_millis)
}

fn busy() -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "busy",
        "The demo server is busy; try again in a few seconds.",
    )
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
    (
        status,
        [(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-store")],
        value.to_string(),
    )
        .into_response()
}

fn too_large(limit: usize) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "body_too_large",
        format!("The request body is larger than {limit} bytes."),
    )
    .with("limit", Value::from(limit))
}

/// Refuses a body whose `Content-Type` is not `wanted` (parameters such as `charset` allowed): a web
/// page can post `text/plain` or a form to any site without asking, never `application/json` or
/// `text/csv` (those need a CORS preflight, which this server never grants).
fn check_type(headers: &HeaderMap, wanted: &str) -> Result<(), ApiError> {
    let given = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let essence = given.split(';').next().unwrap_or("").trim();
    if essence.eq_ignore_ascii_case(wanted) {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            format!("The request body must be sent as Content-Type: {wanted}."),
        )
        .with("expected", Value::from(wanted)))
    }
}

/// Reads the whole body, refusing it with 413 as soon as it goes over `limit` (a `Content-Length`
/// over the limit is refused before reading anything), with 408 when it takes over [`BODY_TIMEOUT`].
/// Holds `limit`'s (or the declared length's) share of the body budget while the caller runs.
async fn read_body<'a>(
    app: &'a App,
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<(axum::body::Bytes, tokio::sync::SemaphorePermit<'a>), ApiError> {
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large(limit));
    }
    let mib = declared.unwrap_or(limit as u64).div_ceil(1 << 20).clamp(1, u64::from(BODY_BUDGET_MIB));
    let permit = tokio::time::timeout(
        QUEUE_TIMEOUT,
        app.bodies.acquire_many(u32::try_from(mib).unwrap_or(BODY_BUDGET_MIB)),
    )
    .await
    .map_err(|_| busy())?
    .map_err(|_| busy())?;
    let bytes = tokio::time::timeout(app.body_timeout, axum::body::to_bytes(body, limit))
        .await
        .map_err(|_| {
            ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                "body_timeout",
                "The request body was not sent in time.",
            )
        })?
        .map_err(|e| {
            let inner = e.into_inner();
            if inner.downcast_ref::<http_body_util::LengthLimitError>().is_some() {
                too_large(limit)
            } else {
                ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "body_unreadable",
                    format!("The request body could not be read: {inner}"),
                )
            }
        })?;
    Ok((bytes, permit))
}

async fn read_json(app: &App, headers: &HeaderMap, body: Body) -> Result<Value, ApiError> {
    check_type(headers, "application/json")?;
    let (bytes, _permit) = read_body(app, headers, body, JSON_LIMIT).await?;
    serde_json::from_slice(&lone_surrogates_replaced(&bytes)).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            format!("The request body is not valid JSON: {e}"),
        )
    })
}

/// Keeps the first [`MAX_ISSUES`] issues of an answer and counts the others in `issuesOmitted`, so
/// an answer stays proportional to what is shown, not to the number of bad rows.
fn cap_issues(mut value: Value) -> Value {
    if let Some(object) = value.as_object_mut() {
        let omitted = match object.get_mut("issues") {
            Some(Value::Array(issues)) if issues.len() > MAX_ISSUES => {
                let omitted = issues.len() - MAX_ISSUES;
                issues.truncate(MAX_ISSUES);
                omitted
            }
            _ => 0,
        };
        if omitted > 0 {
            object.insert("issuesOmitted".into(), Value::from(omitted));
        }
    }
    value
}

/// JSON text with each `\uD800`–`\uDFFF` escape that is not half of a pair replaced by `\uFFFD`.
/// JSON allows such escapes and JS strings hold them (`"\ud800"`); the package (wasm-bindgen) reads a
/// lone surrogate as U+FFFD, serde_json refuses the whole body. Read as the package reads it, so the
/// two sides answer the same (issue 16 (11), docs/robustness.md). One pass, linear.
fn lone_surrogates_replaced(json: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    fn hex4(bytes: &[u8], at: usize) -> Option<u16> {
        let digits = bytes.get(at..at + 4)?;
        u16::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    }
    // `\uXXXX` at `at` (the backslash), its code unit.
    let escape = |at: usize| -> Option<u16> {
        (json.get(at) == Some(&b'\\') && json.get(at + 1) == Some(&b'u'))
            .then(|| hex4(json, at + 2))
            .flatten()
    };
    if !json.windows(3).any(|w| {
        w.first() == Some(&b'\\') && w.get(1) == Some(&b'u') && matches!(w.get(2), Some(b'd' | b'D'))
    }) {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut out = Vec::with_capacity(json.len());
    let (mut i, mut in_string) = (0, false);
    while let Some(&b) = json.get(i) {
        if !in_string {
            in_string = b == b'"';
            out.push(b);
            i += 1;
            continue;
        }
        match b {
            b'"' => {
                in_string = false;
                out.push(b);
                i += 1;
            }
            b'\\' => match escape(i) {
                Some(0xD800..=0xDBFF) if matches!(escape(i + 6), Some(0xDC00..=0xDFFF)) => {
                    out.extend_from_slice(json.get(i..i + 12).unwrap_or_default());
                    i += 12;
                }
                Some(0xD800..=0xDFFF) => {
                    out.extend_from_slice(b"\\uFFFD");
                    i += 6;
                }
                _ => {
                    // Any other escape: the backslash and the character after it.
                    out.extend_from_slice(json.get(i..i + 2).unwrap_or(json.get(i..).unwrap_or_default()));
                    i += 2;
                }
            },
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Runs `json::call` on a blocking thread (a big CSV must not stall the other requests), at most
/// [`MAX_CALLS`] at once; a panic becomes a 500.
async fn call(app: &App, function: String, args: Vec<Value>) -> Result<Value, ApiError> {
    let name = function.clone();
    let _slot = tokio::time::timeout(QUEUE_TIMEOUT, app.calls.acquire())
        .await
        .map_err(|_| busy())?
        .map_err(|_| busy())?;
    let joined =
        tokio::task::spawn_blocking(move || csp_partner_rules::json::call(&function, &args).map(cap_issues))
            .await;
    match joined {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(csp_partner_rules::Error::UnknownFunction(_))) => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "unknown_function",
            format!("`{name}` is not a function of csp-partner-rules in this build."),
        )
        .with("function", Value::from(name))),
        Ok(Err(other)) => {
            Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", other.to_string()))
        }
        Err(join) => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            format!("The call failed: {join}"),
        )),
    }
}

fn reply(result: Result<Value, ApiError>) -> Response {
    match result {
        Ok(value) => json_response(StatusCode::OK, &value),
        Err(error) => error.into_response(),
    }
}

/// `POST /api/call/{function}` with a JSON array of arguments.
async fn call_by_name(
    State(app): State<Arc<App>>,
    function: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    reply(
        async {
            let Path(function) = function
                .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "invalid_path", e.body_text()))?;
            let args =
                match read_json(&app, &headers, body).await? {
                    Value::Array(args) => args,
                    _ => return Err(ApiError::new(
                        StatusCode::BAD_REQUEST,
                        "expected_array",
                        "The body must be a JSON array of the function's arguments, e.g. [\"FR\", \"DE\"].",
                    )),
                };
            call(&app, function, args).await
        }
        .await,
    )
}

/// Reads an alias body: a JSON object; returns the values of `keys`, in order (absent: null).
async fn object_args(
    app: &App,
    headers: &HeaderMap,
    body: Body,
    keys: &[&str],
) -> Result<Vec<Value>, ApiError> {
    match read_json(app, headers, body).await? {
        Value::Object(mut object) => {
            Ok(keys.iter().map(|k| object.remove(*k).unwrap_or(Value::Null)).collect())
        }
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

async fn alias(app: Arc<App>, function: &str, keys: &[&str], headers: HeaderMap, body: Body) -> Response {
    reply(
        async {
            let args = object_args(&app, &headers, body, keys).await?;
            call(&app, function.to_owned(), trim(args)).await
        }
        .await,
    )
}

async fn validate_enrollment(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Response {
    alias(app, "validateEnrollment", &["form", "options"], headers, body).await
}

async fn lifecycle_apply(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Response {
    alias(app, "enrollmentApply", &["state", "event", "options"], headers, body).await
}

async fn lifecycle_events(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Response {
    alias(app, "enrollmentEvents", &["state"], headers, body).await
}

async fn audience_plan(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Response {
    alias(app, "planAudienceChange", &["state", "target", "options"], headers, body).await
}

/// `POST /api/regions/check` `{partnerCountry, otherCountry, options?}`: the markets, currencies and
/// the three REG verdicts, as the region page shows them.
async fn regions_check(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Response {
    reply(
        async {
            let app = &app;
            let mut args = object_args(app, &headers, body, &["partnerCountry", "otherCountry", "options"])
                .await?
                .into_iter();
            let (partner, other, options) = (
                args.next().unwrap_or(Value::Null),
                args.next().unwrap_or(Value::Null),
                args.next().unwrap_or(Value::Null),
            );
            let two = |a: &Value, b: &Value| vec![a.clone(), b.clone(), options.clone()];
            Ok(json!({
                "partnerMarket": call(app, "market".into(), vec![partner.clone(), options.clone()]).await?,
                "otherMarket": call(app, "market".into(), vec![other.clone(), options.clone()]).await?,
                "partnerCurrency": call(app, "currencyFor".into(), vec![partner.clone()]).await?,
                "otherCurrency": call(app, "currencyFor".into(), vec![other.clone()]).await?,
                "customerMarket": call(app, "checkCustomerMarket".into(), two(&partner, &other)).await?,
                "partnerIdLocation": call(app, "checkPartnerIdLocation".into(), two(&other, &partner)).await?,
                "providerReseller": call(app, "checkProviderReseller".into(), two(&partner, &other)).await?,
            }))
        }
        .await,
    )
}

/// `POST /api/partners/csv?locale=…&maxBytes=…` with the CSV file as the body (UTF-8; invalid bytes
/// become U+FFFD and are reported by the parser like any bad character).
async fn partners_csv(State(app): State<Arc<App>>, uri: Uri, headers: HeaderMap, body: Body) -> Response {
    reply(
        async {
            check_type(&headers, "text/csv")?;
            let (bytes, _permit) = read_body(&app, &headers, body, CSV_LIMIT).await?;
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
            call(&app, "parsePartnerCsv".into(), vec![Value::String(text), Value::Object(options)]).await
        }
        .await,
    )
}

async fn health() -> Response {
    json_response(
        StatusCode::OK,
        &json!({ "ok": true, "server": "csp-demo-server", "dataVersion": csp_partner_rules::data_version(), "version": csp_partner_rules::VERSION, "rulesVersion": csp_partner_rules::rules_version() }),
    )
}

async fn api_not_found(uri: Uri) -> Response {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", format!("No API endpoint at {}.", uri.path()))
        .into_response()
}

async fn method_not_allowed(method: Method) -> Response {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!("{method} is not allowed here; use POST."),
    )
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
    let not_found = || {
        (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "not found")
            .into_response()
    };
    if method != Method::GET && method != Method::HEAD {
        return (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")], "method not allowed")
            .into_response();
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
    // A symlink (of the file or of a folder on the way) must not lead outside the folder served.
    let (Ok(real), Ok(top)) =
        (tokio::fs::canonicalize(&file).await, tokio::fs::canonicalize(app.root.join(base)).await)
    else {
        return not_found();
    };
    if !real.starts_with(&top) {
        return not_found();
    }
    match tokio::fs::read(&real).await {
        Ok(bytes) => {
            let headers = [(header::CONTENT_TYPE, content_type(&real)), (header::CACHE_CONTROL, "no-cache")];
            if method == Method::HEAD {
                (headers, Body::empty()).into_response()
            } else {
                (headers, bytes).into_response()
            }
        }
        Err(_) => not_found(),
    }
}

/// Adds the security headers to every response (API, files and errors alike).
async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, header::HeaderValue::from_static("nosniff"));
    headers.insert(header::CONTENT_SECURITY_POLICY, header::HeaderValue::from_static(CSP));
    headers.insert(header::REFERRER_POLICY, header::HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, header::HeaderValue::from_static("DENY"));
    headers.insert(
        header::HeaderName::from_static("cross-origin-resource-policy"),
        header::HeaderValue::from_static("same-origin"),
    );
    response
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
        .layer(axum::middleware::map_response(security_headers))
        .with_state(Arc::new(App::new(root)))
}

/// Connections served at once: from `MAX_CONNECTIONS`, else half the file descriptors `ulimit -n`
/// allows (the rest: files served, the listener, the runtime), at most 512.
fn max_connections() -> usize {
    if let Some(n) =
        std::env::var("MAX_CONNECTIONS").ok().and_then(|v| v.parse::<usize>().ok()).filter(|&n| n > 0)
    {
        return n;
    }
    // Linux: "Max open files   64   64   files" in /proc/self/limits (elsewhere: the default).
    let soft = std::fs::read_to_string("/proc/self/limits").ok().and_then(|text| {
        text.lines()
            .find(|l| l.starts_with("Max open files"))
            .and_then(|l| l.split_whitespace().nth(3))
            .and_then(|n| n.parse::<usize>().ok())
    });
    soft.map_or(512, |n| (n.saturating_sub(16) / 2).clamp(4, 512))
}

/// The accept loop: a connection is accepted only when one of `max` slots is free (others wait in the
/// kernel's backlog); headers must arrive within `header_timeout`. An accept error (out of file
/// descriptors) waits a little and tries again, never ends the server.
async fn serve(listener: tokio::net::TcpListener, router: Router, max: usize, header_timeout: Duration) {
    let slots = Arc::new(Semaphore::new(max));
    let shutdown = shutdown();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = slots.clone().acquire_owned() => permit,
            () = &mut shutdown => return,
        };
        let Ok(permit) = permit else { return };
        let stream = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => return,
        };
        let stream = match stream {
            Ok((stream, _)) => stream,
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let service = hyper_util::service::TowerToHyperService::new(router.clone());
        tokio::spawn(async move {
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(header_timeout)
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            let _ = connection.await;
            drop(permit);
        });
    }
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
    let root = std::env::var_os("DEMO_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/..")));
    if !root.join("www").is_dir() {
        return Err(format!("no www/ folder in {} (set DEMO_ROOT to the repository root)", root.display()));
    }
    if !root.join("pkg/wasm").is_dir() {
        eprintln!("csp-demo-server: warning: pkg/wasm/ is missing; run `make build` first or the pages cannot load the package");
    }
    let header_timeout = env_ms("HEADER_TIMEOUT_MS").unwrap_or(HEADER_TIMEOUT);
    let max = max_connections();
    // Timers on: header and body time-outs, and the back-off after a failed accept.
    let runtime =
        tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(SocketAddr::new(ip, port))
            .await
            .map_err(|e| format!("cannot listen on {host}:{port}: {e}"))?;
        let local = listener.local_addr().map_err(|e| e.to_string())?;
        println!(
            "csp-demo-server: http://{local}/ (www/ and pkg/ from {}; at most {max} connections)",
            root.display()
        );
        serve(listener, app(root), max, header_timeout).await;
        Ok(())
    })
}

fn main() {
    if let Err(message) = run() {
        eprintln!("csp-demo-server: {message}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::lone_surrogates_replaced as fix;

    #[test]
    fn lone_surrogates_read_as_the_package_reads_them() {
        let s = |b: &[u8]| String::from_utf8(fix(b).into_owned()).unwrap_or_default();
        assert_eq!(s(br#"["\ud800"]"#), r#"["\uFFFD"]"#);
        assert_eq!(
            s(br#"["a\uDC00b", "\ud83d\ude00", "\\ud800"]"#),
            r#"["a\uFFFDb", "\ud83d\ude00", "\\ud800"]"#
        );
        assert_eq!(s(br#"["\ud800\u0041"]"#), r#"["\uFFFD\u0041"]"#);
        assert_eq!(s(br#"{"\ud800": 1}"#), r#"{"\uFFFD": 1}"#);
        assert!(matches!(fix(br#"["plain"]"#), std::borrow::Cow::Borrowed(_)));
        let v: serde_json::Value = serde_json::from_slice(&fix(br#"["\ud800x"]"#)).unwrap_or_default();
        assert_eq!(v, serde_json::json!(["\u{FFFD}x"]));
    }
}
