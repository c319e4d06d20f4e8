import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { IpwFeed } from '../../src/components/feed/ipw-feed.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { fold, loadDefaultFeed, renderer, root } from './render.js';
import { runWidgetTests } from './shared.js';
import { captureConsole, settled, shown } from '../helpers.js';

const render = renderer('ipw-program-card');

const heading = (el: Element) => root(el).querySelector('article :is(h1, h2, h3, h4, h5, h6)')!;
const link = (el: Element) => root(el).querySelector('a')!;
/** The card's description list: each term with its description. */
const facts = (el: Element) =>
  Object.fromEntries(
    [...root(el).querySelectorAll('dl > div')].map((row) => [
      fold(row.querySelector('dt')!.textContent),
      fold(row.querySelector('dd')!.textContent),
    ]),
  );
const topics = (el: Element) => [...root(el).querySelectorAll('ul > li')].map((li) => fold(li.textContent));

/** An Intl date range as this engine writes it, folded. */
const range = (lang: string, start: string, end: string) =>
  fold(
    new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).formatRange(
      new Date(`${start}T00:00Z`),
      new Date(`${end}T00:00Z`),
    ),
  );

/** The default feed's WIPO–CIPO program as a reader sees it in each language: its title, dates and country. */
const WIPO_CIPO_2024 = {
  en: {
    title: 'WIPO–CIPO Executive Training Program',
    dates: ['Dates', 'October 7 – 11, 2024'],
    place: ['Location', 'Canada'],
  },
  fr: {
    title: 'Programme OMPI–OPIC de formation des cadres',
    dates: ['Dates', '7–11 octobre 2024'],
    place: ['Lieu', 'Canada'],
  },
  ar: {
    title: 'برنامج التدريب التنفيذي المشترك بين الويبو ومكتب كندا للملكية الفكرية',
    dates: ['التواريخ', range('ar-u-nu-latn', '2024-10-07', '2024-10-11')],
    place: ['المكان', 'كندا'],
  },
};

/** The title of the default feed's other program, which has no image, in each language. */
const ACADEMY = {
  en: 'WIPO Academy Executive Training Program',
  fr: 'Programme de formation des cadres de l’Académie de l’OMPI',
  ar: 'برنامج التدريب التنفيذي لأكاديمية الويبو',
};

describe('<ipw-program-card>', () => {
  runWidgetTests({
    tag: 'ipw-program-card',
    attributes: 'program="wipo-cipo-executive-2024"',
    content: 'article',
    ready(card, lang) {
      const { title, dates, place } = WIPO_CIPO_2024[lang];
      expect(root(card).querySelectorAll('article')).to.have.length(1);
      expect(fold(heading(card).textContent)).to.equal(title);
      expect(facts(card)[dates[0]]).to.equal(dates[1]);
      expect(facts(card)[place[0]]).to.contain(place[1]);
    },
    slowFeed: {
      attributes: 'program="wipo-academy-executive"',
      ready: (card, lang) => expect(fold(heading(card).textContent)).to.equal(ACADEMY[lang]),
    },
    problems: {
      'program="p2023"': 'not-found program "p2023" is not in the feed; known ids: p2024, p1997',
      '': 'invalid-attribute the program attribute is missing; known ids: p2024, p1997',
    },
  });

  describe('the default feed’s image', () => {
    /** The image as drawn in the card (the element's own rendering, in its color scheme), at its top corner. */
    const corner = (img: HTMLImageElement) => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 160, height: 90 });
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0, 160, 90);
      const [r, g, b] = context.getImageData(2, 2, 1, 1).data;
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const imageOf = async (theme: string) => {
      const { el } = await render(html`<ipw-program-card program="wipo-cipo-executive-2024"></ipw-program-card>`, {
        feed: await loadDefaultFeed(),
      });
      el.setAttribute('theme', theme);
      const img = root(el).querySelector<HTMLImageElement>('img[part=image]')!;
      img.loading = 'eager';
      await waitUntil(() => img.complete && img.naturalWidth > 0, 'the image did not load', { timeout: 5000 });
      await new Promise(requestAnimationFrame); // drawn once in its color scheme
      return img;
    };
    /**
     * Whether this engine's canvas draws an SVG image in its element's color scheme: Chromium's does; Firefox paints
     * the image so on screen but draws it light into a canvas, and WebKitGTK paints it light (README, "Theming").
     */
    const followsScheme = async () => {
      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><style>rect{fill:red}' +
        '@media (prefers-color-scheme:dark){rect{fill:blue}}</style><rect width="4" height="4"/></svg>';
      const img = Object.assign(new Image(), { src: `data:image/svg+xml,${encodeURIComponent(svg)}` });
      img.style.colorScheme = 'dark';
      document.body.append(img);
      await img.decode();
      await new Promise(requestAnimationFrame);
      const canvas = Object.assign(document.createElement('canvas'), { width: 4, height: 4 });
      canvas.getContext('2d')!.drawImage(img, 0, 0);
      img.remove();
      return canvas.getContext('2d')!.getImageData(1, 1, 1, 1).data[2] > 128;
    };

    it('is light in a light card and dark in a dark one, not a bright panel', async function () {
      expect(corner(await imageOf('light')), 'light').to.be.above(200);
      if (!(await followsScheme())) this.skip(); // no way to read the colours this engine paints
      expect(corner(await imageOf('dark')), 'dark').to.be.below(70);
    });
  });

  describe('a program id that is not in the feed', () => {
    const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo'];
    const feed = () => {
      const f = minimalFeed();
      f.programs.push(...WORDS.map((w) => ({ ...f.programs[0], id: `program-${w}` })));
      return f;
    };

    it('is answered with the closest ids first, then how many more there are than the ten named', async () => {
      const { errors } = await render(html`<ipw-program-card program="program-klio"></ipw-program-card>`, {
        feed: feed(),
      });
      expect(errors.map((e) => e.message)).to.deep.equal([
        'program "program-klio" is not in the feed; known ids: program-kilo, p2024, p1997, program-alpha, ' +
          'program-bravo, program-charlie, program-delta, program-echo, program-foxtrot, program-golf and 3 more',
      ]);
    });

    it('is found with a space pasted before or after it; an empty one is said to be empty', async () => {
      const { el: card, errors } = await render(html`<ipw-program-card program=" p2024 "></ipw-program-card>`, {
        feed: feed(),
      });
      expect(errors).to.deep.equal([]);
      expect(heading(card).textContent).to.contain('WIPO');
      const empty = await render(html`<ipw-program-card program=""></ipw-program-card>`, { feed: feed() });
      expect(empty.errors.map((e) => e.message)[0]).to.match(/^the program attribute is empty; known ids: p2024/);
    });

    it('a misspelt attribute is told on the console, with the one it nearly is', async () => {
      const console_ = captureConsole();
      try {
        await render(
          html`<ipw-feed scr="feed.json"></ipw-feed>
            <ipw-program-card programm="p2024" data-x="1" aria-label="Card" class="c" progrm="p"></ipw-program-card>`,
          { feed: feed() },
        );
        await waitUntil(() => console_.warnings.length >= 3, `the warnings: ${console_.warnings.join('; ')}`);
        expect(console_.warnings).to.include.members([
          '<ipw-feed>: it has no scr attribute; did you mean src?',
          '<ipw-program-card>: it has no programm attribute; did you mean program?',
          '<ipw-program-card>: it has no progrm attribute; did you mean program?',
        ]);
        expect(console_.warnings.filter((w) => /data-x|aria-label|class/.test(w))).to.deep.equal([]);
      } finally {
        console_.restore();
      }
    });

    it('a setting’s wrong value is told on the console, and what is used instead; the card is drawn', async () => {
      const console_ = captureConsole();
      try {
        const { el: card, errors } = await render(
          html`<ipw-program-card program="p2024" heading-level="7" theme="drak" timeout="ten"></ipw-program-card>
            <ipw-program-card program="p2024" heading-level="4" theme="dark" timeout="Infinity"></ipw-program-card>`,
          { feed: feed() },
        );
        expect(errors).to.deep.equal([]);
        expect(heading(card).localName).to.equal('h6');
        await waitUntil(() => console_.warnings.length >= 3, `the warnings: ${console_.warnings.join('; ')}`);
        expect(console_.warnings).to.deep.equal([
          '<ipw-program-card>: heading-level="7" is not valid (expected 2, 3, 4, 5 or 6: the page has the h1); using the closest level (3 for a word)',
          '<ipw-program-card>: theme="drak" is not valid (expected light, dark or auto); using the page\'s colours',
          '<ipw-program-card>: timeout="ten" is not valid (expected a number of milliseconds, more than 0); using 10000',
        ]);
      } finally {
        console_.restore();
      }
    });

    it('lists the ids in the feed’s order when none is close', async () => {
      const { errors } = await render(html`<ipw-program-card program="2023"></ipw-program-card>`, { feed: feed() });
      expect(errors[0].message).to.equal(
        'program "2023" is not in the feed; known ids: p2024, p1997, program-alpha, program-bravo, program-charlie, ' +
          'program-delta, program-echo, program-foxtrot, program-golf, program-hotel and 3 more',
      );
    });
  });

  describe('in the reader’s language', () => {
    it('shows the program in English', async () => {
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`);
      expect(root(card).querySelectorAll('article')).to.have.length(1);
      expect(fold(heading(card).textContent)).to.equal('WIPO–CIPO Executive Training Program');
      expect(facts(card)).to.deep.equal({
        Dates: 'October 7 – 11, 2024',
        Location: 'CIPO headquarters, Gatineau, Canada',
        Participants: '9 participants from Africa and Asia',
        'Organized by': 'WIPO and CIPO',
      });
      expect(topics(card)).to.deep.equal(['IT modernization', 'Examiner training']);
      expect(fold(link(card).textContent)).to.match(/^Learn more/);
      expect(shown(card)).to.contain('October 7 – 11, 2024');
    });

    it('marks each end of the date range with a machine-readable <time>', async () => {
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`);
      const times = [...root(card).querySelectorAll('time')];
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2024-10-07', '2024-10-11']);
      expect(times.map((t) => t.textContent)).to.deep.equal(['7', '11']);
    });

    it('shows a range whose ends fall in one month at its precision as that month, whole', async () => {
      const feed = minimalFeed();
      Object.assign(feed.programs[0], { start: '2024-10', end: '2024-10-15' });
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`, { feed });
      expect(facts(card).Dates).to.equal('October 2024');
      expect(root(card).querySelector('time')!.getAttribute('datetime')).to.equal('2024-10');
    });

    it('shows a partial date as what it is: a year', async () => {
      const { el: card } = await render(html`<ipw-program-card program="p1997"></ipw-program-card>`);
      expect(facts(card)).to.deep.equal({ Dates: '1997', 'Organized by': 'CIPO' });
      expect(root(card).querySelector('time')!.getAttribute('datetime')).to.equal('1997');
    });

    it('shows the program in French', async () => {
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`, { lang: 'fr' });
      expect(fold(heading(card).textContent)).to.equal('Programme de formation des cadres OMPI-OPIC');
      expect(facts(card)).to.deep.equal({
        Dates: '7–11 octobre 2024',
        Lieu: 'Siège de l’OPIC, Gatineau, Canada',
        Participants: '9 participants (Afrique et Asie)',
        'Organisé par': 'OMPI et OPIC',
      });
      expect(topics(card)).to.deep.equal(['Modernisation des TI', 'Formation des examinateurs']);
      expect(fold(link(card).textContent)).to.match(/^En savoir plus/);
    });

    it('shows the program in Arabic, marking feed text that is only in English', async () => {
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`, { lang: 'ar' });
      const f = facts(card);
      expect(Object.keys(f)).to.deep.equal(['التواريخ', 'المكان', 'المشاركون', 'الجهات المنظمة']);
      // Latin digits in every engine (src/i18n/format.ts), though WebKit's own default is Arabic-Indic.
      expect(f['التواريخ']).to.equal(range('ar-u-nu-latn', '2024-10-07', '2024-10-11'));
      expect(f['التواريخ']).to.contain('أكتوبر');
      expect(f['المكان']).to.contain('كندا');
      expect(fold(link(card).textContent)).to.match(/^اعرف المزيد/);
      // The title exists only in English: a screen reader must read it as English.
      expect(heading(card).querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
      expect(fold(heading(card).textContent)).to.equal('WIPO–CIPO Executive Training Program');
    });

    it('shows the image with its text alternative and credit in the reader’s language', async () => {
      const feed = minimalFeed();
      Object.assign(feed.programs[0], {
        image: {
          src: '/feeds/images/wipo-cipo-2024.svg',
          alt: { en: 'Signing ceremony', fr: 'Cérémonie de signature' },
          credit: 'CIPO',
        },
      });
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`, {
        lang: 'fr',
        feed,
      });
      const img = root(card).querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('Cérémonie de signature');
      expect(new URL(img.src).pathname).to.equal('/feeds/images/wipo-cipo-2024.svg');
      expect(fold(root(card).querySelector('figcaption')!.textContent)).to.equal('Image : CIPO');
    });

    it('keeps a decorative image (empty alt) silent', async () => {
      const feed = minimalFeed();
      Object.assign(feed.programs[0], { image: { src: '/feeds/images/wipo-cipo-2024.svg', alt: '' } });
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`, { feed });
      expect(root(card).querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(root(card).querySelector('figcaption')).to.equal(null);
    });
  });

  describe('heading-level', () => {
    it('is an <h3> by default', async () => {
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`);
      expect(heading(card).localName).to.equal('h3');
    });

    for (const level of [2, 3, 4, 5, 6])
      it(`heading-level="${level}" gives an <h${level}>`, async () => {
        const { el: card } = await render(
          html`<ipw-program-card program="p2024" heading-level=${level}></ipw-program-card>`,
        );
        expect(heading(card).localName).to.equal(`h${level}`);
        expect(fold(heading(card).textContent)).to.equal('WIPO–CIPO Executive Training Program');
      });

    it('keeps levels outside 2–6 within the range: the page owns its <h1>', async () => {
      const { page } = await render(
        html`<ipw-program-card program="p2024" heading-level="1"></ipw-program-card>
          <ipw-program-card program="p2024" heading-level="9"></ipw-program-card>`,
      );
      const [low, high] = page.querySelectorAll('ipw-program-card');
      await settled(low, high);
      expect([heading(low).localName, heading(high).localName]).to.deep.equal(['h2', 'h6']);
    });
  });

  describe('links', () => {
    it('links to the program’s https address', async () => {
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`);
      expect(link(card).getAttribute('href')).to.equal('https://www.wipo.int/academy/en/');
    });

    it('names "Learn more" after the program, for screen reader users who list links', async () => {
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`);
      const a = link(card);
      // With no aria-label(ledby), a link's accessible name is its text content.
      expect(a.hasAttribute('aria-label') || a.hasAttribute('aria-labelledby')).to.equal(false);
      expect(fold(a.textContent)).to.match(/^Learn more\b.*WIPO–CIPO Executive Training Program$/);
    });

    it('shows no link for a javascript: address', async () => {
      const console_ = captureConsole();
      try {
        const feed = minimalFeed();
        (feed.programs[0] as { url?: string }).url = 'javascript:alert(1)';
        const { el: card, page } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`, { feed });
        expect(root(card).querySelector('a')).to.equal(null);
        expect(fold(heading(card).textContent)).to.equal('WIPO–CIPO Executive Training Program');
        // The warning's words come from a file of their own: told once the feed has settled.
        await page.querySelector<IpwFeed>('ipw-feed')!.loaded;
        expect(console_.warnings.join('\n')).to.contain('programs[0].url');
      } finally {
        console_.restore();
      }
    });

    it('shows no link when the program has none', async () => {
      const { el: card } = await render(html`<ipw-program-card program="p1997"></ipw-program-card>`);
      expect(root(card).querySelector('a')).to.equal(null);
    });
  });

  describe('feed text is text', () => {
    it('renders markup in a title literally', async () => {
      const feed = minimalFeed();
      (feed.programs[0] as { title: unknown }).title = '<img src=x onerror=alert(1)>';
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`, { feed });
      expect(heading(card).textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(root(card).querySelector('img[src="x"]')).to.equal(null);
      expect(root(card).querySelectorAll('img')).to.have.length(0);
    });

    it('a direction override left open ends with its text: it cannot turn around the next name, or "and"', async () => {
      const feed = minimalFeed();
      const [first, second] = feed.organizations as unknown as { id: string; short: string }[];
      first.short = '\u202eALPHA';
      second.short = '\u2067BETA\u202d';
      (feed.programs[0] as { organizers: string[] }).organizers = [first.id, second.id];
      const { el: card } = await render(html`<ipw-program-card program="p2024"></ipw-program-card>`, { feed });
      expect(facts(card)['Organized by']).to.equal('\u202eALPHA\u202c and \u2067BETA\u202d\u202c\u2069');
    });
  });
});
