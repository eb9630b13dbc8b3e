// The package as a Node user meets it: usable right after import, init() idempotent, real answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import init, { markets, market, regions, currencyFor, checkCustomerMarket, checkPartnerIdLocation, addressFormat, supportedLocales, validateEnrollment, validateEnrollmentField } from "csp-partner-rules";

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
  assert.match(en.issues[0].message, /different CSP regions \(Brazil: Brazil; Argentina: Latin America and the Caribbean\)/);
  const fr = checkCustomerMarket("BR", "AR", { locale: "fr-FR" });
  assert.match(fr.issues[0].message, /une activité CSP n'est possible qu'au sein d'une même région/);
  // Issue 12 item 4: places named in the message's locale, French typography.
  assert.match(fr.issues[0].message, /\(Brésil dans la région Brésil, Argentine dans la région Amérique latine et Caraïbes\)\u00a0:/);
  assert.equal(fr.issues[0].params.countryName, "Brésil");
  assert.deepStrictEqual(supportedLocales(), ["en", "fr"]);
});

test("REF-1/REF-3/REF-4: names in options.locale", () => {
  assert.equal(market("DE", { locale: "fr" }).name, "Allemagne");
  assert.equal(market("BR", { locale: "fr" }).region.name, "Brésil");
  assert.equal(market("DE").name, "Germany");
  assert.ok(markets({ locale: "fr-CA" }).some((m) => m.country === "US" && m.name === "États-Unis" && m.region.name === "États-Unis"));
  assert.ok(regions({ locale: "fr" }).some((r) => r.id === "latin-america-and-the-caribbean" && r.name === "Amérique latine et Caraïbes"));
  assert.ok(addressFormat("US", { locale: "fr" }).subdivisions.some((s) => s.key === "CA" && s.name === "Californie"));
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

test("0.6: a typed array where a string belongs is invalid_type on that field, and the rest of the form still reads", async () => {
  const { validateEnrollment, validateEnrollmentField } = await import("csp-partner-rules");
  const form = { country: "FR", company: { legalName: new Uint8Array([67, 111]) }, address: { line1: "1 rue de la Paix", city: "Paris", postalCode: "7500" } };
  const codes = validateEnrollment(form).issues.map((i) => `${i.code}:${i.path.join(".")}`);
  assert.ok(codes.includes("invalid_type:company.legalName"), codes.join(" "));
  assert.ok(codes.includes("postal_code_format:address.postalCode"), codes.join(" "));
  assert.ok(!codes.includes("required:country"), "the country was read");
  assert.deepEqual(
    validateEnrollmentField(form, "address.postalCode").map((i) => i.code),
    ["postal_code_format"],
  );
  const r = checkCustomerMarket(new Uint8Array([70, 82]), "DE");
  assert.deepEqual(r.issues.map((i) => [i.code, i.params.received]), [["invalid_type", "array"]]);
});

test("issue 12 items 3 and 5: an empty work account is absent; a misspelled path is unknown_field", () => {
  const form = { country: "FR", workAccount: { domain: "" } };
  assert.deepEqual(validateEnrollmentField(form, "workAccount.domain"), []);
  assert.equal(validateEnrollment(form, { mode: "draft" }).ok, true);
  const issues = validateEnrollmentField(form, "adress.postalCode", { locale: "fr" });
  assert.deepEqual(issues.map((i) => [i.code, i.severity, i.path.join(".")]), [["unknown_field", "error", "adress.postalCode"]]);
  assert.match(issues[0].message, /adress\.postalCode/);
});
