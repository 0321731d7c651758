// A static host for the benchmarks' byte counts: clean URLs, and gzip for text
// when the browser asks for it, as GitHub Pages and most hosts do; Pagefind's
// binary files (index, meta, fragments, wasm: stored gzipped) go as they are.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml' };

export async function serveLikeAHost(out: string): Promise<{ url: string; close: () => Promise<void> }> {
  const httpServer = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(out, path);
    if (!file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)];
    const body = readFileSync(file);
    if (type && /\bgzip\b/.test(String(req.headers['accept-encoding']))) res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' }).end(gzipSync(body));
    else res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => httpServer.close(() => r())) };
}
