// Benchmark script: prints figures and writes target/bench.json — never a pass/fail test.
// The runtime payload (the .wasm and the browser entry JS: raw, gzip -9, brotli), then timings in
// Node: init, validateEnrollment (full valid / full invalid form), validateEnrollmentField
// (keystroke), parsePartnerCsv (100k rows), planAudienceChange. A function the package does not
// export yet is reported "n/a (not exported yet)" and picked up once it is.
// Beside each, the baseline (tools/bench-baseline.mjs) and the ratio ours/theirs (< 1: we are faster).
// Not done yet (see README): the same in headless Chromium.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const files = ["pkg/wasm/csp_partner_rules_bg.wasm", "pkg/wasm/csp_partner_rules.js", "pkg/index.js", "pkg/lib/runtime.js"];

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
// --- timings in Node -------------------------------------------------------------------------
const { performance } = await import("node:perf_hooks");
const t0 = performance.now();
const api = await import("csp-partner-rules");
const initMs = performance.now() - t0;

function perCall(f, minMs = 300) {
  for (let i = 0; i < 200; i++) f(); // warm-up
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 100; i++) f();
    n += 100;
    elapsed = performance.now() - start;
  }
  return (elapsed * 1000) / n; // µs per call
}

const valid = {
  country: "FR", language: "fr",
  company: { legalName: "Contoso France SAS", vatId: "FR40303265045", duns: "123456789" },
  address: { line1: "10 rue de la Paix", city: "Paris", postalCode: "75002", country: "FR" },
  primaryContact: { firstName: "Gena", lastName: "Dupont", email: "gena@contoso.fr", phone: "+33 1 23 45 67 89" },
  support: { email: "support@contoso.fr", phone: "01 23 45 67 89", website: "www.contoso.fr" },
  partnerId: { id: "1234567", country: "FR" }, workAccount: { domain: "contoso.onmicrosoft.com" },
};
const invalid = {
  country: "US", company: { legalName: "LLC", duns: "12" },
  address: { line1: "", state: "Nowhere", postalCode: "ABC", country: "CA" },
  primaryContact: { firstName: "", lastName: "X", email: "info@gmail.com", phone: "12" },
  support: { email: "not-an-email", phone: "" , website: "ftp://x" }, partnerId: { id: "12", country: "DE" },
};
const csv = ["tenantId,name,country", ...Array.from({ length: 100_000 }, (_, i) => `${(0x10000000 + i).toString(16)}-86f1-41af-91ab-2d7cd011db47,Partner ${i},FR`)].join("\r\n");
const base = await import("./bench-baseline.mjs");
const timings = [];
function bench(name, fn, unit, measure, baseline) {
  if (typeof api[fn] !== "function") {
    timings.push({ name, value: null, unit, note: "n/a (not exported yet)" });
    return;
  }
  const value = measure();
  const theirs = baseline ? baseline() : null;
  // ours/theirs in time per unit of work (rows/s is inverted so that < 1 means we are faster).
  const ratio = theirs === null ? null : unit === "rows/s" ? theirs / value : value / theirs;
  timings.push({ name, value, unit, baseline: theirs, ratio });
}
timings.push({ name: "init (import + initSync)", value: initMs * 1000, unit: "µs" });
bench("validateEnrollment, full valid form", "validateEnrollment", "µs", () => perCall(() => api.validateEnrollment(valid)), () => perCall(() => base.validateForm(valid)));
bench("validateEnrollment, full invalid form", "validateEnrollment", "µs", () => perCall(() => api.validateEnrollment(invalid)), () => perCall(() => base.validateForm(invalid)));
bench("validateEnrollmentField (keystroke)", "validateEnrollmentField", "µs", () => perCall(() => api.validateEnrollmentField(valid, "address.postalCode")), () => perCall(() => base.validatePostalCode(valid)));
const rowsPerSecond = (f) => {
  f(csv);
  const start = performance.now();
  f(csv);
  return 100_000 / ((performance.now() - start) / 1000);
};
bench("parsePartnerCsv, 100k rows", "parsePartnerCsv", "rows/s", () => rowsPerSecond(api.parsePartnerCsv), () => rowsPerSecond(base.parseCsv));
bench("planAudienceChange", "planAudienceChange", "µs", () =>
  perCall(() => api.planAudienceChange({ option: "specific", partners: [{ tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47" }], published: true, resold: [] }, { option: "all" })));
console.log("\nNode " + process.version + " (headless Chromium: not done yet); baseline = Zod + libphonenumber-js / PapaParse + Zod");
const fmt = (v, unit) => (v === null || v === undefined ? "" : unit === "rows/s" ? Math.round(v).toLocaleString("en") : v.toFixed(2));
console.log(["".padEnd(42), "ours".padStart(24), "baseline".padStart(14), "ours/theirs".padStart(12)].join(" "));
for (const t of timings) {
  const ours = t.value === null ? t.note : `${fmt(t.value, t.unit)} ${t.unit}`;
  console.log(`${t.name.padEnd(42)} ${ours.padStart(24)} ${fmt(t.baseline, t.unit).padStart(14)} ${(t.ratio ? t.ratio.toFixed(2) : "").padStart(12)}`);
}

mkdirSync(join(root, "target"), { recursive: true });
writeFileSync(join(root, "target/bench.json"), JSON.stringify({ payload: { files: rows, total }, node: { version: process.version, timings } }, null, 2) + "\n");
console.log("written: target/bench.json");
