import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { IpwError } from '../../src/feed/errors.js';
import { loadMessages } from '../../src/i18n/messages.js';
import { captureConsole, settled, shown, unique } from '../helpers.js';
import { base, errorText, loadDefaultFeed, renderIn, root } from './render.js';

// What every widget does because it is a widget (src/components/base.ts): it waits for its feed behind a skeleton,
// speaks the reader's language and writes in its direction, says what went wrong in one error box, and passes axe.
// Each widget's suite calls `runWidgetTests` once, as Shoelace's suites call `runFormControlBaseTests`: a fix to
// shared behaviour is tested once, for every element.

const LANGS = ['en', 'fr', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** The interface text the shared tests read, as src/i18n/messages.ts gives it. */
const LOADING = { en: 'Loading…', fr: 'Chargement…', ar: 'جارٍ التحميل…' };
const ERROR = { en: 'This content could not be shown.', fr: 'Ce contenu ne peut pas être affiché.' };
/** The summary of the error box's technical details, closed until a webmaster opens it. */
const DETAILS = { en: 'Details', fr: 'Détails' };
const EMPTY = { en: 'Nothing to show yet.', fr: 'Rien à afficher pour le moment.' };

/** Generous, for a busy machine: how long a feed may take to arrive, and a test that waits for one. */
const PATIENCE = 15_000;
const TEST_TIMEOUT = 30_000;

export interface Widget {
  /** The element's tag: `ipw-program-card`. */
  tag: string;
  /**
   * Attributes that show a record of the default feed (feeds/wipo-cipo-2024.json, which `/mock/slow` serves too),
   * as a page writes them: `program="wipo-cipo-executive-2024"`, or `''` when it needs none.
   */
  attributes: string;
  /**
   * What holds that record in its shadow root (`article`, `ol`, `ul`, `[part=figure]`): absent while it loads, on an
   * error, and when it has nothing to show.
   */
  content: string;
  /** Asserts what a reader sees of that record in `lang`: called once the feed is there, in every shared test. */
  ready(el: Element, lang: Lang): void;
  /**
   * For the loading test, whose feed comes from `/mock/slow`, where the feed's relative image paths lead nowhere:
   * attributes that show a record without an image, and what a reader sees of it. Unset: `attributes` and `ready`.
   */
  slowFeed?: Pick<Widget, 'attributes' | 'ready'>;
  /**
   * Its mistakes with the minimal feed (test/fixtures/feeds.ts): the attributes (`''` for none), and what its error
   * box says after "This content could not be shown.": the code, then the message the console gets too.
   */
  problems: Record<string, `${'not-found' | 'invalid-attribute'} ${string}`>;
  /** Attributes that leave it nothing to show from the minimal feed, where it says so and shows nothing else. */
  empty?: string[];
  /** More attributes that axe checks each value of, with each theme in each language: `{ size: ['inline', 'stat'] }`. */
  axe?: Record<string, readonly string[]>;
}

/** Every combination of the values of `axes`, as attributes: `{ a: [1, 2] }` gives `a="1"`, `a="2"`. */
const combinations = (axes: Record<string, readonly string[]>): string[][] =>
  Object.entries(axes).reduce<string[][]>(
    (done, [name, values]) => done.flatMap((attrs) => values.map((v) => [...attrs, `${name}="${v}"`])),
    [[]],
  );

/** Declares, in the calling suite, the behaviour every widget shares. */
export function runWidgetTests(widget: Widget) {
  const { tag, content, ready } = widget;
  const slow = widget.slowFeed ?? widget;
  /** The element as a page writes it, with `attributes` (or the widget's own). */
  const markup = (attributes = widget.attributes) =>
    staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`;
  const contentOf = (el: Element) => root(el).querySelector(content);
  let defaultFeed: Record<string, unknown>;
  const inDefaultFeed = (lang: Lang, attributes?: string) =>
    renderIn(tag, markup(attributes), { lang, feed: defaultFeed });

  describe('what every widget does (test/components/shared.ts)', () => {
    let console_: ReturnType<typeof captureConsole>;
    before(async () => {
      defaultFeed = await loadDefaultFeed();
      // Arabic's interface text is a file of its own (test/i18n/lazy.test.ts): at hand here, as after its first use.
      await loadMessages('ar');
    });
    beforeEach(() => (console_ = captureConsole()));
    afterEach(() => console_.restore());

    describe('loading', () => {
      it('shows a skeleton while its <ipw-feed> loads, then what it shows, in each language', async function () {
        this.timeout(TEST_TIMEOUT);
        const src = (lang: Lang) => `/mock/slow?ms=500&key=${unique(`${tag}-${lang}`)}`;
        const page = fixtureSync<HTMLDivElement>(
          html`<div>
            ${LANGS.map(
              (lang) => html`<div lang=${lang}><ipw-feed src=${src(lang)}>${markup(slow.attributes)}</ipw-feed></div>`,
            )}
          </div>`,
        );
        const els = [...page.querySelectorAll(tag)];
        // Rendering takes microtasks only: the feed, a network answer, cannot have come yet.
        await settled(...els);
        els.forEach((el, i) => {
          expect(root(el).querySelector('[part=skeleton]'), LANGS[i]).to.exist;
          expect(contentOf(el), LANGS[i]).to.equal(null);
          expect(shown(el)).to.equal(LOADING[LANGS[i]]);
          expect(base(el).getAttribute('aria-busy')).to.equal('true');
        });
        await waitUntil(() => els.every((el) => contentOf(el)), 'the feed did not arrive', { timeout: PATIENCE });
        await settled(...els);
        els.forEach((el, i) => {
          expect(root(el).querySelector('[part=skeleton]')).to.equal(null);
          expect(base(el).hasAttribute('aria-busy')).to.equal(false);
          slow.ready(el, LANGS[i]);
        });
        expect(console_.errors).to.deep.equal([]);
      });

      it('takes a feed of its own, without <ipw-feed>', async () => {
        const el = await fixture(
          staticHtml`<${unsafeStatic(tag)} lang="en" ${unsafeStatic(widget.attributes)} .feed=${defaultFeed}></${unsafeStatic(tag)}>`,
        );
        await settled(el);
        ready(el, 'en');
        expect(console_.errors).to.deep.equal([]);
      });
    });

    describe('language change', () => {
      it('switches to French when the page’s lang changes, without reloading', async () => {
        const { page, el } = await inDefaultFeed('en');
        ready(el, 'en');
        page.setAttribute('lang', 'fr');
        await settled(el);
        ready(el, 'fr');
        expect(base(el).getAttribute('lang')).to.equal('fr');
      });
    });

    describe('right to left', () => {
      it('lays out Arabic right to left', async () => {
        const { el } = await inDefaultFeed('ar');
        expect(base(el).getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(base(el)).direction).to.equal('rtl');
        ready(el, 'ar');
      });

      it('lets an explicit dir="ltr" on the element win, still in Arabic', async () => {
        const { el } = await inDefaultFeed('ar', `${widget.attributes} dir="ltr"`);
        expect(base(el).getAttribute('dir')).to.equal('ltr');
        expect(getComputedStyle(base(el)).direction).to.equal('ltr');
        ready(el, 'ar');
      });
    });

    describe('error and empty states', () => {
      for (const [attributes, problem] of Object.entries(widget.problems)) {
        const [, code, message] = /^(\S+) (.*)$/.exec(problem)!;
        it(`says what is wrong with <${[tag, attributes].filter(Boolean).join(' ')}>, in the reader’s language, and reports it once`, async () => {
          const { page, el, errors } = await renderIn(tag, markup(attributes));
          expect(errorText(el)).to.equal(`${ERROR.en} ${problem}`);
          // The error box is all there is to see: a reader's line, and the details closed.
          expect(shown(el)).to.equal(`${ERROR.en} ${DETAILS.en}`);
          expect(contentOf(el)).to.equal(null);
          // A webmaster opens them: the code and the message, in English, as the console has them.
          root(el).querySelector('summary')!.click();
          expect(shown(el)).to.equal(`${ERROR.en} ${DETAILS.en} ${problem}`);
          expect(root(el).querySelector('details > p')!.getAttribute('lang')).to.equal('en');
          // A re-render (here a language change) does not report the same problem again.
          page.setAttribute('lang', 'fr');
          await settled(el);
          expect(errorText(el)).to.equal(`${ERROR.fr} ${problem}`);
          expect(shown(el)).to.equal(`${ERROR.fr} ${DETAILS.fr} ${problem}`);
          expect(errors.map((e) => e.code)).to.deep.equal([code]);
          expect(console_.errors).to.deep.equal([`<${tag}>: ${message}`]);
        });
      }

      for (const attributes of widget.empty ?? [])
        it(`says so, in the reader’s language, when <${tag} ${attributes}> has nothing to show`, async () => {
          const { page, el, errors } = await renderIn(tag, markup(attributes));
          expect(shown(el)).to.equal(EMPTY.en);
          expect(contentOf(el)).to.equal(null);
          page.setAttribute('lang', 'fr');
          await settled(el);
          expect(shown(el)).to.equal(EMPTY.fr);
          expect(errors).to.deep.equal([]);
          expect(console_.errors).to.deep.equal([]);
        });

      it('says why when its feed fails to load, and leaves the telling to the feed', async function () {
        this.timeout(TEST_TIMEOUT);
        const src = `/mock/status/404?key=${unique(`${tag}-404`)}`;
        const errors: IpwError[] = [];
        const page = await fixture<HTMLDivElement>(
          html`<div lang="en" @ipw-error=${(e: CustomEvent<{ error: IpwError }>) => errors.push(e.detail.error)}>
            <ipw-feed src=${src}>${markup()}</ipw-feed>
          </div>`,
        );
        const el = page.querySelector(tag)!;
        await waitUntil(() => errorText(el), 'no error box', { timeout: PATIENCE });
        const failure = `the server answered 404 Not Found for ${new URL(src, location.href).href}`;
        expect(errorText(el)).to.equal(`${ERROR.en} http ${failure}`);
        expect(shown(el)).to.equal(`${ERROR.en} ${DETAILS.en}`);
        expect(root(el).querySelector('[part=skeleton]')).to.equal(null);
        expect(contentOf(el)).to.equal(null);
        // <ipw-feed> tells the page (ipw-feed-error) and the console; the widget adds nothing of its own.
        expect(errors).to.deep.equal([]);
        expect(console_.errors).to.deep.equal([`ipw-feed: ${failure}`]);
      });

      it('reports that there is no feed anywhere', async () => {
        const errors: IpwError[] = [];
        const page = await fixture<HTMLDivElement>(
          html`<div @ipw-error=${(e: CustomEvent<{ error: IpwError }>) => errors.push(e.detail.error)}>
            ${markup()}
          </div>`,
        );
        const el = page.querySelector(tag)!;
        await settled(el);
        expect(errorText(el)).to.contain('no-feed no feed: put this element inside <ipw-feed src="…">');
        expect(contentOf(el)).to.equal(null);
        expect(errors.map((e) => e.code)).to.deep.equal(['no-feed']);
        expect(console_.errors).to.have.length(1);
        expect(console_.errors[0]).to.match(new RegExp(`^<${tag}>: no feed`));
      });
    });

    describe('accessibility (axe), default feed', () => {
      for (const variant of combinations(widget.axe ?? {}))
        for (const theme of ['light', 'dark'])
          for (const lang of LANGS)
            it(`passes${variant.length ? ` as ${variant.join(' ')}` : ''} in ${lang}, ${theme}`, async () => {
              const { el } = await inDefaultFeed(lang, [widget.attributes, ...variant, `theme="${theme}"`].join(' '));
              ready(el, lang);
              await expect(el).to.be.accessible();
            });
    });
  });
}
