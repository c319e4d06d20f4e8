import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { errorText, fold, renderer, root } from './render.js';
import { runWidgetTests } from './shared.js';
import { captureConsole, settled, shown } from '../helpers.js';

/**
 * Three programs whose order differs by start date, by English title (locale-aware:
 * "alpha" before "Beta" before "Écoles") and by French title.
 */
const sortFeed = () => ({
  ...minimalFeed(),
  programs: [
    { id: 'x', title: { en: 'Beta course', fr: 'Stage bêta' }, organizers: ['wipo'], start: '2021' },
    { id: 'y', title: { en: 'alpha course', fr: 'Cours alpha' }, organizers: ['wipo'], start: '2023-05' },
    { id: 'z', title: { en: 'Écoles course', fr: 'Atelier d’été' }, organizers: ['cipo'], start: '2022-01-10' },
  ],
});

const render = renderer('ipw-program-list');

/** The cards' titles, in the order a reader meets them. */
const titles = (el: Element) =>
  [...root(el).querySelectorAll('article :is(h2, h3, h4, h5, h6)')].map((h) => fold(h.textContent));

const WIPO_CIPO = 'WIPO–CIPO Executive Training Program';
const EXECUTIVE = 'Executive Program';

/** The default feed's programs in each language: their titles, newest first, and a little of what their cards say. */
const DEFAULT_FEED = {
  en: {
    titles: [WIPO_CIPO, 'WIPO Academy Executive Training Program'],
    shows: ['Dates October 7 – 11, 2024', 'Location CIPO headquarters, Gatineau, Canada', 'Organized by WIPO Academy'],
  },
  fr: {
    titles: [
      'Programme OMPI–OPIC de formation des cadres',
      'Programme de formation des cadres de l’Académie de l’OMPI',
    ],
    shows: ['Dates 7–11 octobre 2024', 'Lieu siège de l’OPIC, Gatineau, Canada', 'Organisé par Académie de l’OMPI'],
  },
  ar: {
    titles: [WIPO_CIPO, 'WIPO Academy Executive Training Program'],
    shows: ['التواريخ', 'كندا', 'أكتوبر', 'الجهات المنظمة'],
  },
};

describe('<ipw-program-list>', () => {
  runWidgetTests({
    tag: 'ipw-program-list',
    attributes: '',
    content: 'article',
    ready(list, lang) {
      expect(titles(list)).to.deep.equal(DEFAULT_FEED[lang].titles);
      for (const text of DEFAULT_FEED[lang].shows) expect(shown(list)).to.contain(text);
      if (lang !== 'en') expect(shown(list)).not.to.contain('Organized by');
    },
    slowFeed: {
      attributes: 'organizer="wipo-academy"',
      ready: (list, lang) => expect(titles(list)).to.deep.equal(DEFAULT_FEED[lang].titles.slice(1)),
    },
    problems: {
      'organizer="epo"': 'not-found organizer "epo" is not in the feed; known ids: wipo, cipo',
      'topic="patents"': 'not-found topic "patents" is not in the feed; known ids: it, examiners',
      'sort="random"': 'invalid-attribute sort="random" is not valid; expected newest, oldest, or title',
      'year="24"': 'invalid-attribute year="24" is not valid; expected a year like 2024',
      'limit="few"': 'invalid-attribute limit="few" is not valid; expected a whole number',
      'limit="-1"': 'invalid-attribute limit="-1" is not valid; expected a whole number',
    },
    empty: ['year="2030"', 'limit="0"'],
  });

  describe('in the reader’s language', () => {
    it('shows every program as a card in a list, in English', async () => {
      const { el: list } = await render(html`<ipw-program-list></ipw-program-list>`);
      expect(root(list).querySelectorAll('ul > li > article')).to.have.length(2);
      expect(titles(list)).to.deep.equal([WIPO_CIPO, EXECUTIVE]);
      expect(shown(list)).to.contain('Dates October 7 – 11, 2024');
      expect(shown(list)).to.contain('Location CIPO headquarters, Gatineau, Canada');
      expect(shown(list)).to.contain('Dates 1997 Organized by CIPO');
    });

    it('shows the programs in French', async () => {
      const { el: list } = await render(html`<ipw-program-list></ipw-program-list>`, { lang: 'fr' });
      expect(titles(list)).to.deep.equal(['Programme de formation des cadres OMPI-OPIC', EXECUTIVE]);
      expect(shown(list)).to.contain('Dates 7–11 octobre 2024');
      expect(shown(list)).to.contain('Lieu Siège de l’OPIC, Gatineau, Canada');
      expect(shown(list)).to.contain('Organisé par OMPI et OPIC');
      // A title only in English is marked as English for screen readers.
      const fallback = root(list).querySelectorAll('article')[1].querySelector('h3 [lang]')!;
      expect([fallback.getAttribute('lang'), fallback.textContent]).to.deep.equal(['en', EXECUTIVE]);
    });

    it('shows the programs in Arabic', async () => {
      const { el: list } = await render(html`<ipw-program-list></ipw-program-list>`, { lang: 'ar' });
      expect(shown(list)).to.contain('التواريخ');
      expect(shown(list)).to.contain('كندا');
      expect(shown(list)).to.contain('أكتوبر');
      expect(shown(list)).to.contain('الجهات المنظمة');
    });
  });

  describe('filters and order', () => {
    it('puts the newest first by default', async () => {
      const { el: list } = await render(html`<ipw-program-list></ipw-program-list>`, { feed: sortFeed() });
      expect(titles(list)).to.deep.equal(['alpha course', 'Écoles course', 'Beta course']);
    });

    it('sort="oldest" puts the oldest first', async () => {
      const { el: list } = await render(html`<ipw-program-list sort="oldest"></ipw-program-list>`, {
        feed: sortFeed(),
      });
      expect(titles(list)).to.deep.equal(['Beta course', 'Écoles course', 'alpha course']);
    });

    it('sort="title" orders by title as the reader’s language does', async () => {
      const { el: list } = await render(html`<ipw-program-list sort="title"></ipw-program-list>`, { feed: sortFeed() });
      expect(titles(list)).to.deep.equal(['alpha course', 'Beta course', 'Écoles course']);
    });

    it('sort="title" orders by the French titles in French', async () => {
      const { el: list } = await render(html`<ipw-program-list sort="title"></ipw-program-list>`, {
        feed: sortFeed(),
        lang: 'fr',
      });
      expect(titles(list)).to.deep.equal(['Atelier d’été', 'Cours alpha', 'Stage bêta']);
    });

    it('organizer shows only that organization’s programs', async () => {
      const { page } = await render(
        html`<ipw-program-list organizer="wipo"></ipw-program-list>
          <ipw-program-list organizer="cipo"></ipw-program-list>`,
      );
      const [wipo, cipo] = page.querySelectorAll('ipw-program-list');
      await settled(wipo, cipo);
      expect(titles(wipo)).to.deep.equal([WIPO_CIPO]);
      expect(titles(cipo)).to.deep.equal([WIPO_CIPO, EXECUTIVE]);
    });

    it('topic shows only the programs on that topic', async () => {
      const { el: list } = await render(html`<ipw-program-list topic="examiners"></ipw-program-list>`);
      expect(titles(list)).to.deep.equal([WIPO_CIPO]);
    });

    it('year shows only the programs that start that year', async () => {
      const { el: list } = await render(html`<ipw-program-list year="1997"></ipw-program-list>`);
      expect(titles(list)).to.deep.equal([EXECUTIVE]);
    });

    it('limit shows at most that many, after sorting', async () => {
      const { page } = await render(
        html`<ipw-program-list limit="1"></ipw-program-list>
          <ipw-program-list limit="1" sort="oldest"></ipw-program-list>`,
      );
      const [newest, oldest] = page.querySelectorAll('ipw-program-list');
      await settled(newest, oldest);
      expect(titles(newest)).to.deep.equal([WIPO_CIPO]);
      expect(titles(oldest)).to.deep.equal([EXECUTIVE]);
    });

    it('follows attribute changes made after it rendered', async () => {
      const { el: list } = await render(html`<ipw-program-list></ipw-program-list>`, { feed: sortFeed() });
      list.setAttribute('sort', 'title');
      await settled(list);
      expect(titles(list)).to.deep.equal(['alpha course', 'Beta course', 'Écoles course']);
      list.setAttribute('organizer', 'cipo');
      await settled(list);
      expect(titles(list)).to.deep.equal(['Écoles course']);
    });

    it('shows every program again when a filter attribute is removed', async () => {
      const { el: list, errors } = await render(
        html`<ipw-program-list year="1997" organizer="cipo"></ipw-program-list>`,
      );
      expect(titles(list)).to.deep.equal([EXECUTIVE]);
      const console_ = captureConsole();
      try {
        list.removeAttribute('year');
        list.removeAttribute('organizer');
        await settled(list);
        expect(errorText(list)).to.equal('');
        expect(titles(list)).to.deep.equal([WIPO_CIPO, EXECUTIVE]);
        expect(errors).to.deep.equal([]);
        expect(console_.errors).to.deep.equal([]);
      } finally {
        console_.restore();
      }
    });

    it('goes back to newest first when sort is removed', async () => {
      const { el: list } = await render(html`<ipw-program-list sort="oldest"></ipw-program-list>`, {
        feed: sortFeed(),
      });
      const console_ = captureConsole();
      try {
        list.removeAttribute('sort');
        await settled(list);
        expect(errorText(list)).to.equal('');
        expect(titles(list)).to.deep.equal(['alpha course', 'Écoles course', 'Beta course']);
        expect(console_.errors).to.deep.equal([]);
      } finally {
        console_.restore();
      }
    });

    it('gives each card the heading level asked for', async () => {
      const { el: list } = await render(html`<ipw-program-list heading-level="2"></ipw-program-list>`);
      const headings = [...root(list).querySelectorAll('article :is(h2, h3, h4, h5, h6)')];
      expect(headings.map((h) => h.localName)).to.deep.equal(['h2', 'h2']);
    });
  });

  describe('links', () => {
    it('links each program that has an address to it, named after the program', async () => {
      const { el: list } = await render(html`<ipw-program-list></ipw-program-list>`);
      const links = [...root(list).querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.wipo.int/academy/en/']);
      expect(fold(links[0].textContent)).to.match(new RegExp(`^Learn more\\b.*${WIPO_CIPO}$`));
    });
  });

  describe('feed text is text', () => {
    it('renders markup in a title literally', async () => {
      const feed = minimalFeed();
      (feed.programs[1] as { title: unknown }).title = '<img src=x onerror=alert(1)>';
      const { el: list } = await render(html`<ipw-program-list></ipw-program-list>`, { feed });
      expect(titles(list)).to.deep.equal([WIPO_CIPO, '<img src=x onerror=alert(1)>']);
      expect(root(list).querySelector('img[src="x"]')).to.equal(null);
    });
  });
});
