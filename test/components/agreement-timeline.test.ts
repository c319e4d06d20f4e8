import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { IpwError } from '../../src/feed/errors.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { base, errorText, fold, loadDefaultFeed, renderIn, root } from './render.js';
import { captureConsole, eventWithin, settled, shown, unique } from '../helpers.js';

/** Plain ar as the library writes it: Latin digits in every engine (src/i18n/format.ts). */
const AR = 'ar-u-nu-latn';

let defaultFeed: Record<string, unknown>;

const render = async (content: TemplateResult, options?: { lang?: string; feed?: unknown }) => {
  const { el, ...rest } = await renderIn('ipw-agreement-timeline', content, options);
  return { ...rest, timeline: el };
};

const title = (el: Element) => root(el).querySelector(':is(h2, h3, h4, h5, h6):not(ol *)')!;
const events = (el: Element) => [...root(el).querySelectorAll('ol > li')];
/** Each event as a reader scans it: its date, then its heading. */
const dated = (el: Element) =>
  events(el).map(
    (li) =>
      `${fold(li.querySelector('time')!.parentElement!.textContent)}: ${fold(li.querySelector(':is(h3, h4, h5, h6)')!.textContent)}`,
  );

describe('<ipw-agreement-timeline>', () => {
  before(async () => (defaultFeed = await loadDefaultFeed()));

  describe('in the reader’s language', () => {
    it('shows the agreement and its events, oldest first, in English', async () => {
      const { timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`);
      expect(fold(title(timeline).textContent)).to.equal('WIPO–CIPO cooperation');
      expect(shown(timeline)).to.contain('Parties: WIPO and CIPO');
      expect(root(timeline).querySelector('ol')).to.exist;
      expect(dated(timeline)).to.deep.equal([
        '1997: Program begins',
        'October 2024: Program held',
        'October 7, 2024: Agreement signed',
      ]);
    });

    it('gives each date a machine-readable <time datetime>, as precise as the feed', async () => {
      const { timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`);
      const times = events(timeline).map((li) => li.querySelector('time')!);
      expect(times.map((t) => [t.getAttribute('datetime'), fold(t.textContent)])).to.deep.equal([
        ['1997', '1997'],
        ['2024-10', 'October 2024'],
        ['2024-10-07', 'October 7, 2024'],
      ]);
    });

    it('shows who signed, with their role and organization', async () => {
      const { timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`);
      const signed = events(timeline)[2];
      expect(fold(signed.textContent)).to.contain('Signed by');
      expect([...signed.querySelectorAll('ul > li')].map((li) => fold(li.textContent))).to.deep.equal([
        'Hasan Kleib, Deputy Director General, WIPO',
      ]);
    });

    it('shows a multi-day event as a range, each end in its own <time>', async () => {
      const { timeline } = await render(
        html`<ipw-agreement-timeline agreement="wipo-cipo-cooperation"></ipw-agreement-timeline>`,
        { feed: defaultFeed },
      );
      const held = events(timeline).find((li) => li.querySelector('time[datetime="2024-10-11"]'))!;
      expect(fold(held.querySelector('time')!.parentElement!.textContent)).to.equal('October 7 – 11, 2024');
      expect([...held.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
        '2024-10-07',
        '2024-10-11',
      ]);
    });

    it('shows the agreement in French', async () => {
      const { timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`, {
        lang: 'fr',
      });
      expect(fold(title(timeline).textContent)).to.equal('Coopération OMPI-OPIC');
      expect(shown(timeline)).to.contain('Parties : OMPI et OPIC');
      expect(dated(timeline)).to.deep.equal([
        '1997: Début du programme',
        'octobre 2024: Tenue du programme',
        '7 octobre 2024: Signature de l’accord',
      ]);
      expect(shown(timeline)).to.contain('Signé par Hasan Kleib, Deputy Director General, OMPI');
    });

    it('shows signatories’ roles in French when the feed has them', async () => {
      const { timeline } = await render(
        html`<ipw-agreement-timeline agreement="wipo-cipo-cooperation"></ipw-agreement-timeline>`,
        { lang: 'fr', feed: defaultFeed },
      );
      const signatories = [...root(timeline).querySelectorAll('ol > li ul > li')].map((li) => fold(li.textContent));
      expect(signatories[0]).to.match(/^Hasan Kleib, Vice-directeur général\b.*, OMPI$/);
    });

    it('shows the agreement in Arabic', async () => {
      const { timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`, {
        lang: 'ar',
      });
      const month = (iso: string) =>
        new Intl.DateTimeFormat(AR, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(iso));
      const times = events(timeline).map((li) => fold(li.querySelector('time')!.textContent));
      expect(times[1]).to.equal(fold(month('2024-10-01T00:00Z')));
      expect(times[1]).to.contain('أكتوبر');
      expect(shown(timeline)).to.contain('الأطراف');
      expect(shown(timeline)).to.contain('الجهات الموقّعة');
      // The labels exist only in English: a screen reader must read them as English.
      expect(events(timeline)[0].querySelector('h4 [lang]')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('order and headings', () => {
    it('order="newest" puts the latest event first', async () => {
      const { timeline } = await render(
        html`<ipw-agreement-timeline agreement="mou" order="newest"></ipw-agreement-timeline>`,
      );
      expect(dated(timeline)).to.deep.equal([
        'October 7, 2024: Agreement signed',
        'October 2024: Program held',
        '1997: Program begins',
      ]);
    });

    it('uses an <h3> for the agreement and <h4> for its events by default', async () => {
      const { timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`);
      expect(title(timeline).localName).to.equal('h3');
      expect(events(timeline).map((li) => li.querySelector('h2, h3, h4, h5, h6')!.localName)).to.deep.equal([
        'h4',
        'h4',
        'h4',
      ]);
    });

    it('heading-level="2" gives an <h2> and <h3> events', async () => {
      const { timeline } = await render(
        html`<ipw-agreement-timeline agreement="mou" heading-level="2"></ipw-agreement-timeline>`,
      );
      expect(title(timeline).localName).to.equal('h2');
      expect(events(timeline)[0].querySelector('h2, h3, h4, h5, h6')!.localName).to.equal('h3');
    });

    it('goes back to oldest first when the order attribute is removed', async () => {
      const { timeline, errors } = await render(
        html`<ipw-agreement-timeline agreement="mou" order="newest"></ipw-agreement-timeline>`,
      );
      const console_ = captureConsole();
      try {
        timeline.removeAttribute('order');
        await settled(timeline);
        expect(errorText(timeline)).to.equal('');
        expect(dated(timeline)[0]).to.equal('1997: Program begins');
        expect(errors).to.deep.equal([]);
      } finally {
        console_.restore();
      }
    });
  });

  describe('right to left', () => {
    it('lays out Arabic right to left', async () => {
      const { timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`, {
        lang: 'ar',
      });
      expect(base(timeline).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base(timeline)).direction).to.equal('rtl');
    });

    it('lets an explicit dir="ltr" on the element win', async () => {
      const { timeline } = await render(
        html`<ipw-agreement-timeline agreement="mou" dir="ltr"></ipw-agreement-timeline>`,
        { lang: 'ar' },
      );
      expect(base(timeline).getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(base(timeline)).direction).to.equal('ltr');
    });
  });

  describe('states', () => {
    let console_: ReturnType<typeof captureConsole>;
    beforeEach(() => (console_ = captureConsole()));
    afterEach(() => console_.restore());

    it('shows a skeleton while the feed loads, then the events', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <ipw-feed src=${`/mock/slow?ms=500&key=${unique('timeline-loading')}`}>
            <ipw-agreement-timeline agreement="wipo-cipo-cooperation"></ipw-agreement-timeline>
          </ipw-feed>
        </div>`,
      );
      const timeline = page.querySelector('ipw-agreement-timeline')!;
      expect(root(timeline).querySelector('[part=skeleton]')).to.exist;
      expect(root(timeline).querySelector('ol')).to.equal(null);
      expect(shown(timeline)).to.equal('Loading…');
      await eventWithin(page.querySelector('ipw-feed')!, 'ipw-feed-load');
      await settled(timeline);
      expect(root(timeline).querySelector('[part=skeleton]')).to.equal(null);
      expect(dated(timeline)[0]).to.match(/^1997: /);
    });

    it('says so, in the reader’s language, when the agreement has no events', async () => {
      const feed = minimalFeed();
      feed.agreements[0].events = [];
      const { timeline, errors } = await render(
        html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`,
        {
          lang: 'fr',
          feed,
        },
      );
      expect(fold(title(timeline).textContent)).to.equal('Coopération OMPI-OPIC');
      expect(shown(timeline)).to.contain('Rien à afficher pour le moment.');
      expect(root(timeline).querySelector('ol')).to.equal(null);
      expect(errors).to.deep.equal([]);
    });

    it('names an unknown agreement and lists the known ones, once', async () => {
      const { page, timeline, errors } = await render(
        html`<ipw-agreement-timeline agreement="treaty"></ipw-agreement-timeline>`,
      );
      expect(errorText(timeline)).to.equal(
        'This content could not be shown. not-found agreement "treaty" is not in the feed; known ids: mou',
      );
      page.setAttribute('lang', 'fr');
      await settled(timeline);
      expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
      expect(console_.errors).to.deep.equal([
        '<ipw-agreement-timeline>: agreement "treaty" is not in the feed; known ids: mou',
      ]);
    });

    it('reports a missing agreement attribute', async () => {
      const { timeline, errors } = await render(html`<ipw-agreement-timeline></ipw-agreement-timeline>`);
      expect(errorText(timeline)).to.contain('invalid-attribute the agreement attribute is missing; known ids: mou');
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
      expect(console_.errors).to.deep.equal([
        '<ipw-agreement-timeline>: the agreement attribute is missing; known ids: mou',
      ]);
    });

    it('rejects an unknown order', async () => {
      const { timeline, errors } = await render(
        html`<ipw-agreement-timeline agreement="mou" order="random"></ipw-agreement-timeline>`,
      );
      expect(root(timeline).querySelector('ol')).to.equal(null);
      expect(errorText(timeline)).to.contain(
        'invalid-attribute order="random" is not valid; expected oldest or newest',
      );
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
    });

    it('reports that there is no feed anywhere', async () => {
      const errors: IpwError[] = [];
      const page = await fixture<HTMLDivElement>(
        html`<div @ipw-error=${(e: CustomEvent<{ error: IpwError }>) => errors.push(e.detail.error)}>
          <ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>
        </div>`,
      );
      const timeline = page.querySelector('ipw-agreement-timeline')!;
      await settled(timeline);
      expect(errorText(timeline)).to.contain('no-feed no feed: put this element inside <ipw-feed src="…">');
      expect(errors.map((e) => e.code)).to.deep.equal(['no-feed']);
      expect(console_.errors).to.have.length(1);
      expect(console_.errors[0]).to.match(/^<ipw-agreement-timeline>: no feed/);
    });
  });

  describe('language change', () => {
    it('switches to French when the page’s lang changes, without reloading', async () => {
      const { page, timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`);
      expect(dated(timeline)[1]).to.equal('October 2024: Program held');
      page.setAttribute('lang', 'fr');
      await settled(timeline);
      expect(fold(title(timeline).textContent)).to.equal('Coopération OMPI-OPIC');
      expect(dated(timeline)[1]).to.equal('octobre 2024: Tenue du programme');
    });
  });

  describe('feed text is text', () => {
    it('renders markup in a title literally', async () => {
      const feed = minimalFeed();
      (feed.agreements[0] as { title: unknown }).title = '<img src=x onerror=alert(1)>';
      const { timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`, {
        feed,
      });
      expect(title(timeline).textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(root(timeline).querySelector('img[src="x"]')).to.equal(null);
    });
  });

  describe('accessibility (axe), default feed', () => {
    for (const theme of ['light', 'dark'])
      for (const lang of ['en', 'fr', 'ar'])
        it(`passes in ${lang}, ${theme}`, async () => {
          const { timeline } = await render(
            html`<ipw-agreement-timeline agreement="wipo-cipo-cooperation" theme=${theme}></ipw-agreement-timeline>`,
            { lang, feed: defaultFeed },
          );
          expect(events(timeline).length).to.be.greaterThan(1);
          await expect(timeline).to.be.accessible();
        });
  });
});
