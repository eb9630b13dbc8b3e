// Types of csp-partner-rules. The interfaces and function signatures come from the Rust types
// (tsify + wasm-bindgen, in ./wasm/); this file adds the loader and re-exports the types of the
// hand-written helpers of ./lib/ (each lib/x.js has its lib/x.d.ts; tools/build-pkg.mjs checks it).
// Validators never throw. Two exceptions only: a call before init() throws an Error saying to call
// init(); a crash inside the module (a bug) throws an Error named "CspPartnerRulesCrash" for that
// call, after which the module has been restarted and the next call works.
export * from "./wasm/csp_partner_rules.js";
export * from "./lib/country.js";
export * from "./lib/csv.js";
export * from "./lib/schema.js";
export type { IssueParamsByCode } from "./lib/issue-params.js";
import type { InitInput, SyncInitInput } from "./wasm/csp_partner_rules.js";

/**
 * Loads the WebAssembly module (browsers and bundlers). Idempotent: every call returns the same
 * promise. Optional in Node, where the package is ready at import.
 */
export default function init(input?: InitInput | Promise<InitInput> | { module_or_path: InitInput | Promise<InitInput> }): Promise<void>;

/**
 * Loads the module synchronously from its bytes or a compiled module (Web Workers:
 * `initSync(await (await fetch(wasmUrl)).arrayBuffer())`, where `wasmUrl` is the URL of
 * `csp-partner-rules/csp_partner_rules_bg.wasm`). Idempotent. Optional in Node.
 */
export function initSync(input: SyncInitInput | { module: SyncInitInput }): void;

/**
 * The package version (the crate's, from Cargo.toml), usable before `init()`. A back end compares
 * `rulesVersion().id` (rules revision + data dates) with its own `csp_partner_rules::rules_version().id`.
 */
export const version: string;
