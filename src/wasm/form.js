// Reads the fields of a form-like argument in one call from wasm (src/wasm/form.rs), instead of one
// JS call per property, type check and string. It decides nothing: it reports what each listed
// field holds, exactly as the generic decoder (src/wasm/de.rs) would read it, and gives up
// (returns undefined, and the generic decoder runs) on anything it does not reproduce exactly:
// typed arrays, very long strings or arrays, objects with very many keys, strings holding U+0000,
// a form that is not a plain object, and any exception (a getter or a proxy trap that throws).
//
// `spec` lists the fields, e.g. "country;company:legalName,duns;language": top-level keys read
// like struct fields (`value[key]` when an own enumerable property, never an inherited one), nested
// objects read through `Object.keys` (own enumerable keys), as the generic decoder does. With `only` (an index in the spec), only the
// first member and that one are reported. The answer is one string, a tag per field reported:
//   u  missing (undefined, null)     s…\0  a string           b  a boolean     n  a number or BigInt
//   S  a string where an object is expected                  A  an array      O  another object
//   o  an object where one is expected, followed by the tags of its fields.

const MAX_CHARS = 349525; // × 3 bytes of UTF-8 at most: under the 1 MiB field limit of src/input.rs
const MAX_ITEMS = 4096; // keys of an object, elements of an array (the generic limits are far above)

const plans = new Map();
const isOwn = Object.prototype.propertyIsEnumerable;

function plan(spec) {
  let p = plans.get(spec);
  if (p === undefined) {
    p = spec.split(";").map((entry) => {
      const [key, fields] = entry.split(":");
      return fields === undefined ? [key, null] : [key, fields.split(",")];
    });
    plans.set(spec, p);
  }
  return p;
}

// A field that holds a value of any type: the tag (the string's tag is left out when it is not
// `report`ed), or undefined to give up.
function leaf(v, report = true) {
  switch (typeof v) {
    case "string":
      if (v.length > MAX_CHARS || v.includes("\0")) return undefined;
      return report ? "s" + v + "\0" : "";
    case "undefined":
      return "u";
    case "boolean":
      return "b";
    case "number":
    case "bigint":
      return "n";
    case "symbol":
      return "O";
    case "function":
      return Object.keys(v).length <= MAX_ITEMS ? "O" : undefined;
    default:
      if (v === null) return "u";
      if (Array.isArray(v)) return v.length > MAX_ITEMS ? undefined : "A";
      if (ArrayBuffer.isView(v)) return undefined;
      return Object.keys(v).length <= MAX_ITEMS ? "O" : undefined;
  }
}

// A field that should hold an object with `fields`; when not `report`ed, only whether it can be read.
function object(v, fields, report) {
  switch (typeof v) {
    case "undefined":
      return "u";
    case "string":
      return "S";
    case "boolean":
      return "b";
    case "number":
    case "bigint":
      return "n";
    case "symbol": // no keys: an object with none of its fields
      return "o" + "u".repeat(fields.length);
    case "object":
      if (v === null) return "u";
      if (Array.isArray(v)) return v.length > MAX_ITEMS ? undefined : "A";
      if (ArrayBuffer.isView(v)) return undefined;
  }
  const keys = Object.keys(v);
  if (keys.length > MAX_ITEMS) return undefined;
  const tags = report ? fields.map(() => "u") : null;
  for (const key of keys) {
    const at = fields.indexOf(key);
    if (at < 0) continue;
    const tag = leaf(v[key], report);
    if (tag === undefined) return undefined;
    if (report) tags[at] = tag;
  }
  return report ? "o" + tags.join("") : "o";
}

export function readFields(value, spec, only) {
  try {
    if (typeof value !== "object" || value === null || Array.isArray(value) || ArrayBuffer.isView(value)) return undefined;
    let out = "";
    const members = plan(spec);
    for (let i = 0; i < members.length; i++) {
      const [key, fields] = members[i];
      const report = only === undefined || i === 0 || i === only;
      const v = isOwn.call(value, key) ? value[key] : undefined;
      const tag = fields === null ? leaf(v, report) : object(v, fields, report);
      // Every member is read even when not all are reported: a value the generic decoder fails on
      // (a typed array…) anywhere in the form makes it read the whole form as empty.
      if (tag === undefined) return undefined;
      if (report) out += tag;
    }
    return out;
  } catch {
    return undefined;
  }
}
