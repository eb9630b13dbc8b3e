// The partner CSV benchmark (issue 15), run by tools/bench.mjs (`make bench`) or alone:
//   node tools/bench-csv.mjs [--quick]
// Prints, never asserts: 100k and 1M rows in Node (parsePartnerCsv(text), PartnerCsvReader in 64 KiB
// byte chunks) beside PapaParse + Zod doing the same job in the same process; countries written as
// codes vs names (English, French, aliases); peak process memory of a 64 MiB import through
// readPartnerCsv (in a fresh process), and whether later small calls grow the wasm memory. Figures in docs/csv-performance.md.
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import Papa from "papaparse";
import { makeCsvBaseline } from "./bench-baseline.mjs";
import { csvBytes64, peakRss, resetPeakRss } from "./csv-fixtures.mjs";
import { serveStatic } from "./static-server.mjs";

/** A partner CSV of `n` rows as Excel writes it (BOM, CRLF, every 10th name quoted with a comma). */
export function makeCsv(n, countries = ["FR", "DE", "US", "GB", "BR", "JP", "IN", "ES", "IT", "NL"]) {
  let seed = 42;
  const hex = (digits) => {
    let s = "";
    for (let i = 0; i < digits; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      s += ((seed >>> 16) & 15).toString(16);
    }
    return s;
  };
  const lines = ["\ufefftenantId,name,country"];
  for (let i = 0; i < n; i++) {
    const id = `${i.toString(16).padStart(8, "0")}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    const name = i % 10 === 0 ? `"Partner ${i}, Ltd."` : `Partner ${i}`;
    lines.push(`${id},${name},${countries[i % countries.length]}`);
  }
  return lines.join("\r\n") + "\r\n";
}

// PapaParse with a header row, each row checked by Zod (bad rows skipped): the baseline.
export const papaZod = makeCsvBaseline({ z, Papa });

/** Best of `runs` timings of `f()` (ms) after one warm-up run. */
function best(f, runs) {
  f();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

export async function csvBench({ quick = false } = {}) {
  const api = await import("csp-partner-rules");
  const { parsePartnerCsv, PartnerCsvReader, readPartnerCsv } = api;
  const out = { node: process.version, sizes: [], countries: [], memory: null };
  const streamed = (text) => {
    const bytes = new TextEncoder().encode(text);
    return () => {
      const reader = new PartnerCsvReader();
      for (let i = 0; i < bytes.length; i += 65536) reader.push(bytes.subarray(i, i + 65536));
      const r = reader.finish();
      reader.free();
      return r;
    };
  };
  console.log(`\nPartner CSV (tenantId,name,country), Node ${process.version}; ms, best of runs; baseline = PapaParse + Zod`);
  console.log(`${"rows".padStart(10)} ${"parse(text)".padStart(12)} ${"reader 64K".padStart(12)} ${"Papa+Zod".padStart(10)} ${"×faster".padStart(8)}  partners/issues`);
  for (const n of quick ? [100_000] : [100_000, 1_000_000]) {
    const text = makeCsv(n);
    const runs = n >= 1_000_000 ? 2 : 5;
    let result;
    const parseMs = best(() => (result = parsePartnerCsv(text)), runs);
    const readerMs = best(streamed(text), runs);
    const papaMs = best(() => papaZod(text), runs);
    const row = { rows: n, bytes: text.length, parseMs, readerMs, papaZodMs: papaMs, speedup: papaMs / Math.max(parseMs, readerMs), partners: result.partners.length, issues: result.issues.length };
    out.sizes.push(row);
    console.log(`${n.toLocaleString("en").padStart(10)} ${parseMs.toFixed(1).padStart(12)} ${readerMs.toFixed(1).padStart(12)} ${papaMs.toFixed(1).padStart(10)} ${row.speedup.toFixed(2).padStart(8)}  ${row.partners}/${row.issues}`);
  }
  // Countries as codes vs names: 100k rows each (names: English, French, German, aliases).
  console.log(`\nCountry column, 100k rows, parsePartnerCsv(text) ms`);
  for (const [label, list] of [
    ["codes (FR, DE…)", ["FR", "DE", "US"]],
    ["English names", ["France", "Germany", "United States"]],
    ["French names", ["Allemagne", "États-Unis", "Royaume-Uni"]],
    ["aliases (USA, UK, Deutschland)", ["USA", "UK", "Deutschland"]],
    ["unknown values", ["Atlantis", "Nowhere Land", "Zz"]],
  ]) {
    const text = makeCsv(100_000, list);
    let result;
    const ms = best(() => (result = parsePartnerCsv(text)), 3);
    const known = result.partners.filter((p) => p.country).length;
    out.countries.push({ label, ms, withCountry: known, partners: result.partners.length });
    console.log(`  ${label.padEnd(32)} ${ms.toFixed(1).padStart(8)} ms   ${known.toLocaleString("en")} with a country`);
  }
  if (!quick) out.memory = await memory64Child();
  if (!quick) out.chromium = await chromiumWorker([100_000, 1_000_000]);
  return out;
}

/** readPartnerCsv in a Web Worker of headless Chromium beside PapaParse + Zod (tools/bench-csv.html). */
async function chromiumWorker(sizes) {
  if (!existsSync("/usr/bin/chromium")) {
    console.log("\nChromium worker: not measured (no /usr/bin/chromium)");
    return null;
  }
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const server = await serveStatic(root);
  const results = [];
  try {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--no-first-run", "--disable-quic", "--disable-gpu",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost"],
    });
    console.log(`\nChromium ${browser.version()}, Web Worker (readPartnerCsv of a Blob with progress; parsePartnerCsv; PapaParse + Zod), ms`);
    console.log(`${"rows".padStart(10)} ${"read(Blob)".padStart(11)} ${"parse".padStart(8)} ${"Papa+Zod".padStart(9)} ${"×faster".padStart(8)}  progress msgs / bar steps / page's longest gap`);
    for (const rows of sizes) {
      const page = await browser.newPage();
      page.on("pageerror", (e) => console.error("chromium page error:", e.message));
      await page.goto(`http://127.0.0.1:${server.address().port}/tools/bench-csv.html?rows=${rows}`);
      const r = await page.waitForFunction(() => window.benchResult, null, { timeout: 600_000 }).then((h) => h.jsonValue());
      await page.close();
      if (r.error) throw new Error(r.error);
      r.speedup = r.papaZodMs / Math.max(r.readMs, r.parseMs);
      results.push(r);
      console.log(`${rows.toLocaleString("en").padStart(10)} ${r.readMs.toFixed(0).padStart(11)} ${r.parseMs.toFixed(0).padStart(8)} ${r.papaZodMs.toFixed(0).padStart(9)} ${r.speedup.toFixed(2).padStart(8)}  ${r.progressEvents} / ${r.distinctBarPercents} / ${r.pageMaxGapMs.toFixed(0)} ms; ${r.partners.toLocaleString("en")} partners`);
    }
    await browser.close();
  } catch (e) {
    console.log(`Chromium worker: not measured (${e.message.split("\n")[0]})`);
  } finally {
    server.close();
  }
  return results;
}

/** The 64 MiB import measured in a fresh Node process (`--memory-child`): in this one, the heap of
 * the runs above (GBs of RSS, shrinking as V8 gives memory back) hides the import's growth. */
async function memory64Child() {
  const { execFileSync } = await import("node:child_process");
  const out = execFileSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--memory-child"], { encoding: "utf8", maxBuffer: 1 << 20 });
  const lines = out.trimEnd().split("\n");
  const json = lines.pop();
  console.log(lines.join("\n"));
  return JSON.parse(json);
}

/** A 64 MiB import through readPartnerCsv (bytes in 1 MiB chunks): the process's peak RSS above the
 * start (Linux: VmHWM, reset at the start; elsewhere sampled), then 20 small calls. */
async function memory64({ readPartnerCsv, parsePartnerCsv }, wasmBytes) {
  const bytes = csvBytes64();
  const wasmStart = wasmBytes();
  global.gc?.();
  const start = process.memoryUsage().rss;
  const exact = await resetPeakRss();
  let peak = start;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const chunks = (function* () {
    for (let i = 0; i < bytes.length; i += 1 << 20) {
      peak = Math.max(peak, process.memoryUsage().rss);
      yield bytes.subarray(i, i + (1 << 20));
    }
  })();
  const t = performance.now();
  const result = await readPartnerCsv(chunks);
  const ms = performance.now() - t;
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(sample);
  if (exact) peak = Math.max(peak, (await peakRss()) ?? 0);
  const afterImport = process.memoryUsage().rss;
  const wasmEnd = wasmBytes();
  for (let i = 0; i < 20; i++) parsePartnerCsv(makeCsv(1000));
  const afterSmall = process.memoryUsage().rss;
  const wasmAfterImport = wasmEnd;
  const wasmAfterSmall = wasmBytes();
  const mib = (b) => b / 2 ** 20;
  const m = { inputMiB: mib(bytes.length), ms, partners: result.partners.length, startMiB: mib(start), peakGrowthMiB: mib(peak - start), peakBy: exact ? "VmHWM" : "sampled", afterImportMiB: mib(afterImport), afterSmallCallsMiB: mib(afterSmall), wasmStartMiB: mib(wasmStart), wasmAfterImportMiB: mib(wasmAfterImport), wasmAfterSmallCallsMiB: mib(wasmAfterSmall) };
  m.peakOverInput = m.peakGrowthMiB / m.inputMiB;
  console.log(`\n64 MiB import (readPartnerCsv, 1 MiB byte chunks, in a fresh Node process): ${ms.toFixed(0)} ms, ${m.partners.toLocaleString("en")} partners`);
  console.log(`  RSS ${m.startMiB.toFixed(0)} MiB at start (the input included), peak +${m.peakGrowthMiB.toFixed(0)} MiB (${m.peakOverInput.toFixed(2)}× the input, ${m.peakBy}); after: ${m.afterImportMiB.toFixed(0)} MiB, after 20 small calls ${m.afterSmallCallsMiB.toFixed(0)} MiB`);
  console.log(`  wasm memory ${m.wasmStartMiB.toFixed(0)} MiB at start, ${m.wasmAfterImportMiB.toFixed(0)} MiB after the import, ${m.wasmAfterSmallCallsMiB.toFixed(0)} MiB after 20 small calls`);
  return m;
}

if (process.argv.includes("--memory-child")) {
  // The module's WebAssembly.Memory, caught as the package instantiates it (the package doesn't export it).
  let memory = null;
  const Instance = WebAssembly.Instance;
  WebAssembly.Instance = function (module, imports) {
    const instance = new Instance(module, imports);
    memory ??= instance.exports.memory;
    return instance;
  };
  const m = await memory64(await import("csp-partner-rules"), () => memory?.buffer.byteLength ?? 0);
  console.log(JSON.stringify(m));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) await csvBench({ quick: process.argv.includes("--quick") });

