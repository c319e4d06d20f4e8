// The benchmarks: `npm run bench` builds, then runs this.
//
// 1. Writes the inputs (bench/generate.mjs → bench/generated/).
// 2. Pre-flight: opens every page once in headless Chromium (puppeteer-core), checks that it
//    measures without error, and that the vanilla and Web Awesome pages show the same text as
//    <ipw-program-list>. A broken page stops here, before minutes of sampling.
// 3. One tachometer run per comparison (pages of a comparison interleaved, side by side, in one
//    browser), on tachometer's own server rooted at the repository (bench/, dist/ and
//    node_modules/ reachable), headless Chromium with scripts/find-chrome.mjs's flags, a fixed
//    sample size (no auto-sampling, so the run takes a known time).
// 4. Prints each ratio with its 95% confidence interval and writes bench/RESULTS.md.
//
// Options: BENCH_SAMPLES=n overrides every sample size (e.g. 5 for a smoke run);
//          BENCH_ONLY=list,parse runs only those comparisons (list, widgets, parse, long, lang).
/* global process */
import { execFileSync, execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import chromedriver from 'chromedriver';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { generate, OUT, writeJson } from './generate.mjs';
import { serveBench } from './lib/server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const started = Date.now();
const chrome = findChrome();
findChromedriver();
const override = Number(process.env.BENCH_SAMPLES) || undefined;
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());

/** Selenium needs the chromedriver that matches Chromium: Debian's, installed here as root when missing. */
function findChromedriver() {
  // bench/chromedriver (the `chromedriver` package here) names the system's driver, or `chromedriver` for PATH.
  if (chromedriver.path !== 'chromedriver') return;
  try {
    execSync('command -v chromedriver', { stdio: 'ignore' });
    return;
  } catch {
    // not on PATH either
  }
  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.log('No chromedriver found: installing Debian’s chromium-driver package…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-driver', {
      stdio: 'inherit',
    });
    return;
  }
  console.error(
    'No chromedriver found. Install the one for your Chromium (Debian: apt-get install chromium-driver) or set CHROMEDRIVER_PATH.',
  );
  process.exit(1);
}

/** The tachometer runs: each compares its pages side by side, in one browser, interleaved. */
const RUNS = [
  {
    id: 'list',
    title: "500 program cards: <ipw-program-list>, vanilla, Web Awesome, Lit's floor",
    samples: 100,
    measurements: ['render', 'render+layout'],
    pages: [
      { name: 'ipw-program-list', url: 'list.html' },
      { name: 'vanilla', url: 'vanilla.html' },
      { name: 'webawesome', url: 'webawesome.html' },
      { name: 'lit', url: 'lit.html' },
    ],
  },
  {
    id: 'widgets',
    title: 'Widgets on one feed: 20 vs 1',
    samples: 80,
    measurements: ['render'],
    pages: [
      { name: '20 widgets', url: 'widgets.html?widgets=20' },
      { name: '1 widget', url: 'widgets.html?widgets=1' },
    ],
  },
  {
    id: 'parse',
    title: 'Parsing a 2,000-program feed: parseFeed vs JSON.parse',
    samples: 120,
    measurements: ['parse'],
    pages: [
      { name: 'parseFeed', url: 'parse.html?parser=parseFeed' },
      { name: 'JSON.parse', url: 'parse.html?parser=json' },
    ],
  },
  {
    id: 'long',
    title: 'A 10,000-program feed: the first cards laid out, a page of 24 vs every card at once',
    samples: 10,
    measurements: ['first-cards'],
    pages: [
      { name: 'a page of 24', url: 'long.html' },
      { name: 'all 10,000', url: 'long.html?page-size=10000' },
    ],
  },
  {
    id: 'lang',
    title: 'Switching lang en → fr on 100 cards (vs their first render)',
    samples: 100,
    measurements: ['lang-switch', 'first-render'],
    pages: [{ name: '100 cards', url: 'lang.html' }],
  },
].filter((r) => !only || only.includes(r.id));

/** The figures: a / b, from one run each; `target` is the most a / b may be. */
const FIGURES = [
  {
    n: 1,
    label: '`<ipw-program-list>` ×500 vs vanilla `<template>` clone',
    run: 'list',
    a: ['ipw-program-list', 'render'],
    b: ['vanilla', 'render'],
    target: 1.3,
    also: 'render+layout',
  },
  {
    n: 2,
    label: '`<ipw-program-list>` ×500 vs Web Awesome `wa-card` ×500',
    run: 'list',
    a: ['ipw-program-list', 'render'],
    b: ['webawesome', 'render'],
    target: 1,
    strict: true,
    also: 'render+layout',
  },
  {
    n: 3,
    label: '20 widgets on one feed, feed arrival → all rendered (vs 1 widget); requests asserted = 1',
    run: 'widgets',
    a: ['20 widgets', 'render'],
    b: ['1 widget', 'render'],
  },
  {
    n: 4,
    label: '`parseFeed` vs `JSON.parse`, 2,000 programs',
    run: 'parse',
    a: ['parseFeed', 'parse'],
    b: ['JSON.parse', 'parse'],
    target: 2,
  },
  {
    n: 5,
    label: '`lang` en → fr on 100 cards, all re-rendered (vs their first render)',
    run: 'lang',
    a: ['100 cards', 'lang-switch'],
    b: ['100 cards', 'first-render'],
  },
  {
    n: 6,
    label: '`<ipw-program-list>` of a 10,000-program feed, to its first cards laid out: a page of 24 vs all at once',
    run: 'long',
    a: ['a page of 24', 'first-cards'],
    b: ['all 10,000', 'first-cards'],
  },
  {
    n: 7,
    label: "Lit's floor: the same cards, one Lit template each, no validation or shadow root, vs vanilla",
    run: 'list',
    a: ['lit', 'render'],
    b: ['vanilla', 'render'],
    also: 'render+layout',
  },
].filter((f) => RUNS.some((r) => r.id === f.run));

// ---------------------------------------------------------------------------------------------

const log = (...args) => console.log(...args);
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

log('bench: generating inputs…');
for (const { file, size, bytes } of await generate())
  log(`  ${file.slice(ROOT.length)}: ${size} programs, ${(bytes / 1024).toFixed(0)} KB`);
for (const needed of ['dist/ipw.js', 'dist/feed/validate.js', 'node_modules/@awesome.me/webawesome/dist-cdn'])
  if (!existsSync(join(ROOT, needed)))
    throw new Error(`${needed} is missing: run \`npm run build\` / \`npm ci\` first`);

await preflight();

const results = {};
for (const run of RUNS) results[run.id] = await tachometer(run);

const figures = FIGURES.map((f) => ({ ...f, ...ratio(results[f.run], f.a, f.b) }));
const secondary = FIGURES.filter((f) => f.also).map((f) => ({
  ...f,
  ...ratio(results[f.run], [f.a[0], f.also], [f.b[0], f.also]),
}));

log('\n=== Results (ratio a / b, 95% confidence interval) ===');
for (const f of figures)
  log(`${f.n}. ${plain(f.label)}: ${fmtRatio(f)}${f.target ? `  target ${targetText(f)}: ${verdict(f)}` : ''}`);
for (const f of secondary) log(`   (${f.n} incl. style+layout: ${fmtRatio(f)})`);
const elapsed = Date.now() - started;
log(`\nbench: done in ${seconds(elapsed)} (after the build); writing bench/RESULTS.md`);
writeFileSync(join(BENCH, 'RESULTS.md'), report(elapsed));

// ---------------------------------------------------------------------------------------------

async function preflight() {
  log('bench: pre-flight (every page once, and the same text on the three card pages)…');
  const { default: puppeteer } = await import('puppeteer-core');
  const { server, base } = await serveBench();
  const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
  const problems = [];
  const cards = {};
  try {
    for (const run of RUNS)
      for (const { name, url } of run.pages) {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
        page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
        await page.goto(base + url);
        await page.waitForFunction(() => window.ipwBench?.done, { timeout: 30_000 }).catch(() => {});
        const { error, results } = await page.evaluate(() => ({
          error: window.ipwBench?.error ?? (window.ipwBench?.done ? undefined : 'no result within 30 s'),
          results: { ...window.ipwBench?.results },
        }));
        if (error || errors.length) problems.push(`${url}: ${error ?? ''} ${errors.join('; ')}`);
        const shown = Object.entries(results)
          .map(([k, v]) => `${k} ${run.measurements.includes(k) ? `${v.toFixed(1)} ms` : v}`)
          .join(', ');
        log(`  ${url}: ${error ? 'FAILED' : 'ok'}${shown ? ` (one sample: ${shown})` : ''}`);
        if (run.id === 'list') cards[name] = await page.evaluate(cardTexts);
        await page.close();
      }
  } finally {
    await browser.close();
    server.close();
  }
  if (cards.vanilla) {
    for (const other of ['ipw-program-list', 'webawesome']) {
      const a = cards[other];
      const b = cards.vanilla;
      const diff = a.findIndex((card, i) => JSON.stringify(card) !== JSON.stringify(b[i]));
      if (a.length !== 500 || b.length !== 500 || diff >= 0)
        problems.push(
          `${other} and vanilla cards differ (${a.length} vs ${b.length} cards; first difference at card ${diff}):\n` +
            `    ${other}: ${JSON.stringify(a[diff])}\n    vanilla: ${JSON.stringify(b[diff])}`,
        );
    }
    if (problems.length === 0) log('  same text, element by element, in all 500 cards of the three pages');
  }
  if (problems.length) {
    console.error(`\nbench: PRE-FLIGHT FAILED\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

/** In the page: each card as its text-bearing elements in order, `tag: text`, whitespace collapsed. */
function cardTexts() {
  const list = document.querySelector('ipw-program-list');
  const root = list ? list.shadowRoot : document;
  const cards = root.querySelectorAll(list ? 'article' : 'article, wa-card');
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  return [...cards].map((card) =>
    [...card.querySelectorAll('h3, p, dt, dd, time, li, a, span')].map(
      (el) => `${el.localName}${el.localName === 'time' ? `[${el.dateTime}]` : ''}: ${squash(el.textContent)}`,
    ),
  );
}

/** Runs one comparison with tachometer; resolves with its JSON results. */
async function tachometer(run) {
  mkdirSync(OUT, { recursive: true });
  const config = join(OUT, `tachometer-${run.id}.json`);
  const json = join(OUT, `results-${run.id}.json`);
  const sampleSize = override ?? run.samples;
  rmSync(json, { force: true });
  await writeJson(config, {
    $schema: '../../node_modules/tachometer/config.schema.json',
    root: '../..',
    sampleSize,
    timeout: 0,
    resolveBareModules: false,
    benchmarks: run.pages.map(({ name, url }) => ({
      name,
      url: `../${url}`,
      measurement: run.measurements.map((m) => ({
        name: m,
        mode: 'expression',
        expression: `window.ipwBench && window.ipwBench.get(${JSON.stringify(m)})`,
      })),
      browser: {
        name: 'chrome',
        headless: true,
        binary: chrome,
        addArguments: CHROME_ARGS.filter((a) => a !== '--headless'),
      },
    })),
  });
  log(`\nbench: ${run.title} — tachometer, ${sampleSize} samples per page`);
  const t0 = Date.now();
  await new Promise((resolve, reject) => {
    // In its own process group: when tachometer stops on an error it leaves its chromedriver and Chromium
    // running, and they are in that group, so ending the group ends exactly what this run started.
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/tachometer/bin/tach.js'), '--config', config, '--json-file', json],
      {
        cwd: ROOT,
        stdio: 'inherit',
        detached: true,
        env: { ...process.env, SE_OFFLINE: 'true', SE_AVOID_STATS: 'true' },
      },
    );
    const end = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const interrupted = () => {
      end();
      process.exit(130);
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    child.on('error', reject);
    child.on('exit', (code) => {
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
      end();
      if (code === 0) resolve();
      else reject(new Error(`tachometer failed (exit ${code}) on ${run.id}: see above`));
    });
  });
  const out = JSON.parse(readFileSync(json, 'utf8'));
  await writeJson(json, out);
  out.seconds = (Date.now() - t0) / 1000;
  out.sampleSize = sampleSize;
  return out;
}

/** The ratio a / b of two results of one run, from tachometer's relative difference and its 95% CI. */
function ratio(result, [pageA, measureA], [pageB, measureB]) {
  const names = result.benchmarks.map((b) => b.name);
  const find = (page, measure) => {
    const i = names.findIndex((n) => n === `${page} [${measure}]` || n === page);
    if (i < 0) throw new Error(`no result ${page} [${measure}] in ${names.join(', ')}`);
    return i;
  };
  const i = find(pageA, measureA);
  const j = find(pageB, measureB);
  const a = result.benchmarks[i];
  const b = result.benchmarks[j];
  const { low, high } = a.differences[j].percentChange;
  const mean = (x) => x.samples.reduce((s, v) => s + v, 0) / x.samples.length;
  return {
    ratio: mean(a) / mean(b),
    low: 1 + low / 100,
    high: 1 + high / 100,
    meanA: mean(a),
    meanB: mean(b),
    ciA: a.mean,
    ciB: b.mean,
    samples: a.samples.length,
    userAgent: a.browser?.userAgent,
  };
}

function fmtRatio(f) {
  return `${f.ratio.toFixed(2)}× [${f.low.toFixed(2)}, ${f.high.toFixed(2)}] (${f.meanA.toFixed(1)} ms / ${f.meanB.toFixed(1)} ms)`;
}
function targetText(f) {
  return f.strict ? `< ${f.target}×` : `≤ ${f.target}×`;
}
/** Met when the whole CI is within the target, missed when the whole CI is beyond it. */
function verdict(f) {
  if (!f.target) return '—';
  if (f.strict ? f.high < f.target : f.high <= f.target) return 'met';
  if (f.strict ? f.low >= f.target : f.low > f.target) return 'MISSED';
  return 'inconclusive (CI spans the target)';
}
function plain(s) {
  return s.replace(/`/g, '');
}
function version(pkg) {
  const dir = pkg === '..' ? ROOT : join(ROOT, 'node_modules', pkg);
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}
function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
}

function report(elapsed) {
  const osName = existsSync('/etc/os-release')
    ? (readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1] ?? os.type())
    : `${os.type()} ${os.release()}`;
  const cpus = os.cpus();
  const ua = figures.find((f) => f.userAgent)?.userAgent ?? '';
  const bundledLit = readFileSync(join(ROOT, 'dist/ipw.js'), 'utf8').match(
    /litHtmlVersions\?\?=\[\]\)\.push\("([\d.]+)"\)/,
  )?.[1];
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['status', '--porcelain', '--', 'src']).split('\n').filter(Boolean).length;
  const row = (f) =>
    `| ${f.n} | ${f.label} | ${f.meanA.toFixed(1)} ms [${f.ciA.low.toFixed(1)}, ${f.ciA.high.toFixed(1)}] | ${f.meanB.toFixed(1)} ms [${f.ciB.low.toFixed(1)}, ${f.ciB.high.toFixed(1)}] | **${f.ratio.toFixed(2)}×** [${f.low.toFixed(2)}, ${f.high.toFixed(2)}] | ${f.target ? targetText(f) : '—'} | ${verdict(f)} |`;
  const runs = RUNS.map(
    (r) =>
      `| ${r.id} | ${r.pages.map((p) => `\`${p.url}\``).join(', ')} | ${r.measurements.join(', ')} | ${results[r.id].sampleSize} | ${results[r.id].seconds.toFixed(0)} s |`,
  );
  return `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}; the whole run took ${seconds(elapsed)} after the build.

## Machine and versions

| | |
|---|---|
| CPU | ${cpus.length} cores, ${cpus[0]?.model ?? '?'} |
| memory | ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB |
| OS | ${osName}, Linux ${os.release()} |
| browser | ${sh(chrome, ['--version']) || '?'} (\`${chrome}\`), headless; user agent \`${ua}\` |
| Node | ${process.version} |
| ip-program-widgets | ${version('..')} at ${commit}${dirty ? ` (+ ${dirty} uncommitted change${dirty > 1 ? 's' : ''} under src/)` : ''}, \`dist/ipw.js\` ${(statSync(join(ROOT, 'dist/ipw.js')).size / 1024).toFixed(1)} KB |
| lit | ${version('lit')} (lit-html ${bundledLit ?? '?'} bundled in \`dist/ipw.js\`) |
| tachometer | ${version('tachometer')} (selenium-webdriver ${version('selenium-webdriver')}, system chromedriver) |
| @awesome.me/webawesome | ${version('@awesome.me/webawesome')} (\`dist-cdn\` build, from node_modules) |

## The comparisons

Ratio = mean of a / mean of b, with tachometer's 95% confidence interval; a and b were measured side by side, interleaved, in one tachometer run. A target is *met* when the whole interval is within it, *missed* when the whole interval is beyond it.

| # | comparison (a vs b) | a: mean [95% CI] | b: mean [95% CI] | a / b [95% CI] | target | verdict |
|---|---|---|---|---|---|---|
${figures.map(row).join('\n')}

Including the forced style recalculation and layout that follow (same runs, second measurement):

| # | comparison | a | b | a / b [95% CI] | target | verdict |
|---|---|---|---|---|---|---|
${secondary.map(row).join('\n')}

${
  results.widgets
    ? 'Comparison 3 asserts in every sample that the feed was requested exactly once (fetch() calls and resource-timing entries), with 14 widgets inside one `<ipw-feed src>` and 6 outside it naming the same URL; a second request fails the run.\n'
    : ''
}
## What is measured

- **1, 2**: \`list.html\` creates \`<ipw-program-list>\`, sets \`.feed\` (the 500-program feed, parsed beforehand), appends it and awaits \`updateComplete\`; the timing includes the library's validation of the \`.feed\` object, which a widget always does. \`vanilla.html\` builds the same cards (same elements and text, checked card by card in the pre-flight) by cloning a \`<template>\`, with the same \`Intl\` formatting and the same newest-first order. \`webawesome.html\` builds the same content inside \`<wa-card>\` (title in the header slot, link in the footer slot) and awaits every card's \`updateComplete\`. *render* stops when the last card is in the DOM; *render+layout* also forces style and layout.
- **3**: \`widgets.html?widgets=20\`: 1 list, 7 cards, 4 topic lists, 3 timelines, 3 badges (6 of them outside the \`<ipw-feed>\`, with their own \`src\`), on the 500-program feed; from the first \`ipw-feed-load\` to every widget showing its content (no skeleton, error or empty state). \`?widgets=1\`: one card.
- **4**: \`parse.html\`: one cold \`parseFeed(text, url)\` (from \`dist/feed/validate.js\`) or \`JSON.parse(text)\` of the same ${(statSync(join(OUT, 'feed-2000.json')).size / 2 ** 20).toFixed(1)} MB text (pretty-printed, as feeds usually are) per page load.
- **6**: \`long.html\`: \`<ipw-program-list>\` gets the 10,000-program feed as \`.feed\`; from then to its first cards in the DOM with style and layout done. \`?page-size=10000\` draws every card at once, as the list did before it drew a page of 24 first.
- **7**: \`lit.html\` draws the same cards as \`vanilla.html\` with Lit alone: one literal template per card (no white space between its tags, as the library's build writes them), \`render()\` from lit-html into the page; no validation, no custom element or shadow root, English only, and each optional block left in as an empty element (\`<ipw-program-list>\` leaves them out). It is the least Lit takes for this content, and so how close to hand-written DOM a Lit element can come: the count of cards and the last title are checked, not the text (its empty blocks differ).
- **5**: \`lang.html\`: 100 \`<ipw-program-card>\` in one \`<ipw-feed>\` (100-program feed as \`.feed\`); *first-render* from setting \`.feed\` to every card rendered in English, *lang-switch* from \`<html lang="fr">\` to every card rendered in French.

Inputs: \`bench/generate.mjs\` (fixed seed): feeds of 100, 500, 2,000 and 10,000 programs shaped like \`feeds/wipo-cipo-2024.json\` (English and French text, six-language regions and topics, partial dates, qualified counts; no images).

## Runs

| run | pages | measurements | samples per page | time |
|---|---|---|---|---|
${runs.join('\n')}
`;
}
