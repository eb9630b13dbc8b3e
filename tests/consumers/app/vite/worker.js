import * as m from "csp-partner-rules";
import wasmUrl from "csp-partner-rules/csp_partner_rules_bg.wasm?url";
import { beforeInit, checks } from "../shared/checks.js";

self.onmessage = async () => {
  try {
    const before = beforeInit(m);
    const bytes = await (await fetch(wasmUrl)).arrayBuffer();
    m.initSync(bytes);
    m.initSync(bytes);
    self.postMessage({ before, ...checks(m) });
  } catch (error) {
    self.postMessage({ error: String(error && error.stack || error) });
  }
};
