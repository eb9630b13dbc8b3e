// The enrolment page of issue 14 (tests/consumers/app/enrollment/: only the enrolment functions, from
// `csp-partner-rules/enrollment`), built with Vite 7 for production, and what a browser loads for it:
// every file of the build (raw, gzip -9, brotli 11). Used by `make bench` (against pkg/ as built) and
// by the consumer matrix (against the installed tarball). `from: "root"` builds the same page
// importing the root entry instead, to show what the split saves.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const VITE_VERSION = "7.3.8"; // the consumer matrix's (tests/consumers/run.mjs)

export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
// The chunks of `csp-partner-rules/enrollment`'s country data (pkg/enrollment/countries/XX.js and their
// map, countries/index.js: Vite names them `XX-hash.js` and `countries-hash.js`), loaded on demand
// by loadCountry (docs/country-data.md), not with the page.
const onDemand = /(^|[\\/])(?:[A-Z]{2}|countries)-[\w-]+\.js$/;

/**
 * Every file a browser may load from a build directory, with its sizes: `total` (all of them),
 * `initial` (what the page loads at start: all but the country chunks), `country` (one country's
 * chunk, FR's, for the table).
 */
export function payload(dist) {
  const files = readdirSync(dist, { recursive: true })
    .filter((f) => /\.(js|mjs|wasm|html|css)$/.test(f))
    .sort()
    .map((f) => ({ file: f, ...sizes(readFileSync(join(dist, f))) }));
  return { files, total: sum(files), initial: sum(files.filter((f) => !onDemand.test(f.file))), onDemand: files.filter((f) => onDemand.test(f.file)).length };
}

/** Vite (the consumer matrix's copy when it exists, else one installed once into target/bench-page/). */
export async function loadVite() {
  for (const dir of [join(root, "target/consumers/app"), join(root, "target/bench-page")]) {
    const entry = join(dir, "node_modules/vite/dist/node/index.js");
    if (existsSync(entry)) {
      const vite = await import(pathToFileURL(entry));
      if (vite.version === VITE_VERSION) return vite;
    }
  }
  const dir = join(root, "target/bench-page");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bench-page", private: true, type: "module" }) + "\n");
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", `vite@${VITE_VERSION}`], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  return import(pathToFileURL(join(dir, "node_modules/vite/dist/node/index.js")));
}

/**
 * Builds the enrolment page into `outDir` and returns its payload. `pkgDir`: a built package to
 * import (aliased, for `make bench`); without it the page imports `csp-partner-rules` as installed.
 */
export async function buildEnrollmentPage(vite, { outDir, pkgDir, from = "enrollment" }) {
  const src = join(outDir, "src");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  cpSync(join(root, "tests/consumers/app/enrollment"), src, { recursive: true });
  if (from === "root") {
    const main = join(src, "main.js");
    writeFileSync(main, readFileSync(main, "utf8").replace('from "csp-partner-rules/enrollment"', 'from "csp-partner-rules"'));
  }
  const alias = pkgDir
    ? [
        { find: /^csp-partner-rules\/enrollment$/, replacement: join(pkgDir, "enrollment/index.js") },
        { find: /^csp-partner-rules$/, replacement: join(pkgDir, "index.js") },
      ]
    : [];
  const dist = join(outDir, "dist");
  await vite.build({ root: src, base: "./", configFile: false, logLevel: "warn", resolve: { alias }, build: { outDir: dist, emptyOutDir: true } });
  return payload(dist);
}
