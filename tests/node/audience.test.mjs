// The audience API and the partner CSV as a Node user meets them (SPEC §6, REG-4, AUD-CSV), including
// PartnerCsvReader inside a worker thread initialized with initSync(bytes), as a Web Worker would be.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import {
  audienceEligibility,
  audienceStart,
  planAudienceChange,
  validateAudienceListing,
  checkAuthorizedSale,
  validateTenantId,
  parsePartnerCsv,
  exportPartnerCsv,
  PartnerCsvReader,
  readPartnerCsv,
} from "csp-partner-rules";

const A = "a2898e3a-06ca-454e-a0d0-c73b0ee36bba";
const B = "484e548c-f5f3-4528-93a9-c16c6373cb59";
const fixture = (name) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url));

test("AUD-1/AUD-2/AUD-3: a published offer moving from all to specific partners (French)", () => {
  assert.equal(audienceEligibility({ offerType: "powerBiApp" }).issues[0].code, "offer_not_eligible");
  const state = { ...audienceStart({ offerType: "virtualMachine", planKind: "byol" }), published: true, resold: [B] };
  assert.equal(state.option, "all");
  const plan = planAudienceChange(state, { option: "specific", partners: [{ tenantId: A.toUpperCase() }] }, { locale: "fr-CA", offerCategory: "Machine virtuelle" });
  assert.equal(plan.ok, true);
  assert.equal(plan.via, "supportRequest");
  assert.deepEqual(plan.next.partners.map((p) => p.tenantId), [A, B]);
  assert.equal(plan.issues[0].code, "resold_partners_kept");
  assert.equal(plan.supportRequest.title, "Supprimer l'autorisation CSP");
  assert.equal(plan.supportRequest.productVersion, "Gestion des offres en direct");
  assert.match(plan.supportRequest.description, /Ils ont déjà revendu l'offre/);
  // The plan's next state is a plain object: it round-trips through JSON and plans again.
  const again = planAudienceChange(JSON.parse(JSON.stringify(plan.next)), { option: "specific", partners: plan.next.partners });
  assert.equal(again.via, "noChange");
});

test("AUD-4/AUD-5/REG-4", () => {
  assert.equal(validateAudienceListing({ option: "all" }).issues[0].code, "marketing_url_required");
  assert.equal(validateTenantId(`{${A.toUpperCase()}}`).value, A);
  const specific = { option: "specific", partners: [{ tenantId: A }], published: true, resold: [] };
  assert.equal(checkAuthorizedSale(specific, { tenantId: A, country: "FR" }, "DE").ok, true);
  assert.equal(checkAuthorizedSale(specific, { tenantId: B, country: "FR" }, "DE").issues[0].code, "partner_not_authorized");
});

test("0.6: any JS value gets an answer, never a throw", () => {
  const values = [undefined, null, 0, NaN, true, {}, [], "x".repeat(2 << 20), "\ud800", Symbol("s"), () => 1, 10n, new Date()];
  for (const v of values) {
    assert.equal(planAudienceChange(v, v, v).ok, false);
    assert.equal(checkAuthorizedSale(v, v, v, v).ok, false);
    assert.equal(audienceEligibility(v, v).ok, false);
    assert.equal(typeof validateAudienceListing(v, v).ok, "boolean");
    assert.equal(typeof audienceStart(v).option, "string");
    assert.equal(validateTenantId(v, v).ok, false);
    assert.equal(typeof exportPartnerCsv(v), "string");
    const r = parsePartnerCsv(v, v);
    assert.equal(r.ok, false, String(typeof v));
    const reader = new PartnerCsvReader(v);
    reader.push(v);
    assert.equal(typeof reader.finish().ok, "boolean");
    reader.free();
  }
});

test("AUD-CSV: fixtures parse, export round-trips", () => {
  const fr = parsePartnerCsv(fixture("excel-fr.csv").toString("utf8"), { locale: "fr" });
  assert.equal(fr.partners.length, 4);
  assert.equal(fr.partners[1].name, "Dupont; Fils & Cie");
  const text = fixture("export.csv").toString("utf8");
  assert.equal(exportPartnerCsv(parsePartnerCsv(text).partners), text);
});

/** Every fixture plus text with a surrogate pair and multi-byte characters at every offset. */
function inputs() {
  const names = ["excel-fr.csv", "excel-en.csv", "google-sheets.csv", "tabs.tsv", "export.csv", "hostile-formulas.csv", "hostile-unterminated.csv"];
  const out = names.map((n) => [n, fixture(n).toString("utf8")]);
  out.push(["emoji", `\ufeffTenant ID;Nom\r\n${A};"🎌 ""x""\r\n東京"\r\n${B};Ünïcödé 🎉\r\nbad;"open\r\n`]);
  return out;
}

test("AUD-CSV: PartnerCsvReader equals parsePartnerCsv for string and byte chunks of 1…16", () => {
  for (const [name, text] of inputs()) {
    const whole = parsePartnerCsv(text);
    const bytes = new TextEncoder().encode(text);
    for (let size = 1; size <= 16; size++) {
      const byString = new PartnerCsvReader();
      for (let i = 0; i < text.length; i += size) byString.push(text.slice(i, i + size));
      assert.deepStrictEqual(byString.finish(), whole, `${name}: strings of ${size} UTF-16 units`);
      byString.free();
      const byBytes = new PartnerCsvReader();
      for (let i = 0; i < bytes.length; i += size) byBytes.push(bytes.subarray(i, i + size));
      assert.equal(byBytes.bytesRead, bytes.length);
      assert.deepStrictEqual(byBytes.finish(), whole, `${name}: ${size}-byte chunks`);
      byBytes.free();
    }
  }
});

test("AUD-CSV: readPartnerCsv streams a Blob with progress", async () => {
  const text = fixture("excel-en.csv");
  const seen = [];
  const result = await readPartnerCsv(new Blob([text.subarray(0, 100), text.subarray(100)]), {
    locale: "fr",
    onProgress: (p) => seen.push(p),
  });
  assert.deepStrictEqual(result, parsePartnerCsv(text.toString("utf8"), { locale: "fr" }));
  assert.ok(seen.length >= 1);
  assert.equal(seen.at(-1).bytesRead, text.length);
  assert.equal(seen.at(-1).totalBytes, text.length);
  const aborted = new AbortController();
  aborted.abort();
  await assert.rejects(readPartnerCsv("tenantId\n", { signal: aborted.signal }));
  assert.equal((await readPartnerCsv(["tenantId\n", new TextEncoder().encode(A)])).partners[0].tenantId, A);
});

test("AUD-CSV: PartnerCsvReader inside a worker thread initialized with initSync(bytes)", async () => {
  const wasm = readFileSync(new URL("../../pkg/wasm/csp_partner_rules_bg.wasm", import.meta.url));
  const text = inputs().at(-1)[1] + fixture("excel-fr.csv").toString("utf8").replace("\ufeff", "");
  const worker = new Worker(new URL("./csv-worker.mjs", import.meta.url), { workerData: { wasm, locale: "fr" } });
  const messages = [];
  const done = new Promise((resolve, reject) => {
    worker.on("message", (m) => {
      messages.push(m);
      if (m.type === "ready") {
        const bytes = new TextEncoder().encode(text);
        for (let i = 0; i < bytes.length; i += 7) worker.postMessage({ type: "chunk", chunk: bytes.slice(i, i + 7) });
        worker.postMessage({ type: "finish" });
      }
      if (m.type === "result") resolve(m.result);
    });
    worker.on("error", reject);
  });
  const result = await done;
  await new Promise((resolve) => worker.once("exit", resolve));
  assert.match(messages[0].before, /call `await init\(\)` first/);
  const progress = messages.filter((m) => m.type === "progress");
  assert.ok(progress.length > 10);
  assert.equal(progress.at(-1).bytesRead, new TextEncoder().encode(text).length);
  assert.deepStrictEqual(result, parsePartnerCsv(text, { locale: "fr" }));
});

test("AUD-2: planAudienceChange is linear in the list sizes (issue 16 (4): 10× input ≤ 20× time)", () => {
  const id = (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
  const cases = (n) => {
    const listed = Array.from({ length: n }, (_, i) => ({ tenantId: id(i + 1) }));
    const resold = listed.map((p) => p.tenantId);
    const others = Array.from({ length: n }, (_, i) => ({ tenantId: id(n + i + 1), name: "Contoso" }));
    return [
      [{ option: "specific", partners: listed, published: true, resold }, { option: "specific", partners: others }],
      [{ option: "all", partners: [], published: true, resold }, { option: "specific", partners: others }],
    ];
  };
  const time = (n) => {
    const all = cases(n);
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const t = performance.now();
      for (const [state, target] of all) assert.equal(planAudienceChange(state, target).next.partners.length > 0, true);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  time(300); // warm-up
  const small = time(1_000);
  const large = time(10_000);
  console.log(`planAudienceChange: 1k partners ${small.toFixed(1)} ms, 10k ${large.toFixed(1)} ms (${(large / small).toFixed(1)}×)`);
  assert.ok(large <= 20 * Math.max(small, 1), `1k: ${small.toFixed(1)} ms, 10k: ${large.toFixed(1)} ms`);
});
