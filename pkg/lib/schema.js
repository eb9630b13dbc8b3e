// Standard Schema v1 (SPEC API-3, https://standardschema.dev): the enrolment form validator in the
// shape form libraries take as-is (React Hook Form's standardSchemaResolver, TanStack Form, …).
// Adds no rule: it maps validateEnrollment's answer.
import { validateEnrollment as rawValidateEnrollment } from "../wasm/csp_partner_rules.js";
import { guard } from "./runtime.js";
import { __loadMissing } from "./_country.js";

const validateEnrollment = guard("validateEnrollment", rawValidateEnrollment);

// Options may be any value (a revoked proxy, a throwing getter…): reading them never throws.
function readOnWarnings(options) {
  try {
    const f = options !== null && typeof options === "object" ? options.onWarnings : undefined;
    return typeof f === "function" ? f : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A Standard Schema v1 of the enrolment form. `validate` is synchronous: success gives the
 * normalized form (`{ value, warnings }`), failure the errors (`{ issues: [{ message, path }], warnings }`);
 * warnings (`vat_id_recommended`, `partner_id_missing`, …) never fail it: they ride along in
 * `warnings` (full issues) and go to `options.onWarnings(warnings)` on every validation (an empty
 * array once they are gone). Other options are validateEnrollment's (`locale`, `mode`, `blockedDomains`, `countryRules`).
 */
export function enrollmentSchema(options) {
  const onWarnings = readOnWarnings(options);
  return {
    "~standard": {
      version: 1,
      vendor: "csp-partner-rules",
      validate(value) {
        const result = validateEnrollment(value, options);
        // csp-partner-rules/enrollment: a country whose data is not loaded yet gets the error
        // `country_data_not_loaded` at the state and postal code; start loading it, so the next
        // validation (the next keystroke, the submit) checks them (docs/country-data.md).
        __loadMissing(result.issues);
        const warnings = result.issues.filter((issue) => issue.severity === "warning");
        if (onWarnings) onWarnings(warnings);
        if (result.ok) return { value: result.value, warnings };
        return { issues: result.issues.filter((issue) => issue.severity === "error").map(({ message, path }) => ({ message, path })), warnings };
      },
    },
  };
}
