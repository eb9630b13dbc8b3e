// The package as a Node user meets it: usable right after import, init() idempotent, real answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import init, { markets, market, regions, currencyFor, checkCustomerMarket, checkPartnerIdLocation, addressFormat, supportedLocales } from "csp-partner-rules";

test("API-1: usable right after import in Node; init() is idempotent", async () => {
  assert.equal(markets().length, 244);
  await init();
  await init();
  assert.equal(markets().length, 244);
});

test("REF-1/REG-5: every market resolves to its region and currency", () => {
  const byRegion = new Map(regions().map((r) => [r.id, r]));
  for (const m of markets()) {
    assert.deepStrictEqual(market(m.country.toLowerCase()), m);
    assert.ok(byRegion.get(m.region.id).countries.includes(m.country), m.country);
    assert.equal(currencyFor(m.country).currency, m.currency);
  }
  assert.equal(market("CU"), null);
  assert.equal(market("RU"), null);
});

test("REG-1: messages in en and fr", () => {
  const en = checkCustomerMarket("BR", "AR");
  assert.equal(en.ok, false);
  assert.match(en.issues[0].message, /Brazil is in the CSP region Brazil/);
  const fr = checkCustomerMarket("BR", "AR", { locale: "fr-FR" });
  assert.match(fr.issues[0].message, /une activité CSP n'est possible qu'au sein d'une même région/);
  assert.deepStrictEqual(supportedLocales(), ["en", "fr"]);
});

test("REG-2/REF-4: other answers", () => {
  assert.equal(checkPartnerIdLocation("GB", "FR").issues[0].code, "partner_id_country_mismatch");
  assert.equal(addressFormat("ca", { locale: "fr" }).postalCode.examples[0], "H3Z 2Y7");
});

test("0.6: any JS value gets an answer, never a throw", () => {
  const values = [undefined, null, 0, NaN, -1, true, {}, [], "x".repeat(2 << 20), "\ud800", Symbol("s"), () => 1, 10n, new Date()];
  for (const v of values) {
    const r = checkCustomerMarket(v, v, v);
    assert.equal(r.ok, false);
    assert.ok(r.issues.length > 0);
    assert.ok(market(v) === null);
  }
  const huge = checkCustomerMarket("x".repeat(2 << 20), "FR");
  assert.equal(huge.issues[0].code, "input_too_large");
});
