import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { base, errorText, fold, loadDefaultFeed, renderer, root } from './render.js';
import { runWidgetTests } from './shared.js';
import { loadMessages } from '../../src/i18n/messages.js';
import { captureConsole, settled } from '../helpers.js';

/** Plain ar as the library writes it: Latin digits in every engine (src/i18n/format.ts). */
const AR = 'ar-u-nu-latn';

let defaultFeed: Record<string, unknown>;

const render = renderer('ipw-participant-badge');

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

const n = (v: number) => new Intl.NumberFormat(AR).format(v);
const since = new Intl.DateTimeFormat(AR, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(1997, 0, 1));

/** The default feed's alumni stat in each language: what a screen reader says, and the figure the eye reads. */
const ALUMNI = {
  en: { spoken: 'Over 200 participants from nearly 90 countries since 1997', figure: '200+' },
  fr: { spoken: 'Plus de 200 participants de près de 90 pays depuis 1997', figure: 'plus de 200' },
  ar: { spoken: `أكثر من ${n(200)} مشارك من قرابة ${n(90)} دولة منذ ${since}`, figure: `أكثر من ${n(200)}` },
};

describe('<ipw-participant-badge>', () => {
  before(async () => (defaultFeed = await loadDefaultFeed()));

  runWidgetTests({
    tag: 'ipw-participant-badge',
    attributes: 'stat="alumni"',
    content: '[part=figure]',
    ready(badge, lang) {
      expect(spoken(badge)).to.equal(ALUMNI[lang].spoken);
      expect(figure(badge)).to.equal(ALUMNI[lang].figure);
    },
    problems: {
      'stat="graduates"': 'not-found stat "graduates" is not in the feed; known ids: alumni',
      'program="p2023"': 'not-found program "p2023" is not in the feed; known ids: p2024, p1997',
      'program="p1997"': 'not-found program "p1997" has no participants in the feed',
      '': 'invalid-attribute the stat attribute is missing; known ids: alumni',
      'stat="alumni" size="huge"': 'invalid-attribute size="huge" is not valid; expected inline or stat',
    },
    axe: { size: ['inline', 'stat'] },
  });

  describe('a stat, in the reader’s language', () => {
    it('reads as one sentence in English, and shows "200+"', async () => {
      const { el: badge } = await render(html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`);
      expect(spoken(badge)).to.equal('Over 200 participants from nearly 90 countries since 1997');
      expect(figure(badge)).to.equal('200+');
      expect(drawn(badge)).to.equal('200+ participants from nearly 90 countries since 1997');
    });

    it('reads as one sentence in French, and shows "plus de 200"', async () => {
      const { el: badge } = await render(html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`, {
        lang: 'fr',
      });
      expect(spoken(badge)).to.equal('Plus de 200 participants de près de 90 pays depuis 1997');
      expect(figure(badge)).to.equal('plus de 200');
      expect(drawn(badge)).to.equal('plus de 200 participants de près de 90 pays depuis 1997');
    });

    it('reads as one sentence in Arabic', async () => {
      const { el: badge } = await render(html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`, {
        lang: 'ar',
        feed: defaultFeed,
      });
      expect(spoken(badge)).to.equal(ALUMNI.ar.spoken);
      expect(figure(badge)).to.equal(ALUMNI.ar.figure);
    });

    it('reads as one sentence in Spanish, Russian and Chinese, from the default feed', async () => {
      const said = async (lang: string) => {
        await loadMessages(lang);
        const { el } = await render(html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`, {
          lang,
          feed: defaultFeed,
        });
        return spoken(el);
      };
      expect(await said('es')).to.equal('Más de 200 participantes de casi 90 países desde 1997');
      expect(await said('ru')).to.equal('Более 200 участников из почти 90 стран с 1997 года');
      expect(await said('zh')).to.equal('自1997年以来，来自近90个国家的200多名学员');
    });
  });

  describe('a program’s participants', () => {
    it('counts a program’s participants and where they came from', async () => {
      const { el: badge } = await render(html`<ipw-participant-badge program="p2024"></ipw-participant-badge>`);
      expect(spoken(badge)).to.equal('9 participants from Africa and Asia');
      expect(figure(badge)).to.equal('9');
    });

    it('in French', async () => {
      const { el: badge } = await render(html`<ipw-participant-badge program="p2024"></ipw-participant-badge>`, {
        lang: 'fr',
      });
      expect(spoken(badge)).to.equal('9 participants (Afrique et Asie)');
    });

    it('uses the singular for one', async () => {
      const feed = minimalFeed();
      Object.assign(feed.programs[0], { participants: { value: 1, countries: { value: 1 } } });
      const { el: badge } = await render(html`<ipw-participant-badge program="p2024"></ipw-participant-badge>`, {
        feed,
      });
      expect(spoken(badge)).to.equal('1 participant from 1 country');
    });

    it('counts countries with their qualifier', async () => {
      const feed = minimalFeed();
      Object.assign(feed.programs[0], { participants: { value: 21, countries: { value: 12, qualifier: 'about' } } });
      const { el: badge } = await render(html`<ipw-participant-badge program="p2024"></ipw-participant-badge>`, {
        feed,
      });
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
      const { el: badge, errors } = await render(
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
      const { el: badge, errors } = await render(
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

  describe('feed text is text', () => {
    it('renders markup in a label literally', async () => {
      const feed = minimalFeed();
      (feed.stats[0] as { label: unknown }).label = '<img src=x onerror=alert(1)>';
      const { el: badge } = await render(html`<ipw-participant-badge stat="alumni"></ipw-participant-badge>`, { feed });
      expect(root(badge).querySelector('[part=label]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(spoken(badge)).to.equal('Over 200 <img src=x onerror=alert(1)> from nearly 90 countries since 1997');
      expect(root(badge).querySelector('img[src="x"]')).to.equal(null);
    });
  });
});
