// Loading the WebAssembly module once, refusing calls made before it is loaded, and recovering
// from a trap. Generic: tools/build-pkg.mjs wraps every export of the glue with guard()/guardClass().
import wbgInit, { initSync as wbgInitSync, __wbg_reinstantiate } from "../wasm/csp_partner_rules.js";
// A static import, not import(): Vite bundles workers as IIFE by default, where a dynamic import
// fails the build (docs/packaging.md).
import bytes from "../wasm/bytes.js";

let ready = false;
let pending = null;
// Set when a crash left no working instance because the restart itself failed (a crash near the JS
// stack limit fails the restart for the same reason): the next call restarts first (issue 16 (8)).
let restartDue = false;
// Bumped each time a trap forces a new instance: objects of exported classes made by an older
// instance point into memory that no longer exists.
let generation = 0;
const born = new WeakMap(); // class object → generation that made it
let live = new Set(); // WeakRefs to class objects of the current generation (released on a trap)
let pruneAt = 64;

/** The module's bytes from the package itself (wasm/bytes.js: deflate-raw, base64), no URL involved. */
function decodeBytes(base64) {
  let data;
  if (typeof Uint8Array.fromBase64 === "function") data = Uint8Array.fromBase64(base64);
  else {
    const text = atob(base64);
    data = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i += 1) data[i] = text.charCodeAt(i);
  }
  if (typeof DecompressionStream !== "function") {
    throw new Error("csp-partner-rules: this runtime has no DecompressionStream (Safari < 16.4?); pass the .wasm to init(): init(new URL(\"csp-partner-rules/csp_partner_rules_bg.wasm\" resolved by your bundler)) or initSync(bytes).");
  }
  // The whole buffer in one write: a Blob's stream feeds the decompressor in small chunks, each a
  // task of its own (inflate + compile 14–220 ms, median ~85, vs 14–44, median ~17, in headless
  // Chromium on a loaded machine: docs/performance.md, issue 14). A write's or close's failure
  // shows on the readable side, so their own promises are only silenced.
  const inflate = new DecompressionStream("deflate-raw");
  const writer = inflate.writable.getWriter();
  writer.write(data).catch(() => {});
  writer.close().catch(() => {});
  return new Response(inflate.readable).arrayBuffer();
}

/**
 * Loads the module (browsers, bundlers, workers). With no argument the bytes come from the package
 * itself (wasm/bytes.js, a JS module: no .wasm URL for a bundler or dev server to get wrong);
 * a URL, Response, bytes or WebAssembly.Module may be given instead. Idempotent: every call returns
 * the same promise; after a failure the next call tries again. In Node the package is ready at
 * import and this resolves at once.
 */
export default function init(input) {
  if (ready) return Promise.resolve();
  if (!pending) {
    const arg =
      input === undefined
        ? { module_or_path: decodeBytes(bytes) }
        : input && typeof input === "object" && "module_or_path" in input
          ? input
          : { module_or_path: input };
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

// A trap (`unreachable` after a Rust panic, an out-of-bounds access…) or a stack overflow inside
// the module. Either leaves the instance unusable: its memory may be half-updated.
function isTrap(error) {
  return (typeof WebAssembly === "object" && error instanceof WebAssembly.RuntimeError) || (error instanceof RangeError && /call stack/i.test(error.message));
}

// Replaces the crashed instance by a new one of the same compiled module (synchronous: the
// WebAssembly.Module is kept by the glue), releases the objects of the old one, and returns the
// Error the trapped call throws.
function recover(name, error) {
  let restarted = true;
  try {
    __wbg_reinstantiate();
  } catch {
    // Most likely still too deep in the stack: the next call, made from wherever, restarts.
    restarted = false;
    restartDue = true;
  }
  generation += 1;
  const old = live;
  live = new Set();
  pruneAt = 64;
  for (const ref of old) {
    const object = ref.deref();
    // Unregisters its finalizer (which would free a stale pointer in the new instance) and zeroes it.
    if (object && typeof object.__destroy_into_raw === "function") object.__destroy_into_raw();
  }
  const then = restarted ? "The module was restarted: later calls work." : "The module will be restarted by the next call: later calls work.";
  const crash = new Error(`csp-partner-rules: ${name}() crashed inside the WebAssembly module (${error.message}). This is a bug: please report it with the input. ${then}`, { cause: error });
  crash.name = "CspPartnerRulesCrash";
  return crash;
}

function stale(name) {
  return new Error(`csp-partner-rules: ${name} belongs to a module instance that was restarted after a crash; create a new object.`);
}

function track(value, classes) {
  if (value !== null && typeof value === "object" && classes.some((C) => value instanceof C)) {
    born.set(value, generation);
    if (typeof WeakRef === "function") {
      live.add(new WeakRef(value));
      if (live.size >= pruneAt) {
        for (const ref of live) if (ref.deref() === undefined) live.delete(ref);
        pruneAt = Math.max(64, live.size * 2);
      }
    }
  }
  return value;
}

const classes = [];

// The restart a crash could not make (see `restartDue`), before any other call.
function restartIfDue(name) {
  if (!restartDue) return;
  try {
    __wbg_reinstantiate();
  } catch (error) {
    const failed = new Error(`csp-partner-rules: ${name}() could not restart the WebAssembly module after a crash (${error.message}); the next call tries again.`, { cause: error });
    failed.name = "CspPartnerRulesCrash";
    throw failed;
  }
  restartDue = false;
}

function call(name, f, self, args) {
  if (!ready) throw notReady(name);
  restartIfDue(name);
  let result;
  try {
    result = f.apply(self, args);
  } catch (error) {
    if (isTrap(error)) throw recover(name, error);
    throw error;
  }
  return classes.length ? track(result, classes) : result;
}

/**
 * Wraps an exported function: a call before init throws a clear Error; a trap restarts the module
 * and the trapped call throws an Error named `CspPartnerRulesCrash` (its `cause` is the trap).
 */
export function guard(name, f) {
  const guarded = function (...args) {
    return call(name, f, this, args);
  };
  return Object.defineProperty(guarded, "name", { value: name.slice(name.lastIndexOf(".") + 1) });
}

/**
 * The same for an exported class, in place (so objects the module returns are covered too):
 * constructor, static and instance methods are guarded; a method called on an object made by an
 * instance that crashed since throws a clear Error instead of reading foreign memory.
 */
export function guardClass(name, C) {
  classes.push(C);
  for (const key of Object.getOwnPropertyNames(C)) {
    const d = Object.getOwnPropertyDescriptor(C, key);
    // Static methods (factories); wasm-bindgen's internal `__wrap`/`__unwrap` helpers stay as they are.
    if (typeof d.value === "function" && !key.startsWith("__")) {
      Object.defineProperty(C, key, { ...d, value: guard(`${name}.${key}`, d.value) });
    }
  }
  for (const key of Reflect.ownKeys(C.prototype)) {
    if (key === "constructor" || key === "__destroy_into_raw") continue;
    const d = Object.getOwnPropertyDescriptor(C.prototype, key);
    const label = `${name}.${String(key)}`;
    const wrap = (f, isFree) =>
      function (...args) {
        if (born.has(this) && born.get(this) !== generation) {
          if (isFree) return undefined; // already released when the instance was replaced
          throw stale(`this ${name}`);
        }
        // A second free() (or dispose after free) does nothing, as on any disposable (issue 16 (11)).
        if (isFree && this !== null && typeof this === "object" && this.__wbg_ptr === 0) return undefined;
        return call(label, f, this, args);
      };
    const isFree = key === "free" || key === Symbol.dispose;
    if (typeof d.value === "function") Object.defineProperty(C.prototype, key, { ...d, value: wrap(d.value, isFree) });
    else if (d.get || d.set) Object.defineProperty(C.prototype, key, { ...d, get: d.get && wrap(d.get, false), set: d.set && wrap(d.set, false) });
  }
  // A Proxy rather than a subclass: `instanceof` stays true for objects the module creates itself.
  return new Proxy(C, {
    construct(target, args, newTarget) {
      if (!ready) throw notReady(name);
      restartIfDue(`new ${name}`);
      let object;
      try {
        object = Reflect.construct(target, args, newTarget);
      } catch (error) {
        if (isTrap(error)) throw recover(`new ${name}`, error);
        throw error;
      }
      return track(object, classes);
    },
  });
}
