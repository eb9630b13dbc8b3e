// A Web-Worker-style user of the package (run by audience.test.mjs in a worker_threads Worker): the
// browser entry (no Node auto-init), initSync(bytes) as workers do, then PartnerCsvReader fed by
// messages, answering with progress and the result.
import { parentPort, workerData } from "node:worker_threads";
import { initSync, PartnerCsvReader } from "../../pkg/index.js";

let before;
try {
  new PartnerCsvReader();
} catch (error) {
  before = String(error.message);
}
initSync(workerData.wasm);
initSync(workerData.wasm); // idempotent
const reader = new PartnerCsvReader({ locale: workerData.locale });
parentPort.postMessage({ type: "ready", before });
parentPort.on("message", (message) => {
  if (message.type === "chunk") {
    reader.push(message.chunk);
    parentPort.postMessage({ type: "progress", bytesRead: reader.bytesRead, partnersRead: reader.partnersRead });
  } else if (message.type === "finish") {
    parentPort.postMessage({ type: "result", result: reader.finish() });
    reader.free();
    parentPort.close();
  }
});
