// Opens every story and docs page of the static Storybook (storybook-static/, from `npm run build-storybook`) in
// headless Chromium and fails on a story that throws, never leaves its skeleton, ends in another state than the one
// it is about (tags `loading`, `error`, `empty`), or logs a console error it should not. One line per page.
// Usage: node scripts/check-storybook.mjs [part of a story id]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
if (!existsSync(join(root, 'index.json'))) {
  console.error('check-storybook: no storybook-static/index.json; run `npm run build-storybook` first');
  process.exit(1);
}
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  if (path.endsWith('/')) path += 'index.html';
  if (path === '/favicon.ico') path = '/favicon.svg'; // the browser asks for it; a 404 would be a console error
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// In the page: the state of every widget in the story, or null while one is still rendering.
const probe = (expected) => {
  if (document.body.classList.contains('sb-show-errordisplay'))
    return { thrown: document.querySelector('#error-message')?.textContent || 'the story threw' };
  const widgets = [...document.querySelectorAll('#storybook-root *')].filter((e) => /^ipw-(?!feed$)/.test(e.localName));
  const states = widgets.map((w) => {
    const base = w.shadowRoot?.querySelector('[part=base]');
    if (!base?.textContent.trim()) return 'nothing';
    // Widgets set their text color from --ipw-text or their own default, never the page's: if it is the page's, the
    // custom properties did not resolve (as when a bundler rewrites light-dark() in a preset).
    if (getComputedStyle(base).color === getComputedStyle(w.closest('[data-frame]')).color) return 'unstyled';
    return ['skeleton', 'error', 'empty'].find((p) => base.querySelector(`[part=${p}]`)) ?? 'data';
  });
  const done = widgets.length && states.every((s) => s !== 'nothing' && (s !== 'skeleton' || expected === 'skeleton'));
  return done ? { states } : null;
};
const docsReady = () => (document.querySelector('#storybook-docs .sbdocs-content')?.textContent.trim().length ?? 0) > 0;

// The state a story tagged `loading`, `error` or `empty` ends in; other stories show their content (`data`).
const STATES = { loading: 'skeleton', error: 'error', empty: 'empty' };

// Widgets report their own errors on the console, and the browser each failed request: expected in error stories.
const EXPECTED_ERROR = /^(ipw-feed: |<ipw-[a-z-]+>: |Failed to load resource)/;

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
let logged = [];
page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
page.on('pageerror', (e) => logged.push(`page error: ${e.message}`));

// `node scripts/check-storybook.mjs program-card`: only the pages whose id contains that.
const only = process.argv[2] ?? '';
const entries = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter((e) =>
  e.id.includes(only),
);
const failures = [];
const started = Date.now();
for (const { id, type, tags = [] } of entries) {
  const expected = STATES[Object.keys(STATES).find((t) => tags.includes(t))] ?? 'data';
  const errorsAllowed = expected === 'error' || (type === 'docs' && tags.includes('autodocs'));
  const problems = [];
  const t0 = Date.now();
  let state = type === 'docs' ? 'docs' : expected;
  // The page before may still be retrying a feed (a docs page renders the network-error story): end it first, so
  // that what it says later is not taken for this page's.
  await page.goto('about:blank');
  logged = [];
  try {
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=${type === 'docs' ? 'docs' : 'story'}`);
    if (type === 'docs') {
      await page.waitForFunction(docsReady, { timeout: 15000 });
      await new Promise((r) => setTimeout(r, 2000)); // the stories on the page load their feeds
    } else {
      const handle = await page.waitForFunction(probe, { timeout: 15000, polling: 50 }, expected);
      let result = await handle.jsonValue();
      if (expected === 'skeleton') {
        await new Promise((r) => setTimeout(r, 500)); // and still loading a moment later
        result = (await page.evaluate(probe, expected)) ?? { states: ['nothing'] };
      }
      if (result.thrown) problems.push(`threw: ${result.thrown}`);
      else if (result.states.some((s) => s !== expected)) problems.push(`expected ${expected}, got ${result.states}`);
      state = result.states?.join(',') ?? 'threw';
    }
  } catch (e) {
    problems.push(e.name === 'TimeoutError' ? 'still rendering after 15 s' : e.message);
  }
  problems.push(...logged.filter((m) => !(errorsAllowed && EXPECTED_ERROR.test(m))).map((m) => `console: ${m}`));
  const time = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${id}  ${state}  ${time} s`);
  for (const p of problems) console.log(`       ${p}`);
  if (problems.length) failures.push(id);
}
await browser.close();
server.close();
const total = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `check-storybook: ${entries.length} pages in ${total} s, ${failures.length} failed${failures.length ? ': ' + failures.join(', ') : ''}`,
);
process.exit(failures.length ? 1 : 0);
