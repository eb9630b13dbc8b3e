// A CommonJS TypeScript file (require of the ESM package: TypeScript's module node20/nodenext, Node >= 20.19).
import { markets, checkCustomerMarket, type CheckResult } from "csp-partner-rules";
const r: CheckResult = checkCustomerMarket("BR", "AR");
export const n: number = markets().length + r.issues.length;
