// An enrolment page as issue 14 measures it: only the enrolment functions, from the entry point
// `csp-partner-rules/enrollment` (its own .wasm without the audience, lifecycle, relationship and
// CSV code), en + fr messages, every rule of the form. Built by the consumer matrix (Vite 7
// production build, payload printed) and by `make bench` (tools/enrollment-page.mjs).
import { form } from "./form.js";
import init, { validateEnrollment, validateEnrollmentField, enrollmentSchema, addressFormat, markets, countryRules, loadCountry } from "csp-partner-rules/enrollment";

async function run() {
  await init();
  // Each country's data (postal pattern, subdivisions) is its own small module, loaded once the
  // country is chosen (docs/country-data.md).
  await Promise.all([form.country, "FR", "US"].map((c) => loadCountry(c)));
  const schema = enrollmentSchema({ locale: "fr" });
  return {
    markets: markets({ locale: "fr" }).length,
    postalLabel: addressFormat("FR", { locale: "fr" })?.postalCode?.label ?? null,
    rulesSource: countryRules("US")?.source ?? null,
    validation: validateEnrollment(form, { locale: "fr" }),
    keystroke: validateEnrollmentField({ ...form, address: { ...form.address, postalCode: "7500" } }, "address.postalCode", { locale: "fr" }).map((i) => i.code),
    schemaIssues: schema["~standard"].validate({ ...form, country: "ZZ" }).issues?.length ?? 0,
  };
}
run().then((result) => (window.__result = result), (error) => (window.__result = { error: String((error && error.stack) || error) }));
