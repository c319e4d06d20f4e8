import { isServer, type PropertyDeclarations, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { IpwError } from './errors.js';
import { checkFeedText, checkFeedValue, type Checked } from './check.js';
import { feedSource, report, told, type FeedSource, type FeedState } from './load.js';
import type { ParsedFeed } from './validate.js';

/** An element that can own a feed: by `src`, by a `.feed` object, or by inline JSON. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: unknown;
  timeout?: number;
}

/** The properties of a `FeedHost`, for its `static properties`. */
export const FEED_HOST_PROPERTIES: PropertyDeclarations = {
  src: { reflect: true },
  feed: { attribute: false },
  timeout: { type: Number },
  theme: { reflect: true },
};

const INLINE = ':scope > script[type="application/json"]';

/**
 * Turns an element's own feed settings into a `FeedState`, and tells the page:
 * `ipw-feed-load` and `ipw-feed-error` events, and the console.
 * The host calls `sync()` at the start of `willUpdate()`.
 *
 * The events are dispatched a microtask after the state changes, never while the element is being connected,
 * so a listener added right after the element is inserted (in the same task) hears them; whoever comes later
 * reads the state, or awaits `settled()`.
 */
export class FeedController implements ReactiveController {
  /** `undefined` while the host names no feed of its own. */
  state?: FeedState;
  /** Who waits in `settled()` for the next state that is not `loading`. */
  private waiting: ((state: FeedState) => void)[] = [];
  /** What the state was made from; nothing yet, at first. */
  private key: unknown = {};
  private unsubscribe?: () => void;
  /** The source of `src`, while the host uses it. */
  private source?: FeedSource;

  constructor(
    private host: FeedHost,
    private readInline = false,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // At once, not at the next update: a moved element must subscribe again
    // before its old subscription's end would abort the request.
    this.sync();
    this.host.requestUpdate();
  }

  hostDisconnected() {
    this.unsubscribe?.();
    this.unsubscribe = this.source = this.key = undefined;
  }

  /** The state once it is `ready` or `error`: at once if it is, else when it next is. */
  settled(): Promise<FeedState> {
    const { state } = this;
    return state && state.status !== 'loading'
      ? Promise.resolve(state)
      : new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Fetches the host's `src` again, if that is what it shows; keeps the last good copy if that fails. */
  reload(): Promise<void> {
    return this.source?.load(true) ?? Promise.resolve();
  }

  sync() {
    const { feed, src, timeout } = this.host;
    // A server render has no children to read: `ip-program-widgets/server` hands an inline feed over as `.feed`.
    const inline = this.readInline && !isServer ? this.host.querySelector(INLINE)?.textContent : undefined;
    // null, like undefined, means "not given": a removed attribute, an unset property.
    const key = feed ?? src ?? inline ?? undefined;
    if (this.host.isConnected === false || key === this.key) return;
    this.unsubscribe?.();
    this.unsubscribe = this.source = undefined;
    this.key = key;
    if (feed != null) this.local(() => checkFeedValue(feed), 'the .feed property');
    // A server render cannot wait for the network, nor read children: what it was not given, the browser loads.
    else if (isServer) this.state = src || this.readInline ? { status: 'loading', warnings: [] } : undefined;
    else if (src) {
      try {
        this.source = feedSource(src);
      } catch (e) {
        return this.fail(e);
      }
      this.unsubscribe = this.source.subscribe((s) => this.receive(s), timeout);
    } else if (inline != null) this.local(() => checkFeedText(inline), 'the inline feed');
    else this.state = undefined;
  }

  private local(check: () => Checked, where: string) {
    const key = this.key;
    const ready = ({ feed, warnings }: ParsedFeed) => {
      report(where, warnings);
      this.receive({ status: 'ready', feed, warnings });
    };
    try {
      const checked = check();
      const parsed = told(checked);
      if (!(parsed instanceof Promise)) return ready(parsed);
      // A feed with problems: its valid rest is drawn at once, and it is `ready`, with its warnings told, once their
      // words are loaded (once a page), unless it was replaced since.
      this.receive({ status: 'loading', feed: checked.feed, warnings: [] });
      void parsed.then((p) => this.key === key && ready(p));
    } catch (e) {
      this.fail(e, `${where}: `);
    }
  }

  /** The host's own feed cannot be used at all: why, on the console and in the state. */
  private fail(e: unknown, where = '') {
    const error = e instanceof IpwError ? e : new IpwError('invalid-feed', String(e));
    console.error(`ipw-feed: ${where}${error.message}`);
    this.receive({ status: 'error', error, warnings: [] });
  }

  private receive(state: FeedState) {
    if (state === this.state) return;
    this.state = state;
    this.host.requestUpdate();
    const { status, feed, warnings, error } = state;
    if (status === 'loading') return;
    for (const resolve of this.waiting.splice(0)) resolve(state);
    const detail = status === 'ready' ? { feed, warnings } : { error };
    queueMicrotask(() =>
      this.host.dispatchEvent(
        new CustomEvent(`ipw-feed-${status === 'ready' ? 'load' : 'error'}`, { detail, bubbles: true, composed: true }),
      ),
    );
  }
}
