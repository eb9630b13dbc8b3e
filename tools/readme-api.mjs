// Writes the function list of README.md (between `<!-- api:begin -->` and `<!-- api:end -->`) from
// the shipped declarations, so it cannot drift from the exports: one row per exported function or
// class, with the first sentence of its doc comment. Called by tools/build-pkg.mjs for pkg/.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const hidden = new Set(["initSync", "__wbg_init", "default"]);

function rows(file, source, where) {
  const out = [];
  const doc = (node) => {
    const tags = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
    const text = tags.map((t) => (typeof t.comment === "string" ? t.comment : ts.getTextOfJSDocComment(t.comment) ?? "")).join(" ");
    const flat = text.replace(/\s+/g, " ").trim();
    const m = flat.match(/^(.*?[.!?])(\s|$)/);
    return (m ? m[1] : flat).replace(/\|/g, "\\|");
  };
  const params = (node) => node.parameters.map((p) => `${p.name.getText(source)}${p.questionToken ? "?" : ""}`).join(", ");
  ts.forEachChild(source, (node) => {
    const exported = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported || !node.name || hidden.has(node.name.text) || node.name.text.startsWith("__")) return;
    if (ts.isFunctionDeclaration(node)) out.push({ name: node.name.text, sig: `${node.name.text}(${params(node)})`, what: doc(node), where });
    if (ts.isClassDeclaration(node)) {
      const ctor = node.members.find(ts.isConstructorDeclaration);
      out.push({ name: node.name.text, sig: `new ${node.name.text}(${ctor ? params(ctor) : ""})`, what: doc(node), where });
    }
  });
  return out;
}

const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function updateReadme(root, pkgDir) {
  const files = [["wasm/csp_partner_rules.d.ts", "wasm"], ...readdirSync(join(pkgDir, "lib")).filter((f) => f.endsWith(".d.ts")).sort().map((f) => [`lib/${f}`, "js"])];
  const all = files.flatMap(([f, where]) => rows(f, ts.createSourceFile(f, readFileSync(join(pkgDir, f), "utf8"), ts.ScriptTarget.Latest, true), where));
  all.sort((a, b) => a.name.localeCompare(b.name));
  const table = [
    "| JS | Rust (server) | what |",
    "|---|---|---|",
    ...all.map((r) => `| \`${r.sig}\` | ${r.where === "wasm" ? `\`${snake(r.name)}\`` : "JS only"} | ${r.what} |`),
  ].join("\n");
  const readme = join(root, "README.md");
  const text = readFileSync(readme, "utf8");
  const re = /(<!-- api:begin[^>]*-->\n)[\s\S]*?(<!-- api:end -->)/;
  if (!re.test(text)) throw new Error("README.md has no <!-- api:begin --> … <!-- api:end --> section");
  const next = text.replace(re, `$1${table}\n$2`);
  if (next !== text) {
    writeFileSync(readme, next);
    console.log("README.md: function list updated from the .d.ts (commit it)");
  }
  return all.map((r) => r.name);
}
