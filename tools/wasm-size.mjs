// Where the bytes of a .wasm are: code by function and data by the code that uses it, grouped by
// Rust module path, with each group's raw size and its share of the gzip/brotli size.
//
// Usage: node tools/wasm-size.mjs [--entry enrollment | --root | <file.wasm>] [--depth N] [--top N] [--json]
//   --entry enrollment  the release .wasm of that entry (target/enrollment/…), put through the same
//                       wasm-bindgen + wasm-opt as tools/build-pkg.mjs but keeping the names (-g),
//                       so the figures are those of the shipped module (without the name section,
//                       the same bytes as pkg/…/csp_partner_rules_bg.wasm). --root (the default):
//                       the root's (target/wasm32-unknown-unknown/release/). Run `make build` first.
//   --release FILE      the same, from another release .wasm (e.g. a build of another commit).
//   <file.wasm>         any module with a name section, as it is (e.g. the release .wasm before
//                       wasm-opt; without names, functions are counted by index).
//   --depth N           module-path segments per group (default 3: `csp_partner_rules::enrollment::email`).
//   --functions         also list the largest functions; --data also the largest data chunks.
//   --why TEXT          the callers (4 levels) of each function whose name contains TEXT.
//
// Code: each function body (code section) belongs to the group of its name's path. Data: the data
// segments are cut at every address the code or the data itself points to (an `i32.const` or a
// load/store offset inside the data, or a 4-byte-aligned word of the data holding such an address:
// the tables of `&str` and of pointers); each piece belongs to the functions that point to it, or,
// when only data points to it, to the owner of that data; a piece only std's generic code points to
// (a lazy static built in `Once::call`, a closure inlined into an iterator) belongs to the crate's
// functions that call that code. A piece used by several groups is "shared".
// gzip share: "alone" is the group's bytes gzipped by themselves (an upper bound: no help from the
// rest), "removal" is how much smaller the whole module's code or data gzips without the group (a
// lower bound). Plain Node: no dependencies.
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

// ---------------------------------------------------------------------------------------------
// Binary reading

class Reader {
  constructor(bytes, pos = 0, end = bytes.length) {
    this.b = bytes;
    this.p = pos;
    this.end = end;
  }
  byte() {
    return this.b[this.p++];
  }
  u32() {
    let r = 0;
    let s = 0;
    let x;
    do {
      x = this.b[this.p++];
      r += (x & 0x7f) * 2 ** s;
      s += 7;
    } while (x & 0x80);
    return r;
  }
  s64() {
    let r = 0n;
    let s = 0n;
    let x;
    do {
      x = this.b[this.p++];
      r |= BigInt(x & 0x7f) << s;
      s += 7n;
    } while (x & 0x80);
    if (x & 0x40) r -= 1n << s;
    return r;
  }
  s32() {
    return Number(BigInt.asIntN(32, this.s64()));
  }
  name() {
    const n = this.u32();
    const s = new TextDecoder().decode(this.b.subarray(this.p, this.p + n));
    this.p += n;
    return s;
  }
}

/** The sections of a module: [{ id, name, start, end }]. */
function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error("not a wasm module");
  const r = new Reader(bytes, 8);
  const out = [];
  while (r.p < bytes.length) {
    const id = r.byte();
    const size = r.u32();
    const start = r.p;
    let name = "";
    if (id === 0) {
      name = r.name();
    }
    out.push({ id, name, start: id === 0 ? r.p : start, end: start + size });
    r.p = start + size;
  }
  return out;
}

const SECTION_NAMES = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount", "tag"];

function importedFunctions(bytes, sec) {
  if (!sec) return 0;
  const r = new Reader(bytes, sec.start, sec.end);
  let n = 0;
  for (let i = r.u32(); i > 0; i--) {
    r.name();
    r.name();
    const kind = r.byte();
    if (kind === 0) {
      r.u32();
      n++;
    } else if (kind === 1) {
      r.byte();
      limits(r);
    } else if (kind === 2) limits(r);
    else if (kind === 3) r.p += 2;
    else if (kind === 4) r.p += 2;
  }
  return n;
}

function limits(r) {
  const flags = r.byte();
  r.u32();
  if (flags & 1) r.u32();
}

/** Function names (name section, subsection 1) and data segment names (subsection 9). */
function names(bytes, sec) {
  const fns = new Map();
  const data = new Map();
  if (!sec) return { fns, data };
  const r = new Reader(bytes, sec.start, sec.end);
  while (r.p < sec.end) {
    const id = r.byte();
    const size = r.u32();
    const end = r.p + size;
    if (id === 1 || id === 9) {
      const map = id === 1 ? fns : data;
      for (let n = r.u32(); n > 0; n--) {
        const idx = r.u32();
        map.set(idx, r.name());
      }
    }
    r.p = end;
  }
  return { fns, data };
}

/** The data segments: [{ index, address, bytes }] (active ones; passive ones at address -1). */
function dataSegments(bytes, sec) {
  if (!sec) return [];
  const r = new Reader(bytes, sec.start, sec.end);
  const out = [];
  const n = r.u32();
  for (let i = 0; i < n; i++) {
    const flags = r.u32();
    let address = -1;
    if (flags !== 1) {
      if (flags === 2) r.u32();
      const op = r.byte();
      if (op !== 0x41) throw new Error(`data segment ${i}: offset is not an i32.const`);
      address = r.s32();
      if (r.byte() !== 0x0b) throw new Error(`data segment ${i}: offset expression too long`);
    }
    const len = r.u32();
    out.push({ index: i, address, bytes: bytes.subarray(r.p, r.p + len) });
    r.p += len;
  }
  return out;
}

/** The function bodies: [{ index, start, end }]. */
function bodies(bytes, sec, firstIndex) {
  if (!sec) return [];
  const r = new Reader(bytes, sec.start, sec.end);
  const out = [];
  const n = r.u32();
  for (let i = 0; i < n; i++) {
    const size = r.u32();
    out.push({ index: firstIndex + i, start: r.p, end: r.p + size });
    r.p += size;
  }
  return out;
}

// Instruction decoding, only as far as needed to find the constants and memory offsets of a body.
function blockType(r) {
  const b = r.b[r.p];
  if (b === 0x40 || (b >= 0x6f && b <= 0x7f) || b === 0x63 || b === 0x64) r.p++;
  else r.s64();
}

/**
 * Calls `onAddress(value)` for each i32.const and each load/store offset of a function body, and
 * `onCall(index)` for each direct call.
 */
function scanBody(bytes, body, onAddress, onCall = () => {}) {
  const r = new Reader(bytes, body.start, body.end);
  for (let groups = r.u32(); groups > 0; groups--) {
    r.u32();
    r.byte();
  }
  while (r.p < body.end) {
    const op = r.byte();
    if (op === 0x41) onAddress(r.s32());
    else if (op >= 0x28 && op <= 0x3e) {
      const align = r.u32();
      if (align & 0x40) r.u32();
      onAddress(r.u32());
    } else if (op === 0x02 || op === 0x03 || op === 0x04) blockType(r);
    else if (op === 0x10 || op === 0x12) onCall(r.u32());
    else if ((op >= 0x0c && op <= 0x0d) || (op >= 0x20 && op <= 0x26) || op === 0xd2) r.u32();
    else if (op === 0x0e) {
      for (let n = r.u32() + 1; n > 0; n--) r.u32();
    } else if (op === 0x11 || op === 0x13) {
      r.u32();
      r.u32();
    } else if (op === 0x1c) {
      for (let n = r.u32(); n > 0; n--) r.byte();
    } else if (op === 0x3f || op === 0x40) r.u32();
    else if (op === 0x42) r.s64();
    else if (op === 0x43) r.p += 4;
    else if (op === 0x44) r.p += 8;
    else if (op === 0xd0) r.byte();
    else if (op === 0xfc) {
      const sub = r.u32();
      if (sub === 8 || sub === 12 || sub === 14) {
        r.u32();
        r.u32();
      } else if (sub === 10) {
        r.u32();
        r.u32();
      } else if (sub === 9 || sub === 11 || sub === 13 || sub === 15 || sub === 16 || sub === 17) r.u32();
    } else if (op === 0xfd || op === 0xfe) throw new Error(`function ${body.index}: SIMD/atomics (0x${op.toString(16)}) not decoded`);
  }
}

// ---------------------------------------------------------------------------------------------
// Names → groups

/** Rust's legacy mangling (`_ZN…17h…E`) to a path; demangled names as they are. */
export function demangle(name) {
  if (name.startsWith("_R")) return demangleV0(name);
  if (!name.startsWith("_ZN")) return name;
  const parts = [];
  let p = 3;
  while (p < name.length && name[p] !== "E") {
    let digits = "";
    while (/[0-9]/.test(name[p])) digits += name[p++];
    if (!digits) break;
    parts.push(name.slice(p, p + Number(digits)));
    p += Number(digits);
  }
  if (parts.length > 1 && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  const unescape = (s) =>
    s
      .replace(/^_\$/, "$")
      .replace(/\.\./g, "::")
      .replace(/\$(LT|GT|RF|BP|C|SP|LP|RP|u[0-9a-f]+)\$/g, (_, e) =>
        ({ LT: "<", GT: ">", RF: "&", BP: "*", C: ",", SP: "@", LP: "(", RP: ")" })[e] ?? String.fromCodePoint(parseInt(e.slice(1), 16)),
      );
  return parts.map(unescape).join("::");
}

/**
 * Rust's v0 mangling (`_RNvNtCs…_4core3str5count…`, the precompiled std's), roughly: the first
 * crate and the identifiers that follow it, in order (enough to group; generic arguments dropped).
 */
function demangleV0(name) {
  const crate = /C(?:s[0-9A-Za-z]*_)?(\d+)_?/.exec(name);
  if (!crate) return name;
  let p = crate.index + crate[0].length;
  const parts = [name.slice(p, p + Number(crate[1]))];
  p += Number(crate[1]);
  for (;;) {
    const m = /^(?:N[A-Za-z]|[MXYIR]|B[0-9A-Za-z]*_|s[0-9A-Za-z]*_)*(\d+)_?/.exec(name.slice(p));
    if (!m) break;
    p += m[0].length;
    parts.push(name.slice(p, p + Number(m[1])));
    p += Number(m[1]);
  }
  return parts.join("::");
}

/**
 * The module path a function belongs to, cut to `depth` segments: the path of its own crate for
 * `<T as Trait>::f` is T's (or the trait's when T is a std type and the trait the crate's own).
 */
export function group(name, depth) {
  let path = demangle(name).replace(/::h[0-9a-f]{16}$/, "");
  // `<A as B>::f` / `<A>::f`: the implementing type's path, unless it is generic or std's.
  const m = /^<(.+?)(?: as (.+?))?>::/.exec(path);
  if (m) {
    const self = m[1].replace(/^&(mut )?/, "").replace(/^\[|\]$/g, "");
    const trait = m[2] ?? "";
    const own = (s) => /^(csp_partner_rules|serde|wasm_bindgen|js_sys|tsify|dlmalloc)\b/.test(s);
    path = own(self) || !own(trait) ? self : trait;
    if (!/^[a-z_][a-z0-9_]*::/.test(path)) path = trait || self;
  }
  path = path.replace(/<.*$/, "").replace(/\{\{closure\}\}/g, "");
  const segs = path.split("::").filter((s) => s && !/^\{/.test(s));
  if (segs.length <= 1) return segs[0] && !/^[a-z_][a-z0-9_]*$/.test(segs[0]) ? "(other)" : segs[0] || "(other)";
  // Keep module segments (lower case), drop the item at the end.
  const mods = [];
  for (const s of segs) {
    if (!/^[a-z_][a-z0-9_]*$/.test(s)) break;
    mods.push(s);
  }
  const keep = mods.length === segs.length ? mods.slice(0, -1) : mods;
  return (keep.length ? keep : segs.slice(0, 1)).slice(0, depth).join("::");
}

// ---------------------------------------------------------------------------------------------
// Analysis

const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function analyze(bytes, { depth = 3 } = {}) {
  const secs = sections(bytes);
  const byId = (id, name) => secs.find((s) => s.id === id && (name === undefined || s.name === name));
  const imported = importedFunctions(bytes, byId(2));
  const { fns: fnNames } = names(bytes, byId(0, "name"));
  const fnBodies = bodies(bytes, byId(10), imported);
  const segments = dataSegments(bytes, byId(11)).filter((s) => s.address >= 0 && s.bytes.length > 0);
  const fnGroup = (i) => (fnNames.has(i) ? group(fnNames.get(i), depth) : "(no name)");

  // Data address range and the addresses code points to.
  const lo = Math.min(...segments.map((s) => s.address));
  const hi = Math.max(...segments.map((s) => s.address + s.bytes.length));
  const inData = (a) => a >= lo && a < hi;
  const refs = new Map(); // address → Set of referrers: function index (number) or "d<address of the word>"
  const addRef = (a, who) => {
    if (!refs.has(a)) refs.set(a, new Set());
    refs.get(a).add(who);
  };
  const callers = new Map(); // function index → Set of calling function indexes
  for (const body of fnBodies) {
    scanBody(
      bytes,
      body,
      (a) => inData(a) && addRef(a, body.index),
      (f) => {
        if (!callers.has(f)) callers.set(f, new Set());
        callers.get(f).add(body.index);
      },
    );
  }
  // Pointers inside the data: 4-byte-aligned words holding a data address.
  const words = [];
  for (const s of segments) {
    const first = (4 - (s.address % 4)) % 4;
    for (let o = first; o + 4 <= s.bytes.length; o += 4) {
      const v = s.bytes[o] | (s.bytes[o + 1] << 8) | (s.bytes[o + 2] << 16) | (s.bytes[o + 3] << 24);
      if (inData(v >>> 0)) words.push([s.address + o, v >>> 0]);
    }
  }
  for (const [at, v] of words) addRef(v, `d${at}`);

  // Pieces: the data cut at every referenced address and at segment edges.
  const cuts = new Set([...refs.keys()]);
  for (const s of segments) {
    cuts.add(s.address);
    cuts.add(s.address + s.bytes.length);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (const s of segments) {
    const end = s.address + s.bytes.length;
    const inside = sorted.filter((a) => a >= s.address && a < end);
    for (let i = 0; i < inside.length; i++) {
      const from = inside[i];
      const to = i + 1 < inside.length ? inside[i + 1] : end;
      pieces.push({ from, to, bytes: s.bytes.subarray(from - s.address, to - s.address), owners: null });
    }
  }
  const pieceAt = (a) => {
    let lo2 = 0;
    let hi2 = pieces.length - 1;
    while (lo2 <= hi2) {
      const mid = (lo2 + hi2) >> 1;
      if (pieces[mid].to <= a) lo2 = mid + 1;
      else if (pieces[mid].from > a) hi2 = mid - 1;
      else return pieces[mid];
    }
    return null;
  };
  // Owners: the groups of the functions pointing at a piece; then, repeatedly, pieces pointed at only
  // from data take the owners of the pieces that point at them.
  // A piece that generic code points to (a lazy static initialized inside `Once::call`, a closure
  // inlined into an iterator adapter) belongs to the crate's functions that call that code, up to
  // 4 calls away.
  const generic = /^(std|core|alloc)(\[|::|$)/;
  const ownerGroup = (f) => {
    let level = new Set([f]);
    for (let depth = 0; depth < 4; depth++) {
      const groups = new Set([...level].map(fnGroup).filter((g) => !generic.test(g)));
      if (groups.size) return [...groups];
      const up = new Set();
      for (const i of level) for (const c of callers.get(i) ?? []) up.add(c);
      if (!up.size) break;
      level = up;
    }
    return [fnGroup(f)];
  };
  for (const p of pieces) {
    const who = refs.get(p.from);
    if (!who) continue;
    const groups = new Set([...who].filter((w) => typeof w === "number").flatMap(ownerGroup));
    const fns = [...who].filter((w) => typeof w === "number");
    if (groups.size) p.owners = groups;
    p.fns = fns;
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of pieces) {
      if (p.owners) continue;
      const who = refs.get(p.from);
      if (!who) continue;
      const owners = new Set();
      for (const w of who) {
        if (typeof w !== "string") continue;
        const from = pieceAt(Number(w.slice(1)));
        if (from?.owners) for (const o of from.owners) owners.add(o);
      }
      if (owners.size) {
        p.owners = owners;
        changed = true;
      }
    }
  }
  const dataGroup = (p) => (!p.owners ? "(no reference)" : p.owners.size === 1 ? [...p.owners][0] : "(shared)");
  const sharedBy = (p) => (p.owners && p.owners.size > 1 ? [...p.owners].sort().join(" + ") : null);

  // Groups.
  const code = new Map();
  for (const body of fnBodies) {
    const g = fnGroup(body.index);
    if (!code.has(g)) code.set(g, []);
    code.get(g).push(bytes.subarray(body.start, body.end));
  }
  const data = new Map();
  for (const p of pieces) {
    const g = dataGroup(p);
    if (!data.has(g)) data.set(g, []);
    data.get(g).push(p.bytes);
  }
  const table = (map) => {
    const all = [...map.values()].flat();
    const whole = Buffer.concat(all);
    const total = { raw: whole.length, gzip: gz(whole), brotli: br(whole) };
    const rows = [...map.entries()].map(([g, parts]) => {
      const mine = Buffer.concat(parts);
      const rest = Buffer.concat([...map.entries()].filter(([h]) => h !== g).flatMap(([, p]) => p));
      return { group: g, raw: mine.length, gzipAlone: gz(mine), gzipRemoval: total.gzip - gz(rest), brotliAlone: br(mine) };
    });
    rows.sort((a, b) => b.gzipAlone - a.gzipAlone);
    return { total, rows };
  };
  const shared = new Map();
  for (const p of pieces) {
    const s = sharedBy(p);
    if (s) shared.set(s, (shared.get(s) ?? 0) + p.bytes.length);
  }
  const functions = fnBodies
    .map((b) => ({ name: fnNames.has(b.index) ? demangle(fnNames.get(b.index)) : `#${b.index}`, group: fnGroup(b.index), raw: b.end - b.start }))
    .sort((a, b) => b.raw - a.raw);
  const dataPieces = pieces
    .map((p) => ({
      address: p.from,
      raw: p.bytes.length,
      group: dataGroup(p),
      by: (p.fns ?? []).slice(0, 3).map((i) => (fnNames.has(i) ? demangle(fnNames.get(i)) : `#${i}`)),
      text: previewText(p.bytes),
    }))
    .sort((a, b) => b.raw - a.raw);
  /** Why a function is in the module: its callers, up to `levels` deep (indirect calls not followed). */
  const why = (pattern, levels = 4) => {
    const out = [];
    const walk = (i, depth, seen) => {
      for (const c of callers.get(i) ?? []) {
        if (seen.has(c)) continue;
        out.push(`${"  ".repeat(depth)}← ${fnNames.has(c) ? demangle(fnNames.get(c)) : `#${c}`}`);
        if (depth < levels) walk(c, depth + 1, new Set([...seen, c]));
      }
    };
    for (const b of fnBodies) {
      const n = fnNames.has(b.index) ? demangle(fnNames.get(b.index)) : `#${b.index}`;
      if (!n.includes(pattern)) continue;
      out.push(`${n} (${b.end - b.start} B)${callers.has(b.index) ? "" : " — no direct caller (table or export)"}`);
      walk(b.index, 1, new Set([b.index]));
    }
    return out;
  };
  return {
    why,
    file: { raw: bytes.length, gzip: gz(bytes), brotli: br(bytes) },
    sections: secs.map((s) => ({ section: s.id === 0 ? `custom ${s.name}` : SECTION_NAMES[s.id] ?? `#${s.id}`, raw: s.end - s.start })),
    code: table(code),
    data: table(data),
    shared: [...shared.entries()].sort((a, b) => b[1] - a[1]),
    functions,
    dataPieces,
    named: fnNames.size > 0,
  };
}

function previewText(b) {
  const s = Buffer.from(b.subarray(0, 60)).toString("latin1");
  return s.replace(/[^\x20-\x7e]/g, "·");
}

/** The entry's release .wasm through wasm-bindgen and wasm-opt as tools/build-pkg.mjs does, names kept. */
export function shippedWithNames(entry, input = join(root, entry ? `target/${entry}` : "target", "wasm32-unknown-unknown/release/csp_partner_rules.wasm")) {
  const dir = mkdtempSync(join(tmpdir(), "wasm-size-"));
  try {
    execFileSync("wasm-bindgen", [input, "--target", "web", "--out-dir", dir, "--keep-debug"], { stdio: "inherit" });
    const file = join(dir, "csp_partner_rules_bg.wasm");
    // The flags of tools/build-pkg.mjs, plus -g (keep the name section).
    const flags = ["-ocimfs", "25", "-Oz", "--converge", "--low-memory-unused", "--zero-filled-memory", "--skip-pass=memory-packing", "--strip-producers", "--strip-target-features"];
    execFileSync(join(root, "node_modules/.bin/wasm-opt"), [...flags, "-g", file, "-o", file], { stdio: "inherit" });
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Command line

function main(argv) {
  let file = null;
  let entry = null;
  let depth = 3;
  let top = 25;
  let json = false;
  let listFns = false;
  let listData = false;
  let whyPattern = null;
  let release = undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--entry") entry = argv[++i];
    else if (a === "--root") entry = "";
    else if (a === "--depth") depth = Number(argv[++i]);
    else if (a === "--top") top = Number(argv[++i]);
    else if (a === "--json") json = true;
    else if (a === "--functions") listFns = true;
    else if (a === "--data") listData = true;
    else if (a === "--why") whyPattern = argv[++i];
    else if (a === "--release") release = argv[++i];
    else file = a;
  }
  const bytes = file ? readFileSync(file) : shippedWithNames(entry ?? "", release);
  const r = analyze(bytes, { depth });
  if (whyPattern !== null) {
    for (const line of r.why(whyPattern)) console.log(line);
    return;
  }
  if (json) {
    console.log(JSON.stringify({ ...r, functions: r.functions.slice(0, top), dataPieces: r.dataPieces.slice(0, top) }, null, 1));
    return;
  }
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`${file ?? `${entry ? `/${entry}` : "root"} (wasm-bindgen + wasm-opt, names kept)`}: ${r.file.raw} B raw, ${r.file.gzip} gzip, ${r.file.brotli} brotli${r.named ? "" : " (no name section)"}`);
  console.log("sections: " + r.sections.map((s) => `${s.section} ${s.raw}`).join(", "));
  for (const [title, t] of [
    ["code", r.code],
    ["data", r.data],
  ]) {
    console.log(`\n${title}: ${t.total.raw} B raw, ${t.total.gzip} gzip, ${t.total.brotli} brotli (by itself)`);
    console.log("  raw KB  gzip alone  gzip removal  brotli alone  group");
    for (const row of t.rows.slice(0, top)) {
      console.log(`${kb(row.raw).padStart(8)}  ${kb(row.gzipAlone).padStart(10)}  ${kb(row.gzipRemoval).padStart(12)}  ${kb(row.brotliAlone).padStart(12)}  ${row.group}`);
    }
    if (t.rows.length > top) console.log(`  … ${t.rows.length - top} more groups`);
  }
  if (r.shared.length) {
    console.log("\nshared data (raw B, groups):");
    for (const [g, n] of r.shared.slice(0, 10)) console.log(`${String(n).padStart(8)}  ${g}`);
  }
  if (listFns) {
    console.log("\nlargest functions (raw B):");
    for (const f of r.functions.slice(0, top)) console.log(`${String(f.raw).padStart(8)}  ${f.name}`);
  }
  if (listData) {
    console.log("\nlargest data pieces (raw B, group, first referrers, first bytes):");
    for (const p of r.dataPieces.slice(0, top)) console.log(`${String(p.raw).padStart(8)}  ${p.group}  [${p.by.join(", ")}]  ${p.text}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
