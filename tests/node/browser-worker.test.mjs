// PartnerCsvReader in a real browser Web Worker (headless Chromium through playwright-core): the page
// starts a module worker that imports the package's browser entry, calls `await init()`, reads a CSV
// pushed in small Uint8Array chunks and posts progress and the result back; the page compares it with
// parsePartnerCsv on the main thread. Skipped when /usr/bin/chromium is missing (`make setup-browsers`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const CHROMIUM = "/usr/bin/chromium";
// Keeps the browser off the network (see webdriver.json / TOOLCHAIN.md).
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--no-first-run",
  "--disable-quic",
  "--disable-gpu",
  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
];

const PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
import init, { parsePartnerCsv } from "/pkg/index.js";
await init();
const csv = await (await fetch("/tests/fixtures/csv/excel-fr.csv")).text();
const text = csv + "a2898e3a-06ca-454e-a0d0-c73b0ee36bba;\\"🎌 dup\\";FR\\r\\nbad;\\"open\\r\\n";
const worker = new Worker("/worker.js", { type: "module" });
const progress = [];
window.result = new Promise((resolve) => {
  worker.onmessage = ({ data }) => {
    if (data.type === "progress") progress.push(data);
    if (data.type === "result") resolve({ inWorker: data.result, onPage: parsePartnerCsv(text, { locale: "fr" }), progress, bytes: new TextEncoder().encode(text).length });
  };
  worker.onerror = (e) => resolve({ error: String(e.message) });
});
worker.postMessage(new TextEncoder().encode(text));
</script>`;

const WORKER = `import init, { PartnerCsvReader } from "/pkg/index.js";
const ready = init(); // the handler is set at once: a message may arrive while the module loads
self.onmessage = async ({ data }) => {
  await ready;
  const reader = new PartnerCsvReader({ locale: "fr" });
  for (let i = 0; i < data.length; i += 5) {
    reader.push(data.subarray(i, i + 5));
    self.postMessage({ type: "progress", bytesRead: reader.bytesRead });
  }
  self.postMessage({ type: "result", result: reader.finish() });
  reader.free();
};`;

const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm", ".csv": "text/csv", ".html": "text/html" };

test("AUD-CSV: PartnerCsvReader in a browser Web Worker (Chromium)", { skip: !existsSync(CHROMIUM) && "no /usr/bin/chromium" }, async () => {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const send = (type, body) => {
      res.writeHead(200, { "content-type": type });
      res.end(body);
    };
    if (path === "/") return send("text/html", PAGE);
    if (path === "/favicon.ico") return send("image/x-icon", "");
    if (path === "/worker.js") return send("text/javascript", WORKER);
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !(path.startsWith("/pkg/") || path.startsWith("/tests/fixtures/"))) {
      res.writeHead(404);
      return res.end();
    }
    try {
      send(TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream", await readFile(file));
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.result !== undefined, null, { timeout: 60_000 }).catch((e) => errors.push(String(e)));
    assert.deepEqual(errors, []);
    const r = await page.evaluate(() => window.result);
    assert.deepEqual(errors, []);
    assert.equal(r.error, undefined, r.error);
    assert.deepStrictEqual(r.inWorker, r.onPage);
    assert.equal(r.inWorker.partners.length, 4);
    assert.deepEqual(
      r.inWorker.issues.map((i) => [i.code, i.params.line]),
      [["duplicate_partner", 8], ["csv_unterminated_quote", 9]],
    );
    assert.match(r.inWorker.issues[1].message, /^Ligne 9\u00a0: Un champ entre guillemets/);
    assert.equal(r.progress.at(-1).bytesRead, r.bytes);
    assert.ok(r.progress.length > 50);
  } finally {
    await browser.close();
    server.close();
  }
});
