// Serves the demo (www/) and the built package (pkg/, at /pkg/) on http://127.0.0.1:$PORT.
// Static files only; a request outside those two folders gets 404.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.PORT || 8080);
const host = process.env.HOST || "127.0.0.1";
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
};

function resolve(urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split("?")[0]));
  const [base, rest] = path.startsWith(`${sep}pkg${sep}`) ? ["pkg", path.slice(5)] : ["www", path];
  const file = join(root, base, rest.endsWith(sep) ? join(rest, "index.html") : rest);
  return file.startsWith(join(root, base)) ? file : null;
}

createServer(async (req, res) => {
  try {
    const file = resolve(req.url || "/");
    if (!file || !(await stat(file)).isFile()) throw new Error("not found");
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
}).listen(port, host, () => console.log(`demo: http://${host}:${port}/`));
