// Reading a big partner CSV without freezing the page: streams a File/Blob (or any stream of chunks)
// through PartnerCsvReader and reports progress. Plain plumbing — every rule is in the wasm module.
import { PartnerCsvReader } from "../index.js";

/**
 * Reads a partner CSV piece by piece and resolves to what `parsePartnerCsv` gives for the whole text.
 * `source`: a `Blob`/`File`, a `ReadableStream` of `Uint8Array`/string chunks, an (async) iterable of
 * chunks, or a string. `options`: `{ locale, maxBytes, onProgress, signal }`; `onProgress({ bytesRead,
 * totalBytes, partnersRead })` is called after each chunk (`totalBytes` is the Blob's size, else null).
 * Awaiting between chunks keeps the page responsive; in a Web Worker it never touches the page at all.
 */
export async function readPartnerCsv(source, options = {}) {
  // Options that can't be read (a throwing getter, a revoked proxy) count as none, like the other functions.
  let onProgress, signal, readerOptions;
  try {
    ({ onProgress, signal, ...readerOptions } = options ?? {});
  } catch {
    readerOptions = {};
  }
  if (typeof onProgress !== "function") onProgress = undefined;
  const kind = kindOf(source);
  const totalBytes = kind === "blob" ? source.size : null;
  const abortable = isInstance(signal, "AbortSignal");
  const abortIfAsked = () => {
    if (abortable) signal.throwIfAborted();
  };
  const reader = new PartnerCsvReader(readerOptions);
  const push = (chunk) => {
    abortIfAsked();
    reader.push(chunk);
    onProgress?.({ bytesRead: reader.bytesRead, totalBytes, partnersRead: reader.partnersRead });
  };
  try {
    // A source that fails while being read (a stream error, an iterator that throws) rejects the
    // promise with that error: the file could not be read. Any other value resolves to the
    // reader's `invalid_type` issue, like `parsePartnerCsv`. Chunks are handed over as they are
    // (never awaited: a chunk is data, not a promise).
    switch (kind) {
      case "blob":
        await pushStream(source.stream(), push);
        break;
      case "stream":
        await pushStream(source, push);
        break;
      case "async-iterable":
        for await (const chunk of source) push(chunk);
        break;
      case "iterable":
        for (const chunk of source) push(chunk);
        break;
      default:
        push(source); // a string, bytes, or a value the reader reports as invalid_type
    }
    abortIfAsked();
    return reader.finish();
  } finally {
    reader.free();
  }
}

/** `value instanceof globalThis[name]`, false where that class is missing or `instanceof` throws (some proxies). */
function isInstance(value, name) {
  try {
    const C = globalThis[name];
    return typeof C === "function" && value instanceof C;
  } catch {
    return false;
  }
}

/** How to read the source; a value that can't be inspected is handed to the reader as it is. */
function kindOf(source) {
  try {
    // One chunk: a string, or bytes (a Uint8Array is iterable, but by numbers).
    if (typeof source === "string" || ArrayBuffer.isView(source) || source instanceof ArrayBuffer) return "chunk";
    if (isInstance(source, "Blob")) return "blob";
    if (source && typeof source.getReader === "function") return "stream";
    if (source && typeof source[Symbol.asyncIterator] === "function") return "async-iterable";
    if (source && typeof source[Symbol.iterator] === "function") return "iterable";
  } catch {
    // a throwing getter or a revoked proxy: not a source of chunks
  }
  return "other";
}

async function pushStream(stream, push) {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      push(value);
    }
  } finally {
    reader.releaseLock();
  }
}
