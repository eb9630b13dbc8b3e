// Node ESM: usable right after import, no init call.
import * as m from "csp-partner-rules";
import { checks } from "./shared/checks.js";
const first = m.markets().length; // before any init()
await m.default();
await m.default();
const wasm = import.meta.resolve("csp-partner-rules/csp_partner_rules_bg.wasm");
console.log(JSON.stringify({ first, ...checks(m), wasmPath: wasm.replace(/^.*node_modules\//, "") }));
