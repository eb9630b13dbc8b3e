// webpack 5 production build: import by name; the glue's new URL("…_bg.wasm", import.meta.url) becomes an asset.
import init, * as m from "csp-partner-rules";
import { beforeInit, checks } from "../shared/checks.js";

async function run() {
  const before = beforeInit(m);
  await Promise.all([init(), init()]);
  await init();
  return { before, ...checks(m) };
}
run().then((result) => (window.__result = result), (error) => (window.__result = { error: String(error && error.stack || error) }));
