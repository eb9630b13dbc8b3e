// Country data on demand (issue 14, issue 13 item 3; docs/country-data.md): `csp-partner-rules/enrollment`
// ships each country's record (postal pattern, subdivisions, phone pattern) as its own module. Before
// `loadCountry(country)` the answers that need it are the documented ones — `addressFormat` and
// `countryRules` throw a clear Error, the form's state, postal code and phones get `country_data_not_loaded`
// (an error: never accepted or refused unchecked) — and after it exactly the root's. The root has
// every country built in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import * as root from "csp-partner-rules";
import * as enrollment from "csp-partner-rules/enrollment";

const json = (v) => JSON.parse(JSON.stringify(v));
const countriesDir = new URL("./countries/", import.meta.resolve("csp-partner-rules/enrollment"));
// A Brazilian form (São Paulo, a postal code of Rio: ENR-8's warning once loaded).
const form = {
  country: "BR",
  company: { legalName: "Contoso Brasil Ltda", registrationId: "11.222.333/0001-81" },
  address: { line1: "Av. Paulista 1000", city: "São Paulo", state: "sao paulo", postalCode: "20040-002", country: "BR" },
  primaryContact: { firstName: "Ana", lastName: "Silva", email: "ana@contoso.com.br", phone: "+55 11 3003 1000" },
  language: "pt",
};

test("issue 14: before loadCountry, the answers that need a country's data say so; after, they are the root's", async () => {
  assert.equal(enrollment.countryDataNeeded("BR"), "BR");
  assert.equal(enrollment.countryDataNeeded("br"), "BR");
  assert.throws(() => enrollment.addressFormat("BR"), /addressFormat\("BR"\) needs the data of BR.*await loadCountry\("BR"\)/);
  assert.throws(() => enrollment.countryRules("BR"), /countryRules\("BR"\) needs the data of BR/);

  const before = enrollment.validateEnrollment(form);
  assert.equal(before.ok, false);
  const at = (r, field) => r.issues.filter((i) => i.path.join(".") === field).map((i) => `${i.code}/${i.severity}`);
  assert.deepEqual(at(before, "address.state"), ["country_data_not_loaded/error"]);
  assert.deepEqual(at(before, "address.postalCode"), ["country_data_not_loaded/error"]);
  const issue = before.issues.find((i) => i.code === "country_data_not_loaded");
  assert.equal(issue.params.country, "BR");
  assert.match(issue.message, /loadCountry\("BR"\)/);
  // Kept as typed, and nothing else differs from the root.
  assert.equal(before.value.address.state, "sao paulo");
  assert.deepEqual(at(before, "primaryContact.phone"), ["country_data_not_loaded/error"]);
  const needs = ["address.state", "address.postalCode", "primaryContact.phone"];
  const others = (r) => json(r.issues.filter((i) => !needs.includes(i.path.join("."))));
  assert.deepEqual(others(before), others(root.validateEnrollment(form)));
  assert.deepEqual(
    json(enrollment.validateEnrollmentField(form, "address.postalCode")).map((i) => i.code),
    ["country_data_not_loaded"],
  );
  // A field that needs no record answers as the root.
  assert.deepEqual(json(enrollment.validateEnrollmentField(form, "address.line1")), json(root.validateEnrollmentField(form, "address.line1")));

  await enrollment.loadCountry("BR");
  assert.equal(enrollment.countryDataNeeded("BR"), null);
  assert.deepEqual(json(enrollment.validateEnrollment(form)), json(root.validateEnrollment(form)));
  assert.deepEqual(at(enrollment.validateEnrollment(form), "address.postalCode"), ["postal_code_state_mismatch/warning"]);
  assert.deepEqual(json(enrollment.addressFormat("BR", { locale: "fr" })), json(root.addressFormat("BR", { locale: "fr" })));
  assert.deepEqual(json(enrollment.countryRules("BR")), json(root.countryRules("BR")));
  await enrollment.loadCountry("BR"); // again: nothing to do
});

test("issue 14: a support phone in a shared calling code names every country of it; the schema loads them", async () => {
  const ca = { ...form, support: { email: "support@contoso.com.br", phone: "+1 613 555 0123" } };
  const issue = enrollment.validateEnrollmentField(ca, "support.phone")[0];
  assert.equal(issue.code, "country_data_not_loaded");
  const nanp = issue.params.countries.split(" ");
  assert.ok(nanp.includes("CA") && nanp.includes("US") && nanp.length > 20, issue.params.countries);
  const schema = enrollment.enrollmentSchema()["~standard"];
  schema.validate(ca);
  for (let i = 0; i < 200 && nanp.some((c) => enrollment.countryDataNeeded(c) !== null); i += 1) await new Promise((r) => setTimeout(r, 5));
  assert.deepEqual(json(enrollment.validateEnrollmentField(ca, "support.phone")), json(root.validateEnrollmentField(ca, "support.phone")));
});

test("issue 14: the Standard Schema starts loading a country it was not given, so the next validation checks it", async () => {
  const schema = enrollment.enrollmentSchema()["~standard"];
  const mx = { ...form, country: "MX", address: { line1: "Av. Reforma 1", city: "Ciudad de México", state: "CDMX", postalCode: "0660", country: "MX" } };
  assert.equal(enrollment.countryDataNeeded("MX"), "MX");
  const first = schema.validate(mx);
  assert.ok(first.issues.some((i) => /loadCountry\("MX"\)/.test(i.message)), "said, never guessed");
  for (let i = 0; i < 100 && enrollment.countryDataNeeded("MX") !== null; i += 1) await new Promise((r) => setTimeout(r, 5));
  assert.deepEqual(json(schema.validate(mx)), json(root.enrollmentSchema()["~standard"].validate(mx)));
});

test("issue 14: nothing to load for the root, a country without detail or a non-country; a bad record is refused", async () => {
  for (const c of ["BR", "US", "FR", "JP"]) assert.equal(root.countryDataNeeded(c), null, c);
  await root.loadCountry("BR");
  for (const c of ["AQ", "ZZ", "", "not a code"]) {
    assert.equal(enrollment.countryDataNeeded(c), null, c);
    await enrollment.loadCountry(c);
  }
  assert.deepEqual(json(enrollment.addressFormat("AQ")), json(root.addressFormat("AQ")));
  assert.equal(enrollment.countryDataNeeded(42), null);
  for (const bad of ["", "JP", "JP\n(\n\n", "jp\n\n\n", 42, null]) assert.equal(enrollment.addCountryData(bad), false, String(bad));
  assert.equal(enrollment.countryDataNeeded("JP"), "JP", "a refused record is not kept");
});

test("issue 14: one module per country, small", () => {
  const files = readdirSync(countriesDir);
  assert.ok(files.length > 180, `${files.length} country modules`);
  const sizes = files.map((f) => {
    const bytes = readFileSync(new URL(f, countriesDir));
    return { f, raw: statSync(new URL(f, countriesDir)).size, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  assert.ok(largest.gzip < 4000, `${largest.f}: ${largest.gzip} B gzip`);
  const br = sizes.find((s) => s.f === "BR.js");
  console.log(`country modules: ${files.length}; BR.js ${br.raw} B / ${br.gzip} B gzip; largest ${largest.f} ${largest.raw} / ${largest.gzip} gzip`);
});
