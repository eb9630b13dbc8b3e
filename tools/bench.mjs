// Benchmark script: prints figures and writes target/bench.json — never a pass/fail test.
// Today: the runtime payload (the .wasm and the browser entry JS: raw, gzip -9, brotli).
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const lib = readdirSync(join(root, "pkg/lib")).filter((f) => f.endsWith(".js")).sort().map((f) => `pkg/lib/${f}`);
const files = ["pkg/wasm/csp_partner_rules_bg.wasm", "pkg/wasm/csp_partner_rules.js", "pkg/index.js", ...lib];

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
mkdirSync(join(root, "target"), { recursive: true });
writeFileSync(join(root, "target/bench.json"), JSON.stringify({ payload: { files: rows, total } }, null, 2) + "\n");
console.log("written: target/bench.json");
