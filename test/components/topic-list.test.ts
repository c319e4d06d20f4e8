import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { IpwError } from '../../src/feed/errors.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { base, errorText, fold, loadDefaultFeed, renderIn, root } from './render.js';
import { captureConsole, eventWithin, settled, shown, unique } from '../helpers.js';

let defaultFeed: Record<string, unknown>;

const render = async (content: TemplateResult, options?: { lang?: string; feed?: unknown }) => {
  const { el, ...rest } = await renderIn('ipw-topic-list', content, options);
  return { ...rest, topics: el };
};

const list = (el: Element) => root(el).querySelector('ul');
const items = (el: Element) => [...root(el).querySelectorAll('ul > li')];
const labels = (el: Element) => items(el).map((li) => fold(li.textContent));

describe('<ipw-topic-list>', () => {
  before(async () => (defaultFeed = await loadDefaultFeed()));

  describe('in the reader’s language', () => {
    it('lists every topic of the feed when no program is named', async () => {
      const { topics } = await render(html`<ipw-topic-list></ipw-topic-list>`);
      expect(list(topics)).to.exist;
      expect(labels(topics)).to.deep.equal(['IT modernization', 'Examiner training']);
      expect(list(topics)!.getAttribute('aria-label')).to.equal('Topics');
      expect(shown(topics)).to.equal('IT modernization Examiner training');
    });

    it('lists a program’s topics, in French', async () => {
      const { topics } = await render(html`<ipw-topic-list program="p2024"></ipw-topic-list>`, { lang: 'fr' });
      expect(labels(topics)).to.deep.equal(['Modernisation des TI', 'Formation des examinateurs']);
      expect(list(topics)!.getAttribute('aria-label')).to.equal('Thèmes');
    });

    it('lists a program’s topics in Arabic', async () => {
      const { topics } = await render(html`<ipw-topic-list program="wipo-cipo-executive-2024"></ipw-topic-list>`, {
        lang: 'ar',
        feed: defaultFeed,
      });
      expect(labels(topics)).to.include('تحديث تكنولوجيا المعلومات');
      expect(labels(topics)).to.include('تدريب الفاحصين');
      expect(list(topics)!.getAttribute('aria-label')).to.equal('المواضيع');
    });

    it('marks a topic that exists only in another language with that language', async () => {
      const { topics } = await render(html`<ipw-topic-list program="p2024"></ipw-topic-list>`, { lang: 'ar' });
      expect(labels(topics)).to.deep.equal(['IT modernization', 'Examiner training']);
      expect(items(topics).map((li) => li.querySelector('[lang]')?.getAttribute('lang'))).to.deep.equal(['en', 'en']);
    });
  });

  describe('variant', () => {
    it('shows compact chips by default: a list, without bullets, side by side', async () => {
      const { topics } = await render(html`<ipw-topic-list></ipw-topic-list>`);
      const [a, b] = items(topics);
      expect(list(topics)!.localName).to.equal('ul');
      expect(getComputedStyle(a).listStyleType).to.equal('none');
      expect(b.getBoundingClientRect().top).to.equal(a.getBoundingClientRect().top);
    });

    it('variant="plain" shows a bulleted list, one topic per line', async () => {
      const { topics } = await render(html`<ipw-topic-list variant="plain"></ipw-topic-list>`);
      const [a, b] = items(topics);
      expect(list(topics)!.localName).to.equal('ul');
      expect(labels(topics)).to.deep.equal(['IT modernization', 'Examiner training']);
      expect(getComputedStyle(a).listStyleType).to.equal('disc');
      expect(b.getBoundingClientRect().top).to.be.greaterThan(a.getBoundingClientRect().bottom - 1);
    });
  });

  describe('right to left', () => {
    it('lays out Arabic right to left', async () => {
      const { topics } = await render(html`<ipw-topic-list></ipw-topic-list>`, { lang: 'ar' });
      expect(base(topics).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base(topics)).direction).to.equal('rtl');
      // The first topic is on the right.
      const [a, b] = items(topics);
      expect(a.getBoundingClientRect().left).to.be.greaterThan(b.getBoundingClientRect().left);
    });

    it('lets an explicit dir="ltr" on the element win', async () => {
      const { topics } = await render(html`<ipw-topic-list dir="ltr"></ipw-topic-list>`, { lang: 'ar' });
      expect(base(topics).getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(base(topics)).direction).to.equal('ltr');
    });
  });

  describe('states', () => {
    let console_: ReturnType<typeof captureConsole>;
    beforeEach(() => (console_ = captureConsole()));
    afterEach(() => console_.restore());

    it('shows a skeleton while the feed loads, then the topics', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <ipw-feed src=${`/mock/slow?ms=500&key=${unique('topics-loading')}`}>
            <ipw-topic-list program="wipo-cipo-executive-2024"></ipw-topic-list>
          </ipw-feed>
        </div>`,
      );
      const topics = page.querySelector('ipw-topic-list')!;
      expect(root(topics).querySelector('[part=skeleton]')).to.exist;
      expect(list(topics)).to.equal(null);
      expect(shown(topics)).to.equal('Loading…');
      await eventWithin(page.querySelector('ipw-feed')!, 'ipw-feed-load');
      await settled(topics);
      expect(root(topics).querySelector('[part=skeleton]')).to.equal(null);
      expect(labels(topics)).to.include('IT modernization');
    });

    it('says so, in the reader’s language, when a program has no topics', async () => {
      const { topics, errors } = await render(html`<ipw-topic-list program="p1997"></ipw-topic-list>`, {
        lang: 'fr',
      });
      expect(shown(topics)).to.equal('Rien à afficher pour le moment.');
      expect(list(topics)).to.equal(null);
      expect(errors).to.deep.equal([]);
    });

    it('names an unknown program and lists the known ones, once', async () => {
      const { page, topics, errors } = await render(html`<ipw-topic-list program="p2023"></ipw-topic-list>`);
      expect(errorText(topics)).to.equal(
        'This content could not be shown. not-found program "p2023" is not in the feed; known ids: p2024, p1997',
      );
      page.setAttribute('lang', 'fr');
      await settled(topics);
      expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
      expect(console_.errors).to.deep.equal([
        '<ipw-topic-list>: program "p2023" is not in the feed; known ids: p2024, p1997',
      ]);
    });

    it('rejects an unknown variant', async () => {
      const { topics, errors } = await render(html`<ipw-topic-list variant="cloud"></ipw-topic-list>`);
      expect(list(topics)).to.equal(null);
      expect(errorText(topics)).to.contain('invalid-attribute variant="cloud" is not valid; expected chips or plain');
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
      expect(console_.errors).to.deep.equal([
        '<ipw-topic-list>: variant="cloud" is not valid; expected chips or plain',
      ]);
    });

    it('reports that there is no feed anywhere', async () => {
      const errors: IpwError[] = [];
      const page = await fixture<HTMLDivElement>(
        html`<div @ipw-error=${(e: CustomEvent<{ error: IpwError }>) => errors.push(e.detail.error)}>
          <ipw-topic-list></ipw-topic-list>
        </div>`,
      );
      const topics = page.querySelector('ipw-topic-list')!;
      await settled(topics);
      expect(errorText(topics)).to.contain('no-feed no feed: put this element inside <ipw-feed src="…">');
      expect(errors.map((e) => e.code)).to.deep.equal(['no-feed']);
      expect(console_.errors).to.have.length(1);
      expect(console_.errors[0]).to.match(/^<ipw-topic-list>: no feed/);
    });

    it('lists every topic again when the program attribute is removed', async () => {
      const { topics, errors } = await render(html`<ipw-topic-list program="p1997"></ipw-topic-list>`);
      expect(shown(topics)).to.equal('Nothing to show yet.');
      topics.removeAttribute('program');
      await settled(topics);
      expect(errorText(topics)).to.equal('');
      expect(labels(topics)).to.deep.equal(['IT modernization', 'Examiner training']);
      expect(errors).to.deep.equal([]);
    });

    it('goes back to chips when the variant attribute is removed', async () => {
      const { topics, errors } = await render(html`<ipw-topic-list variant="plain"></ipw-topic-list>`);
      topics.removeAttribute('variant');
      await settled(topics);
      expect(errorText(topics)).to.equal('');
      expect(getComputedStyle(items(topics)[0]).listStyleType).to.equal('none');
      expect(errors).to.deep.equal([]);
    });
  });

  describe('language change', () => {
    it('switches to French when the page’s lang changes, without reloading', async () => {
      const { page, topics } = await render(html`<ipw-topic-list program="p2024"></ipw-topic-list>`);
      expect(labels(topics)).to.deep.equal(['IT modernization', 'Examiner training']);
      page.setAttribute('lang', 'fr');
      await settled(topics);
      expect(labels(topics)).to.deep.equal(['Modernisation des TI', 'Formation des examinateurs']);
      expect(list(topics)!.getAttribute('aria-label')).to.equal('Thèmes');
    });
  });

  describe('feed text is text', () => {
    it('renders markup in a topic label literally', async () => {
      const feed = minimalFeed();
      (feed.topics[0] as { label: unknown }).label = '<img src=x onerror=alert(1)>';
      const { topics } = await render(html`<ipw-topic-list></ipw-topic-list>`, { feed });
      expect(labels(topics)).to.deep.equal(['<img src=x onerror=alert(1)>', 'Examiner training']);
      expect(root(topics).querySelector('img[src="x"]')).to.equal(null);
    });
  });

  describe('accessibility (axe), default feed', () => {
    for (const variant of ['chips', 'plain'])
      for (const theme of ['light', 'dark'])
        for (const lang of ['en', 'fr', 'ar'])
          it(`passes as ${variant} in ${lang}, ${theme}`, async () => {
            const { topics } = await render(
              html`<ipw-topic-list
                program="wipo-cipo-executive-2024"
                variant=${variant}
                theme=${theme}
              ></ipw-topic-list>`,
              { lang, feed: defaultFeed },
            );
            expect(items(topics).length).to.be.greaterThan(1);
            await expect(topics).to.be.accessible();
          });
  });
});
