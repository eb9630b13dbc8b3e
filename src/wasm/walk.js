// The one reader of JS arguments (src/read/): walks a JS value in one call from wasm and describes it
// as one string of tags (the format is documented in src/read/tags.rs). It decides nothing: it reads
// what the wanted type lists (the `shape`, see `FromValue::shape` in src/read/mod.rs) and never throws:
// a getter or a Proxy trap that throws reads as missing, keys that can't be listed as none. The
// limits come from src/read/mod.rs with each call, so they are written once.
//
// Shapes: "*" every member; "{a,b{c}}" the listed own enumerable keys of an object (an inherited
// `Object.prototype.country` is not a member), each followed by its own shape; "[s]" the elements of
// an array with shape s; "" a leaf (an array or object there is reported by kind, not read); "$" a
// leaf whose string is taken whole, whatever its length (the partner CSV's text).

const shapes = new Map();
const isOwn = Object.prototype.propertyIsEnumerable;
const bits = new DataView(new ArrayBuffer(8));

const ANY = { kind: "*" };
const SHARED = 16;
const LEAF = { kind: "" };
const WHOLE = { kind: "$" };

function parseShape(text) {
  let at = 0;
  function node() {
    const c = text[at];
    if (c === "*") return at++, ANY;
    if (c === "$") return at++, WHOLE;
    if (c === "[") {
      at++;
      const item = node();
      at++; // "]"
      return { kind: "[", item };
    }
    if (c === "{") {
      at++;
      const keys = [];
      const members = [];
      while (at < text.length && text[at] !== "}") {
        let end = at;
        while (end < text.length && !"{[*$,}".includes(text[end])) end++;
        keys.push(text.slice(at, end));
        at = end;
        members.push(node());
        if (text[at] === ",") at++;
      }
      at++; // "}"
      return { kind: "{", keys, members };
    }
    return LEAF;
  }
  return node();
}

function shapeOf(text) {
  let s = shapes.get(text);
  if (s === undefined) {
    s = parseShape(text);
    shapes.set(text, s);
  }
  return s;
}

function get(obj, key) {
  try {
    return obj[key];
  } catch {
    return undefined;
  }
}

function keysOf(obj) {
  try {
    return Object.keys(obj);
  } catch {
    return [];
  }
}

function own(obj, key) {
  try {
    return isOwn.call(obj, key);
  } catch {
    return false;
  }
}

function arrayLike(v) {
  try {
    return Array.isArray(v) || ArrayBuffer.isView(v);
  } catch {
    return false;
  }
}

function number(n) {
  if (Number.isSafeInteger(n)) return "i" + n + ";";
  bits.setFloat64(0, n);
  return "n" + bits.getUint32(0).toString(16).padStart(8, "0") + bits.getUint32(4).toString(16).padStart(8, "0");
}

/**
 * The tags of `value` read with `shape`, or undefined if something unforeseen happened (the
 * argument then reads as missing).
 */
export function walk(value, shape, maxUnits, maxDepth, maxItems, maxValues) {
  let budget = maxValues;
  // Under "*", an object met more than SHARED times reads as not read: a value that shares
  // sub-objects (`o = {a: p, b: p}`, repeated) is small in JS but exponential to walk. A shape that
  // lists members is a finite tree, so it needs no such count.
  const seen = new Map();

  function put(v, s, depth) {
    budget--;
    switch (typeof v) {
      case "undefined":
        return "u";
      case "boolean":
        return v ? "t" : "f";
      case "number":
        return number(v);
      case "bigint":
        return number(Number(v));
      case "string":
        return v.length > maxUnits && s !== WHOLE ? "L" + v.length + ";" : "s" + v.length + ":" + v;
      case "symbol":
        return s === LEAF || s === WHOLE ? "O" : "o0;";
    }
    if (v === null) return "z";
    const isArray = arrayLike(v);
    if (s === LEAF || s === WHOLE || depth >= maxDepth || budget <= 0) return isArray ? "A" : "O";
    if (isArray) {
      if (s.kind === "{") return "A";
      const length = Number(get(v, "length")) || 0;
      if (length > maxItems) return "A";
      if (s === ANY) {
        const times = (seen.get(v) ?? 0) + 1;
        if (times > SHARED) return "A";
        seen.set(v, times);
      }
      const item = s.kind === "[" ? s.item : ANY;
      let out = "a" + length + ";";
      for (let i = 0; i < length; i++) out += put(get(v, i), item, depth + 1);
      return out;
    }
    if (s.kind === "[") return "O";
    if (s === ANY) {
      const times = (seen.get(v) ?? 0) + 1;
      if (times > SHARED) return "O";
      seen.set(v, times);
    }
    let out = "";
    let count = 0;
    if (s.kind === "{") {
      for (let i = 0; i < s.keys.length; i++) {
        const key = s.keys[i];
        if (!own(v, key)) continue;
        const member = get(v, key);
        if (member === undefined) continue;
        out += key.length + ":" + key + put(member, s.members[i], depth + 1);
        count++;
      }
    } else {
      const keys = keysOf(v);
      for (const key of keys) {
        if (budget <= 0) break;
        // As under a listed shape: a member holding `undefined` (or whose getter threw) is absent.
        const member = get(v, key);
        if (member === undefined) continue;
        out += key.length + ":" + key + put(member, ANY, depth + 1);
        count++;
      }
    }
    return "o" + count + ";" + out;
  }

  try {
    return put(value, shapeOf(shape), 0);
  } catch {
    return undefined;
  }
}
