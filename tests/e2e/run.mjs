// `make test-e2e`: starts the demo server (target/server/csp-demo-server) on a free port, runs the
// end-to-end tests (tests/e2e/*.test.mjs, node:test + playwright-core on /usr/bin/chromium) against it,
// then stops it. Screenshots go to tests/out/.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const binary = join(root, "target/server/csp-demo-server");
if (!existsSync(binary)) {
  console.error(`test-e2e: ${binary} is missing; run \`make server\` first`);
  process.exit(1);
}

const port = await new Promise((resolve, reject) => {
  const s = createServer();
  s.once("error", reject);
  s.listen(0, "127.0.0.1", () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const base = `http://127.0.0.1:${port}`;
const server = spawn(binary, [], { env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DEMO_ROOT: root }, stdio: ["ignore", "inherit", "inherit"] });
let exited = false;
server.on("exit", () => (exited = true));

async function waitReady() {
  for (let i = 0; i < 100; i++) {
    if (exited) throw new Error("the server exited before it was ready");
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the server did not answer within 10 s");
}

let code = 1;
try {
  await waitReady();
  const files = readdirSync(here).filter((f) => f.endsWith(".test.mjs")).sort().map((f) => join(here, f));
  const only = process.argv.slice(2);
  const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
  code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ["--test", "--test-concurrency=1", ...selected], { env: { ...process.env, E2E_BASE_URL: base }, stdio: "inherit" });
    child.on("exit", (c) => resolve(c ?? 1));
  });
  if (exited) {
    console.error("test-e2e: the server died during the tests");
    code = 1;
  }
} catch (error) {
  console.error(`test-e2e: ${error.message}`);
} finally {
  server.kill("SIGTERM");
}
process.exit(code);
