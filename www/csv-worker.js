// Imports a partner CSV off the main thread: the package loaded with initSync, the file streamed into
// a PartnerCsvReader, progress posted from its bytesRead. Messages in: { file, locale, wasmUrl }.
// Messages out: { type: "progress", bytesRead, total } … then { type: "done", result, ms } or { type: "error", message }.
import * as pkg from "/pkg/index.js";

function bytesRead(reader, own) {
  const value = typeof reader.bytesRead === "function" ? reader.bytesRead() : reader.bytesRead;
  return typeof value === "number" || typeof value === "bigint" ? Number(value) : own;
}

self.onmessage = async ({ data }) => {
  const { file, locale, wasmUrl } = data;
  const started = performance.now();
  try {
    const bytes = await (await fetch(wasmUrl)).arrayBuffer();
    pkg.initSync({ module: bytes });
    const reader = new pkg.PartnerCsvReader({ locale });
    const stream = file.stream().getReader();
    let own = 0;
    let lastPost = 0;
    for (;;) {
      const { done, value } = await stream.read();
      if (done) break;
      reader.push(value);
      own += value.byteLength;
      const now = performance.now();
      if (now - lastPost > 50) {
        lastPost = now;
        self.postMessage({ type: "progress", bytesRead: bytesRead(reader, own), total: file.size });
      }
    }
    self.postMessage({ type: "progress", bytesRead: bytesRead(reader, own), total: file.size });
    const result = reader.finish();
    reader.free();
    self.postMessage({ type: "done", result, ms: Math.round(performance.now() - started) });
  } catch (error) {
    self.postMessage({ type: "error", message: String(error?.message ?? error) });
  }
};
