// Node entry ("node" export condition): loads the module synchronously at import, so the
// functions are usable right away, without calling init(). The module is read from the package's
// .wasm file next to this entry (1–2 ms); where that file is not where import.meta.url says (server
// bundlers such as Next.js rewrite import.meta.url and move files), from the package's own JS
// module (wasm/bytes.js: base64 and inflate, ~5–10 ms more), which survives any bundling.
import { readFileSync } from "node:fs";
import bytes from "./wasm/bytes.js";
import { initSync } from "./lib/runtime.js";

function wasmFile() {
  try {
    const file = readFileSync(new URL("./wasm/csp_partner_rules_bg.wasm", import.meta.url));
    // "\0asm", version 1: a WebAssembly module, not whatever a bundler put at that path.
    return file.length > 8 && file.readUInt32LE(0) === 0x6d736100 && file.readUInt32LE(4) === 1 ? file : null;
  } catch {
    return null;
  }
}

// node:zlib only when needed (loading it is ~1 ms of the import); Node >= 20.16 has getBuiltinModule.
const inflate = () => process.getBuiltinModule("node:zlib").inflateRawSync(Buffer.from(bytes, "base64"));
initSync({ module: wasmFile() ?? inflate() });

export * from "./index.js";
export { default } from "./index.js";
