// A module worker (Vite bundles it as IIFE by default): `await init()` with no argument, as on the page.
import init, * as m from "csp-partner-rules";
import { beforeInit, checks } from "../shared/checks.js";

self.onmessage = async () => {
  try {
    const before = beforeInit(m);
    await init();
    await init();
    self.postMessage({ before, ...checks(m) });
  } catch (error) {
    self.postMessage({ error: String(error && error.stack || error) });
  }
};
