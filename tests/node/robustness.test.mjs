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
  const english = api.checkCustomerMarket("BR", "AR").issues[0].message;
  assert.notEqual(api.checkCustomerMarket("BR", "AR", { locale: "fr" }).issues[0].message, english);
  assert.equal(api.checkCustomerMarket("BR", "AR", ["fr"]).issues[0].message, english);
  assert.equal(api.checkCustomerMarket("BR", "AR", ["fr", 1]).issues[0].message, english);
  const offer = api.audienceEligibility(["saas", true]);
  assert.equal(offer.ok, false);
  assert.equal(offer.issues[0].code, "required");
  assert.equal(api.validateEnrollment(["US"]).value.country, undefined);
  assert.equal(api.validateEnrollment({ ...form, company: ["Contoso"] }).issues[0].code, "invalid_type");
  // Typed arrays too.
  assert.equal(api.audienceEligibility(new Uint8Array([1, 2])).issues[0].code, "required");
});

test("a crash near the JS stack limit: the next call restarts the module and works (issue 16 (8))", () => {
  const errors = [];
  const deep = (n) => {
    try {
      deep(n + 1);
    } catch {
      // the bottom of the stack
    }
    // On the way back up, calls at every depth near the limit: some overflow inside the module.
    if (n % 3 === 0) {
      try {
        api.validateEnrollment(form);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  deep(0);
  console.log(`calls near the stack limit: ${errors.length} threw (${[...new Set(errors.map((e) => e.name))].join(", ")})`);
  for (const error of errors) assert.doesNotMatch(String(error.message), /init\(\)/, "told to call init()");
  assert.equal(api.checkCustomerMarket("FR", "DE").ok, true);
  assert.equal(api.validateEnrollment(form).ok, true);
});

test("a second free() of a reader does nothing (issue 16 (11))", () => {
  const reader = new api.PartnerCsvReader();
  reader.push("tenantId\n" + A + "\n");
  reader.free();
  assert.equal(reader.free(), undefined);
  const finished = new api.PartnerCsvReader();
  finished.push("tenantId\n" + A + "\n");
  assert.equal(finished.finish().partners.length, 1);
  assert.equal(finished.free(), undefined);
});

test("throwing getters and Proxy traps take no externref slot (issue 16 (11))", async () => {
  const glueUrl = new URL("../../pkg/wasm/csp_partner_rules.js", import.meta.url);
  const glue = await import(glueUrl);
  const { readFileSync } = await import("node:fs");
  const exports = glue.initSync({ module: readFileSync(new URL("csp_partner_rules_bg.wasm", glueUrl)) });
  const trap = () => {
    throw new Error("trap");
  };
  const hostile = [
    { get country() { throw new Error("getter"); } },
    new Proxy({}, { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, has: trap }),
    (() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })(),
  ];
  for (const v of hostile) glue.validateEnrollment(v); // warm-up
  const start = exports.__wbindgen_externrefs.length;
  for (let i = 0; i < 5_000; i++) {
    for (const v of hostile) {
      glue.validateEnrollment({ country: v, company: v, address: v }, v);
      glue.checkCustomerMarket(v, "FR", v);
      glue.planAudienceChange(v, { option: "specific", partners: [v, v] }, v);
    }
  }
  const end = exports.__wbindgen_externrefs.length;
  console.log(`hostile values × 45,000 calls: externref table ${start} → ${end}`);
  assert.ok(end - start <= 128, `the externref table grew by ${end - start} slots`);
});

test("oversized strings are measured in JS, never copied into wasm memory; country and option are bounded and not echoed (issue 16 (7))", async () => {
  const glueUrl = new URL("../../pkg/wasm/csp_partner_rules.js", import.meta.url);
  const glue = await import(glueUrl);
  const { readFileSync } = await import("node:fs");
  const exports = glue.initSync({ module: readFileSync(new URL("csp_partner_rules_bg.wasm", glueUrl)) });
  const huge = "é".repeat(1e8);
  const before = exports.memory.buffer.byteLength;
  const out = glue.validateEnrollment({ ...form, country: huge });
  const plan = glue.planAudienceChange({ option: huge, partners: [], published: true, resold: [] }, { option: huge });
  const grew = exports.memory.buffer.byteLength - before;
  console.log(`100,000,000-character fields: wasm memory +${(grew / 2 ** 20).toFixed(2)} MiB (was +898 MiB)`);
  assert.equal(out.issues[0].code, "input_too_large");
  assert.deepEqual(out.issues[0].path, ["country"]);
  assert.equal(plan.issues.some((i) => i.code === "input_too_large"), true);
  assert.ok(grew <= 16 * 2 ** 20, `wasm memory grew by ${grew} bytes`);
  // Under the 1 MiB field limit: a length limit, and the value is not echoed back.
  const long = "Q".repeat(1e6);
  for (const answer of [
    api.checkCustomerMarket(long, "FR"),
    api.validateEnrollment({ ...form, country: long }),
    api.planAudienceChange({ option: "none", partners: [], published: false, resold: [] }, { option: long }),
  ]) {
    assert.equal(answer.issues[0].code, "too_long");
    assert.ok(JSON.stringify(answer).length < 20_000, `answer of ${JSON.stringify(answer).length} characters`);
  }
  assert.equal(api.checkCustomerMarket("Q".repeat(64), "FR").issues[0].code, "unknown_country");
});
