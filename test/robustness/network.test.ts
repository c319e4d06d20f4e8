import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { IpwFeed } from '../../src/components/feed/ipw-feed.js';
import type { IpwError } from '../../src/feed/errors.js';
import { network } from '../../src/feed/load.js';
import { captureConsole, hits, settled, unique } from '../helpers.js';
import { baseOf, errorText, guarded, rendered } from './util.js';

// What test/feed/ipw-feed.test.ts does not cover: CORS, redirect loops, a
// slow but timely answer, and leaving the page while a request or a retry is
// pending — counted at the server.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until the server has seen `n` requests for `key`. */
const served = (key: string, n = 1) =>
  waitUntil(async () => (await hits(key)) >= n, `the server did not see ${n} request(s) for ${key}`, {
    timeout: 5000,
    interval: 20,
  });

describe('the network, at its worst', () => {
  let console_: ReturnType<typeof captureConsole>;
  let events: string[];
  const savedDelay = network.retryDelay;
  beforeEach(() => {
    console_ = captureConsole();
    events = [];
  });
  afterEach(() => {
    console_.restore();
    network.retryDelay = savedDelay;
  });

  /** Waits for an event the page's wrapper heard: it listens from before the feed is connected. */
  const heard = (name: string, timeout = 5000) =>
    waitUntil(() => events.some((e) => e.startsWith(name)), `no ${name} event within ${timeout} ms`, { timeout });

  async function feedFor(src: string, timeout = 10_000) {
    const page = await fixture(
      html`<div
        lang="en"
        @ipw-feed-load=${() => events.push('load')}
        @ipw-feed-error=${(e: CustomEvent<{ error: IpwError }>) => events.push(`error ${e.detail.error.code}`)}
      >
        <ipw-feed src=${src} timeout=${timeout}>
          <ipw-program-card program="wipo-cipo-executive-2024"></ipw-program-card>
          <ipw-topic-list></ipw-topic-list>
        </ipw-feed>
      </div>`,
    );
    return {
      page,
      feed: page.querySelector('ipw-feed') as IpwFeed,
      widgets: [page.querySelector('ipw-program-card')!, page.querySelector('ipw-topic-list')!],
    };
  }

  // The tests run on http://localhost:<port>; http://127.0.0.1:<port> is the same server on another
  // origin. That is what works in practice: the request reaches the server (it is counted), and the
  // browser refuses the answer for want of CORS headers.
  it(
    'a server on another origin without CORS headers: a network error that names CORS, in every widget',
    guarded(async () => {
      expect(location.hostname).to.equal('localhost');
      network.retryDelay = 20;
      const key = unique('cors');
      const src = `http://127.0.0.1:${location.port}/mock/cors?key=${key}`;
      const { feed, widgets } = await feedFor(src);
      await heard('error');
      const error = feed.error!;
      expect(events).to.deep.equal(['error network']);
      expect(error.message).to.equal(
        `could not load ${src}: check the address and the network, and that its server allows this site to read it (CORS)`,
      );
      await settled(feed, ...widgets);
      for (const el of widgets) expect(errorText(el)).to.contain(`network could not load ${src}`);
      // It reached the server, twice (a network error is retried once): refused by the browser, not unreachable.
      expect(await hits(key)).to.equal(2);
      expect(console_.errors).to.deep.equal([`ipw-feed: ${error.message}`]);
    }),
  );

  it(
    'the same server with CORS headers: the feed loads (so the refusal above was CORS)',
    guarded(async () => {
      const key = unique('cors-ok');
      const { feed, widgets } = await feedFor(`http://127.0.0.1:${location.port}/mock/cors?allow=1&key=${key}`);
      await heard('load');
      await settled(feed, ...widgets);
      for (const el of widgets) await rendered(el);
      expect(errorText(widgets[0])).to.equal('');
      expect(widgets[0].shadowRoot!.querySelector('[part=title]')!.textContent).to.contain('Executive Training');
      expect(await hits(key)).to.equal(1);
    }),
  );

  it(
    'a redirect loop: a network error after a bounded number of requests',
    guarded(async () => {
      network.retryDelay = 20;
      const key = unique('loop');
      const { feed, widgets } = await feedFor(`/mock/redirect-loop?key=${key}`);
      await heard('error');
      expect(events).to.deep.equal(['error network']);
      await settled(feed, ...widgets);
      expect(errorText(widgets[1])).to.contain('network could not load');
      // The browser follows 20 redirects, then gives up; one retry does the same: 2 × 21 requests.
      const count = await hits(key);
      expect(count).to.equal(42);
      await sleep(300);
      expect(await hits(key), 'requests after the error').to.equal(count);
    }),
  );

  it(
    'a slow answer within the timeout: loading shown meanwhile, then the content, no error',
    guarded(async function () {
      this.timeout(15_000);
      const key = unique('slow');
      const { feed, widgets } = await feedFor(`/mock/slow?ms=1500&key=${key}`, 5000);
      await served(key);
      for (const el of widgets) expect(baseOf(el)!.querySelector('[part=skeleton]'), el.localName).to.exist;
      await heard('load', 8000);
      await settled(feed, ...widgets);
      for (const el of widgets) await rendered(el);
      expect(widgets[0].shadowRoot!.querySelector('article')).to.exist;
      expect(errorText(widgets[0])).to.equal('');
      expect(events).to.deep.equal(['load']);
      expect(await hits(key)).to.equal(1);
      expect(console_.errors).to.deep.equal([]);
    }),
  );

  it(
    'removed while its request is pending: aborted, no retry, no error',
    guarded(async () => {
      const key = unique('remove-request');
      const { page } = await feedFor(`/mock/slow?ms=600&key=${key}`);
      await served(key);
      page.remove();
      // Past the answer, and past any retry.
      await sleep(600 + 1000 * 1.5 + 300);
      expect(await hits(key), 'requests').to.equal(1);
      expect(events).to.deep.equal([]);
      expect(console_.errors).to.deep.equal([]);
    }),
  );

  it(
    'removed while it waits to retry: the retry never happens',
    guarded(async () => {
      network.retryDelay = 400;
      const key = unique('remove-retry');
      const { page } = await feedFor(`/mock/status/503?key=${key}`);
      await served(key);
      // The 503 is in; the retry is waiting (400 to 600 ms).
      await sleep(100);
      page.remove();
      await sleep(600 + 400);
      expect(await hits(key), 'requests').to.equal(1);
      expect(events).to.deep.equal([]);
      expect(console_.errors).to.deep.equal([]);
    }),
  );

  it(
    'moved while it waits to retry: the retry still happens, and the feed loads',
    guarded(async () => {
      network.retryDelay = 300;
      const key = unique('move-retry');
      const { page, feed, widgets } = await feedFor(`/mock/flaky?key=${key}`);
      await served(key);
      await sleep(50);
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      try {
        elsewhere.append(feed);
        await waitUntil(() => feed.status === 'ready', `the feed did not load (${feed.status})`, { timeout: 5000 });
        expect(await hits(key)).to.equal(2);
        for (const el of widgets) await rendered(el);
        expect(widgets[0].shadowRoot!.querySelector('[part=title]')!.textContent).to.contain('Executive Training');
        expect(console_.errors).to.deep.equal([]);
      } finally {
        elsewhere.remove();
        page.remove();
      }
    }),
  );

  it(
    'a src that is not an address: a specific feed error, nothing thrown into the page',
    guarded(async () => {
      for (const src of ['http://[::1', 'https://example.org:99999/feed.json']) {
        events = [];
        console_.errors.length = 0;
        const { page, feed, widgets } = await feedFor(src);
        await heard('error');
        expect(events, src).to.deep.equal(['error invalid-feed']);
        const message = `src ${JSON.stringify(src)} is not an address: give the feed's URL, like https://example.org/programs.json`;
        expect(feed.error!.message).to.equal(message);
        expect(console_.errors).to.deep.equal([`ipw-feed: ${message}`]);
        await settled(feed, ...widgets);
        for (const el of widgets) expect(errorText(el)).to.contain('is not an address');
        page.remove();
      }
    }),
  );

  it(
    'a src changed by script to one that is not an address: the error, not the old feed',
    guarded(async () => {
      const { page, feed } = await feedFor('/mock/feed');
      await heard('load');
      feed.src = 'https://exa mple.org:99999/x.json';
      await waitUntil(() => feed.status === 'error', `status stayed ${feed.status}`, { timeout: 5000 });
      expect(feed.error!.code).to.equal('invalid-feed');
      expect(feed.data).to.equal(undefined);
      page.remove();
    }),
  );

  it(
    'a timeout too large for the browser (Infinity, 1e20): waits as long as it can, and the feed loads',
    guarded(async () => {
      for (const timeout of [Infinity, 1e20]) {
        events = [];
        const { page, feed } = await feedFor(`/mock/feed?key=${unique('long-timeout')}`, timeout);
        await heard('load');
        expect(feed.status, String(timeout)).to.equal('ready');
        page.remove();
      }
      expect(console_.errors).to.deep.equal([]);
    }),
  );

  it(
    'a src that answers HTML, or a feed of another version: the message names the address',
    guarded(async () => {
      const html = new URL('/mock/html', location.href).href;
      const { page, feed } = await feedFor('/mock/html');
      await heard('error');
      expect(feed.error!.code).to.equal('invalid-json');
      expect(feed.error!.message).to.match(new RegExp(`^${html.replace(/[.?]/g, '\\$&')}: the feed is HTML`));
      page.remove();
      events = [];
      const body = encodeURIComponent(JSON.stringify({ version: 2 }));
      const other = await feedFor(`/mock/body/${body}`);
      await heard('error');
      expect(other.feed.error!.code).to.equal('invalid-feed');
      expect(other.feed.error!.message).to.contain(`/mock/body/${body}: version: expected 1, got 2`);
      other.page.remove();
    }),
  );
});
