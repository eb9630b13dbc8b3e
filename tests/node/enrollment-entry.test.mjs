// The entry point `csp-partner-rules/enrollment` (issue 14): its own, smaller .wasm with only the
// enrolment exports. On every shared vector of a function it exports, it answers exactly as the
// root entry does (and as the native output recorded in tests/vectors/expected.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import * as root from "csp-partner-rules";
import * as enrollment from "csp-partner-rules/enrollment";

const cases = JSON.parse(readFileSync(new URL("../vectors/expected.json", import.meta.url), "utf8"));
// /enrollment loads each country's data on demand (docs/country-data.md; tests/node/country-data.test.mjs
// checks the answers before loading): every country it ships, loaded first.
const countries = readdirSync(new URL("./countries/", import.meta.resolve("csp-partner-rules/enrollment"))).map((f) => f.slice(0, 2));
await Promise.all(countries.map((c) => enrollment.loadCountry(c)));

test("issue 14: /enrollment answers exactly as the root on every vector of its functions", () => {
  const diffs = [];
  let compared = 0;
  for (const c of cases) {
    if (typeof enrollment[c.fn] !== "function") continue;
    compared += 1;
    const ours = JSON.parse(JSON.stringify(enrollment[c.fn](...c.args)));
    const roots = JSON.parse(JSON.stringify(root[c.fn](...c.args)));
    if (!isDeepStrictEqual(ours, roots)) diffs.push(`${c.id}: /enrollment ${JSON.stringify(ours)} != root ${JSON.stringify(roots)}`);
    else if (!isDeepStrictEqual(ours, c.output)) diffs.push(`${c.id}: ${JSON.stringify(ours)} != native ${JSON.stringify(c.output)}`);
  }
  assert.deepStrictEqual(diffs, []);
  // Every enrolment vector (enrollment*.json, partner-center*.json) and the reference functions.
  const enrolmentCases = cases.filter((c) => /^(validateEnrollment|validateEnrollmentField|countryRules|addressFormat)$/.test(c.fn));
  assert.ok(enrolmentCases.length > 100, `only ${enrolmentCases.length} enrolment vectors`);
  assert.ok(compared >= enrolmentCases.length);
});

test("issue 14: /enrollment exports what an enrolment page needs, and no other job", () => {
  for (const f of ["validateEnrollment", "validateEnrollmentField", "enrollmentSchema", "addressFormat", "markets", "market", "countryRules", "regions", "supportedLocales", "rulesVersion", "dataVersion"]) {
    assert.equal(typeof enrollment[f], "function", f);
  }
  assert.equal(enrollment.version, root.version);
  for (const f of ["planAudienceChange", "parsePartnerCsv", "PartnerCsvReader", "enrollmentApply", "relationshipApply", "checkCustomerMarket"]) {
    assert.equal(enrollment[f], undefined, f);
  }
});

test("issue 14: enrollmentSchema of /enrollment gives the root's answer", () => {
  const form = { country: "FR", address: { country: "DE" } };
  const a = enrollment.enrollmentSchema({ locale: "fr" })["~standard"].validate(form);
  const b = root.enrollmentSchema({ locale: "fr" })["~standard"].validate(form);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
  assert.ok(a.issues.length > 0);
});

test("issue 14: a keystroke's path kept between calls; a getter of the form calling the export gets its own answer", () => {
  for (const api of [root, enrollment]) {
    const short = { country: "FR", address: { postalCode: "7500" } };
    const codes = (issues) => issues.map((i) => `${i.path.join(".")} ${i.code}`);
    // The same path as a string (kept after the first call), then as an array, then another path.
    for (let i = 0; i < 3; i += 1) assert.deepStrictEqual(codes(api.validateEnrollmentField(short, "address.postalCode")), ["address.postalCode postal_code_format"]);
    assert.deepStrictEqual(codes(api.validateEnrollmentField(short, ["address", "postalCode"])), ["address.postalCode postal_code_format"]);
    assert.deepStrictEqual(codes(api.validateEnrollmentField({ country: "FR", partnerId: { id: "1234567" } }, "partnerId.country")), ["partnerId.country required"]);
    // ENR-8 reads the state with the postal code (src/enrollment/field.rs, companions).
    assert.deepStrictEqual(codes(api.validateEnrollmentField({ country: "US", address: { state: "CA", postalCode: "10001" } }, "address.postalCode")), ["address.postalCode postal_code_state_mismatch"]);
    // Re-entered from a getter while the outer call holds the path it kept.
    let inner = null;
    const form = { country: "FR", address: { get postalCode() { inner = api.validateEnrollmentField(short, "address.postalCode"); return "75002"; } } };
    assert.deepStrictEqual(api.validateEnrollmentField(form, "address.postalCode"), []);
    assert.deepStrictEqual(codes(inner), ["address.postalCode postal_code_format"]);
  }
});
