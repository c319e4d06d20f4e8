// What the Node tests share: reading HTML as a crawler does, running a command, and packing the package as a
// user gets it.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The text of HTML as a crawler reads it: tags, comments, scripts and styles out, entities read, whitespace folded. */
export const textOf = (html) =>
  html
    .replace(/<(script|style)\b[^]*?<\/\1>/g, ' ')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The same without the spaces that Intl and the markup put around a range's dash and list commas. */
export const tight = (s) => s.replace(/\s*([–,،])\s*/g, '$1');

/** Runs a command; resolves with what it printed (stdout and stderr), rejects with it. */
export const run = (command, args, cwd, { shell = process.platform === 'win32' } = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, shell });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${out}`)),
    );
  });

/**
 * The package as `npm pack` makes it, from the dist/ there is (`npm test` builds it first; prepack would build it
 * again in the repository), installed in `dir` with `more` packages, from npm's cache where it can.
 */
export async function installPacked(dir, ...more) {
  const packs = await mkdtemp(join(tmpdir(), 'ipw-pack-'));
  try {
    const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packs], root);
    const tarball = join(packs, JSON.parse(packed)[0].filename);
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, ...more], dir);
  } finally {
    await rm(packs, { recursive: true, force: true });
  }
}

/**
 * The demo server as `npm start` runs it once it has built (scripts/serve.mjs), on any free port: resolves with the
 * address it prints, and a function that stops it.
 */
export async function startDemo() {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const address = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /https?:\/\/\S+/.exec(out);
      if (found) resolve(found[0]);
    });
    server.on('exit', (code) => reject(new Error(`the demo server stopped (${code}): ${out}`)));
  });
  return { address, stop: () => server.kill() };
}

const TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
/**
 * A static server for `dir` on 127.0.0.1, as a web host serves a built site: a folder's address gives its
 * index.html. `headers` are sent with every file (a CDN's `access-control-allow-origin`).
 */
export function serve(dir, headers = {}) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    const file = join(dir, path, path.endsWith('/') ? 'index.html' : '');
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers })
        .end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
