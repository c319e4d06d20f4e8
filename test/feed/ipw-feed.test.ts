import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { IpwFeed } from '../../src/components/feed/ipw-feed.js';
import type { IpwError } from '../../src/feed/errors.js';
import { network } from '../../src/feed/load.js';
import type { ParsedFeed } from '../../src/feed/validate.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { captureConsole, errorText, eventWithin, fastRetry, hits, settled, shown, unique } from '../helpers.js';

const errorOf = async (el: IpwFeed) =>
  (await eventWithin<CustomEvent<{ error: IpwError }>>(el, 'ipw-feed-error')).detail.error;

describe('<ipw-feed>', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());
  fastRetry();

  it('loads a feed from src, then gives it to the widgets inside', async () => {
    const key = unique('load');
    const el = await fixture<IpwFeed>(
      html`<ipw-feed src="/mock/feed?key=${key}">
        <ipw-program-card program="wipo-cipo-executive-2024"></ipw-program-card>
      </ipw-feed>`,
    );
    const card = el.querySelector('ipw-program-card')!;
    expect(el.status).to.equal('loading');
    expect(card.shadowRoot!.querySelector('[part=skeleton]')).to.exist;
    const { detail } = await eventWithin<CustomEvent<ParsedFeed>>(el, 'ipw-feed-load');
    expect(detail.warnings).to.deep.equal([]);
    expect(detail.feed.programs.some((p) => p.id === 'wipo-cipo-executive-2024')).to.equal(true);
    await settled(el, card);
    expect(el.status).to.equal('ready');
    expect(shown(card)).to.contain('October 7 – 11, 2024');
  });

  it('reads inline JSON from a child script, for pages that cannot host a file', async () => {
    const el = await fixture<IpwFeed>(
      html`<ipw-feed>
        <script type="application/json">
          ${JSON.stringify(minimalFeed())}
        </script>
        <ipw-topic-list program="p2024"></ipw-topic-list>
      </ipw-feed>`,
    );
    const list = el.querySelector('ipw-topic-list')!;
    await settled(el, list);
    expect(el.status).to.equal('ready');
    expect(shown(list)).to.equal('IT modernization Examiner training');
  });

  it('takes a feed object as a property', async () => {
    const el = await fixture<IpwFeed>(
      html`<ipw-feed .feed=${minimalFeed()}><ipw-participant-badge stat="alumni"></ipw-participant-badge></ipw-feed>`,
    );
    const badge = el.querySelector('ipw-participant-badge')!;
    await settled(el, badge);
    expect(badge.shadowRoot!.querySelector('.vh')!.textContent).to.equal(
      'Over 200 participants from nearly 90 countries since 1997',
    );
  });

  it('reads .feed = null as no feed: src is used', async () => {
    const el = fixtureSync<IpwFeed>(
      html`<ipw-feed .feed=${null} src=${`/mock/feed?key=${unique('null')}`}></ipw-feed>`,
    );
    await eventWithin(el, 'ipw-feed-load');
    expect(el.status).to.equal('ready');
    expect(el.data!.programs.length).to.be.greaterThan(0);
  });

  it('shares one request between feeds and widgets that name one URL', async () => {
    const key = unique('shared');
    const src = `/mock/slow?ms=200&key=${key}`;
    // Listen at once: a slow engine may take longer to settle the fixture than the server takes to answer.
    const page = fixtureSync(
      html`<div>
        <ipw-feed src=${src}><ipw-topic-list></ipw-topic-list></ipw-feed>
        <ipw-feed src=${src}><ipw-topic-list></ipw-topic-list></ipw-feed>
        <ipw-topic-list src=${src}></ipw-topic-list>
      </div>`,
    );
    const lists = [...page.querySelectorAll('ipw-topic-list')];
    await eventWithin(page.querySelector('ipw-feed')!, 'ipw-feed-load');
    await settled(...lists);
    expect(lists.map((l) => shown(l))).to.satisfy((texts: string[]) =>
      texts.every((t) => t === texts[0] && t.includes('IT modernization')),
    );
    expect(await hits(key)).to.equal(1);
  });

  it('reports a network error', async () => {
    const el = await fixture<IpwFeed>(html`<ipw-feed src="http://127.0.0.1:9/feed.json"></ipw-feed>`);
    const error = await errorOf(el);
    expect(error.code).to.equal('network');
    expect(error.message).to.contain('could not load http://127.0.0.1:9/feed.json');
    expect(console_.errors[0]).to.contain('ipw-feed: could not load');
  });

  it('reports an HTTP status, without retrying a 404', async () => {
    const key = unique('404');
    const el = await fixture<IpwFeed>(html`<ipw-feed src="/mock/status/404?key=${key}"></ipw-feed>`);
    const error = await errorOf(el);
    expect([error.code, error.status]).to.deep.equal(['http', 404]);
    expect(error.message).to.match(/answered 404 Not Found for .*\/mock\/status\/404/);
    expect(await hits(key)).to.equal(1);
  });

  it('retries a 5xx once, then reports it', async () => {
    const key = unique('500');
    const el = await fixture<IpwFeed>(html`<ipw-feed src="/mock/status/500?key=${key}"></ipw-feed>`);
    expect((await errorOf(el)).status).to.equal(500);
    expect(await hits(key)).to.equal(2);
  });

  it('recovers when the retry succeeds', async () => {
    const key = unique('flaky');
    const el = await fixture<IpwFeed>(html`<ipw-feed src="/mock/flaky?key=${key}"></ipw-feed>`);
    await eventWithin(el, 'ipw-feed-load');
    expect(await hits(key)).to.equal(2);
    expect(console_.errors).to.deep.equal([]);
  });

  it('gives up after its timeout', async () => {
    const el = await fixture<IpwFeed>(
      html`<ipw-feed timeout="100" src=${`/mock/slow?ms=2000&key=${unique('slow')}`}></ipw-feed>`,
    );
    const error = await errorOf(el);
    expect(error.code).to.equal('timeout');
    expect(error.message).to.contain('within 0.1 s');
  });

  it('waits as long as the most patient of the elements that name one URL', async () => {
    const src = `/mock/slow?ms=600&key=${unique('patient')}`;
    const el = await fixture<HTMLDivElement>(
      html`<div>
        <ipw-feed timeout="100" src=${src}><ipw-topic-list></ipw-topic-list></ipw-feed>
        <ipw-feed timeout="20000" src=${src}></ipw-feed>
      </div>`,
    );
    const [hasty, patient] = el.querySelectorAll('ipw-feed');
    await Promise.all([eventWithin(hasty, 'ipw-feed-load', 20000), eventWithin(patient, 'ipw-feed-load', 20000)]);
    expect(hasty.status).to.equal('ready');
    expect(console_.errors).to.deep.equal([]);
  });

  it('reloads the feed it shows: a .feed object is not refetched from the src it overrides', async () => {
    const key = unique('reload-feed');
    const el = await fixture<IpwFeed>(html`<ipw-feed src="/mock/feed?key=${key}" .feed=${minimalFeed()}></ipw-feed>`);
    await settled(el);
    await el.reload();
    expect(await hits(key)).to.equal(0);
    expect(el.status).to.equal('ready');
  });

  it('reports a body that is not JSON', async () => {
    const el = await fixture<IpwFeed>(html`<ipw-feed src="/mock/html?key=${unique('html')}"></ipw-feed>`);
    const error = await errorOf(el);
    expect(error.code).to.equal('invalid-json');
    expect(error.message).to.contain('HTML, not JSON');
  });

  it('reports JSON that is not a feed, with its address, in the widgets too', async () => {
    const src = `/mock/body/${encodeURIComponent('{"version":3}')}?key=${unique('v3')}`;
    const el = await fixture<IpwFeed>(
      html`<ipw-feed src=${src}>
        <ipw-program-list></ipw-program-list>
      </ipw-feed>`,
    );
    const error = await errorOf(el);
    expect(error.code).to.equal('invalid-feed');
    const list = el.querySelector('ipw-program-list')!;
    await settled(list);
    expect(errorText(list)).to.equal(
      `This content could not be shown. invalid-feed ${new URL(src, location.href).href}: version: expected 1, got 3; this library reads feed format version 1`,
    );
  });

  it('logs the warnings of a partly valid feed once, and renders the valid rest', async () => {
    const raw = minimalFeed();
    (raw.programs[0] as { start: string }).start = 'soon';
    const el = await fixture<IpwFeed>(html`<ipw-feed .feed=${raw}><ipw-program-list></ipw-program-list></ipw-feed>`);
    const list = el.querySelector('ipw-program-list')!;
    // The words of warnings are a file of their own, loaded for a feed that has some: wait for the feed.
    expect((await el.loaded).status).to.equal('ready');
    await settled(el, list);
    expect(el.warnings.map((w) => w.path)).to.deep.equal(['programs[0].start']);
    expect(console_.warnings).to.deep.equal([
      'ipw-feed: 1 warning in the .feed property',
      'programs[0].start: expected a date like 2024-10-07, 2024-10 or 2024, got "soon"; programs[0] left out',
    ]);
    expect(list.shadowRoot!.querySelectorAll('article')).to.have.length(1);
  });

  it('keeps the last good copy when a refresh fails', async () => {
    const key = unique('refresh');
    const el = await fixture<IpwFeed>(
      html`<ipw-feed src="/mock/fail-after-first?key=${key}"><ipw-topic-list></ipw-topic-list></ipw-feed>`,
    );
    await eventWithin(el, 'ipw-feed-load');
    const list = el.querySelector('ipw-topic-list')!;
    await settled(list);
    const before = shown(list);
    const failed = errorOf(el);
    await el.reload();
    expect((await failed).status).to.equal(500);
    await settled(el, list);
    expect(el.status).to.equal('error');
    expect(shown(list)).to.equal(before);
  });

  it('aborts its request when it leaves the page', async () => {
    const signals: AbortSignal[] = [];
    const saved = network.fetch;
    network.fetch = (url, init) => (signals.push(init.signal!), saved(url, init));
    try {
      const el = await fixture<IpwFeed>(html`<ipw-feed src=${`/mock/slow?ms=3000&key=${unique('abort')}`}></ipw-feed>`);
      expect(signals).to.have.length(1);
      el.remove();
      await new Promise((r) => setTimeout(r));
      expect(signals[0].aborted).to.equal(true);
      expect(console_.errors).to.deep.equal([]);
    } finally {
      network.fetch = saved;
    }
  });

  it('does not abort when it is only moved', async () => {
    const signals: AbortSignal[] = [];
    const saved = network.fetch;
    network.fetch = (url, init) => (signals.push(init.signal!), saved(url, init));
    try {
      const page = fixtureSync(
        html`<div>
          <ipw-feed src=${`/mock/slow?ms=100&key=${unique('move')}`}></ipw-feed>
          <section></section>
        </div>`,
      );
      const el = page.querySelector('ipw-feed')!;
      const loaded = eventWithin(el, 'ipw-feed-load');
      page.querySelector('section')!.append(el);
      await loaded;
      expect(signals).to.have.length(1);
      expect(signals[0].aborted).to.equal(false);
    } finally {
      network.fetch = saved;
    }
  });
});

describe('<ipw-feed> for a listener that comes late', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  /** An <ipw-feed> made as a framework makes it: created, given its feed, then inserted. */
  const made = (setUp: (el: IpwFeed) => void) => {
    const el = document.createElement('ipw-feed');
    setUp(el);
    return el;
  };
  const later = () => new Promise((resolve) => setTimeout(resolve));

  for (const [how, setUp] of [
    ['a .feed object', (el: IpwFeed) => (el.feed = minimalFeed())],
    [
      'an inline feed',
      (el: IpwFeed) => {
        const script = Object.assign(document.createElement('script'), { type: 'application/json' });
        script.textContent = JSON.stringify(minimalFeed());
        el.append(script);
      },
    ],
  ] as const)
    it(`with ${how}: a listener added right after the element is inserted hears ipw-feed-load`, async () => {
      const el = made(setUp);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(el);
      // As React's useLayoutEffect, Vue's onMounted or a script right after appendChild do: in the same task.
      const { detail } = await eventWithin<CustomEvent<ParsedFeed>>(el, 'ipw-feed-load');
      expect(detail.feed.programs.map((p) => p.id)).to.deep.equal(['p2024', 'p1997']);
      el.remove();
    });

  it('a script that comes after the feed has loaded reads it, and awaits `loaded` at once', async () => {
    const el = made((e) => (e.feed = minimalFeed()));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await later();
    expect(el.status).to.equal('ready');
    expect(el.data!.programs.map((p) => p.id)).to.deep.equal(['p2024', 'p1997']);
    const state = await el.loaded;
    expect([state.status, state.feed?.programs.length, state.warnings]).to.deep.equal(['ready', 2, []]);
  });

  it('`loaded` waits for a feed from src, and resolves on an error without rejecting', async () => {
    const el = await fixture<IpwFeed>(html`<ipw-feed src=${`/mock/slow?ms=300&key=${unique('late')}`}></ipw-feed>`);
    expect(el.status).to.equal('loading');
    const state = await el.loaded;
    expect(state.status).to.equal('ready');
    expect(el.data!.programs.length).to.be.greaterThan(0);

    el.src = `/mock/status/404?key=${unique('late-404')}`;
    const failed = await el.loaded;
    expect([failed.status, failed.error?.code, failed.error?.status]).to.deep.equal(['error', 'http', 404]);
    expect(el.error).to.equal(failed.error);
  });

  it('`loaded`, read right after .feed changes, waits for the new feed', async () => {
    const el = await fixture<IpwFeed>(html`<ipw-feed .feed=${minimalFeed()}></ipw-feed>`);
    await el.loaded;
    const raw = minimalFeed();
    raw.programs.pop();
    el.feed = raw;
    expect((await el.loaded).feed!.programs.map((p) => p.id)).to.deep.equal(['p2024']);
  });
});

describe('<ipw-feed structured-data>', () => {
  const scriptOf = (el: Element) =>
    el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
  /** The JSON-LD the element wrote, once it has written it. */
  const graphOf = async (el: Element) => {
    await waitUntil(() => scriptOf(el).length, 'no JSON-LD was written', { timeout: 10000 });
    return (JSON.parse(scriptOf(el)[0].textContent!) as { '@graph': { '@type': string; name: string }[] })['@graph'];
  };

  it('describes the programs its widgets show, in the reader’s language, and follows a change of language', async () => {
    const el = await fixture<IpwFeed>(
      html`<div lang="en">
        <ipw-feed src="/mock/feed?key=${unique('ld')}" structured-data>
          <ipw-program-card program="wipo-cipo-executive-2024"></ipw-program-card>
          <ipw-topic-list program="wipo-academy-executive"></ipw-topic-list>
        </ipw-feed>
      </div>`,
    );
    const feed = el.querySelector('ipw-feed')!;
    expect((await graphOf(feed)).map((d) => [d['@type'], d.name])).to.deep.equal([
      ['EducationEvent', 'WIPO–CIPO Executive Training Program'],
    ]);
    el.setAttribute('lang', 'fr');
    await waitUntil(
      async () => (await graphOf(feed))[0].name === 'Programme OMPI–OPIC de formation des cadres',
      'the JSON-LD stayed in English',
      { timeout: 10000 },
    );
    expect(scriptOf(feed)).to.have.length(1);
  });

  it('takes its JSON-LD out when no program is shown any more, and writes none without the attribute', async () => {
    const el = await fixture<IpwFeed>(
      html`<ipw-feed .feed=${minimalFeed()} structured-data
        ><ipw-program-card program="p2024"></ipw-program-card
      ></ipw-feed>`,
    );
    expect((await graphOf(el)).map((d) => d.name)).to.deep.equal(['WIPO–CIPO Executive Training Program']);
    el.querySelector('ipw-program-card')!.remove();
    await waitUntil(() => !scriptOf(el).length, 'the JSON-LD stayed', { timeout: 10000 });

    const plain = await fixture<IpwFeed>(
      html`<ipw-feed .feed=${minimalFeed()}><ipw-program-card program="p2024"></ipw-program-card></ipw-feed>`,
    );
    await settled(plain, plain.querySelector('ipw-program-card')!);
    expect(scriptOf(plain)).to.have.length(0);
  });
});
