import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { network } from '../../src/feed/load.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { captureConsole, hits, unique } from '../helpers.js';
import { baseOf, errorText, guarded } from './util.js';

// A thousand cycles of what a single-page app does to elements: connect,
// disconnect, move, and make new ones. Nothing may pile up: requests,
// listeners on document and window, timers, memory.

/** One turn of the event loop without a timer (timers are what is being counted). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Counts listeners on document and window, timers, and fetches, from `start()` to `stop()`. */
function instrument() {
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  const { setTimeout: setT, clearTimeout: clearT } = window;
  const listeners = new Map<string, Set<unknown>>();
  const timers = new Map<number, string>();
  let timersMade = 0;
  let fetches = 0;
  let pendingFetches = 0;
  const savedFetch = network.fetch;
  const name = (target: EventTarget) => (target === window ? 'window' : 'document');
  const captureOf = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
    typeof options === 'boolean' ? options : !!options?.capture;
  return {
    listeners,
    timers,
    get fetches() {
      return fetches;
    },
    get timersMade() {
      return timersMade;
    },
    get pendingFetches() {
      return pendingFetches;
    },
    /** Listeners now on document and window (added while instrumented, not removed). */
    get listenerCount() {
      return [...listeners.values()].reduce((n, set) => n + set.size, 0);
    },
    start() {
      proto.addEventListener = function (this: EventTarget, type, listener, options) {
        // `once` listeners remove themselves unseen: none is expected here, and one would be counted as left.
        if ((this === window || this === document) && listener) {
          const key = `${name(this)} ${type} ${captureOf(options)}`;
          if (!listeners.has(key)) listeners.set(key, new Set());
          listeners.get(key)!.add(listener);
        }
        return add.call(this, type, listener, options);
      };
      proto.removeEventListener = function (this: EventTarget, type, listener, options) {
        if (this === window || this === document)
          listeners.get(`${name(this)} ${type} ${captureOf(options)}`)?.delete(listener);
        return remove.call(this, type, listener, options);
      };
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
        const id: number = setT(
          (...a: unknown[]) => {
            timers.delete(id);
            if (typeof handler === 'function') handler(...a);
          },
          ms,
          ...args,
        );
        // Only the library's timers: the test's helpers keep their own.
        const stack = new Error(`setTimeout(…, ${ms})`).stack ?? '';
        if (/\/\/[^/]+\/src\//.test(stack)) {
          timers.set(id, stack);
          timersMade++;
        }
        return id;
      }) as typeof setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) timers.delete(id);
        clearT(id);
      }) as typeof clearTimeout;
      network.fetch = (url, init) => {
        fetches++;
        pendingFetches++;
        const done = () => void pendingFetches--;
        const response = savedFetch(url, init);
        response.then(done, done);
        return response;
      };
    },
    stop() {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
      window.setTimeout = setT;
      window.clearTimeout = clearT;
      network.fetch = savedFetch;
    },
  };
}

// Only Chromium tells a page its heap size (performance.memory); in Firefox and WebKit the
// heap checks are skipped, and the request, listener and timer checks still run.
const measurable = 'memory' in performance;
const memory = () => (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
const gc = (window as Window & { gc?: () => void }).gc;
/** The heap after a full collection (twice: what the first frees may free more). */
const heap = async () => {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await nextTask();
  }
  return memory();
};

const updated = (els: Iterable<Element>) => Promise.all([...els].map((el) => (el as LitElement).updateComplete));

function make(tag: string, attrs: Record<string, string>) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

describe('1,000 cycles of connecting, disconnecting and moving', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('measures the heap for real (so that the bound below can fail)', async function () {
    if (!measurable) this.skip(); // performance.memory is Chromium's alone.
    expect(gc, 'gc(): run Chromium with --js-flags=--expose-gc').to.be.a('function');
    const before = await heap();
    const ballast = Array.from({ length: 200_000 }, (_, i) => ({ i, s: `item ${i}` }));
    const during = memory();
    expect(ballast).to.have.length(200_000);
    expect(during - before, 'performance.memory follows allocations (--enable-precise-memory-info)').to.be.greaterThan(
      5_000_000,
    );
  });

  it(
    'leaves no request, listener, timer or memory behind',
    guarded(async function () {
      this.timeout(120_000);
      const key = unique('lifecycle');
      const src = `/mock/feed?key=${key}`;
      const feed = minimalFeed();
      const left = document.createElement('div');
      const right = document.createElement('div');
      left.lang = right.lang = 'en';
      document.body.append(left, right);
      const probe = instrument();
      try {
        // Long-lived elements: an <ipw-feed .feed> with every widget, and widgets on their own src.
        const provided = Object.assign(document.createElement('ipw-feed'), { feed });
        provided.append(
          make('ipw-program-card', { program: 'p2024' }),
          make('ipw-program-list', {}),
          make('ipw-topic-list', { program: 'p2024' }),
          make('ipw-agreement-timeline', { agreement: 'mou' }),
          make('ipw-participant-badge', { stat: 'alumni' }),
        );
        const own = [
          make('ipw-program-card', { src, program: 'wipo-cipo-executive-2024' }),
          make('ipw-topic-list', { src }),
          make('ipw-agreement-timeline', { src, agreement: 'wipo-cipo-cooperation' }),
          make('ipw-participant-badge', { src, stat: 'alumni' }),
        ];
        probe.start();
        // The probe hears what it should.
        const heard = () => {};
        document.addEventListener('ipw-probe', heard);
        expect(probe.listenerCount).to.equal(1);
        document.removeEventListener('ipw-probe', heard);
        expect(probe.listenerCount).to.equal(0);
        left.append(provided, ...own);
        const widgets = [...provided.children, ...own];
        await waitUntil(
          () => widgets.every((w) => baseOf(w) && !baseOf(w)!.hasAttribute('aria-busy')),
          'first render',
          {
            timeout: 5000,
          },
        );

        // One cycle, warmed up, then the baseline.
        const cycle = async (i: number) => {
          // Moved: out and back in within one task.
          for (const el of [provided, ...own]) (i % 2 ? right : left).append(el);
          // Disconnected and connected again, with microtasks (the unsubscribe checks) in between.
          left.remove();
          right.remove();
          for (let m = 0; m < 5; m++) await Promise.resolve();
          document.body.append(left, right);
          // Disconnected for a whole task.
          const one = own[i % own.length];
          one.remove();
          await nextTask();
          left.append(one);
          // New elements, used once and thrown away: a widget on the shared src, a feed with a widget.
          const fresh = make('ipw-participant-badge', { src, stat: 'alumni' });
          const freshFeed = Object.assign(document.createElement('ipw-feed'), { feed });
          freshFeed.append(make('ipw-program-card', { program: 'p1997' }));
          right.append(fresh, freshFeed);
          await updated([...widgets, fresh, freshFeed, freshFeed.firstElementChild!]);
          expect(baseOf(fresh)!.querySelector('[part=figure]'), `cycle ${i}: a new badge rendered`).to.exist;
          fresh.remove();
          freshFeed.remove();
        };
        for (let i = 0; i < 10; i++) await cycle(i);
        await nextTask();
        const baseline = { listeners: probe.listenerCount, heap: measurable ? await heap() : 0 };

        for (let i = 10; i < 1000; i++) await cycle(i);
        await updated(widgets);
        // Time for anything scheduled (the "no source" check of each new <ipw-feed> is a 0 ms timer).
        for (let i = 0; i < 5; i++) await new Promise((resolve) => requestAnimationFrame(resolve));

        expect(await hits(key), 'requests for the shared src').to.equal(1);
        expect(probe.fetches, 'fetches made').to.equal(1);
        expect(probe.pendingFetches, 'fetches pending').to.equal(0);
        expect(probe.listenerCount, `listeners on document and window: ${[...probe.listeners.keys()]}`).to.equal(
          baseline.listeners,
        );
        // Each new <ipw-feed> sets one timer (its "no source" check), which must have run.
        expect(probe.timersMade, 'timers set').to.be.greaterThan(990);
        expect([...probe.timers.values()], 'timers still pending').to.deep.equal([]);
        // Each cycle makes and drops two widgets, a feed, and renders eleven: a leak of even one element, its
        // shadow root or its rendered template per cycle would cost well over 5 MB in 990 cycles. What is
        // allowed: what the engine keeps on its own (compiled code, Intl and Lit caches), far less than that.
        if (measurable) {
          const growth = (await heap()) - baseline.heap;
          expect(growth, `heap growth over 990 cycles: ${(growth / 1e6).toFixed(2)} MB`).to.be.lessThan(5_000_000);
        }

        for (const el of widgets) expect(errorText(el), el.localName).to.equal('');
        expect(console_.errors).to.deep.equal([]);
      } finally {
        probe.stop();
        left.remove();
        right.remove();
      }
      // Gone from the page: nothing of theirs stays behind on document or window.
      expect(probe.listenerCount, 'listeners after removal').to.equal(0);
    }),
  );

  it(
    'a thousand moves before the shared src has answered: still one request',
    guarded(async function () {
      this.timeout(30_000);
      const key = unique('moves');
      const src = `/mock/slow?ms=300&key=${key}`;
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      try {
        const widgets = [
          make('ipw-program-card', { src, program: 'wipo-cipo-executive-2024' }),
          make('ipw-topic-list', { src }),
        ];
        a.append(...widgets);
        for (let i = 0; i < 1000; i++) (i % 2 ? a : b).append(...widgets);
        await waitUntil(() => widgets.every((w) => baseOf(w) && !baseOf(w)!.hasAttribute('aria-busy')), 'render', {
          timeout: 5000,
        });
        expect(await hits(key)).to.equal(1);
        expect(widgets[0].shadowRoot!.querySelector('article')).to.exist;
      } finally {
        a.remove();
        b.remove();
      }
    }),
  );
});
