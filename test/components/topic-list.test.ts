import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { errorText, fold, loadDefaultFeed, renderer, root } from './render.js';
import { runWidgetTests } from './shared.js';
import { settled, shown } from '../helpers.js';

let defaultFeed: Record<string, unknown>;

const render = renderer('ipw-topic-list');

const list = (el: Element) => root(el).querySelector('ul');
const items = (el: Element) => [...root(el).querySelectorAll('ul > li')];
const labels = (el: Element) => items(el).map((li) => fold(li.textContent));

/** The default feed's WIPO–CIPO program has seven topics: two of them, and the list's name, in each language. */
const DEFAULT_FEED = {
  en: { name: 'Topics', topics: ['IT modernization', 'Examiner training'] },
  fr: { name: 'Thèmes', topics: ['Modernisation des TI', 'Formation des examinateurs'] },
  ar: { name: 'المواضيع', topics: ['تحديث تكنولوجيا المعلومات', 'تدريب الفاحصين'] },
};

describe('<ipw-topic-list>', () => {
  before(async () => (defaultFeed = await loadDefaultFeed()));

  runWidgetTests({
    tag: 'ipw-topic-list',
    attributes: 'program="wipo-cipo-executive-2024"',
    content: 'ul',
    ready(topics, lang) {
      expect(labels(topics)).to.have.length(7);
      expect(labels(topics)).to.include.members(DEFAULT_FEED[lang].topics);
      expect(list(topics)!.getAttribute('aria-label')).to.equal(DEFAULT_FEED[lang].name);
    },
    problems: {
      'program="p2023"': 'not-found program "p2023" is not in the feed; known ids: p2024, p1997',
      'variant="cloud"': 'invalid-attribute variant="cloud" is not valid; expected chips or plain',
    },
    empty: ['program="p1997"'],
    axe: { variant: ['chips', 'plain'] },
  });

  describe('in the reader’s language', () => {
    it('lists every topic of the feed when no program is named', async () => {
      const { el: topics } = await render(html`<ipw-topic-list></ipw-topic-list>`);
      expect(list(topics)).to.exist;
      expect(labels(topics)).to.deep.equal(['IT modernization', 'Examiner training']);
      expect(list(topics)!.getAttribute('aria-label')).to.equal('Topics');
      expect(shown(topics)).to.equal('IT modernization Examiner training');
    });

    it('lists a program’s topics, in French', async () => {
      const { el: topics } = await render(html`<ipw-topic-list program="p2024"></ipw-topic-list>`, { lang: 'fr' });
      expect(labels(topics)).to.deep.equal(['Modernisation des TI', 'Formation des examinateurs']);
      expect(list(topics)!.getAttribute('aria-label')).to.equal('Thèmes');
    });

    it('lists a program’s topics in Arabic', async () => {
      const { el: topics } = await render(html`<ipw-topic-list program="wipo-cipo-executive-2024"></ipw-topic-list>`, {
        lang: 'ar',
        feed: defaultFeed,
      });
      expect(labels(topics)).to.include('تحديث تكنولوجيا المعلومات');
      expect(labels(topics)).to.include('تدريب الفاحصين');
      expect(list(topics)!.getAttribute('aria-label')).to.equal('المواضيع');
    });

    it('marks a topic that exists only in another language with that language', async () => {
      const { el: topics } = await render(html`<ipw-topic-list program="p2024"></ipw-topic-list>`, { lang: 'ar' });
      expect(labels(topics)).to.deep.equal(['IT modernization', 'Examiner training']);
      expect(items(topics).map((li) => li.querySelector('[lang]')?.getAttribute('lang'))).to.deep.equal(['en', 'en']);
    });
  });

  describe('variant', () => {
    it('shows compact chips by default: a list, without bullets, side by side', async () => {
      const { el: topics } = await render(html`<ipw-topic-list></ipw-topic-list>`);
      const [a, b] = items(topics);
      expect(list(topics)!.localName).to.equal('ul');
      expect(getComputedStyle(a).listStyleType).to.equal('none');
      expect(b.getBoundingClientRect().top).to.equal(a.getBoundingClientRect().top);
    });

    it('lays the chips out right to left in Arabic: the first topic on the right', async () => {
      const { el: topics } = await render(html`<ipw-topic-list></ipw-topic-list>`, { lang: 'ar' });
      const [a, b] = items(topics);
      expect(a.getBoundingClientRect().left).to.be.greaterThan(b.getBoundingClientRect().left);
    });

    it('variant="plain" shows a bulleted list, one topic per line', async () => {
      const { el: topics } = await render(html`<ipw-topic-list variant="plain"></ipw-topic-list>`);
      const [a, b] = items(topics);
      expect(list(topics)!.localName).to.equal('ul');
      expect(labels(topics)).to.deep.equal(['IT modernization', 'Examiner training']);
      expect(getComputedStyle(a).listStyleType).to.equal('disc');
      expect(b.getBoundingClientRect().top).to.be.greaterThan(a.getBoundingClientRect().bottom - 1);
    });
  });

  describe('states', () => {
    it('lists every topic again when the program attribute is removed', async () => {
      const { el: topics, errors } = await render(html`<ipw-topic-list program="p1997"></ipw-topic-list>`);
      expect(shown(topics)).to.equal('Nothing to show yet.');
      topics.removeAttribute('program');
      await settled(topics);
      expect(errorText(topics)).to.equal('');
      expect(labels(topics)).to.deep.equal(['IT modernization', 'Examiner training']);
      expect(errors).to.deep.equal([]);
    });

    it('goes back to chips when the variant attribute is removed', async () => {
      const { el: topics, errors } = await render(html`<ipw-topic-list variant="plain"></ipw-topic-list>`);
      topics.removeAttribute('variant');
      await settled(topics);
      expect(errorText(topics)).to.equal('');
      expect(getComputedStyle(items(topics)[0]).listStyleType).to.equal('none');
      expect(errors).to.deep.equal([]);
    });
  });

  describe('feed text is text', () => {
    it('renders markup in a topic label literally', async () => {
      const feed = minimalFeed();
      (feed.topics[0] as { label: unknown }).label = '<img src=x onerror=alert(1)>';
      const { el: topics } = await render(html`<ipw-topic-list></ipw-topic-list>`, { feed });
      expect(labels(topics)).to.deep.equal(['<img src=x onerror=alert(1)>', 'Examiner training']);
      expect(root(topics).querySelector('img[src="x"]')).to.equal(null);
    });
  });
});
