// A quick look at where a benchmark page spends its measured time (not part of `npm run bench`).
//
//   node bench/profile.mjs [page] [measurement]     e.g.  node bench/profile.mjs list.html render
//
// Loads the page once in headless Chromium with a performance trace (JS sampling profiler, style,
// layout, GC), keeps what falls inside the page's `ipw:<measurement>` window, maps the minified
// bundle back to its sources (dist/*.js.map) and prints self time by source file and by function.
// Run `npm run build` and `node bench/generate.mjs` first.
/* global Buffer, process */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { serveBench } from './lib/server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [page = 'list.html', measure = 'render'] = process.argv.slice(2);

const { server, base } = await serveBench();
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
let trace;
try {
  const tab = await browser.newPage();
  await tab.tracing.start({
    categories: [
      'devtools.timeline',
      'blink.user_timing',
      'v8',
      'disabled-by-default-v8.cpu_profiler',
      'disabled-by-default-devtools.timeline',
    ],
  });
  await tab.goto(base + page);
  await tab.waitForFunction(() => window.ipwBench?.done, { timeout: 30_000 });
  const error = await tab.evaluate(() => window.ipwBench.error);
  if (error) throw new Error(`${page}: ${error}`);
  trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
} finally {
  await browser.close();
  server.close();
}

const events = trace.traceEvents ?? trace;
const marks = events.filter((e) => e.name === `ipw:${measure}` && e.cat?.includes('blink.user_timing'));
const begin = marks.find((e) => e.ph === 'b')?.ts;
const end = marks.find((e) => e.ph === 'e')?.ts;
if (begin === undefined || end === undefined) throw new Error(`no ipw:${measure} measure in the trace of ${page}`);
const pid = marks[0].pid;
const inside = (ts) => ts >= begin && ts <= end;

// The sampling profile: 'Profile' gives the start time, 'ProfileChunk's the nodes, samples and time deltas.
const nodes = new Map();
const selfTime = new Map(); // node id → µs
for (const profile of events.filter((e) => e.name === 'Profile' && e.pid === pid)) {
  let ts = profile.args.data.startTime;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === pid)) {
    const { cpuProfile = {}, timeDeltas = [] } = chunk.args.data;
    for (const node of cpuProfile.nodes ?? []) nodes.set(`${profile.id}:${node.id}`, node);
    (cpuProfile.samples ?? []).forEach((id, i) => {
      ts += timeDeltas[i] ?? 0;
      if (inside(ts)) {
        const key = `${profile.id}:${id}`;
        selfTime.set(key, (selfTime.get(key) ?? 0) + Math.max(0, timeDeltas[i + 1] ?? timeDeltas[i] ?? 0));
      }
    });
  }
}

// Minified bundle → original file, line and name, through the build's source maps.
let TraceMap, originalPositionFor;
try {
  ({ TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping'));
} catch {
  console.log('(@jridgewell/trace-mapping not found: names stay as they are in the bundle)');
}
const maps = new Map();
function original({ url, lineNumber, columnNumber, functionName }) {
  const path = url && new URL(url).pathname;
  const file = path && join(ROOT, path);
  if (TraceMap && file?.includes('/dist/') && existsSync(`${file}.map`)) {
    if (!maps.has(file)) maps.set(file, new TraceMap(readFileSync(`${file}.map`, 'utf8')));
    const pos = originalPositionFor(maps.get(file), { line: lineNumber + 1, column: columnNumber });
    if (pos.source) {
      const source = pos.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
      return { file: source, fn: `${pos.name ?? (functionName || '(anonymous)')} (${basename(source)}:${pos.line})` };
    }
  }
  if (!url) return { file: functionName, fn: functionName };
  const short = path.replace(/^\/(node_modules\/)?/, '');
  return { file: short, fn: `${functionName || '(anonymous)'} (${basename(short)}:${lineNumber + 1})` };
}

const byFile = new Map();
const byFn = new Map();
let total = 0;
for (const [key, us] of selfTime) {
  const { file, fn } = original(nodes.get(key).callFrame);
  byFile.set(file, (byFile.get(file) ?? 0) + us);
  byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  total += us;
}

// Browser work by kind inside the window (top-level durations, from the timeline).
const kinds = new Map();
for (const e of events)
  if (e.pid === pid && e.ph === 'X' && inside(e.ts) && e.dur)
    for (const [kind, names] of Object.entries({
      'style (UpdateLayoutTree)': ['UpdateLayoutTree'],
      layout: ['Layout'],
      'garbage collection': ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR'],
      'HTML parsing': ['ParseHTML'],
    }))
      if (names.includes(e.name)) kinds.set(kind, (kinds.get(kind) ?? 0) + e.dur);

const ms = (us) => `${(us / 1000).toFixed(1).padStart(7)} ms`;
const pct = (us) => `${((100 * us) / total).toFixed(0).padStart(3)}%`;
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `  ${ms(us)} ${pct(us)}  ${name}`)
    .join('\n');

console.log(
  `${page}: ipw:${measure} = ${((end - begin) / 1000).toFixed(1)} ms (one traced load; tracing adds overhead)`,
);
console.log(`\nSampled self time inside the window: ${ms(total)}\n\nBy source file:\n${top(byFile, 15)}`);
console.log(`\nBy function:\n${top(byFn, 25)}`);
console.log(`\nBrowser work inside the window (timeline events):\n${top(kinds, 10) || '  (none)'}`);
