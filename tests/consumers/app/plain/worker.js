// A module worker (import maps do not reach workers: a relative path).
import * as m from "../node_modules/csp-partner-rules/index.js";
import { beforeInit, checks } from "../shared/checks.js";

self.onmessage = async (event) => {
  try {
    const before = beforeInit(m);
    const bytes = await (await fetch(event.data)).arrayBuffer();
    m.initSync(bytes);
    m.initSync(bytes);
    self.postMessage({ before, ...checks(m) });
  } catch (error) {
    self.postMessage({ error: String(error && error.stack || error) });
  }
};
