// A small static server for the demo: the built bundle, the default feed and
// the demo pages, on localhost only. Usage: node scripts/serve.mjs [port]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SERVED = ['demo', 'dist', 'feeds', 'themes', 'schema'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};
/** Serves the demo on 127.0.0.1; resolves with the server once it listens. */
export function serve(port) {
  const server = createServer(handle);
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function handle(req, res) {
  let path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  if (path === '/') path = '/demo/';
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  const top = file.slice(root.length).split(sep)[0];
  let ok = file.startsWith(root) && SERVED.includes(top);
  try {
    ok &&= statSync(file).isFile();
  } catch {
    ok = false;
  }
  if (!ok) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8000);
  await serve(port);
  console.log(`Demo: http://localhost:${port}/  (news page; playground at /demo/playground.html; Ctrl+C to stop)`);
}
