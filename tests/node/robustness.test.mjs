// Hostile shapes of input (issue 16): inherited properties, arrays where objects are expected,
// oversized strings, and the package's behaviour after them. Figures are printed; time and memory
// are checked as ratios or generous deltas, never absolute times.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as api from "csp-partner-rules";

const A = "a2898e3a-06ca-454e-a0d0-c73b0ee36bba";
const form = {
  country: "US",
  company: { legalName: "Contoso Ltd" },
  address: { line1: "1 Microsoft Way", city: "Redmond", state: "WA", postalCode: "98052" },
  primaryContact: { firstName: "Ada", lastName: "Lovelace", email: "ada@contoso.com", phone: "+1 425 555 0100" },
  support: { email: "support@contoso.com", phone: "+1 425 555 0101" },
};
// Each call as a user makes it, with nothing inherited that it should read.
const calls = [
  () => api.validateEnrollment({}),
  () => api.validateEnrollment(form),
  () => api.validateEnrollment(form, {}),
  () => api.validateEnrollmentField(form, "company.legalName", {}),
  () => api.checkCustomerMarket("BR", "AR", {}),
  () => api.audienceEligibility({ offerType: "powerBiApp" }, {}),
  () => api.planAudienceChange({ partners: [], published: true, resold: [] }, {}, {}),
  () => api.planAudienceChange({ option: "none", partners: [], published: false, resold: [] }, { partners: [{ tenantId: A }] }),
  () => api.validateTenantId("x", {}),
];
// What `Object.prototype.country = "FR"` and its kind did (issue 16 (6)).
const inherited = {
  country: "FR",
  locale: "fr",
  mode: "draft",
  blockedDomains: ["contoso.com"],
  workAccount: { domain: "contoso.onmicrosoft.com" },
  partnerId: { id: "1234567", country: "FR" },
  option: "all",
  offerType: "saas",
  transactable: true,
  tenantId: A,
};

test("own properties only: values inherited from Object.prototype are never read as fields or options", () => {
  const before = calls.map((call) => JSON.stringify(call()));
  try {
    Object.assign(Object.prototype, inherited);
    const polluted = calls.map((call) => JSON.stringify(call()));
    for (const [i, out] of polluted.entries()) assert.equal(out, before[i], `call #${i} read an inherited property`);
    const empty = api.validateEnrollment({});
    assert.equal(Object.hasOwn(empty.value ?? {}, "country"), false, "country: FR was stored");
  } finally {
    for (const key of Object.keys(inherited)) delete Object.prototype[key];
  }
});

test("arrays where objects are expected are not read by position (the same as natively: tests/vectors/robustness.json)", () => {
  assert.match(api.checkCustomerMarket("BR", "AR", ["fr"]).issues[0].message, /^Brazil is in the CSP region/);
  assert.match(api.checkCustomerMarket("BR", "AR", ["fr", 1]).issues[0].message, /^Brazil is in the CSP region/);
  const offer = api.audienceEligibility(["saas", true]);
  assert.equal(offer.ok, false);
  assert.equal(offer.issues[0].code, "required");
  assert.equal(api.validateEnrollment(["US"]).value.country, undefined);
  assert.equal(api.validateEnrollment({ ...form, company: ["Contoso"] }).issues[0].code, "invalid_type");
  // Typed arrays too.
  assert.equal(api.audienceEligibility(new Uint8Array([1, 2])).issues[0].code, "required");
});
