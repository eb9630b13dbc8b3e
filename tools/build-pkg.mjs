// Builds the npm package in pkg/ from the release .wasm: wasm-bindgen (--target web), wasm-opt -Oz,
// the .d.ts touch-ups, and the generated pkg/index.js (one guarded export per wasm export).
// Usage: node tools/build-pkg.mjs   (after `cargo build --target wasm32-unknown-unknown --release`)
//        node tools/build-pkg.mjs <input.wasm> <package dir>   (a copy of pkg/ elsewhere, e.g. the
//        test-only build with the `test-trap` feature in target/pkg-trap/; pkg/ is never touched then)
//        node tools/build-pkg.mjs --entry enrollment [<input.wasm>]   (the entry point
//        `csp-partner-rules/enrollment` in pkg/enrollment/: its own .wasm, built with
//        `--no-default-features --features enrollment`, its own loader; see ENTRIES)
import { execFileSync } from "node:child_process";
import { deflateRawSync } from "node:zlib";
import { readFileSync, writeFileSync, readdirSync, mkdirSync, rmSync, copyFileSync, cpSync, existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { updateReadme } from "./readme-api.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const name = "csp_partner_rules";
// Entry points by job beside the root (package.json `exports`): each its own .wasm with only that
// job's exports (cargo features, src/wasm/mod.rs), its own loader (a copy of lib/runtime.js) and the
// hand-written helpers of lib/ that need nothing else. Built into pkg/<entry>/ (not in git).
// `countries`: the entry is built without the cargo feature `country-data` and ships each country's
// record as its own module, imported on demand by lib/country.js (docs/country-data.md).
const ENTRIES = { enrollment: { lib: ["runtime.js", "schema.js", "schema.d.ts", "issue-params.d.ts", "country.js", "country.d.ts", "_country.js"], countries: true } };
// Functions of a country that throw until its record is loaded (lib/_country.js `__needsCountry`).
const COUNTRY_FUNCTIONS = new Set(["addressFormat", "countryRules"]);
const args = process.argv.slice(2);
const entry = args[0] === "--entry" ? args[1] : null;
if (entry !== null && !ENTRIES[entry]) throw new Error(`build-pkg: no entry ${entry} (known: ${Object.keys(ENTRIES).join(", ")})`);
const positional = entry === null ? args : args.slice(2);
const input = positional[0]
  ? resolve(positional[0])
  : join(root, entry ? `target/${entry}/wasm32-unknown-unknown/release` : "target/wasm32-unknown-unknown/release", `${name}.wasm`);
const pkgDir = entry ? join(root, "pkg", entry) : positional[1] ? resolve(positional[1]) : join(root, "pkg");
if (entry) {
  // The entry's loader and helpers, copied from pkg/ (they import ../wasm/…, which is the entry's).
  rmSync(pkgDir, { recursive: true, force: true });
  mkdirSync(join(pkgDir, "lib"), { recursive: true });
  for (const f of ["node.js", "node.cjs"]) copyFileSync(join(root, "pkg", f), join(pkgDir, f));
  for (const f of ENTRIES[entry].lib) copyFileSync(join(root, "pkg/lib", f), join(pkgDir, "lib", f));
  // index.d.ts: the root's, re-exporting only the helpers this entry has.
  const rootDts = readFileSync(join(root, "pkg/index.d.ts"), "utf8");
  writeFileSync(
    join(pkgDir, "index.d.ts"),
    rootDts.replace(/^export \* from "\.\/lib\/([\w-]+)\.js";\n/gm, (line, base) => (ENTRIES[entry].lib.includes(`${base}.js`) ? line : "")),
  );
} else if (pkgDir !== join(root, "pkg")) {
  // The hand-written files of pkg/ (not its build outputs), then the build as usual.
  rmSync(pkgDir, { recursive: true, force: true });
  const entryDirs = Object.keys(ENTRIES).join("|");
  const skip = new RegExp(`[\\\\/](wasm|node_modules|${entryDirs})$|\\.tgz$|[\\\\/]index\\.js$`);
  cpSync(join(root, "pkg"), pkgDir, { recursive: true, filter: (src) => !skip.test(src.slice(join(root, "pkg").length)) });
}
const out = join(pkgDir, "wasm");

if (entry && ENTRIES[entry].countries) {
  // The records the build script wrote (build/country_records.rs) for this .wasm's build: one module
  // per country in countries/, and their importers in countries/index.js (literal import() calls,
  // which every bundler splits and resolves without configuration), itself imported by lib/_country.js
  // on the first load: the map (~2.4 KB gzip in a Vite build) is not in the page's first payload.
  const buildDir = join(dirname(input), "build");
  const found = readdirSync(buildDir)
    .filter((d) => d.startsWith(`${name.replace(/_/g, "-")}-`))
    .map((d) => join(buildDir, d, "out/country-records.json"))
    .filter((f) => existsSync(f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!found.length) throw new Error(`build-pkg: no country-records.json under ${buildDir}`);
  const records = JSON.parse(readFileSync(found[0], "utf8"));
  mkdirSync(join(pkgDir, "countries"), { recursive: true });
  const importers = [];
  for (const [code, text] of Object.entries(records).sort()) {
    if (!/^[A-Z]{2}$/.test(code)) throw new Error(`build-pkg: bad country code ${code}`);
    writeFileSync(join(pkgDir, "countries", `${code}.js`), `// @generated by tools/build-pkg.mjs from build/country_records.rs: the data of ${code} (src/country_data/layout.rs).\nexport default ${JSON.stringify(text)};\n`);
    importers.push(`${code}:()=>import("./${code}.js")`);
  }
  writeFileSync(join(pkgDir, "countries/index.js"), `// @generated by tools/build-pkg.mjs: the importer of each country's data.\nexport default {${importers.join(",")}};\n`);
  const countryJs = join(pkgDir, "lib/_country.js");
  const source = readFileSync(countryJs, "utf8");
  if (!source.includes("const records = null;")) throw new Error("build-pkg: lib/_country.js changed (no `const records = null;`)");
  writeFileSync(countryJs, source.replace("const records = null;", `const records = () => import("../countries/index.js");`));
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execFileSync("wasm-bindgen", [input, "--target", "web", "--out-dir", out], { stdio: "inherit" });
const wasmFile = join(out, `${name}_bg.wasm`);
// binaryen from npm (never Debian's: its wasm-opt 108 emits modules that fail to load).
// --converge repeats -Oz until the size stops shrinking; --low-memory-unused (Rust's data starts at
// 1 MiB) and --zero-filled-memory (the module creates its own memory) are true for this module and
// let binaryen fold address arithmetic and drop zero bytes: −0.5 KB gzip together (docs/performance.md, size).
// --strip-producers and --strip-target-features drop two custom sections nothing reads once
// wasm-bindgen has run (−0.2 KB).
// `-ocimfs 25` (--one-caller-inline-max-function-size): binaryen's -Oz inlines every function that
// has a single caller, whatever its size, which merges each export's decoding, rule and encoding
// into one huge function. Same bytes about, but gzip compresses it far worse (−10 KB gzip, −5 KB
// brotli, raw unchanged when only functions up to 25 bytes are inlined that way; measured 0…40 and
// unlimited, docs/performance.md "Package size"). Likely cause: inside one big function each inlined body gets
// its own local numbers, so the same code is spelled differently each time and repeats less.
// `--skip-pass=memory-packing`: that pass cuts the data segments around runs of zeros (216 segments
// for /enrollment), which saves raw bytes (1.7 KB) but not gzip: the zeros compress to nearly
// nothing and each new segment header doesn't; skipping it is −0.5 KB gzip on /enrollment and
// −0.6 KB on the root (docs/performance.md, issue 14). tools/wasm-size.mjs repeats these flags.
execFileSync(
  join(root, "node_modules/.bin/wasm-opt"),
  ["-ocimfs", "25", "-Oz", "--converge", "--low-memory-unused", "--zero-filled-memory", "--skip-pass=memory-packing", "--strip-producers", "--strip-target-features", wasmFile, "-o", wasmFile],
  { stdio: "inherit" },
);

// The module's bytes inside a JS module (deflate-raw, base64): init() with no argument imports it, so
// no bundler, dev server or server framework has to locate a .wasm file next to the glue (Vite's dev
// server moves the glue to node_modules/.vite/deps/, Next.js rewrites import.meta.url). gzip of the
// base64 text ≈ gzip of the .wasm (+0.4 %); brotli can't recompress it (docs/packaging.md).
const deflated = deflateRawSync(readFileSync(wasmFile), { level: 9 });
writeFileSync(
  join(out, "bytes.js"),
  `// @generated by tools/build-pkg.mjs: ${name}_bg.wasm (${readFileSync(wasmFile).length} B), deflate-raw (${deflated.length} B), base64.\nexport default "${deflated.toString("base64")}";\n`,
);
writeFileSync(join(out, "bytes.d.ts"), "/** The module's bytes, deflate-raw compressed, base64. */\ndeclare const bytes: string;\nexport default bytes;\n");

// wasm-bindgen drops the `?` of an optional parameter whose type is given with unchecked_param_type:
// every trailing `options` parameter is optional.
const dts = join(out, `${name}.d.ts`);
// Options are optional. `[Symbol.dispose]()` is dropped from the class types: it needs the
// `esnext.disposable` lib, and a consumer on `lib: ["ES2022"]` with `skipLibCheck: false` would not
// compile. The method itself stays where the runtime has `Symbol.dispose`; `free()` is the typed way.
// wasm-bindgen's raw `InitOutput` (the module's exports as `any`) is dropped: the package's own
// init()/initSync() (index.d.ts) return nothing, and the root must not offer those internals.
// validateEnrollmentField's path is typed as the form's own paths (a typo fails to compile), and
// the audience state planAudienceChange answers has its lists and flag set.
const edits = [
  [/\n\/\*\*[^/]*?\*\/\nexport interface InitOutput \{[\s\S]*?\n\}\n|\nexport interface InitOutput \{[\s\S]*?\n\}\n/, "\n"],
  [/: InitOutput;/, ": void;"],
  [/: Promise<InitOutput>;/, ": Promise<void>;"],
  [/^ \* @returns \{(?:Promise<)?InitOutput>?\}\n/gm, ""],
  [/(export function validateEnrollmentField\(form: EnrollmentForm, path: )string \| \(string \| number\)\[\]/, "$1EnrollmentFieldPath | EnrollmentFieldSegments"],
  // Issue: a union discriminated by `code`, `params` typed per code (pkg/lib/issue-params.d.ts).
  [
    /export interface Issue \{\n    code: IssueCode;\n([\s\S]*?)\n    params: Record<string, string \| number>;\n\}/,
    "export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];\n\n/** An issue of one code: `params` has that code's parameters (IssueParamsByCode). */\nexport interface IssueOf<C extends IssueCode> {\n    code: C;\n$1\n    params: IssueParamsByCode[C] & Record<string, string | number>;\n}",
  ],
  [/(export interface AudiencePlan \{[\s\S]*?\n    next: )AudienceState;/, "$1AudienceState & Required<Pick<AudienceState, \"partners\" | \"published\" | \"resold\">>;"],
];
// The exports are generated by a macro from the API's table (src/api/), which receives their `///`
// docs as raw string literals (`r" text"`, `r#" text "with quotes""#`); wasm-bindgen copies such a
// literal's quotes into the JSDoc. Back to the text (raw literals hold no escapes).
const rawDoc = /^( \*) r(#*)" (.*?)(?:"\2)?$/gm;
let dtsText = readFileSync(dts, "utf8")
  .replace(rawDoc, (_, star, hashes, text) => `${star} ${text}`)
  .replace(/, options: (\w+)\)/g, ", options?: $1)")
  .replace(/\(options: (\w+)\)/g, "(options?: $1)")
  .replace(/^\s*\[Symbol\.dispose\]\(\): void;\n/gm, "");
for (const [pattern, replacement] of edits) {
  // An entry without the function or type an edit is about has nothing to edit.
  if (entry && !pattern.test(dtsText)) continue;
  pattern.lastIndex = 0;
  if (!pattern.test(dtsText)) throw new Error(`build-pkg: the .d.ts changed (no ${pattern}): update the type edits`);
  pattern.lastIndex = 0;
  dtsText = dtsText.replace(pattern, replacement);
}
dtsText = `import type { IssueParamsByCode } from "../lib/issue-params.js";\n${dtsText}`;
dtsText += `
/** The dotted paths of the enrolment form (\`"address.postalCode"\`): a misspelled path fails to compile. */
export type EnrollmentFieldPath = FieldPaths<EnrollmentForm>;
/** The same paths as arrays of keys (\`["address", "postalCode"]\`). */
export type EnrollmentFieldSegments = FieldSegments<EnrollmentForm>;
type FieldPaths<T> = { [K in keyof T & string]-?: K | (NonNullable<T[K]> extends string | number | boolean | ReadonlyArray<infer _E> ? never : \`\${K}.\${FieldPaths<NonNullable<T[K]>>}\`) }[keyof T & string];
type FieldSegments<T> = { [K in keyof T & string]-?: [K] | (NonNullable<T[K]> extends string | number | boolean | ReadonlyArray<infer _E> ? never : [K, ...FieldSegments<NonNullable<T[K]>>]) }[keyof T & string];
`;
writeFileSync(dts, dtsText);

// Trap recovery (lib/runtime.js): a function that replaces a crashed instance by a new instance of
// the same compiled module, synchronously. It needs the glue's private `wasm`/`wasmModule` bindings.
const gluePath = join(out, `${name}.js`);
let glue = readFileSync(gluePath, "utf8");
const defaultUrl = "module_or_path = new URL('csp_partner_rules_bg.wasm', import.meta.url);";
for (const needed of ["let wasmModule, wasmInstance, wasm;", "\nfunction initSync(module) {\n    if (wasm !== undefined) return wasm;", defaultUrl]) {
  if (!glue.includes(needed)) throw new Error(`build-pkg: the wasm-bindgen glue changed (no ${JSON.stringify(needed)}): update the trap-recovery patch`);
}
// No default URL: lib/runtime.js always passes the bytes or the caller's URL, and a bundler that sees
// `new URL('….wasm', import.meta.url)` would copy the .wasm into every build for nothing.
glue = glue.replace(defaultUrl, 'throw new Error("csp-partner-rules: no module given");');
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

// The version lives in Cargo.toml only: pkg/package.json and the JS `version` constant copy it.
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))?.[1];
if (!version) throw new Error("build-pkg: no version in Cargo.toml");
if (!entry) {
  const pkgJsonPath = join(pkgDir, "package.json");
  const pkgJson = readFileSync(pkgJsonPath, "utf8");
  writeFileSync(pkgJsonPath, pkgJson.replace(/("version":\s*")[^"]*(")/, `$1${version}$2`));
}

// One guarded export per function of the glue: a call before init() throws a clear Error.
const skip = new Set(["initSync", "__wbg_reinstantiate"]);
const functions = [...glue.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).filter((f) => !skip.has(f));
const classes = [...glue.matchAll(/^export class (\w+)/gm)].map((m) => m[1]);
const extras = readdirSync(join(pkgDir, "lib")).filter((f) => f.endsWith(".js")).sort();
const countryGuard = extras.includes("_country.js");
const exported = (f) => {
  const guarded = `guard("${f}", wasm.${f})`;
  return countryGuard && COUNTRY_FUNCTIONS.has(f) ? `__needsCountry("${f}", ${guarded})` : guarded;
};
const lines = [
  `// @generated by tools/build-pkg.mjs from wasm/${name}.js — do not edit.`,
  `import * as wasm from "./wasm/${name}.js";`,
  `import { guard, guardClass } from "./lib/runtime.js";`,
  ...(countryGuard ? [`import { __needsCountry } from "./lib/_country.js";`] : []),
  `export { default, initSync } from "./lib/runtime.js";`,
  `/** The package version (Cargo.toml's); usable before init(). \`rulesVersion()\` tells which rules and data answer. */`,
  `export const version = ${JSON.stringify(version)};`,
  ...functions.map((f) => `export const ${f} = /*#__PURE__*/ ${exported(f)};`),
  ...classes.map((c) => `export const ${c} = /*#__PURE__*/ guardClass("${c}", wasm.${c});`),
  // runtime.js and lib/_*.js are internal: imported, never re-exported.
  ...extras.filter((f) => f !== "runtime.js" && !f.startsWith("_")).map((f) => `export * from "./lib/${f}";`),
  "",
];
writeFileSync(join(pkgDir, "index.js"), lines.join("\n"));
// Every hand-written module must be typed and re-exported by index.d.ts (the .d.ts is the documentation).
const indexDts = readFileSync(join(pkgDir, "index.d.ts"), "utf8");
for (const f of extras.filter((f) => f !== "runtime.js" && !f.startsWith("_"))) {
  const base = f.replace(/\.js$/, "");
  if (!readdirSync(join(pkgDir, "lib")).includes(`${base}.d.ts`)) throw new Error(`build-pkg: pkg/lib/${f} has no pkg/lib/${base}.d.ts`);
  if (!indexDts.includes(`export * from "./lib/${f}";`)) throw new Error(`build-pkg: pkg/index.d.ts does not re-export ./lib/${f}`);
}
// The README's function list is generated from the declarations (tools/readme-api.mjs); the
// package ships the README.
if (pkgDir === join(root, "pkg")) updateReadme(root, pkgDir);
if (!entry) for (const f of ["README.md", "LICENSE", "NOTICE", "LICENSE-APACHE-2.0"]) copyFileSync(join(root, f), join(pkgDir, f));
console.log(`${pkgDir}: ${functions.length} functions, ${classes.length} classes, extras: ${extras.join(", ")}`);
