import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { IpwError } from '../../src/feed/errors.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { base, errorText, fold, loadDefaultFeed, renderIn, root } from './render.js';
import { captureConsole, eventWithin, settled, shown, unique } from '../helpers.js';

let defaultFeed: Record<string, unknown>;

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

const render = async (content: TemplateResult, options?: { lang?: string; feed?: unknown }) => {
  const { el, ...rest } = await renderIn('ipw-program-list', content, options);
  return { ...rest, list: el };
};

/** The cards' titles, in the order a reader meets them. */
const titles = (el: Element) =>
  [...root(el).querySelectorAll('article :is(h2, h3, h4, h5, h6)')].map((h) => fold(h.textContent));

const WIPO_CIPO = 'WIPO–CIPO Executive Training Program';
const EXECUTIVE = 'Executive Program';

describe('<ipw-program-list>', () => {
  before(async () => (defaultFeed = await loadDefaultFeed()));

  describe('in the reader’s language', () => {
    it('shows every program as a card in a list, in English', async () => {
      const { list } = await render(html`<ipw-program-list></ipw-program-list>`);
      expect(root(list).querySelectorAll('ul > li > article')).to.have.length(2);
      expect(titles(list)).to.deep.equal([WIPO_CIPO, EXECUTIVE]);
      expect(shown(list)).to.contain('Dates October 7 – 11, 2024');
      expect(shown(list)).to.contain('Location CIPO headquarters, Gatineau, Canada');
      expect(shown(list)).to.contain('Dates 1997 Organized by CIPO');
    });

    it('shows the programs in French', async () => {
      const { list } = await render(html`<ipw-program-list></ipw-program-list>`, { lang: 'fr' });
      expect(titles(list)).to.deep.equal(['Programme de formation des cadres OMPI-OPIC', EXECUTIVE]);
      expect(shown(list)).to.contain('Dates 7–11 octobre 2024');
      expect(shown(list)).to.contain('Lieu Siège de l’OPIC, Gatineau, Canada');
      expect(shown(list)).to.contain('Organisé par OMPI et OPIC');
      // A title only in English is marked as English for screen readers.
      const fallback = root(list).querySelectorAll('article')[1].querySelector('h3 [lang]')!;
      expect([fallback.getAttribute('lang'), fallback.textContent]).to.deep.equal(['en', EXECUTIVE]);
    });

    it('shows the programs in Arabic', async () => {
      const { list } = await render(html`<ipw-program-list></ipw-program-list>`, { lang: 'ar' });
      expect(shown(list)).to.contain('التواريخ');
      expect(shown(list)).to.contain('كندا');
      expect(shown(list)).to.contain('أكتوبر');
      expect(shown(list)).to.contain('الجهات المنظمة');
    });
  });

  describe('right to left', () => {
    it('lays out Arabic right to left', async () => {
      const { list } = await render(html`<ipw-program-list></ipw-program-list>`, { lang: 'ar' });
      expect(base(list).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base(list)).direction).to.equal('rtl');
    });

    it('lets an explicit dir="ltr" on the element win', async () => {
      const { list } = await render(html`<ipw-program-list dir="ltr"></ipw-program-list>`, { lang: 'ar' });
      expect(base(list).getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(base(list)).direction).to.equal('ltr');
    });
  });

  describe('filters and order', () => {
    it('puts the newest first by default', async () => {
      const { list } = await render(html`<ipw-program-list></ipw-program-list>`, { feed: sortFeed() });
      expect(titles(list)).to.deep.equal(['alpha course', 'Écoles course', 'Beta course']);
    });

    it('sort="oldest" puts the oldest first', async () => {
      const { list } = await render(html`<ipw-program-list sort="oldest"></ipw-program-list>`, { feed: sortFeed() });
      expect(titles(list)).to.deep.equal(['Beta course', 'Écoles course', 'alpha course']);
    });

    it('sort="title" orders by title as the reader’s language does', async () => {
      const { list } = await render(html`<ipw-program-list sort="title"></ipw-program-list>`, { feed: sortFeed() });
      expect(titles(list)).to.deep.equal(['alpha course', 'Beta course', 'Écoles course']);
    });

    it('sort="title" orders by the French titles in French', async () => {
      const { list } = await render(html`<ipw-program-list sort="title"></ipw-program-list>`, {
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
      const { list } = await render(html`<ipw-program-list topic="examiners"></ipw-program-list>`);
      expect(titles(list)).to.deep.equal([WIPO_CIPO]);
    });

    it('year shows only the programs that start that year', async () => {
      const { list } = await render(html`<ipw-program-list year="1997"></ipw-program-list>`);
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
      const { list } = await render(html`<ipw-program-list></ipw-program-list>`, { feed: sortFeed() });
      list.setAttribute('sort', 'title');
      await settled(list);
      expect(titles(list)).to.deep.equal(['alpha course', 'Beta course', 'Écoles course']);
      list.setAttribute('organizer', 'cipo');
      await settled(list);
      expect(titles(list)).to.deep.equal(['Écoles course']);
    });

    it('shows every program again when a filter attribute is removed', async () => {
      const { list, errors } = await render(html`<ipw-program-list year="1997" organizer="cipo"></ipw-program-list>`);
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
      const { list } = await render(html`<ipw-program-list sort="oldest"></ipw-program-list>`, { feed: sortFeed() });
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
      const { list } = await render(html`<ipw-program-list heading-level="2"></ipw-program-list>`);
      const headings = [...root(list).querySelectorAll('article :is(h2, h3, h4, h5, h6)')];
      expect(headings.map((h) => h.localName)).to.deep.equal(['h2', 'h2']);
    });
  });

  describe('states', () => {
    let console_: ReturnType<typeof captureConsole>;
    beforeEach(() => (console_ = captureConsole()));
    afterEach(() => console_.restore());

    it('shows a skeleton while the feed loads, then the cards', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div lang="fr">
          <ipw-feed src=${`/mock/slow?ms=500&key=${unique('list-loading')}`}>
            <ipw-program-list organizer="wipo-academy"></ipw-program-list>
          </ipw-feed>
        </div>`,
      );
      const list = page.querySelector('ipw-program-list')!;
      expect(root(list).querySelector('[part=skeleton]')).to.exist;
      expect(root(list).querySelector('article')).to.equal(null);
      expect(shown(list)).to.equal('Chargement…');
      await eventWithin(page.querySelector('ipw-feed')!, 'ipw-feed-load');
      await settled(list);
      expect(root(list).querySelector('[part=skeleton]')).to.equal(null);
      expect(root(list).querySelectorAll('article')).to.have.length(1);
    });

    it('says so, in the reader’s language, when nothing matches', async () => {
      const { list, errors } = await render(html`<ipw-program-list year="2030"></ipw-program-list>`, { lang: 'fr' });
      expect(shown(list)).to.equal('Rien à afficher pour le moment.');
      expect(root(list).querySelector('article')).to.equal(null);
      expect(errors).to.deep.equal([]);
      expect(console_.errors).to.deep.equal([]);
    });

    it('says so in English when limit is 0', async () => {
      const { list } = await render(html`<ipw-program-list limit="0"></ipw-program-list>`);
      expect(shown(list)).to.equal('Nothing to show yet.');
    });

    it('names an unknown organizer and lists the known ones, once', async () => {
      const { page, list, errors } = await render(html`<ipw-program-list organizer="epo"></ipw-program-list>`);
      expect(errorText(list)).to.equal(
        'This content could not be shown. not-found organizer "epo" is not in the feed; known ids: wipo, cipo',
      );
      page.setAttribute('lang', 'fr');
      await settled(list);
      expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
      expect(console_.errors).to.deep.equal([
        '<ipw-program-list>: organizer "epo" is not in the feed; known ids: wipo, cipo',
      ]);
    });

    it('names an unknown topic and lists the known ones', async () => {
      const { list, errors } = await render(html`<ipw-program-list topic="patents"></ipw-program-list>`);
      expect(errorText(list)).to.contain('topic "patents" is not in the feed; known ids: it, examiners');
      expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
    });

    it('rejects sort="random"', async () => {
      const { list, errors } = await render(html`<ipw-program-list sort="random"></ipw-program-list>`);
      expect(root(list).querySelector('article')).to.equal(null);
      expect(errorText(list)).to.equal(
        'This content could not be shown. invalid-attribute sort="random" is not valid; expected newest, oldest, or title',
      );
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
      expect(console_.errors).to.deep.equal([
        '<ipw-program-list>: sort="random" is not valid; expected newest, oldest, or title',
      ]);
    });

    for (const [template, expected] of [
      [html`<ipw-program-list year="24"></ipw-program-list>`, 'year="24" is not valid; expected a year like 2024'],
      [html`<ipw-program-list limit="few"></ipw-program-list>`, 'limit="few" is not valid; expected a whole number'],
      [html`<ipw-program-list limit="-1"></ipw-program-list>`, 'limit="-1" is not valid; expected a whole number'],
    ] as const)
      it(`rejects ${expected.split(' ')[0]}`, async () => {
        const { list, errors } = await render(template);
        expect(errorText(list)).to.contain(`invalid-attribute ${expected}`);
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
        expect(console_.errors).to.deep.equal([`<ipw-program-list>: ${expected}`]);
      });

    it('reports that there is no feed anywhere', async () => {
      const errors: IpwError[] = [];
      const page = await fixture<HTMLDivElement>(
        html`<div @ipw-error=${(e: CustomEvent<{ error: IpwError }>) => errors.push(e.detail.error)}>
          <ipw-program-list></ipw-program-list>
        </div>`,
      );
      const list = page.querySelector('ipw-program-list')!;
      await settled(list);
      expect(errorText(list)).to.contain('no-feed no feed: put this element inside <ipw-feed src="…">');
      expect(errors.map((e) => e.code)).to.deep.equal(['no-feed']);
      expect(console_.errors).to.have.length(1);
      expect(console_.errors[0]).to.match(/^<ipw-program-list>: no feed/);
    });
  });

  describe('language change', () => {
    it('switches to French when the page’s lang changes, without reloading', async () => {
      const { page, list } = await render(html`<ipw-program-list></ipw-program-list>`);
      expect(titles(list)[0]).to.equal(WIPO_CIPO);
      page.setAttribute('lang', 'fr');
      await settled(list);
      expect(titles(list)[0]).to.equal('Programme de formation des cadres OMPI-OPIC');
      expect(shown(list)).to.contain('7–11 octobre 2024');
      expect(shown(list)).not.to.contain('Organized by');
    });
  });

  describe('links', () => {
    it('links each program that has an address to it, named after the program', async () => {
      const { list } = await render(html`<ipw-program-list></ipw-program-list>`);
      const links = [...root(list).querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.wipo.int/academy/en/']);
      expect(fold(links[0].textContent)).to.match(new RegExp(`^Learn more\\b.*${WIPO_CIPO}$`));
    });
  });

  describe('feed text is text', () => {
    it('renders markup in a title literally', async () => {
      const feed = minimalFeed();
      (feed.programs[1] as { title: unknown }).title = '<img src=x onerror=alert(1)>';
      const { list } = await render(html`<ipw-program-list></ipw-program-list>`, { feed });
      expect(titles(list)).to.deep.equal([WIPO_CIPO, '<img src=x onerror=alert(1)>']);
      expect(root(list).querySelector('img[src="x"]')).to.equal(null);
    });
  });

  describe('accessibility (axe), default feed', () => {
    for (const theme of ['light', 'dark'])
      for (const lang of ['en', 'fr', 'ar'])
        it(`passes in ${lang}, ${theme}`, async () => {
          const { list } = await render(html`<ipw-program-list theme=${theme}></ipw-program-list>`, {
            lang,
            feed: defaultFeed,
          });
          expect(root(list).querySelectorAll('article').length).to.be.greaterThan(1);
          await expect(list).to.be.accessible();
        });
  });
});
