// The benchmarks' page server: files under `root` from 127.0.0.1 on a free port (tools/bench.mjs,
// tools/bench-csv.mjs). Loopback only; nothing outside `root` is meant to be asked for.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const types = { ".js": "text/javascript", ".mjs": "text/javascript", ".html": "text/html", ".wasm": "application/wasm", ".json": "application/json" };

/** Starts the server; resolves once it listens (`server.address().port`). */
export async function serveStatic(root) {
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": types[path.slice(path.lastIndexOf("."))] ?? "text/plain" });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return server;
}
