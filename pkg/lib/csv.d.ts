// Types of lib/csv.js (re-exported by index.d.ts).
import type { CsvOptions, PartnerCsvResult } from "../wasm/csp_partner_rules.js";

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
 * the whole text (a value that is not a source gives its `invalid_type` issue). Rejects only when
 * `signal` aborts or the source fails while being read (a stream error, an iterator that throws),
 * with that error; an abort is seen within 1 MiB of work (big chunks are read in 1 MiB slices, and
 * the event loop gets a turn every few milliseconds). Reading stops once more than `maxBytes` were
 * read (`input_too_large`; a stream is cancelled) or at the first chunk that is neither a string nor
 * bytes (`invalid_type`).
 */
export function readPartnerCsv(
  source: Blob | ReadableStream<Uint8Array | string> | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> | Uint8Array | ArrayBuffer | string,
  options?: ReadPartnerCsvOptions,
): Promise<PartnerCsvResult>;
