// The demo server over HTTP (no browser): static files, the API by name, its errors (4xx with a JSON
// body, 413 over the limit), and every shared vector answered natively exactly as recorded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { base, vectors, pkg } from "./browser.mjs";

async function post(path, body, headers = {}) {
  const response = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, type: response.headers.get("content-type"), json, text };
}

/** A raw request (no URL normalization), for path traversal attempts. */
function rawGet(path) {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: "GET", agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", reject);
    req.end();
  });
}

test("static: pages, the package, and the .wasm as application/wasm", async () => {
  for (const [path, type] of [["/", "text/html"], ["/enrollment.html", "text/html"], ["/audience.html", "text/html"], ["/common.js", "text/javascript"], ["/pkg/index.js", "text/javascript"], ["/pkg/wasm/csp_partner_rules_bg.wasm", "application/wasm"]]) {
    const response = await fetch(`${base}${path}`);
    assert.equal(response.status, 200, path);
    assert.ok(response.headers.get("content-type").startsWith(type), `${path}: ${response.headers.get("content-type")}`);
  }
  assert.equal((await fetch(`${base}/nope.html`)).status, 404);
});

test("static: no way out of www/ and pkg/", async () => {
  for (const path of ["/../Cargo.toml", "/pkg/../Cargo.toml", "/%2e%2e/Cargo.toml", "/pkg/%2e%2e/Cargo.toml", "/..%2fCargo.toml", "/.git/config", "/pkg/../../etc/passwd"]) {
    assert.equal(await rawGet(path), 404, path);
  }
});

test("API errors are 4xx with a JSON body", async () => {
  const bad = await post("/api/call/market", "{");
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.code, "invalid_json");
  const notArray = await post("/api/call/market", '{"a":1}');
  assert.equal(notArray.status, 400);
  assert.equal(notArray.json.error.code, "expected_array");
  const unknown = await post("/api/call/doesNotExist", "[]");
  assert.equal(unknown.status, 404);
  assert.equal(unknown.json.error.code, "unknown_function");
  const aliasNotObject = await post("/api/validate-enrollment", "[1]");
  assert.equal(aliasNotObject.status, 400);
  assert.equal(aliasNotObject.json.error.code, "expected_object");
  const get = await fetch(`${base}/api/call/market`);
  assert.equal(get.status, 405);
  assert.equal((await get.json()).error.code, "method_not_allowed");
  const badName = await post("/api/call/%FF%FE", "[]");
  assert.equal(badName.status, 400);
  assert.equal(badName.json.error.code, "invalid_path");
  const nowhere = await post("/api/nowhere", "[]");
  assert.equal(nowhere.status, 404);
  assert.equal(nowhere.json.error.code, "not_found");
  const deep = await post("/api/call/validateEnrollment", "[" + "[".repeat(100000) + "]".repeat(100000) + "]");
  assert.equal(deep.status, 400, "a deeply nested body is refused, not a stack overflow");
});

/**
 * POSTs `total` bytes to `path` with node:http and resolves with the response as soon as it comes (the
 * server answers 413 without reading the rest, and closes the connection).
 * `declared`: send Content-Length (with `Expect: 100-continue`, so the body is only sent if the server
 * asks for it); otherwise the body is streamed chunked, 1 MiB at a time with a pause, stopping once the
 * answer is in. A client may see the connection closed (EPIPE) before it reads the answer when the
 * server refuses while it is still writing: that transport race is retried, never a wrong status.
 */
function bigPostOnce(path, total, declared) {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const headers = { "content-type": path.startsWith("/api/partners/csv") ? "text/csv" : "application/json" };
    if (declared) Object.assign(headers, { "content-length": String(total), expect: "100-continue" });
    let answered = false;
    const req = request({ host: url.hostname, port: url.port, path, method: "POST", headers, agent: false }, (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode, json: JSON.parse(text || "null") }));
      res.on("error", reject);
    });
    req.on("error", (error) => answered || reject(error));
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const write = async () => {
      while (sent < total && !answered && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) await new Promise((r) => req.once("drain", r));
        if (!declared) await new Promise((r) => setTimeout(r, 10));
      }
      if (!answered && !req.destroyed) req.end();
    };
    if (declared) req.on("continue", write);
    else write();
  });
}

async function bigPost(path, total, declared) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await bigPostOnce(path, total, declared);
    } catch (error) {
      if (attempt >= 3 || !["EPIPE", "ECONNRESET"].includes(error.code)) throw error;
    }
  }
}

test("a body over 8 MiB gets 413, with or without Content-Length", async () => {
  const declared = await bigPost("/api/call/market", 9 * 1024 * 1024, true);
  assert.equal(declared.status, 413);
  assert.equal(declared.json.error.code, "body_too_large");
  assert.equal(declared.json.error.limit, 8 * 1024 * 1024);
  const streamed = await bigPost("/api/call/market", 12 * 1024 * 1024, false);
  assert.equal(streamed.status, 413);
  assert.equal(streamed.json.error.code, "body_too_large");
  // The CSV endpoint takes more (64 MiB): 9 MiB is read, not refused.
  const csv = await bigPost("/api/partners/csv", 9 * 1024 * 1024, true);
  assert.notEqual(csv.status, 413);
  assert.ok([200, 404].includes(csv.status), `csv: ${csv.status}`);
  assert.equal((await fetch(`${base}/api/health`)).status, 200, "the server is still up");
});

test("friendly aliases answer like /api/call", async () => {
  const form = { country: "FR" };
  const options = { locale: "fr" };
  const alias = await post("/api/validate-enrollment", JSON.stringify({ form, options }));
  const byName = await post("/api/call/validateEnrollment", JSON.stringify([form, options]));
  assert.equal(alias.status, 200);
  assert.deepEqual(alias.json, byName.json);
  assert.deepEqual(alias.json, JSON.parse(JSON.stringify(pkg.validateEnrollment(form, options))));
  const regions = await post("/api/regions/check", JSON.stringify({ partnerCountry: "BR", otherCountry: "AR", options }));
  assert.equal(regions.status, 200);
  assert.deepEqual(regions.json.customerMarket, JSON.parse(JSON.stringify(pkg.checkCustomerMarket("BR", "AR", options))));
});

test("API-5 over HTTP: every shared vector gives the recorded native output", async () => {
  const diffs = [];
  for (const c of vectors) {
    const { status, json } = await post(`/api/call/${c.fn}`, JSON.stringify(c.args));
    if (status !== 200) diffs.push(`${c.id}: HTTP ${status}`);
    else {
      try {
        assert.deepStrictEqual(json, c.output);
      } catch {
        diffs.push(`${c.id}: server ${JSON.stringify(json)} != recorded ${JSON.stringify(c.output)}`);
      }
    }
  }
  assert.deepStrictEqual(diffs, []);
  assert.ok(vectors.length > 10);
});

test("any JSON argument gets an answer (200), never a crash", async () => {
  const junk = [null, true, 0, -1.5, 1e308, "", "\ud800", "x".repeat(70000), [], [[[]]], {}, { country: 5, address: "x", company: [] }, { __proto__: 1 }];
  const functions = [...new Set(vectors.map((c) => c.fn))];
  for (const fn of functions) {
    for (const a of junk) {
      for (const args of [[a], [a, a], [a, a, a], [a, a, a, a]]) {
        const { status, text, json } = await post(`/api/call/${fn}`, JSON.stringify(args));
        // A lone surrogate is not valid JSON for the server (strict UTF-8): 400 invalid_json.
        if (a === "\ud800" && status === 400 && json?.error?.code === "invalid_json") continue;
        assert.equal(status, 200, `${fn}(${JSON.stringify(args).slice(0, 80)}): ${status} ${text.slice(0, 200)}`);
      }
    }
  }
  assert.equal((await fetch(`${base}/api/health`)).status, 200);
});
