// Benchmark script: prints figures and writes target/bench.json — never a pass/fail test.
// The runtime payload (the .wasm and the browser entry JS: raw, gzip -9, brotli), then timings in
// Node: init, validateEnrollment (full valid / full invalid form), validateEnrollmentField
// (keystroke), parsePartnerCsv (100k rows), planAudienceChange. A function the package does not
// export yet is reported "n/a (not exported yet)" and picked up once it is.
// Beside each, the baseline (tools/bench-baseline.mjs) and the ratio ours/theirs (< 1: we are faster).
// Also (from the audience branch): the partner CSV import of 200,000 rows (parsePartnerCsv and
// PartnerCsvReader in 64 KiB chunks): time, rows/s and memory, in Node.
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
import { createServer } from "node:http";
import { z } from "zod";
import { isValidPhoneNumber } from "libphonenumber-js";
import Papa from "papaparse";
import { makeBaseline } from "./bench-baseline.mjs";
import { run } from "./bench-cases.mjs";

const dataText = (f) => readFileSync(join(root, "data", f), "utf8");
const data = { markets: dataText("csp-markets.tsv"), addresses: dataText("address-countries.jsonl"), webmail: dataText("webmail-domains.txt") };
const t0 = performance.now();
const api = await import("csp-partner-rules");
const initMs = performance.now() - t0;
const results = { node: run(api, makeBaseline({ z, isValidPhoneNumber, Papa, data }), () => performance.now(), initMs) };

// Headless Chromium (Debian's, through playwright-core), the page served from 127.0.0.1.
const types = { ".js": "text/javascript", ".mjs": "text/javascript", ".html": "text/html", ".wasm": "application/wasm", ".json": "application/json" };
const server = createServer((req, res) => {
  const path = join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
  try {
    const body = readFileSync(path);
    res.writeHead(200, { "content-type": types[path.slice(path.lastIndexOf("."))] ?? "text/plain" });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
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

const csv = await csvBench(200_000);

mkdirSync(join(root, "target"), { recursive: true });
writeFileSync(join(root, "target/bench.json"), JSON.stringify({ payload: { files: rows, total }, node: { version: process.version, timings: results.node }, chromium: results.chromium ? { version: results.chromiumVersion, timings: results.chromium } : null, csv }, null, 2) + "\n");
console.log("written: target/bench.json");

/** A partner CSV of `n` rows as Excel writes it (BOM, CRLF, some quoted names), parsed two ways. */
async function csvBench(n) {
  const { parsePartnerCsv, PartnerCsvReader } = await import("csp-partner-rules");
  let seed = 42;
  const hex = (digits) => {
    let s = "";
    for (let i = 0; i < digits; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      s += ((seed >>> 16) & 15).toString(16);
    }
    return s;
  };
  const countries = ["FR", "DE", "US", "GB", "BR", "JP", "IN", "ES", "IT", "NL"];
  const lines = ["\ufefftenantId,name,country"];
  for (let i = 0; i < n; i++) {
    const id = `${i.toString(16).padStart(8, "0")}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    const name = i % 10 === 0 ? `"Partner ${i}, Ltd."` : `Partner ${i}`;
    lines.push(`${id},${name},${countries[i % countries.length]}`);
  }
  const text = lines.join("\r\n") + "\r\n";
  const bytes = new TextEncoder().encode(text);
  const mib = (b) => Math.round((b / 1048576) * 10) / 10;

  const t0 = performance.now();
  const whole = parsePartnerCsv(text);
  const parseMs = performance.now() - t0;

  const rssBefore = process.memoryUsage().rss;
  const t1 = performance.now();
  const reader = new PartnerCsvReader();
  for (let i = 0; i < bytes.length; i += 65536) reader.push(bytes.subarray(i, i + 65536));
  const streamed = reader.finish();
  reader.free();
  const streamMs = performance.now() - t1;
  const rssAfter = process.memoryUsage().rss;

  const result = {
    rows: n,
    bytes: bytes.length,
    partners: whole.partners.length,
    sameResult: streamed.partners.length === whole.partners.length && streamed.issues.length === whole.issues.length,
    parsePartnerCsv: { ms: Math.round(parseMs), rowsPerSecond: Math.round(n / (parseMs / 1000)) },
    reader64KiB: { ms: Math.round(streamMs), rowsPerSecond: Math.round(n / (streamMs / 1000)) },
    rssMiB: { afterParse: mib(rssBefore), afterReader: mib(rssAfter) },
  };
  console.log(`\nPartner CSV, ${n.toLocaleString("en")} rows (${mib(bytes.length)} MiB), Node ${process.version}`);
  console.log(`  parsePartnerCsv(text)          ${String(result.parsePartnerCsv.ms).padStart(6)} ms  ${result.parsePartnerCsv.rowsPerSecond.toLocaleString("en").padStart(10)} rows/s`);
  console.log(`  PartnerCsvReader, 64 KiB bytes ${String(result.reader64KiB.ms).padStart(6)} ms  ${result.reader64KiB.rowsPerSecond.toLocaleString("en").padStart(10)} rows/s`);
  console.log(`  process RSS after: ${result.rssMiB.afterParse} MiB, ${result.rssMiB.afterReader} MiB; ${whole.partners.length} partners, ${whole.issues.length} issues`);
  return result;
}
