// Node entry ("node" export condition): loads the module synchronously at import, so the
// functions are usable right away, without calling init(). The bytes come from the package's own
// JS module (wasm/bytes.js), not from a file path: server bundlers (Next.js with Turbopack or
// webpack) rewrite import.meta.url and move files, and a module import survives that.
import { inflateRawSync } from "node:zlib";
import bytes from "./wasm/bytes.js";
import { initSync } from "./lib/runtime.js";

initSync({ module: inflateRawSync(Buffer.from(bytes, "base64")) });

export * from "./index.js";
export { default } from "./index.js";
