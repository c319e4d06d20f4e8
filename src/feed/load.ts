import { checkFeedText, formatPath, type Checked } from './check.js';
import { IpwError, notAnAddress } from './errors.js';
import type { Feed, FeedWarning } from './types.js';
import type { ParsedFeed } from './validate.js';

/** The words of warnings (explain.ts), once loaded: a page whose feeds are valid never loads them. */
let words: typeof import('./explain.js') | undefined;

/** Loads the words of warnings; the server does so before it renders, so that it never has to wait. */
export const loadWords = () => import('./explain.js').then((m) => (words = m));

/**
 * A checked feed with its problems told as warnings: at once when it has none or the words are at hand, else once
 * they are loaded. If they cannot be (a copy of ipw.js without the files beside it), each warning keeps its path,
 * and the console says why there is nothing more.
 */
export function told({ feed, problems }: Checked): ParsedFeed | Promise<ParsedFeed> {
  if (!problems.length) return { feed, warnings: [] };
  if (words) return { feed, warnings: words.explain(problems) };
  return loadWords().then(
    (w) => ({ feed, warnings: w.explain(problems) }),
    (e: unknown) => {
      console.warn(
        'ip-program-widgets: the words of feed warnings could not be loaded; only their paths are given:',
        e,
      );
      const message = 'invalid (the explanation could not be loaded)';
      return { feed, warnings: problems.map((p) => ({ path: formatPath([...p.at, p.key]), message })) };
    },
  );
}

/**
 * What every widget on a feed sees. `feed` is the last good copy: it stays
 * while a refresh is loading or after one failed, so widgets never blank.
 */
export interface FeedState {
  status: 'loading' | 'ready' | 'error';
  feed?: Feed;
  warnings: readonly FeedWarning[];
  error?: IpwError;
}

/** Knobs for the network; tests shorten the retry delay. */
export const network = {
  /** Milliseconds before the one retry, plus up to half again at random. */
  retryDelay: 1000,
  /** The fetch to use: a seam for tests and for pages that wrap `fetch`. */
  fetch: (input: string, init: RequestInit) => globalThis.fetch(input, init),
};

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', done);
      resolve();
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/** The longest delay `setTimeout` and `AbortSignal.timeout` take in every browser: 2³¹ − 1 ms. */
export const LONGEST_WAIT = 2 ** 31 - 1;

async function fetchOnce(url: string, signal: AbortSignal, timeout: number, reload: boolean): Promise<ParsedFeed> {
  const deadline = AbortSignal.timeout(timeout);
  try {
    const response = await network.fetch(url, {
      signal: AbortSignal.any([signal, deadline]),
      headers: { accept: 'application/json' },
      cache: reload ? 'no-cache' : 'default',
    });
    if (!response.ok)
      throw new IpwError(
        'http',
        `the server answered ${response.status}${response.statusText ? ' ' + response.statusText : ''} for ${url}`,
        response.status,
      );
    const text = await response.text();
    try {
      return await told(checkFeedText(text, response.url || url));
    } catch (e) {
      // Which feed it is, for a page with more than one.
      throw e instanceof IpwError
        ? new IpwError(e.code, `${url.length > 90 ? url.slice(0, 89) + '…' : url}: ${e.message}`)
        : e;
    }
  } catch (e) {
    if (signal.aborted || e instanceof IpwError) throw e;
    if (deadline.aborted)
      throw new IpwError('timeout', `no answer from ${url} within ${timeout / 1000} s; try again later`);
    throw new IpwError(
      'network',
      `could not load ${url}: check the address and the network, and that its server allows this site to read it (CORS)`,
    );
  }
}

/**
 * Fetches and validates a feed: a timeout per attempt, one retry with
 * back-off on network errors and 5xx, normal HTTP caching.
 * Rejects with `signal.reason` when aborted, else with an `IpwError`.
 */
export async function fetchFeed(
  url: string,
  { signal, timeout = 10_000, reload = false }: { signal: AbortSignal; timeout?: number; reload?: boolean },
): Promise<ParsedFeed> {
  try {
    return await fetchOnce(url, signal, timeout, reload);
  } catch (e) {
    const retry = e instanceof IpwError && (e.code === 'network' || (e.code === 'http' && e.status! >= 500));
    if (!retry || signal.aborted) throw e;
    await sleep(network.retryDelay * (1 + Math.random() / 2), signal);
    return fetchOnce(url, signal, timeout, reload);
  }
}

type Listener = (state: FeedState) => void;

/**
 * One feed URL on this page: one request and one parsed feed, however many
 * elements name it. Loading starts once the first subscribers are in (the
 * elements that connect together); a request still pending when the last
 * one leaves is aborted.
 */
export class FeedSource {
  state: FeedState = { status: 'loading', warnings: [] };
  /** Each subscriber, with the milliseconds it would wait. */
  private listeners = new Map<Listener, number>();
  private controller?: AbortController;
  private loaded = false;

  constructor(readonly url: string) {}

  /**
   * How long an attempt waits: as long as the most patient subscriber would (10 s when there is none, or none says a
   * number of milliseconds), and at most the longest wait a browser's timer knows, about 24 days (for `Infinity`).
   */
  get timeout() {
    return Math.min(Math.max(0, ...this.listeners.values()) || 10_000, LONGEST_WAIT);
  }

  subscribe(listener: Listener, timeout = 10_000): () => void {
    this.listeners.set(listener, timeout);
    // After the current task's other elements have subscribed too, with their own timeouts.
    if (!this.loaded && !this.controller)
      queueMicrotask(() => {
        if (!this.loaded) void this.load();
      });
    listener(this.state);
    return () => {
      this.listeners.delete(listener);
      // A moved element leaves and comes back in one task: only abort if nobody did.
      queueMicrotask(() => {
        if (this.listeners.size || !this.controller) return;
        this.controller.abort();
        this.controller = undefined;
      });
    };
  }

  /** Fetches again (revalidating the HTTP cache); keeps the last good copy if that fails. */
  async load(reload = false): Promise<void> {
    if (this.controller) return;
    const controller = (this.controller = new AbortController());
    if (this.loaded) this.set({ ...this.state, status: 'loading' });
    try {
      const { feed, warnings } = await fetchFeed(this.url, {
        signal: controller.signal,
        timeout: this.timeout,
        reload,
      });
      this.loaded = true;
      report(this.url, warnings);
      this.set({ status: 'ready', feed, warnings });
    } catch (e) {
      if (controller.signal.aborted) return;
      this.loaded = true;
      const error = e as IpwError;
      console.error(`ipw-feed: ${error.message}`);
      this.set({ status: 'error', error, feed: this.state.feed, warnings: this.state.warnings });
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  private set(state: FeedState) {
    this.state = state;
    for (const listener of this.listeners.keys()) listener(state);
  }
}

const sources = new Map<string, FeedSource>();

/** The page's one source for a URL (resolved against the page); throws `IpwError('invalid-feed')` if `src` is none. */
export function feedSource(src: string): FeedSource {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    throw notAnAddress(src);
  }
  let source = sources.get(url);
  if (!source) sources.set(url, (source = new FeedSource(url)));
  return source;
}

/** Logs a feed's warnings once, folded, so a webmaster can open them. */
export function report(where: string, warnings: readonly FeedWarning[]) {
  if (!warnings.length) return;
  console.groupCollapsed(`ipw-feed: ${warnings.length} warning${warnings.length > 1 ? 's' : ''} in ${where}`);
  for (const w of warnings) console.warn(`${w.path}: ${w.message}`);
  console.groupEnd();
}
