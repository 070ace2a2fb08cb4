// A small static file server for the built site (npm start, the browser tests, the benchmarks).
// Clean URLs as Framework links them (/foo → foo.html), gzip when the client accepts it,
// 127.0.0.1 only.
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize, sep} from "node:path";
import {createGzip} from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".arrow": "application/vnd.apache.arrow.file",
  ".parquet": "application/vnd.apache.parquet",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2"
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".arrow", ".wasm", ".csv", ".txt", ".svg"]);

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  port?: number;
  /** Extra response headers per file path (e.g. a Content-Security-Policy for HTML). */
  headers?: (filePath: string) => Record<string, string>;
}

/** Map a request path to a file under `root`, or null (path traversal is refused). */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const tries = path.endsWith("/") ? [join(candidate, "index.html")] : [candidate, `${candidate}.html`, join(candidate, "index.html")];
  for (const t of tries) if (existsSync(t) && statSync(t).isFile()) return t;
  return null;
}

export function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, {allow: "GET, HEAD"}).end();
      return;
    }
    const file = resolveRequestPath(root, req.url ?? "/");
    const notFound = resolveRequestPath(root, "/404");
    const target = file ?? notFound;
    if (!target) {
      res.writeHead(404, {"content-type": "text/plain; charset=utf-8"}).end("Sidan finns inte.");
      return;
    }
    const ext = extname(target);
    const headers: Record<string, string> = {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "x-content-type-options": "nosniff",
      "cache-control": "no-cache",
      ...(options.headers?.(target) ?? {})
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    if (gzip) {
      headers["content-encoding"] = "gzip";
      headers["vary"] = "accept-encoding";
    } else {
      headers["content-length"] = String(statSync(target).size);
    }
    res.writeHead(file ? 200 : 404, headers);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    const stream = createReadStream(target);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  };
  const server = createServer(handler);
  // A client that parses a large file before its next request (a test reading the open data's
  // 15 MB CSV of a full snapshot) must not find its kept-alive connection closed under it: Node
  // closes an idle one after 5 s, and a busy event loop let the client reuse it just as it closed
  // (ECONNRESET). A local server can keep them a minute.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const {port} = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        server,
        close: () => new Promise<void>((r) => server.close(() => r()))
      });
    });
  });
}
