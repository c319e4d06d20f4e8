import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { loadMessages } from '../../src/i18n/messages.js';
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
    titles: [
      'برنامج التدريب التنفيذي المشترك بين الويبو ومكتب كندا للملكية الفكرية',
      'برنامج التدريب التنفيذي لأكاديمية الويبو',
    ],
    shows: [
      'التواريخ',
      'المكان مقر مكتب كندا للملكية الفكرية، غاتينو، كندا',
      'أكتوبر',
      'الجهات المنظمة أكاديمية الويبو',
    ],
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
      'page-size="0"': 'invalid-attribute page-size="0" is not valid; expected a whole number, 1 or more',
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

    it('sort="title" under a language tag Intl cannot read (en_US, a space): ordered as in English', async () => {
      for (const lang of ['en_US', ' ']) {
        const { el: list } = await render(html`<ipw-program-list sort="title"></ipw-program-list>`, {
          feed: sortFeed(),
          lang,
        });
        expect(titles(list), JSON.stringify(lang)).to.deep.equal(['alpha course', 'Beta course', 'Écoles course']);
        expect(errorText(list)).to.equal('');
      }
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

  describe('a long list: one page of cards, then "Show more"', () => {
    /** A feed of `n` programs, newest first: "Program n" … "Program 1". */
    const longFeed = (n: number) => ({
      ...minimalFeed(),
      programs: Array.from({ length: n }, (_, i) => ({
        id: `p${i + 1}`,
        title: `Program ${i + 1}`,
        organizers: ['wipo'],
        start: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      })),
    });
    const button = (el: Element) => root(el).querySelector<HTMLButtonElement>('button[part=more]');
    const count = (el: Element) => fold(root(el).querySelector('[part=count]')?.textContent);

    it('draws 24 cards of 60 at first, then 24 more at each press, and takes the focus to the first new card', async () => {
      const { el: list } = await render(html`<ipw-program-list></ipw-program-list>`, { feed: longFeed(60) });
      expect(titles(list)).to.have.length(24);
      expect(titles(list)[0]).to.equal('Program 60');
      expect(fold(button(list)!.textContent)).to.equal('Show more');
      expect(count(list)).to.equal('24 of 60 shown');

      // A keyboard user: Tab to the button, then Enter.
      button(list)!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(list);
      expect(titles(list)).to.have.length(48);
      expect(count(list)).to.equal('48 of 60 shown');
      const focused = root(list).activeElement!;
      expect(focused.localName).to.equal('article');
      expect(fold(focused.querySelector('h3')!.textContent)).to.equal('Program 36');
      // Focusable by script only, not a tab stop of its own.
      expect(focused.getAttribute('tabindex')).to.equal('-1');

      button(list)!.click();
      await settled(list);
      expect(titles(list)).to.have.length(60);
      expect(titles(list).at(-1)).to.equal('Program 1');
      expect(button(list)).to.equal(null);
      expect(root(list).querySelector('[part=count]')).to.equal(null);
    });

    it('takes its page from page-size, and stops at limit', async () => {
      const { page } = await render(
        html`<ipw-program-list page-size="10"></ipw-program-list>
          <ipw-program-list page-size="10" limit="15"></ipw-program-list>
          <ipw-program-list limit="5"></ipw-program-list>`,
        { feed: longFeed(30) },
      );
      const [paged, limited, short] = page.querySelectorAll('ipw-program-list');
      await settled(paged, limited, short);
      expect(titles(paged)).to.have.length(10);
      expect(count(paged)).to.equal('10 of 30 shown');
      expect(count(limited)).to.equal('10 of 15 shown');
      button(limited)!.click();
      await settled(limited);
      expect(titles(limited)).to.have.length(15);
      expect(button(limited)).to.equal(null);
      expect(titles(short)).to.have.length(5);
      expect(button(short)).to.equal(null);
    });

    it('starts again at the first page when a filter or the order changes, but not when the language does', async () => {
      const { el: list, page } = await render(html`<ipw-program-list></ipw-program-list>`, { feed: longFeed(60) });
      button(list)!.click();
      await settled(list);
      expect(titles(list)).to.have.length(48);
      page.setAttribute('lang', 'fr');
      await settled(list);
      expect(titles(list)).to.have.length(48);
      expect(fold(button(list)!.textContent)).to.equal('Afficher plus');
      expect(count(list)).to.equal('48 sur 60 affichés');
      list.setAttribute('sort', 'oldest');
      await settled(list);
      expect(titles(list)).to.have.length(24);
      expect(titles(list)[0]).to.equal('Program 1');
    });

    it('says it in Arabic, right to left', async () => {
      await loadMessages('ar');
      const { el: list } = await render(html`<ipw-program-list></ipw-program-list>`, {
        feed: longFeed(30),
        lang: 'ar',
      });
      expect(fold(button(list)!.textContent)).to.equal('عرض المزيد');
      expect(count(list)).to.equal('تم عرض 24 من 30');
    });

    it('draws a page of a 10,000-program feed, not the whole feed', async () => {
      const { el: list } = await render(html`<ipw-program-list></ipw-program-list>`, { feed: longFeed(10_000) });
      expect(root(list).querySelectorAll('article')).to.have.length(24);
      expect(count(list)).to.equal('24 of 10,000 shown');
    });
  });
});
