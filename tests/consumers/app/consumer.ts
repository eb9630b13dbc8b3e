// Type-checked against the .d.ts of the installed tarball (strict).
import init, { checkCustomerMarket, enrollmentSchema, type CheckResult, type EnrollmentSchema } from "csp-partner-rules";
await init();
const r: CheckResult = checkCustomerMarket("BR", "AR", { locale: "fr" });
const s: EnrollmentSchema = enrollmentSchema({ mode: "draft" });
export const codes: string[] = r.issues.map((i) => i.code);
export const vendor: "csp-partner-rules" = s["~standard"].vendor;
