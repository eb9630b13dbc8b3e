// Benchmark script: prints figures and writes target/bench.json — never a pass/fail test.
// Today: the runtime payload (the .wasm and the browser entry JS: raw, gzip -9, brotli), and the
// partner CSV import of 200,000 rows (parsePartnerCsv and PartnerCsvReader in 64 KiB chunks): time,
// rows/s and memory, in Node.
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
const csv = await csvBench(200_000);

mkdirSync(join(root, "target"), { recursive: true });
writeFileSync(join(root, "target/bench.json"), JSON.stringify({ payload: { files: rows, total }, csv }, null, 2) + "\n");
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
