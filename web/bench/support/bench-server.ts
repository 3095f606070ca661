import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

/**
 * One origin for both pages, so both take the same path: /minimal/* from the baseline's build,
 * everything else (the participant app, its assets, /api) passed through to the running app.
 * Neither side is compressed on the wire (the API serves assets uncompressed too); weights are
 * gzipped by the benchmark itself.
 */
export function startBenchServer(appUrl: string, minimalDist: string): Promise<BenchServer> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bench');
    if (url.pathname.startsWith('/minimal/')) {
      const relative = url.pathname.slice('/minimal/'.length) || 'index.html';
      const file = path.join(minimalDist, path.normalize(relative).replace(/^(\.\.[/\\])+/, ''));
      readFile(file).then(
        (body) => {
          response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
          response.end(body);
        },
        () => {
          response.writeHead(404);
          response.end();
        },
      );
      return;
    }
    const upstream = http.request(`${appUrl}${request.url ?? '/'}`, { method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => {
      response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
