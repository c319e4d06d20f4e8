import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { WIDGETS } from '../fixtures/server-widgets.js';

// The HTML of ip-program-widgets/server as a reader's browser gets it: with JavaScript off (a sandboxed frame, no
// script at all), and with ipw.js, which takes the server's widgets over. This file defines no element itself.

const SNIPPET = `<ipw-feed>${WIDGETS}</ipw-feed>`;
/** The dates of the 2024 program on its card, by language. */
const DATES: Record<string, RegExp> = {
  en: /October 7\s*–\s*11, 2024/,
  fr: /7\s*–\s*11 octobre 2024/,
  ar: /7\s*–\s*11 أكتوبر 2024/,
};

type Recorded = Window & { __log: { problems: string[]; errors: string[] }; __shifts: number[] };

const pageUrl = (lang: string, js: boolean) =>
  `/ssr-page?${new URLSearchParams({ html: SNIPPET, lang, js: js ? '1' : '0' })}`;

/** Opens `src` in a frame; without `script`, sandboxed: nothing runs, as with JavaScript off. */
async function open(src: string, { script = true } = {}) {
  const frame = document.createElement('iframe');
  if (!script) frame.sandbox.add('allow-same-origin');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const widgets = (doc: Document) => [...doc.querySelectorAll('ipw-feed > *')].filter((e) => e.localName !== 'script');
const baseOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
const text = (el: Element) => baseOf(el).innerText.replace(/\s+/g, ' ').trim();

describe('server-rendered widgets', () => {
  let frames: HTMLIFrameElement[] = [];
  const opened = async (src: string, options?: { script?: boolean }) => {
    const frame = await open(src, options);
    frames.push(frame);
    return frame;
  };
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  for (const lang of ['en', 'fr', 'ar'])
    describe(`in ${lang}`, () => {
      it('show every fact with JavaScript off, in the language and direction of the page', async () => {
        const doc = (await opened(pageUrl(lang, false), { script: false })).contentDocument!;
        expect(doc.defaultView!.customElements.get('ipw-program-card'), 'no script ran').to.equal(undefined);
        const all = widgets(doc);
        expect(all.map((e) => e.localName)).to.deep.equal([
          'ipw-program-card',
          'ipw-program-list',
          'ipw-topic-list',
          'ipw-agreement-timeline',
          'ipw-participant-badge',
          'ipw-participant-badge',
        ]);
        for (const el of all) {
          expect(baseOf(el).getAttribute('lang'), el.localName).to.equal(lang);
          expect(baseOf(el).getAttribute('dir'), el.localName).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          expect(baseOf(el).hasAttribute('aria-busy'), el.localName).to.equal(false);
          // Laid out and styled: the card is a box with a border, not bare text.
          expect(baseOf(el).getBoundingClientRect().height, el.localName).to.be.above(10);
        }
        expect(text(all[0])).to.match(DATES[lang]);
        const card = all[0].shadowRoot!.querySelector('[part=card]')!;
        expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
        expect(all[0].shadowRoot!.querySelector('img')!.complete).to.equal(true);
        expect(all[0].shadowRoot!.querySelector('img')!.naturalWidth).to.be.above(0);
        expect(all[3].shadowRoot!.querySelectorAll('[part=event]')).to.have.length(4);
      });

      it('are taken over by ipw.js: the same text, once, no error, nothing moves, and live after', async () => {
        const still = widgets((await opened(pageUrl(lang, false), { script: false })).contentDocument!).map(text);
        const frame = await opened(pageUrl(lang, true));
        const doc = frame.contentDocument!;
        const win = frame.contentWindow as Recorded;
        // Live widgets draw with adopted stylesheets: the server's <style> goes with its HTML.
        await waitUntil(
          () => widgets(doc).every((el) => el.shadowRoot && !el.shadowRoot.querySelector('style')),
          'ipw.js did not take the widgets over',
          { timeout: 20000 },
        );
        // The server writes dates with Node's Intl. An engine whose own Intl writes this range otherwise (WebKit's
        // older ICU puts a comma in Arabic: "7–11 أكتوبر، 2024") draws it its way: the same words and figures.
        const range = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : lang, {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        }).formatRange(Date.UTC(2024, 9, 7), Date.UTC(2024, 9, 11));
        const sameIntl = still[0].includes(range.replace(/\s+/g, ' '));
        const words = (s: string) => (sameIntl ? s : s.replace(/[\s\p{P}]+/gu, ' '));
        widgets(doc).forEach((el, i) => expect(words(text(el)), el.localName).to.equal(words(still[i])));
        for (const el of widgets(doc))
          expect(el.shadowRoot!.querySelectorAll('[part=base]'), el.localName).to.have.length(1);
        expect(win.__log.problems).to.deep.equal([]);
        expect(win.__log.errors).to.deep.equal([]);
        expect(win.__shifts.reduce((a, b) => a + b, 0)).to.equal(0);

        const other = lang === 'fr' ? 'en' : 'fr';
        doc.documentElement.lang = other;
        await waitUntil(() => DATES[other].test(text(widgets(doc)[0])), 'a lang change did not re-render', {
          timeout: 20000,
        });
      });
    });

  it('pass axe with JavaScript off', async () => {
    const page = await (await fetch(pageUrl('en', false))).text();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // Declarative shadow DOM, parsed as a page would; no element is defined in this document.
    host.setHTMLUnsafe(page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>')));
    expect(widgets(host.ownerDocument).length).to.equal(6);
    expect(baseOf(host.querySelector('ipw-program-card')!)).to.exist;
    await expect(host).to.be.accessible();
  });
});
