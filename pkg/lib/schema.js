// Standard Schema v1 (SPEC API-3, https://standardschema.dev): the enrolment form validator in the
// shape form libraries take as-is (React Hook Form's standardSchemaResolver, TanStack Form, …).
// Adds no rule: it maps validateEnrollment's answer.
import { validateEnrollment as rawValidateEnrollment } from "../wasm/csp_partner_rules.js";
import { guard } from "./runtime.js";

const validateEnrollment = guard("validateEnrollment", rawValidateEnrollment);

/**
 * A Standard Schema v1 of the enrolment form. `validate` is synchronous: success gives the
 * normalized form (`{ value }`), failure the errors (`{ issues: [{ message, path }] }`); warnings
 * never fail it. `options` are validateEnrollment's (`locale`, `mode`, `blockedDomains`, `countryRules`).
 */
export function enrollmentSchema(options) {
  return {
    "~standard": {
      version: 1,
      vendor: "csp-partner-rules",
      validate(value) {
        const result = validateEnrollment(value, options);
        if (result.ok) return { value: result.value };
        return { issues: result.issues.filter((issue) => issue.severity === "error").map(({ message, path }) => ({ message, path })) };
      },
    },
  };
}
