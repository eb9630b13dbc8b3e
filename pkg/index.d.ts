// Types of csp-partner-rules. The interfaces and function signatures come from the Rust types
// (tsify + wasm-bindgen, in ./wasm/); this file adds the loader and the helpers of ./lib/.
export * from "./wasm/csp_partner_rules.js";
import type { InitInput, SyncInitInput, CsvOptions, PartnerCsvResult } from "./wasm/csp_partner_rules.js";

/**
 * Loads the WebAssembly module (browsers and bundlers). Idempotent: every call returns the same
 * promise. Optional in Node, where the package is ready at import.
 */
export default function init(input?: InitInput | Promise<InitInput> | { module_or_path: InitInput | Promise<InitInput> }): Promise<void>;

/** Loads the module synchronously from its bytes or a compiled module (Web Workers). Idempotent. */
export function initSync(input: SyncInitInput | { module: SyncInitInput }): void;

/** Progress of {@link readPartnerCsv}, after each chunk. */
export interface PartnerCsvProgress {
  bytesRead: number;
  /** The Blob's size when reading a Blob/File, else null. */
  totalBytes: number | null;
  partnersRead: number;
}

/** Options of {@link readPartnerCsv}: the reader's options, a progress callback and an abort signal. */
export interface ReadPartnerCsvOptions extends CsvOptions {
  onProgress?: (progress: PartnerCsvProgress) => void;
  signal?: AbortSignal;
}

/**
 * Reads a partner CSV (a File/Blob, a stream or iterable of chunks, or a string) through
 * {@link PartnerCsvReader}, chunk by chunk with progress; resolves to what `parsePartnerCsv` gives for
 * the whole text. Rejects only when `signal` aborts.
 */
export function readPartnerCsv(
  source: Blob | ReadableStream<Uint8Array | string> | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> | string,
  options?: ReadPartnerCsvOptions,
): Promise<PartnerCsvResult>;
