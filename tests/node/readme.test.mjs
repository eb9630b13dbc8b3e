// The user README (issue 12): at most 40 KB, every environment covered, and every ```js runnable
// block runs as written against the built package, each `console.log(x); // → y` printing y
// (compared as JSON). Blocks marked `cjs` run as CommonJS. Together the blocks call every export.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import * as pkg from "csp-partner-rules";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const blocks = [...readme.matchAll(/^```js runnable( cjs)?\n([\s\S]*?)^```$/gm)].map((m) => ({
  cjs: Boolean(m[1]),
  code: m[2],
  line: readme.slice(0, m.index).split("\n").length,
}));

test("README: a user README of at most 40 KB, with every environment and the sections other helpers add to", () => {
  assert.ok(Buffer.byteLength(readme) <= 40 * 1024, `README.md is ${Buffer.byteLength(readme)} B`);
  for (const heading of ["### Node (ESM)", "### Node (CommonJS)", "### Vite (dev server and build), webpack 5, any bundler", "### Next.js", "### Web Workers", "### A static page, no bundler", "## Forms", "## Issues and errors", "## FAQ", "## Where we follow Partner Center over SPEC"]) {
    assert.ok(readme.includes(`\n${heading}`), `README has ${heading}`);
  }
  assert.ok(blocks.length >= 10, `${blocks.length} runnable blocks`);
});

const check = `
const __check = (value, expected, where) => {
  const got = value === undefined ? "undefined" : JSON.stringify(value);
  if (got !== expected) throw new Error(\`README.md:\${where}: printed \${got}, the README says \${expected}\`);
};
`;
const dir = join(root, "target/readme");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const [i, block] of blocks.entries()) {
  test(`README example at line ${block.line} runs as written`, () => {
    let checks = 0;
    const body = block.code
      .split("\n")
      .map((line, j) => {
        const m = line.match(/^(\s*)console\.log\((.*)\);\s*\/\/ → (.*)$/);
        if (!m) return line;
        checks += 1;
        return `${m[1]}__check(${m[2]}, ${JSON.stringify(m[3].trim())}, ${block.line + 1 + j});`;
      })
      .join("\n");
    assert.ok(checks > 0, "the example shows what it prints (`// → …`)");
    const file = join(dir, `example-${i}.${block.cjs ? "cjs" : "mjs"}`);
    writeFileSync(file, `${check}${body}`);
    execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8", stdio: "pipe" });
  });
}

test("README: the runnable examples call every export of the package", () => {
  const code = blocks.map((b) => b.code).join("\n");
  const missing = Object.keys(pkg).filter((name) => name !== "default" && name !== "initSync" && !new RegExp(`\\b${name}\\b`).test(code));
  assert.deepStrictEqual(missing, []);
});
