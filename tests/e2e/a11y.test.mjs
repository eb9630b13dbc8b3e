// Accessibility basics on every page, in both languages: every control has a label, every
// aria-describedby points somewhere, the language is set, one h1, live regions for messages, and the
// enrolment form can be filled and submitted with the keyboard alone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

for (const path of ["index.html", "enrollment.html", "audience.html"]) {
  for (const lang of ["en", "fr"]) {
    test(`${path} (${lang}): labelled controls, valid references, lang, one h1`, async () => {
      const page = await open(browser, path, { lang });
      const report = await page.evaluate(() => {
        const controls = [...document.querySelectorAll("input, select, textarea")].filter((e) => e.type !== "hidden");
        return {
          unlabelled: controls.filter((e) => !e.labels?.length && !e.getAttribute("aria-label") && !e.getAttribute("aria-labelledby")).map((e) => e.id || e.outerHTML.slice(0, 80)),
          emptyLabels: [...document.querySelectorAll("label")].filter((l) => !l.textContent.trim()).map((l) => l.htmlFor),
          dangling: [...document.querySelectorAll("[aria-describedby]")].flatMap((e) => e.getAttribute("aria-describedby").split(/\s+/).filter((id) => !document.getElementById(id))),
          lang: document.documentElement.lang,
          h1: document.querySelectorAll("h1").length,
          live: document.querySelectorAll("[aria-live]").length,
          buttonsWithoutText: [...document.querySelectorAll("button")].filter((b) => !b.textContent.trim()).map((b) => b.id),
        };
      });
      assert.deepEqual(report.unlabelled, []);
      assert.deepEqual(report.emptyLabels, []);
      assert.deepEqual(report.dangling, []);
      assert.deepEqual(report.buttonsWithoutText, []);
      assert.equal(report.lang, lang);
      assert.equal(report.h1, 1);
      assert.ok(report.live > 0);
      assert.deepEqual(page.errors, []);
    });
  }
}

test("enrolment by keyboard alone: Tab to a field, type, Tab on to Submit, Enter; the message is announced", async () => {
  const page = await open(browser, "enrollment.html");
  await page.focus("#f-company-legalName");
  await page.keyboard.type("x".repeat(257));
  const msg = page.locator("#f-company-legalName-msg");
  assert.equal(await msg.getAttribute("aria-live"), "polite");
  assert.ok((await msg.textContent()).length > 0, "the message is in the live region");
  let id = "";
  for (let i = 0; i < 60 && id !== "submit"; i++) {
    await page.keyboard.press("Tab");
    id = await page.evaluate(() => document.activeElement?.id);
  }
  assert.equal(id, "submit", "Submit is reachable with Tab");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#agreement[data-agree]");
  assert.equal(await page.getAttribute("#agreement", "data-agree"), "true");
  assert.ok((await page.textContent("#summary")).length > 0);
});
