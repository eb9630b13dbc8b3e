// Node entry ("node" export condition): loads the module synchronously at import, so the
// functions are usable right away, without calling init().
import { readFileSync } from "node:fs";
import { initSync } from "./lib/runtime.js";

initSync({ module: readFileSync(new URL("./wasm/csp_partner_rules_bg.wasm", import.meta.url)) });

export * from "./index.js";
export { default } from "./index.js";
