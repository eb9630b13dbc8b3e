// Builds the npm package in pkg/ from the release .wasm: wasm-bindgen (--target web), wasm-opt -Oz,
// the .d.ts touch-ups, and the generated pkg/index.js (one guarded export per wasm export).
// Usage: node tools/build-pkg.mjs   (after `cargo build --target wasm32-unknown-unknown --release`)
//        node tools/build-pkg.mjs <input.wasm> <package dir>   (a copy of pkg/ elsewhere, e.g. the
//        test-only build with the `test-trap` feature in target/pkg-trap/; pkg/ is never touched then)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync, mkdirSync, rmSync, copyFileSync, cpSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { updateReadme } from "./readme-api.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const name = "csp_partner_rules";
const input = process.argv[2] ? resolve(process.argv[2]) : join(root, "target/wasm32-unknown-unknown/release", `${name}.wasm`);
const pkgDir = process.argv[3] ? resolve(process.argv[3]) : join(root, "pkg");
if (pkgDir !== join(root, "pkg")) {
  // The hand-written files of pkg/ (not its build outputs), then the build as usual.
  rmSync(pkgDir, { recursive: true, force: true });
  cpSync(join(root, "pkg"), pkgDir, { recursive: true, filter: (src) => !/[\\/](wasm|node_modules)$|\.tgz$|[\\/]index\.js$/.test(src) });
}
const out = join(pkgDir, "wasm");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execFileSync("wasm-bindgen", [input, "--target", "web", "--out-dir", out], { stdio: "inherit" });
const wasmFile = join(out, `${name}_bg.wasm`);
// binaryen from npm (never Debian's: its wasm-opt 108 emits modules that fail to load).
// --converge repeats -Oz until the size stops shrinking; --low-memory-unused (Rust's data starts at
// 1 MiB) and --zero-filled-memory (the module creates its own memory) are true for this module and
// let binaryen fold address arithmetic and drop zero bytes: −0.5 KB gzip together (README, size).
// --strip-producers and --strip-target-features drop two custom sections nothing reads once
// wasm-bindgen has run (−0.2 KB).
// `-ocimfs 25` (--one-caller-inline-max-function-size): binaryen's -Oz inlines every function that
// has a single caller, whatever its size, which merges each export's decoding, rule and encoding
// into one huge function. Same bytes about, but gzip compresses it far worse (−10 KB gzip, −5 KB
// brotli, raw unchanged when only functions up to 25 bytes are inlined that way; measured 0…40 and
// unlimited, README "Package size"). Likely cause: inside one big function each inlined body gets
// its own local numbers, so the same code is spelled differently each time and repeats less.
execFileSync(
  join(root, "node_modules/.bin/wasm-opt"),
  ["-ocimfs", "25", "-Oz", "--converge", "--low-memory-unused", "--zero-filled-memory", "--strip-producers", "--strip-target-features", wasmFile, "-o", wasmFile],
  { stdio: "inherit" },
);

// wasm-bindgen drops the `?` of an optional parameter whose type is given with unchecked_param_type:
// every trailing `options` parameter is optional.
const dts = join(out, `${name}.d.ts`);
// Options are optional. `[Symbol.dispose]()` is dropped from the class types: it needs the
// `esnext.disposable` lib, and a consumer on `lib: ["ES2022"]` with `skipLibCheck: false` would not
// compile. The method itself stays where the runtime has `Symbol.dispose`; `free()` is the typed way.
writeFileSync(
  dts,
  readFileSync(dts, "utf8")
    .replace(/, options: (\w+)\)/g, ", options?: $1)")
    .replace(/\(options: (\w+)\)/g, "(options?: $1)")
    .replace(/^\s*\[Symbol\.dispose\]\(\): void;\n/gm, ""),
);

// Trap recovery (lib/runtime.js): a function that replaces a crashed instance by a new instance of
// the same compiled module, synchronously. It needs the glue's private `wasm`/`wasmModule` bindings.
const gluePath = join(out, `${name}.js`);
let glue = readFileSync(gluePath, "utf8");
for (const needed of ["let wasmModule, wasmInstance, wasm;", "\nfunction initSync(module) {\n    if (wasm !== undefined) return wasm;"]) {
  if (!glue.includes(needed)) throw new Error(`build-pkg: the wasm-bindgen glue changed (no ${JSON.stringify(needed)}): update the trap-recovery patch`);
}
glue += `
/** Appended by tools/build-pkg.mjs: a new instance of the same compiled module after a trap (see lib/runtime.js). */
export function __wbg_reinstantiate() {
    if (wasmModule === undefined) throw new Error("csp-partner-rules: the module was never loaded");
    const module = wasmModule;
    wasm = undefined;
    return initSync({ module });
}
`;
// The glue repeats each export's documentation as JSDoc; the .d.ts (which the glue names in its
// `@ts-self-types` line) has it too, with the types. Shipped once, in the .d.ts: −1.8 KB gzip of JS.
glue = glue.replace(/^[ \t]*\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n/gm, "");
writeFileSync(gluePath, glue);

// One guarded export per function of the glue: a call before init() throws a clear Error.
const skip = new Set(["initSync", "__wbg_reinstantiate"]);
const functions = [...glue.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).filter((f) => !skip.has(f));
const classes = [...glue.matchAll(/^export class (\w+)/gm)].map((m) => m[1]);
const extras = readdirSync(join(pkgDir, "lib")).filter((f) => f.endsWith(".js")).sort();
const lines = [
  `// @generated by tools/build-pkg.mjs from wasm/${name}.js — do not edit.`,
  `import * as wasm from "./wasm/${name}.js";`,
  `import { guard, guardClass } from "./lib/runtime.js";`,
  `export { default, initSync } from "./lib/runtime.js";`,
  ...functions.map((f) => `export const ${f} = /*#__PURE__*/ guard("${f}", wasm.${f});`),
  ...classes.map((c) => `export const ${c} = /*#__PURE__*/ guardClass("${c}", wasm.${c});`),
  ...extras.filter((f) => f !== "runtime.js").map((f) => `export * from "./lib/${f}";`),
  "",
];
writeFileSync(join(pkgDir, "index.js"), lines.join("\n"));
// Every hand-written module must be typed and re-exported by index.d.ts (the .d.ts is the documentation).
const indexDts = readFileSync(join(pkgDir, "index.d.ts"), "utf8");
for (const f of extras.filter((f) => f !== "runtime.js")) {
  const base = f.replace(/\.js$/, "");
  if (!readdirSync(join(pkgDir, "lib")).includes(`${base}.d.ts`)) throw new Error(`build-pkg: pkg/lib/${f} has no pkg/lib/${base}.d.ts`);
  if (!indexDts.includes(`export * from "./lib/${f}";`)) throw new Error(`build-pkg: pkg/index.d.ts does not re-export ./lib/${f}`);
}
// The README's function list is generated from the declarations (tools/readme-api.mjs); the
// package ships the README.
if (pkgDir === join(root, "pkg")) updateReadme(root, pkgDir);
for (const f of ["README.md", "LICENSE", "NOTICE", "LICENSE-APACHE-2.0"]) copyFileSync(join(root, f), join(pkgDir, f));
console.log(`${pkgDir}: ${functions.length} functions, ${classes.length} classes, extras: ${extras.join(", ")}`);
