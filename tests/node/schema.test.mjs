// SPEC API-3: enrollmentSchema() is a Standard Schema v1 that the real form libraries take as-is:
// React Hook Form's standardSchemaResolver and TanStack Form's FormApi (validators.onChange).
import { test } from "node:test";
import assert from "node:assert/strict";
import { enrollmentSchema, validateEnrollment } from "csp-partner-rules";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { FormApi } from "@tanstack/form-core";

const good = {
  country: "FR",
  company: { legalName: "  Contoso   SAS " },
  address: { line1: "1 rue de la Paix", city: "Paris", postalCode: "75002", country: "fr" },
  primaryContact: { firstName: "Marie", lastName: "Curie", email: "marie@contoso.fr", phone: "+33 1 23 45 67 89" },
  support: { email: "support@contoso.fr", phone: "+33 1 23 45 67 89" },
};
const bad = { ...good, address: { ...good.address, country: "DE" } };

test("API-3: the Standard Schema v1 shape, synchronous", () => {
  const schema = enrollmentSchema();
  const std = schema["~standard"];
  assert.equal(std.version, 1);
  assert.equal(std.vendor, "csp-partner-rules");
  assert.equal(typeof std.validate, "function");
  const result = std.validate(good);
  assert.ok(!(result instanceof Promise));
  assert.equal(result.issues, undefined);
  assert.equal(result.value.company.legalName, "Contoso SAS", "the normalized value");
  assert.equal(result.value.address.country, "FR");
});

test("API-3: failure gives the errors only, as { message, path } with array paths, in the locale", () => {
  const result = enrollmentSchema({ locale: "fr" })["~standard"].validate(bad);
  assert.deepStrictEqual(result.issues.map((i) => i.path), [["address", "country"]]);
  assert.match(result.issues[0].message, /pays légal/);
  assert.deepStrictEqual(Object.keys(result.issues[0]).sort(), ["message", "path"]);
});

test("API-3: the schema agrees with validateEnrollment on every form (warnings never fail it)", () => {
  const forms = [good, bad, {}, null, 42, "x", [], { country: "ZZ" }, { ...good, partnerId: { id: "12", country: "DE" } }, { ...good, company: { legalName: "contoso.com" } }];
  for (const options of [undefined, { mode: "draft" }, { locale: "fr" }]) {
    const schema = enrollmentSchema(options);
    for (const form of forms) {
      const expected = validateEnrollment(form, options);
      const result = schema["~standard"].validate(form);
      const warnings = expected.issues.filter((i) => i.severity === "warning");
      if (expected.ok) {
        assert.deepStrictEqual(result, { value: expected.value, warnings });
      } else {
        const errors = expected.issues.filter((i) => i.severity === "error");
        assert.ok(errors.length > 0);
        assert.deepStrictEqual(result, { issues: errors.map(({ message, path }) => ({ message, path })), warnings });
      }
    }
  }
});

test("React Hook Form: standardSchemaResolver(enrollmentSchema()) validates a form", async () => {
  const resolver = standardSchemaResolver(enrollmentSchema({ locale: "fr" }));
  const options = { fields: {}, shouldUseNativeValidation: false };
  const ok = await resolver(good, undefined, options);
  assert.deepStrictEqual(ok.errors, {});
  assert.equal(ok.values.company.legalName, "Contoso SAS");
  const ko = await resolver(bad, undefined, options);
  assert.deepStrictEqual(ok.values.address.country, "FR");
  assert.deepStrictEqual(Object.keys(ko.values), []);
  assert.match(ko.errors.address.country.message, /pays légal/);
  const empty = await resolver({}, undefined, options);
  assert.ok(empty.errors.company.legalName.message);
  assert.ok(empty.errors.address.line1.message);
});

test("TanStack Form: validators.onChange takes the schema; errors per field", async () => {
  const form = new FormApi({ defaultValues: bad, validators: { onChange: enrollmentSchema({ locale: "fr" }) } });
  form.mount();
  form.setFieldValue("address.country", "DE");
  await form.validateAllFields("change");
  await form.validate("change");
  const fieldErrors = form.state.errorMap.onChange;
  assert.ok(fieldErrors, "the form has onChange errors");
  assert.deepStrictEqual(Object.keys(fieldErrors), ["address.country"]);
  const field = form.getFieldMeta("address.country").errorMap.onChange;
  assert.deepStrictEqual(field[0].path, ["address", "country"]);
  assert.match(field[0].message, /pays légal/);
  assert.equal(form.state.canSubmit, false);
  form.setFieldValue("address.country", "FR");
  await form.validate("change");
  assert.equal(form.state.errorMap.onChange, undefined);
  assert.equal(form.state.canSubmit, true);
});

// Issue 12 item 6: the warnings (ENR-9 vat_id_recommended for an EU country, partner_id_missing)
// reach the form through onWarnings and the result's `warnings`, and never block submit.
test("API-3 warnings: vat_id_recommended and partner_id_missing reach onWarnings and `warnings`, never issues", () => {
  const calls = [];
  const std = enrollmentSchema({ locale: "fr", onWarnings: (w) => calls.push(w) })["~standard"];
  const result = std.validate(good);
  assert.equal(result.issues, undefined);
  assert.deepStrictEqual(result.warnings.map((w) => [w.code, w.path.join("."), w.severity]), [
    ["vat_id_recommended", "company.vatId", "warning"],
    ["partner_id_missing", "partnerId.id", "warning"],
  ]);
  assert.match(result.warnings[0].message, /TVA/);
  assert.deepStrictEqual(calls, [result.warnings]);
  // Once fixed, the next validation reports none: a warning shown can be cleared.
  const fixed = { ...good, company: { ...good.company, vatId: "FR40303265045" }, partnerId: { id: "1234567", country: "FR" } };
  const again = std.validate(fixed);
  assert.deepStrictEqual(again.warnings, []);
  assert.deepStrictEqual(calls.at(-1), []);
  // Alongside errors too.
  assert.ok(std.validate(bad).warnings.some((w) => w.code === "vat_id_recommended"));
});

test("React Hook Form: warnings reach onWarnings while the resolver lets the form submit", async () => {
  let warnings = [];
  const resolver = standardSchemaResolver(enrollmentSchema({ locale: "fr", onWarnings: (w) => (warnings = w) }));
  const result = await resolver(good, undefined, { fields: {}, shouldUseNativeValidation: false });
  assert.deepStrictEqual(result.errors, {}, "no error: submit goes through");
  assert.deepStrictEqual(warnings.map((w) => w.code), ["vat_id_recommended", "partner_id_missing"]);
});

test("TanStack Form: warnings reach onWarnings, canSubmit stays true", async () => {
  let warnings = [];
  const form = new FormApi({ defaultValues: good, validators: { onChange: enrollmentSchema({ onWarnings: (w) => (warnings = w) }) } });
  form.mount();
  form.setFieldValue("company.legalName", "Contoso SAS");
  await form.validate("change");
  assert.equal(form.state.errorMap.onChange, undefined);
  assert.equal(form.state.canSubmit, true);
  assert.deepStrictEqual(warnings.map((w) => w.code), ["vat_id_recommended", "partner_id_missing"]);
});
