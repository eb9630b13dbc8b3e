// Partner CSV inputs shared by the tests (tests/node/csv-robust.test.mjs) and the benchmark (tools/bench-csv.mjs).

/** 64 MiB of partner CSV written straight into bytes (no 64 MiB string: the baseline stays clean). */
export function csvBytes64() {
  const bytes = new Uint8Array(64 << 20);
  const encoder = new TextEncoder();
  let at = encoder.encodeInto("tenantId,name,country\r\n", bytes).written;
  for (let i = 0; ; i += 1000) {
    let batch = "";
    for (let j = i; j < i + 1000; j++) batch += `${j.toString(16).padStart(8, "0")}-86f1-41af-91ab-2d7cd011db47,Partner ${j},${["FR", "Allemagne", "USA"][j % 3]}\r\n`;
    const { read, written } = encoder.encodeInto(batch, bytes.subarray(at));
    at += written;
    if (read < batch.length) return bytes.subarray(0, at);
  }
}

/** Linux: resets the process's peak RSS (VmHWM) to the current RSS; false where that can't be done. */
export async function resetPeakRss() {
  try {
    const { writeFileSync } = await import("node:fs");
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** Linux: the process's peak RSS in bytes since start or the last resetPeakRss() (VmHWM); null elsewhere. */
export async function peakRss() {
  try {
    const { readFileSync } = await import("node:fs");
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return kb ? Number(kb[1]) * 1024 : null;
  } catch {
    return null;
  }
}
