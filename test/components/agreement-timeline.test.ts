import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { errorText, fold, loadDefaultFeed, renderer, root } from './render.js';
import { runWidgetTests } from './shared.js';
import { loadMessages } from '../../src/i18n/messages.js';
import { captureConsole, settled, shown } from '../helpers.js';

/** Plain ar as the library writes it: Latin digits in every engine (src/i18n/format.ts). */
const AR = 'ar-u-nu-latn';

let defaultFeed: Record<string, unknown>;

const render = renderer('ipw-agreement-timeline');

const title = (el: Element) => root(el).querySelector(':is(h2, h3, h4, h5, h6):not(ol *)')!;
const events = (el: Element) => [...root(el).querySelectorAll('ol > li')];
/** Each event as a reader scans it: its date, then its heading. */
const dated = (el: Element) =>
  events(el).map(
    (li) =>
      `${fold(li.querySelector('time')!.parentElement!.textContent)}: ${fold(li.querySelector(':is(h3, h4, h5, h6)')!.textContent)}`,
  );

const arabic = new Intl.DateTimeFormat(AR, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => new Date(`${iso}T00:00Z`);

/** The default feed's agreement in each language: its title, its parties, and each event as a reader scans it. */
const DEFAULT_FEED = {
  en: {
    title: 'WIPO–CIPO cooperation on executive training',
    parties: 'Parties: WIPO and CIPO',
    dated: [
      '1997: CIPO–WIPO Executive Program begins',
      '2024: WIPO Academy launches its Executive Training Program',
      'October 7, 2024: Memorandum of understanding signed',
      'October 7 – 11, 2024: Revamped program held in Gatineau',
    ],
  },
  fr: {
    title: 'Coopération OMPI–OPIC en matière de formation des cadres',
    parties: 'Parties : OMPI et OPIC',
    dated: [
      '1997: Lancement du Programme de formation des cadres OPIC–OMPI',
      '2024: L’Académie de l’OMPI lance son Programme de formation des cadres',
      '7 octobre 2024: Signature du protocole d’entente',
      '7–11 octobre 2024: Tenue du programme renouvelé à Gatineau',
    ],
  },
  ar: {
    title: 'التعاون بين الويبو ومكتب كندا للملكية الفكرية في مجال التدريب التنفيذي',
    parties: 'الأطراف: الويبو ومكتب كندا للملكية الفكرية',
    dated: [
      '1997: انطلاق برنامج التدريب التنفيذي المشترك بين مكتب كندا للملكية الفكرية والويبو',
      '2024: إطلاق برنامج التدريب التنفيذي لأكاديمية الويبو',
      `${fold(arabic.format(day('2024-10-07')))}: توقيع مذكرة التفاهم`,
      `${fold(arabic.formatRange(day('2024-10-07'), day('2024-10-11')))}: انعقاد البرنامج المجدَّد في غاتينو`,
    ],
  },
};

describe('<ipw-agreement-timeline>', () => {
  before(async () => (defaultFeed = await loadDefaultFeed()));

  runWidgetTests({
    tag: 'ipw-agreement-timeline',
    attributes: 'agreement="wipo-cipo-cooperation"',
    content: 'ol',
    ready(timeline, lang) {
      expect(fold(title(timeline).textContent)).to.equal(DEFAULT_FEED[lang].title);
      expect(shown(timeline)).to.contain(DEFAULT_FEED[lang].parties);
      expect(dated(timeline)).to.deep.equal(DEFAULT_FEED[lang].dated);
    },
    problems: {
      'agreement="treaty"': 'not-found agreement "treaty" is not in the feed; known ids: mou',
      '': 'invalid-attribute the agreement attribute is missing; known ids: mou',
      'agreement="mou" order="random"': 'invalid-attribute order="random" is not valid; expected oldest or newest',
    },
  });

  describe('in the reader’s language', () => {
    it('shows the agreement and its events, oldest first, in English', async () => {
      const { el: timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`);
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
      const { el: timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`);
      const times = events(timeline).map((li) => li.querySelector('time')!);
      expect(times.map((t) => [t.getAttribute('datetime'), fold(t.textContent)])).to.deep.equal([
        ['1997', '1997'],
        ['2024-10', 'October 2024'],
        ['2024-10-07', 'October 7, 2024'],
      ]);
    });

    it('shows who signed, with their role and organization', async () => {
      const { el: timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`);
      const signed = events(timeline)[2];
      expect(fold(signed.textContent)).to.contain('Signed by');
      expect([...signed.querySelectorAll('ul > li')].map((li) => fold(li.textContent))).to.deep.equal([
        'Hasan Kleib, Deputy Director General, WIPO',
      ]);
    });

    it('shows a multi-day event as a range, each end in its own <time>', async () => {
      const { el: timeline } = await render(
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
      const { el: timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`, {
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
      const { el: timeline } = await render(
        html`<ipw-agreement-timeline agreement="wipo-cipo-cooperation"></ipw-agreement-timeline>`,
        { lang: 'fr', feed: defaultFeed },
      );
      const signatories = [...root(timeline).querySelectorAll('ol > li ul > li')].map((li) => fold(li.textContent));
      expect(signatories[0]).to.match(/^Hasan Kleib, Vice-directeur général\b.*, OMPI$/);
    });

    it('writes signatories’ names in the reader’s script when the feed has them', async () => {
      const signed = async (lang: string) => {
        await loadMessages(lang);
        const { el: timeline } = await render(
          html`<ipw-agreement-timeline agreement="wipo-cipo-cooperation"></ipw-agreement-timeline>`,
          { lang, feed: defaultFeed },
        );
        return [...root(timeline).querySelectorAll('ol > li ul > li')].map((li) => fold(li.textContent));
      };
      expect(await signed('ru')).to.deep.equal([
        'Хасан Клейб, заместитель Генерального директора, Сектор регионального и национального развития, ВОИС',
        'Константинос Георгарас, комиссар по патентам, регистратор товарных знаков и главный исполнительный директор, Канадское ведомство интеллектуальной собственности',
      ]);
      expect(await signed('zh')).to.deep.equal([
        '哈桑·克莱卜，区域和国家发展部门副总干事，产权组织',
        '康斯坦丁诺斯·乔加拉斯，专利专员、商标注册官兼首席执行官，加拿大知识产权局',
      ]);
      // A name given as one string is the same in every language.
      const { el: plain } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`, {
        lang: 'ru',
      });
      expect(fold(root(plain).querySelector('ol > li ul > li')!.textContent)).to.match(/^Hasan Kleib, /);
    });

    it('shows the agreement in Arabic', async () => {
      const { el: timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`, {
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
      const { el: timeline } = await render(
        html`<ipw-agreement-timeline agreement="mou" order="newest"></ipw-agreement-timeline>`,
      );
      expect(dated(timeline)).to.deep.equal([
        'October 7, 2024: Agreement signed',
        'October 2024: Program held',
        '1997: Program begins',
      ]);
    });

    it('uses an <h3> for the agreement and <h4> for its events by default', async () => {
      const { el: timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`);
      expect(title(timeline).localName).to.equal('h3');
      expect(events(timeline).map((li) => li.querySelector('h2, h3, h4, h5, h6')!.localName)).to.deep.equal([
        'h4',
        'h4',
        'h4',
      ]);
    });

    it('heading-level="2" gives an <h2> and <h3> events', async () => {
      const { el: timeline } = await render(
        html`<ipw-agreement-timeline agreement="mou" heading-level="2"></ipw-agreement-timeline>`,
      );
      expect(title(timeline).localName).to.equal('h2');
      expect(events(timeline)[0].querySelector('h2, h3, h4, h5, h6')!.localName).to.equal('h3');
    });

    it('goes back to oldest first when the order attribute is removed', async () => {
      const { el: timeline, errors } = await render(
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

  describe('states', () => {
    it('says so, in the reader’s language, when the agreement has no events', async () => {
      const feed = minimalFeed();
      feed.agreements[0].events = [];
      const { el: timeline, errors } = await render(
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
  });

  describe('feed text is text', () => {
    it('renders markup in a title literally', async () => {
      const feed = minimalFeed();
      (feed.agreements[0] as { title: unknown }).title = '<img src=x onerror=alert(1)>';
      const { el: timeline } = await render(html`<ipw-agreement-timeline agreement="mou"></ipw-agreement-timeline>`, {
        feed,
      });
      expect(title(timeline).textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(root(timeline).querySelector('img[src="x"]')).to.equal(null);
    });
  });
});
