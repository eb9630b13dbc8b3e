// The worker of tools/bench-csv.html: makes the CSV, then times readPartnerCsv (Blob, streamed, with
// progress), parsePartnerCsv (whole text) and PapaParse + Zod (same rows, same process).
import init, { readPartnerCsv, parsePartnerCsv } from "/pkg/index.js";
import { z } from "/node_modules/zod/index.js";
import { makeCsvBaseline } from "/tools/bench-baseline.mjs";

let papaZod; // PapaParse + Zod (tools/bench-baseline.mjs), once Papa is loaded
const ready = (async () => {
  (0, eval)(await (await fetch("/node_modules/papaparse/papaparse.min.js")).text()); // UMD: sets self.Papa
  await init();
  papaZod = makeCsvBaseline({ z, Papa: self.Papa });
})();

function makeCsv(n) {
  const countries = ["FR", "DE", "US", "GB", "BR", "JP", "IN", "ES", "IT", "NL"];
  const parts = ["\ufefftenantId,name,country"];
  for (let i = 0; i < n; i++) {
    const name = i % 10 === 0 ? `"Partner ${i}, Ltd."` : `Partner ${i}`;
    parts.push(`${i.toString(16).padStart(8, "0")}-86f1-41af-91ab-${(i * 7919).toString(16).padStart(12, "0").slice(-12)},${name},${countries[i % 10]}`);
  }
  return parts.join("\r\n") + "\r\n";
}


self.onmessage = async ({ data: { rows } }) => {
  await ready;
  const text = makeCsv(rows);
  const blob = new Blob([text]);
  let lastPost = 0;
  const t0 = performance.now();
  const streamed = await readPartnerCsv(blob, {
    onProgress: ({ bytesRead, totalBytes, partnersRead }) => {
      const now = performance.now();
      if (now - lastPost > 30 || bytesRead === totalBytes) {
        lastPost = now;
        self.postMessage({ type: "progress", fraction: bytesRead / totalBytes, partnersRead });
      }
    },
  });
  const readMs = performance.now() - t0;
  const t1 = performance.now();
  const whole = parsePartnerCsv(text);
  const parseMs = performance.now() - t1;
  const t2 = performance.now();
  const theirs = papaZod(text);
  const papaZodMs = performance.now() - t2;
  self.postMessage({ type: "result", result: { rows, bytes: blob.size, readMs, parseMs, papaZodMs, partners: streamed.partners.length, same: whole.partners.length === streamed.partners.length, papaPartners: theirs.length } });
};
