// The README's React Hook Form example in a fresh project that installed only the tarball,
// react-hook-form and @hookform/resolvers (issue 12): the resolver's values are the enrolment form,
// not FieldValues — @standard-schema/spec, whose types the resolver imports, comes with the package.
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { enrollmentSchema, type EnrollmentForm } from "csp-partner-rules";

const resolver = standardSchemaResolver(enrollmentSchema({ locale: "fr" }));
type Values = Parameters<typeof resolver>[0];
// Both directions: FieldValues (Record<string, any>) would accept a misspelled key.
const exact: [Values] extends [EnrollmentForm] ? ([EnrollmentForm] extends [Values] ? true : false) : false = true;
// @ts-expect-error a misspelled field is not a field of the form
const typo: Values = { adress: {} };
export { exact, typo };
