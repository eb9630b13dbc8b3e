// Reading a big partner CSV without freezing the page: streams a File/Blob (or any stream of chunks)
// through PartnerCsvReader and reports progress. Plain plumbing — every rule is in the wasm module.
import { PartnerCsvReader } from "../index.js";

// Each push hands the module at most this much (bytes or UTF-16 units): a huge chunk (Node's
// Blob.stream() may deliver 100 MB at once) is cut, so that an abort is seen within one slice's work.
const SLICE = 1 << 20;
// Work between two yields to the event loop: the page stays responsive, progress bars repaint, and
// an AbortSignal fired by a timer is seen even when the source is synchronous (an array, a string).
const YIELD_MS = 12;

/**
 * Reads a partner CSV piece by piece and resolves to what `parsePartnerCsv` gives for the whole text.
 * `source`: a `Blob`/`File`, a `ReadableStream` of `Uint8Array`/string chunks, an (async) iterable of
 * chunks, or a string. `options`: `{ locale, maxBytes, onProgress, signal }`; `onProgress({ bytesRead,
 * totalBytes, partnersRead })` is called after each chunk (`totalBytes` is the Blob's size, else null).
 * Reading stops once more than `maxBytes` were read (the answer is then `input_too_large`) or at the
 * first chunk that is neither text nor bytes (its `invalid_type` issue).
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
  let lastYield = Date.now();
  // false once reading more can't change the answer (over maxBytes, or a chunk of another type).
  const push = async (chunk) => {
    const bytes = typeof chunk === "string" ? null : asBytes(chunk);
    if (typeof chunk !== "string" && !bytes) {
      abortIfAsked();
      reader.push(chunk);
      return false;
    }
    const length = bytes ? bytes.length : chunk.length;
    for (let at = 0; at === 0 || at < length; at += SLICE) {
      abortIfAsked();
      reader.push(length <= SLICE ? chunk : bytes ? bytes.subarray(at, at + SLICE) : chunk.slice(at, at + SLICE));
      onProgress?.({ bytesRead: reader.bytesRead, totalBytes, partnersRead: reader.partnersRead });
      if (reader.overLimit) return false;
      if (Date.now() - lastYield >= YIELD_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        lastYield = Date.now();
      }
    }
    return true;
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
        for await (const chunk of source) if (!(await push(chunk))) break;
        break;
      case "iterable":
        for (const chunk of source) if (!(await push(chunk))) break;
        break;
      default:
        await push(source); // a string, bytes, or a value the reader reports as invalid_type
    }
    abortIfAsked();
    return reader.finish();
  } finally {
    reader.free();
  }
}

/** A Uint8Array, or an ArrayBuffer's bytes; null for any other value (the reader reports it). */
function asBytes(value) {
  try {
    // By tag, as the module classifies chunks (works across realms: iframes, vm contexts, jsdom).
    const tag = Object.prototype.toString.call(value);
    if (tag === "[object Uint8Array]" && ArrayBuffer.isView(value)) return value;
    if (tag === "[object ArrayBuffer]") return new Uint8Array(value);
  } catch {
    // a proxy whose traps throw: not bytes
  }
  return null;
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
      if (!(await push(value))) {
        // Nothing more to read: the stream is cancelled (a file is not read to its end for nothing).
        await reader.cancel().catch(() => {});
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}
