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
      if (expected.ok) {
        assert.deepStrictEqual(result, { value: expected.value });
      } else {
        const errors = expected.issues.filter((i) => i.severity === "error");
        assert.ok(errors.length > 0);
        assert.deepStrictEqual(result, { issues: errors.map(({ message, path }) => ({ message, path })) });
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
