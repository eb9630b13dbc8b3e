// The consumer matrix (issue 6, SPEC API-1): the package as a front-end developer installs it.
// `npm pack` pkg/ → install the tarball into a fresh project under target/consumers/ → Node ESM,
// Node CJS, tsc (strict, no skipLibCheck) against the installed .d.ts, a Vite 7 production build,
// a webpack 5 production build, the Vite 7 dev server (dependency pre-bundling on), a plain
// <script type="module"> page and module Web Workers (init() with no argument, initSync with bytes),
// opened in headless Chromium (playwright-core + /usr/bin/chromium); a Next.js 16 app built with
// Turbopack and with --webpack, then started (Server Component text, route handler, client
// component after init()); plus trap recovery in the browser with the test-only build in
// target/pkg-trap/ when it exists. No consumer has a framework config for the package.
// The consumer project installs the tarball and the bundlers, pinned (vite 7, webpack 5), with one
// `npm install` that reuses the npm cache (--prefer-offline). typescript and playwright-core are the
// root dev dependencies. (The bundlers are not root dev dependencies: rollup's per-platform optional
// packages are not all on the registry mirror, which makes `npm ci` refuse the lock file.)
// Run: make test-consumers
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import assert from "node:assert/strict";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const target = join(root, "target");
const work = join(target, "consumers");
const app = join(work, "app");
const started = Date.now();
const bundlers = { vite: "7.3.8", webpack: "5.112.1" };
// The README's form example, type-checked in the fresh project (rhf.ts): what a React + TypeScript app has.
const forms = { "react-hook-form": "7.92.0", "@hookform/resolvers": "7.0.7", "@types/react": "19.3.2" };
const nextjs = { next: "16.4.6", react: "19.3.1", "react-dom": "19.3.1" };
const results = [];

async function scenario(name, f) {
  const t = Date.now();
  try {
    await f();
    results.push({ name, ok: true, ms: Date.now() - t });
    console.log(`ok   ${name} (${Date.now() - t} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.error(`FAIL ${name}\n${error && error.stack ? error.stack : error}`);
  }
}

const npm = (args, cwd) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const pkgApi = await import("csp-partner-rules");
const expectedExports = Object.keys(pkgApi).sort();

// What every consumer must see (the calls are in tests/consumers/app/shared/checks.js).
function assertChecks(r, where) {
  assert.ok(!r.error, `${where}: ${r.error}`);
  assert.equal(r.markets, 244, `${where}: markets().length`);
  assert.equal(r.regionMismatch, "region_mismatch", `${where}: checkCustomerMarket("BR", "AR")`);
  assert.match(r.messageFr, /^Ces deux pays sont dans des régions CSP différentes \(Brésil dans la région Brésil, Argentine dans la région Amérique latine et Caraïbes\)/, `${where}: French message, places named in French`);
  assert.equal(r.gb, "United Kingdom", `${where}: market("gb")`);
  assert.deepStrictEqual(r.schemaPaths, ["address.country"], `${where}: enrollmentSchema issues`);
  assert.equal(r.draft, true, `${where}: validateEnrollment draft`);
  assert.deepStrictEqual(r.exports, expectedExports, `${where}: the same exports as the package`);
}
function assertBeforeInit(message, where) {
  assert.match(message, /^Error: csp-partner-rules: markets\(\) was called before the WebAssembly module was loaded; call `await init\(\)` first/, `${where}: a call before init`);
}

// 1. Pack and install into a fresh project.
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
let tarball;
await scenario("npm pack: the files whitelist", () => {
  const [info] = JSON.parse(npm(["pack", "--json", "--pack-destination", work], join(root, "pkg")));
  tarball = join(work, info.filename);
  const files = info.files.map((f) => f.path).sort();
  for (const f of ["package.json", "index.js", "index.d.ts", "node.js", "node.cjs", "lib/runtime.js", "lib/schema.js", "lib/schema.d.ts", "enrollment/index.js", "enrollment/index.d.ts", "enrollment/node.js", "enrollment/node.cjs", "enrollment/lib/runtime.js", "enrollment/lib/schema.js", "enrollment/lib/_country.js", "enrollment/countries/index.js", "enrollment/countries/US.js", "lib/country.js", "lib/_country.js", "enrollment/wasm/bytes.js", "enrollment/wasm/csp_partner_rules.js", "wasm/bytes.js", "wasm/bytes.d.ts", "wasm/csp_partner_rules.js", "wasm/csp_partner_rules.d.ts", "wasm/csp_partner_rules_bg.wasm", "README.md", "LICENSE", "NOTICE", "LICENSE-APACHE-2.0"]) {
    assert.ok(files.includes(f), `the tarball has ${f}`);
  }
  for (const f of files) assert.doesNotMatch(f, /\.tgz$|node_modules|__test|\.map$/, `unexpected file in the tarball: ${f}`);
  // The JS snippets the glue imports (src/wasm/form.js) ship too.
  for (const [, snippet] of readFileSync(join(root, "pkg/wasm/csp_partner_rules.js"), "utf8").matchAll(/from '\.\/(snippets\/[^']+)'/g)) {
    assert.ok(files.includes(`wasm/${snippet}`), `the tarball has wasm/${snippet}`);
  }
  assert.doesNotMatch(readFileSync(join(root, "pkg/wasm/csp_partner_rules.js"), "utf8"), /__testTrap/, "no test-only export in pkg/");
  console.log(`     ${info.filename}: ${files.length} files, ${info.size} B packed, ${info.unpackedSize} B unpacked`);
});
if (!tarball) process.exit(1);
cpSync(join(here, "app"), app, { recursive: true });
// The README's browser examples as written: the bundler example and the worker (run by the Vite dev
// server from vite/readme.html), the static page (app/readme-static.html, served as is).
const readmeText = readFileSync(join(root, "README.md"), "utf8");
const readmeBlock = (heading, lang, nth = 0) => {
  const section = readmeText.slice(readmeText.indexOf(`\n${heading}\n`));
  const blocks = [...section.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, "gm"))];
  assert.ok(blocks[nth], `README: a ${lang} block under ${heading}`);
  return blocks[nth][1];
};
writeFileSync(join(app, "vite/readme-main.js"), readmeBlock("### Vite (dev server and build), webpack 5, any bundler", "js"));
writeFileSync(join(app, "vite/readme-worker.js"), readmeBlock("### Web Workers", "js"));
writeFileSync(join(app, "readme-static.html"), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>README static page</title>\n${readmeBlock("### A static page, no bundler", "html")}`);
writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2));
await scenario(`npm install <tarball> vite@${bundlers.vite} webpack@${bundlers.webpack} into a fresh project`, () => {
  npm(["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", tarball, ...Object.entries({ ...bundlers, ...forms }).map(([n, v]) => `${n}@${v}`)], app);
  assert.ok(existsSync(join(app, "node_modules/csp-partner-rules/wasm/csp_partner_rules_bg.wasm")));
});

// 2. Node.
const node = (file) => JSON.parse(execFileSync(process.execPath, [file], { cwd: app, encoding: "utf8" }));
await scenario("Node ESM: usable right after import, init() idempotent", () => {
  const r = node("node-esm.mjs");
  assert.equal(r.first, 244);
  assertChecks(r, "node esm");
  assert.equal(r.wasmPath, "csp-partner-rules/wasm/csp_partner_rules_bg.wasm");
});
await scenario("Node CJS: require() usable at once", () => {
  const r = node("node-cjs.cjs");
  assert.deepStrictEqual(r, { first: 244, regionMismatch: "region_mismatch", schemaPaths: ["address.country"], init: "function", sameAsEsm: true });
});
await scenario("TypeScript strict against the installed .d.ts (no skipLibCheck; React Hook Form infers the form type)", () => {
  execFileSync(join(root, "node_modules/.bin/tsc"), ["-p", join(app, "tsconfig.json")], { cwd: app, encoding: "utf8", stdio: "pipe" });
});

// 3. Bundlers (once each).
await scenario("Vite 7 production build", async () => {
  const { build, version } = await import(pathToFileURL(join(app, "node_modules/vite/dist/node/index.js")));
  assert.equal(version, bundlers.vite);
  // Vite's defaults otherwise (workers bundled as IIFE: the package has no dynamic import).
  await build({ root: join(app, "vite"), base: "./", configFile: false, logLevel: "warn", build: { outDir: "dist", emptyOutDir: true } });
  assert.ok(existsSync(join(app, "vite/dist/index.html")));
});
// The enrolment page of issue 14 (app/enrollment/: only the enrolment functions, from the entry point
// csp-partner-rules/enrollment): Vite production build of the installed tarball; what it ships is printed.
let enrollmentPage;
await scenario("Vite 7 production build of the enrolment page (csp-partner-rules/enrollment), payload", async () => {
  const vite = await import(pathToFileURL(join(app, "node_modules/vite/dist/node/index.js")));
  const { buildEnrollmentPage } = await import(pathToFileURL(join(root, "tools/enrollment-page.mjs")));
  enrollmentPage = await buildEnrollmentPage(vite, { outDir: join(app, "enrollment-page") });
  const fromRoot = await buildEnrollmentPage(vite, { outDir: join(app, "enrollment-page-root"), from: "root" });
  const t = enrollmentPage.initial;
  console.log(`     enrolment page, loaded at start: ${t.raw} B raw, ${t.gzip} B gzip -9, ${t.brotli} B brotli (target ≤ 61,440 B gzip), + ${enrollmentPage.onDemand} country chunks on demand; the same page from the root entry: ${fromRoot.initial.gzip} B gzip`);
  assert.ok(enrollmentPage.onDemand > 180, "one chunk per country");
  assert.ok(t.gzip < fromRoot.initial.gzip, "the /enrollment page is smaller than the same page from the root");
});
await scenario("webpack 5 production build", async () => {
  const { default: webpack } = await import(pathToFileURL(join(app, "node_modules/webpack/lib/index.js")));
  assert.equal(webpack.version, bundlers.webpack);
  const stats = await new Promise((resolve, reject) =>
    webpack({ mode: "production", context: join(app, "webpack"), entry: "./main.js", output: { path: join(app, "webpack/dist"), filename: "main.js", publicPath: "auto" }, performance: { hints: false } }, (error, s) => (error ? reject(error) : resolve(s))),
  );
  assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
  // The module's bytes travel inside the JS (wasm/bytes.js): nothing for webpack to copy.
  assert.ok(!stats.toJson({ assets: true }).assets.some((a) => a.name.endsWith(".wasm")), "no .wasm asset");
  writeFileSync(join(app, "webpack/dist/index.html"), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>webpack consumer</title><script src="./main.js"></script>\n');
});
await scenario("webpack 5 production build of the enrolment page (each country's data its own chunk)", async () => {
  const { default: webpack } = await import(pathToFileURL(join(app, "node_modules/webpack/lib/index.js")));
  const dir = join(app, "enrollment-webpack");
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(app, "enrollment"), dir, { recursive: true });
  const stats = await new Promise((resolve, reject) =>
    webpack({ mode: "production", context: dir, entry: "./main.js", output: { path: join(dir, "dist"), filename: "main.js", publicPath: "auto" }, performance: { hints: false } }, (error, s) => (error ? reject(error) : resolve(s))),
  );
  assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
  // docs/country-data.md: one chunk per country and one for their map, split without configuration.
  const chunks = stats.toJson({ assets: true }).assets.filter((a) => a.name !== "main.js" && a.name.endsWith(".js"));
  assert.ok(chunks.length > 180, `${chunks.length} chunks`);
  writeFileSync(join(dir, "dist/index.html"), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>enrolment page, webpack</title><script src="./main.js"></script>\n');
});

// 4. Headless Chromium over a static server rooted at target/.
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json" };
const server = createServer(async (req, res) => {
  try {
    const file = join(target, normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!file.startsWith(target) || !(await stat(file)).isFile()) throw new Error("not found");
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const { chromium } = await import("playwright-core");
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions", "--no-first-run", "--disable-quic", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost"],
});

async function open(path, origin = base) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  try {
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 30000 });
    const result = await page.evaluate(() => window.__result);
    assert.deepStrictEqual(problems, [], `${path}: no page errors`);
    return result;
  } finally {
    await page.close();
  }
}

await scenario("the enrolment page (csp-partner-rules/enrollment) in Chromium", async () => {
  assert.ok(enrollmentPage, "built");
  const r = await open("/consumers/app/enrollment-page/dist/index.html");
  assert.ok(!r.error, r.error);
  const { form } = await import(pathToFileURL(join(here, "app/enrollment/form.js")));
  const validation = JSON.parse(JSON.stringify(pkgApi.validateEnrollment(form, { locale: "fr" })));
  assert.deepStrictEqual(r, { markets: 244, postalLabel: "Code postal", rulesSource: "partnerCenter", validation, keystroke: ["postal_code_format"], schemaIssues: r.schemaIssues });
  assert.ok(r.schemaIssues > 0);
  // The same page built by webpack, its countries loaded from their chunks.
  assert.deepStrictEqual(await open("/consumers/app/enrollment-webpack/dist/index.html"), r);
});
await scenario("Vite build in Chromium (+ module worker with init())", async () => {
  const r = await open("/consumers/app/vite/dist/index.html");
  assertBeforeInit(r.before, "vite");
  assertChecks(r, "vite");
  assertBeforeInit(r.worker.before, "vite worker");
  assertChecks(r.worker, "vite worker");
});
await scenario("Vite 7 dev server in Chromium (dependency pre-bundling, module worker with init())", async () => {
  const { createServer: createVite } = await import(pathToFileURL(join(app, "node_modules/vite/dist/node/index.js")));
  const vite = await createVite({ root: join(app, "vite"), configFile: false, logLevel: "warn", server: { host: "127.0.0.1", port: 0, strictPort: false, hmr: false } });
  await vite.listen();
  try {
    const r = await open("/", vite.resolvedUrls.local[0].replace(/\/$/, ""));
    assertBeforeInit(r.before, "vite dev");
    assertChecks(r, "vite dev");
    assertBeforeInit(r.worker.before, "vite dev worker");
    assertChecks(r.worker, "vite dev worker");
    assert.ok(existsSync(join(app, "vite/node_modules/.vite/deps/csp-partner-rules.js")) || existsSync(join(app, "node_modules/.vite/deps/csp-partner-rules.js")), "the package was pre-bundled");
    // The README's bundler example and worker, as written.
    const readme = await open("/readme.html", vite.resolvedUrls.local[0].replace(/\/$/, ""));
    assert.ok(!readme.error, readme.error);
    assert.equal(readme.csv.partners[0].name, "Contoso", "README worker");
  } finally {
    await vite.close();
  }
});
await scenario("webpack build in Chromium", async () => {
  const r = await open("/consumers/app/webpack/dist/index.html");
  assertBeforeInit(r.before, "webpack");
  assertChecks(r, "webpack");
});
await scenario("plain <script type=module> page (import map) + module worker with initSync(bytes)", async () => {
  const r = await open("/consumers/app/plain/index.html");
  assertBeforeInit(r.before, "plain");
  assertChecks(r, "plain");
  assertBeforeInit(r.worker.before, "plain worker");
  assertChecks(r.worker, "plain worker");
});
await scenario("README's static page as written, in Chromium", async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  try {
    await page.goto(`${base}/consumers/app/readme-static.html`);
    await page.waitForFunction(() => document.body.textContent.includes("France"), null, { timeout: 30000 });
    assert.deepStrictEqual(problems, []);
  } finally {
    await page.close();
  }
});
if (existsSync(join(target, "pkg-trap/index.js"))) {
  await scenario("trap recovery in Chromium (target/pkg-trap)", async () => {
    const r = await open("/consumers/app/plain/trap.html");
    assert.ok(!r.error, r.error);
    assert.equal(r.crash.name, "CspPartnerRulesCrash");
    assert.equal(r.crash.cause, true);
    assert.deepStrictEqual([r.after, r.markets, r.regionMismatch], [42, 244, "region_mismatch"]);
  });
} else {
  console.log("skip trap recovery in Chromium: no target/pkg-trap (make build-trap)");
}

// 5. Next.js 16 in a fresh project of its own (no next.config, no serverExternalPackages): build with
// Turbopack, then with webpack; each time `next start`, the Server Component's HTML, the route
// handler's JSON and the client component after init() in Chromium.
const nextApp = join(work, "next");
let nextReady = false;
await scenario(`npm install <tarball> next@${nextjs.next} react@${nextjs.react} into a fresh project`, () => {
  cpSync(join(here, "next"), nextApp, { recursive: true });
  // The README's Next.js examples as written (the blocks whose first line names a file under app/),
  // under app/readme/ beside the test's own pages.
  const readmeFiles = [...readFileSync(join(root, "README.md"), "utf8").matchAll(/^```jsx?\n\/\/ (app\/\S+)[^\n]*\n([\s\S]*?)^```$/gm)];
  assert.deepStrictEqual(readmeFiles.map((m) => m[1]), ["app/page.jsx", "app/api/check/route.js"], "the README's Next.js files");
  for (const [block, file] of readmeFiles) {
    const path = join(nextApp, "app/readme", file.slice("app/".length));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, block.replace(/^```jsx?\n/, "").replace(/```$/, ""));
  }
  writeFileSync(join(nextApp, "package.json"), JSON.stringify({ name: "next-consumer", private: true, type: "module", scripts: { build: "next build", start: "next start" } }, null, 2));
  npm(["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", tarball, ...Object.entries(nextjs).map(([n, v]) => `${n}@${v}`)], nextApp);
  nextReady = true;
});
async function nextStart() {
  const { spawn } = await import("node:child_process");
  const child = spawn(process.execPath, [join(nextApp, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", "0"], { cwd: nextApp, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`next start did not report its URL:\n${log}`)), 60000);
    const read = (d) => {
      log += d;
      const m = log.match(/http:\/\/127\.0\.0\.1:(\d+)/);
      if (m && /Ready/.test(log)) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`next start exited (${code}):\n${log}`)));
  });
  return { origin, stop: () => child.kill() };
}
for (const bundler of ["turbopack", "webpack"]) {
  if (!nextReady) break;
  await scenario(`Next.js ${nextjs.next} (${bundler}): next build, next start, Server Component, route handler, client component`, async () => {
    rmSync(join(nextApp, ".next"), { recursive: true, force: true });
    execFileSync(process.execPath, [join(nextApp, "node_modules/next/dist/bin/next"), "build", ...(bundler === "webpack" ? ["--webpack"] : [])], {
      cwd: nextApp,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const { origin, stop } = await nextStart();
    try {
      const html = await (await fetch(`${origin}/`)).text();
      assert.match(html.replace(/<!-- -->/g, ""), /<p id="ssr">SSR: United Kingdom \/ region_mismatch \/ Ces deux pays sont dans des régions CSP différentes \(Brésil dans la région Brésil/);
      // The README's Server Component and route handler, as written.
      const unescape = (t) => t.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
      const expectedFr = pkgApi.checkCustomerMarket("BR", "AR", { locale: "fr" }).issues[0].message;
      assert.ok(unescape((await (await fetch(`${origin}/readme`)).text()).replace(/<!-- -->/g, "")).includes(`<p>${expectedFr}</p>`), "README's Server Component");
      const readmeRoute = await (await fetch(`${origin}/readme/api/check?partner=BR&customer=AR`)).json();
      assert.equal(readmeRoute.issues[0].code, "region_mismatch", "README's route handler");
      const route = await (await fetch(`${origin}/api/check?partner=BR&customer=AR`)).json();
      assert.equal(route.issues[0].code, "region_mismatch");
      assert.match(route.issues[0].message, /^Ces deux pays sont dans des régions CSP différentes \(Brésil/);
      const page = await browser.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
      try {
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => document.querySelector("#client")?.textContent !== "loading", null, { timeout: 30000 });
        assert.equal(await page.textContent("#client"), "client: 244 / region_mismatch / United Kingdom");
        // csp-partner-rules/enrollment: Brazil's data loaded on demand in the browser, Japan's on the server.
        await page.waitForFunction(() => document.querySelector("#enrollment")?.textContent !== "loading", null, { timeout: 30000 });
        assert.equal(await page.textContent("#enrollment"), `enrollment: country_data_not_loaded / postal_code_format / ${pkgApi.addressFormat("BR").subdivisions.length}`);
        assert.match(html.replace(/<!-- -->/g, ""), new RegExp(`SSR enrollment: ${pkgApi.addressFormat("JP").subdivisions.length}<`));
        assert.deepStrictEqual(problems, []);
      } finally {
        await page.close();
      }
    } finally {
      stop();
    }
  });
}

await browser.close();
server.close();
const failed = results.filter((r) => !r.ok);
console.log(`test-consumers: ${results.length - failed.length}/${results.length} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed.length ? 1 : 0);
