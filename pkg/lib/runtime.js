// Loading the WebAssembly module, once, and refusing calls made before it is loaded.
import wbgInit, { initSync as wbgInitSync } from "../wasm/csp_partner_rules.js";

let ready = false;
let pending = null;

/**
 * Loads the module (browsers, bundlers). Idempotent: every call returns the same promise; after a
 * failure the next call tries again. In Node the package is ready at import and this resolves at once.
 */
export default function init(input) {
  if (ready) return Promise.resolve();
  if (!pending) {
    const arg = input === undefined || (input && typeof input === "object" && "module_or_path" in input) ? input : { module_or_path: input };
    pending = wbgInit(arg).then(
      () => {
        ready = true;
      },
      (error) => {
        pending = null;
        throw error;
      },
    );
  }
  return pending;
}

/** Loads the module synchronously from its bytes or a compiled `WebAssembly.Module` (workers, Node). Idempotent. */
export function initSync(input) {
  if (ready) return;
  wbgInitSync(input && typeof input === "object" && "module" in input ? input : { module: input });
  ready = true;
}

function notReady(name) {
  return new Error(`csp-partner-rules: ${name}() was called before the WebAssembly module was loaded; call \`await init()\` first (or \`initSync(bytes)\` in a worker).`);
}

/** Wraps an export so that a call before init throws a clear Error instead of a TypeError from the glue. */
export function guard(name, f) {
  return function (...args) {
    if (!ready) throw notReady(name);
    return f(...args);
  };
}

/** The same for a class: constructing it before init throws the clear Error. */
export function guardClass(name, C) {
  return class extends C {
    constructor(...args) {
      if (!ready) throw notReady(name);
      super(...args);
    }
  };
}
