// A small server for the demo: the built bundle, the default feed and the
// demo pages, on localhost only. The news page is served with its widgets
// already rendered (ip-program-widgets/server), in the language its ?lang=
// asks for; ipw.js then takes them over. Usage: node scripts/serve.mjs [port], or PORT=8001 npm start; without
// either, port 8000, or the next free one when 8000 is taken.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import { LANGUAGES } from '../demo/languages.js';
import { renderHtml } from '../dist/server/index.js';

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
/** Serves the demo on 127.0.0.1; resolves with the server once it listens, rejects if it cannot (`EADDRINUSE`…). */
export function serve(port) {
  const server = createServer(handle);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** The address `npm start` prints: the news page. */
export const DEMO_PATH = '/demo/';

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  // The page's links are relative to its folder: `/` itself would break them.
  if (path === '/' || path === '/demo') {
    res.writeHead(302, { location: DEMO_PATH + url.search }).end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  if (path === '/demo/index.html') return newsPage(req, res, url);
  const file = normalize(join(root, demoFile(path)));
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
  send(req, res, TYPES[extname(file)] ?? 'application/octet-stream', createReadStream(file));
}

/**
 * The file a demo path names, from the repository's root. The playground is a page like a webmaster's: a feed pasted
 * into it finds its images in `images/` beside the page, where the README has them copied; here, the default feed's.
 */
export const demoFile = (path) => (path.startsWith('/demo/images/') ? path.replace('/demo/', '/feeds/') : path);

/** Answers with `body` (a stream or a string), gzipped for text when the client takes it, as a web host does. */
function send(req, res, type, body) {
  const stream = typeof body === 'string' ? Readable.from([body]) : body;
  const gzip =
    /^(text|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    'content-type': type,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

/**
 * The news page, its widgets rendered on the server in the language `lang` asks for (`?lang=fr`, as the page's
 * switch sets it; English otherwise).
 */
export async function renderNewsPage(lang) {
  const file = join(root, 'demo', 'index.html');
  if (!Object.hasOwn(LANGUAGES, lang)) lang = 'en';
  const page = localize(readFileSync(file, 'utf8'), lang);
  return renderHtml(page, { base: pathToFileURL(file), lang: LANGUAGES[lang].tag ?? lang });
}

/** The page's own words outside its `.t` blocks, in `lang`, as news.js sets them in the browser. */
function localize(page, lang) {
  const words = LANGUAGES[lang];
  const text = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  return page
    .replace(/<html lang="en-CA">/, `<html lang="${words.tag ?? lang}" dir="${words.dir}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${text(words.title)}</title>`)
    .replace(/(<meta\s+name="description"\s+content=")[^"]*/, (_, open) => open + text(words.description))
    .replace(/(<ul aria-label=")[^"]*(" class="languages")/, (_, open, close) => open + text(words.languages) + close)
    .replace(/(<option value="(\w+)">)[^<]*/g, (_, open, value) => open + text(words.theme[value]));
}

async function newsPage(req, res, url) {
  send(req, res, TYPES['.html'], await renderNewsPage(url.searchParams.get('lang')));
}

/** The port `npm start` tries first; when it is taken, the next free one up to `DEFAULT_PORT + 20`. */
const DEFAULT_PORT = 8000;

/**
 * Listens on the port asked for (argument, else `PORT`), or on the first free one from 8000. Whatever goes wrong
 * is told in one line, with what to do.
 */
async function start() {
  const asked = process.argv[2] ?? process.env.PORT;
  const first = asked === undefined || asked === '' ? DEFAULT_PORT : Number(asked);
  if (!Number.isInteger(first) || first < 0 || first > 65535)
    return fail(`PORT must be a number from 0 to 65535, got "${asked}".`);
  for (let port = first; ; port++) {
    try {
      const server = await serve(port);
      if (port !== first) console.log(`Port ${first} is in use; serving on ${port} instead.`);
      return server;
    } catch (e) {
      if (e.code === 'EADDRINUSE' && port === first && asked !== undefined && asked !== '')
        return fail(
          `Port ${port} is in use (another \`npm start\`?): stop it, or choose another port: PORT=${port + 1} npm start`,
        );
      if (e.code === 'EADDRINUSE' && port < first + 20) continue;
      if (e.code === 'EADDRINUSE')
        return fail(`Ports ${first} to ${port} are in use: choose a free one with PORT=… npm start`);
      return fail(`Cannot serve on port ${port}: ${e.message}`);
    }
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await start();
  console.log(
    `Demo: http://localhost:${server.address().port}${DEMO_PATH}  (news page; playground at ${DEMO_PATH}playground.html; Ctrl+C to stop)`,
  );
}
