// TypeScript checks of the shipped declarations (SPEC API-2), run by `make test-types`:
// 1. good.ts type-checks with strict: true (NodeNext and Bundler resolution);
// 2. bad.ts fails exactly on the lines marked `// error TSnnnn`, with that code, and nowhere else;
// 3. every output recorded in tests/vectors/expected.json has the declared return type of its
//    function (tests/types/outputs.mjs): the .d.ts says what the functions really return;
// 4. no `any` in any shipped .d.ts (wasm-bindgen's raw InitOutput is removed by the build), and `unknown`
//    only where any value is accepted on purpose (Standard Schema's `validate(value: unknown)`).
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const tsc = join(root, "node_modules/.bin/tsc");
let failures = 0;
const fail = (message) => {
  failures += 1;
  console.error(`FAIL ${message}`);
};

function run(config) {
  try {
    execFileSync(tsc, ["-p", join(here, config), "--pretty", "false"], { encoding: "utf8", stdio: "pipe" });
    return "";
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  }
}

for (const config of ["tsconfig.json", "tsconfig.bundler.json"]) {
  const out = run(config);
  if (out) fail(`${config}: good.ts must compile:\n${out}`);
  else console.log(`ok   ${config}: good.ts compiles with strict: true`);
}

const expected = new Map();
readFileSync(join(here, "bad.ts"), "utf8").split("\n").forEach((line, i) => {
  const m = line.match(/\/\/ error (TS\d+)\s*$/);
  if (m) expected.set(i + 1, m[1]);
});
const got = new Map();
for (const m of run("tsconfig.bad.json").matchAll(/bad\.ts\((\d+),\d+\): error (TS\d+)/g)) got.set(Number(m[1]), m[2]);
for (const [line, code] of expected) {
  if (got.get(line) !== code) fail(`bad.ts:${line} must be rejected with ${code}, got ${got.get(line) ?? "no error"}`);
}
for (const [line, code] of got) if (!expected.has(line)) fail(`bad.ts:${line}: unexpected ${code}`);
if (expected.size === 0) fail("bad.ts has no expected errors");
console.log(`ok   bad.ts: ${[...expected].filter(([l, c]) => got.get(l) === c).length}/${expected.size} expected errors`);

// 3. Recorded outputs against the declared return types.
execFileSync(process.execPath, [join(here, "outputs.mjs")], { stdio: "inherit" });
{
  const out = run("tsconfig.outputs.json");
  if (out) fail(`recorded outputs do not match the declared return types (tests/vectors/expected.json vs .d.ts):\n${out.slice(0, 4000)}`);
  else console.log("ok   every recorded vector output has its function's declared return type");
}

// 4. Public signatures: walk the declarations with the TypeScript parser.
// Every .d.ts the tarball ships (npm's own list of the package's files), wasm-bindgen's included.
const pkg = join(root, "pkg");
const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: pkg, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
const files = packed.files.map((f) => f.path).filter((f) => f.endsWith(".d.ts")).sort();
for (const f of ["index.d.ts", "wasm/csp_partner_rules.d.ts", "lib/schema.d.ts"]) if (!files.includes(f)) fail(`the tarball lacks ${f}`);
let scanned = 0;
for (const file of files) {
  const text = readFileSync(join(pkg, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const named = (node) => node.name && ts.isIdentifier(node.name) ? node.name.text : "";
  const visit = (node, context) => {
    if ((ts.isInterfaceDeclaration(node) || ts.isModuleDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isFunctionDeclaration(node)) && named(node)) {
      context = [...context, named(node)];
    }
    const where = () => `${relative(root, join(pkg, file))}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} (${context.join(".") || "top level"})`;
    if (node.kind === ts.SyntaxKind.AnyKeyword) fail(`\`any\` in a public signature: ${where()}`);
    if (node.kind === ts.SyntaxKind.UnknownKeyword && !["StandardSchemaV1", "EnrollmentSchemaProps"].includes(context[0])) {
      fail(`\`unknown\` where the shape is known: ${where()}`);
    }
    scanned += 1;
    ts.forEachChild(node, (child) => visit(child, context));
  };
  visit(source, []);
}
console.log(`ok   scanned ${files.join(", ")} (${scanned} nodes) for any/unknown`);

if (failures) {
  console.error(`test-types: ${failures} failure(s)`);
  process.exit(1);
}
console.log("test-types: passed");
