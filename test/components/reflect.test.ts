import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { captureConsole } from '../helpers.js';

// Frameworks (React 19, Vue, Svelte, Lit's own `.prop=`) set a widget's record as a property. The attributes that
// name which records a widget shows reflect it, so CSS and test selectors such as ipw-program-card[program="…"]
// still match; the knobs that only change the look (heading-level, limit, sort, order) do not write attributes.

/** Each element, the properties a framework sets on it, and the attributes they must show as. */
const CASES: [tag: string, props: Record<string, string>][] = [
  ['ipw-program-card', { program: 'p2024' }],
  ['ipw-program-list', { organizer: 'cipo', topic: 'it', year: '2024' }],
  ['ipw-topic-list', { program: 'p2024' }],
  ['ipw-agreement-timeline', { agreement: 'mou' }],
  ['ipw-participant-badge', { stat: 'alumni' }],
  ['ipw-participant-badge', { program: 'p2024' }],
];

describe('attributes that name a record reflect the property a framework sets', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  for (const [tag, props] of CASES)
    it(`<${tag}>: ${Object.keys(props).join(', ')}`, async () => {
      const feed = await fixture(html`<ipw-feed .feed=${minimalFeed()}></ipw-feed>`);
      const el = Object.assign(document.createElement(tag), props) as unknown as LitElement;
      feed.append(el);
      await el.updateComplete;
      const selector = `${tag}${Object.entries(props)
        .map(([name, value]) => `[${name}="${value}"]`)
        .join('')}`;
      expect(feed.querySelector(selector), selector).to.equal(el);
      expect(console_.errors).to.deep.equal([]);
    });

  it('the feed’s own src, set as a property, shows as an attribute', async () => {
    const el = document.createElement('ipw-feed');
    el.src = '/snippet/wipo-cipo-2024.json';
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(el.getAttribute('src')).to.equal('/snippet/wipo-cipo-2024.json');
  });

  it('the look’s knobs stay properties: no attribute is written for them', async () => {
    const feed = await fixture(html`<ipw-feed .feed=${minimalFeed()}></ipw-feed>`);
    const list = Object.assign(document.createElement('ipw-program-list'), { limit: '1', sort: 'oldest' as const });
    const card = Object.assign(document.createElement('ipw-program-card'), { program: 'p2024', headingLevel: 4 });
    feed.append(list, card);
    await Promise.all([list.updateComplete, card.updateComplete]);
    expect(list.getAttributeNames()).to.deep.equal([]);
    expect(card.getAttributeNames()).to.deep.equal(['program']);
  });

  it('an attribute a page writes is kept as written, and follows a later property set', async () => {
    const feed = await fixture(
      html`<ipw-feed .feed=${minimalFeed()}><ipw-program-card program="p1997"></ipw-program-card></ipw-feed>`,
    );
    const card = feed.querySelector('ipw-program-card')!;
    await card.updateComplete;
    expect(card.getAttribute('program')).to.equal('p1997');
    card.program = 'p2024';
    await card.updateComplete;
    expect(card.getAttribute('program')).to.equal('p2024');
  });
});
