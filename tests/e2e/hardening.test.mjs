// The demo server under attack (issue 16 (12)–(14)): security headers, the API's content types, the
// issues of one answer capped, symlinks out of www/, and, on a second server of its own started under
// `ulimit -n 64` with short time-outs, half-sent requests that must neither kill it nor keep it busy.
// Loopback only; every loop is bounded in count and time, and the second server is stopped at the end.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { connect, createServer } from "node:net";
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { base, launch, open, pkg } from "./browser.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const binary = join(root, "target/server/csp-demo-server");

async function post(url, body, type) {
  const response = await fetch(url, { method: "POST", headers: type ? { "content-type": type } : {}, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: (() => { try { return JSON.parse(text); } catch { return null; } })() };
}

test("every response carries nosniff, a CSP with frame-ancestors, and a Referrer-Policy", async () => {
  for (const path of ["/", "/enrollment.html", "/pkg/index.js", "/api/health", "/nope.html"]) {
    const response = await fetch(`${base}${path}`);
    assert.equal(response.headers.get("x-content-type-options"), "nosniff", path);
    assert.match(response.headers.get("content-security-policy") ?? "", /frame-ancestors 'none'/, path);
    assert.match(response.headers.get("content-security-policy") ?? "", /default-src 'self'/, path);
    assert.equal(response.headers.get("referrer-policy"), "no-referrer", path);
  }
  const error = await post(`${base}/api/call/market`, "[]", "text/plain");
  assert.equal(error.headers.get("x-content-type-options"), "nosniff");
});

test("the API takes application/json only (text/csv for the CSV): no cross-site simple POST", async () => {
  for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", undefined]) {
    const r = await post(`${base}/api/call/checkCustomerMarket`, '["FR","DE"]', type);
    assert.equal(r.status, 415, `${type}: ${r.status}`);
    assert.equal(r.json.error.code, "unsupported_media_type");
    const alias = await post(`${base}/api/validate-enrollment`, '{"form":{}}', type);
    assert.equal(alias.status, 415, `alias, ${type}`);
  }
  assert.equal((await post(`${base}/api/call/checkCustomerMarket`, '["FR","DE"]', "application/json; charset=utf-8")).status, 200);
  assert.equal((await post(`${base}/api/partners/csv`, "tenantId\n", "text/plain")).status, 415);
  assert.equal((await post(`${base}/api/partners/csv`, "tenantId\n", "application/json")).status, 415);
  assert.equal((await post(`${base}/api/partners/csv`, "tenantId\n", "text/csv; charset=utf-8")).status, 200);
});

test("a lone surrogate in JSON is read as U+FFFD, as the package reads it (the server refused the body)", async () => {
  for (const [fn, args, text] of [
    ["validateTenantId", [String.fromCharCode(0xd800)], '["\\ud800"]'],
    ["checkCustomerMarket", ["F" + String.fromCharCode(0xdc00), "DE"], '["F\\udc00", "DE"]'],
    ["validateEnrollment", [{ country: "US", company: { legalName: "Contoso" + String.fromCharCode(0xd83d) } }], '[{"country":"US","company":{"legalName":"Contoso\\ud83d"}}]'],
  ]) {
    const r = await post(`${base}/api/call/${fn}`, text, "application/json");
    assert.equal(r.status, 200, `${fn}: ${r.text}`);
    assert.deepEqual(r.json, JSON.parse(JSON.stringify(pkg[fn](...args))), fn);
  }
});

test("one answer lists at most 200 issues, then counts the rest (a CSV of 5,000 bad rows)", async () => {
  const csv = "tenantId,name\n" + Array.from({ length: 5_000 }, (_, i) => `not-a-guid-${i},x`).join("\n");
  const r = await post(`${base}/api/partners/csv`, csv, "text/csv");
  assert.equal(r.status, 200);
  assert.ok(r.json.issues.length <= 200, `${r.json.issues.length} issues`);
  assert.ok(r.text.length < 200_000, `answer of ${r.text.length} bytes`);
  if (r.json.issuesOmitted !== undefined) assert.ok(r.json.issuesOmitted > 0);
});

test("concurrent heavy calls are queued, not piled up: all answer, the server stays up", async () => {
  const csv = "tenantId,name\n" + Array.from({ length: 20_000 }, (_, i) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")},Contoso ${i}`).join("\n");
  const answers = await Promise.all(Array.from({ length: 8 }, () => post(`${base}/api/partners/csv`, csv, "text/csv")));
  for (const a of answers) assert.ok([200, 503].includes(a.status), `status ${a.status}`);
  assert.ok(answers.some((a) => a.status === 200));
  assert.equal((await fetch(`${base}/api/health`)).status, 200);
});

test("the demo pages run under the Content-Security-Policy (headless Chromium, no CSP violation)", async () => {
  const browser = await launch();
  try {
    for (const path of ["index.html", "enrollment.html", "audience.html"]) {
      const page = await open(browser, path);
      const csp = page.errors.filter((e) => /Content Security Policy|Refused to/i.test(e));
      assert.deepEqual(csp, [], `${path}: ${csp.join("; ")}`);
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
});

// A server of our own: a temporary root whose www/ holds a symlink to a file outside it.
async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startServer(demoRoot, env) {
  const port = await freePort();
  const child = spawn("bash", ["-c", `ulimit -n 64 && exec "${binary}"`], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DEMO_ROOT: demoRoot, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  child.exited = false;
  child.on("exit", () => (child.exited = true));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exited) throw new Error(`the server exited: ${stderr}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { child, url, port, stderr: () => stderr };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error("the server did not start");
}

test("ulimit -n 64: 72 half-sent requests neither kill the server nor keep it; slow bodies get 408; no symlink out of www/", async () => {
  const demoRoot = mkdtempSync(join(tmpdir(), "csp-e2e-"));
  mkdirSync(join(demoRoot, "www"));
  mkdirSync(join(demoRoot, "pkg"));
  writeFileSync(join(demoRoot, "www/index.html"), "<!doctype html><title>ok</title>");
  writeFileSync(join(demoRoot, "secret.txt"), "secret");
  symlinkSync(join(demoRoot, "secret.txt"), join(demoRoot, "www/link.txt"));
  symlinkSync(demoRoot, join(demoRoot, "www/up"));
  const server = await startServer(demoRoot, { HEADER_TIMEOUT_MS: "1500", BODY_TIMEOUT_MS: "1500" });
  const sockets = [];
  try {
    assert.equal((await fetch(`${server.url}/`)).status, 200);
    assert.equal((await fetch(`${server.url}/link.txt`)).status, 404, "a symlink to a file outside www/");
    assert.equal((await fetch(`${server.url}/up/secret.txt`)).status, 404, "a symlinked folder leading outside www/");

    // 72 connections that send half a request line and headers, then nothing.
    let closed = 0;
    for (let i = 0; i < 72; i++) {
      const socket = connect(server.port, "127.0.0.1");
      socket.on("error", () => {});
      socket.on("close", () => (closed += 1));
      socket.write("POST /api/call/market HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      sockets.push(socket);
    }
    // The server answers again once the header time-out has closed them (bounded: 15 s).
    let healthy = false;
    const started = Date.now();
    while (Date.now() - started < 15_000 && !server.child.exited) {
      try {
        const r = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(2_000) });
        if (r.ok) {
          healthy = true;
          break;
        }
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(server.child.exited, false, `the server died: ${server.stderr()}`);
    assert.ok(healthy, "the server answered again within 15 s");
    for (let i = 0; i < 40 && closed < 72; i++) await new Promise((r) => setTimeout(r, 250));
    assert.equal(closed, 72, "the server closed the half-sent requests");

    // A body that never finishes: 408.
    const slow = await new Promise((resolve) => {
      const socket = connect(server.port, "127.0.0.1");
      let text = "";
      socket.on("data", (d) => (text += d));
      socket.on("close", () => resolve(text));
      socket.on("error", () => resolve(text));
      socket.write("POST /api/call/market HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[\"F");
      setTimeout(() => socket.destroy(), 10_000);
    });
    assert.match(slow, /^HTTP\/1\.1 408/);
    assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
  } finally {
    for (const s of sockets) s.destroy();
    server.child.kill("SIGTERM");
    rmSync(demoRoot, { recursive: true, force: true });
  }
});
