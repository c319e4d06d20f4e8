// A small static server for the pre-flight check and the profiler: the repository's bench/, dist/
// and node_modules/ on 127.0.0.1, on a free port. (tachometer serves the timed runs itself.)
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVED = ['bench', 'dist', 'node_modules'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Resolves with `{ server, base }`, `base` being the address of bench/ (ending in a slash). */
export function serveBench() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const file = normalize(join(ROOT, path));
    const top = file.slice(ROOT.length).split(sep)[0];
    let ok = file.startsWith(ROOT) && SERVED.includes(top);
    try {
      ok &&= statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${server.address().port}/bench/` })),
  );
}
