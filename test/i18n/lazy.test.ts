import { expect, waitUntil } from '@open-wc/testing';
import { baseOf, fold, rendered, TAGS } from '../robustness/util.js';

// The interface text of Arabic, Spanish, Russian and Chinese lives in files of its own beside the bundle
// (dist/ipw-ar.js…), fetched the first time a widget is shown in that language; so do the words of feed warnings
// (dist/ipw-explain.js), fetched for a feed that has problems. These tests use the built bundle
// as a page gets it, served by /lazy/ in test/server.mjs with the default feed inline, so that the feed never waits.

interface RecordedWindow extends Window {
  __log: { problems: string[]; warnings: string[]; errors: string[] };
}

const PATIENCE = { timeout: 15_000 };
let pages = 0;

/** Opens /lazy/<mode>/page?lang=… in a frame, without waiting for its load event (a held file may delay it). */
async function open(mode: string, lang: string, query = '') {
  const frame = document.createElement('iframe');
  frame.src = `/lazy/${mode}/page?lang=${lang}&n=${++pages}${query}`;
  frame.style.inlineSize = '900px';
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelectorAll('ipw-participant-badge').length, 'no page', PATIENCE);
  const doc = frame.contentDocument!;
  const widgets = TAGS.map((tag) => doc.querySelector(tag)!);
  const win = frame.contentWindow as unknown as RecordedWindow;
  return { frame, doc, win, widgets };
}

/** The paths of the scripts a page fetched: `ipw.js`, `ipw-ar.js`… */
const scripts = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname.split('/').pop()!)
    .filter((name) => name.endsWith('.js') && name.startsWith('ipw'))
    .sort();

const allRendered = (widgets: Element[]) => Promise.all(widgets.map((el) => rendered(el, PATIENCE.timeout)));
const text = (el: Element) => fold(baseOf(el)?.innerText);

describe('interface languages, fetched when a page needs them', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [lang, learnMore] of [
    ['en', 'Learn more'],
    ['fr', 'En savoir plus'],
  ])
    it(`a page in ${lang} fetches no other language`, async () => {
      const { win, widgets } = await open('ok', lang);
      await allRendered(widgets);
      expect(text(widgets[0])).to.include(learnMore);
      expect(scripts(win)).to.deep.equal(['ipw.js']);
      expect(win.__log.warnings).to.deep.equal([]);
    });

  it('a page in Arabic fetches the Arabic file only, and every widget speaks Arabic', async () => {
    const { win, widgets } = await open('ok', 'ar');
    await allRendered(widgets);
    expect(scripts(win)).to.deep.equal(['ipw-ar.js', 'ipw.js']);
    expect(text(widgets[0])).to.include('اعرف المزيد');
    expect(text(widgets[4])).to.include('أكثر من 200');
    for (const el of widgets) expect(baseOf(el)!.getAttribute('dir'), el.localName).to.equal('rtl');
    expect(win.__log.warnings).to.deep.equal([]);
  });

  it('while the file is on its way, each widget keeps its skeleton: no English first', async () => {
    const key = `k${Date.now()}`;
    const { win, widgets } = await open(`held-${key}`, 'es');
    await waitUntil(() => widgets.every((el) => baseOf(el)), 'the widgets did not render', PATIENCE);
    // The feed is inline and at hand: only the Spanish text is missing.
    for (const el of widgets) {
      expect(el.shadowRoot!.querySelector('[part=skeleton]'), el.localName).to.exist;
      expect(baseOf(el)!.getAttribute('aria-busy'), el.localName).to.equal('true');
      expect(text(el), el.localName).to.equal('');
    }
    await fetch(`/lazy/release?key=${key}`);
    await allRendered(widgets);
    expect(text(widgets[0])).to.include('Más información');
    expect(scripts(win)).to.deep.equal(['ipw-es.js', 'ipw.js']);
  });

  it('when the file cannot be loaded, the widgets are drawn in English, and the console says so once', async () => {
    const { win, widgets } = await open('missing', 'ru');
    await allRendered(widgets);
    expect(text(widgets[0])).to.include('Learn more');
    // English throughout, the feed's text and dates too: never English words around Russian.
    for (const el of widgets) expect(baseOf(el)!.getAttribute('lang'), el.localName).to.equal('en');
    expect(text(widgets[0])).not.to.match(/[\u0400-\u04ff]/);
    for (const el of widgets) expect(el.shadowRoot!.querySelector('[part=error]'), el.localName).to.equal(null);
    expect(win.__log.warnings).to.have.length(1);
    expect(win.__log.warnings[0]).to.include('the interface text in "ru" could not be loaded, so English is shown');
    expect(win.__log.problems).to.deep.equal([]);
  });

  describe('the words of feed warnings', () => {
    const WARNING =
      'programs[1].start: expected a date like 2024-10-07, 2024-10 or 2024, got "soon"; programs[1] left out';

    it('are fetched for a feed with problems, and the console gives each warning in words', async () => {
      const { win, widgets } = await open('ok', 'en', '&broken=1');
      await allRendered(widgets);
      await waitUntil(() => win.__log.warnings.includes(WARNING), 'no warning in words', PATIENCE);
      expect(scripts(win)).to.deep.equal(['ipw-explain.js', 'ipw.js']);
      // The valid rest is drawn: the card of the program that is still there.
      expect(text(widgets[0])).to.include('Learn more');
    });

    it('do not hold back what can be drawn: the valid rest shows while they are on their way', async () => {
      const key = `w${Date.now()}`;
      const { win, widgets } = await open(`held-${key}`, 'en', '&broken=1');
      // The words are held back by the server; the widgets draw the feed's valid rest all the same.
      await allRendered(widgets);
      expect(text(widgets[0])).to.include('Learn more');
      expect(win.__log.warnings).not.to.include(WARNING);
      await fetch(`/lazy/release?key=${key}`);
      await waitUntil(() => win.__log.warnings.includes(WARNING), 'no warning in words', PATIENCE);
    });

    it('when they cannot be loaded, each warning keeps its path, the widgets still draw, and the console says why', async () => {
      const { win, widgets } = await open('missing', 'en', '&broken=1');
      await allRendered(widgets);
      await waitUntil(() => win.__log.warnings.length >= 2, 'no warning', PATIENCE);
      expect(text(widgets[0])).to.include('Learn more');
      expect(win.__log.warnings.filter((w) => w.startsWith('ip-program-widgets:'))).to.have.length(1);
      expect(win.__log.warnings[0]).to.include('the words of feed warnings could not be loaded');
      expect(win.__log.warnings).to.include('programs[1].start: invalid (the explanation could not be loaded)');
      expect(win.__log.problems).to.deep.equal([]);
    });
  });
});
