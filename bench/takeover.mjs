// Taking server HTML over in the browser: a clean client render (what dist/ipw.js does) vs Lit hydration.
//
//   node bench/takeover.mjs        (after `npm run build`; TAKEOVER_LOADS=n instead of 25 loads per variant)
//
// 1. Bundles, built into a temporary folder from copies of src/ with the plugins of rollup.config.mjs's first
//    config, all alike (dynamic imports inlined: ~500 B more than dist/ipw.js): clean (src/define.ts, as
//    dist/ipw.js); hydrate-as-is (@lit-labs/ssr-client/lit-element-hydrate-support.js, then src/ unchanged);
//    hydrate (the same without the library's clearing of the server HTML, CLEARING below); hydrate-eager (also
//    without its wait for the feed, WAITING: Lit's own timing). Prints their gzip -9 sizes.
// 2. Pages from one snippet (<ipw-feed>: a card, a list, a topic list, a timeline, two badges; the default feed)
//    rendered by dist/server's renderHtml (dist/ and src/ must match: hydration compares template digests), the
//    feed fetched by the browser (`src`), inline in the page (`inline`), or newer than the server's (`newer`).
// 3. Pre-flight, every bundle on every page once, in headless Chromium: console errors, never live, drawn twice,
//    not shown, unstyled, text other than the server's (or, on `newer`, the newer feed's not shown), deaf to `lang`.
// 4. Timed, clean and hydrate on `src` and `inline`, LOADS loads each, a fresh tab per load, taking turns:
//    live = navigation start → every ipw-* element has rendered with its data (when the last one's updated()
//    returns: a script injected before the page wraps updated() of each element class); define→live = the same
//    from the bundle's first customElements.define; script, task = Chromium's ScriptDuration and TaskDuration
//    (CDP Performance.getMetrics); the largest CLS; and in how many loads there were console errors or warnings,
//    content drawn twice, text other than the server's, or no live state within 5 s.
// Prints medians [p90], then hydrate / clean on the same page (below 1: hydration takes less) and the bytes.
// Figures only: nothing passes or fails on timing, and it exits 0 whatever they are.
/* global process */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { WIDGETS } from '../test/fixtures/server-widgets.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOADS = Number(process.env.TAKEOVER_LOADS) || 25;
const WARMUP = 3;
const html = (bundle, body) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>Takeover</title>
<script type="module" src="${bundle}.js"></script>${body}`;
const SUPPORT = '@lit-labs/ssr-client/lit-element-hydrate-support.js';
const TITLE = 'WIPO–CIPO Executive Training Program';
// [file in src/, text, replacement]. Hydration needs the server's DOM and Lit's markers in place; the library
// clears them before its first render: in update() for a widget, in createRenderRoot() for <ipw-feed> (whose
// server <slot> goes, and with it everything inside until <ipw-feed> renders again).
const CLEARING = [
  ['components/base.ts', 'if (this.served) this.renderRoot.replaceChildren();', '/* removed: clearing */'],
  ['components/feed/ipw-feed.ts', 'root.replaceChildren();', '/* removed: clearing */'],
];
const WAITING = ['components/base.ts', 'override shouldUpdate() {', 'override shouldUpdate() {\n    return true;'];
/** Each bundle: whether it loads Lit's hydrate support first, and what its copy of src/ loses. */
const BUNDLES = {
  clean: [false, []],
  'hydrate-as-is': [true, []],
  hydrate: [true, CLEARING],
  'hydrate-eager': [true, [...CLEARING, WAITING]],
};

/** The q-quantile (nearest rank) of xs; NaN for none. */
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * q)] ?? NaN;
const median = (xs) => quantile(xs, 0.5);
const fmt = (x, digits = 1) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
const mp = (xs) => `${fmt(median(xs))} [${fmt(quantile(xs, 0.9))}]`.padEnd(15);
const count = (xs) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map())];
const log = (...args) => console.log(...args);

process.chdir(ROOT); // rollup.config.mjs names tsconfig.json from here
const { default: configs } = await import('../rollup.config.mjs');
const { renderHtml } = await import('../dist/server/index.js');
const tmp = mkdtempSync(join(os.tmpdir(), 'ipw-takeover-'));
const www = join(tmp, 'www');
let server;
let browser;
try {
  // 1. The bundles, from copies of src/ beside a link to node_modules (for `lit` to resolve from there).
  log('takeover: building the bundles (gzip -9)…');
  mkdirSync(join(www, 'images'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
  const gz = { 'dist/ipw.js': gzipSync(readFileSync(join(ROOT, 'dist/ipw.js')), { level: 9 }).length };
  for (const [name, [hydrates, patches]] of Object.entries(BUNDLES)) {
    cpSync(join(ROOT, 'src'), join(tmp, name), { recursive: true });
    for (const [file, text, replacement] of patches) {
      const source = readFileSync(join(tmp, name, file), 'utf8');
      if (!source.includes(text)) throw new Error(`src/${file} no longer has \`${text}\`: update the patches`);
      writeFileSync(join(tmp, name, file), source.replace(text, replacement));
    }
    const input = join(tmp, `${name}.js`);
    writeFileSync(input, `${hydrates ? `import '${SUPPORT}';\n` : ''}import './${name}/define.ts';\n`);
    const build = await rollup({ input, plugins: configs[0].plugins, preserveEntrySignatures: 'allow-extension' });
    await build.write({ file: join(www, `${name}.js`), format: 'es', inlineDynamicImports: true });
    await build.close();
    gz[name] = gzipSync(readFileSync(join(www, `${name}.js`)), { level: 9 }).length;
  }
  for (const [name, bytes] of Object.entries(gz)) log(`  ${name.padEnd(14)} ${bytes.toLocaleString('en')} B`);
  log(`  hydrate support alone: ${gz['hydrate-as-is'] - gz.clean} B (hydrate-as-is − clean, same source)`);

  // 2. The pages, rendered on the server, each beside the feed and its image (the page's base is feeds/).
  const feedText = readFileSync(join(ROOT, 'feeds/wipo-cipo-2024.json'), 'utf8');
  writeFileSync(join(www, 'wipo-cipo-2024.json'), feedText);
  cpSync(join(ROOT, 'feeds/images/wipo-cipo-2024.svg'), join(www, 'images/wipo-cipo-2024.svg'));
  const render = (snippet) => renderHtml(snippet, { base: pathToFileURL(join(ROOT, 'feeds/')), lang: 'en' });
  const PAGES = {
    src: await render(`<ipw-feed src="wipo-cipo-2024.json">${WIDGETS}</ipw-feed>`),
    inline: await render(`<ipw-feed><script type="application/json">${feedText}</script>${WIDGETS}</ipw-feed>`),
  };
  // Pre-flight only: the server rendered the feed of a moment ago; the browser gets one with a program's new title.
  PAGES.newer = PAGES.src.replace('src="wipo-cipo-2024.json"', 'src="newer.json"');
  writeFileSync(join(www, 'newer.json'), feedText.replace(`"${TITLE}"`, `"${TITLE} (updated)"`));
  for (const [mode, body] of Object.entries(PAGES))
    for (const bundle of Object.keys(BUNDLES)) writeFileSync(join(www, `${mode}-${bundle}.html`), html(bundle, body));
  server = await serve(www);
  const origin = `http://127.0.0.1:${server.address().port}/`;
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });

  // 3. Pre-flight: what each bundle does with each page, once.
  log('\ntakeover: pre-flight, one load each');
  for (const bundle of Object.keys(BUNDLES))
    for (const mode of Object.keys(PAGES)) {
      const r = await load(`${origin}${mode}-${bundle}.html`, true);
      const flaws = [
        r.live === undefined && 'never live (5 s)',
        r.twice && 'content drawn twice',
        r.hidden && `not shown (no box): ${r.hidden}`,
        r.unstyled && `unstyled: ${r.unstyled}`,
        mode !== 'newer' && r.changed && `text not the server's: ${r.changed}`,
        mode === 'newer' && !r.updated && "the newer feed's title not shown (the server's stays)",
        !r.langSwitch && 'deaf to a lang change',
      ];
      log(`  ${`${bundle}, ${mode}`.padEnd(21)} live ${fmt(r.live)} ms; ${flaws.filter(Boolean).join('; ') || 'ok'}`);
      for (const [message, n] of count(r.errors)) log(`      console: ${n}× ${message.slice(0, 240)}`);
    }

  // 4. The timed loads: clean and hydrate on both pages, the order rotating each round.
  const VARIANTS = ['src', 'inline'].flatMap((mode) => ['clean', 'hydrate'].map((bundle) => ({ mode, bundle })));
  const samples = new Map(VARIANTS.map((v) => [v, []]));
  log(`\ntakeover: ${WARMUP} warm-up rounds, then ${LOADS} loads of each of ${VARIANTS.length} variants…`);
  for (let round = -WARMUP; round < LOADS; round++)
    for (let i = 0; i < VARIANTS.length; i++) {
      const v = VARIANTS[(i + Math.max(round, 0)) % VARIANTS.length];
      const r = await load(`${origin}${v.mode}-${v.bundle}.html`);
      if (round >= 0) samples.get(v).push({ ...r, 'define→live': r.live - r.defined });
    }

  const KEYS = ['live', 'define→live', 'script', 'task'];
  const FLAWS = [(r) => r.errors.length, (r) => r.twice, (r) => r.changed, (r) => r.live === undefined];
  const of = (v, key) => samples.get(v).flatMap((r) => (Number.isNaN(r[key] ?? NaN) ? [] : [r[key]]));
  log(`\n=== Taking server HTML over: ${LOADS} loads each, median [p90] in ms ===`);
  const head = KEYS.map((k) => k.padEnd(15)).join(' ');
  log(`${'variant'.padEnd(16)} ${head} CLS max  loads with errors/twice/other text/never live`);
  for (const v of VARIANTS) {
    const flaws = FLAWS.map((f) => samples.get(v).filter(f).length).join('/');
    const cls = fmt(Math.max(...of(v, 'cls')), 3).padEnd(8);
    log(`${`${v.bundle}, ${v.mode}`.padEnd(16)} ${KEYS.map((k) => mp(of(v, k))).join(' ')} ${cls} ${flaws}`);
  }
  log('\nhydrate / clean on the same page (ratio of medians; below 1: hydration takes less):');
  for (const mode of ['src', 'inline']) {
    const [clean, hydrate] = ['clean', 'hydrate'].map((b) => VARIANTS.find((v) => v.mode === mode && v.bundle === b));
    const ratio = (k) => `${k} ${(median(of(hydrate, k)) / median(of(clean, k))).toFixed(2)}×`;
    log(`  ${mode.padEnd(7)} ${KEYS.map(ratio).join(', ')}`);
  }
  log(`  bytes   ${(gz.hydrate / gz.clean).toFixed(2)}× (gzip -9: +${gz.hydrate - gz.clean} B for every visitor)`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
}

/** One load in a fresh tab: what the injected probe saw, Chromium's script and task time, console errors. */
async function load(url, full = false) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && errors.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.evaluateOnNewDocument(probe);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__takeover.live !== undefined, { timeout: 5000 }).catch(() => {});
  const r = await page.evaluate(() => window.__takeover.report());
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name).value * 1000;
  // The card's title from the newer feed (page `newer`); then, live after: it follows a change of language.
  if (full) {
    r.updated = await page.evaluate(() =>
      /\(updated\)/.test(document.querySelector('ipw-program-card').shadowRoot.textContent),
    );
    await page.evaluate(() => (document.documentElement.lang = 'fr'));
    const fr = () => /octobre/.test(document.querySelector('ipw-program-card').shadowRoot.textContent);
    r.langSwitch = !!(await page.waitForFunction(fr, { timeout: 3000 }).catch(() => false));
  }
  await page.close();
  return { ...r, script: metric('ScriptDuration'), task: metric('TaskDuration'), errors };
}

/** In the page, before anything else: when every ipw-* element is live, the layout shifts, the server's text. */
function probe() {
  const t = (window.__takeover = { live: undefined, defined: undefined, cls: 0 });
  let served = [];
  const all = () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ipw-'));
  const widgets = () => all().filter((e) => e.localName !== 'ipw-feed');
  const text = (e) =>
    [...(e.shadowRoot?.querySelectorAll('[part=base]') ?? [])].map((b) => b.textContent.replace(/\s+/g, ' ').trim());
  // Rendered by the element with its data: not loading, not blank (an <ipw-feed> draws a slot).
  const isLive = (e) =>
    customElements.get(e.localName) &&
    e.hasUpdated &&
    !e.isUpdatePending &&
    e.shadowRoot.querySelector(e.localName === 'ipw-feed' ? 'slot' : '[part=base]:not([aria-busy])');
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, element, options) {
    t.defined ??= performance.now();
    const updated = element.prototype.updated;
    element.prototype.updated = function (changed) {
      updated?.call(this, changed);
      if (t.live === undefined && all().every(isLive)) t.live = performance.now();
    };
    return define.call(this, name, element, options);
  };
  // Parsed, and no module has run yet: the server's text.
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') served = widgets().map((w) => text(w).join('|'));
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) t.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const names = (ws, has) => {
    const hit = ws.flatMap((w, i) => (has(w, i) ? [w.localName] : []));
    return hit.length && hit.length === ws.length ? `all ${ws.length} widgets` : hit.join(', ');
  };
  // Two frames later, for the layout shifts of the last render to be reported.
  t.report = async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const ws = widgets();
    return {
      live: t.live,
      defined: t.defined,
      cls: t.cls,
      twice: ws.some((w) => w.shadowRoot.querySelectorAll('[part=base]').length > 1),
      hidden: names(ws, (w) => !w.getBoundingClientRect().height),
      unstyled: names(ws, (w) => !w.shadowRoot.adoptedStyleSheets.length && !w.shadowRoot.querySelector('style')),
      changed: names(ws, (w, i) => text(w).join('|') !== served[i]),
    };
  };
}

/** A static server for `dir` on 127.0.0.1, on a free port; nothing cached. */
function serve(dir) {
  const TYPES = { html: 'text/html', js: 'text/javascript', json: 'application/json', svg: 'image/svg+xml' };
  const s = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://localhost').pathname).slice(1);
    try {
      const body = readFileSync(join(dir, name.replaceAll('..', '')));
      res.writeHead(200, {
        'content-type': `${TYPES[extname(name).slice(1)]}; charset=utf-8`,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}
