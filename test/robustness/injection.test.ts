import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/define.js';
import type { IpwFeed } from '../../src/components/feed/ipw-feed.js';
import { DRAWN_TAGS, expectedUrl, PAYLOADS, payloadFeed } from '../fixtures/injection-payloads.js';
import { captureConsole, settled } from '../helpers.js';
import { fold, guarded, jsonScript, rendered, tasks } from './util.js';

// Every payload in every string and URL field, rendered by every element:
// it must stay text, and no URL it becomes may run script.

declare global {
  interface Window {
    __ipwTripwire?: () => void;
  }
}

type Mode = 'inline JSON' | '.feed' | 'a page’s HTML, JSON escaped';

/** Attribute text for HTML source. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The widgets, as Lit templates (for the first two modes) or HTML source (for the third). */
const widgets = (p: string) =>
  [
    ['ipw-program-card', { program: `${p}p` }],
    ['ipw-program-card', { program: 'missing' }],
    ['ipw-program-list', {}],
    ['ipw-program-list', { organizer: 'missing' }],
    ['ipw-topic-list', {}],
    ['ipw-topic-list', { program: `${p}p`, variant: 'plain' }],
    ['ipw-agreement-timeline', { agreement: `${p}a` }],
    ['ipw-participant-badge', { stat: `${p}s`, size: 'stat' }],
    ['ipw-participant-badge', { program: `${p}p` }],
  ] as const;

const inserted: Element[] = [];
/** Inserts HTML source the way a page's parser would have built it (scripts in it run). */
function insertHtml(source: string) {
  const host = document.createElement('div');
  inserted.push(host);
  document.body.append(host);
  host.append(document.createRange().createContextualFragment(source));
  return host;
}

async function render(p: string, mode: Mode) {
  const feed = payloadFeed(p);
  let page: HTMLElement;
  if (mode === 'a page’s HTML, JSON escaped') {
    // What a CMS must write: `<` escaped in the JSON, so that no `</script>` in it can end the script.
    const json = JSON.stringify(feed).replace(/</g, '\\u003c');
    const tags = widgets(p)
      .map(
        ([tag, attrs]) =>
          `<${tag} ${Object.entries(attrs)
            .map(([k, v]) => `${k}="${attr(v)}"`)
            .join(' ')}></${tag}>`,
      )
      .join('');
    page = insertHtml(
      `<div lang="en"><ipw-feed><script type="application/json">${json}</script>${tags}</ipw-feed></div>`,
    );
  } else {
    page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <ipw-feed .feed=${mode === '.feed' ? feed : undefined}>
          ${mode === 'inline JSON' ? jsonScript(JSON.stringify(feed)) : nothing}
          <ipw-program-card program=${`${p}p`}></ipw-program-card>
          <ipw-program-card program="missing"></ipw-program-card>
          <ipw-program-list></ipw-program-list>
          <ipw-program-list organizer="missing"></ipw-program-list>
          <ipw-topic-list></ipw-topic-list>
          <ipw-topic-list program=${`${p}p`} variant="plain"></ipw-topic-list>
          <ipw-agreement-timeline agreement=${`${p}a`}></ipw-agreement-timeline>
          <ipw-participant-badge stat=${`${p}s`} size="stat"></ipw-participant-badge>
          <ipw-participant-badge program=${`${p}p`}></ipw-participant-badge>
        </ipw-feed>
      </div>`,
    );
  }
  const all = [...page.querySelectorAll('ipw-feed > *')].filter((e) => e.localName.startsWith('ipw-'));
  const host = page.querySelector('ipw-feed') as IpwFeed;
  await settled(host, ...all);
  await Promise.all(all.map((el) => rendered(el)));
  // Settled: a feed with warnings is ready once their words are loaded (drawn before that).
  await host.loaded;
  return { page, all, feed: host };
}

/** Nothing in any shadow root but what the widgets draw: no script, no handler, no URL but http(s). */
function assertInert(page: Element) {
  const hosts = [...page.querySelectorAll('*')].filter((e) => e.shadowRoot);
  expect(hosts.length).to.be.greaterThan(9);
  for (const host of hosts)
    for (const el of host.shadowRoot!.querySelectorAll('*')) {
      const where = `<${el.localName}> in <${host.localName}>`;
      expect(DRAWN_TAGS.has(el.localName), `${where}: not an element the widgets draw`).to.equal(true);
      for (const { name, value } of el.attributes) {
        expect(name.startsWith('on'), `${where} has ${name}="${value}"`).to.equal(false);
        if (['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(name))
          expect(value, `${where} ${name}`).to.match(/^https?:\/\//);
      }
    }
  // In the light DOM too: nothing but the widgets and the JSON.
  for (const script of page.querySelectorAll('script'))
    expect(script.type, 'a script in the page').to.equal('application/json');
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const textOf = (el: Element, selector: string) => $(el, selector)?.textContent ?? null;

/** The payload shows as itself wherever its field is shown. */
function assertLiteral(all: Element[], p: string) {
  const [card, missing, list, missingOrg, topics, programTopics, timeline, stat, people] = all;
  expect(textOf(card, '[part=title]'), 'card title').to.equal(p);
  expect(textOf(card, '[part=summary]'), 'card summary').to.equal(p);
  const facts = [...card.shadowRoot!.querySelectorAll('dd')].map((dd) => fold(dd.textContent));
  expect(facts, 'venue and city').to.include(fold(`${p}, ${p}, Canada`));
  expect(facts, 'regions').to.include(fold(`9 participants from ${p} and ${p}`));
  expect(facts, 'organizer').to.include(fold(p));
  expect(textOf(card, '[part=topic]'), 'topic chip').to.equal(p);
  const url = expectedUrl(p, document.baseURI);
  expect($(card, '[part=link]')?.getAttribute('href'), 'link').to.equal(url);
  // An image without a usable src is left out, with its alt and credit.
  expect($(card, '[part=image]')?.getAttribute('src'), 'image').to.equal(url);
  if (url) {
    expect($(card, '[part=image]')!.getAttribute('alt'), 'alt').to.equal(p);
    expect(textOf(card, '[part=credit]'), 'credit').to.equal(`Image: ${p}`);
  }

  expect(fold(textOf(missing, '[part=error]')), 'ids in an error').to.contain(fold(`known ids: ${p}p, second`));
  expect(fold(textOf(missingOrg, '[part=error]')), 'ids in an error').to.contain(fold(`known ids: ${p}o`));

  expect([...list.shadowRoot!.querySelectorAll('[part=title]')].map((t) => t.textContent)).to.deep.equal([p, p]);
  expect(textOf(topics, '[part=topic]'), 'topic list').to.equal(p);
  expect(textOf(programTopics, '[part=topic]'), "a program's topics").to.equal(p);

  expect(textOf(timeline, '[part=title]'), 'agreement title').to.equal(p);
  expect(textOf(timeline, '[part=summary]'), 'agreement summary').to.equal(p);
  expect(fold(textOf(timeline, '[part=parties]')), 'parties').to.equal(fold(`Parties: ${p}`));
  expect(textOf(timeline, '[part=label]'), 'event label').to.equal(p);
  expect(textOf(timeline, '[part=description]'), 'event description').to.equal(p);
  expect(
    [...timeline.shadowRoot!.querySelectorAll('[part=signatories] li')].map((li) => li.textContent),
    'signatory, role, organization',
  ).to.deep.equal([`${p}, ${p}, ${p}`]);

  expect(textOf(stat, '[part=label]'), 'stat label').to.equal(p);
  expect(textOf(stat, '[part=origin]'), 'stat origin').to.equal(`from 90 ${p}`);
  expect(textOf(people, '[part=origin]'), 'regions').to.equal(`from ${p} and ${p}`);
}

describe('script injection through the feed', () => {
  let calls: string[];
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    calls = [];
    window.__ipwTripwire = () => void calls.push(new Error('tripwire').stack ?? 'tripwire');
    console_ = captureConsole();
  });
  afterEach(() => {
    console_.restore();
    delete window.__ipwTripwire;
    inserted.splice(0).forEach((host) => host.remove());
  });

  const modes: Mode[] = ['inline JSON', '.feed', 'a page’s HTML, JSON escaped'];
  for (const p of PAYLOADS)
    describe(JSON.stringify(p), () => {
      for (const mode of modes)
        it(
          `stays text via ${mode}`,
          guarded(async () => {
            const { page, all, feed } = await render(p, mode);
            expect(feed.status).to.equal('ready');
            // Time for anything injected to load, fail and fire its handlers.
            await new Promise((resolve) => requestAnimationFrame(resolve));
            await new Promise((resolve) => setTimeout(resolve, 50));
            await tasks();
            expect(calls, 'tripwire calls').to.deep.equal([]);
            assertInert(page);
            assertLiteral(all, p);
          }),
        );
    });

  it(
    'documents: unescaped </script> in inline JSON breaks the page’s HTML before the library reads it',
    guarded(async () => {
      // Not the library's doing, and nothing it can prevent: a page (or CMS) that pastes a feed into
      // <script type="application/json"> must escape "<" as \u003c. The feed is then cut short, and fails.
      const p = PAYLOADS.find((x) => x.startsWith('</script>'))!;
      const json = JSON.stringify({ version: 1, topics: [{ id: 't', label: p }] });
      const page = insertHtml(
        `<div lang="en"><ipw-feed><script type="application/json">${json}</script>` +
          '<ipw-topic-list></ipw-topic-list></ipw-feed></div>',
      );
      const feed = page.querySelector('ipw-feed') as IpwFeed;
      await settled(feed, page.querySelector('ipw-topic-list')!);
      expect(calls).to.have.length(1);
      expect(feed.status).to.equal('error');
      expect(feed.error!.code).to.equal('invalid-json');
    }),
  );
});

describe('the source', () => {
  it('never turns a string into markup: no unsafeHTML, innerHTML, outerHTML, insertAdjacentHTML, unsafeStatic', async () => {
    const files = (await (await fetch('/mock/src-files')).json()) as string[];
    expect(files).to.include('/src/components/base.ts');
    expect(files.length).to.be.greaterThan(15);
    const SINKS =
      /\b(unsafeHTML|unsafeSVG|unsafeMathML|unsafeStatic|innerHTML|outerHTML|insertAdjacentHTML|setHTMLUnsafe|createContextualFragment|srcdoc)\b|document\.write|unsafe-(html|svg|mathml)\.js|static-html\.js/g;
    const found: string[] = [];
    let templates = 0;
    for (const file of files) {
      // The served module: what the browser runs (TypeScript stripped, comments dropped).
      const code = await (await fetch(file)).text();
      templates += (code.match(/\bhtml`/g) ?? []).length;
      for (const m of code.matchAll(SINKS)) found.push(`${file}: ${m[0]}`);
    }
    expect(templates, 'the scan reads real code').to.be.greaterThan(10);
    expect(found).to.deep.equal([]);
  });
});
