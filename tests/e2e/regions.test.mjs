// The region checker in headless Chromium: markets, verdicts and reasons from the package, the
// server's verdicts equal, the en/fr switch, keyboard use.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot, pkg, skipUnless } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

async function verdicts(page, list = "#verdicts") {
  return page.$$eval(`${list} > li`, (lis) => lis.map((li) => ({ check: li.dataset.check, ok: li.dataset.ok, issues: [...li.querySelectorAll("li[data-code]")].map((i) => ({ code: i.dataset.code, message: i.querySelector(".message").textContent })) })));
}

test("REG-1..3 verdicts with reasons, equal on the server, in en and fr", async () => {
  const page = await open(browser, "index.html");
  for (const [a, b, lang] of [["FR", "US", "en"], ["FR", "DE", "en"], ["BR", "AR", "en"], ["BR", "AR", "fr"]]) {
    if (lang !== (await page.getAttribute("html", "lang"))) await page.selectOption("#locale", lang);
    await page.evaluate(() => delete document.querySelector("#agreement").dataset.agree);
    await page.selectOption("#first", a);
    await page.selectOption("#second", b);
    await page.waitForSelector("#agreement[data-agree]");
    assert.equal(await page.getAttribute("#agreement", "data-agree"), "true", `${a}/${b}: client = server`);
    const options = { locale: lang };
    const expected = [pkg.checkCustomerMarket(a, b, options), pkg.checkPartnerIdLocation(b, a, options), pkg.checkProviderReseller(a, b, options)];
    const got = await verdicts(page);
    assert.deepEqual(got.map((v) => v.ok), expected.map((r) => String(r.ok)), `${a}/${b}`);
    assert.deepEqual(got.map((v) => v.issues), expected.map((r) => r.issues.map((i) => ({ code: i.code, message: i.message }))));
    assert.deepEqual(await verdicts(page, "#server-verdicts"), got);
    const card = await page.textContent("#first-card");
    assert.ok(card.includes(pkg.market(a, options).region.name) && card.includes(pkg.currencyFor(a).currency), card);
    await shot(page, `regions-${a}-${b}-${lang}`);
  }
  assert.deepEqual(page.errors, []);
});

test("keyboard: the country selects are reachable with Tab and change with the arrow keys", async () => {
  const page = await open(browser, "index.html");
  let focused = "";
  for (let i = 0; i < 15 && focused !== "first"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.id);
  }
  assert.equal(focused, "first");
  const before = await page.inputValue("#first");
  await page.keyboard.press("ArrowDown");
  assert.notEqual(await page.inputValue("#first"), before);
});

test("REG-4 authorized sale", { skip: skipUnless("checkAuthorizedSale") }, async () => {
  const page = await open(browser, "index.html");
  await page.selectOption("#first", "FR");
  await page.selectOption("#second", "DE");
  for (const [option, listed] of [["all", false], ["specific", true], ["specific", false], ["none", false]]) {
    await page.selectOption("#sale-option", option);
    await page.setChecked("#sale-listed", listed);
    const tenantId = await page.inputValue("#sale-tenant");
    const audience = { option, partners: option === "specific" && listed ? [{ tenantId }] : [], published: true, resold: [] };
    const want = pkg.checkAuthorizedSale(audience, { tenantId, country: "FR" }, "DE", { locale: "en" });
    const got = await verdicts(page, "#sale-verdict");
    assert.equal(got[0].ok, String(want.ok), `${option}/${listed}`);
    assert.deepEqual(got[0].issues.map((i) => i.code), want.issues.map((i) => i.code));
  }
  // Marketplace geographies (kvamseek/partner-center, marketplace/marketplace-geo-availability-currencies.md):
  // China takes free and BYOL plans only, Korea is not sold through CSP; the page passes the plan kind.
  await page.selectOption("#sale-option", "all");
  for (const [country, plan, code] of [["CN", "payg", "free_or_byol_only"], ["CN", "byol", null], ["KR", "free", "csp_channel_unavailable"]]) {
    await page.selectOption("#first", country);
    await page.selectOption("#second", country);
    await page.selectOption("#sale-plan", plan);
    const tenantId = await page.inputValue("#sale-tenant");
    const want = pkg.checkAuthorizedSale({ option: "all", partners: [], published: true, resold: [] }, { tenantId, country }, country, { locale: "en", planKind: plan });
    assert.deepEqual(want.issues.map((i) => i.code), code ? [code] : [], `${country}/${plan}: the package`);
    const got = await verdicts(page, "#sale-verdict");
    assert.deepEqual(got[0].issues.map((i) => i.code), want.issues.map((i) => i.code), `${country}/${plan}: the page`);
  }
  await shot(page, "regions-sale");
});

// Issue 12 item 11: questions in plain words (no rule ids in the labels), answers for the countries
// now selected (nothing of the previous pair left while the server answers), names in the page's language.
test("verdicts: plain-word questions, only the current countries' answers, names in French", async () => {
  const page = await open(browser, "index.html", { lang: "fr" });
  const labels = await page.$$eval("#verdicts > li > strong", (els) => els.map((e) => e.textContent));
  assert.equal(labels.length, 3);
  for (const l of labels) assert.ok(!/REG-\d/.test(l) && l.endsWith("\u202f?"), l);
  assert.equal(await page.textContent("#sale-title"), "Vente d'une offre de la marketplace");
  // Country names in French in the selects and cards (REF-1 with options.locale).
  assert.ok((await page.$$eval("#first option", (os) => os.map((o) => o.textContent))).includes("Allemagne (DE)"));
  for (const [a, b] of [["BR", "AR"], ["FR", "DE"], ["US", "GB"]]) {
    await page.evaluate(() => delete document.querySelector("#agreement").dataset.agree);
    await page.selectOption("#first", a);
    await page.selectOption("#second", b);
    await page.waitForSelector("#agreement[data-agree]");
    const options = { locale: "fr" };
    const want = [pkg.checkCustomerMarket(a, b, options), pkg.checkPartnerIdLocation(b, a, options), pkg.checkProviderReseller(a, b, options)];
    for (const list of ["#verdicts", "#server-verdicts"]) {
      const got = await verdicts(page, list);
      assert.deepEqual(got.map((v) => v.ok), want.map((r) => String(r.ok)), `${a}/${b} ${list}`);
      assert.deepEqual(got.map((v) => v.issues.map((i) => i.message)), want.map((r) => r.issues.map((i) => i.message)), `${a}/${b} ${list}`);
    }
    const card = await page.textContent("#first-card");
    assert.ok(card.includes(pkg.market(a, options).name) && card.includes(pkg.market(a, options).region.name), card);
  }
  assert.ok((await page.textContent("#first-card")).includes("États-Unis"));
  await shot(page, "regions-plain-words-fr");
  // A pair switched while the server's answer is on the way: the server side shows no old verdict.
  await page.route("**/api/regions/check", async (route) => {
    await new Promise((r) => setTimeout(r, 300));
    await route.continue();
  });
  await page.selectOption("#second", "BR");
  assert.equal(await page.$$eval("#server-verdicts > li[data-check]", (lis) => lis.length), 0, "no verdict of the previous pair while waiting");
  await page.waitForSelector("#agreement[data-agree]");
  assert.equal(await page.getAttribute("#agreement", "data-agree"), "true");
  assert.deepEqual(page.errors, []);
});
