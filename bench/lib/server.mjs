// A static file server on 127.0.0.1 for the benchmark pages: /pages/ (bench/pages), /dist/ (the repository's build)
// and /node_modules/ (bench/node_modules, the peers). Nothing else is served.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Starts the server on a free port; `roots` maps a first path segment to a folder. */
export async function serve(roots) {
  const server = createServer(async (request, response) => {
    const file = resolve(roots, new URL(request.url, 'http://127.0.0.1').pathname);
    const info = file && (await stat(file).catch(() => null));
    if (!info?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
}

/** The file a URL path names, or null when it is outside every root (no `..` escapes). */
export function resolve(roots, pathname) {
  const [, first, ...rest] = decodeURIComponent(pathname).split('/');
  const root = roots[first];
  if (!root) return null;
  const file = path.resolve(root, ...rest);
  return file.startsWith(root + path.sep) ? file : null;
}
