// Vite 7, production build and dev server (no config): import by name, await init() (twice:
// idempotent), then a module worker that calls init() too.
import init, * as m from "csp-partner-rules";
import { beforeInit, checks } from "../shared/checks.js";

async function run() {
  const before = beforeInit(m);
  await Promise.all([init(), init()]);
  await init();
  const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  const fromWorker = await new Promise((resolve, reject) => {
    worker.onmessage = (event) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`worker: ${event.message}`));
    worker.postMessage("go");
  });
  return { before, ...checks(m), worker: fromWorker };
}
run().then((result) => (window.__result = result), (error) => (window.__result = { error: String(error && error.stack || error) }));
