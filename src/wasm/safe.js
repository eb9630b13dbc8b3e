// The JS operations of the CSV chunk classifier (src/wasm/de.rs) that a hostile value can make throw
// (a getter, a Proxy trap, a revoked Proxy), each caught here: the answer is `undefined` instead of
// an exception. A wasm-bindgen `catch` import did the same from Rust, but each exception it caught
// took a slot of the externref table that was never given back (issue 16 (11): 3–13 slots per
// call, until the table could not grow).

/** `obj[key]`; undefined when it throws. */
export function get(obj, key) {
  try {
    return obj[key];
  } catch {
    return undefined;
  }
}

/** `Object.keys(obj)`; undefined when it throws. */
export function keys(obj) {
  try {
    return Object.keys(obj);
  } catch {
    return undefined;
  }
}

/** `Array.isArray(v)`; undefined when it throws (a revoked Proxy). */
export function isArray(v) {
  try {
    return Array.isArray(v);
  } catch {
    return undefined;
  }
}

/** `ArrayBuffer.isView(v)`; undefined when it throws. */
export function isView(v) {
  try {
    return ArrayBuffer.isView(v);
  } catch {
    return undefined;
  }
}

/** `Object.prototype.toString.call(v)` (`"[object Uint8Array]"`); undefined when it throws. */
export function tag(v) {
  try {
    return Object.prototype.toString.call(v);
  } catch {
    return undefined;
  }
}

/** Whether `key` is an own enumerable property of `obj` (never an inherited one); undefined when it throws. */
export function ownEnumerable(obj, key) {
  try {
    return Object.prototype.propertyIsEnumerable.call(obj, key);
  } catch {
    return undefined;
  }
}

/** `new Uint8Array(view)`: a copy of a typed array's or an ArrayBuffer's bytes; undefined when it throws. */
export function bytesOf(view) {
  try {
    return new Uint8Array(view);
  } catch {
    return undefined;
  }
}
