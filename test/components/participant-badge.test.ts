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
  const { el, ...rest } = await renderIn('ipw-participant-badge', content, options);
  return { ...rest, badge: el };
};

/** What a screen reader says: the text outside `aria-hidden` subtrees. */
const spoken = (el: Element) => {
  const walker = document.createTreeWalker(base(el), NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!n.parentElement!.closest('[aria-hidden="true"]')) text += n.textContent;
  return fold(text);
};
/** What the eye reads: the drawn parts, which screen readers skip. */
const drawn = (el: Element) =>
  fold([...root(el).querySelectorAll('[aria-hidden="true"]')].map((n) => n.textContent).join(' '));
const figure = (el: Element) => fold(root(el).querySelector('[part=figure]')!.textContent);

describe('<ipw-participant-badge>', () => {
  before(async () => (defaultFeed = await loadDefaultFeed()));

  describe('a stat, in the reader’s language', () => {
    it('reads as one sentence in English, and shows "200+"', async () => {
      const { badge } = await render(html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`);
      expect(spoken(badge)).to.equal('Over 200 participants from nearly 90 countries since 1997');
      expect(figure(badge)).to.equal('200+');
      expect(drawn(badge)).to.equal('200+ participants from nearly 90 countries since 1997');
    });

    it('reads as one sentence in French, and shows "plus de 200"', async () => {
      const { badge } = await render(html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`, {
        lang: 'fr',
      });
      expect(spoken(badge)).to.equal('Plus de 200 participants de près de 90 pays depuis 1997');
      expect(figure(badge)).to.equal('plus de 200');
      expect(drawn(badge)).to.equal('plus de 200 participants de près de 90 pays depuis 1997');
    });

    it('reads as one sentence in Arabic', async () => {
      const { badge } = await render(html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`, {
        lang: 'ar',
        feed: defaultFeed,
      });
      const n = (v: number) => new Intl.NumberFormat(AR).format(v);
      const year = new Intl.DateTimeFormat(AR, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(1997, 0, 1));
      expect(spoken(badge)).to.equal(`أكثر من ${n(200)} مشارك من قرابة ${n(90)} دولة منذ ${year}`);
      expect(figure(badge)).to.equal(`أكثر من ${n(200)}`);
    });
  });

  describe('a program’s participants', () => {
    it('counts a program’s participants and where they came from', async () => {
      const { badge } = await render(html`<ipw-participant-badge program="p2024"></ipw-participant-badge>`);
      expect(spoken(badge)).to.equal('9 participants from Africa and Asia');
      expect(figure(badge)).to.equal('9');
    });

    it('in French', async () => {
      const { badge } = await render(html`<ipw-participant-badge program="p2024"></ipw-participant-badge>`, {
        lang: 'fr',
      });
      expect(spoken(badge)).to.equal('9 participants (Afrique et Asie)');
    });

    it('uses the singular for one', async () => {
      const feed = minimalFeed();
      Object.assign(feed.programs[0], { participants: { value: 1, countries: { value: 1 } } });
      const { badge } = await render(html`<ipw-participant-badge program="p2024"></ipw-participant-badge>`, { feed });
      expect(spoken(badge)).to.equal('1 participant from 1 country');
    });

    it('counts countries with their qualifier', async () => {
      const feed = minimalFeed();
      Object.assign(feed.programs[0], { participants: { value: 21, countries: { value: 12, qualifier: 'about' } } });
      const { badge } = await render(html`<ipw-participant-badge program="p2024"></ipw-participant-badge>`, { feed });
      expect(spoken(badge)).to.equal('21 participants from about 12 countries');
    });
  });

  describe('size', () => {
    it('size="stat" shows a big figure on a line of its own', async () => {
      const { page } = await render(
        html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>
          <ipw-participant-badge stat="alumni" size="stat"></ipw-participant-badge>`,
      );
      const [inline, stat] = page.querySelectorAll('ipw-participant-badge');
      await settled(inline, stat);
      const size = (el: Element) => parseFloat(getComputedStyle(root(el).querySelector('[part=figure]')!).fontSize);
      expect(size(stat)).to.be.at.least(2 * size(inline));
      const width = page.querySelector('ipw-feed')!.parentElement!.getBoundingClientRect().width;
      expect(stat.getBoundingClientRect().width).to.equal(width);
      expect(inline.getBoundingClientRect().width).to.be.below(width);
      expect(spoken(stat)).to.equal(spoken(inline));
    });

    it('goes back to inline when the size attribute is removed', async () => {
      const { badge, errors } = await render(
        html`<ipw-participant-badge stat="alumni" size="stat"></ipw-participant-badge>`,
      );
      const console_ = captureConsole();
      try {
        badge.removeAttribute('size');
        await settled(badge);
        expect(errorText(badge)).to.equal('');
        expect(figure(badge)).to.equal('200+');
        expect(errors).to.deep.equal([]);
      } finally {
        console_.restore();
      }
    });

    it('shows the program’s figure when the stat attribute is removed', async () => {
      const { badge, errors } = await render(
        html`<ipw-participant-badge stat="alumni" program="p2024"></ipw-participant-badge>`,
      );
      expect(figure(badge)).to.equal('200+');
      const console_ = captureConsole();
      try {
        badge.removeAttribute('stat');
        await settled(badge);
        expect(errorText(badge)).to.equal('');
        expect(spoken(badge)).to.equal('9 participants from Africa and Asia');
        expect(errors).to.deep.equal([]);
      } finally {
        console_.restore();
      }
    });
  });

  describe('right to left', () => {
    it('lays out Arabic right to left', async () => {
      const { badge } = await render(html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`, {
        lang: 'ar',
      });
      expect(base(badge).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base(badge)).direction).to.equal('rtl');
    });

    it('lets an explicit dir="ltr" on the element win', async () => {
      const { badge } = await render(html`<ipw-participant-badge stat="alumni" dir="ltr"></ipw-participant-badge>`, {
        lang: 'ar',
      });
      expect(base(badge).getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(base(badge)).direction).to.equal('ltr');
    });
  });

  describe('states', () => {
    let console_: ReturnType<typeof captureConsole>;
    beforeEach(() => (console_ = captureConsole()));
    afterEach(() => console_.restore());

    it('shows a skeleton while the feed loads, then the figure', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <ipw-feed src=${`/mock/slow?ms=500&key=${unique('badge-loading')}`}>
            <ipw-participant-badge stat="alumni"></ipw-participant-badge>
          </ipw-feed>
        </div>`,
      );
      const badge = page.querySelector('ipw-participant-badge')!;
      expect(root(badge).querySelector('[part=skeleton]')).to.exist;
      expect(root(badge).querySelector('[part=figure]')).to.equal(null);
      expect(shown(badge)).to.equal('Loading…');
      await eventWithin(page.querySelector('ipw-feed')!, 'ipw-feed-load');
      await settled(badge);
      expect(root(badge).querySelector('[part=skeleton]')).to.equal(null);
      expect(figure(badge)).to.equal('200+');
    });

    it('names an unknown stat and lists the known ones, once', async () => {
      const { page, badge, errors } = await render(
        html`<ipw-participant-badge stat="graduates"></ipw-participant-badge>`,
      );
      expect(errorText(badge)).to.equal(
        'This content could not be shown. not-found stat "graduates" is not in the feed; known ids: alumni',
      );
      page.setAttribute('lang', 'fr');
      await settled(badge);
      expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
      expect(console_.errors).to.deep.equal([
        '<ipw-participant-badge>: stat "graduates" is not in the feed; known ids: alumni',
      ]);
    });

    it('names an unknown program and lists the known ones', async () => {
      const { badge, errors } = await render(html`<ipw-participant-badge program="p2023"></ipw-participant-badge>`);
      expect(errorText(badge)).to.contain('not-found program "p2023" is not in the feed; known ids: p2024, p1997');
      expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
    });

    it('says when a program has no participants in the feed', async () => {
      const { badge, errors } = await render(html`<ipw-participant-badge program="p1997"></ipw-participant-badge>`);
      expect(errorText(badge)).to.contain('program "p1997" has no participants in the feed');
      expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
      expect(console_.errors).to.deep.equal([
        '<ipw-participant-badge>: program "p1997" has no participants in the feed',
      ]);
    });

    it('reports that neither stat nor program is given', async () => {
      const { badge, errors } = await render(html`<ipw-participant-badge></ipw-participant-badge>`);
      expect(errorText(badge)).to.contain('invalid-attribute the stat attribute is missing; known ids: alumni');
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
      expect(console_.errors).to.deep.equal([
        '<ipw-participant-badge>: the stat attribute is missing; known ids: alumni',
      ]);
    });

    it('rejects an unknown size', async () => {
      const { badge, errors } = await render(
        html`<ipw-participant-badge stat="alumni" size="huge"></ipw-participant-badge>`,
      );
      expect(root(badge).querySelector('[part=figure]')).to.equal(null);
      expect(errorText(badge)).to.contain('invalid-attribute size="huge" is not valid; expected inline or stat');
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
    });

    it('reports that there is no feed anywhere', async () => {
      const errors: IpwError[] = [];
      const page = await fixture<HTMLDivElement>(
        html`<div @ipw-error=${(e: CustomEvent<{ error: IpwError }>) => errors.push(e.detail.error)}>
          <ipw-participant-badge stat="alumni"></ipw-participant-badge>
        </div>`,
      );
      const badge = page.querySelector('ipw-participant-badge')!;
      await settled(badge);
      expect(errorText(badge)).to.contain('no-feed no feed: put this element inside <ipw-feed src="…">');
      expect(errors.map((e) => e.code)).to.deep.equal(['no-feed']);
      expect(console_.errors).to.have.length(1);
      expect(console_.errors[0]).to.match(/^<ipw-participant-badge>: no feed/);
    });
  });

  describe('language change', () => {
    it('switches to French when the page’s lang changes, without reloading', async () => {
      const { page, badge } = await render(html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`);
      expect(figure(badge)).to.equal('200+');
      page.setAttribute('lang', 'fr');
      await settled(badge);
      expect(spoken(badge)).to.equal('Plus de 200 participants de près de 90 pays depuis 1997');
      expect(figure(badge)).to.equal('plus de 200');
    });
  });

  describe('feed text is text', () => {
    it('renders markup in a label literally', async () => {
      const feed = minimalFeed();
      (feed.stats[0] as { label: unknown }).label = '<img src=x onerror=alert(1)>';
      const { badge } = await render(html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`, { feed });
      expect(root(badge).querySelector('[part=label]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(spoken(badge)).to.equal('Over 200 <img src=x onerror=alert(1)> from nearly 90 countries since 1997');
      expect(root(badge).querySelector('img[src="x"]')).to.equal(null);
    });
  });

  describe('accessibility (axe), default feed', () => {
    for (const size of ['inline', 'stat'])
      for (const theme of ['light', 'dark'])
        for (const lang of ['en', 'fr', 'ar'])
          it(`passes as ${size} in ${lang}, ${theme}`, async () => {
            const { badge } = await render(
              html`<ipw-participant-badge stat="alumni" size=${size} theme=${theme}></ipw-participant-badge>`,
              { lang, feed: defaultFeed },
            );
            expect(root(badge).querySelector('[part=figure]')).to.exist;
            await expect(badge).to.be.accessible();
          });
  });
});
