// REF-6 and the live rules in Node, against the built package: countryRules("US") is Partner
// Center's recorded answer (microsoft/Partner-Center-PowerShell
// test/PowerShell.UnitTests/SessionRecords/GetPartnerCountryValidation.json, copied in
// data/partner-center/), and options.countryRules of any shape never throws nor hangs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { countryRules, enrollmentSchema, validateEnrollment, validateEnrollmentField } from "csp-partner-rules";

const recorded = JSON.parse(readFileSync(new URL("../../data/partner-center/countryvalidationrules-US.json", import.meta.url), "utf8"));
const form = {
  country: "US",
  company: { legalName: "Contoso Inc." },
  address: { line1: "1 Microsoft Way", city: "Redmond", state: "WA", postalCode: "98052", country: "US" },
  primaryContact: { firstName: "Gena", lastName: "Doe", email: "gena@contoso.com", phone: "4255550110" },
  support: { email: "support@contoso.com", phone: "4255555555" },
  partnerId: { id: "1234567", country: "US" },
};

test("REF-6: countryRules('US') equals the recorded answer field for field", () => {
  const rules = countryRules("US");
  for (const [key, value] of Object.entries(recorded)) {
    if (key !== "attributes") assert.deepStrictEqual(rules[key], value, key);
  }
  assert.equal(rules.source, "partnerCenter");
  assert.equal(countryRules("QQ"), null);
  assert.equal(countryRules("FR").source, "derived");
  assert.equal(countryRules("BR").registrationIdName, "CNPJ");
});

test("ENR-6 ENR-15: the recorded rules passed in give the built-in answer; changed rules are followed", () => {
  assert.deepStrictEqual(validateEnrollment(form, { countryRules: recorded }), validateEnrollment(form));
  const changed = { ...recorded, supportedStatesList: ["OR"] };
  assert.deepStrictEqual(validateEnrollmentField(form, "address.state", { countryRules: changed }).map((i) => i.code), ["unknown_state"]);
  assert.equal(countryRules("US", { countryRules: changed }).supportedStatesList.length, 1);
  // enrollmentSchema passes the options through.
  const result = enrollmentSchema({ countryRules: changed })["~standard"].validate(form);
  assert.deepStrictEqual(result.issues.map((i) => i.path.join(".")), ["address.state"]);
});

test("REF-6: rules of any shape get warnings, never a throw, and the built-in rules apply", () => {
  const builtin = validateEnrollment(form).issues;
  const throwing = new Proxy({}, { get() { throw new Error("boom"); }, ownKeys() { throw new Error("boom"); } });
  const getter = { ...recorded, get phoneNumberRegex() { throw new Error("boom"); } };
  const shapes = [
    "US", 42, true, [], [recorded], null, throwing, getter, {},
    { ...recorded, iso2Code: "FR" },
    { ...recorded, isStateRequired: "yes", supportedStatesList: [1, 2], postalCodeRegex: { a: 1 } },
    { ...recorded, postalCodeRegex: "x".repeat(1 << 20) },
    { ...recorded, postalCodeRegex: "^(?=9)\\d{5}$", phoneNumberRegex: "^(\\d)\\1+$" },
    { ...recorded, supportedStatesList: Array.from({ length: 100000 }, (_, i) => `S${i}`) },
  ];
  for (const [index, rules] of shapes.entries()) {
    const result = validateEnrollment(form, { countryRules: rules });
    const others = result.issues.filter((i) => i.path[0] !== "countryRules");
    const mine = result.issues.filter((i) => i.path[0] === "countryRules");
    assert.ok(mine.every((i) => i.severity === "warning" && ["invalid_rules", "unsupported_rules_pattern"].includes(i.code)), JSON.stringify(mine));
    if (rules !== null) assert.ok(mine.length > 0, `a warning for shape #${index}`);
    assert.deepStrictEqual(others, builtin);
  }
});

test("REF-6: a catastrophic pattern runs in linear time; a keystroke does not recompile", () => {
  const rules = { ...recorded, postalCodeRegex: "^(a+)+$", phoneNumberRegex: "^(\\d|\\d)*x$" };
  const bad = { ...form, address: { ...form.address, postalCode: "aaaaaaaaaaaaaaaaaaa!" }, primaryContact: { ...form.primaryContact, phone: "1".repeat(39) } };
  let start = performance.now();
  const result = validateEnrollment(bad, { countryRules: rules });
  assert.deepStrictEqual(result.issues.map((i) => i.path.join(".")), ["address.postalCode", "primaryContact.phone", "support.phone"]);
  assert.ok(performance.now() - start < 2000);
  start = performance.now();
  for (let i = 0; i < 2000; i++) validateEnrollmentField({ ...form, address: { ...form.address, postalCode: `9805${i % 10}` } }, "address.postalCode", { countryRules: recorded });
  const perKeystroke = (performance.now() - start) / 2000;
  assert.ok(perKeystroke < 2, `${perKeystroke} ms per keystroke`);
});

test("REF-6: a null pattern in Partner Center's rules is no pattern (C# serializes an absent rule as null), as natively", () => {
  const rules = { ...recorded, postalCodeRegex: null, phoneNumberRegex: null };
  const result = validateEnrollment({ ...form, address: { ...form.address, postalCode: "ABC-12" } }, { countryRules: rules });
  assert.deepStrictEqual(result.issues.filter((i) => i.path[0] === "countryRules" || i.path.join(".") === "address.postalCode"), []);
  // A missing member is a malformed answer: a warning, and the built-in pattern applies.
  const { postalCodeRegex, ...without } = recorded;
  const missing = validateEnrollment({ ...form, address: { ...form.address, postalCode: "ABC-12" } }, { countryRules: without });
  assert.ok(missing.issues.some((i) => i.path[0] === "countryRules"));
  assert.ok(missing.issues.some((i) => i.path.join(".") === "address.postalCode"));
});
