// The audience page in headless Chromium: proposed changes judged by planAudienceChange (direct /
// support request with its prefilled ticket / blocked), equal on the server; a 100,000-row CSV
// imported in a Web Worker with the progress bar reaching the end; the export.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot, pkg, skipUnless } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const T1 = "11111111-1111-4111-8111-111111111111";
const T2 = "22222222-2222-4222-8222-222222222222";
const CATEGORY = "Software as a service (SaaS)";

// SPEC AUD-2 scenarios: current state, target, the expected route.
const SCENARIOS = [
  ["unpublished none → all is direct, then publish", { option: "none", partners: [], published: false, resold: [] }, { option: "all", partners: [] }, "direct"],
  ["published none → specific is direct", { option: "none", partners: [], published: true, resold: [] }, { option: "specific", partners: [T1] }, "direct"],
  ["published specific → specific adding a partner is direct, then sync", { option: "specific", partners: [T1], published: true, resold: [] }, { option: "specific", partners: [T1, T2] }, "direct"],
  ["published all → specific needs a support request; who resold is kept", { option: "all", partners: [], published: true, resold: [T1] }, { option: "specific", partners: [T2] }, "supportRequest"],
  ["published all → none is blocked when someone resold", { option: "all", partners: [], published: true, resold: [T1] }, { option: "none", partners: [] }, "blocked"],
  ["published specific: removing a partner who resold is blocked", { option: "specific", partners: [T1, T2], published: true, resold: [T1] }, { option: "specific", partners: [T2] }, "blocked"],
  ["published specific: removing a partner who never resold needs a support request", { option: "specific", partners: [T1, T2], published: true, resold: [] }, { option: "specific", partners: [T1] }, "supportRequest"],
];

async function setUp(page, state, target) {
  await page.check(`#cur-option-${state.option}`);
  await page.setChecked("#cur-published", state.published);
  await page.fill("#cur-partners", state.partners.join("\n"));
  await page.fill("#cur-resold", state.resold.join("\n"));
  await page.check(`#tgt-option-${target.option}`);
  await page.fill("#tgt-partners", target.partners.join("\n"));
}

test("planAudienceChange: each proposed change shows its route and why, equal on the server", { skip: skipUnless("planAudienceChange") }, async (t) => {
  const page = await open(browser, "audience.html");
  for (const [name, state, target, via] of SCENARIOS) {
    await t.test(name, async () => {
      await setUp(page, state, target);
      await page.evaluate(() => delete document.querySelector("#plan-agreement")?.dataset.agree);
      await page.click("#plan");
      await page.waitForSelector("#plan-agreement[data-agree]");
      assert.equal(await page.getAttribute("#plan-agreement", "data-agree"), "true", "client = server");
      const s = { ...state, partners: state.partners.map((tenantId) => ({ tenantId })) };
      const tg = { ...target, partners: target.partners.map((tenantId) => ({ tenantId })) };
      const want = pkg.planAudienceChange(s, tg, { locale: "en", offerCategory: CATEGORY });
      assert.equal(want.via, via, `the package's route (SPEC AUD-2): ${JSON.stringify(want.issues)}`);
      assert.equal(await page.getAttribute("#plan-live .plan", "data-via"), via);
      const codes = await page.$$eval("#plan-live li[data-code]", (lis) => lis.map((li) => li.dataset.code));
      assert.deepEqual(codes, want.issues.map((i) => i.code));
      const flags = await page.$$eval("#plan-live [data-flag]", (lis) => lis.map((li) => li.dataset.flag));
      assert.deepEqual(flags, ["requiresSync", "requiresPublish"].filter((f) => want[f]));
      if (want.supportRequest) {
        const ticket = await page.textContent("#ticket");
        for (const v of Object.values(want.supportRequest)) if (typeof v === "string") assert.ok(ticket.includes(v), `ticket shows ${v}`);
        await shot(page, "audience-support-request");
      }
      if (via === "blocked") await shot(page, "audience-blocked");
    });
  }
  assert.deepEqual(page.errors, []);
});

function guid(i) {
  return `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`;
}

test("CSV import of 100,000 partners in a Web Worker: the progress bar reaches the end", { skip: skipUnless("PartnerCsvReader") }, async () => {
  const page = await open(browser, "audience.html");
  const rows = ["Tenant ID;Partner name;Country/region"];
  for (let i = 1; i <= 100000; i++) rows.push(`${guid(i)};Partner ${i};FR`);
  const text = rows.join("\r\n") + "\r\n";
  await page.evaluate(() => {
    window.__samples = [];
    new MutationObserver(() => window.__samples.push(document.querySelector("#csv-progress").value)).observe(document.querySelector("#csv-progress"), { attributes: true, attributeFilter: ["aria-valuetext"] });
  });
  const started = Date.now();
  await page.setInputFiles("#csv-file", { name: "partners.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.waitForSelector("body[data-csv=done], body[data-csv=error]", { timeout: 180000 });
  assert.equal(await page.getAttribute("body", "data-csv"), "done", await page.textContent("#csv-status"));
  const { value, max } = await page.$eval("#csv-progress", (p) => ({ value: p.value, max: p.max }));
  assert.equal(max, Buffer.byteLength(text));
  assert.equal(value, max, "the bar is full");
  assert.equal(await page.getAttribute("#csv-progress", "aria-valuetext"), "100%");
  assert.equal(await page.getAttribute("body", "data-csv-partners"), "100000");
  const samples = await page.evaluate(() => window.__samples);
  assert.ok(samples.length >= 1 && samples.at(-1) === max, `progress samples: ${samples.length}`);
  console.log(`# 100,000 rows (${max} bytes) imported in ${Date.now() - started} ms with ${samples.length} progress updates`);
  if (typeof pkg.parsePartnerCsv === "function") assert.equal(pkg.parsePartnerCsv(text).partners.length, 100000);
  if (typeof pkg.parsePartnerCsv === "function") {
    await page.waitForSelector("#csv-agreement[data-agree]", { timeout: 60000 });
    assert.equal(await page.getAttribute("#csv-agreement", "data-agree"), "true", "the worker's reader = the server's parsePartnerCsv");
  }
  await shot(page, "audience-csv-100k");
  await page.click("#csv-use");
  assert.equal((await page.inputValue("#tgt-partners")).split("\n").length, 100000);
  assert.deepEqual(page.errors, []);
});

test("CSV export of the proposed partners", { skip: skipUnless("exportPartnerCsv") }, async () => {
  const page = await open(browser, "audience.html");
  if (!(await page.$("#tgt-partners"))) return;
  await page.fill("#tgt-partners", [T1, T2, "=cmd()"].join("\n"));
  await page.click("#csv-export-button");
  const csv = await page.getAttribute("#csv-preview", "data-csv");
  assert.equal(csv, pkg.exportPartnerCsv([{ tenantId: T1 }, { tenantId: T2 }, { tenantId: "=cmd()" }]));
  assert.equal(await page.isVisible("#csv-download"), true);
  await shot(page, "audience-export");
});

// Issue 12 item 11: the prefilled support request in French: every field labelled in French (no raw
// key), the description keeps its line breaks, the URL is a link, the tenant IDs a list.
test("support request in French: labelled fields, line breaks kept, URL as a link", { skip: skipUnless("planAudienceChange") }, async () => {
  const page = await open(browser, "audience.html", { lang: "fr" });
  const state = { option: "all", partners: [], published: true, resold: [T1] };
  const target = { option: "specific", partners: [T2] };
  await setUp(page, state, target);
  await page.click("#plan");
  await page.waitForSelector("#plan-agreement[data-agree]");
  const want = pkg.planAudienceChange({ ...state, partners: [] }, { ...target, partners: [{ tenantId: T2 }] }, { locale: "fr", offerCategory: CATEGORY }).supportRequest;
  assert.ok(want, "a support request");
  const labels = await page.$$eval("#ticket dt", (dts) => dts.map((d) => d.textContent));
  assert.equal(labels.length, Object.keys(want).length);
  for (const raw of ["url", "productVersion", "tenantIds", "problem", "title", "description", "category"]) assert.ok(!labels.includes(raw), `${raw} shown raw: ${labels}`);
  assert.ok(labels.includes("Version du produit") && labels.includes("ID de locataire (Microsoft Entra)"), labels.join(" | "));
  const link = await page.$eval("#ticket dd[data-key=url] a", (a) => ({ href: a.href, text: a.textContent }));
  assert.equal(link.href, want.url);
  // innerText is what is rendered: the line breaks survive only if the page keeps them.
  const rendered = await page.$eval("#ticket dd[data-key=description]", (d) => d.innerText);
  const spaces = (s) => s.replace(/[\u00a0\u202f]/g, " ").trim();
  assert.ok(want.description.includes("\n"));
  assert.equal(spaces(rendered), spaces(want.description), "the description's line breaks are kept");
  const ids = await page.$$eval("#ticket dd[data-key=tenantIds] li", (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(ids, want.tenantIds);
  await shot(page, "audience-support-request-fr");
  assert.deepEqual(page.errors, []);
});
