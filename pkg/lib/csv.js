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
  const { onProgress, signal, ...readerOptions } = options ?? {};
  const totalBytes = typeof Blob !== "undefined" && source instanceof Blob ? source.size : null;
  const reader = new PartnerCsvReader(readerOptions);
  try {
    for await (const chunk of chunks(source)) {
      signal?.throwIfAborted?.();
      reader.push(chunk);
      onProgress?.({ bytesRead: reader.bytesRead, totalBytes, partnersRead: reader.partnersRead });
    }
    signal?.throwIfAborted?.();
    return reader.finish();
  } finally {
    reader.free();
  }
}

async function* chunks(source) {
  if (typeof source === "string") {
    yield source;
  } else if (typeof Blob !== "undefined" && source instanceof Blob) {
    yield* streamChunks(source.stream());
  } else if (source && typeof source.getReader === "function") {
    yield* streamChunks(source);
  } else if (source && (typeof source[Symbol.asyncIterator] === "function" || typeof source[Symbol.iterator] === "function")) {
    yield* source;
  } else {
    yield source; // the reader reports it as invalid_type
  }
}

async function* streamChunks(stream) {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
