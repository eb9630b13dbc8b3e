// Each line marked `// error TSnnnn` must be rejected by tsc with that code, and no other line
// (tests/types/check.mjs): the types catch a wrong option name, a wrong enum value, a field that
// does not exist.
import { checkCustomerMarket, validateEnrollment, enrollmentSchema, markets, addressFormat } from "csp-partner-rules";
import type { EnrollmentForm, IssueCode } from "csp-partner-rules";

checkCustomerMarket("FR", "DE", { locae: "fr" }); // error TS2561
validateEnrollment({}, { mode: "final" }); // error TS2322
validateEnrollment({}, { lang: "fr" }); // error TS2353
enrollmentSchema({ mode: "strict" }); // error TS2322
const code: IssueCode = "postal_code_invalid"; // error TS2322
const form: EnrollmentForm = { country: "FR", adress: { line1: "x" } }; // error TS2561
markets()[0]?.currencyCode; // error TS2551
checkCustomerMarket("FR", "DE").value; // error TS2339
addressFormat("FR")?.postalCode?.regex; // error TS2339
checkCustomerMarket("FR", 33); // error TS2345
validateEnrollment({}).issues[0]?.severity === "info"; // error TS2367
validateEnrollment({}, { countryRules: { isStateRequired: "yes" } }); // error TS2322
export { code, form };
