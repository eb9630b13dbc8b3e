// Benchmark script: prints figures and writes target/bench.json — never a pass/fail test.
// The runtime payload (the .wasm and the browser entry JS: raw, gzip -9, brotli), then timings in
// Node: init, validateEnrollment (full valid / full invalid form), validateEnrollmentField
// (keystroke), parsePartnerCsv (100k rows), planAudienceChange. A function the package does not
// export yet is reported "n/a (not exported yet)" and picked up once it is.
// Beside each, the baseline (tools/bench-baseline.mjs) and the ratio ours/theirs (< 1: we are faster).
// Then the partner CSV figures of tools/bench-csv.mjs (issue 15).
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const lib = readdirSync(join(root, "pkg/lib")).filter((f) => f.endsWith(".js")).sort().map((f) => `pkg/lib/${f}`);
// JS snippets of the crate (`#[wasm_bindgen(module = …)]`) that the glue imports, e.g. src/wasm/form.js.
const snippets = readdirSync(join(root, "pkg/wasm"), { recursive: true })
  .filter((f) => f.startsWith("snippets") && f.endsWith(".js"))
  .sort()
  .map((f) => `pkg/wasm/${f}`);
// The module ships inside pkg/wasm/bytes.js (deflate-raw, base64: what init() loads by default);
// the .wasm row is what a page that passes the file's URL to init() loads instead.
const files = ["pkg/wasm/bytes.js", "pkg/wasm/csp_partner_rules.js", "pkg/index.js", ...lib, ...snippets];

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const rows = files.map((f) => ({ file: f, ...sizes(readFileSync(join(root, f))) }));
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

console.log("Runtime payload (bytes)");
console.log(["file".padEnd(40), "raw".padStart(9), "gzip -9".padStart(9), "brotli".padStart(9)].join(" "));
for (const r of [...rows, { file: "total", ...total }]) {
  console.log([r.file.padEnd(40), String(r.raw).padStart(9), String(r.gzip).padStart(9), String(r.brotli).padStart(9)].join(" "));
}
// --- timings ------------------------------------------------------------------------------------
import { z } from "zod";
import { isValidPhoneNumber } from "libphonenumber-js";
import Papa from "papaparse";
import { makeBaseline } from "./bench-baseline.mjs";
import { serveStatic } from "./static-server.mjs";
import { run } from "./bench-cases.mjs";

const dataText = (f) => readFileSync(join(root, "data", f), "utf8");
const data = { markets: dataText("csp-markets.tsv"), addresses: dataText("address-countries.jsonl"), webmail: dataText("webmail-domains.txt") };
const t0 = performance.now();
const api = await import("csp-partner-rules");
const initMs = performance.now() - t0;
const results = { node: run(api, makeBaseline({ z, isValidPhoneNumber, Papa, data }), () => performance.now(), initMs) };

// Headless Chromium (Debian's, through playwright-core), the page served from 127.0.0.1.
const server = await serveStatic(root);
try {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-default-apps", "--disable-extensions", "--no-first-run", "--disable-quic", "--disable-gpu",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost"],
  });
  const page = await browser.newPage();
  page.on("pageerror", (e) => console.error("chromium page error:", e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/tools/bench.html`);
  results.chromium = await page.waitForFunction(() => window.benchResult, null, { timeout: 600_000 }).then((h) => h.jsonValue());
  results.chromiumVersion = browser.version();
  await browser.close();
} catch (e) {
  console.error(`chromium: not measured (${e.message.split("\n")[0]})`);
} finally {
  server.close();
}

const fmt = (v, unit) => (v === null || v === undefined ? "" : unit === "rows/s" ? Math.round(v).toLocaleString("en") : v.toFixed(2));
for (const [where, timings] of Object.entries(results)) {
  if (!Array.isArray(timings)) continue;
  console.log(`\n${where === "node" ? "Node " + process.version : "Chromium " + (results.chromiumVersion ?? "")}; baseline = Zod + libphonenumber-js, PapaParse + Zod`);
  console.log(["".padEnd(42), "ours".padStart(24), "baseline".padStart(14), "ours/theirs".padStart(12)].join(" "));
  for (const t of timings) {
    const ours = t.value === null ? t.note : `${fmt(t.value, t.unit)} ${t.unit}`;
    console.log(`${t.name.padEnd(42)} ${ours.padStart(24)} ${fmt(t.baseline, t.unit).padStart(14)} ${(t.ratio ? t.ratio.toFixed(2) : "").padStart(12)}`);
  }
}

// The partner CSV (issue 15): tools/bench-csv.mjs (100k and 1M rows in Node and a Chromium worker
// beside PapaParse + Zod, names vs codes, the 64 MiB import's memory).
const { csvBench: csvFigures } = await import("./bench-csv.mjs");
const csv = await csvFigures();

mkdirSync(join(root, "target"), { recursive: true });
writeFileSync(join(root, "target/bench.json"), JSON.stringify({ payload: { files: rows, total }, node: { version: process.version, timings: results.node }, chromium: results.chromium ? { version: results.chromiumVersion, timings: results.chromium } : null, csv }, null, 2) + "\n");
console.log("written: target/bench.json");
