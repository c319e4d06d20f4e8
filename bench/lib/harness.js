// What every benchmark page shares: how it reports a measurement to tachometer
// (and to bench/run.mjs's pre-flight check), and how it fails loudly.
//
// tachometer reads each measurement with the expression
//   window.ipwBench && window.ipwBench.get('<name>')
// which stays undefined until the page has recorded it, and throws (ending
// the whole run with the page's message) once the page has failed.

const results = {};
let error;
let expected = [];

window.ipwBench = {
  /** A recorded measurement; throws if the page failed, so a broken page stops the run. */
  get(name) {
    if (error) throw new Error(`benchmark page ${location.pathname}${location.search} failed: ${error}`);
    return results[name];
  },
  results,
  /** The page's error message, if any. */
  get error() {
    return error;
  },
  /** True once every measurement the page announced is recorded (or the page failed). */
  get done() {
    return !!error || (expected.length > 0 && expected.every((name) => name in results));
  },
};

/** Stops the page: the error is shown on the page, logged, and thrown to tachometer on its next poll. */
export function fail(message) {
  if (!error) {
    error = String(message);
    console.error(`BENCHMARK FAILED: ${error}`);
    const box = document.createElement('pre');
    box.style.cssText = 'background:#b3261e;color:#fff;padding:1rem;white-space:pre-wrap;font:16px monospace';
    box.textContent = `BENCHMARK FAILED: ${error}`;
    document.body.prepend(box);
  }
  throw new Error(message);
}

addEventListener('error', (e) => {
  if (!error) fail(e.message || String(e.error));
});
addEventListener('unhandledrejection', (e) => {
  if (!error) fail(e.reason?.message ?? String(e.reason));
});
// The widgets announce their own failures with events: any of them spoils a measurement.
for (const type of ['ipw-error', 'ipw-feed-error'])
  document.addEventListener(type, (e) => {
    if (!error) fail(`${type}: ${e.detail?.error?.code} ${e.detail?.error?.message}`);
  });

/** Announces the measurements this page will record, then runs it; any exception fails the page. */
export async function run(names, body) {
  expected = names;
  try {
    await body();
    const missing = names.filter((name) => !(name in results));
    if (missing.length) fail(`not recorded: ${missing.join(', ')}`);
  } catch (e) {
    if (!error) fail(e?.stack ?? String(e));
  }
}

/** Records one measurement (ms) and marks it in the performance timeline, for profiles. */
export function record(name, start, end = performance.now()) {
  if (!(end >= start)) fail(`${name}: bad interval ${start}–${end}`);
  results[name] = end - start;
  performance.measure(`ipw:${name}`, { start, end });
}

/** Keeps a value that is not a timing (a count), for the pre-flight report; tachometer does not read it. */
export function note(name, value) {
  results[name] = value;
}

export function assert(condition, message) {
  if (!condition) fail(message);
}

/** Lets the page go quiet before a measurement: pending tasks, microtasks and the module graph's work. */
export const settle = () => new Promise((resolve) => setTimeout(() => setTimeout(resolve, 0), 0));

/** Forces style and layout of the whole document now (what the browser would otherwise do before the next paint). */
export const forceLayout = () => document.documentElement.getBoundingClientRect() && document.body.offsetHeight;

/** The text of a generated input, fetched before any timing starts. */
export async function fetchText(path) {
  const response = await fetch(path);
  if (!response.ok) fail(`${path}: HTTP ${response.status} (did bench/generate.mjs run?)`);
  return response.text();
}

/**
 * Waits until `check()` is true: first for pending Lit updates (`elements`),
 * then task by task; fails after `limitMs`.
 */
export async function until(check, elements = [], what = 'condition', limitMs = 10_000) {
  const start = performance.now();
  for (;;) {
    await Promise.all(elements.map((el) => el.updateComplete));
    if (check()) return;
    if (performance.now() - start > limitMs) fail(`timed out after ${limitMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Newest first, as `<ipw-program-list>` sorts by default (a stable sort on the start date). */
export const newestFirst = (programs) =>
  [...programs].sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));

export const query = new URLSearchParams(location.search);
